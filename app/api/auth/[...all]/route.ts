// GET|POST /api/auth/* – better-auth's endpoints (sign up, sign in, sign out, sessions, account),
// behind our client address and per-account sign-in throttle (lib/auth/handler.ts).
import { handleAuthRequest } from "@/lib/auth/handler";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
