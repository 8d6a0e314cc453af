"use client";
import { useActionState, useEffect, useRef } from "react";
import { setExamAction } from "@/lib/exam/actions";
import { EXAM_LIMITS } from "@/lib/exam/limits";
import type { ExamFormValues } from "@/lib/exam/schemas";
import { Field } from "@/components/ui/field";
import { TimeZoneOptions } from "@/components/ui/time-zone-options";
import { FieldError } from "@/components/ui/field-error";

interface SectionOption {
  id: string;
  title: string;
  cards: number;
}

/** The order fields are checked in: the first one with an error gets the focus. */
const FIELDS = ["date", "time", "timeZone", "sectionIds", "targetPercent", "dailyMinutes"] as const;

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
        <Field name="date" id="exam-date" label="Date of the exam" result={state}>
          {(control) => <input {...control} type="date" defaultValue={values.date} />}
        </Field>
        <Field name="time" id="exam-time" label="Time it starts" result={state}>
          {(control) => <input {...control} type="time" defaultValue={values.time} />}
        </Field>
        <Field
          name="timeZone"
          id="exam-timeZone"
          label="Time zone"
          hint={<>Your study time zone: the plan&rsquo;s days and the countdown follow its clock.</>}
          result={state}
        >
          {(control) => (
            <select {...control} defaultValue={values.timeZone}>
              <TimeZoneOptions zones={timeZones} />
            </select>
          )}
        </Field>
        <Field name="targetPercent" id="exam-target" label="Target score (%)" result={state}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" defaultValue={values.targetPercent} placeholder="optional, e.g. 80" />
          )}
        </Field>
        <Field
          name="dailyMinutes"
          id="exam-minutes"
          label="Study budget (minutes a day)"
          hint={
            <>
              {EXAM_LIMITS.minMinutes}–{EXAM_LIMITS.maxMinutes} minutes; empty: 30 minutes a day.
            </>
          }
          result={state}
        >
          {(control) => (
            <input {...control} type="text" inputMode="numeric" defaultValue={values.dailyMinutes} placeholder="optional, e.g. 30" />
          )}
        </Field>
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
        <FieldError result={state} name="sectionIds" />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
