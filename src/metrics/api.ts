import { useQuery } from '@tanstack/react-query';
import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/** What a dashboard request asks for: a preset or a custom range, and a filter. */
export type PeriodChoice = { preset: 'today' | '7d' | '30d' | '90d' } | { from: string; to: string };
export interface MetricsFilter {
  lang?: string;
  section?: number;
}

export const periodParams = (p: PeriodChoice): Record<string, string> =>
  'preset' in p ? { period: p.preset } : { from: p.from, to: p.to };

const url = (path: string, params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  return `${apiUrl}/metrics/${path}${q.size ? `?${q}` : ''}`;
};

export const getMetrics = async <T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> =>
  (await httpClient(url(path, params))).json as T;

export const postMetrics = async <T>(path: string, body: unknown): Promise<T> =>
  (await httpClient(url(path, {}), { method: 'POST', body: JSON.stringify(body) })).json as T;

/**
 * One aggregation, cached by react-query under ['metrics', path, params]: the server sums, the
 * browser only shows. A review invalidates every key starting with 'metrics'.
 */
export const useMetrics = <T>(path: string, params: Record<string, string | number | undefined>, enabled = true) =>
  useQuery({
    queryKey: ['metrics', path, params],
    queryFn: () => getMetrics<T>(path, params),
    enabled,
    placeholderData: (previous) => previous,
  });

export const filterParam = (f: MetricsFilter) => {
  const clean = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
  return Object.keys(clean).length ? JSON.stringify(clean) : undefined;
};
