import { classNames } from './widget-text';

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  /** Values, oldest first. Non-finite values are skipped. */
  values: readonly number[];
  /** Accessible name (e.g. "p50 120 ms, last 340 ms"). Without it the graphic is hidden from assistive technology. */
  label?: string;
  /** Only the newest `maxPoints` values are drawn. Default 30. */
  maxPoints?: number;
  /** Default 96. */
  width?: number;
  /** Default 24. */
  height?: number;
  className?: string;
  /** Render no `rsp-*` class names. */
  unstyled?: boolean;
}

const PAD = 2;

/** Points of the polyline, scaled into the box; a flat series is drawn through the middle. */
export function sparklinePoints(values: readonly number[], width: number, height: number): [number, number][] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const innerW = Math.max(0, width - 2 * PAD);
  const innerH = Math.max(0, height - 2 * PAD);
  const stepX = values.length > 1 ? innerW / (values.length - 1) : 0;
  return values.map((v, i) => {
    const x = values.length > 1 ? PAD + i * stepX : width / 2;
    const y = span === 0 ? height / 2 : PAD + innerH - ((v - min) / span) * innerH;
    return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
  });
}

/**
 * A tiny inline SVG line chart (no dependencies, renders on the server). With
 * a `label` it is an image with that accessible name; without, it is
 * decorative. `data-state="empty"` when there is nothing to draw.
 */
export function Sparkline({ values, label, maxPoints = 30, width = 96, height = 24, className, unstyled = false }: SparklineProps) {
  const series = values.filter((v) => Number.isFinite(v)).slice(-Math.max(1, maxPoints));
  const points = sparklinePoints(series, width, height);
  const last = points[points.length - 1];
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      className={classNames(unstyled ? undefined : 'rsp-sparkline', className)}
      data-state={points.length === 0 ? 'empty' : 'ready'}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      focusable="false"
      {...a11y}
    >
      {points.length > 1 ? (
        <polyline
          points={points.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ) : null}
      {last ? <circle cx={last[0]} cy={last[1]} r={2} fill="currentColor" /> : null}
    </svg>
  );
}
