"use client";
import { useEffect, useState, type ReactNode } from "react";
import { SYNCED_EVENT } from "./offline-status";
import { OfflineStudy } from "./offline-study";
import { useOnline } from "./use-offline-state";

/**
 * The study page online (the server's queue, `children`) or offline (the deck kept on this
 * device). Back online, it stays on the device's study until the queue has synced, then shows
 * the server's queue again, fresh.
 */
export function OfflineStudyGate({ userId, children }: { userId: string; children: ReactNode }) {
  const online = useOnline();
  const [wasOffline, setWasOffline] = useState(false);
  // Derived during render (React's pattern for state that follows a prop), not in an effect.
  if (!online && !wasOffline) setWasOffline(true);
  useEffect(() => {
    if (!wasOffline) return;
    const synced = () => {
      // The server's queue now includes what was synced: load it afresh (the page's own state is from before).
      window.location.reload();
    };
    window.addEventListener(SYNCED_EVENT, synced);
    return () => window.removeEventListener(SYNCED_EVENT, synced);
  }, [wasOffline]);
  if (online && !wasOffline) return <>{children}</>;
  return <OfflineStudy userId={userId} />;
}
