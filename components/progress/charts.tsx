import { scaleBand, scaleLinear, scaleQuantize } from "d3-scale";
import { line } from "d3-shape";
import type { ReactNode } from "react";

/**
 * Charts drawn on the server as plain SVG with d3's scales and shapes: no
 * chart code is sent to the browser, they scale to the width of a phone, and
 * each has a title, a one-line summary and (in the page) a data table for
 * screen readers.
 */

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 10, bottom: 28, left: 36 };

function Frame({ title, summary, children, height = HEIGHT }: { title: string; summary: string; children: ReactNode; height?: number }) {
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {children}
    </svg>
  );
}

function YAxis({ ticks, y, format = String }: { ticks: number[]; y: (value: number) => number; format?: (value: number) => string }) {
  return (
    <g className="axis">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} className="grid-line" />
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

/** Stacked columns, e.g. reviews per day by rating, or due cards per day. */
export function StackedBars({ title, summary, data, series }: { title: string; summary: string; data: StackedDatum[]; series: Series[] }) {
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const x = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <Frame title={title} summary={summary}>
      <YAxis ticks={y.ticks(4)} y={y} />
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
              return <rect key={s.key} x={x(i)} width={x.bandwidth()} y={top} height={Math.max(0, bottom - top)} fill={s.color} />;
            })}
            {datum.tick ? (
              <text className="axis" x={(x(i) ?? 0) + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {datum.tick}
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
export function PercentLine({ title, summary, points, target }: { title: string; summary: string; points: LinePoint[]; target?: number }) {
  const x = scaleLinear()
    .domain([0, Math.max(1, points.length - 1)])
    .range([MARGIN.left + 12, WIDTH - MARGIN.right - 12]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<LinePoint>()
    .x((_, i) => x(i))
    .y((p) => y(p.value))(points);
  return (
    <Frame title={title} summary={summary}>
      <YAxis ticks={[0, 25, 50, 75, 100]} y={y} format={(v) => `${v}%`} />
      {target !== undefined ? <line className="target-line" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(target)} y2={y(target)} /> : null}
      {path ? <path d={path} className="line" /> : null}
      {points.map((point, i) => (
        <g key={`${point.label}-${i}`}>
          <circle cx={x(i)} cy={y(point.value)} r={4} className="dot">
            <title>{`${point.label}: ${point.value}%`}</title>
          </circle>
          {point.tick ? (
            <text className="axis" x={x(i)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
              {point.tick}
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

/** Horizontal bars of a share (0–100 %), one per row, with the label above each bar: reads well on a phone. */
export function ShareBars({ title, summary, data }: { title: string; summary: string; data: HBarDatum[] }) {
  const row = 38;
  const height = data.length * row + 8;
  const x = scaleLinear()
    .domain([0, 1])
    .range([0, WIDTH - 60]);
  return (
    <Frame title={title} summary={summary} height={height}>
      {data.map((datum, i) => (
        <g key={datum.label} transform={`translate(0,${i * row + 4})`}>
          <text className="bar-label" y={12}>
            {datum.label}
          </text>
          <rect className="bar-track" y={17} width={x(1)} height={12} rx={6} />
          <rect className="bar-fill" y={17} width={Math.max(datum.share > 0 ? 6 : 0, x(datum.share))} height={12} rx={6} />
          <text className="bar-value" x={x(1) + 8} y={28}>
            {Math.round(datum.share * 100)}%
          </text>
          <title>{`${datum.label}: ${datum.detail}`}</title>
        </g>
      ))}
    </Frame>
  );
}

export interface HeatDay {
  /** ISO date of the study day. */
  date: string;
  count: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

const HEAT_COLORS = ["#e4e7f0", "#c6d3fb", "#8ea8f3", "#5277e6", "#2b4fc4"];

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
              fill={day.count === 0 ? HEAT_COLORS[0] : shade(day.count)}
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
