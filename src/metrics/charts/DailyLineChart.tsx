import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material/styles';

export interface DailyLineChartProps {
  data: { label: string; views: number; shares: number }[];
  names: { views: string; shares: string };
  formatNumber: (n: number) => string;
  /** Right to left: time runs from right to left and the value axis sits on the right. */
  rtl: boolean;
  height?: number;
}

/**
 * Views and shares per day, the only module that imports recharts: it is loaded with
 * React.lazy, so the chart library stays out of every other page's JavaScript. Shares get their
 * own axis: they are a few percent of views and would lie flat on the views scale.
 */
const DailyLineChart = ({ data, names, formatNumber, rtl, height = 280 }: DailyLineChartProps) => {
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
        <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis yAxisId="views" orientation={rtl ? 'right' : 'left'} tickFormatter={formatNumber} tick={{ fontSize: 12 }} width={64} />
        <YAxis yAxisId="shares" orientation={rtl ? 'left' : 'right'} tickFormatter={formatNumber} tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(v) => formatNumber(Number(v))} contentStyle={{ direction: rtl ? 'rtl' : 'ltr' }} />
        <Legend wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }} />
        <Line yAxisId="views" type="monotone" dataKey="views" name={names.views} stroke={theme.palette.primary.main} dot={false} strokeWidth={2} isAnimationActive={false} />
        <Line yAxisId="shares" type="monotone" dataKey="shares" name={names.shares} stroke={theme.palette.secondary.main} dot={false} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
};
export default DailyLineChart;
