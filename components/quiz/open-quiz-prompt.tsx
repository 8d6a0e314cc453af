"use client";
import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import { useState } from "react";
import type { OpenQuizView } from "@/lib/quiz/types";
import { formatClock } from "./format";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What abandoning the open quiz does to it, in the student's terms. */
export function abandonConsequence({ answered, total }: Pick<OpenQuizView, "answered" | "total">): string {
  const unanswered = total - answered;
  if (answered === 0)
    return `It is submitted as it stands, with no answers: its ${plural(total, "question counts", "questions count")} as wrong.`;
  const marked = `your ${plural(answered, "answer is", "answers are")} marked`;
  if (unanswered === 0) return `It is submitted as it stands: ${marked}.`;
  return `It is submitted as it stands: ${marked}, and the ${plural(unanswered, "question you didn't answer counts", "questions you didn't answer count")} as wrong.`;
}

/**
 * Starting a quiz while another is open (B17): name the open one and offer to resume it, or to
 * abandon it after asking. Abandoning submits the form `formId` again with `abandon` = its id,
 * so the new quiz starts with the same choices.
 */
export function OpenQuizPrompt({ open, formId, isPending }: { open: OpenQuizView; formId: string; isPending: boolean }) {
  const [isAsking, setIsAsking] = useState(false);
  const timeLeft = open.remainingMs === null ? "untimed" : `${formatClock(open.remainingMs)} left`;
  return (
    <div role="alert" className="alert alert-warning open-quiz">
      <p>
        <strong>You have a quiz in progress</strong> ({open.answered} of {open.total} answered · {timeLeft}). Resume it, or abandon it to
        start a new one.
      </p>
      <div className="actions">
        <Link className="btn btn-primary" href={`/quiz/${open.attemptId}`}>
          Resume it
        </Link>
        <Dialog.Root open={isAsking} onOpenChange={setIsAsking}>
          <Dialog.Trigger className="btn">Abandon it…</Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="menu-overlay" />
            <Dialog.Content className="confirm-dialog">
              <Dialog.Title>Abandon the quiz in progress?</Dialog.Title>
              <Dialog.Description>{abandonConsequence(open)} You will find it in your past quizzes.</Dialog.Description>
              <div className="actions">
                <button type="submit" form={formId} name="abandon" value={open.attemptId} className="btn btn-danger" disabled={isPending}>
                  {isPending ? "Starting…" : "Abandon it and start the new quiz"}
                </button>
                <Dialog.Close className="btn">Keep it</Dialog.Close>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </div>
    </div>
  );
}
