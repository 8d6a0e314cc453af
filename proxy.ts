// Every request passes here first: a cross-site POST (or other unsafe method) is refused with a
// 403 before any route handler or server action runs. Next's own server-action check would also
// refuse it, but as a 500; better-auth checks its own endpoints too. This makes every refusal a
// clear 403 in one place.
import { NextResponse, type NextRequest } from "next/server";
import { isFormActionWithoutForm } from "@/lib/http/form-actions";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function proxy(request: NextRequest) {
  if (SAFE_METHODS.has(request.method)) return NextResponse.next();
  const origin = request.headers.get("origin");
  // Browsers send Origin with every cross-site POST; a request without one is not a browser's
  // cross-site request (curl, a server), and still needs a session cookie to do anything.
  if (origin === null) return formActionCheck(request);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (originHost(origin) !== host) {
    return NextResponse.json({ error: "This request came from another site and was refused." }, { status: 403 });
  }
  return formActionCheck(request);
}

/** A form action called without a form is malformed (400), not a crash in the action (500). */
function formActionCheck(request: NextRequest) {
  if (isFormActionWithoutForm(request.headers.get("next-action"), request.headers.get("content-type"))) {
    return NextResponse.json({ error: "This action takes a form (multipart/form-data)." }, { status: 400 });
  }
  return NextResponse.next();
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
