import { DAY_MS } from '../rules/clock';

const dates = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * `new Date(ms).toISOString()`, at less than half its cost: the seed formats some 200,000
 * instants (four per article at 50,000 articles) over a few hundred days, so the date part is
 * formatted once per day and the time of day by arithmetic. Whole milliseconds, as Date keeps.
 */
export const iso = (instant: number): string => {
  const ms = Math.trunc(instant);
  const day = Math.floor(ms / DAY_MS);
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dates.set(day, date);
  }
  const t = ms - day * DAY_MS;
  const time = `${two(Math.floor(t / 3_600_000))}:${two(Math.floor(t / 60_000) % 60)}:${two(Math.floor(t / 1000) % 60)}`;
  return `${date}${time}.${three(t % 1000)}Z`;
};
