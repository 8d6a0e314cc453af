// @ts-check
// The FSRS trainer's worker thread: it runs @open-spaced-repetition/binding (fsrs-rs)
// so neither training nor measuring blocks the server's event loop. Plain JavaScript,
// loaded by Node itself in tests and bundled as its own entry by Next.js.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { parentPort, workerData } from "node:worker_threads";

/**
 * @typedef {{ reviews: { rating: number; deltaT: number }[] }} Item
 * @typedef {{ train: Item[]; evaluate: Item[]; currentParameters: number[] }} Job
 */

/** @param {Item[]} items */
function toBindingItems(items) {
  return items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

/** @param {number[]} parameters @param {FSRSBindingItem[]} items */
function measure(parameters, items) {
  const { logLoss, rmseBins } = new FSRSBinding(parameters).evaluate(items);
  return { logLoss, rmse: rmseBins };
}

async function run(/** @type {Job} */ job) {
  const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
  const train = toBindingItems(job.train);
  const evaluate = toBindingItems(job.evaluate);
  const before = measure(job.currentParameters, evaluate);
  port.postMessage({ type: "progress", current: 0, total: 1 });
  const parameters = await computeParameters(train, {
    enableShortTerm: true,
    numRelearningSteps: 1,
    timeout: 250,
    progress: (current, total) => {
      port.postMessage({ type: "progress", current, total });
    },
  });
  const after = measure(parameters, evaluate);
  port.postMessage({ type: "done", parameters, before, after });
}

run(/** @type {Job} */ (workerData)).catch((error) => {
  parentPort?.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
});
