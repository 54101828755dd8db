/**
 * `react-secure-payments`: React bindings and components on top of
 * `react-secure-payments/core`.
 *
 * @packageDocumentation
 */
export * from './core/index';

// Standalone widgets (props-driven; usable without the provider except ConnectedPaymentMonitor).
export { StepUpChallenge, type StepUpChallengeProps } from './components/step-up-challenge';
export { PaymentMonitor, type PaymentMonitorProps } from './components/payment-monitor';
export { ConnectedPaymentMonitor, type ConnectedPaymentMonitorProps } from './components/connected-payment-monitor';
export { Sparkline, type SparklineProps } from './components/sparkline';
export { PaymentMethodSelector, type PaymentMethodSelectorProps } from './components/payment-method-selector';
export type { WidgetTranslate, WidgetBaseProps } from './components/widget-text';
