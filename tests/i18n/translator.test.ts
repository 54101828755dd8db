import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format-message';
import { createTranslator } from '../../src/i18n/translator';

describe('formatMessage', () => {
  it('fills {param} placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('Pay {amount} now ({missing})', { amount: '€1.00' })).toBe('Pay €1.00 now ({missing})');
    expect(formatMessage('{n} of {n}', { n: 2 })).toBe('2 of 2');
  });
});

describe('createTranslator', () => {
  it('translates with params in the chosen locale', () => {
    expect(createTranslator('fr').translate('ui.status.retrying', { attempt: 2, maxAttempts: 3 })).toBe(
      'Problème de connexion — nouvelle tentative (2 sur 3)',
    );
  });

  it('overrides win over the catalog; unknown keys fall back to English, then to the key', () => {
    const t = createTranslator('de', { 'ui.pay': 'Kaufen für {amount}', 'custom.key': 'Eigener Text' });
    expect(t.translate('ui.pay', { amount: '1 €' })).toBe('Kaufen für 1 €');
    expect(t.translate('custom.key')).toBe('Eigener Text');
    expect(createTranslator('ja').translate('ui.action.retry')).toBe('Try again');
    expect(t.translate('no.such.key')).toBe('no.such.key');
  });

  it('formats amounts with formatMoney in the active locale', () => {
    const money = { amount: 123456, currency: 'EUR' };
    expect(createTranslator('en').formatAmount(money)).toBe('€1,234.56');
    expect(createTranslator('de').formatAmount(money)).toMatch(/^1\.234,56\s€$/);
    expect(createTranslator('es').formatAmount({ amount: 500, currency: 'JPY' })).toMatch(/500/);
  });

  it('includes the widget texts in the catalog', () => {
    expect(createTranslator('es').translate('ui.stepUp.label')).toBe('Código de verificación');
  });
});
