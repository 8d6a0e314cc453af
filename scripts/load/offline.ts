// The offline phase's step: a student rates cards with no network (each rating queued with its
// request key and the moment it was made, as lib/offline/ keeps them on the device), then syncs the
// queue in bursts to the instances, as the page's sync client does (lib/offline/sync-client.ts). A
// burst whose answer is lost (its instance killed) is sent again, on the other instance if need
// be: the request keys make that safe, and checkReviews then finds each rating stored once.
import path from "node:path";
import { loadBank } from "@/lib/content/read";
import { activeFlashcards } from "@/lib/content/retire";
import type { SyncResponse } from "@/lib/sync/types";
import type { Step } from "./student";

/** Ratings per sync request: small, so a student's queue takes several requests and a kill falls between them. */
const BURST = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const flashcardIds = activeFlashcards(loadBank(path.join(process.cwd(), "content"))).map((card) => card.id);

export const studyOfflineThenSync: Step = async (student) => {
  const { ctx, ledger } = student;
  // A handful of cards, each rated several times: the server replays each card's log in time order.
  const first = Math.floor(ctx.random() * (flashcardIds.length - 10));
  const cards = flashcardIds.slice(first, first + 10);
  const queue = [];
  for (let i = 0; i < ctx.ratingsPerStudent; i++) {
    await sleep(5 + Math.floor(ctx.random() * 20));
    queue.push({
      kind: "rate" as const,
      requestId: `${ctx.phase}-${ledger.index}-${i}-${Math.floor(ctx.random() * 1e9).toString(36)}`,
      flashcardId: cards[Math.floor(ctx.random() * cards.length)]!,
      rating: 1 + Math.floor(ctx.random() * 4),
      durationMs: 3_000,
      at: new Date().toISOString(),
    });
  }
  ctx.stats.count("ratings queued offline", queue.length);
  for (let i = 0; i < queue.length; i += BURST) {
    const batch = queue.slice(i, i + BURST);
    const reply = await student.retrying(`sync burst ${i / BURST + 1}`, (base) =>
      student.browser.postJson(base, "/api/sync", { operations: batch }),
    );
    if (!reply) return; // counted as unresolved: a failure of the run
    if (reply.status !== 200) {
      ledger.problems.push(`sync burst ${i / BURST + 1} answered ${reply.status}: ${reply.text.slice(0, 200)}`);
      return;
    }
    ctx.stats.count("sync requests");
    const answer = JSON.parse(reply.text) as SyncResponse;
    for (const result of answer.results) {
      const op = batch.find((o) => o.requestId === result.requestId);
      if (!op) {
        ledger.problems.push(`sync answered for ${result.requestId}, which was not sent`);
        continue;
      }
      if (result.status === "refused") {
        ledger.rejected.add(op.requestId);
        ledger.problems.push(`rating ${op.requestId} refused: ${result.message}`);
        continue;
      }
      if (result.status === "duplicate") ctx.stats.count("duplicates (a retried burst)");
      ledger.acked.push({ requestId: op.requestId, flashcardId: op.flashcardId, rating: op.rating });
      ctx.stats.count("ratings acknowledged");
    }
    if (answer.results.length !== batch.length) ledger.problems.push(`sync answered ${answer.results.length} of ${batch.length} ratings`);
    ctx.onAck?.();
  }
};
