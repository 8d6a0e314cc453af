import type { ActionResult } from "@/lib/action-result";

/**
 * The messages of one form field from an action's result, next to the field: give the field
 * `aria-describedby={id}` (default `<name>-error`). Always rendered, so the live region exists
 * before a message arrives and screen readers announce it.
 */
export function FieldError({ result, name, id = `${name}-error` }: { result: ActionResult | null; name: string; id?: string }) {
  const messages = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  return (
    <span id={id} className="field-error" aria-live="polite">
      {messages?.join(" ")}
    </span>
  );
}
