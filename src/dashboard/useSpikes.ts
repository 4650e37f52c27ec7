import { useStore } from 'react-admin';
import { periodParams, useMetrics, type PeriodChoice } from '../metrics/api';
import type { Spikes } from '../metrics/types';

export const multiples = [3, 5, 10] as const;

/** The spikes of the period at the chosen threshold (a setting kept in the store, default 5×). */
export const useSpikes = (period: PeriodChoice, showReviewed = false) => {
  const [multiple, setMultiple] = useStore<number>('nd.dashboard.spikeMultiple', 5);
  const query = useMetrics<Spikes>('spikes', {
    ...periodParams(period),
    multiple,
    limit: 100,
    reviewed: showReviewed ? undefined : 'false',
  });
  return { ...query, multiple, setMultiple };
};
