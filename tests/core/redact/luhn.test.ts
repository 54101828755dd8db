import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../../src/core/redact/luhn';

describe('isLuhnValid', () => {
  it.each(['4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '0'])(
    'accepts %s',
    (n) => expect(isLuhnValid(n)).toBe(true),
  );
  it.each(['4242424242424241', '1234567890123', '5555555555554445', ''])('rejects %s', (n) => expect(isLuhnValid(n)).toBe(false));
});
