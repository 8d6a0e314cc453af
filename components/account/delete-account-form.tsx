"use client";
import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { DELETE_CONFIRMATION } from "@/lib/accounts/confirmation";

export function DeleteAccountForm() {
  const [result, formAction, isPending] = useActionState(deleteAccountAction, null);
  const error = result && !result.ok ? result.fieldErrors?.confirmation?.join(" ") ?? result.error : null;
  return (
    <form action={formAction} noValidate>
      <div className="field">
        <label htmlFor="confirmation">Type “{DELETE_CONFIRMATION}” to confirm</label>
        <input id="confirmation" name="confirmation" type="text" autoComplete="off" aria-describedby="confirmation-error" />
        <span id="confirmation-error" className="field-error" aria-live="polite">{error}</span>
      </div>
      <button type="submit" className="btn btn-danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account and progress"}
      </button>
    </form>
  );
}
