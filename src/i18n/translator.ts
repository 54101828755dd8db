import { formatMoney } from '../core/money';
import type { Money } from '../core/types';
import { formatMessage } from './format-message';
import type { MessageKey, MessageOverrides, MessageParams } from './message-key';
import { messagesEn } from './messages-en';

/** Everything a component needs to speak the shopper's language. */
export interface Translator {
  /** BCP 47 locale in use. */
  locale: string;
  /** The text for `key` with `{param}` placeholders filled: from `messages`, then English, then the key itself. */
  translate(key: MessageKey | (string & {}), params?: MessageParams): string;
  /** `money` formatted for this locale with `formatMoney`. */
  formatAmount(money: Money): string;
}

/** Languages already warned about, so a page logs each missing catalog once. */
const warnedLanguages = new Set<string>();

/**
 * Makes a `Translator` for `locale`. `messages` is a catalog from
 * `react-secure-payments/locales` (`messagesDe`, …), your own catalog, or a
 * few texts that override English; keys it lacks are shown in English.
 *
 * ```ts
 * import { messagesDe } from 'react-secure-payments/locales';
 * const { translate } = createTranslator('de', { ...messagesDe, 'ui.pay': 'Jetzt {amount} zahlen' });
 * translate('ui.pay', { amount: '49,99 €' });
 * ```
 *
 * A non-English `locale` whose text falls back to English logs one
 * `console.warn` per language, naming the catalog to import: it is almost
 * always a forgotten `messages` prop.
 */
export function createTranslator(locale = 'en', messages?: MessageOverrides): Translator {
  const english = messagesEn as Record<string, string>;
  const language = String(locale).toLowerCase().split(/[-_]/)[0] ?? 'en';
  return {
    locale,
    translate(key, params) {
      let template = messages?.[key];
      if (template === undefined) {
        template = english[key] ?? key;
        if (language !== 'en' && key in english) warnEnglishFallback(locale, language, key);
      }
      return formatMessage(template, params);
    },
    formatAmount(money) {
      return formatMoney(money, locale);
    },
  };
}

function warnEnglishFallback(locale: string, language: string, key: string): void {
  if (warnedLanguages.has(language) || typeof console === 'undefined') return;
  warnedLanguages.add(language);
  const shipped: Record<string, string> = { de: 'messagesDe', fr: 'messagesFr', es: 'messagesEs' };
  const fix = shipped[language]
    ? `import { ${shipped[language]} } from 'react-secure-payments/locales' and pass messages={${shipped[language]}}`
    : `pass your own catalog (a text for every MessageKey) as messages`;
  // The one console call in the library: a misconfiguration the shopper would otherwise see as the wrong language.
  // eslint-disable-next-line no-console
  console.warn(
    `react-secure-payments: locale "${locale}" has no text for "${key}", so it is shown in English. ` +
      `To show ${language} texts, ${fix} to SecurePaymentProcessor or PaymentMessagesProvider.`,
  );
}
