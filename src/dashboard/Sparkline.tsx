/**
 * A small trend line drawn as one SVG polyline (no chart library for a table cell). Mirrored in
 * right-to-left layouts so time runs the way the page reads. The label says what it shows.
 */
export const Sparkline = ({
  values,
  label,
  rtl,
  width = 96,
  height = 24,
}: {
  values: number[];
  label: string;
  rtl: boolean;
  width?: number;
  height?: number;
}) => {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={rtl ? { transform: 'scaleX(-1)' } : undefined}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
};
