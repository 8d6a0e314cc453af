import { expect, test } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { expectNoAxeViolations } from "./axe";
import { attemptSignIn, signIn, signOut, uniqueEmail } from "./helpers";

// "Forgot password?" end to end: the app sends through a real SMTP server (smtp-server, on the port
// scripts/e2e-server.sh gave the app as SMTP_URL), the message is parsed (mailparser) and its link followed.

const inbox: ParsedMail[] = [];
let smtp: SMTPServer;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => void inbox.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(Number(process.env.E2E_SMTP_PORT), "127.0.0.1", resolve);
  });
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
});

const mailTo = (email: string) => inbox.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === email);
const SENT = "If an account uses this email, a link to choose a new password is on its way. It works once, for 60 minutes.";

test("a student who forgot their password gets a link by email, sets a new one and signs in with it; the old one and the used link fail", async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail("forgot");
  const signedUp = await page.request.post("/api/auth/sign-up/email", {
    headers: { Origin: baseURL! },
    data: { email, password: "the old password 1", name: "Forgot" },
  });
  expect(signedUp.status()).toBe(200);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectNoAxeViolations(page, "forgot-password form");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();

  // An email nobody signed up with gets the same words, and no mail.
  const nobody = uniqueEmail("nobody");
  await page.getByLabel("Email").fill(nobody);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toHaveText(SENT);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toHaveText(SENT);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectNoAxeViolations(page, "forgot-password sent");

  await expect.poll(() => mailTo(email).length, { timeout: 15_000 }).toBe(1);
  const mail = mailTo(email)[0]!;
  expect(mail.subject).toBe("Reset your Factdeck password");
  expect(mailTo(nobody)).toHaveLength(0);
  const link = mail.text!.match(/https?:\/\/\S+/)![0];
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);

  await page.goto(link);
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page, "reset-password form");
  await page.getByLabel("New password").fill("too short");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Use a password of at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password").fill("the new password 2");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { name: "Your password is changed" })).toBeVisible();
  await expectNoAxeViolations(page, "reset-password done");
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, "the new password 2");
  await signOut(page);
  await attemptSignIn(page, email, "the old password 1");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don't match. Check both and try again.");

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This reset link has expired or was already used. Ask for a new one below.",
  );
  await expectNoAxeViolations(page, "reset-password link used");
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
});
