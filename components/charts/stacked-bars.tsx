import { scaleBand, scaleLinear } from "d3-scale";
import { axisLabelAt, Frame, HEIGHT, MARGIN, Responsive, WIDE, YAxis, type ChartProps } from "./frame";

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
              <text className="axis" y={HEIGHT - MARGIN.bottom + 16} {...axisLabelAt((x(i) ?? 0) + x.bandwidth() / 2, ticks[i], width)}>
                {ticks[i]}
              </text>
            ) : null}
          </g>
        );
      })}
    </Frame>
  );
}

/** The series' colours, for a sighted reader (the chart's title and table say the rest). */
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
