import { expect, type Locator, type Page } from "@playwright/test";
import type { BankQuestion } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/read";
import { readRow } from "./helpers";
import { questionIdsColumn } from "@/lib/quiz/columns";

export const bank = loadBank();
export type Mode = "keyboard" | "tap";

/** The attempt on screen, as the server stored it: its questions in order and its deadline. */
export async function currentAttempt(page: Page) {
  const attemptId = await page.locator("[data-attempt-id]").getAttribute("data-attempt-id");
  const row = readRow<{ questionIds: string; deadline: string | number | null }>(
    "SELECT questionIds, deadline FROM QuizAttempt WHERE id = ?",
    attemptId,
  );
  const questions = questionIdsColumn.parse(row!.questionIds).map((id) => bank.questions.get(id)!);
  return { attemptId: attemptId!, questions, deadline: row!.deadline === null ? null : new Date(row!.deadline).getTime() };
}

const seconds = (clock: string) => clock.split(":").reduce((total, part) => total * 60 + Number(part), 0);
export async function timeLeft(page: Page): Promise<number> {
  return seconds((await page.getByRole("timer", { name: "Time left" }).innerText()).trim());
}

/** The question on screen: the region that says "Question n of m" (its name is the prompt). */
export const questionCard = (page: Page) => page.getByRole("region").filter({ has: page.getByText(/^Question \d+ of \d+$/) });

/** Answer the question on screen right or wrong, as a student would, then move on. */
export async function answer(page: Page, question: BankQuestion, right: boolean, mode: Mode) {
  // The question's section is named by its heading, the prompt ("True or false: " before a statement).
  const box = page.getByRole("region", { name: question.kind === "truefalse" ? question.statement : question.prompt });
  await expect(box).toHaveAttribute("data-kind", question.kind);
  const press = (key: string) => page.keyboard.press(key);
  let typed = false;
  switch (question.kind) {
    case "mcq": {
      const target = right ? question.answer : question.options.find((option) => option !== question.answer)!;
      const radio = box.getByRole("radio", { name: target, exact: true });
      if (mode === "keyboard") await press(["A", "B", "C", "D"][await radioIndex(box, target)]!);
      else await radio.tap();
      await expect(radio).toHaveAttribute("aria-checked", "true");
      break;
    }
    case "truefalse": {
      const value = right ? question.answer : !question.answer;
      if (mode === "keyboard") await press(value ? "t" : "f");
      else await box.getByRole("radio", { name: value ? "True" : "False" }).tap();
      await expect(box.getByRole("radio", { name: value ? "True" : "False" })).toHaveAttribute("aria-checked", "true");
      break;
    }
    case "written":
    case "numeric": {
      const text = !right
        ? "123456 no idea"
        : question.kind === "written"
          ? question.answer.toLowerCase()
          : question.range
            ? `${question.range.min}–${question.range.max}`
            : `${question.value} ${question.unit}`;
      if (mode === "keyboard") {
        await expect(page.getByLabel(/Your answer/)).toBeFocused();
        await page.keyboard.type(text);
        await press("Enter");
        typed = true;
      } else {
        await page.getByLabel(/Your answer/).fill(text);
      }
      break;
    }
    case "matching": {
      const rights = question.pairs.map((pair) => pair.right);
      for (const [index, pair] of question.pairs.entries()) {
        const choice = right ? pair.right : rights[(index + 1) % rights.length]!;
        // Each left side's list (a Radix Select): open it, then pick the right side by its whole text.
        const list = box.getByRole("combobox", { name: pair.left, exact: true });
        const option = page.getByRole("listbox").getByRole("option", { name: choice, exact: true });
        if (mode === "tap") {
          await list.tap();
          await option.tap();
        } else {
          await list.click();
          await option.click();
        }
        await expect(list).toContainText(choice);
      }
      break;
    }
  }
  if (typed) return;
  if (mode === "keyboard" && question.kind !== "matching") await press("Enter");
  else await box.getByRole("button", { name: /Next|Finish/ }).click();
}

async function radioIndex(box: Locator, name: string): Promise<number> {
  const names = await box.getByRole("radio").evaluateAll((radios) => radios.map((radio) => radio.textContent?.slice(1).trim()));
  return names.indexOf(name);
}

/**
 * Start an untimed quiz of `count` questions from /quiz as a student would, leaving out the
 * question kinds named in `without` (their labels in the builder); the attempt on screen.
 */
export async function startUntimedQuiz(page: Page, { count = 5, without = [] }: { count?: number; without?: string[] } = {}) {
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill(String(count));
  for (const kind of without) await page.getByLabel(new RegExp(`^${kind.replace("/", "\\/")}`)).uncheck();
  await page.getByLabel("No time limit").check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  return currentAttempt(page);
}

/** Answer each question right or wrong as `isRight(index)` says, then submit from the last one. */
export async function answerAllAndSubmit(page: Page, questions: BankQuestion[], isRight: (index: number) => boolean, mode: Mode) {
  for (const [index, question] of questions.entries()) await answer(page, question, isRight(index), mode);
  await page.getByRole("button", { name: "Submit now" }).click();
}

/** Take a quick quiz and submit it unanswered: its results and the history on /quiz then exist. */
export async function finishQuickQuiz(page: Page): Promise<string> {
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Quick quiz" }).click();
  await expect(page.locator("[data-attempt-id]")).toBeVisible();
  await page.getByRole("button", { name: "Submit quiz…" }).click();
  await page.getByRole("button", { name: /Submit now/ }).click();
  await expect(page).toHaveURL(/\/results$/);
  return page.url();
}

/** Start a quiz of `count` questions of one kind from the builder (all sections, every difficulty). */
export async function startQuizOf(page: Page, kind: string, count = 5) {
  await page.goto("/quiz");
  await page.getByLabel("Number of questions").fill(String(count));
  for (const other of ["Multiple choice", "True / false", "Written answer", "Numbers", "Matching"]) {
    if (other !== kind) await page.getByRole("checkbox", { name: new RegExp(`^${other.replace("/", "\\/")}`) }).uncheck();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  await expect(page.locator("[data-attempt-id]")).toBeVisible();
}
