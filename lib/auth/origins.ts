/** Host names trusted whatever is configured: the machine itself. */
const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The origins better-auth accepts a sign-in from, for one request (B6): the configured URL's, and
 * the request's own origin when its host name is local, one of this machine's own addresses
 * (`machineHosts`), or listed in AUTH_TRUSTED_HOSTS, so the addresses `next start` prints
 * (localhost, 127.0.0.1, the LAN one) all work. Pure.
 *
 * @example
 * trustedOriginsFor("http://localhost:3000", "192.168.1.20", "192.168.1.20:3000")
 * // ["http://localhost:3000", "http://192.168.1.20:3000"]
 */
export function trustedOriginsFor(
  baseUrl: string,
  trustedHosts: string,
  requestHost: string | null | undefined,
  machineHosts: readonly string[] = [],
): string[] {
  const base = new URL(baseUrl);
  const origins = [base.origin];
  if (!requestHost) return origins;
  let candidate: URL;
  try {
    candidate = new URL(`${base.protocol}//${requestHost}`);
  } catch {
    return origins;
  }
  const listed = trustedHosts
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  if ([...LOCAL_HOSTS, ...machineHosts, ...listed].includes(candidate.hostname.toLowerCase()) && candidate.origin !== base.origin) {
    origins.push(candidate.origin);
  }
  return origins;
}
