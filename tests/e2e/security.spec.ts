import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { countRows, startAsGuest, uniqueEmail } from "./helpers";

// Against the production server (`next start`): what a browser, or an attacker's page, sees.

const EVIL = "https://evil.example";

/** The id of a server action in the build under test, as the browser bundle sends it. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`No server action ${exportedName} in .next: run next build.`);
  return id;
}

async function signUp(request: APIRequestContext, baseURL: string) {
  const email = uniqueEmail("sec");
  const signedUp = await request.post("/api/auth/sign-up/email", {
    headers: { Origin: baseURL },
    data: { email, password: "correct horse 42", name: "Security" },
  });
  expect(signedUp.status()).toBe(200);
  // Sign-up signs no one in (it answers a registered email alike): the session comes with the sign-in.
  const response = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: baseURL },
    data: { email, password: "correct horse 42" },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { user: { id: string } };
  return {
    email,
    userId: body.user.id,
    setCookie: response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value),
  };
}

/** Rate a card through the study page's server action, as React would post it, from `origin`. */
function postRating(request: APIRequestContext, origin: string, requestId: string) {
  return request.post("/study", {
    headers: {
      "Next-Action": actionId("recordReviewAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: origin,
    },
    data: JSON.stringify([{ flashcardId: "in-modi-embrace-airport-card-1", rating: 3, requestId }]),
  });
}

test.describe("security headers", () => {
  for (const route of ["/", "/sign-in", "/study", "/api/health", "/api/account/export", "/api/auth/get-session"]) {
    test(`${route} sends CSP, frame-ancestors, Referrer-Policy and nosniff`, async ({ request }) => {
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }
});

test("the session cookie is HttpOnly and SameSite=Lax, and page scripts can't read it", async ({ page, request, baseURL }) => {
  const { setCookie } = await signUp(request, baseURL!);
  const session = setCookie.find((c) => c.includes("session_token="));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Path=\//i);
  // Over plain http the cookie can't be Secure; behind https it is (tests/integration/auth-cookies.test.ts).
  await startAsGuest(page);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
});

test("a cross-site sign-up is refused with 403 and creates no account", async ({ request }) => {
  const email = uniqueEmail("csrf");
  const response = await request.post("/api/auth/sign-up/email", {
    headers: { Origin: EVIL },
    data: { email, password: "correct horse 42", name: "CSRF" },
  });
  expect(response.status()).toBe(403);
  expect(countRows(`SELECT count(*) AS n FROM "user" WHERE "email" = ?`, email)).toBe(0);
});

test("a cross-site sign-out with the student's cookie is refused: the session stays", async ({ request, baseURL }) => {
  const { userId } = await signUp(request, baseURL!);
  const response = await request.post("/api/auth/sign-out", { headers: { Origin: EVIL }, data: {} });
  expect(response.status()).toBe(403);
  expect(countRows(`SELECT count(*) AS n FROM "session" WHERE "userId" = ?`, userId)).toBe(1);
});

test("a cross-site server action with the student's cookie is refused with 403 and stores nothing", async ({ request, baseURL }) => {
  const { userId } = await signUp(request, baseURL!);
  const refused = await postRating(request, EVIL, `csrf${Date.now()}`);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "This request came from another site and was refused." });
  expect(countRows(`SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ?`, userId)).toBe(0);

  const settings = await request.post("/settings", {
    headers: { "Next-Action": actionId("saveStudySettingsAction"), Origin: EVIL },
    multipart: { "1_desiredRetention": "0.8", "1_newCardsPerDay": "1", "1_maximumInterval": "10", "0": '["$K1"]' },
  });
  expect(settings.status()).toBe(403);
  expect(countRows(`SELECT count(*) AS n FROM "StudySettings" WHERE "userId" = ?`, userId)).toBe(0);

  // The same request from the app's own origin goes through: the refusal was about the origin.
  const allowed = await postRating(request, baseURL!, `same${Date.now()}`);
  expect(allowed.status()).toBe(200);
  expect(await allowed.text()).toContain('"ok":true');
  expect(countRows(`SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ?`, userId)).toBe(1);
});

test("a form action called with something other than a form answers 400, not 500, and changes nothing", async ({ request, baseURL }) => {
  const { userId } = await signUp(request, baseURL!);
  for (const [page, name] of [
    ["/settings", "saveStudySettingsAction"],
    ["/quiz", "startQuizAction"],
    ["/account", "deleteAccountAction"],
  ] as const) {
    const response = await request.post(page, {
      headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
      data: JSON.stringify([null, "not a form"]),
    });
    expect(response.status(), name).toBe(400);
  }
  expect(countRows(`SELECT count(*) AS n FROM "user" WHERE "id" = ?`, userId)).toBe(1);
});

test("pages run under a nonce CSP with no 'unsafe-inline' script, and still hydrate", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const csp = response!.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[^']+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  // Hydrated: the guest button works (a client component), so Next's own scripts ran with the nonce.
  await page.getByRole("button", { name: "Study as guest" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Guest")).toBeVisible();
  expect(violations).toEqual([]);
});
