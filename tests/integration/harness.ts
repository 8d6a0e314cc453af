import { session } from "./mock-session";

// What integration tests share: the scheduler settings that make reviews reproducible, request
// keys, and acting as a student. Import it before the actions and routes under test (it pulls in
// the session mocks of ./mock-session).

/** Scheduler options with fuzz off: a rating's interval is the same on every run. */
export const noFuzz = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false } as const;

let seq = 0;
/** A fresh request key (what the study page makes once per rating), valid for recordReviewSchema. */
export const requestId = (prefix = "req") => `${prefix}${Date.now()}${seq++}`;

/** Act as this student in every action and route until the next `as` (or `signedOut`). */
export function as(user: { id: string; email: string }): void {
  session.user = { id: user.id, name: "Test", email: user.email, isAnonymous: false };
}

/** No session: actions redirect to sign-in, routes answer 401. */
export function signedOut(): void {
  session.user = null;
}
