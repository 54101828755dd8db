/**
 * IBAN and BIC checks for the bank-transfer gateway's options (ISO 13616
 * mod-97 checksum, ISO 9362 shape). They catch typos in configuration; they
 * do not prove that an account exists.
 */

/** The IBAN in electronic form (no spaces, upper case), or `undefined` when its shape or checksum is wrong. */
export function normalizeIban(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return undefined;
  return ibanChecksumValid(iban) ? iban : undefined;
}

/** ISO 13616: move the first four characters to the end, letters to numbers (A = 10), and the result mod 97 must be 1. */
function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** The BIC in upper case, or `undefined` when it is not 8 or 11 characters of the ISO 9362 shape. */
export function normalizeBic(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bic = value.replace(/\s/g, '').toUpperCase();
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic) ? bic : undefined;
}
