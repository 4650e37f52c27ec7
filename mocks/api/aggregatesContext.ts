import { nowMs } from '../clock';
import { getDb, type Db } from '../db';
import { metricIndex, type MetricIndex } from '../aggregate/index';
import { parseFilter, parsePeriod, segmentMask, type Period, type Preset } from '../aggregate/params';
import { fail } from './http';
import { authorize } from './session';

export interface AggregateContext {
  db: Db;
  index: MetricIndex;
  period: Period;
  mask: Uint8Array;
  userId: number;
}

/**
 * What every aggregation needs from a request: the signed-in user allowed `action` on metrics
 * (401/403), the period and filter (400 with `errors`), the current index and the kept segments.
 */
export const aggregateContext = (
  request: Request,
  action: 'list' | 'review' = 'list',
  fallback: Preset = '7d',
): AggregateContext | Response => {
  const who = authorize(request, 'metrics', action);
  if (who instanceof Response) return who;
  const url = new URL(request.url);
  const db = getDb();
  const index = metricIndex(db, nowMs());
  const period = parsePeriod(url, index.window.last, fallback);
  if ('field' in period) return fail(400, period.message, { errors: { [period.field]: period.message } });
  const filter = parseFilter(url);
  if ('field' in filter) return fail(400, filter.message, { errors: { [filter.field]: filter.message } });
  return { db, index, period, mask: segmentMask(db, index, filter), userId: who.user.id };
};

/** A bounded integer query parameter, or null when it is present but not one. */
export const intParam = (url: URL, name: string, fallback: number, min: number, max: number): number | null => {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};
