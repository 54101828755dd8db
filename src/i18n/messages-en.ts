import { errorMessagesEn } from './locales/en';
import { uiMessagesEn } from './locales/en-ui';
import { en as widgetsEn } from './locales/ui-widgets';
import type { MessageCatalog } from './message-key';

/**
 * The English catalog: error texts, processor texts and widget texts. Built in
 * and the fallback for every key another catalog lacks. German, French and
 * Spanish come from `react-secure-payments/locales`, so a storefront ships only
 * the languages it imports.
 */
export const messagesEn: MessageCatalog = { ...errorMessagesEn, ...uiMessagesEn, ...widgetsEn };
