import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { safeNextPath } from "@/lib/safe-next";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./lifetimes";
import { auth } from "./server";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  isAnonymous: boolean;
  /** When this session signed in: a young one may do what otherwise needs the password. */
  sessionCreatedAt?: Date;
  /** The password is below today's rules (shorter than 12, or common): the app asks for a new one. */
  passwordChangeDue?: boolean;
}

/** The signed-in user of this request (from the session cookie), or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, isAnonymous, passwordChangeDue } = session.user as typeof session.user & {
    isAnonymous?: boolean | null;
    passwordChangeDue?: boolean | null;
  };
  const createdAt = new Date(session.session.createdAt);
  if (!isAnonymous && Date.now() - createdAt.getTime() > SESSION_ABSOLUTE_LIFETIME_MS) {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  return { id, name, email, isAnonymous: Boolean(isAnonymous), sessionCreatedAt: createdAt, passwordChangeDue: Boolean(passwordChangeDue) };
});

/**
 * The signed-in user, or a redirect to sign in (which offers guest study) and back.
 * Every page and action that touches progress gets its user here, never from input.
 */
export async function requireUser(returnTo = "/"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For the sign-in and sign-up pages: where to go afterwards (a safe `next`),
 * and the current user (a guest may sign in or up to keep their progress).
 * A signed-in student with an account is sent straight on to `next`.
 */
export async function getAuthPageContext(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const user = await getCurrentUser();
  if (user && !user.isAnonymous) redirect(next);
  return { params, next, user };
}
