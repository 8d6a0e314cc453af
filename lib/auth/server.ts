import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { anonymous } from "better-auth/plugins";
import { transferProgress } from "@/lib/accounts/transfer";
import { machineHosts } from "@/lib/auth/machine-hosts";
import { trustedOriginsFor } from "@/lib/auth/origins";
import { FRESH_SESSION_SECONDS } from "@/lib/auth/lifetimes";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { isCommonPassword } from "@/lib/auth/password-rules";
import { db } from "@/lib/db/client";
import { passwordResetEmail, RESET_LINK_LIFETIME_SECONDS } from "@/lib/email/messages";
import { sendEmailInBackground } from "@/lib/email/send";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { deleteThrottlesOf } from "@/lib/throttle/actions";
import { clearSignInFailures } from "@/lib/throttle/store";

/**
 * better-auth: email + password and guest (anonymous) accounts, sessions in the
 * database (so every app instance shares them), and the sign-in rate limit kept
 * in the database too (so it holds across instances).
 */
/** Written by lib/auth/handler.ts from the socket (and TRUSTED_PROXIES); a client's own value is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-factdeck-client-address";

/** The longest name, email (RFC 5321) and image URL a student may send. */
const MAX_LENGTHS = { name: 100, email: 254, image: 2048 } as const;

export const auth = betterAuth({
  appName: "Factdeck",
  baseURL: env.BETTER_AUTH_URL,
  secret: env.BETTER_AUTH_SECRET,
  // The app works at every address it is opened at that is local, this machine's or listed (B6), not only BETTER_AUTH_URL.
  trustedOrigins: (request) => trustedOriginsFor(env.BETTER_AUTH_URL, env.AUTH_TRUSTED_HOSTS, request?.headers.get("host"), machineHosts()),
  database: prismaAdapter(db, { provider: isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    // Sign-up must not tell whether an email is registered. With autoSignIn off, better-auth answers
    // a registered email exactly as a new one (200, a synthetic user, no session; the password is
    // hashed either way, so the timing matches too); the form then signs in with what was typed.
    // Without email verification the one tell left is that signing in afterwards fails for a
    // registered email with another password: see README "Security" for that trade-off.
    autoSignIn: false,
    // "Forgot password?": better-auth answers a known and an unknown email alike; the mail goes out
    // in the background so SMTP's time doesn't show either. Guests have no password to reset.
    sendResetPassword: async ({ user, url }) => {
      if ((user as { isAnonymous?: boolean | null }).isAnonymous) return;
      sendEmailInBackground(passwordResetEmail(user.email, url));
    },
    resetPasswordTokenExpiresIn: RESET_LINK_LIFETIME_SECONDS,
    // Whoever had the old password is signed out everywhere.
    revokeSessionsOnPasswordReset: true,
    // The link proved the inbox: failed sign-ins someone else sent for this account are forgotten too,
    // so a student kept out by the per-account throttle has a way back in.
    onPasswordReset: async ({ user }) => {
      await db.user.updateMany({ where: { id: user.id }, data: { passwordChangeDue: false } });
      await clearSignInFailures(db, user.email);
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
    // better-auth's own sensitive endpoints (delete-user without a password) want a recent sign-in.
    freshAge: FRESH_SESSION_SECONDS,
  },
  // However better-auth deletes a user (its delete-user endpoint, a guest merged into an account),
  // the rate-limit counters of the id and email go too: no foreign key cascades to them.
  databaseHooks: {
    user: { delete: { after: async (user) => deleteThrottlesOf(db, [{ id: user.id, email: user.email }]) } },
  },
  user: {
    deleteUser: { enabled: true },
    additionalFields: { passwordChangeDue: { type: "boolean", defaultValue: false, input: false } },
  },
  hooks: {
    // A new password (sign-up, change, reset) is not one of the common ones shipped with the app.
    before: createAuthMiddleware(async (ctx) => {
      const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown; name?: unknown; email?: unknown; image?: unknown };
      // Every string a student can store is bounded here, whatever better-auth's own schema allows.
      for (const [field, max] of Object.entries(MAX_LENGTHS)) {
        const value = body[field as keyof typeof MAX_LENGTHS];
        if (typeof value === "string" && value.length > max) {
          throw new APIError("BAD_REQUEST", { code: "FIELD_TOO_LONG", message: `The ${field} can be at most ${max} characters.` });
        }
      }
      const fresh =
        ctx.path === "/sign-up/email"
          ? body.password
          : ["/change-password", "/reset-password"].includes(ctx.path)
            ? body.newPassword
            : undefined;
      if (typeof fresh === "string" && isCommonPassword(fresh)) {
        throw new APIError("BAD_REQUEST", {
          code: "PASSWORD_TOO_COMMON",
          message: "That password is too common. Choose one that is harder to guess.",
        });
      }
    }),
  },
  advanced: {
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
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
      // Per address; each email also has its own limit (lib/auth/handler.ts).
      "/request-password-reset": { window: 60, max: env.AUTH_SIGN_IN_LIMIT },
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
