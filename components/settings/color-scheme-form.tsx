"use client";
import { useActionState } from "react";
import { FormFooter } from "@/components/ui/form-footer";
import { saveColorSchemeAction } from "@/lib/settings/actions";
import type { ColorScheme } from "@/lib/settings/schemas";

const OPTIONS: { value: ColorScheme; label: string; hint: string }[] = [
  { value: "system", label: "System", hint: "light or dark as your device is set" },
  { value: "light", label: "Light", hint: "always light" },
  { value: "dark", label: "Dark", hint: "always dark" },
];

/** Light, dark or the device's choice; saved with the student's settings and used on every page. */
export function ColorSchemeForm({ colorScheme }: { colorScheme: ColorScheme }) {
  const [result, formAction, isPending] = useActionState(saveColorSchemeAction, null);
  return (
    <form action={formAction} className="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <fieldset>
        <legend>Colour scheme</legend>
        <div className="checks">
          {OPTIONS.map((option) => (
            <label key={option.value}>
              <input type="radio" name="colorScheme" value={option.value} defaultChecked={colorScheme === option.value} />
              <span>
                {option.label} <span className="muted small">({option.hint})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormFooter result={result} isPending={isPending} label="Save appearance" />
    </form>
  );
}
