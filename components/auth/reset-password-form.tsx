"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage } from "@/lib/auth/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { Alert } from "@/components/ui/alert";

const EXPIRED = authErrorMessage({ code: "INVALID_TOKEN" });

/** The page an emailed reset link opens: a new password, or why the link no longer works. */
export function ResetPasswordForm({ token }: { token: string | null }) {
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [expired, setExpired] = useState(token === null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get("password") ?? "");
    setError(null);
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      setPasswordError(authErrorMessage({ code: "PASSWORD_TOO_SHORT" }));
      event.currentTarget.querySelector<HTMLInputElement>("#password")?.focus();
      return;
    }
    setPasswordError(null);
    setPending(true);
    const result = await authClient.resetPassword({ newPassword, token: token! });
    setPending(false);
    if (!result.error) setDone(true);
    else if (result.error.code === "INVALID_TOKEN") setExpired(true);
    else if (result.error.code === "PASSWORD_TOO_SHORT" || result.error.code === "PASSWORD_TOO_COMMON")
      setPasswordError(authErrorMessage(result.error));
    else setError(authErrorMessage(result.error));
  }

  if (done || expired) {
    return (
      <div className="card auth-box">
        <h1>{done ? "Your password is changed" : "This link no longer works"}</h1>
        {done ? (
          <Alert tone="success">Sign in with your new password. Every other device that was signed in has been signed out.</Alert>
        ) : (
          <Alert tone="error">{EXPIRED}</Alert>
        )}
        <div className="actions">
          {done ? (
            <Link className="btn btn-primary" href="/sign-in">
              Sign in
            </Link>
          ) : (
            <Link className="btn btn-primary" href="/forgot-password">
              Ask for a new link
            </Link>
          )}
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="card auth-box" noValidate>
      <h1>Choose a new password</h1>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="field">
        <label htmlFor="password">New password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={passwordError ? "password-error password-hint" : "password-hint"}
          aria-invalid={passwordError ? true : undefined}
        />
        <span id="password-hint" className="hint">
          At least {MIN_PASSWORD_LENGTH} characters.
        </span>
        {passwordError ? (
          <span id="password-error" className="field-error" aria-live="polite">
            {passwordError}
          </span>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Please wait…" : "Save new password"}
        </button>
      </div>
    </form>
  );
}
