import { scaleBand, scaleLinear, scaleQuantize } from "d3-scale";
import { line } from "d3-shape";
import type { ReactNode } from "react";

/**
 * Charts drawn on the server as plain SVG with d3's scales and shapes: no
 * chart code is sent to the browser, they scale to the width of a phone, and
 * each has a title, a one-line summary and (in the page) a data table for
 * screen readers.
 */

/** The wide drawing; phones get a narrow one (see Responsive) so the text stays readable. */
const WIDE = 640;
const NARROW = 360;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 10, bottom: 28, left: 36 };

function Frame({
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

function YAxis({
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

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface StackedDatum {
  label: string;
  /** Short label under the bar; shown only for some bars. */
  tick?: string;
  values: Record<string, number>;
}

interface ChartProps {
  title: string;
  summary: string;
}

/** Both drawings of a chart: the wide one for screens, the narrow one for phones (CSS shows one). */
function Responsive({ render }: { render: (width: number) => ReactNode }) {
  return (
    <>
      <div className="only-wide">{render(WIDE)}</div>
      <div className="only-narrow">{render(NARROW)}</div>
    </>
  );
}

/** Stacked columns, e.g. reviews per day by rating, or due cards per day. */
export function StackedBars(props: ChartProps & { data: StackedDatum[]; series: Series[] }) {
  return <Responsive render={(width) => <StackedBarsAt {...props} width={width} />} />;
}

function StackedBarsAt({ title, summary, data, series, width }: ChartProps & { data: StackedDatum[]; series: Series[]; width: number }) {
  let shown = 0;
  const ticks = data.map((d) => (d.tick && (width >= WIDE || shown++ % 2 === 0) ? d.tick : undefined));
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const x = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([MARGIN.left, width - MARGIN.right])
    .paddingInner(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <Frame title={title} summary={summary} width={width}>
      <YAxis ticks={y.ticks(4)} y={y} width={width} />
      {data.map((datum, i) => {
        let base = 0;
        return (
          <g key={datum.label}>
            <title>{`${datum.label}: ${series.map((s) => `${datum.values[s.key] ?? 0} ${s.label}`).join(", ")}`}</title>
            {series.map((s) => {
              const value = datum.values[s.key] ?? 0;
              if (value === 0) return null;
              const top = y(base + value);
              const bottom = y(base);
              base += value;
              return (
                <rect key={s.key} x={x(i)} width={x.bandwidth()} y={top} height={Math.max(0, bottom - top)} style={{ fill: s.color }} />
              );
            })}
            {ticks[i] ? (
              <text className="axis" x={(x(i) ?? 0) + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {ticks[i]}
              </text>
            ) : null}
          </g>
        );
      })}
    </Frame>
  );
}

export interface LinePoint {
  label: string;
  tick?: string;
  value: number;
}

/** A line with points over 0–100 %, e.g. quiz scores over time. */
export function PercentLine(props: ChartProps & { points: LinePoint[]; target?: number }) {
  return <Responsive render={(width) => <PercentLineAt {...props} width={width} />} />;
}

function PercentLineAt({ title, summary, points, target, width }: ChartProps & { points: LinePoint[]; target?: number; width: number }) {
  let shown = 0;
  const ticks = points.map((p) => (p.tick && (width >= WIDE || shown++ % 2 === 0) ? p.tick : undefined));
  const x = scaleLinear()
    .domain([0, Math.max(1, points.length - 1)])
    .range([MARGIN.left + 12, width - MARGIN.right - 12]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<LinePoint>()
    .x((_, i) => x(i))
    .y((p) => y(p.value))(points);
  return (
    <Frame title={title} summary={summary} width={width}>
      <YAxis ticks={[0, 25, 50, 75, 100]} y={y} width={width} format={(v) => `${v}%`} />
      {target !== undefined ? (
        <line className="target-line" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(target)} y2={y(target)} />
      ) : null}
      {path ? <path d={path} className="line" /> : null}
      {points.map((point, i) => (
        <g key={`${point.label}-${i}`}>
          <circle cx={x(i)} cy={y(point.value)} r={4} className="dot">
            <title>{`${point.label}: ${point.value}%`}</title>
          </circle>
          {ticks[i] ? (
            <text className="axis" x={x(i)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
              {ticks[i]}
            </text>
          ) : null}
        </g>
      ))}
    </Frame>
  );
}

export interface HBarDatum {
  label: string;
  /** 0–1 */
  share: number;
  detail: string;
}

/**
 * Horizontal bars of a share (0–100 %), one per row with its label above: plain
 * HTML, so the labels wrap and stay readable on a phone. The list is the chart's
 * text alternative too.
 */
export function ShareBars({ title, summary, data }: ChartProps & { data: HBarDatum[] }) {
  return (
    <figure className="share-bars">
      <figcaption className="visually-hidden">
        {title}. {summary}
      </figcaption>
      <ul>
        {data.map((datum) => (
          <li key={datum.label}>
            <span className="share-label">{datum.label}</span>
            <span className="share-row">
              <span className="share-track" aria-hidden="true">
                <span style={{ width: `${Math.round(datum.share * 100)}%` }} />
              </span>
              <span className="share-value">
                {Math.round(datum.share * 100)}% <span className="visually-hidden">({datum.detail})</span>
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface HeatDay {
  /** ISO date of the study day. */
  date: string;
  count: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

// CSS variables (globals.css), so the calendar follows light and dark mode.
const HEAT_COLORS = ["var(--heat-0)", "var(--heat-1)", "var(--heat-2)", "var(--heat-3)", "var(--heat-4)"];

/** A calendar of study days: one column a week, one row a weekday, darker for more reviews. */
export function CalendarHeatmap({ title, summary, days }: { title: string; summary: string; days: HeatDay[] }) {
  const cell = 12;
  const gap = 3;
  const left = 26;
  const top = 16;
  const firstWeekday = days[0]?.weekday ?? 0;
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  const width = left + weeks * (cell + gap);
  const height = top + 7 * (cell + gap);
  const max = Math.max(1, ...days.map((d) => d.count));
  const shade = scaleQuantize<string>().domain([1, max]).range(HEAT_COLORS.slice(1));
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <svg className="chart heatmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {["Mon", "Wed", "Fri"].map((name, i) => (
        <text key={name} className="axis" x={0} y={top + i * 2 * (cell + gap) + cell - 2}>
          {name}
        </text>
      ))}
      {days.map((day, i) => {
        const index = i + firstWeekday;
        const week = Math.floor(index / 7);
        const isMonthStart = day.date.endsWith("-01");
        return (
          <g key={day.date}>
            {isMonthStart ? (
              <text className="axis" x={left + week * (cell + gap)} y={10}>
                {new Date(`${day.date}T12:00:00Z`).toLocaleString("en-GB", { month: "short", timeZone: "UTC" })}
              </text>
            ) : null}
            <rect
              x={left + week * (cell + gap)}
              y={top + day.weekday * (cell + gap)}
              width={cell}
              height={cell}
              rx={2}
              style={{ fill: day.count === 0 ? HEAT_COLORS[0] : shade(day.count) }}
            >
              <title>{`${day.date}: ${day.count} review${day.count === 1 ? "" : "s"}`}</title>
            </rect>
          </g>
        );
      })}
    </svg>
  );
}

export function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="legend-list small" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ background: s.color }} /> {s.label}
        </li>
      ))}
    </ul>
  );
}
