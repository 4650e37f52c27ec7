import { useRef, useState } from 'react';
import {
  downloadCSV,
  useDataProvider,
  useListContext,
  useNotify,
  type Identifier,
} from 'react-admin';
import type { Article, Author, Category, Tag } from '../../schemas';
import { csvDocument, csvRow, type CsvNames } from './articlesCsv';

export const EXPORT_PAGE_SIZE = 500;

/**
 * Exports every article matching the list's filters and sort, not just the visible page: pages
 * of 500 fetched one after the other (progress after each), and the names of categories,
 * authors and tags fetched once per page for the ids not seen yet (getMany, never per row).
 */
export const useCsvExport = () => {
  const { filterValues, sort, total } = useListContext<Article>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancelled = useRef(false);

  const fillNames = async <T extends { id: number }>(
    resource: string,
    map: Map<number, T>,
    ids: Identifier[],
  ) => {
    const missing = [...new Set(ids)].filter((id) => !map.has(Number(id)));
    if (!missing.length) return;
    const { data } = await dataProvider.getMany<T>(resource, { ids: missing as T['id'][] });
    for (const r of data) map.set(r.id, r);
  };

  const start = async () => {
    cancelled.current = false;
    const names: CsvNames = {
      categories: new Map<number, Category>(),
      authors: new Map<number, Author>(),
      tags: new Map<number, Tag>(),
    };
    const rows: string[] = [];
    let expected = total ?? 0;
    setProgress({ done: 0, total: expected });
    try {
      for (let page = 1; ; page++) {
        const res = await dataProvider.getList<Article>('articles', {
          pagination: { page, perPage: EXPORT_PAGE_SIZE },
          sort,
          filter: filterValues,
        });
        if (cancelled.current) return;
        expected = res.total ?? expected;
        const ids = (pick: (a: Article) => (number | null)[]) =>
          res.data.flatMap(pick).filter((x): x is number => x !== null);
        await Promise.all([
          fillNames(
            'categories',
            names.categories,
            ids((a) => [a.categoryId]),
          ),
          fillNames(
            'authors',
            names.authors,
            ids((a) => [a.authorId]),
          ),
          fillNames(
            'tags',
            names.tags,
            ids((a) => a.tagIds),
          ),
        ]);
        rows.push(...res.data.map((a) => csvRow(a, names)));
        setProgress({ done: rows.length, total: expected });
        if (res.data.length < EXPORT_PAGE_SIZE || rows.length >= expected) break;
      }
      downloadCSV(csvDocument(rows), 'articles');
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setProgress(null);
    }
  };
  const cancel = () => {
    cancelled.current = true;
    setProgress(null);
  };
  return { start, cancel, progress };
};
