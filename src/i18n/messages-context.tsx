import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageOverrides } from './message-key';
import { createTranslator, type Translator } from './translator';

const defaultTranslator = createTranslator('en');

/** Internal: the translator of the nearest `PaymentMessagesProvider` (English when none). */
export const MessagesContext = createContext<Translator>(defaultTranslator);
MessagesContext.displayName = 'PaymentMessagesContext';

/** Props of `PaymentMessagesProvider`. */
export interface PaymentMessagesProviderProps {
  /** BCP 47 locale: `'en'`, `'de'`, `'fr'`, `'es'` are shipped; others fall back to English texts but format money in their own locale. */
  locale?: string;
  /** Texts that override any key of the catalog. */
  messages?: MessageOverrides;
  children?: ReactNode;
}

/**
 * Sets the language of every payment component below. `SecurePaymentProcessor`
 * wraps itself in one from its `locale`/`messages` props; use this directly
 * when you compose the smaller components yourself.
 */
export function PaymentMessagesProvider({ locale = 'en', messages, children }: PaymentMessagesProviderProps): ReactNode {
  const translator = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  return <MessagesContext.Provider value={translator}>{children}</MessagesContext.Provider>;
}

/**
 * The active `Translator`: `translate(key, params)`, `formatAmount(money)` and
 * `locale`. English outside any `PaymentMessagesProvider`.
 */
export function useMessages(): Translator {
  return useContext(MessagesContext);
}
