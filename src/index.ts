/**
 * `react-secure-payments`: React bindings and components on top of
 * `react-secure-payments/core`.
 *
 * @packageDocumentation
 */
export * from './core/index';

// Provider and hooks.
export {
  PaymentGatewayProvider,
  type PaymentGatewayProviderProps,
  type PaymentGatewayProviderClientProps,
  type PaymentGatewayProviderOptionsProps,
} from './react/payment-gateway-provider';
export { usePaymentClient } from './react/use-payment-client';
export { useCheckout, type CheckoutRequest, type UseCheckoutResult } from './react/use-checkout';
export { useCheckoutState } from './react/use-checkout-state';
export { useGatewayHealth } from './react/use-gateway-health';
export { usePaymentEvents } from './react/use-payment-events';
export type { GatewayFormProps, GatewayFormChange, ReactGatewayAdapter } from './react/gateway-form';

// The processor and the parts it is built from.
export { SecurePaymentProcessor, type SecurePaymentProcessorProps, type SucceededCheckoutState } from './components/secure-payment-processor';
export { PaymentStatus, describeCheckoutState, type PaymentStatusProps } from './components/payment-status';
export { PaymentErrorMessage, type PaymentErrorMessageProps } from './components/payment-error-message';
export { FallbackOptions, type FallbackOptionsProps } from './components/fallback-options';
export { BankTransferInstructions, type BankTransferInstructionsProps } from './components/bank-transfer-instructions';
export { PaymentActionRequired, type PaymentActionRequiredProps } from './components/payment-action-required';
export { PaymentSuccess, type PaymentSuccessProps } from './components/payment-success';
export { PaymentProcessing, type PaymentProcessingProps } from './components/payment-processing';
export { PaymentCanceled, type PaymentCanceledProps } from './components/payment-canceled';
export { PayButton, type PayButtonProps } from './components/pay-button';
export { TestModeCardForm } from './components/test-mode-card-form';

// Localization.
export { PaymentMessagesProvider, useMessages, type PaymentMessagesProviderProps } from './i18n/messages-context';
export { createTranslator, type Translator } from './i18n/translator';
export { formatMessage } from './i18n/format-message';
export { messagesEn, MESSAGE_CATALOGS, catalogFor } from './i18n/catalogs';
export type { MessageKey, ErrorMessageKey, MessageCatalog, MessageOverrides, MessageParams, LocaleMessages } from './i18n/message-key';
export type { UiMessageKey } from './i18n/locales/en-ui';

// Manual gateway (no online charge): bank transfer instructions.
export {
  createBankTransferGateway,
  type BankTransferGateway,
  type BankTransferGatewayOptions,
} from './adapters/bank-transfer/create-bank-transfer-gateway';

// Standalone widgets (props-driven; usable without the provider except ConnectedPaymentMonitor).
export { StepUpChallenge, type StepUpChallengeProps } from './components/step-up-challenge';
export { PaymentMonitor, type PaymentMonitorProps } from './components/payment-monitor';
export { ConnectedPaymentMonitor, type ConnectedPaymentMonitorProps } from './components/connected-payment-monitor';
export { Sparkline, type SparklineProps } from './components/sparkline';
export { PaymentMethodSelector, type PaymentMethodSelectorProps } from './components/payment-method-selector';
export type { WidgetTranslate, WidgetBaseProps } from './components/widget-text';
