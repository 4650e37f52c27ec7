import { useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useUnselectAll,
} from 'react-admin';
import type { Article } from '../../schemas';

/** What to write to one article, or null to leave it alone (a step the workflow refuses). */
export type BulkChange = (article: Article) => Partial<Article> | null;

/**
 * Applies a per-article change to the selection. Each article gets its own PUT (without
 * `version`: a bulk change applies to whatever is current), because a change such as "add a
 * tag" depends on the article's own values and the server may refuse some articles (workflow,
 * publish checklist) but not others: the editor is told how many changed and how many did not.
 */
export const useBulkArticleUpdate = () => {
  const { selectedIds } = useListContext<Article>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('articles');
  const [pending, setPending] = useState(false);

  const run = async (change: BulkChange) => {
    setPending(true);
    try {
      const { data } = await dataProvider.getMany<Article>('articles', { ids: selectedIds });
      const writes = data.map((article) => ({ article, data: change(article) }));
      const results = await Promise.allSettled(
        writes
          .filter((w) => w.data !== null)
          .map((w) =>
            dataProvider.update<Article>('articles', {
              id: w.article.id,
              data: w.data!,
              previousData: w.article,
            }),
          ),
      );
      const done = results.filter((r) => r.status === 'fulfilled').length;
      const refused = data.length - done;
      notify(refused ? 'resources.articles.bulk.partial' : 'resources.articles.bulk.done', {
        type: refused ? 'warning' : 'info',
        messageArgs: { smart_count: done, refused },
      });
      if (done) unselectAll();
      refresh();
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
};
