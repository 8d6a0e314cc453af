// Can this page reach our server? navigator.onLine only says a network interface is up: a phone on
// a café's Wi-Fi with no Internet, a lecture hall's captive portal, or a browser whose offline mode
// is emulated without it (some headless builds) all say "online" while every request fails. So a
// request to our own server that fails for want of a network also counts as offline, until one
// gets through: then the page is told, as it is by the browser's own "online" event.
// (Browser only; a module-level store, shared by every component of the page.)

/** Fired on window when the server answers again after a failure (the "online" event's twin). */
export const REACHABLE_EVENT = "factdeck-reachable";
/** How often the server is asked while it can't be reached. */
const PROBE_MS = 5_000;

let unreachable = false;
let probe: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

export function subscribeReachability(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False after a request failed for want of a network, until the server answers again. */
export function isReachable(): boolean {
  return !unreachable;
}

/** A request to our server failed with no answer at all (fetch's TypeError): the page is offline. */
export function reportUnreachable(): void {
  if (unreachable) return;
  unreachable = true;
  notify();
  probe ??= setInterval(() => {
    // Any answer, even an error page, means the network is back; the API is never served from a cache.
    void fetch("/api/health", { cache: "no-store" }).then(reportReachable, () => undefined);
  }, PROBE_MS);
}

/** The server answered: the page is online again. */
export function reportReachable(): void {
  if (!unreachable) return;
  unreachable = false;
  if (probe) clearInterval(probe);
  probe = null;
  notify();
  window.dispatchEvent(new Event(REACHABLE_EVENT));
}

/** Run `request`, reporting to the store whether it reached the server. */
export async function reached<T extends Response>(request: Promise<T>): Promise<T> {
  try {
    const response = await request;
    reportReachable();
    return response;
  } catch (error) {
    if (error instanceof TypeError) reportUnreachable();
    throw error;
  }
}
