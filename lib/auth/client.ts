"use client";
import { anonymousClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** better-auth's browser client: same origin, with guest sign-in. */
export const authClient = createAuthClient({ plugins: [anonymousClient()] });
