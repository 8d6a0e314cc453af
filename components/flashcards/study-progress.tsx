import type { StudyView } from "@/lib/srs/types";
import { ProgressBar } from "@/components/ui/progress-bar";

/** Today's study so far: done, and what is left by kind. */
export function StudyProgress({ view }: { view: StudyView }) {
  const remaining = view.counts.new + view.counts.learning + view.counts.review;
  const total = view.doneToday + remaining;
  return (
    <div className="study-progress">
      <ProgressBar
        label={view.cram ? "This cram session" : "Today's study"}
        value={view.doneToday}
        max={total}
        valueText={`${view.doneToday} done, ${remaining} to go`}
      />
      <p className="counts small" aria-live="polite">
        <span>{view.doneToday} done</span>
        <span className="count-new" title="New cards">
          {view.counts.new} new
        </span>
        <span className="count-learning" title="Learning cards">
          {view.counts.learning} learning
        </span>
        <span className="count-review" title="Review cards">
          {view.counts.review} review
        </span>
      </p>
    </div>
  );
}
