import { describe, expect, test } from "vitest";
import { isAddressOrRange, resolveClientAddress, trustedProxyList } from "@/lib/http/client-address";

describe("resolveClientAddress", () => {
  const none = trustedProxyList([]);
  const proxies = trustedProxyList(["10.0.0.0/8", "fd00::/8", "127.0.0.1"]);

  test("no trusted proxy: the socket is the client, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.1", "203.0.113.9", none)).toBe("198.51.100.1");
    expect(resolveClientAddress("::ffff:198.51.100.1", null, none)).toBe("198.51.100.1");
    expect(resolveClientAddress(null, "203.0.113.9", none)).toBeNull();
  });

  test.each([
    ["10.0.0.2", "198.51.100.7", "198.51.100.7"],
    ["10.0.0.2", "6.6.6.6, 198.51.100.7", "198.51.100.7"],
    ["10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", "198.51.100.7"],
    ["127.0.0.1", "garbage, 198.51.100.7", "198.51.100.7"],
    ["127.0.0.1", "198.51.100.7, garbage", "127.0.0.1"],
    ["10.0.0.2", null, "10.0.0.2"],
    ["fd00::1", "2001:db8::5", "2001:db8::5"],
    ["198.51.100.1", "203.0.113.9", "198.51.100.1"],
  ])("socket %s, X-Forwarded-For %s → %s", (peer, forwarded, client) => {
    expect(resolveClientAddress(peer, forwarded, proxies)).toBe(client);
  });

  test("TRUSTED_PROXIES entries", () => {
    for (const ok of ["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"]) expect(isAddressOrRange(ok)).toBe(true);
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.0/x", "1.2.3", "::1/129", "10.0.0.0/8/1"])
      expect(isAddressOrRange(bad)).toBe(false);
  });
});
