// The sign-in limits, against both instances as a load balancer in front of them would see them
// (the instances trust 127.0.0.1 as that proxy, TRUSTED_PROXIES, and each request's
// X-Forwarded-For ends with the address the proxy saw):
// - per address: N attempts spread over both instances, sequential or all at once, let exactly
//   `limit` through, and what a client writes in front of the proxy's entry changes nothing;
// - per account: wrong passwords for one account from ever-new addresses, alternating instances or
//   all at once, get 5 tries, then wait (429, "Too many failed sign-ins for this account"); the
//   same password sent form-encoded instead of as JSON is refused (415), never tried.
import type { Db } from "@/lib/db/create-client";
import { FREE_SIGN_IN_FAILURES } from "@/lib/throttle/policy";
import { Browser, Stats } from "./http";
import type { Verdict } from "./verify";

let seq = 0;
const someone = () => `nobody-${Date.now()}-${seq++}@example.test`;

export async function checkSignInLimit(bases: string[], limit: number, db: Db) {
  const stats = new Stats();
  const verdict: Verdict = { students: 0, reviewsChecked: 0, cardsChecked: 0, attemptsChecked: 0, problems: [] };
  const notes: string[] = [];
  const started = performance.now();
  const attempt = (browser: Browser, i: number, email = someone(), spoof?: string) =>
    browser.request(bases[i % bases.length]!, "/api/auth/sign-in/email", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(spoof ? { "X-Forwarded-For": `${spoof}, ${browser.clientIp}` } : {}) },
      body: JSON.stringify({ email, password: "wrong password 1" }),
    });

  // Sequential attempts alternating between the instances, each with a fresh address of the
  // client's own in front of the proxy's: the (limit+1)th is refused on either one.
  const one = new Browser(stats, "203.0.113.7");
  const statuses: number[] = [];
  for (let i = 0; i < limit + 2; i++) statuses.push((await attempt(one, i, someone(), `198.51.100.${i + 1}`)).status);
  const expected = [...Array(limit).fill(401), 429, 429];
  notes.push(
    `alternating sign-ins from one address, a spoofed X-Forwarded-For entry on each: ${statuses.join(" ")} (expected ${expected.join(" ")})`,
  );
  if (statuses.join() !== expected.join())
    verdict.problems.push(`sequential sign-ins across instances: got ${statuses.join(" ")}, expected ${expected.join(" ")}`);

  // A burst of 4× the limit, at once, half to each instance: at most `limit` get through.
  const burst = new Browser(stats, "203.0.113.8");
  const replies = await Promise.all(Array.from({ length: limit * 4 }, (_, i) => attempt(burst, i, someone(), `198.51.100.${100 + i}`)));
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
  const spoofed = await db.rateLimit.count({ where: { key: { startsWith: "198.51.100." } } });
  if (spoofed !== 0) verdict.problems.push(`${spoofed} rate-limit rows were counted for spoofed addresses`);

  // One account, wrong passwords from a new address each time, alternating instances.
  const victim = someone();
  const rotating: number[] = [];
  for (let i = 0; i < FREE_SIGN_IN_FAILURES + 2; i++)
    rotating.push((await attempt(new Browser(stats, `192.0.2.${i + 1}`), i, victim)).status);
  const expectedRotating = [...Array(FREE_SIGN_IN_FAILURES).fill(401), 429, 429];
  notes.push(`one account, a new address each time, alternating instances: ${rotating.join(" ")} (expected ${expectedRotating.join(" ")})`);
  if (rotating.join() !== expectedRotating.join())
    verdict.problems.push(`per-account throttle across instances: got ${rotating.join(" ")}`);
  // The same account's password sent as a form (which better-auth would read) is refused, not tried.
  const asForm = await new Browser(stats, "192.0.2.99").request(bases[0]!, "/api/auth/sign-in/email", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: victim, password: "wrong password 1" }).toString(),
  });
  notes.push(`the throttled account, form-encoded: ${asForm.status} (expected 415)`);
  if (asForm.status !== 415) verdict.problems.push(`a form-encoded sign-in got ${asForm.status}, expected 415`);

  // One account, 20 wrong passwords at once from 20 addresses, half to each instance.
  const target = someone();
  const all = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(new Browser(stats, `192.0.2.${100 + i}`), i, target)));
  const judged = all.filter((r) => r.status === 401).length;
  notes.push(
    `one account, 20 parallel wrong passwords from 20 addresses over both instances: ${judged} judged (expected ${FREE_SIGN_IN_FAILURES})`,
  );
  if (judged !== FREE_SIGN_IN_FAILURES)
    verdict.problems.push(`per-account burst: ${judged} attempts were judged, expected ${FREE_SIGN_IN_FAILURES}`);
  const throttled = all.find((r) => r.status === 429);
  if (!throttled || !/too many failed sign-ins for this account/i.test(throttled.text)) {
    verdict.problems.push(`the per-account 429 does not say so: ${throttled?.text.slice(0, 120) ?? "(none)"}`);
  }
  return { stats, verdict, notes, seconds: (performance.now() - started) / 1000 };
}
