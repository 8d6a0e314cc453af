/**
 * A progress bar with its numbers for screen readers: today's study, a quiz's
 * answered questions, an FSRS training. An empty bar (max 0) shows as full.
 */
export function ProgressBar({
  label,
  value,
  max,
  valueText,
  minPercent = 0,
}: {
  label: string;
  value: number;
  max: number;
  valueText: string;
  /** The fill never shows narrower than this, so a bar that has started is seen to have started. */
  minPercent?: number;
}) {
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  return (
    <div
      className="bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <span style={{ width: `${Math.max(percent, minPercent)}%` }} />
    </div>
  );
}
