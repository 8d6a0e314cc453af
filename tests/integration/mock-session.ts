import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";

/**
 * The session is the only source of "who": every action and route reads it
 * through these mocks. Import this module first in a test file, then import the
 * actions and routes dynamically (in beforeAll) so they see the mocks; set
 * `session.user` to act as a student, or null for no session.
 */
export const session: { user: CurrentUser | null } = { user: null };

vi.mock("@/lib/auth/session", () => ({
  // A session signed in just now, unless the test says when (sessionCreatedAt).
  getCurrentUser: async () => session.user && { sessionCreatedAt: new Date(), ...session.user },
  requireUser: async () => {
    if (!session.user) throw new Error("REDIRECT /sign-in");
    return { sessionCreatedAt: new Date(), ...session.user };
  },
}));
vi.mock("@/lib/auth/server", () => ({
  auth: { api: { getSession: async () => (session.user ? { user: session.user, session: {} } : null) } },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ getAll: () => [], delete: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));
