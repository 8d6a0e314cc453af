"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { saveStudySettingsAction } from "@/lib/settings/actions";
import type { StudySettings } from "@/lib/settings/schemas";

interface SectionOption {
  id: string;
  title: string;
  cards: number;
}

function FieldError({ id, result, name }: { id: string; result: ActionResult | null; name: string }) {
  const messages = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  return (
    <span id={id} className="field-error" aria-live="polite">
      {messages?.join(" ")}
    </span>
  );
}

export function SettingsForm({ settings, sections }: { settings: StudySettings; sections: SectionOption[] }) {
  const [result, formAction, isPending] = useActionState(saveStudySettingsAction, null);
  return (
    <form action={formAction} className="card" noValidate>
      {result?.ok ? <p role="status" className="alert alert-success">{result.message}</p> : null}
      {result && !result.ok ? <p role="alert" className="alert alert-error">{result.error}</p> : null}
      <div className="grid">
        <div className="field">
          <label htmlFor="newCardsPerDay">New cards per day</label>
          <input id="newCardsPerDay" name="newCardsPerDay" type="number" min={0} max={500} step={1}
            defaultValue={settings.newCardsPerDay} aria-describedby="newCardsPerDay-error" />
          <FieldError id="newCardsPerDay-error" result={result} name="newCardsPerDay" />
        </div>
        <div className="field">
          <label htmlFor="desiredRetention">Desired retention</label>
          <input id="desiredRetention" name="desiredRetention" type="number" min={0.7} max={0.99} step={0.01}
            defaultValue={settings.desiredRetention} aria-describedby="desiredRetention-hint desiredRetention-error" />
          <span id="desiredRetention-hint" className="hint">0.90 means you remember 9 in 10 cards when they come due.</span>
          <FieldError id="desiredRetention-error" result={result} name="desiredRetention" />
        </div>
        <div className="field">
          <label htmlFor="maximumInterval">Maximum interval (days)</label>
          <input id="maximumInterval" name="maximumInterval" type="number" min={1} max={36500} step={1}
            defaultValue={settings.maximumInterval} aria-describedby="maximumInterval-error" />
          <FieldError id="maximumInterval-error" result={result} name="maximumInterval" />
        </div>
      </div>
      <fieldset className="field" aria-describedby="sectionIds-error">
        <legend><strong>Study only these sections</strong> <span className="hint">(none ticked = the whole article)</span></legend>
        <div className="checks">
          {sections.map((section) => (
            <label key={section.id}>
              <input type="checkbox" name="sectionIds" value={section.id} defaultChecked={settings.sectionIds.includes(section.id)} />
              <span>{section.title} <span className="muted small">({section.cards} cards)</span></span>
            </label>
          ))}
        </div>
        <FieldError id="sectionIds-error" result={result} name="sectionIds" />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
