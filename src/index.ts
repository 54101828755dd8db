/**
 * `react-secure-payments`: React bindings and components on top of
 * `react-secure-payments/core`.
 *
 * @packageDocumentation
 */
export * from './core/index';
