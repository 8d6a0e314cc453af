// Signing out clears what this device kept for offline study (the deck, the queue, the refused
// list and the cached pages, which hold the student's own data). Browser only.
import { PAGES_CACHE } from "./cache-names";
import { clearDevice, deviceDb } from "./device-db";

/** How many actions of anyone on this device still wait to sync (sign-out warns before deleting them). */
export async function waitingOnDevice(): Promise<number> {
  try {
    return await (await deviceDb()).count("queue");
  } catch {
    return 0;
  }
}

export async function clearOfflineData(): Promise<void> {
  await clearDevice().catch(() => undefined);
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => undefined);
}
