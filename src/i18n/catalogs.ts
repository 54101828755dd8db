import { errorMessagesEn } from './locales/en';
import { uiMessagesEn } from './locales/en-ui';
import { messagesDe } from './locales/de';
import { messagesEs } from './locales/es';
import { messagesFr } from './locales/fr';
import * as widgets from './locales/ui-widgets';
import type { MessageCatalog } from './message-key';

/** The English catalog: error texts, processor texts and widget texts. The fallback for every other locale. */
export const messagesEn: MessageCatalog = { ...errorMessagesEn, ...uiMessagesEn, ...widgets.en };

/** Shipped catalogs by language subtag: `en`, `de`, `fr`, `es`. */
export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = Object.freeze({
  en: messagesEn,
  de: { ...messagesDe, ...widgets.de },
  fr: { ...messagesFr, ...widgets.fr },
  es: { ...messagesEs, ...widgets.es },
});

/** The catalog for a BCP 47 `locale` (`'de-AT'` → German), English when none is shipped. */
export function catalogFor(locale: string): MessageCatalog {
  const language = String(locale).toLowerCase().split(/[-_]/)[0] ?? 'en';
  return MESSAGE_CATALOGS[language] ?? messagesEn;
}
