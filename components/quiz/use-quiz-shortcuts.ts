"use client";
import { useEffect, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { PublicQuestion } from "@/lib/quiz/types";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { LETTERS } from "./answer-input/letters";

export type QuizPhase = "taking" | "review" | "submitting" | "timeup";

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
}

/**
 * The quiz's keyboard: 1–4 / A–D choose, T/F (or 1/2) for true or false, Enter keeps the answer
 * and goes on, ←/→ move, R flags for review, ? shows the help; in a typed answer's box Enter keeps
 * it and Esc leaves the box; in an open matching list every key is the list's. The list the student
 * reads is `QuizShortcutsHelp`.
 */
export function useQuizShortcuts({
  phase,
  setPhase,
  index,
  question,
  inputRef,
  confirm,
  goTo,
  toggleFlag,
  setAnswer,
  setShowHelp,
}: {
  phase: QuizPhase;
  setPhase: Dispatch<SetStateAction<QuizPhase>>;
  index: number;
  question: PublicQuestion;
  inputRef: RefObject<HTMLInputElement | null>;
  confirm: () => void;
  goTo: (index: number) => void;
  toggleFlag: (number: number) => void;
  setAnswer: (number: number, answer: QuizAnswer | null, options: { saveNow: boolean }) => void;
  setShowHelp: Dispatch<SetStateAction<boolean>>;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || phase === "submitting" || phase === "timeup") return;
      if (isTyping(event.target)) {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          confirm();
        }
        // Esc leaves the answer box, so the letter keys become shortcuts again (Esc, F flags a typed question).
        if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const key = event.key.toLowerCase();
      if (key === "?") return setShowHelp((shown) => !shown);
      if (phase === "review") {
        if (key === "escape") setPhase("taking");
        return;
      }
      const target = event.target instanceof Element ? event.target : null;
      // An open matching list (Radix Select) handles its own keys: arrows, Enter, typing to find.
      if (target?.closest("[role='listbox']")) return;
      // Arrows inside the options or the navigator move there, not to another question (a11y review 4.3.2).
      const inGroup = target?.closest("[role='radiogroup'], .quiz-nav") != null;
      if (event.key === "ArrowRight" && !inGroup) return goTo(index + 1);
      if (event.key === "ArrowLeft" && !inGroup) return goTo(index - 1);
      if (key === "enter") {
        if (event.target instanceof HTMLButtonElement && !event.target.dataset.choice) return;
        // Enter on a link follows it (the header's nav during a quiz).
        if (target?.closest("a[href]")) return;
        event.preventDefault();
        // Enter on an option not chosen yet chooses it, then goes on (it used to skip the question).
        const option = target?.closest<HTMLElement>("[role='radio'][data-choice]");
        if (option && option.getAttribute("aria-checked") !== "true") option.click();
        return confirm();
      }
      if (key === "r") {
        event.preventDefault(); // or the R lands in the answer box focused below
        toggleFlag(question.number);
        // Back into the answer box the student left with Esc.
        if (question.kind === "written" || question.kind === "numeric") inputRef.current?.focus();
        return;
      }
      if (question.kind === "mcq") {
        const choice = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key.toUpperCase());
        const option = question.options[choice];
        if (choice >= 0 && option !== undefined) setAnswer(question.number, { kind: "mcq", choice: option }, { saveNow: true });
      }
      if (question.kind === "truefalse") {
        if (key === "1" || key === "t") setAnswer(question.number, { kind: "truefalse", value: true }, { saveNow: true });
        if (key === "2" || key === "f") setAnswer(question.number, { kind: "truefalse", value: false }, { saveNow: true });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, setPhase, index, question, inputRef, confirm, goTo, toggleFlag, setAnswer, setShowHelp]);
}
