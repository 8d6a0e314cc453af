"use client";
import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { DELETE_CONFIRMATION } from "@/lib/accounts/confirmation";

/** `withPassword`: the student has one (not a guest), so an older session must type it. */
export function DeleteAccountForm({ withPassword }: { withPassword: boolean }) {
  const [result, formAction, isPending] = useActionState(deleteAccountAction, null);
  const passwordError = result && !result.ok ? (result.fieldErrors?.password?.join(" ") ?? null) : null;
  const error = result && !result.ok && !passwordError ? (result.fieldErrors?.confirmation?.join(" ") ?? result.error) : null;
  return (
    <form action={formAction} noValidate>
      <div className="field">
        <label htmlFor="confirmation">Type “{DELETE_CONFIRMATION}” to confirm</label>
        <input id="confirmation" name="confirmation" type="text" autoComplete="off" aria-describedby="confirmation-error" />
        <span id="confirmation-error" className="field-error" aria-live="polite">
          {error}
        </span>
      </div>
      {withPassword ? (
        <div className="field">
          <label htmlFor="delete-password">Current password</label>
          <input
            id="delete-password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby="delete-password-hint delete-password-error"
          />
          <span id="delete-password-hint" className="hint">
            Not needed within 10 minutes of signing in.
          </span>
          <span id="delete-password-error" className="field-error" aria-live="polite">
            {passwordError}
          </span>
        </div>
      ) : null}
      <button type="submit" className="btn btn-danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account and progress"}
      </button>
    </form>
  );
}
