import "server-only";
import { Worker } from "node:worker_threads";
import { default_w } from "ts-fsrs";
import type { TrainingItem } from "./training-items";
import type { Fit } from "./types";

export interface OptimizeInput {
  /** What the trainer learns from. */
  train: TrainingItem[];
  /** What both parameter sets are measured on (the same items as `train` in the app; held-out ones in tests). */
  evaluate: TrainingItem[];
  /** The parameters in use now (null: FSRS's defaults). */
  currentParameters: readonly number[] | null;
  /** Called as training moves on (current of total, as fsrs-rs counts). */
  onProgress?: (current: number, total: number) => void;
  /** Give up after this long (the worker is stopped). */
  timeoutMs?: number;
  /** Stop the worker now (the student's account was deleted, or the training was taken over). */
  signal?: AbortSignal;
}

export interface OptimizeResult {
  parameters: number[];
  before: Fit;
  after: Fit;
}

type WorkerMessage =
  | { type: "progress"; current: number; total: number }
  | { type: "done"; parameters: number[]; before: Fit; after: Fit }
  | { type: "error"; message: string };

/**
 * Train FSRS parameters on a student's reviews with the official trainer
 * (@open-spaced-repetition/binding, fsrs-rs) in a worker thread, and measure the
 * current and the new parameters on `evaluate`.
 *
 * @example const { parameters, before, after } = await optimizeParameters({ train: items, evaluate: items, currentParameters: null });
 */
export function optimizeParameters(input: OptimizeInput): Promise<OptimizeResult> {
  const strip = (items: TrainingItem[]) => items.map((item) => ({ reviews: item.reviews }));
  const worker = new Worker(new URL("./optimizer-worker.mjs", import.meta.url), {
    workerData: {
      train: strip(input.train),
      evaluate: strip(input.evaluate),
      currentParameters: [...(input.currentParameters ?? default_w)],
    },
  });
  return new Promise<OptimizeResult>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: OptimizeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(() => finish(new Error("Training took too long and was stopped.")), input.timeoutMs ?? 10 * 60_000);
    // A stop (abort) answers at once but lets the worker end by itself: terminating it while the
    // trainer runs kills the whole process (napi panics in the trainer's progress callback, seen in
    // srs-training.test.ts), so it is terminated at its next done/error message instead.
    const stop = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error("Training was stopped."));
    };
    worker.on("message", (message: WorkerMessage) => {
      if (settled) {
        if (message.type !== "progress") void worker.terminate();
        return;
      }
      if (message.type === "progress") input.onProgress?.(message.current, message.total);
      else if (message.type === "done") finish(null, { parameters: message.parameters, before: message.before, after: message.after });
      else finish(new Error(message.message));
    });
    worker.on("error", (error) => finish(error));
    if (input.signal?.aborted) stop();
    input.signal?.addEventListener("abort", stop, { once: true });
    worker.on("exit", (code) => finish(new Error(`The training worker stopped (exit code ${code}).`)));
  });
}
