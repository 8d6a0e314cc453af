import type { ChartProps } from "./frame";

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
