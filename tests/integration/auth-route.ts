import { inject } from "vitest";

// better-auth's own route handler on the test database, for the tests that sign up, sign in and
// reset passwords through it (with real sessions: these tests do not use ./mock-session).

export const AUTH_BASE = "http://localhost:3000";

export type AuthRoute = { POST: (request: Request) => Promise<Response>; GET: (request: Request) => Promise<Response> };

/** The route, after pointing the app at the test database (the sign-in limit raised out of the way). */
export async function loadAuthRoute(): Promise<AuthRoute> {
  Object.assign(process.env, {
    DATABASE_URL: inject("databaseUrl"),
    BETTER_AUTH_URL: AUTH_BASE,
    BETTER_AUTH_SECRET: "integration-secret-not-for-production-0123456789",
    AUTH_SIGN_IN_LIMIT: "1000",
  });
  return (await import("@/app/api/auth/[...all]/route")) as AuthRoute;
}
