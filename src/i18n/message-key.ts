import type { PaymentErrorCode } from '../core/errors/classification';
import type { UiMessageKey } from './locales/en-ui';
import type { UiWidgetMessageKey } from './locales/ui-widgets';

/** The key of a shopper-facing error message: a `PaymentError`'s `messageKey`. */
export type ErrorMessageKey = `error.${PaymentErrorCode}`;

/** Every key of the message catalog: errors, processor UI, and the standalone widgets. */
export type MessageKey = ErrorMessageKey | UiMessageKey | UiWidgetMessageKey;

/** A complete catalog: one text per key. */
export type MessageCatalog = Record<MessageKey, string>;

/** The error and processor texts of one shipped locale (typed, so a missing translation fails to compile). */
export type LocaleMessages = Record<ErrorMessageKey | UiMessageKey, string>;

/** Texts that override the catalog, per key (`{ 'ui.pay': 'Buy now for {amount}' }`). Unknown keys are kept too. */
export type MessageOverrides = Partial<Record<MessageKey, string>> & Record<string, string | undefined>;

/** Values for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
