/**
 * Active ISO 4217 currency codes grouped by minor-unit exponent (ISO 4217
 * List One; funds codes such as `BOV`, `CLF`, `USN` included, precious metals
 * and testing codes such as `XAU`, `XTS`, `XXX` excluded: nothing is paid in
 * them). Kept as strings: this table ships in the core bundle.
 */
const BY_EXPONENT: readonly (readonly [exponent: number, codes: string])[] = [
  [0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  [3, 'BHD IQD JOD KWD LYD OMR TND'],
  [4, 'CLF UYW'],
  [
    2,
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF ' +
      'CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF ' +
      'IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN ' +
      'MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL ' +
      'SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ' +
      'ZWG ZWL',
  ],
];

let exponents: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (!exponents) {
    exponents = new Map();
    for (const [exponent, codes] of BY_EXPONENT) for (const code of codes.split(' ')) exponents.set(code, exponent);
  }
  return exponents;
}

/** Whether `code` is a known ISO 4217 currency code, in upper case (`'EUR'`, not `'eur'`). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && table().has(code);
}

/**
 * The number of minor-unit digits of an ISO 4217 currency: 2 for EUR and USD,
 * 0 for JPY and KRW, 3 for KWD, BHD, JOD, OMR and TND, 4 for CLF.
 * `undefined` for a code that is not known (codes are upper case).
 */
export function currencyExponent(code: string): number | undefined {
  return table().get(code);
}

/** Every known currency code, sorted. */
export function currencyCodes(): string[] {
  return [...table().keys()].sort();
}
