"use client";
import { useActionState, useEffect, useRef } from "react";
import type { FormValues } from "@/lib/action-result";
import { saveStudySettingsAction } from "@/lib/settings/actions";
import type { StudySettings } from "@/lib/settings/schemas";
import { currentZoneName } from "@/lib/settings/time-zones";
import { FieldError } from "@/components/ui/field-error";
import { Field } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/ui/time-zone-options";
import { FormFooter } from "@/components/ui/form-footer";

interface SectionOption {
  id: string;
  title: string;
  cards: number;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00${h === 0 ? " (midnight)" : h === 4 ? " (Anki's default)" : ""}`;

interface SettingsFormProps {
  settings: StudySettings;
  sections: SectionOption[];
  timeZones: string[];
  /** False until the student saves: the time zone then starts as the browser's. */
  isSaved: boolean;
}

export function SettingsForm({ settings, sections, timeZones, isSaved }: SettingsFormProps) {
  const [result, formAction, isPending] = useActionState(saveStudySettingsAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  // A refused form shows what the student typed, not the saved values (B1).
  const typed = result && !result.ok ? (result.values as FormValues | undefined) : undefined;
  const value = (name: keyof StudySettings) => (typed && typeof typed[name] === "string" ? typed[name] : String(settings[name]));
  const checkedSections = typed && Array.isArray(typed.sectionIds) ? typed.sectionIds : settings.sectionIds;
  // A student who never saved settings gets their browser's time zone suggested, not UTC, unless
  // they already chose one: a choice made before the page finished loading is theirs to keep.
  const savedZone = settings.timeZone;
  useEffect(() => {
    const browserZone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const select = timeZoneRef.current;
    if (isSaved || typed || !select || select.value !== savedZone) return;
    if ([...select.options].some((o) => o.value === browserZone)) select.value = browserZone;
  }, [isSaved, typed, savedZone]);
  // After a refusal, focus goes to the first field that needs fixing.
  useEffect(() => {
    if (result && !result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [result]);
  return (
    // A new key after each answer remounts the fields with the values above (React resets a form after its action).
    <form action={formAction} className="card" noValidate ref={formRef} key={JSON.stringify(typed ?? null)} aria-label="Study settings">
      <div className="grid">
        <Field name="newCardsPerDay" label="New cards per day" result={result}>
          {(control) => <input {...control} type="number" min={0} max={500} step={1} defaultValue={value("newCardsPerDay")} />}
        </Field>
        <Field
          name="dailyReviewLimit"
          label="Maximum reviews per day"
          hint="Review cards due beyond this wait for the next day; learning cards always show."
          result={result}
        >
          {(control) => <input {...control} type="number" min={0} max={9999} step={1} defaultValue={value("dailyReviewLimit")} />}
        </Field>
        <Field
          name="desiredRetention"
          label="Desired retention"
          hint="0.90 means you remember 9 in 10 cards when they come due."
          result={result}
        >
          {(control) => <input {...control} type="number" min={0.7} max={0.99} step={0.01} defaultValue={value("desiredRetention")} />}
        </Field>
        <Field name="maximumInterval" label="Maximum interval (days)" result={result}>
          {(control) => <input {...control} type="number" min={1} max={36500} step={1} defaultValue={value("maximumInterval")} />}
        </Field>
        <Field
          name="leechThreshold"
          label="Leech threshold (lapses)"
          hint="A card forgotten this many times is tagged a leech and suspended."
          result={result}
        >
          {(control) => <input {...control} type="number" min={1} max={99} step={1} defaultValue={value("leechThreshold")} />}
        </Field>
        <Field name="timeZone" label="Time zone" result={result}>
          {(control) => (
            <select {...control} ref={timeZoneRef} defaultValue={value("timeZone")}>
              <TimeZoneOptions zones={timeZones} />
            </select>
          )}
        </Field>
        <Field
          name="dayStartsAtHour"
          label="Next day starts at"
          hint={<>Daily limits and &ldquo;done today&rdquo; reset at this hour, in your time zone.</>}
          result={result}
        >
          {(control) => (
            <select {...control} defaultValue={value("dayStartsAtHour")}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {hourLabel(h)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="field" aria-describedby="sectionIds-error">
        <legend>
          <strong>Study only these sections</strong> <span className="hint">(none ticked = the whole article)</span>
        </legend>
        <div className="checks">
          {sections.map((section) => (
            <label key={section.id}>
              <input type="checkbox" name="sectionIds" value={section.id} defaultChecked={checkedSections.includes(section.id)} />
              <span>
                {section.title} <span className="muted small">({section.cards} cards)</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="sectionIds-error" result={result} name="sectionIds" />
      </fieldset>
      {/* The outcome sits next to the button the student just pressed, and is announced (B2). */}
      <FormFooter result={result} isPending={isPending} label="Save settings" />
    </form>
  );
}
