import { en, type UiWidgetMessageKey } from '../i18n/locales/ui-widgets';

/**
 * A message function: returns the text for `key` with `params` filled in.
 * The message catalog's translator fits this shape; so does a plain lookup.
 */
export type WidgetTranslate = (key: string, params?: Record<string, string | number>) => string;

/** Props shared by the standalone widgets. */
export interface WidgetBaseProps {
  /** Text for every visible string (keys `ui.stepUp.*`, `ui.monitor.*`, `ui.methodSelector.*`). English when absent. */
  t?: WidgetTranslate;
  /** Added to the root element, also when `unstyled`. */
  className?: string;
  /** Render no `rsp-*` class names, only `data-*` state attributes. */
  unstyled?: boolean;
}

function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Resolves a widget string: `t(key, params)` when it gives a real message,
 * otherwise the English default. A translator that answers with the key
 * itself or an empty string (a missing entry) falls back to English, so a
 * partial catalog never shows raw keys.
 */
export function widgetText(t: WidgetTranslate | undefined, key: UiWidgetMessageKey, params?: Record<string, string | number>): string {
  if (t) {
    const text = t(key, params);
    if (typeof text === 'string' && text !== '' && text !== key) return text;
  }
  return fill(en[key], params);
}

/** Joins class names, dropping empty ones; `undefined` when none is left (no empty `class` attribute). */
export function classNames(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
