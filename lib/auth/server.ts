import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { transferProgress } from "@/lib/accounts/transfer";
import { trustedOriginsFor } from "@/lib/auth/origins";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";

/**
 * better-auth: email + password and guest (anonymous) accounts, sessions in the
 * database (so every app instance shares them), and the sign-in rate limit kept
 * in the database too (so it holds across instances).
 */
export const auth = betterAuth({
  appName: "Factdeck",
  baseURL: env.BETTER_AUTH_URL,
  secret: env.BETTER_AUTH_SECRET,
  // The app works at every address it is opened at that is local or listed (B6), not only BETTER_AUTH_URL.
  trustedOrigins: (request) => trustedOriginsFor(env.BETTER_AUTH_URL, env.AUTH_TRUSTED_HOSTS, request?.headers.get("host")),
  database: prismaAdapter(db, { provider: isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
  },
  user: {
    deleteUser: { enabled: true },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/email": { window: 60, max: env.AUTH_SIGN_IN_LIMIT },
      "/sign-up/email": { window: 60, max: env.AUTH_SIGN_IN_LIMIT },
      // Guests: one click each, but many may share a school's address.
      "/sign-in/anonymous": { window: 60, max: env.AUTH_GUEST_LIMIT },
    },
  },
  plugins: [
    anonymous({
      emailDomainName: "guest.factdeck.invalid",
      generateName: () => "Guest",
      // A guest who creates an account keeps everything they studied.
      onLinkAccount: async ({ anonymousUser, newUser }) => {
        await transferProgress(db, anonymousUser.user.id, newUser.user.id);
      },
    }),
    nextCookies(),
  ],
});

export type AuthSession = typeof auth.$Infer.Session;
