// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TEST_CARDS, testCardToken } from '../../src/testing/test-cards';
import { isTestToken, TEST_TOKENS } from '../../src/testing/test-tokens';

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

describe('TEST_CARDS', () => {
  it('maps one Luhn-valid number to every test token, with a description', () => {
    expect(TEST_CARDS.map((c) => c.token).sort()).toEqual(Object.values(TEST_TOKENS).sort());
    for (const card of TEST_CARDS) {
      expect(luhnValid(card.number.replace(/ /g, ''))).toBe(true);
      expect(card.description.length).toBeGreaterThan(5);
      expect(isTestToken(card.token)).toBe(true);
    }
  });

  it('keeps the documented numbers', () => {
    const byToken = Object.fromEntries(TEST_CARDS.map((c) => [c.token, c.number]));
    expect(byToken).toEqual({
      tok_success: '4242 4242 4242 4242',
      tok_decline: '4000 0000 0000 0002',
      tok_insufficient_funds: '4000 0000 0000 9995',
      tok_expired_card: '4000 0000 0000 0069',
      tok_3ds_required: '4000 0027 6000 3184',
      tok_processing: '4000 0000 0000 0077',
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TEST_CARDS)).toBe(true);
    expect(Object.isFrozen(TEST_CARDS[0])).toBe(true);
  });
});

describe('testCardToken', () => {
  it('normalises spaces and dashes', () => {
    expect(testCardToken('4242424242424242')).toBe('tok_success');
    expect(testCardToken('4000-0000-0000-0002')).toBe('tok_decline');
    expect(testCardToken(' 4000 0027 6000 3184 ')).toBe('tok_3ds_required');
  });

  it('answers undefined for anything else', () => {
    expect(testCardToken('4111 1111 1111 1111')).toBeUndefined();
    expect(testCardToken('')).toBeUndefined();
    expect(testCardToken('tok_success')).toBeUndefined();
    expect(testCardToken(42 as unknown as string)).toBeUndefined();
  });
});
