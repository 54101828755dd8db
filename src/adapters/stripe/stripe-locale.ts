import type { StripeElementLocale } from '@stripe/stripe-js';

/** Every locale Stripe Elements accepts (`StripeElementLocale`), checked against its type both ways. */
const STRIPE_LOCALES = [
  'auto', 'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-AU', 'en-CA', 'en-NZ', 'en-GB', 'es', 'es-ES', 'es-419',
  'et', 'fi', 'fil', 'fr', 'fr-CA', 'fr-FR', 'he', 'hu', 'hr', 'id', 'it', 'it-IT', 'ja', 'ko', 'lt', 'lv', 'ms',
  'mt', 'nb', 'nl', 'no', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW',
] as const satisfies readonly StripeElementLocale[];

// Fails to compile when @stripe/stripe-js adds a locale this list lacks.
type MissingStripeLocale = Exclude<StripeElementLocale, (typeof STRIPE_LOCALES)[number]>;
const NONE_MISSING: [MissingStripeLocale] extends [never] ? true : MissingStripeLocale = true;
void NONE_MISSING;

const BY_LOWER_CASE: ReadonlyMap<string, StripeElementLocale> = new Map(STRIPE_LOCALES.map((l) => [l.toLowerCase(), l]));

/**
 * The Stripe Elements locale for a BCP 47 `locale`: the exact tag when Stripe
 * has it (`'pt-BR'`), else its language (`'de-AT'` → `'de'`), else `'auto'`
 * (Stripe follows the browser). Never an unknown value, which Stripe.js rejects.
 */
export function toStripeLocale(locale: string | undefined): StripeElementLocale {
  if (typeof locale !== 'string' || locale === '') return 'auto';
  const tag = locale.replace(/_/g, '-').toLowerCase();
  return BY_LOWER_CASE.get(tag) ?? BY_LOWER_CASE.get(tag.split('-')[0] ?? '') ?? 'auto';
}
