import { describe, expect, it } from 'vitest';
import { PAYMENT_ERROR_CODES } from '../../src/core/errors/classification';
import { catalogFor, MESSAGE_CATALOGS, messagesEn } from '../../src/i18n/catalogs';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('English has a message for every error code', () => {
    for (const code of PAYMENT_ERROR_CODES) expect(messagesEn[`error.${code}`], code).toMatch(/\S/);
  });

  describe.each(['de', 'fr', 'es'])('%s', (locale) => {
    const catalog = MESSAGE_CATALOGS[locale]!;

    it('has exactly the English keys', () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(messagesEn).sort());
    });

    it('keeps every placeholder of the English text', () => {
      for (const [key, english] of Object.entries(messagesEn)) {
        expect(placeholders(catalog[key as keyof typeof catalog]), key).toEqual(placeholders(english));
      }
    });

    it('translates: no text with words is left in English', () => {
      const same = Object.entries(messagesEn).filter(
        ([key, english]) =>
          (english.replace(/\{\w+\}/g, '').match(/\p{L}/gu) ?? []).length > 8 && catalog[key as keyof typeof catalog] === english,
      );
      expect(same).toEqual([]);
    });
  });

  it('picks the catalog by language subtag, English otherwise', () => {
    expect(catalogFor('de-AT')).toBe(MESSAGE_CATALOGS['de']);
    expect(catalogFor('fr_CA')).toBe(MESSAGE_CATALOGS['fr']);
    expect(catalogFor('ja-JP')).toBe(messagesEn);
  });
});
