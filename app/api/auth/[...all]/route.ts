// GET|POST /api/auth/* – better-auth's endpoints (sign up, sign in, sign out, sessions, account)
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

export const { GET, POST } = toNextJsHandler(auth);
