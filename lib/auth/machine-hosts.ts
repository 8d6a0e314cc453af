import "server-only";
import { networkInterfaces } from "node:os";

/**
 * This machine's own addresses, as URL host names (IPv6 in brackets): `next start` prints one of
 * them as its "Network:" address, so a student opening that address must be able to sign in (B6).
 * A page served from one of them is our own server, never a third party's, so trusting it as an
 * origin opens nothing to cross-site requests. Read per request: a laptop's Wi-Fi address changes.
 */
export function machineHosts(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .map(({ address, family }) => (family === "IPv6" ? `[${address.split("%")[0]}]` : address));
}
