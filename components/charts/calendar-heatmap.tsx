import { scaleQuantize } from "d3-scale";
import { axisLabelAt } from "./frame";

export interface HeatDay {
  /** ISO date of the study day. */
  date: string;
  count: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

// CSS variables (app/styles/tokens.css), so the calendar follows light and dark mode.
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
            {isMonthStart ? <MonthLabel x={left + week * (cell + gap)} date={day.date} width={width} /> : null}
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

/** A month's name over its first week, kept whole at the drawing's right edge (B11). */
function MonthLabel({ x, date, width }: { x: number; date: string; width: number }) {
  const name = new Date(`${date}T12:00:00Z`).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  return (
    <text className="axis" y={10} {...axisLabelAt(x, name, width, "start")}>
      {name}
    </text>
  );
}
