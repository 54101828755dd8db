import { describe, expect, it } from 'vitest';
import { PAYMENT_ERROR_CODES } from '../../src/core/errors/classification';
import { catalogFor, MESSAGE_CATALOGS, messagesDe, messagesEn, messagesEs, messagesFr } from '../../src/i18n/catalogs';
import { de as deWidgets } from '../../src/i18n/locales/ui-widgets';

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

  it('exports each shipped language on its own, the same objects as MESSAGE_CATALOGS', () => {
    expect(messagesDe).toBe(MESSAGE_CATALOGS['de']);
    expect(messagesFr).toBe(MESSAGE_CATALOGS['fr']);
    expect(messagesEs).toBe(MESSAGE_CATALOGS['es']);
    expect(messagesDe['ui.stepUp.label']).toBe(deWidgets['ui.stepUp.label']);
  });

  it('the root entry bundles English only: de/fr/es are reachable from src/i18n/catalogs.ts alone', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      external: ['react', 'react-dom', 'react/jsx-runtime', 'zod', '@stripe/*'],
      loader: { '.css': 'empty' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/i18n/messages-en.ts');
    expect(inputs.filter((file) => /src\/i18n\/(catalogs|locales\/(de|fr|es))\.ts$/.test(file))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toContain(messagesDe['ui.stepUp.label']);
  });

  it('picks the catalog by language subtag, English otherwise', () => {
    expect(catalogFor('de-AT')).toBe(MESSAGE_CATALOGS['de']);
    expect(catalogFor('fr_CA')).toBe(MESSAGE_CATALOGS['fr']);
    expect(catalogFor('ja-JP')).toBe(messagesEn);
  });
});
