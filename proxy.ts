// Every request passes here first:
// - a cross-site POST (or other unsafe method) is refused with a 403 before any route handler or
//   server action runs (Next's own server-action check would refuse it as a 500; better-auth
//   checks its own endpoints too), and a form action called without a form gets a 400;
// - every response gets a Content-Security-Policy with a fresh script nonce (lib/http/security-headers.ts),
//   and Strict-Transport-Security when the app's URL (BETTER_AUTH_URL) is https.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isFormActionWithoutForm } from "@/lib/http/form-actions";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const isHttps = env.BETTER_AUTH_URL.startsWith("https://");

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development" });
  const response = refusal(request) ?? pass(request, nonce, csp);
  response.headers.set("Content-Security-Policy", csp);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** On to the page: its render reads the nonce from the request's own CSP header. */
function pass(request: NextRequest, nonce: string, csp: string) {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

function refusal(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  // Browsers send Origin with every cross-site POST; a request without one is not a browser's
  // cross-site request (curl, a server), and still needs a session cookie to do anything.
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (originHost(origin) !== host) {
      return NextResponse.json({ error: "This request came from another site and was refused." }, { status: 403 });
    }
  }
  // A form action called without a form is malformed (400), not a crash in the action (500).
  if (isFormActionWithoutForm(request.headers.get("next-action"), request.headers.get("content-type"))) {
    return NextResponse.json({ error: "This action takes a form (multipart/form-data)." }, { status: 400 });
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file://) or garbage
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
