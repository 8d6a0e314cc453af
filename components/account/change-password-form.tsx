"use client";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage } from "@/lib/auth/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export function ChangePasswordForm() {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      setStatus({ ok: false, message: `Use a new password of at least ${MIN_PASSWORD_LENGTH} characters.` });
      return;
    }
    setPending(true);
    const result = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    setPending(false);
    if (result.error) {
      setStatus({ ok: false, message: authErrorMessage(result.error) });
      return;
    }
    formElement.reset();
    setStatus({ ok: true, message: "Password changed. Other devices have been signed out." });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>Change password</h3>
      {status ? (
        <p role={status.ok ? "status" : "alert"} className={`alert ${status.ok ? "alert-success" : "alert-error"}`}>
          {status.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="currentPassword">Current password</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" />
      </div>
      <div className="field">
        <label htmlFor="newPassword">New password</label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" aria-describedby="newPassword-hint" />
        <span id="newPassword-hint" className="hint">
          At least {MIN_PASSWORD_LENGTH} characters.
        </span>
      </div>
      <button type="submit" className="btn" disabled={isPending}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
