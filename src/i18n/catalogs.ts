/**
 * `react-secure-payments/locales`: the shipped catalogs other than English.
 * A separate entry so a storefront bundles only the languages it imports:
 *
 * ```tsx
 * import { messagesDe } from 'react-secure-payments/locales';
 * <SecurePaymentProcessor locale="de" messages={messagesDe} … />
 * ```
 */
import { messagesDe as deTexts } from './locales/de';
import { messagesEs as esTexts } from './locales/es';
import { messagesFr as frTexts } from './locales/fr';
import * as widgets from './locales/ui-widgets';
import type { MessageCatalog } from './message-key';
import { messagesEn } from './messages-en';

// Marked pure (an object spread is not, to a bundler), so importing one language drops the others.
function merge(texts: object, widgetTexts: object): MessageCatalog {
  return { ...texts, ...widgetTexts } as MessageCatalog;
}

/** German: every key (errors, processor, widgets). Pass it as `messages` with `locale="de"`. */
export const messagesDe: MessageCatalog = /* @__PURE__ */ merge(deTexts, widgets.de);

/** French: every key (errors, processor, widgets). Pass it as `messages` with `locale="fr"`. */
export const messagesFr: MessageCatalog = /* @__PURE__ */ merge(frTexts, widgets.fr);

/** Spanish: every key (errors, processor, widgets). Pass it as `messages` with `locale="es"`. */
export const messagesEs: MessageCatalog = /* @__PURE__ */ merge(esTexts, widgets.es);

/** Every shipped catalog by language subtag: `en`, `de`, `fr`, `es`. Importing it bundles all four. */
export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = /* @__PURE__ */ Object.freeze({
  en: messagesEn,
  de: messagesDe,
  fr: messagesFr,
  es: messagesEs,
});

/**
 * The shipped catalog for a BCP 47 `locale` (`'de-AT'` → German), English when
 * none is shipped — for a storefront that picks the language at run time:
 * `<SecurePaymentProcessor locale={locale} messages={catalogFor(locale)} />`.
 */
export function catalogFor(locale: string): MessageCatalog {
  const language = String(locale).toLowerCase().split(/[-_]/)[0] ?? 'en';
  return MESSAGE_CATALOGS[language] ?? messagesEn;
}

export { messagesEn } from './messages-en';
export type { MessageCatalog, MessageKey } from './message-key';
