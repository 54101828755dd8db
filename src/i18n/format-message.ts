import type { MessageParams } from './message-key';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders of `template` from `params`. A placeholder with
 * no value is left as written, so a missing parameter shows up in review
 * instead of as an empty gap.
 */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}
