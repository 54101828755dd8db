/**
 * `react-secure-payments/core`: the framework-free engine. No React, no DOM
 * requirement; runs in browsers and Node.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './errors';
export { redact, redactString } from './redact/redact';
