import { BlockList, isIP } from "node:net";

/**
 * Who is asking: the socket's address, unless that socket is a proxy we trust (TRUSTED_PROXIES),
 * in which case X-Forwarded-For is read from the right, skipping our own proxies, and the first
 * address not ours is the client. Everything left of it was written by the client and is ignored.
 * Pure: no I/O, no env.
 */

/** An address as it is compared and stored: IPv4-mapped IPv6 ("::ffff:1.2.3.4") as plain IPv4. */
export function normalizeAddress(address: string): string | null {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const plain = mapped ? mapped[1]! : trimmed;
  return isIP(plain) ? plain.toLowerCase() : null;
}

/** Whether `entry` is an address or a CIDR range ("10.0.0.0/8", "fd00::/8"). */
export function isAddressOrRange(entry: string): boolean {
  const [address, prefix, extra] = entry.split("/");
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

export function resolveClientAddress(peer: string | null, forwardedFor: string | null, trusted: BlockList): string | null {
  const socket = peer === null ? null : normalizeAddress(peer);
  if (socket === null || !isTrusted(socket, trusted)) return socket;
  let client = socket;
  const hops = (forwardedFor ?? "").split(",").reverse();
  for (const hop of hops) {
    if (hop.trim() === "") continue;
    const address = normalizeAddress(hop);
    if (address === null) break; // garbage from the client's side of the chain: stop at the last proxy
    client = address;
    if (!isTrusted(address, trusted)) break;
  }
  return client;
}
