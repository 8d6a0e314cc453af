"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { OFFLINE_PAGES, PAGES_CACHE } from "@/lib/offline/cache-names";
import { dismissRefused } from "@/lib/offline/device-db";
import { isReachable, REACHABLE_EVENT } from "@/lib/offline/reachability";
import { refreshDeck, syncNow } from "@/lib/offline/sync-client";
import { useDeviceState, useOnline } from "./use-offline-state";

export const SYNCED_EVENT = "factdeck-synced";

/**
 * The status bar on every page (signed in): online or offline, how many of the student's actions
 * wait on this device to sync, when it last synced, a Sync now button, and every item the server
 * refused with its reason (kept until dismissed, never dropped silently). It also installs the
 * service worker, syncs by itself when the network comes back, and keeps the offline deck fresh.
 */
export function OfflineStatus({ userId }: { userId: string }) {
  const online = useOnline();
  const { waiting, refused, lastSynced } = useDeviceState(userId);
  const [note, setNote] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const busy = useRef(false);

  const sync = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSyncing(true);
    try {
      const outcome = await syncNow(userId);
      if (outcome.ok) {
        setNote(
          outcome.sent + outcome.refused > 0
            ? `Synced ${outcome.sent}${outcome.refused ? `; ${outcome.refused} refused (below)` : ""}.`
            : null,
        );
        await refreshDeck(userId);
        // Only when the server answered: with nothing queued, "synced" sent nothing, and a deck that
        // could not be fetched means the page only looked online (the study page would reload offline).
        if (isReachable()) window.dispatchEvent(new Event(SYNCED_EVENT));
      } else setNote(outcome.message);
    } finally {
      busy.current = false;
      setSyncing(false);
    }
  }, [userId]);

  useEffect(() => {
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (navigator.onLine) void sync().then(warmPages);
  }, [sync]);

  useEffect(() => {
    const back = () => void sync();
    window.addEventListener("online", back);
    window.addEventListener(REACHABLE_EVENT, back);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener(REACHABLE_EVENT, back);
    };
  }, [sync]);

  return (
    <section className={`offline-bar${online ? "" : " is-offline"}`} aria-label="Sync status">
      <p aria-live="polite" className="offline-bar-line" data-testid="sync-line">
        <strong>{online ? "Online" : "Offline"}</strong>
        {online ? null : <span> · studying from this device</span>}
        {waiting > 0 ? <span> · {waiting} waiting to sync</span> : null}
        <span className="muted"> · {lastSynced ? `last synced ${formatTime(lastSynced)}` : "not synced yet"}</span>
        {note ? <span> · {note}</span> : null}
      </p>
      <button type="button" className="btn btn-small" onClick={() => void sync()} disabled={!online || syncing}>
        {syncing ? "Syncing…" : "Sync now"}
      </button>
      {refused.length > 0 ? (
        <div role="alert" className="offline-refused">
          <p>
            <strong>
              {refused.length} {refused.length === 1 ? "action" : "actions"} from this device could not be synced:
            </strong>
          </p>
          <ul>
            {refused.map((item) => (
              <li key={item.requestId}>
                “{item.front}” ({formatTime(item.at)}): {item.message}{" "}
                <button type="button" className="link" onClick={() => void dismissRefused(item.requestId)}>
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { hour: "2-digit", minute: "2-digit", day: "numeric", month: "short" });
}

/** Keep the study pages on the device even if the student never opened them online (one fetch each, once). */
async function warmPages(): Promise<void> {
  if (typeof caches === "undefined") return;
  const cache = await caches.open(PAGES_CACHE);
  for (const page of OFFLINE_PAGES) {
    if (await cache.match(page)) continue;
    const response = await fetch(page, { credentials: "same-origin" }).catch(() => null);
    if (response?.ok && !response.redirected) await cache.put(page, response);
  }
}
