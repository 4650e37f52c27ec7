import { networks } from '../schemas';
import type { Breakdown, Series, Summary, Top } from '../metrics/types';

type Cell = string | number | null | undefined;
const cell = (v: Cell) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const rows = (lines: Cell[][]) => lines.map((l) => l.map(cell).join(',')).join('\r\n');

export interface OnScreen {
  summary: Summary;
  series: Series;
  top: Top;
  sections: Breakdown;
  /** Translated headings, as on screen; figures stay plain numbers for spreadsheets. */
  label: (key: string) => string;
  sectionLabel: (item: Breakdown['items'][number]) => string;
  topSectionLabel: (item: Top['items'][number]) => string;
}

/** What the dashboard shows, as one CSV file of blocks separated by blank lines. */
export const dashboardCsv = ({
  summary,
  series,
  top,
  sections,
  label,
  sectionLabel,
  topSectionLabel,
}: OnScreen): string => {
  const net = networks.map((n) => label(`networks.${n}`));
  return [
    rows([
      [label('csv.period'), summary.period.from, summary.period.to],
      [label('csv.previous'), summary.previousPeriod.from, summary.previousPeriod.to],
    ]),
    rows([
      ['', label('cards.views'), label('cards.shares'), ...net],
      [
        summary.period.from,
        summary.totals.views,
        summary.totals.shares,
        ...networks.map((n) => summary.totals.byNetwork[n]),
      ],
      [
        summary.previousPeriod.from,
        summary.previous.views,
        summary.previous.shares,
        ...networks.map((n) => summary.previous.byNetwork[n]),
      ],
    ]),
    rows([
      [label('chart.date'), label('chart.views'), label('chart.shares'), ...net],
      ...series.days.map((d) => [
        d.date,
        d.views,
        d.shares,
        ...networks.map((n) => d.byNetwork[n]),
      ]),
    ]),
    rows([
      [
        label('top.rank'),
        'id',
        label('top.article'),
        label('top.section'),
        label('top.author'),
        label('top.language'),
        label('top.published'),
        label('top.views'),
        label('top.shares'),
      ],
      ...top.items.map((a, i) => [
        i + 1,
        a.articleId,
        a.title,
        topSectionLabel(a),
        a.authorName,
        a.lang,
        a.publishedAt,
        a.views,
        a.shares,
      ]),
    ]),
    rows([
      [label('sections.section'), label('sections.views'), label('sections.shares')],
      ...sections.items.map((s) => [sectionLabel(s), s.views, s.shares]),
    ]),
  ].join('\r\n\r\n');
};
