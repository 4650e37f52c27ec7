import { DateInput, type DateInputProps } from 'react-admin';
import { useZonedDayBound } from './useZonedDayBound';

/**
 * A date filter bound whose days are the newsroom's, not the browser's (the times the lists
 * show are in its zone): "from" is the day's first instant there; `end` makes it a "to", the
 * day's last millisecond. Sent as UTC instants (`…_gte` / `…_lte`).
 */
export const ZonedDayInput = ({
  end = false,
  source,
  ...props
}: DateInputProps & { end?: boolean }) => {
  const { parse, format } = useZonedDayBound(source, end ? 'end' : 'start');
  return <DateInput source={source} parse={parse} format={format} {...props} />;
};
