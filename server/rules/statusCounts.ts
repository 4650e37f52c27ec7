import { articleStatuses } from '../../src/schemas';
import type { Ctx } from './context';
import { listQueryOf } from './crud';
import { articles } from './resources';

/**
 * `GET /articles/counts?filter={…}`: how many articles match the filter in each status, in one
 * request (the list's status tabs), the filter's own `status` left out. Answers
 * `{counts: {draft, in_review, scheduled, published, archived}, total}`.
 */
export const statusCounts = async (ctx: Ctx, url: URL) => {
  const query = await listQueryOf(articles, ctx, url, ['status']);
  const found = await ctx.db.articles.countBy('status', query);
  const counts = Object.fromEntries(articleStatuses.map((s) => [s, found[s] ?? 0]));
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
};
