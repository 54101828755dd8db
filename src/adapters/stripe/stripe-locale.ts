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
 * (Stripe follows the browser). Chinese follows its script: Traditional
 * (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) → `zh-TW` / `zh-HK`, Simplified → `zh`.
 * Never an unknown value, which Stripe.js rejects.
 */
export function toStripeLocale(locale: string | undefined): StripeElementLocale {
  if (typeof locale !== 'string' || locale === '') return 'auto';
  const tag = locale.replace(/_/g, '-').toLowerCase();
  const exact = BY_LOWER_CASE.get(tag);
  if (exact) return exact;
  const [language = '', ...rest] = tag.split('-');
  if (language === 'zh') return chineseLocale(rest);
  return BY_LOWER_CASE.get(language) ?? 'auto';
}

/** `zh-Hans-*` → `zh`; `zh-Hant-HK` / `zh-MO` → `zh-HK`; `zh-Hant` / `zh-Hant-TW` → `zh-TW`; others → `zh`. */
function chineseLocale(subtags: string[]): StripeElementLocale {
  if (subtags.includes('hans')) return 'zh';
  if (subtags.includes('hk') || subtags.includes('mo')) return 'zh-HK';
  if (subtags.includes('hant') || subtags.includes('tw')) return 'zh-TW';
  return 'zh';
}
