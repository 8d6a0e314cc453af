import type { Bank, BankQuestion } from "@/lib/content/bank";
import { activeQuestions, canonicalFact, isActive } from "@/lib/content/retire";
import type { QuestionKind } from "@/lib/content/schemas";
import type { Random } from "@/lib/random";
import type { QuizSettings } from "./schemas";

/**
 * Drawing a quiz from the bank: pure, with the random source passed in.
 * Questions are drawn at random without repeats and spread across the chosen
 * kinds. The rule: no two questions of one quiz test the same fact. A question
 * tests its fact and its related facts (relatedFactIds), a retired duplicate
 * counts as the fact it restates, and a question is drawn only if none of the
 * facts it tests is tested by a question already drawn, so one question never
 * gives away or repeats another. A quiz is shorter than asked for rather than
 * break the rule. Retired questions are never drawn. MCQ options and matching
 * right-hand sides are shuffled; the order is stored with the attempt.
 */

export interface DrawnQuiz {
  questionIds: string[];
  /** Per question id: the order its choices are shown in. */
  layout: Record<string, string[]>;
  /** How many questions matched the settings (may be fewer than asked for). */
  available: number;
}

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** The questions of the bank that match the settings' sections, kinds and difficulties. */
export function questionPool(bank: Bank, settings: Pick<QuizSettings, "sectionIds" | "kinds" | "difficulties">): BankQuestion[] {
  const sections = new Set(settings.sectionIds);
  const kinds = new Set<QuestionKind>(settings.kinds);
  const difficulties = new Set<number>(settings.difficulties);
  return activeQuestions(bank).filter(
    (question) =>
      (sections.size === 0 || sections.has(question.sectionId)) && kinds.has(question.kind) && difficulties.has(question.difficulty),
  );
}

/**
 * Draw a quiz. With `only`, the questions come from that list (a practice of
 * missed questions) instead of the settings' sections, kinds and difficulties.
 */
export function drawQuiz(bank: Bank, settings: QuizSettings, random: Random, only?: readonly string[]): DrawnQuiz {
  const pool = only ? only.flatMap((id) => (isActive(bank, id) ? (bank.questions.get(id) ?? []) : [])) : questionPool(bank, settings);
  // A practice of missed questions asks every one of them, even two on one fact: the student missed both.
  const picked = only
    ? shuffle(pool, random).slice(0, settings.count)
    : pickSpread(pool, settings.count, random, (q) => testedFacts(bank, q));
  const layout: Record<string, string[]> = {};
  for (const question of picked) {
    if (question.kind === "mcq") layout[question.id] = shuffle(question.options, random);
    if (question.kind === "matching")
      layout[question.id] = shuffleAway(
        question.pairs.map((pair) => pair.right),
        random,
      );
  }
  return { questionIds: picked.map((question) => question.id), layout, available: pool.length };
}

/** The facts a question tests: its own and its related ones, a retired duplicate counted as the fact it restates. */
export function testedFacts(bank: Bank, question: BankQuestion): string[] {
  return [...new Set([question.factId, ...question.relatedFactIds].map((id) => canonicalFact(bank, id)))];
}

/** Round-robin over the kinds in random order; a question whose facts are already tested is never taken. */
function pickSpread(pool: readonly BankQuestion[], count: number, random: Random, factsOf: (q: BankQuestion) => string[]): BankQuestion[] {
  const byKind = new Map<QuestionKind, BankQuestion[]>();
  for (const question of shuffle(pool, random)) {
    const list = byKind.get(question.kind) ?? [];
    list.push(question);
    byKind.set(question.kind, list);
  }
  const picked: BankQuestion[] = [];
  const usedFacts = new Set<string>();
  let progress = true;
  while (picked.length < count && progress) {
    progress = false;
    for (const kind of shuffle([...byKind.keys()], random)) {
      if (picked.length >= count) break;
      const list = byKind.get(kind) ?? [];
      const index = list.findIndex((question) => factsOf(question).every((fact) => !usedFacts.has(fact)));
      if (index === -1) continue;
      const [question] = list.splice(index, 1);
      if (!question) continue;
      picked.push(question);
      for (const fact of factsOf(question)) usedFacts.add(fact);
      progress = true;
    }
  }
  return shuffle(picked, random);
}

/** A shuffle that never leaves the right-hand sides in their matching order (which would give the answer away). */
function shuffleAway(rights: readonly string[], random: Random): string[] {
  for (let tries = 0; tries < 10; tries += 1) {
    const order = shuffle(rights, random);
    if (order.some((right, index) => right !== rights[index])) return order;
  }
  return [...rights.slice(1), ...rights.slice(0, 1)];
}
