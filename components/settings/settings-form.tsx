"use client";
import { useActionState, useEffect, useRef } from "react";
import { saveStudySettingsAction } from "@/lib/settings/actions";
import type { StudySettings } from "@/lib/settings/schemas";
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
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  // A student who never saved settings gets their browser's time zone suggested, not UTC.
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const select = timeZoneRef.current;
    if (!isSaved && select && [...select.options].some((o) => o.value === browserZone)) select.value = browserZone;
  }, [isSaved]);
  return (
    <form action={formAction} className="card" noValidate>
      {result?.ok ? <Alert tone="success">{result.message}</Alert> : null}
      {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
      <div className="grid">
        <div className="field">
          <label htmlFor="newCardsPerDay">New cards per day</label>
          <input id="newCardsPerDay" name="newCardsPerDay" type="number" min={0} max={500} step={1}
            defaultValue={settings.newCardsPerDay} aria-describedby="newCardsPerDay-error" />
          <FieldError id="newCardsPerDay-error" result={result} name="newCardsPerDay" />
        </div>
        <div className="field">
          <label htmlFor="dailyReviewLimit">Maximum reviews per day</label>
          <input id="dailyReviewLimit" name="dailyReviewLimit" type="number" min={0} max={9999} step={1}
            defaultValue={settings.dailyReviewLimit} aria-describedby="dailyReviewLimit-hint dailyReviewLimit-error" />
          <span id="dailyReviewLimit-hint" className="hint">Review cards due beyond this wait for the next day; learning cards always show.</span>
          <FieldError id="dailyReviewLimit-error" result={result} name="dailyReviewLimit" />
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
        <div className="field">
          <label htmlFor="leechThreshold">Leech threshold (lapses)</label>
          <input id="leechThreshold" name="leechThreshold" type="number" min={1} max={99} step={1}
            defaultValue={settings.leechThreshold} aria-describedby="leechThreshold-hint leechThreshold-error" />
          <span id="leechThreshold-hint" className="hint">A card forgotten this many times is tagged a leech and suspended.</span>
          <FieldError id="leechThreshold-error" result={result} name="leechThreshold" />
        </div>
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <select id="timeZone" name="timeZone" ref={timeZoneRef} defaultValue={settings.timeZone} aria-describedby="timeZone-error">
            {timeZones.map((zone) => <option key={zone} value={zone}>{zone.replaceAll("_", " ")}</option>)}
          </select>
          <FieldError id="timeZone-error" result={result} name="timeZone" />
        </div>
        <div className="field">
          <label htmlFor="dayStartsAtHour">Next day starts at</label>
          <select id="dayStartsAtHour" name="dayStartsAtHour" defaultValue={settings.dayStartsAtHour} aria-describedby="dayStartsAtHour-hint dayStartsAtHour-error">
            {HOURS.map((h) => <option key={h} value={h}>{hourLabel(h)}</option>)}
          </select>
          <span id="dayStartsAtHour-hint" className="hint">Daily limits and &ldquo;done today&rdquo; reset at this hour, in your time zone.</span>
          <FieldError id="dayStartsAtHour-error" result={result} name="dayStartsAtHour" />
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
