export * from './classification';
export * from './payment-error';
