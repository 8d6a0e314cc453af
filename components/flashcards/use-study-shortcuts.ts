"use client";
import { useEffect, type Dispatch, type SetStateAction } from "react";
import type { Grade } from "./rating-buttons";

/**
 * The study screen's keyboard (Anki's keys): Space/Enter show the answer (Enter then rates the
 * suggested grade), 1–4 rate, Z undoes, "-" buries, "@" suspends, ? shows the help, Esc closes it
 * and leaves the answer box. In a type-in box Enter checks the answer and Ctrl+Z, when the box is
 * empty, undoes the last rating. The list the student reads is `StudyShortcutsHelp`.
 */
export function useStudyShortcuts({
  isRevealed,
  suggested,
  reveal,
  rate,
  undo,
  setAside,
  setShowHelp,
}: {
  isRevealed: boolean;
  suggested: Grade | null;
  reveal: () => void;
  rate: (grade: Grade) => void;
  undo: () => void;
  setAside: (how: "bury" | "suspend") => void;
  setShowHelp: Dispatch<SetStateAction<boolean>>;
}) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === "?" && !inField) {
        setShowHelp((shown) => !shown);
        return;
      }
      if (event.key === "Escape") {
        setShowHelp(false);
        // Esc leaves the answer box, so Z, - and @ are shortcuts again.
        if (inField) (event.target as HTMLElement).blur();
        return;
      }
      if (inField) {
        if (event.key === "Enter") {
          event.preventDefault();
          reveal();
        }
        // Ctrl+Z in an empty box has no typing to undo: it undoes the last rating.
        const empty = (event.target as HTMLInputElement | HTMLTextAreaElement).value === "";
        if ((event.key === "z" || event.key === "Z") && (event.ctrlKey || event.metaKey) && !event.shiftKey && empty) {
          event.preventDefault();
          undo();
        }
        return;
      }
      if (event.altKey || event.metaKey) return;
      // Anki's keys: "-" buries the card, "@" suspends it.
      if (event.key === "-" && !event.ctrlKey) {
        event.preventDefault();
        setAside("bury");
        return;
      }
      if (event.key === "@" && !event.ctrlKey) {
        event.preventDefault();
        setAside("suspend");
        return;
      }
      if ((event.key === "z" || event.key === "Z") && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (event.ctrlKey) {
        return;
      } else if (event.key === " " || event.key === "Enter") {
        // Enter/Space on a focused button or link is that control's (a11y review 4.3.1): rating,
        // Bury, Undo, the nav links. The shortcut is for focus on the page or the card.
        if (isControl(event.target)) return;
        event.preventDefault();
        if (!isRevealed) reveal();
        else if (event.key === "Enter" && suggested !== null) rate(suggested);
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as Grade);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isRevealed, rate, reveal, setAside, suggested, undo, setShowHelp]);
}

/** A control the browser activates with Enter or Space itself. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest("button, a[href], select, summary, [role='button'], [role='radio'], [role='link'], input") !== null
  );
}
