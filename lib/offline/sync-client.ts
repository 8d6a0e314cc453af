// Sending the device's queue (browser only): in the order it was made, in batches of
// MAX_SYNC_BATCH, one sync at a time across the device's tabs (Web Locks). After each batch the
// stored items leave the queue, refused ones are kept with their reason for the student to read,
// and the device takes the server's state of every card the batch touched.
import { MAX_SYNC_BATCH } from "@/lib/sync/limits";
import type { SyncResponse } from "@/lib/sync/types";
import { getDeck, getQueue, putDeck, setMeta, settle } from "./device-db";
import { reached } from "./reachability";

export type SyncOutcome =
  { ok: true; sent: number; refused: number } | { ok: false; reason: "offline" | "signed_out" | "server"; message: string };

export const LAST_SYNCED_KEY = "lastSynced";

/** Send what waits to sync for this student. Safe to call often: a second call waits for the first. */
export async function syncNow(userId: string): Promise<SyncOutcome> {
  const run = () => sendQueue(userId);
  return typeof navigator !== "undefined" && navigator.locks ? navigator.locks.request(`factdeck-sync-${userId}`, run) : run();
}

async function sendQueue(userId: string): Promise<SyncOutcome> {
  let sent = 0;
  let refused = 0;
  for (;;) {
    const queue = await getQueue(userId);
    if (queue.length === 0) break;
    const batch = queue.slice(0, MAX_SYNC_BATCH);
    let response: Response;
    try {
      response = await reached(
        fetch("/api/sync", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          // What the server takes: the device's own bookkeeping (seq, userId, previous state) stays here.
          body: JSON.stringify({
            operations: batch.map(({ kind, requestId, flashcardId, at, ...rest }) =>
              kind === "rate" && "rating" in rest
                ? { kind, requestId, flashcardId, at, rating: rest.rating, durationMs: rest.durationMs }
                : { kind, requestId, flashcardId, at },
            ),
          }),
        }),
      );
    } catch {
      return { ok: false, reason: "offline", message: "No network: your ratings stay on this device and sync when you are back online." };
    }
    if (response.status === 401)
      return { ok: false, reason: "signed_out", message: "Sign in again to sync: your ratings stay on this device." };
    if (!response.ok)
      return { ok: false, reason: "server", message: "Sync failed on the server. Your ratings stay on this device; try again." };
    const answer = (await response.json()) as SyncResponse;
    const deck = await getDeck(userId);
    await settle(userId, answer.results, (id) => deck?.cards.find((c) => c.flashcardId === id)?.front ?? id);
    if (deck) await takeServerState(userId, answer);
    sent += answer.results.filter((r) => r.status !== "refused").length;
    refused += answer.results.filter((r) => r.status === "refused").length;
  }
  await setMeta(LAST_SYNCED_KEY, new Date().toISOString());
  return { ok: true, sent, refused };
}

/** The server's state wins after a sync: it is every device's ratings replayed in time order. */
async function takeServerState(userId: string, answer: SyncResponse): Promise<void> {
  const deck = await getDeck(userId);
  if (!deck) return;
  const byId = new Map(answer.cards.map((c) => [c.flashcardId, c]));
  const cards = deck.cards.map((card) => {
    const server = byId.get(card.flashcardId);
    if (!server) return card;
    const { flashcardId: _id, isSuspended, buriedUntil, ...state } = server;
    return { ...card, state, isSuspended, ...(buriedUntil ? { buriedUntil } : {}) };
  });
  await putDeck({ ...deck, cards });
}

/** Fetch a fresh snapshot to study from offline (when online and nothing waits to sync, so no local rating is overwritten). */
export async function refreshDeck(userId: string): Promise<boolean> {
  if ((await getQueue(userId)).length > 0) return false;
  try {
    const response = await reached(fetch("/api/sync/deck", { cache: "no-store" }));
    if (!response.ok) return false;
    const deck = await response.json();
    if (deck.userId !== userId) return false;
    await putDeck(deck);
    return true;
  } catch {
    return false;
  }
}
