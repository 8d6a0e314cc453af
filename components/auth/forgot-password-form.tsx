"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage, looksLikeEmail } from "@/lib/auth/messages";
import { Alert } from "@/components/ui/alert";

/** The same words whether or not the email has an account: the page must not tell. */
const SENT = "If an account uses this email, a link to choose a new password is on its way. It works once, for 60 minutes.";

/** "Forgot password?": asks for a reset link by email. The typed email stays in the box. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = email.trim();
    setError(null);
    setSent(false);
    if (!looksLikeEmail(typed)) {
      setEmailError(typed ? "Enter a valid email address, like name@example.com." : "Enter your email address.");
      event.currentTarget.querySelector<HTMLInputElement>("#email")?.focus();
      return;
    }
    setEmailError(null);
    setPending(true);
    const result = await authClient.requestPasswordReset({ email: typed, redirectTo: "/reset-password" });
    setPending(false);
    if (result.error) setError(authErrorMessage(result.error));
    else setSent(true);
  }

  return (
    <form onSubmit={onSubmit} className="card auth-box" noValidate>
      <h1>Forgot your password?</h1>
      <p className="muted">Type the email you signed up with. We send it a link to choose a new password.</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sent ? <Alert tone="success">{SENT}</Alert> : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-describedby={emailError ? "email-error" : undefined}
          aria-invalid={emailError ? true : undefined}
        />
        {emailError ? (
          <span id="email-error" className="field-error" aria-live="polite">
            {emailError}
          </span>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Please wait…" : "Send me a link"}
        </button>
        <Link href="/sign-in">Back to sign in</Link>
      </div>
    </form>
  );
}
