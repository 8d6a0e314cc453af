import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { axisLabelAt, Frame, HEIGHT, MARGIN, Responsive, WIDE, YAxis, type ChartProps } from "./frame";

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
            <text className="axis" y={HEIGHT - MARGIN.bottom + 16} {...axisLabelAt(x(i), ticks[i], width)}>
              {ticks[i]}
            </text>
          ) : null}
        </g>
      ))}
    </Frame>
  );
}
