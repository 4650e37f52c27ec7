import type { Article, Author, Category, Tag } from '../../schemas';

export interface CsvNames {
  categories: Map<number, Category>;
  authors: Map<number, Author>;
  tags: Map<number, Tag>;
}

export const CSV_COLUMNS = [
  'id', 'title', 'slug', 'lang', 'status', 'category', 'author', 'tags',
  'publishAt', 'publishedAt', 'isBreaking', 'isFeatured', 'views', 'shares', 'updatedAt',
] as const; // prettier-ignore

/**
 * One CSV cell: quoted when needed, and a leading =, +, - or @ defused with an apostrophe so a
 * spreadsheet never runs a headline as a formula (CSV injection).
 */
export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvRow = (a: Article, names: CsvNames): string => {
  const category = a.categoryId === null ? null : names.categories.get(a.categoryId);
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    ...a,
    category: category ? category.name.en || category.name.ar : '',
    author: a.authorId === null ? '' : (names.authors.get(a.authorId)?.name ?? ''),
    tags: a.tagIds.map((id) => names.tags.get(id)?.name ?? id).join('; '),
  };
  return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
};

/** A byte-order mark first, so spreadsheet programs read the Arabic as UTF-8. */
export const csvDocument = (rows: string[]) =>
  `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
