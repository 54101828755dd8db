/**
 * The method tokens the simulated gateway understands. Pay with
 * `{ type: 'test_card', token: TEST_TOKENS.decline }` (or the string itself);
 * a missing method behaves like `tok_success`, and any other token is an
 * `invalid_request`.
 */
export const TEST_TOKENS = Object.freeze({
  /** Succeeds at once. */
  success: 'tok_success',
  /** `card_declined` with decline code `generic_decline`. */
  decline: 'tok_decline',
  /** `insufficient_funds` (decline code `insufficient_funds`). */
  insufficientFunds: 'tok_insufficient_funds',
  /** `expired_card` (decline code `expired_card`). */
  expiredCard: 'tok_expired_card',
  /** `requires_action` with a `three_d_secure` action; `handleAction` succeeds, or fails with `{ result: 'fail' }`. */
  threeDSecureRequired: 'tok_3ds_required',
  /** `processing`; `retrieve` answers `succeeded` after a few polls. */
  processing: 'tok_processing',
} as const);

/** One of the simulated gateway's test tokens. */
export type TestToken = (typeof TEST_TOKENS)[keyof typeof TEST_TOKENS];

/** Whether `value` is one of `TEST_TOKENS`. */
export function isTestToken(value: unknown): value is TestToken {
  return typeof value === 'string' && (Object.values(TEST_TOKENS) as string[]).includes(value);
}
