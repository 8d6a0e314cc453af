import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldError } from "./field-error";

/** What a field's control needs to be tied to its label, hint and messages. */
export interface FieldControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string;
}

/**
 * One form field: its label, the control, an optional hint and its messages from the action's
 * result, wired the same way in every form (the hint and the messages describe the control, and
 * a refused field is marked invalid). The control is the caller's: it spreads the props it gets.
 *
 * @example
 * <Field name="count" label="Number of questions" hint="5 to 50" result={result}>
 *   {(control) => <input {...control} type="number" defaultValue={10} />}
 * </Field>
 */
export function Field({
  name,
  id = name,
  label,
  hint,
  result,
  children,
}: {
  name: string;
  /** The control's id, when another form on the page uses the same name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  result: ActionResult | null;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const isInvalid = result && !result.ok && result.fieldErrors?.[name] ? true : undefined;
  const describedBy = [hint ? `${name}-hint` : "", `${name}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, "aria-invalid": isInvalid, "aria-describedby": describedBy })}
      {hint ? (
        <span id={`${name}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <FieldError result={result} name={name} />
    </div>
  );
}
