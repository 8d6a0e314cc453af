"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import type { FormValues } from "@/lib/action-result";
import { startQuizAction } from "@/lib/quiz/actions";
import type { StartQuizResult } from "@/lib/quiz/types";
import { submittedValues } from "@/lib/action-result";
import { withNetwork } from "@/components/offline/needs-network";
import { DIFFICULTY_LABELS, KIND_LABELS, QUIZ_MAX_QUESTIONS, QUIZ_MIN_QUESTIONS, SECONDS_PER_QUESTION } from "@/lib/quiz/limits";
import type { QuestionKind } from "@/lib/content/schemas";
import { Field } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { FormFooter } from "@/components/ui/form-footer";
import { OpenQuizPrompt } from "./open-quiz-prompt";

export interface BuilderSection {
  id: string;
  title: string;
  questions: number;
}

/** The quiz builder: how many questions, from which sections, which kinds and difficulties, and the time limit. */
export function QuizBuilder({
  sections,
  kindCounts,
  presetSectionIds = [],
}: {
  sections: BuilderSection[];
  kindCounts: Record<QuestionKind, number>;
  /** Ticked at first ("Quiz me on this section"). */
  presetSectionIds?: string[];
}) {
  const [result, formAction, isPending] = useActionState(
    (previous: StartQuizResult | null, formData: FormData) =>
      withNetwork(() => startQuizAction(previous, formData), submittedValues(formData, ["sectionIds", "kinds", "difficulties"])),
    null,
  );
  const [count, setCount] = useState(10);
  const [timeMode, setTimeMode] = useState<"none" | "auto" | "custom">("auto");
  const autoMinutes = (Math.max(QUIZ_MIN_QUESTIONS, Math.min(QUIZ_MAX_QUESTIONS, count || 0)) * SECONDS_PER_QUESTION) / 60;
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  // A refused form keeps the student's ticks and minutes (B1); count and time mode are state already.
  const typed = result && !result.ok ? (result.values as FormValues | undefined) : undefined;
  const ticked = (name: string, value: string, byDefault: boolean) => {
    const list = typed?.[name];
    return Array.isArray(list) ? list.includes(value) : byDefault;
  };
  const minutes = typeof typed?.minutes === "string" ? typed.minutes : "10";
  const invalid = (name: string) => (result && !result.ok && result.fieldErrors?.[name] ? true : undefined);
  useEffect(() => {
    if (result && !result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [result]);
  return (
    // A new key after a refusal remounts the boxes with what was ticked (React resets a form after its action).
    <form
      id={formId}
      action={formAction}
      className="card stack"
      noValidate
      aria-labelledby="builder-heading"
      ref={formRef}
      key={JSON.stringify(typed ?? null)}
    >
      <h2 id="builder-heading">Build a quiz</h2>
      <Field
        name="count"
        label="Number of questions"
        hint={
          <>
            {QUIZ_MIN_QUESTIONS} to {QUIZ_MAX_QUESTIONS}, drawn at random without repeats.
          </>
        }
        result={result}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={QUIZ_MIN_QUESTIONS}
            max={QUIZ_MAX_QUESTIONS}
            step={1}
            value={Number.isNaN(count) ? "" : count}
            onChange={(event) => setCount(event.target.valueAsNumber)}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend>
          <strong>Sections</strong> <span className="hint">(none ticked = the whole article)</span>
        </legend>
        <div className="checks">
          {sections.map((section) => (
            <label key={section.id}>
              <input
                type="checkbox"
                name="sectionIds"
                value={section.id}
                defaultChecked={ticked("sectionIds", section.id, presetSectionIds.includes(section.id))}
              />
              <span>
                {section.title} <span className="muted small">({section.questions} questions)</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError result={result} name="sectionIds" />
      </fieldset>
      <div className="grid">
        <fieldset className="field">
          <legend>
            <strong>Kinds of question</strong>
          </legend>
          <div className="checks">
            {(Object.keys(KIND_LABELS) as QuestionKind[]).map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  name="kinds"
                  value={kind}
                  defaultChecked={ticked("kinds", kind, true)}
                  aria-invalid={invalid("kinds")}
                  aria-describedby="kinds-error"
                />
                <span>
                  {KIND_LABELS[kind]} <span className="muted small">({kindCounts[kind]})</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError result={result} name="kinds" />
        </fieldset>
        <fieldset className="field">
          <legend>
            <strong>Difficulty</strong>
          </legend>
          <div className="checks">
            {([1, 2, 3] as const).map((difficulty) => (
              <label key={difficulty}>
                <input
                  type="checkbox"
                  name="difficulties"
                  value={difficulty}
                  defaultChecked={ticked("difficulties", String(difficulty), true)}
                  aria-invalid={invalid("difficulties")}
                  aria-describedby="difficulties-error"
                />
                <span>{DIFFICULTY_LABELS[difficulty]}</span>
              </label>
            ))}
          </div>
          <FieldError result={result} name="difficulties" />
        </fieldset>
      </div>
      <fieldset className="field">
        <legend>
          <strong>Time limit</strong>
        </legend>
        <div className="checks">
          <label>
            <input type="radio" name="timeMode" value="auto" checked={timeMode === "auto"} onChange={() => setTimeMode("auto")} />
            <span>
              {SECONDS_PER_QUESTION} seconds a question{" "}
              <span className="muted small">({Number.isFinite(autoMinutes) ? `${Math.round(autoMinutes * 10) / 10} min` : "—"})</span>
            </span>
          </label>
          <label>
            <input type="radio" name="timeMode" value="custom" checked={timeMode === "custom"} onChange={() => setTimeMode("custom")} />
            <span>Minutes of my choosing</span>
          </label>
          <label>
            <input type="radio" name="timeMode" value="none" checked={timeMode === "none"} onChange={() => setTimeMode("none")} />
            <span>No time limit</span>
          </label>
        </div>
        {timeMode === "custom" ? (
          <div className="field">
            <label htmlFor="minutes">Minutes</label>
            <input
              id="minutes"
              name="minutes"
              type="number"
              min={0.5}
              max={180}
              step={0.5}
              defaultValue={minutes}
              aria-describedby="minutes-error"
              aria-invalid={invalid("minutes")}
            />
          </div>
        ) : null}
        <FieldError result={result} name="minutes" />
        <FieldError result={result} name="timeLimitSeconds" />
      </fieldset>
      {/* What the start said goes next to the button the student pressed, not out of view at the top (B2). */}
      {result && !result.ok && "openQuiz" in result ? (
        <OpenQuizPrompt open={result.openQuiz} formId={formId} isPending={isPending} />
      ) : null}
      <FormFooter
        result={result && !result.ok && !("openQuiz" in result) ? result : null}
        isPending={isPending}
        label="Start quiz"
        pendingLabel="Starting…"
      />
    </form>
  );
}
