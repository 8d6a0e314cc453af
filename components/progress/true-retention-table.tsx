import type { RetentionCell, RetentionRow } from "@/lib/progress/true-retention";
import { MATURE_INTERVAL_DAYS } from "@/lib/progress/true-retention";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function Cell({ cell, desired }: { cell: RetentionCell; desired: number }) {
  if (cell.retention === null) return <td className="muted">–</td>;
  const isBelow = cell.retention < desired;
  return (
    <td className={isBelow ? "is-below" : "is-better"}>
      {percent(cell.retention)}{" "}
      <span className="small muted">
        ({cell.passed} of {cell.passed + cell.failed})
      </span>
      {isBelow ? <span className="visually-hidden"> below your desired retention</span> : null}
    </td>
  );
}

/**
 * Anki's True Retention table: the retention the student achieved on review
 * cards, young and mature, next to the retention they asked for.
 */
export function TrueRetentionTable({ rows, desiredRetention }: { rows: RetentionRow[]; desiredRetention: number }) {
  return (
    <div className="table-scroll" role="region" aria-label="True retention table" tabIndex={0}>
      <table className="retention-table">
        <caption>
          Reviews recalled (Hard, Good or Easy) out of all reviews of cards in review. Young: interval under {MATURE_INTERVAL_DAYS} days;
          mature: {MATURE_INTERVAL_DAYS} days or more.
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Young</th>
            <th scope="col">Mature</th>
            <th scope="col">All</th>
            <th scope="col">Desired</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.label}</th>
              <Cell cell={row.young} desired={desiredRetention} />
              <Cell cell={row.mature} desired={desiredRetention} />
              <Cell cell={row.total} desired={desiredRetention} />
              <td>{percent(desiredRetention)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
