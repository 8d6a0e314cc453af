/**
 * The service worker's caches, named once for the worker (sw/sw.ts) and the page (sign-out clears
 * them; the status bar warms the study pages). Pages hold a student's own data: they are kept on
 * the device only, and deleted when the student signs out.
 */
export const PAGES_CACHE = "factdeck-pages";

/** Pages put in the cache as soon as the app is open, so they load offline even if never visited. */
export const OFFLINE_PAGES = ["/", "/study", "/quiz"] as const;
