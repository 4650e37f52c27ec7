import type { TranslationMessages } from 'react-admin';

type Tree = { [key: string]: Tree | string | undefined };

/**
 * Polyglot picks among Arabic's six plural forms (zero, one, two, few, many, other), and some
 * catalogs write all six (the editor's word count). Most messages, like react-admin's, give
 * two: "singular |||| plural". Expanded here to six (the plural everywhere but "one"), so
 * a two-form message reads right for every count instead of falling back to the singular.
 */
export const expandTwoFormPlurals = <T extends Tree | TranslationMessages>(tree: T): T =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => {
      if (typeof value !== 'string') return [key, value && expandTwoFormPlurals(value as Tree)];
      const forms = value.split('||||').map((form) => form.trim());
      if (forms.length !== 2) return [key, value];
      const [one, other] = forms;
      return [key, [other, one, other, other, other, other].join(' |||| ')];
    }),
  ) as T;
