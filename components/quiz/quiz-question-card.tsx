"use client";
import type { RefObject } from "react";
import type { PublicQuestion } from "@/lib/quiz/types";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { AnswerInput } from "./answer-input/answer-input";

/** The question on screen: its prompt, its answer control, Back / Flag / Next and the save status. */
export function QuizQuestionCard({
  question,
  total,
  answer,
  isFlagged,
  isFirst,
  isLast,
  isLocked,
  saveLabel,
  inputRef,
  onAnswer,
  onBack,
  onToggleFlag,
  onNext,
}: {
  question: PublicQuestion;
  total: number;
  answer: QuizAnswer | null;
  isFlagged: boolean;
  isFirst: boolean;
  isLast: boolean;
  /** Submitting or out of time: nothing can change any more. */
  isLocked: boolean;
  saveLabel: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onAnswer: (answer: QuizAnswer | null, saveNow: boolean) => void;
  onBack: () => void;
  onToggleFlag: () => void;
  onNext: () => void;
}) {
  return (
    <section
      className="card quiz-question"
      aria-labelledby="question-heading"
      data-question-number={question.number}
      data-kind={question.kind}
    >
      <p className="quiz-meta small muted">
        <span>
          Question {question.number} of {total}
        </span>
        <span>{question.sectionTitle}</span>
      </p>
      <h2 id="question-heading" className="quiz-prompt" tabIndex={-1}>
        {question.kind === "truefalse" ? (
          <>
            <span className="muted">True or false: </span>
            {question.prompt}
          </>
        ) : (
          question.prompt
        )}
      </h2>
      <AnswerInput question={question} answer={answer} disabled={isLocked} inputRef={inputRef} onAnswer={onAnswer} />
      <div className="quiz-controls">
        <button type="button" className="btn" onClick={onBack} disabled={isFirst || isLocked}>
          ← Back
        </button>
        <button
          type="button"
          className={`btn${isFlagged ? " is-on" : ""}`}
          aria-pressed={isFlagged}
          onClick={onToggleFlag}
          disabled={isLocked}
        >
          {isFlagged ? "⚑ Flagged" : "⚐ Flag for review"} <kbd>R</kbd>
        </button>
        <span className="save-status small muted" aria-live="polite">
          {saveLabel}
        </span>
        {!isLast ? (
          <button type="button" className="btn btn-primary" onClick={onNext} disabled={isLocked}>
            Next → <kbd>Enter</kbd>
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={onNext} disabled={isLocked}>
            Finish <kbd>Enter</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
