import { expect, test, type Page } from "@playwright/test";
import { startAsGuest } from "./helpers";

// Two layers against a script smuggled in through what a student types: React prints it as text,
// and if something ever printed it as HTML, the CSP (scripts need this response's nonce) stops it.

const PAYLOAD = `<script>window.__injected="script"</script><img src=x onerror="window.__injected='onerror'">`;

const injected = (page: Page) => page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? null);
const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

test("@phone a script typed as a quiz answer is shown as text on the results page and never runs", async ({ page }) => {
  await startAsGuest(page);
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill("5");
  for (const kind of ["Multiple choice", "True / false", "Numbers", "Matching"]) await page.getByRole("checkbox", { name: kind }).uncheck();
  await page.getByRole("radio", { name: "No time limit" }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(/Your answer/).fill(PAYLOAD);
    await page.getByRole("button", { name: /Next|Finish/ }).click();
  }
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);
  // The stored answer comes back from the server inside the page's HTML: as text.
  await expect(page.getByText(PAYLOAD, { exact: true })).toHaveCount(5);
  await page.reload();
  await expect(page.getByText(PAYLOAD, { exact: true })).toHaveCount(5);
  expect(await injected(page)).toBeNull();
});

test("an inline script and an onerror handler injected into a page's HTML are blocked by its CSP, and the page still works", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // As if a rendering bug printed the payload raw: the server's real response, headers and all, with
  // the payload spliced into its body.
  let csp = "";
  await page.route(
    (url) => url.pathname === "/sign-in",
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      csp = response.headers()["content-security-policy"] ?? "";
      const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${PAYLOAD}`);
      await route.fulfill({ response, body: html });
    },
  );
  await page.goto("/sign-in");
  expect(scriptSrc(csp)).toMatch(/'nonce-[^']+'/);
  expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
  expect(await page.locator("img[src=x]").count()).toBe(1); // the payload is in the page…
  // …and hydrated (the guest button is a client component), so only the injected scripts were refused.
  await page.getByRole("button", { name: "Study as guest" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Guest")).toBeVisible();
  expect(await injected(page)).toBeNull();
  expect(violations.length).toBeGreaterThanOrEqual(2); // the <script> and the onerror
});
