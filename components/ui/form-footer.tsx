import { Alert } from "./alert";

/**
 * A form's submit button with the outcome next to it, where the student is looking, and
 * announced (B2): the action's message when it saved, its error when it was refused.
 */
export function FormFooter({
  result,
  isPending,
  label,
  pendingLabel = "Saving…",
}: {
  result: { ok: true; message?: string } | { ok: false; error: string } | null;
  isPending: boolean;
  label: string;
  pendingLabel?: string;
}) {
  return (
    <div className="actions">
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? pendingLabel : label}
      </button>
      {result?.ok ? (
        <Alert tone="success" inline>
          {result.message}
        </Alert>
      ) : null}
      {result && !result.ok ? (
        <Alert tone="error" inline>
          {result.error}
        </Alert>
      ) : null}
    </div>
  );
}
