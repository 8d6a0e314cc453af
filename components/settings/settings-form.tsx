"use client";
import { useActionState, useEffect, useRef } from "react";
import type { FormValues } from "@/lib/action-result";
import { saveStudySettingsAction } from "@/lib/settings/actions";
import type { StudySettings } from "@/lib/settings/schemas";
import { currentZoneName } from "@/lib/settings/time-zones";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";

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
  const invalid = (name: string) => (result && !result.ok && result.fieldErrors?.[name] ? true : undefined);
  // A student who never saved settings gets their browser's time zone suggested, not UTC.
  useEffect(() => {
    const browserZone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const select = timeZoneRef.current;
    if (!isSaved && !typed && select && [...select.options].some((o) => o.value === browserZone)) select.value = browserZone;
  }, [isSaved, typed]);
  // After a refusal, focus goes to the first field that needs fixing.
  useEffect(() => {
    if (result && !result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [result]);
  return (
    // A new key after each answer remounts the fields with the values above (React resets a form after its action).
    <form action={formAction} className="card" noValidate ref={formRef} key={JSON.stringify(typed ?? null)} aria-label="Study settings">
      <div className="grid">
        <div className="field">
          <label htmlFor="newCardsPerDay">New cards per day</label>
          <input
            id="newCardsPerDay"
            name="newCardsPerDay"
            type="number"
            min={0}
            max={500}
            step={1}
            defaultValue={value("newCardsPerDay")}
            aria-invalid={invalid("newCardsPerDay")}
            aria-describedby="newCardsPerDay-error"
          />
          <FieldError id="newCardsPerDay-error" result={result} name="newCardsPerDay" />
        </div>
        <div className="field">
          <label htmlFor="dailyReviewLimit">Maximum reviews per day</label>
          <input
            id="dailyReviewLimit"
            name="dailyReviewLimit"
            type="number"
            min={0}
            max={9999}
            step={1}
            defaultValue={value("dailyReviewLimit")}
            aria-invalid={invalid("dailyReviewLimit")}
            aria-describedby="dailyReviewLimit-hint dailyReviewLimit-error"
          />
          <span id="dailyReviewLimit-hint" className="hint">
            Review cards due beyond this wait for the next day; learning cards always show.
          </span>
          <FieldError id="dailyReviewLimit-error" result={result} name="dailyReviewLimit" />
        </div>
        <div className="field">
          <label htmlFor="desiredRetention">Desired retention</label>
          <input
            id="desiredRetention"
            name="desiredRetention"
            type="number"
            min={0.7}
            max={0.99}
            step={0.01}
            defaultValue={value("desiredRetention")}
            aria-invalid={invalid("desiredRetention")}
            aria-describedby="desiredRetention-hint desiredRetention-error"
          />
          <span id="desiredRetention-hint" className="hint">
            0.90 means you remember 9 in 10 cards when they come due.
          </span>
          <FieldError id="desiredRetention-error" result={result} name="desiredRetention" />
        </div>
        <div className="field">
          <label htmlFor="maximumInterval">Maximum interval (days)</label>
          <input
            id="maximumInterval"
            name="maximumInterval"
            type="number"
            min={1}
            max={36500}
            step={1}
            defaultValue={value("maximumInterval")}
            aria-invalid={invalid("maximumInterval")}
            aria-describedby="maximumInterval-error"
          />
          <FieldError id="maximumInterval-error" result={result} name="maximumInterval" />
        </div>
        <div className="field">
          <label htmlFor="leechThreshold">Leech threshold (lapses)</label>
          <input
            id="leechThreshold"
            name="leechThreshold"
            type="number"
            min={1}
            max={99}
            step={1}
            defaultValue={value("leechThreshold")}
            aria-invalid={invalid("leechThreshold")}
            aria-describedby="leechThreshold-hint leechThreshold-error"
          />
          <span id="leechThreshold-hint" className="hint">
            A card forgotten this many times is tagged a leech and suspended.
          </span>
          <FieldError id="leechThreshold-error" result={result} name="leechThreshold" />
        </div>
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <select
            id="timeZone"
            name="timeZone"
            ref={timeZoneRef}
            defaultValue={value("timeZone")}
            aria-invalid={invalid("timeZone")}
            aria-describedby="timeZone-error"
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <FieldError id="timeZone-error" result={result} name="timeZone" />
        </div>
        <div className="field">
          <label htmlFor="dayStartsAtHour">Next day starts at</label>
          <select
            id="dayStartsAtHour"
            name="dayStartsAtHour"
            defaultValue={value("dayStartsAtHour")}
            aria-invalid={invalid("dayStartsAtHour")}
            aria-describedby="dayStartsAtHour-hint dayStartsAtHour-error"
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {hourLabel(h)}
              </option>
            ))}
          </select>
          <span id="dayStartsAtHour-hint" className="hint">
            Daily limits and &ldquo;done today&rdquo; reset at this hour, in your time zone.
          </span>
          <FieldError id="dayStartsAtHour-error" result={result} name="dayStartsAtHour" />
        </div>
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
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
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
    </form>
  );
}
