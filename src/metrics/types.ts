import type { Language, SharesByNetwork } from '../schemas';

/** The aggregation responses of the metrics contract (README, "Metrics aggregations"). */
export interface PeriodRange {
  from: string;
  to: string;
}
export interface Totals {
  views: number;
  shares: number;
  byNetwork: SharesByNetwork;
}
export interface Summary {
  period: PeriodRange;
  previousPeriod: PeriodRange;
  totals: Totals;
  previous: Totals;
}
export type Day = { date: string } & Totals;
export interface Series {
  period: PeriodRange;
  days: Day[];
}
export interface TopItem {
  articleId: number;
  title: string;
  lang: Language;
  categoryId: number | null;
  sectionId: number | null;
  sectionName: { en: string; ar: string } | null;
  authorId: number | null;
  authorName: string | null;
  publishedAt: string | null;
  views: number;
  shares: number;
  trend: number[];
}
export interface Top {
  period: PeriodRange;
  by: 'views' | 'shares';
  items: TopItem[];
}
export interface BreakdownItem extends Totals {
  key: number | string;
  name: { en: string; ar: string } | string | null;
}
export interface Breakdown {
  period: PeriodRange;
  items: BreakdownItem[];
}
export interface Review {
  note: string;
  reviewedBy: number;
  reviewerName: string | null;
  reviewedAt: string;
}
export interface Spike {
  id: string;
  articleId: number;
  date: string;
  views: number;
  median: number;
  ratio: number;
  title: string;
  lang: Language;
  review: Review | null;
}
export interface Spikes {
  period: PeriodRange;
  multiple: number;
  total: number;
  unreviewed: number;
  items: Spike[];
}
export interface ArticleSeries {
  articleId: number;
  period: PeriodRange;
  days: Day[];
}
