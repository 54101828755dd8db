export * from './classification';
export * from './payment-error';
export * from './to-payment-error';
export { parseRetryAfter } from './retry-after';
