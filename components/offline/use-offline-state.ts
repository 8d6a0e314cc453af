"use client";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { CHANGE_EVENT, channel, getMeta, getQueue, getRefused, type RefusedOperation } from "@/lib/offline/device-db";
import { isReachable, subscribeReachability } from "@/lib/offline/reachability";
import { LAST_SYNCED_KEY } from "@/lib/offline/sync-client";

function subscribeOnline(callback: () => void) {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  const unsubscribe = subscribeReachability(callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
    unsubscribe();
  };
}

/**
 * Is the page online: the browser says so and our server answered its last request
 * (lib/offline/reachability.ts)? True while server-rendering: the page only knows once it runs.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine && isReachable(),
    () => true,
  );
}

/** Call `callback` whenever the device's offline store changes, in this tab or another. */
export function useDeviceChanges(callback: () => void): void {
  useEffect(() => {
    const bc = channel();
    window.addEventListener(CHANGE_EVENT, callback);
    bc?.addEventListener("message", callback);
    return () => {
      window.removeEventListener(CHANGE_EVENT, callback);
      bc?.removeEventListener("message", callback);
    };
  }, [callback]);
}

export interface DeviceState {
  waiting: number;
  refused: RefusedOperation[];
  lastSynced: string | null;
}

/** What waits to sync on this device for this student, what the server refused, and when it last synced. */
export function useDeviceState(userId: string): DeviceState {
  const [state, setState] = useState<DeviceState>({ waiting: 0, refused: [], lastSynced: null });
  const load = useCallback(() => {
    void Promise.all([getQueue(userId), getRefused(userId), getMeta(LAST_SYNCED_KEY)])
      .then(([queue, refused, lastSynced]) => setState({ waiting: queue.length, refused, lastSynced: lastSynced ?? null }))
      .catch(() => undefined); // no IndexedDB (a private window on an old browser): nothing is kept
  }, [userId]);
  useEffect(load, [load]);
  useDeviceChanges(load);
  return state;
}
