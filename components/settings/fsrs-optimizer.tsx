"use client";
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import {
  discardParametersAction,
  getOptimizationAction,
  keepParametersAction,
  startOptimizationAction,
  restoreDefaultParametersAction,
} from "@/lib/srs/actions";
import type { OptimizationView } from "@/lib/srs/types";
import { ActionMessage } from "@/components/ui/action-message";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useActionRunner } from "@/components/ui/use-action-runner";

const POLL_MS = 1000;
const number = new Intl.NumberFormat("en");

function FitTable({ view }: { view: OptimizationView }) {
  if (!view.before || !view.after) return null;
  const rows = [
    { label: "Log loss", before: view.before.logLoss, after: view.after.logLoss },
    { label: "RMSE", before: view.before.rmse, after: view.after.rmse },
  ];
  return (
    <table className="fit-table">
      <caption>How well FSRS predicts your recall on your own {number.format(view.reviewCount)} reviews (lower is better)</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Current parameters</th>
          <th scope="col">Trained parameters</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.before.toFixed(4)}</td>
            <td className={r.after < r.before ? "is-better" : undefined}>{r.after.toFixed(4)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Optimize my parameters": starts a training on the server, shows its progress
 * (polling while it runs), then the before/after fit with Keep and Discard.
 */
export function FsrsOptimizer({ initialView }: { initialView: OptimizationView }) {
  const [view, setView] = useState(initialView);
  const { run: runAction, isPending, message } = useActionRunner();
  const isRunning = view.status === "running";

  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(async () => {
      try {
        const result = await getOptimizationAction();
        if (result.ok) setView(result.data);
      } catch {
        // A missed poll is retried on the next tick.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [isRunning]);

  const run = (action: () => Promise<ActionResult<OptimizationView>>) =>
    runAction(action, {
      onSuccess: (next, text) => {
        setView(next);
        return text;
      },
    });

  const percent = Math.round(view.progress * 100);
  const seconds = view.durationMs === null ? null : (view.durationMs / 1000).toFixed(1);
  return (
    <section className="card stack" aria-labelledby="fsrs-heading">
      <h2 id="fsrs-heading">FSRS parameters</h2>
      <p>
        {view.isUsingTrained
          ? "Your schedule uses parameters trained on your own reviews."
          : "Your schedule uses FSRS's default parameters, fitted to millions of other students' reviews."}{" "}
        Training fits them to how you remember.
      </p>
      <p className="muted small">
        Your history: {number.format(view.history.reviews)} reviews of {number.format(view.history.cards)} cards.
        {view.history.isEnough ? "" : " Training needs at least 400 reviews across 100 cards."}
      </p>

      <ActionMessage message={message} />

      {isRunning ? (
        <div className="stack" aria-live="polite">
          <p>
            Training on {number.format(view.reviewCount)} reviews of {number.format(view.cardCount)} cards… You can keep studying meanwhile.
          </p>
          <ProgressBar label="Training progress" value={percent} max={100} valueText={`${percent}%`} minPercent={3} />
          <p className="small muted">{percent}% done</p>
        </div>
      ) : null}

      {view.status === "failed" && view.error ? <Alert tone="error">{view.error}</Alert> : null}

      {view.status === "done" ? (
        <div className="stack">
          <p role="status">
            Training finished: {number.format(view.reviewCount)} reviews in {seconds} s.
          </p>
          <FitTable view={view} />
          <div className="actions">
            <button type="button" className="btn btn-primary" disabled={isPending} onClick={() => run(keepParametersAction)}>
              Keep new parameters
            </button>
            <button type="button" className="btn" disabled={isPending} onClick={() => run(discardParametersAction)}>
              Discard
            </button>
          </div>
        </div>
      ) : null}

      {view.status === "kept" && view.isUsingTrained ? <FitTable view={view} /> : null}

      {!isRunning && view.status !== "done" ? (
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={isPending || !view.history.isEnough}
            onClick={() => run(startOptimizationAction)}
          >
            {isPending ? "Starting…" : "Optimize my parameters"}
          </button>
          {view.isUsingTrained ? (
            <button type="button" className="btn" disabled={isPending} onClick={() => run(restoreDefaultParametersAction)}>
              Use default parameters
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
