// PLACEHOLDER — to be replaced by the full implementation (issue 2 helper).
/** Masks secrets and card numbers in a string. */
export function redactString(value: string): string {
  return value.replace(/\b(?:\d[ -]?){13,19}\b/g, '[REDACTED]');
}
/** Deep-copies `value` with secrets masked. */
export function redact<T>(value: T): T {
  if (typeof value === 'string') return redactString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(redactString(JSON.stringify(value))) as T;
}
