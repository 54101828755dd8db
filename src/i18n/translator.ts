import { formatMoney } from '../core/money';
import type { Money } from '../core/types';
import { catalogFor, messagesEn } from './catalogs';
import { formatMessage } from './format-message';
import type { MessageKey, MessageOverrides, MessageParams } from './message-key';

/** Everything a component needs to speak the shopper's language. */
export interface Translator {
  /** BCP 47 locale in use. */
  locale: string;
  /** The text for `key` with `{param}` placeholders filled: override, then locale, then English, then the key itself. */
  translate(key: MessageKey | (string & {}), params?: MessageParams): string;
  /** `money` formatted for this locale with `formatMoney`. */
  formatAmount(money: Money): string;
}

/**
 * Makes a `Translator` for `locale` with optional per-key `overrides`.
 *
 * ```ts
 * const { translate } = createTranslator('de', { 'ui.pay': 'Jetzt {amount} zahlen' });
 * translate('ui.pay', { amount: '49,99 €' });
 * ```
 */
export function createTranslator(locale = 'en', overrides?: MessageOverrides): Translator {
  const catalog = catalogFor(locale) as Record<string, string>;
  const english = messagesEn as Record<string, string>;
  return {
    locale,
    translate(key, params) {
      const template = overrides?.[key] ?? catalog[key] ?? english[key] ?? key;
      return formatMessage(template, params);
    },
    formatAmount(money) {
      return formatMoney(money, locale);
    },
  };
}
