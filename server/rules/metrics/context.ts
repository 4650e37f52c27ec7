import type { MetricFilter, Period } from '../../store/types';
import { dayNumber } from '../clock';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { parseFilter, parsePeriod, type Preset } from './params';

export interface AggregateRequest {
  period: Period;
  filter: MetricFilter;
  url: URL;
}

/** The period (ending on the last day with rows, normally today) and the filter of a request. */
export const aggregateRequest = async (ctx: Ctx, url: URL, fallback: Preset = '7d'): Promise<AggregateRequest> => {
  const today = dayNumber(ctx.deps.clock());
  const last = (await ctx.db.metrics.lastDay(today)) ?? today;
  return { period: parsePeriod(url, last, fallback), filter: await parseFilter(ctx, url), url };
};

/** A bounded integer query parameter (400 when present but not one). */
export const intParam = (url: URL, name: string, fallback: number, min: number, max: number): number => {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fail(400, `${name} must be an integer from ${min} to ${max}`, { errors: { [name]: `${min}-${max}` } });
};
