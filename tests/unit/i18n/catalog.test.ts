import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ar } from '../../../src/i18n/ar';

type Tree = { [key: string]: Tree | string | undefined };

/** Every message with its path (keys may themselves hold dots, e.g. fields 'name.en'). */
const flatten = (tree: Tree, prefix: string[] = []): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[[...prefix, key].join(' › '), value] as const]
        : [...flatten(value ?? {}, [...prefix, key])],
    ),
  );

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

const english = flatten(en as unknown as Tree);
const arabic = flatten(ar as unknown as Tree);

describe('the Arabic catalog', () => {
  it('has every key of the English one, react-admin messages included', () => {
    expect(flatten(englishMessages as unknown as Tree).size).toBeGreaterThan(150);
    expect([...english.keys()].filter((key) => !arabic.has(key))).toEqual([]);
  });

  it('keeps the placeholders and the plural forms of each English message', () => {
    const mismatched = [...english].filter(([key, source]) => {
      const target = arabic.get(key) ?? '';
      return (
        placeholders(source).join() !== placeholders(target).join() ||
        source.includes('||||') !== target.includes('||||')
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('is written in Arabic, not copied from English', () => {
    const copied = [...arabic].filter(
      ([, text]) =>
        /[A-Za-z]{3,}/.test(text.replace(/%\{\w+\}/g, '')) && !/[\u0600-\u06FF]/.test(text),
    );
    expect(copied).toEqual([]);
  });
});

describe('Arabic plurals', () => {
  it('reads a two-form message right for every count, and leaves six-form ones alone', async () => {
    const { createI18nProvider } = await import('../../../src/providers/i18nProvider');
    const i18n = createI18nProvider();
    await i18n.changeLocale('ar');
    expect(i18n.translate('resources.tags.name', { smart_count: 1 })).toBe('وسم');
    expect(i18n.translate('resources.tags.name', { smart_count: 2 })).toBe('الوسوم');
    expect(i18n.translate('ra.notification.deleted', { smart_count: 11 })).toBe('حُذف ١١ عنصر');
    expect(i18n.translate('nd.editor.count.words', { smart_count: 2 })).toBe('كلمتان');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
