// The sign-in rate limit is counted in the database, so it holds across instances: N attempts
// spread over both instances, sequential or all at once, let exactly `limit` through.
import type { Db } from "@/lib/db/create-client";
import { Browser, Stats } from "./http";
import type { Verdict } from "./verify";

export async function checkSignInLimit(bases: string[], limit: number, db: Db) {
  const stats = new Stats();
  const verdict: Verdict = { students: 0, reviewsChecked: 0, cardsChecked: 0, attemptsChecked: 0, problems: [] };
  const notes: string[] = [];
  const started = performance.now();
  const attempt = (browser: Browser, i: number) =>
    browser.postJson(bases[i % bases.length]!, "/api/auth/sign-in/email", { email: "nobody@example.test", password: "wrong password 1" });

  // Sequential attempts alternating between the instances: the (limit+1)th is refused on either one.
  const one = new Browser(stats, "203.0.113.7");
  const statuses: number[] = [];
  for (let i = 0; i < limit + 2; i++) statuses.push((await attempt(one, i)).status);
  const expected = [...Array(limit).fill(401), 429, 429];
  notes.push(`alternating sign-ins from one address: ${statuses.join(" ")} (expected ${expected.join(" ")})`);
  if (statuses.join() !== expected.join()) verdict.problems.push(`sequential sign-ins across instances: got ${statuses.join(" ")}, expected ${expected.join(" ")}`);

  // A burst of 4× the limit, at once, half to each instance: at most `limit` get through.
  const burst = new Browser(stats, "203.0.113.8");
  const replies = await Promise.all(Array.from({ length: limit * 4 }, (_, i) => attempt(burst, i)));
  const through = replies.filter((r) => r.status !== 429).length;
  notes.push(`burst of ${limit * 4} parallel sign-ins from one address over both instances: ${through} let through (limit ${limit})`);
  if (through !== limit) verdict.problems.push(`burst: ${through} sign-in attempts got through, the limit is ${limit}`);
  const refused = replies.find((r) => r.status === 429);
  if (refused && !/too many/i.test(refused.text)) verdict.problems.push(`a 429 without a clear message: ${refused.text.slice(0, 120)}`);

  // Another student's address is not affected.
  const other = await attempt(new Browser(stats, "203.0.113.9"), 0);
  if (other.status !== 401) verdict.problems.push(`a different address got ${other.status} on its first attempt`);

  const row = await db.rateLimit.findUnique({ where: { key: "203.0.113.7|/sign-in/email" } });
  notes.push(`stored count for 203.0.113.7: ${row?.count ?? "none"}`);
  if (row?.count !== limit) verdict.problems.push(`stored rate-limit count is ${row?.count}, expected ${limit}`);
  return { stats, verdict, notes, seconds: (performance.now() - started) / 1000 };
}
