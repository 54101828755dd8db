/**
 * English text of every `ui.*` key the React components show. `{name}`
 * placeholders are filled by `translate(key, params)`. Error texts
 * (`error.<code>`) live in `./en.ts`.
 */
export const uiMessagesEn = {
  'ui.processor.label': 'Payment',
  'ui.loading': 'Loading the payment form…',
  'ui.pay': 'Pay {amount}',
  'ui.pay.pending': 'Paying {amount}…',
  'ui.pay.retrying': 'Retrying payment…',
  'ui.pay.checking': 'Checking payment…',
  'ui.pay.manual': 'Get bank transfer details',
  'ui.pay.incomplete': 'Complete the payment details above first.',

  'ui.status.submitting': 'Processing your payment…',
  'ui.status.retrying': 'Connection problem — retrying ({attempt} of {maxAttempts})',
  'ui.status.retryingAttempt': 'Connection problem — retrying (attempt {attempt})',
  'ui.status.reconciling': 'Checking whether your payment went through…',
  'ui.status.requiresAction': 'Your bank needs you to confirm this payment.',
  'ui.status.succeeded': 'Payment successful.',
  'ui.status.processing': 'Payment accepted and still being processed.',
  'ui.status.pendingManual': 'Your bank transfer details are ready.',
  'ui.status.canceled': 'Payment canceled.',
  'ui.status.failed': 'Payment failed. {message}',
  'ui.status.failedSummary': 'Payment failed.',

  'ui.error.title': 'Payment not completed',
  'ui.error.next.retry': 'Please try again.',
  'ui.error.next.new_method': 'Please use another card or payment method.',
  'ui.error.next.choose_method': 'Please choose another way to pay below.',
  'ui.error.next.authenticate': 'Please confirm the payment with your bank, then try again.',
  'ui.error.next.contact_merchant': 'Please contact the shop before trying again.',
  'ui.error.next.none': '',
  'ui.action.retry': 'Try again',
  'ui.action.newMethod': 'Use another card',
  'ui.action.startOver': 'Start a new payment',
  'ui.action.verify': 'Continue to verification',

  'ui.amountChanged': 'Your order total changed to {amount}. This payment was for {charged}.',

  'ui.fallback.title': 'Pay another way',
  'ui.fallback.option': 'Continue with {label}',
  'ui.fallback.manualHint': 'Pay by transfer from your bank account.',

  'ui.requiresAction.title': 'Confirm your payment',
  'ui.requiresAction.body': 'Your bank asks you to confirm this payment of {amount}.',

  'ui.success.title': 'Payment successful',
  'ui.success.body': 'Thank you. We received your payment of {amount}.',
  'ui.success.reference': 'Payment reference: {paymentId}',
  'ui.processing.title': 'Payment is being processed',
  'ui.processing.body': 'Your payment of {amount} was accepted and is still being processed. You do not need to pay again.',
  'ui.canceled.title': 'Payment canceled',
  'ui.canceled.body': 'You canceled this payment.',

  'ui.bank.title': 'Pay by bank transfer',
  'ui.bank.intro': 'Transfer {amount} to the account below and quote the reference, so we can match your payment.',
  'ui.bank.beneficiary': 'Beneficiary',
  'ui.bank.iban': 'IBAN',
  'ui.bank.bic': 'BIC',
  'ui.bank.reference': 'Reference',
  'ui.bank.amount': 'Amount',
  'ui.bank.expectedDays.one': 'The transfer usually arrives within {days} business day.',
  'ui.bank.expectedDays.other': 'The transfer usually arrives within {days} business days.',
  'ui.bank.copy': 'Copy {field}',
  'ui.bank.copied': '{field} copied',
  'ui.bank.copyFailed': 'Could not copy. Please select the {field} and copy it by hand.',

  'ui.testMode.badge': 'TEST MODE',
  'ui.testMode.description': 'No real payment is made. Only the test cards below are accepted — never enter a real card.',
  'ui.testMode.pick': 'Test card',
  'ui.testMode.number': 'Test card number',
  'ui.testMode.refused': 'Only the listed test card numbers are accepted in test mode.',
  'ui.testMode.outcome.succeeds': 'succeeds',
  'ui.testMode.outcome.declined': 'is declined',
  'ui.testMode.outcome.insufficient_funds': 'is declined for insufficient funds',
  'ui.testMode.outcome.expired_card': 'is declined as expired',
  'ui.testMode.outcome.three_d_secure': 'asks for 3-D Secure',
  'ui.testMode.outcome.processing': 'stays processing',
  'ui.testMode.card': '{number} — {outcome}',
} as const;

/** A `ui.*` message key. */
export type UiMessageKey = keyof typeof uiMessagesEn;
