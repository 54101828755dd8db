import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../src/i18n/format-message';
import { messagesEs, messagesFr } from '../../src/i18n/catalogs';
import { createTranslator } from '../../src/i18n/translator';

describe('formatMessage', () => {
  it('fills {param} placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('Pay {amount} now ({missing})', { amount: '€1.00' })).toBe('Pay €1.00 now ({missing})');
    expect(formatMessage('{n} of {n}', { n: 2 })).toBe('2 of 2');
  });
});

describe('createTranslator', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('translates with params from the catalog it is given', () => {
    expect(createTranslator('fr', messagesFr).translate('ui.status.retrying', { attempt: 2, maxAttempts: 3 })).toBe(
      'Problème de connexion — nouvelle tentative (2 sur 3)',
    );
  });

  it('messages win; keys they lack fall back to English, then to the key', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
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
    expect(createTranslator('es', messagesEs).translate('ui.stepUp.label')).toBe('Código de verificación');
  });

  it('warns once per language when a non-English locale falls back to English, naming the catalog to import', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fr = createTranslator('fr-CA');
    expect(fr.translate('ui.action.retry')).toBe('Try again');
    fr.translate('ui.pay', { amount: '1 $' });
    createTranslator('fr').translate('ui.action.retry');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /locale "fr-CA" has no text for "ui\.action\.retry".*import \{ messagesFr \} from 'react-secure-payments\/locales' and pass messages=\{messagesFr\}/,
    );
    createTranslator('pt-BR').translate('ui.action.retry');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]![0])).toContain('pass your own catalog');
  });

  it('does not warn for English, for a full catalog, or for keys outside the catalog', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createTranslator('en-GB').translate('ui.action.retry');
    createTranslator('es', messagesEs).translate('ui.action.retry');
    createTranslator('it', { 'my.key': 'Ciao' }).translate('my.other.key');
    expect(warn).not.toHaveBeenCalled();
  });
});
