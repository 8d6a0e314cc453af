// What the device keeps for offline study, in IndexedDB (through idb): the student's deck snapshot
// (cards due until the end of tomorrow, their text and FSRS state, the scheduling options), the
// queue of what they did offline, the items the server refused, and when the device last synced.
// Browser only. Cleared on sign-out (lib/offline/sign-out.ts).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OfflineCardState, OfflineDeck, SyncItemResult } from "@/lib/sync/types";

/** One thing the student did offline, waiting to be sent (POST /api/sync takes it as is, `userId` aside). */
export type QueuedOperation = {
  requestId: string;
  userId: string;
  flashcardId: string;
  /** When it was made, by the device's clock (ISO). */
  at: string;
} & (
  | {
      kind: "rate";
      rating: 1 | 2 | 3 | 4;
      durationMs: number;
      /** The card on this device before the rating (never sent): an offline undo puts it back. */
      previous: OfflineCardState | null;
    }
  | { kind: "bury" }
  | { kind: "suspend" }
);

/** An operation the server refused, kept (with its reason) until the student dismisses it. */
export interface RefusedOperation {
  requestId: string;
  userId: string;
  flashcardId: string;
  front: string;
  at: string;
  message: string;
}

interface OfflineSchema extends DBSchema {
  deck: { key: string; value: OfflineDeck };
  queue: { key: number; value: QueuedOperation & { seq?: number }; indexes: { byUser: string } };
  refused: { key: string; value: RefusedOperation; indexes: { byUser: string } };
  meta: { key: string; value: { key: string; value: string } };
}

export const DEVICE_DB_NAME = "factdeck-offline";

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

export function deviceDb(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>(DEVICE_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("deck", { keyPath: "userId" });
      db.createObjectStore("queue", { keyPath: "seq", autoIncrement: true }).createIndex("byUser", "userId");
      db.createObjectStore("refused", { keyPath: "requestId" }).createIndex("byUser", "userId");
      db.createObjectStore("meta", { keyPath: "key" });
    },
  });
  return opened;
}

/** Tell this tab's components (and the other tabs) that the device's store changed. */
export function announceChange(): void {
  window.dispatchEvent(new Event(CHANGE_EVENT));
  channel()?.postMessage("changed");
}

export const CHANGE_EVENT = "factdeck-offline-change";

let bc: BroadcastChannel | null | undefined;
export function channel(): BroadcastChannel | null {
  if (bc === undefined) bc = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("factdeck-offline");
  return bc;
}

export async function getDeck(userId: string): Promise<OfflineDeck | undefined> {
  return (await deviceDb()).get("deck", userId);
}

export async function putDeck(deck: OfflineDeck): Promise<void> {
  await (await deviceDb()).put("deck", deck);
  announceChange();
}

/** This student's queue, in the order it was made. */
export async function getQueue(userId: string): Promise<(QueuedOperation & { seq?: number })[]> {
  return (await deviceDb()).getAllFromIndex("queue", "byUser", userId);
}

export async function enqueue(operation: QueuedOperation): Promise<void> {
  await (await deviceDb()).add("queue", operation);
  announceChange();
}

/**
 * Undo offline: the latest queued rating of this student is taken off the device (it was never
 * sent, so nothing is undone on the server). Returns it, or null when the queue has no rating last.
 */
export async function popLastRating(userId: string): Promise<QueuedOperation | null> {
  const db = await deviceDb();
  const queue = await db.getAllFromIndex("queue", "byUser", userId);
  const last = queue.at(-1);
  if (!last || last.kind !== "rate" || last.seq === undefined) return null;
  await db.delete("queue", last.seq);
  announceChange();
  return last;
}

/** After a sync: stored and duplicate items leave the queue; refused ones move to the refused list. */
export async function settle(userId: string, results: SyncItemResult[], describe: (flashcardId: string) => string): Promise<void> {
  const db = await deviceDb();
  const tx = db.transaction(["queue", "refused"], "readwrite");
  const byKey = new Map(results.map((r) => [r.requestId, r]));
  for (const item of await tx.objectStore("queue").index("byUser").getAll(userId)) {
    const result = byKey.get(item.requestId);
    if (!result || item.seq === undefined) continue;
    await tx.objectStore("queue").delete(item.seq);
    if (result.status === "refused") {
      await tx.objectStore("refused").put({
        requestId: item.requestId,
        userId,
        flashcardId: item.flashcardId,
        front: describe(item.flashcardId),
        at: item.at,
        message: result.message,
      });
    }
  }
  await tx.done;
  announceChange();
}

export async function getRefused(userId: string): Promise<RefusedOperation[]> {
  return (await deviceDb()).getAllFromIndex("refused", "byUser", userId);
}

export async function dismissRefused(requestId: string): Promise<void> {
  await (await deviceDb()).delete("refused", requestId);
  announceChange();
}

export async function getMeta(key: string): Promise<string | undefined> {
  return (await (await deviceDb()).get("meta", key))?.value;
}

export async function setMeta(key: string, value: string): Promise<void> {
  await (await deviceDb()).put("meta", { key, value });
  announceChange();
}

/** Everything of every student on this device (sign-out). */
export async function clearDevice(): Promise<void> {
  const db = await deviceDb();
  const tx = db.transaction(["deck", "queue", "refused", "meta"], "readwrite");
  await Promise.all([
    tx.objectStore("deck").clear(),
    tx.objectStore("queue").clear(),
    tx.objectStore("refused").clear(),
    tx.objectStore("meta").clear(),
  ]);
  await tx.done;
  announceChange();
}
