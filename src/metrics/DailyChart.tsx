import { lazy, Suspense } from 'react';
import Skeleton from '@mui/material/Skeleton';
import { visuallyHidden } from '@mui/utils';
import type { Day } from './types';
import type { MetricsFormat } from './format';

const DailyLineChart = lazy(() => import('./charts/DailyLineChart'));

interface DailyChartProps {
  days: Day[];
  names: { views: string; shares: string; date: string };
  /** What the chart shows, read by screen readers instead of the drawing. */
  summary: string;
  fmt: MetricsFormat;
  height?: number;
}

/**
 * A daily views-and-shares chart with its text alternative: the drawing is hidden from
 * assistive technology, which reads a summary and a visually hidden table of every day.
 */
export const DailyChart = ({ days, names, summary, fmt, height = 280 }: DailyChartProps) => (
  <figure style={{ margin: 0 }}>
    <div aria-hidden="true">
      <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
        <DailyLineChart
          data={days.map((d) => ({ label: fmt.shortDay(d.date), views: d.views, shares: d.shares }))}
          names={names}
          formatNumber={fmt.num}
          rtl={fmt.rtl}
          height={height}
        />
      </Suspense>
    </div>
    <figcaption style={visuallyHidden}>{summary}</figcaption>
    <table style={visuallyHidden}>
      <thead>
        <tr>
          <th scope="col">{names.date}</th>
          <th scope="col">{names.views}</th>
          <th scope="col">{names.shares}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date}>
            <th scope="row">{fmt.day(d.date)}</th>
            <td>{fmt.num(d.views)}</td>
            <td>{fmt.num(d.shares)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </figure>
);
