"use client";
import type { RefObject } from "react";
import type { PublicQuestion } from "@/lib/quiz/types";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { MatchingAnswer } from "./matching-answer";
import { McqAnswer } from "./mcq-answer";
import { TrueFalseAnswer } from "./true-false-answer";
import { TypedAnswer } from "./typed-answer";

/** The answer control for the question's kind. `saveNow` false: typing, saved after a pause. */
export function AnswerInput({
  question,
  answer,
  disabled,
  inputRef,
  onAnswer,
}: {
  question: PublicQuestion;
  answer: QuizAnswer | null;
  disabled: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onAnswer: (answer: QuizAnswer | null, saveNow: boolean) => void;
}) {
  switch (question.kind) {
    case "mcq":
      return <McqAnswer options={question.options} answer={answer} disabled={disabled} onAnswer={onAnswer} />;
    case "truefalse":
      return <TrueFalseAnswer answer={answer} disabled={disabled} onAnswer={onAnswer} />;
    case "written":
      return <TypedAnswer kind="written" answer={answer} disabled={disabled} inputRef={inputRef} onAnswer={onAnswer} />;
    case "numeric":
      return (
        <TypedAnswer kind="numeric" unit={question.unit} answer={answer} disabled={disabled} inputRef={inputRef} onAnswer={onAnswer} />
      );
    case "matching":
      return <MatchingAnswer lefts={question.lefts} rights={question.rights} answer={answer} disabled={disabled} onAnswer={onAnswer} />;
  }
}
