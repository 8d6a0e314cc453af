/// <reference lib="webworker" />
// The service worker (built by Serwist after `next build`, see next.config.js, into public/sw.js).
// It makes the app open with no network: Next's static files and the icons are precached; pages
// are fetched from the network and kept, so the last copy of each (the study page among them)
// loads offline. API calls and server actions always go to the network: the page queues what the
// student does while offline in IndexedDB and syncs it (lib/offline/).
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry } from "serwist";
import { OFFLINE_PAGES, PAGES_CACHE } from "../lib/offline/cache-names";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  // A slow network on a bus: after 5 s the kept copy is shown rather than a spinner.
  networkTimeoutSeconds: 5,
  plugins: [
    {
      // Only a page as the student saw it: not a redirect to sign-in, not an error page.
      cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
    },
  ],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: pages },
  ],
  fallbacks: {
    // A page never opened online: the study page (which studies from the device) stands in for it.
    entries: [{ url: OFFLINE_PAGES[1], matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();
