import { describe, expect, it } from 'vitest';
import { de, en, es, fr } from '../../src/i18n/locales/ui-widgets';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('widget strings', () => {
  const locales = { de, fr, es };

  it.each(Object.entries(locales))('%s has every English key and no other', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(locales))('%s keeps the placeholders of every English string, and translates it', (_, messages) => {
    for (const [key, english] of Object.entries(en)) {
      const text = (messages as Record<string, string>)[key]!;
      expect.soft(placeholders(text), key).toEqual(placeholders(english));
      expect.soft(text.trim(), key).not.toBe('');
    }
  });

  it('keeps keys in the widget namespaces', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^ui\.(stepUp|monitor|methodSelector)\./);
  });
});
