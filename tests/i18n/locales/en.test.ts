import { describe, expect, it } from 'vitest';
import { PAYMENT_ERROR_CLASSIFICATION, PAYMENT_ERROR_CODES } from '../../../src/core/errors';
import { errorMessagesEn } from '../../../src/i18n/locales/en';

const messages = errorMessagesEn as Record<string, string>;

describe('errorMessagesEn', () => {
  it('has a message for every messageKey of the classification table, and no other', () => {
    const keys = PAYMENT_ERROR_CODES.map((code) => PAYMENT_ERROR_CLASSIFICATION[code].messageKey);
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(messages[key]?.trim().length).toBeGreaterThan(20);
  });

  it('tells the shopper what to do: every message has a second sentence or an instruction', () => {
    for (const text of Object.values(messages)) {
      expect(text).toMatch(/\b(try|use|check|contact|wait|complete|start|choose)\b/i);
      expect(text).toMatch(/[.]$/);
    }
  });

  it('reads a suspected fraud like an ordinary decline, without accusing the shopper', () => {
    expect(messages['error.fraud_suspected']).not.toMatch(/fraud|suspic|security|risk|stolen/i);
    expect(messages['error.fraud_suspected']).toMatch(/^Your card was declined\./);
  });

  it('never claims nothing was charged when the outcome may be unknown', () => {
    for (const code of PAYMENT_ERROR_CODES) {
      if (PAYMENT_ERROR_CLASSIFICATION[code].chargeOutcome === 'unknown') {
        expect(messages[`error.${code}`]).not.toMatch(/not been charged|haven’t been charged|no charge/i);
      }
    }
    expect(messages['error.outcome_unknown']).toMatch(/don’t pay again/);
  });

  it('contains no gateway jargon or codes', () => {
    for (const text of Object.values(messages)) expect(text).not.toMatch(/_|\bHTTP\b|\b\d{3}\b|gateway|idempot|stripe/i);
  });
});
