import { TEST_TOKENS, type TestToken } from './test-tokens';

/** One card number the test-mode form accepts, and the simulated token it becomes. */
export interface TestCard {
  /** Display form, grouped by four. Luhn-valid; test use only. */
  number: string;
  token: TestToken;
  /** What happens when you pay with it. */
  description: string;
}

/**
 * The card numbers the React test-mode form accepts, each mapped to a
 * simulated-gateway token. They are the well-known public test numbers of
 * card gateways; no real card has them. `4000 0000 0000 0077` (our pick for
 * `tok_processing`) is Luhn-valid and also a public test number.
 */
export const TEST_CARDS: readonly TestCard[] = Object.freeze([
  { number: '4242 4242 4242 4242', token: TEST_TOKENS.success, description: 'Succeeds at once.' },
  { number: '4000 0000 0000 0002', token: TEST_TOKENS.decline, description: 'Declined (generic decline).' },
  { number: '4000 0000 0000 9995', token: TEST_TOKENS.insufficientFunds, description: 'Declined: insufficient funds.' },
  { number: '4000 0000 0000 0069', token: TEST_TOKENS.expiredCard, description: 'Declined: expired card.' },
  {
    number: '4000 0027 6000 3184',
    token: TEST_TOKENS.threeDSecureRequired,
    description: 'Asks for 3-D Secure; completing it succeeds, failing it declines (authentication failed).',
  },
  {
    number: '4000 0000 0000 0077',
    token: TEST_TOKENS.processing,
    description: 'Accepted as processing; succeeds after a few status look-ups.',
  },
].map((card) => Object.freeze(card)));

/**
 * The simulated token for a test card number, ignoring spaces and dashes;
 * `undefined` for any other input (real card numbers included).
 *
 * ```ts
 * testCardToken('4000-0000-0000-0002'); // 'tok_decline'
 * ```
 */
export function testCardToken(number: string): TestToken | undefined {
  if (typeof number !== 'string') return undefined;
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return undefined;
  return TEST_CARDS.find((card) => card.number.replace(/ /g, '') === digits)?.token;
}
