"use client";
import { useActionState, useEffect, useRef } from "react";
import { setExamAction, type ExamFormState } from "@/lib/exam/actions";
import { EXAM_LIMITS } from "@/lib/exam/limits";
import type { ExamFormValues } from "@/lib/exam/schemas";

interface SectionOption {
  id: string;
  title: string;
  cards: number;
}

/** The order fields are checked in: the first one with an error gets the focus. */
const FIELDS = ["date", "time", "timeZone", "sectionIds", "targetPercent", "dailyMinutes"] as const;

function FieldError({ name, state }: { name: (typeof FIELDS)[number]; state: ExamFormState | null }) {
  const messages = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return (
    <span id={`${name}-error`} className="field-error" aria-live="polite">
      {messages?.join(" ")}
    </span>
  );
}

/**
 * Set or change the exam. The action returns what was typed, so after an error the form shows it
 * again (React resets a form after its action), each message next to its field, and the first
 * field in error gets the focus.
 */
export function ExamForm({
  initial,
  sections,
  timeZones,
  submitLabel,
}: {
  initial: ExamFormValues;
  sections: SectionOption[];
  timeZones: string[];
  submitLabel: string;
}) {
  const [state, formAction, isPending] = useActionState(setExamAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state?.values ?? initial;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const invalid = (name: (typeof FIELDS)[number]) => (errors[name] ? true : undefined);
  const describe = (name: string, hint?: boolean) => [hint ? `${name}-hint` : "", `${name}-error`].filter(Boolean).join(" ");

  useEffect(() => {
    if (!state || state.ok) return;
    const first = FIELDS.find((name) => state.fieldErrors?.[name]);
    const element = first && formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`);
    element?.focus();
  }, [state]);

  return (
    // A new key per answer: the fields start again from what the action sent back.
    <form key={state ? JSON.stringify(state) : "initial"} ref={formRef} action={formAction} className="card exam-form" noValidate>
      {state?.ok ? (
        <p role="status" className="alert alert-success">
          {state.message}
        </p>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="alert alert-error">
          {state.error}
        </p>
      ) : null}
      <div className="grid">
        <div className="field">
          <label htmlFor="exam-date">Date of the exam</label>
          <input
            id="exam-date"
            name="date"
            type="date"
            defaultValue={values.date}
            aria-invalid={invalid("date")}
            aria-describedby={describe("date")}
          />
          <FieldError name="date" state={state} />
        </div>
        <div className="field">
          <label htmlFor="exam-time">Time it starts</label>
          <input
            id="exam-time"
            name="time"
            type="time"
            defaultValue={values.time}
            aria-invalid={invalid("time")}
            aria-describedby={describe("time")}
          />
          <FieldError name="time" state={state} />
        </div>
        <div className="field">
          <label htmlFor="exam-timeZone">Time zone</label>
          <select
            id="exam-timeZone"
            name="timeZone"
            defaultValue={values.timeZone}
            aria-invalid={invalid("timeZone")}
            aria-describedby={describe("timeZone", true)}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <span id="timeZone-hint" className="hint">
            Your study time zone: the plan&rsquo;s days and the countdown follow its clock.
          </span>
          <FieldError name="timeZone" state={state} />
        </div>
        <div className="field">
          <label htmlFor="exam-target">Target score (%)</label>
          <input
            id="exam-target"
            name="targetPercent"
            type="text"
            inputMode="numeric"
            defaultValue={values.targetPercent}
            placeholder="optional, e.g. 80"
            aria-invalid={invalid("targetPercent")}
            aria-describedby={describe("targetPercent")}
          />
          <FieldError name="targetPercent" state={state} />
        </div>
        <div className="field">
          <label htmlFor="exam-minutes">Study budget (minutes a day)</label>
          <input
            id="exam-minutes"
            name="dailyMinutes"
            type="text"
            inputMode="numeric"
            defaultValue={values.dailyMinutes}
            placeholder="optional, e.g. 30"
            aria-invalid={invalid("dailyMinutes")}
            aria-describedby={describe("dailyMinutes", true)}
          />
          <span id="dailyMinutes-hint" className="hint">
            {EXAM_LIMITS.minMinutes}–{EXAM_LIMITS.maxMinutes} minutes; empty: 30 minutes a day.
          </span>
          <FieldError name="dailyMinutes" state={state} />
        </div>
      </div>
      <fieldset className="field" aria-describedby="sectionIds-error" aria-invalid={invalid("sectionIds")}>
        <legend>
          <strong>Sections the exam covers</strong>
        </legend>
        <div className="checks">
          {sections.map((section) => (
            <label key={section.id}>
              <input type="checkbox" name="sectionIds" value={section.id} defaultChecked={values.sectionIds.includes(section.id)} />
              <span>
                {section.title} <span className="muted small">({section.cards} cards)</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError name="sectionIds" state={state} />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
