"use client";
import * as Select from "@radix-ui/react-select";
import type { QuizAnswer } from "@/lib/quiz/schemas";
import { inertOutside } from "@/components/ui/inert-outside";

/** Radix's Select has no empty value: this one stands for "no match chosen yet". */
const NONE = "__none__";

/**
 * A matching question: one list per left-hand item, saved as soon as one changes. A Radix Select,
 * not a native one, so a long option wraps and is read whole, in the list and once chosen.
 */
export function MatchingAnswer({
  lefts,
  rights,
  answer,
  disabled,
  onAnswer,
}: {
  lefts: string[];
  rights: string[];
  answer: QuizAnswer | null;
  disabled: boolean;
  onAnswer: (answer: QuizAnswer, saveNow: boolean) => void;
}) {
  const matches = answer?.kind === "matching" ? answer.matches : lefts.map(() => null);
  return (
    <div className="matching">
      {lefts.map((left, i) => (
        <div className="matching-row" key={left}>
          <span id={`match-${i}-label`} className="matching-left">
            {left}
          </span>
          <Select.Root
            value={matches[i] ?? NONE}
            disabled={disabled}
            onValueChange={(value) => {
              const next = lefts.map((_, j) => (j === i ? (value === NONE ? null : value) : (matches[j] ?? null)));
              onAnswer({ kind: "matching", matches: next }, true);
            }}
          >
            <Select.Trigger id={`match-${i}`} className="match-trigger" aria-labelledby={`match-${i}-label`}>
              <Select.Value />
              <Select.Icon className="match-icon" aria-hidden="true">
                ▾
              </Select.Icon>
            </Select.Trigger>
            <Select.Portal>
              <Select.Content ref={inertOutside} className="match-list" position="popper" sideOffset={4} collisionPadding={8}>
                <Select.Viewport>
                  <Select.Item value={NONE} className="match-option muted">
                    <Select.ItemText>Choose…</Select.ItemText>
                  </Select.Item>
                  {rights.map((right) => (
                    <Select.Item key={right} value={right} className="match-option">
                      <Select.ItemText>{right}</Select.ItemText>
                      <Select.ItemIndicator className="match-check" aria-hidden="true">
                        ✓
                      </Select.ItemIndicator>
                    </Select.Item>
                  ))}
                </Select.Viewport>
              </Select.Content>
            </Select.Portal>
          </Select.Root>
        </div>
      ))}
    </div>
  );
}
