import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageOverrides } from './message-key';
import { createTranslator, type Translator } from './translator';

const defaultTranslator = createTranslator('en');

/** Internal: the translator of the nearest `PaymentMessagesProvider` (English when none). */
export const MessagesContext = createContext<Translator>(defaultTranslator);
MessagesContext.displayName = 'PaymentMessagesContext';

/** Props of `PaymentMessagesProvider`. */
export interface PaymentMessagesProviderProps {
  /** BCP 47 locale: formats amounts, and names the language of `messages`. Default `'en'`. */
  locale?: string;
  /**
   * The texts: a catalog from `react-secure-payments/locales` (`messagesDe`,
   * `messagesFr`, `messagesEs`), your own, or single keys over English
   * (`{ ...messagesDe, 'ui.pay': 'Jetzt {amount} zahlen' }`). Keys it lacks are English.
   */
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
