"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage, looksLikeEmail } from "@/lib/auth/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { Alert } from "@/components/ui/alert";

/** Sign in or sign up with email and password; errors appear on the page, next to their field. */
export function AuthForm({ mode, next, isGuest = false }: { mode: "sign-in" | "sign-up"; next: string; isGuest?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const isSignUp = mode === "sign-up";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setError(null);
    setPasswordError(null);
    setEmailError(null);
    // Every problem at once, each next to its field (B5: an empty or malformed email was "check your connection").
    const badEmail = looksLikeEmail(email)
      ? null
      : email
        ? "Enter a valid email address, like name@example.com."
        : "Enter your email address.";
    const badPassword = isSignUp && password.length < MIN_PASSWORD_LENGTH ? authErrorMessage({ code: "PASSWORD_TOO_SHORT" }) : null;
    if (badEmail || badPassword) {
      setEmailError(badEmail);
      setPasswordError(badPassword);
      event.currentTarget.querySelector<HTMLInputElement>(badEmail ? "#email" : "#password")?.focus();
      return;
    }
    setPending(true);
    // Sign-up answers a new and a registered email alike and signs no one in (lib/auth/server.ts):
    // signing in with what was typed is the next step either way.
    const signedUp = isSignUp
      ? await authClient.signUp.email({ email, password, name: String(form.get("name") ?? "").trim() || email.split("@")[0]! })
      : null;
    const result = signedUp?.error ? signedUp : await authClient.signIn.email({ email, password });
    if (result.error) {
      setPending(false);
      const message = authErrorMessage(result.error);
      if (result.error.code === "PASSWORD_TOO_SHORT" || result.error.code === "PASSWORD_TOO_COMMON") setPasswordError(message);
      else if (result.error.code === "VALIDATION_ERROR" || result.error.code === "INVALID_EMAIL") setEmailError(message);
      // Only after the sign-in that follows a sign-up: this email has an account, with another password.
      else if (isSignUp && result.error.code === "INVALID_EMAIL_OR_PASSWORD") setError(authErrorMessage({ code: "USER_ALREADY_EXISTS" }));
      else setError(message);
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="card auth-box" noValidate>
      <h1>{isSignUp ? (isGuest ? "Keep your progress" : "Create your account") : "Sign in"}</h1>
      {isSignUp && isGuest ? (
        <p className="muted">You are studying as a guest. Create an account and everything you have studied stays with you.</p>
      ) : null}
      {!isSignUp && isGuest ? (
        <p className="muted">
          You are studying as a guest. Sign in and what you studied here is added to your account: where you studied a card on both, the
          more-studied one is kept, with every review.
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {isSignUp ? (
        <div className="field">
          <label htmlFor="name">Name</label>
          <input id="name" name="name" type="text" autoComplete="name" />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-describedby={emailError ? "email-error" : undefined}
          aria-invalid={emailError ? true : undefined}
        />
        {emailError ? (
          <span id="email-error" className="field-error" aria-live="polite">
            {emailError}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          required
          aria-describedby={passwordError ? "password-error" : isSignUp ? "password-hint" : undefined}
          aria-invalid={passwordError ? true : undefined}
        />
        {isSignUp ? (
          <span id="password-hint" className="hint">
            At least {MIN_PASSWORD_LENGTH} characters.
          </span>
        ) : null}
        {passwordError ? (
          <span id="password-error" className="field-error" aria-live="polite">
            {passwordError}
          </span>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Please wait…" : isSignUp ? "Create account" : "Sign in"}
        </button>
        {isSignUp ? (
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>I have an account</Link>
        ) : (
          <>
            <Link href="/forgot-password">Forgot password?</Link>
            <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </div>
    </form>
  );
}
