/** Any origin of ours would do: a path is judged by where it resolves, not by how it is spelled. */
const APP_ORIGIN = "http://factdeck.invalid";

/**
 * A same-site path to return to after signing in; anything else becomes "/". The value is resolved
 * the way a browser resolves it (tabs and newlines dropped, "\" read as "/", "/./" and "%2e" folded),
 * and kept only if it stays on our origin; what is returned is that resolved path, so it can't be
 * re-read as "//host" later.
 */
export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== APP_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
