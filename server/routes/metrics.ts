import type { Hono } from 'hono';
import type { Deps } from '../rules/context';
import { contentRange } from '../rules/listQuery';
import { articleSeries, breakdown, series, summary, top } from '../rules/metrics/aggregates';
import { getRow, listRows } from '../rules/metrics/rows';
import { listSpikes, reviewSpike } from '../rules/metrics/spikes';
import { json, optionalBody, urlOf, who } from './respond';

/** Metrics: aggregations first, since `/metrics/:id` would otherwise take `/metrics/summary`. */
export const metricsRoutes = (app: Hono, deps: Deps): void => {
  const reads = { summary, series, top, breakdown, spikes: listSpikes };
  for (const [name, fn] of Object.entries(reads)) {
    app.get(`/metrics/${name}`, async (c) => json(c, await fn(await who(deps, c, 'metrics', 'list'), urlOf(c))));
  }
  app.post('/metrics/spikes/:articleId/:date/review', async (c) => {
    const ctx = await who(deps, c, 'metrics', 'review');
    return json(c, await reviewSpike(ctx, c.req.param('articleId'), c.req.param('date'), await optionalBody(c)), 201);
  });
  app.get('/metrics/articles/:id/series', async (c) =>
    json(c, await articleSeries(await who(deps, c, 'metrics', 'show'), urlOf(c), c.req.param('id'))),
  );
  app.get('/metrics', async (c) => {
    const { rows, total, start } = await listRows(await who(deps, c, 'metrics', 'list'), urlOf(c));
    return json(c, rows, 200, { 'Content-Range': contentRange('metrics', start, rows.length, total) });
  });
  app.get('/metrics/:id', async (c) => json(c, await getRow(await who(deps, c, 'metrics', 'show'), c.req.param('id'))));
};
