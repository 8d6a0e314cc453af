import { NextRequest } from "next/server";
import { describe, expect, test, vi } from "vitest";

async function loadProxy(url: string) {
  vi.resetModules();
  process.env.BETTER_AUTH_URL = url;
  return (await import("@/proxy")).proxy;
}

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

describe("proxy.ts security headers", () => {
  test("scripts need this response's nonce: no 'unsafe-inline', a fresh nonce each time, handed to the render", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const one = proxy(new NextRequest("http://localhost:3000/study"));
    const two = proxy(new NextRequest("http://localhost:3000/study"));
    const csp = one.headers.get("content-security-policy")!;
    expect(scriptSrc(csp)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(two.headers.get("content-security-policy")).not.toBe(csp);
    // Next reads the nonce from the request's CSP header (x-middleware-request-*) to put it on its scripts.
    expect(one.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(one.headers.get("strict-transport-security")).toBeNull();
  });

  test("over https, every response (refusals too) carries Strict-Transport-Security", async () => {
    const proxy = await loadProxy("https://factdeck.example");
    const page = proxy(new NextRequest("https://factdeck.example/"));
    expect(page.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const refused = proxy(
      new NextRequest("https://factdeck.example/study", {
        method: "POST",
        headers: { origin: "https://evil.example", host: "factdeck.example" },
      }),
    );
    expect(refused.status).toBe(403);
    expect(refused.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(refused.headers.get("content-security-policy")).toContain("'nonce-");
  });
});
