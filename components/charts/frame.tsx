import type { ReactNode } from "react";

/**
 * Charts drawn on the server as plain SVG with d3's scales and shapes: no
 * chart code is sent to the browser, they scale to the width of a phone, and
 * each has a title, a one-line summary and (in the page) a data table for
 * screen readers.
 */

/** The wide drawing; phones get a narrow one (see Responsive) so the text stays readable. */
export const WIDE = 640;
export const NARROW = 360;
export const HEIGHT = 220;
export const MARGIN = { top: 10, right: 10, bottom: 28, left: 36 };

/** About an axis label's width: 11 px system-ui runs under 6.5 px a character. */
const AXIS_CHAR_WIDTH = 6.5;

/**
 * Where to draw an axis label meant to sit at `x` (centred, or starting there) so that it stays
 * whole inside a drawing `width` wide: the last day's "1 Dec" or the calendar's last month ("Dec")
 * was cut to "De" at the right edge (B11). Pure.
 */
export function axisLabelAt(
  x: number,
  text: string,
  width: number,
  align: "middle" | "start" = "middle",
): { x: number; textAnchor: "start" | "middle" | "end" } {
  const size = text.length * AXIS_CHAR_WIDTH;
  const left = align === "middle" ? x - size / 2 : x;
  if (left + size > width) return { x: width, textAnchor: "end" };
  if (left < 0) return { x: 0, textAnchor: "start" };
  return { x, textAnchor: align };
}

export function Frame({
  title,
  summary,
  children,
  width,
  height = HEIGHT,
}: {
  title: string;
  summary: string;
  children: ReactNode;
  width: number;
  height?: number;
}) {
  const id = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${width}`;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {children}
    </svg>
  );
}

export function YAxis({
  ticks,
  y,
  width,
  format = String,
}: {
  ticks: number[];
  y: (value: number) => number;
  width: number;
  format?: (value: number) => string;
}) {
  return (
    <g className="axis">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} className="grid-line" />
          <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface ChartProps {
  title: string;
  summary: string;
}

/** Both drawings of a chart: the wide one for screens, the narrow one for phones (CSS shows one). */
export function Responsive({ render }: { render: (width: number) => ReactNode }) {
  return (
    <>
      <div className="only-wide">{render(WIDE)}</div>
      <div className="only-narrow">{render(NARROW)}</div>
    </>
  );
}
