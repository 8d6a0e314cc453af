import { gradeTyped } from "@/lib/answers/grade";
import { answerKeyOf } from "@/lib/answers/keys";
import type { BankQuestion } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schemas";
import type { QuizAnswer } from "./schemas";

/**
 * Quiz grading: pure, no I/O. Written and numeric answers go through the one
 * grader of typed answers (lib/answers/grade.ts), shared with type-in cards.
 */

export interface QuestionGrade {
  questionId: string;
  answered: boolean;
  correct: boolean;
  /** For matching questions: whether each left side (in content order) was matched right. */
  pairs?: boolean[];
  /** Why a lenient match was accepted, shown on the results page. */
  note?: string;
}

export function gradeAnswer(question: Question, answer: QuizAnswer | null): QuestionGrade {
  const base = { questionId: question.id };
  if (!answer || !isAnswered(answer)) {
    return {
      ...base,
      answered: false,
      correct: false,
      ...(question.kind === "matching" ? { pairs: question.pairs.map(() => false) } : {}),
    };
  }
  if (answer.kind !== question.kind) return { ...base, answered: true, correct: false };
  switch (question.kind) {
    case "mcq":
      return { ...base, answered: true, correct: answer.kind === "mcq" && answer.choice === question.answer };
    case "truefalse":
      return { ...base, answered: true, correct: answer.kind === "truefalse" && answer.value === question.answer };
    case "written":
    case "numeric": {
      // The same grader as type-in cards and content:grade (lib/answers/grade.ts).
      const key = answerKeyOf(question);
      const verdict = key && (answer.kind === "written" || answer.kind === "numeric") ? gradeTyped(answer.text, key) : null;
      return { ...base, answered: true, correct: verdict?.correct ?? false, ...(verdict?.note ? { note: verdict.note } : {}) };
    }
    case "matching": {
      const matches = answer.kind === "matching" ? answer.matches : [];
      const pairs = question.pairs.map((pair, index) => matches[index] === pair.right);
      return { ...base, answered: true, correct: pairs.every(Boolean), pairs };
    }
  }
}

/** True when the student actually gave something (an empty text box or an untouched matching is no answer). */
export function isAnswered(answer: QuizAnswer): boolean {
  switch (answer.kind) {
    case "written":
    case "numeric":
      return answer.text.trim().length > 0;
    case "matching":
      return answer.matches.some((match) => match !== null);
    default:
      return true;
  }
}

export interface SectionScore {
  sectionId: string;
  correct: number;
  total: number;
}

export interface AttemptScore {
  score: number;
  total: number;
  grades: QuestionGrade[];
  bySection: SectionScore[];
}

/** Score an attempt: one point per question answered correctly; unanswered questions score zero. */
export function scoreAttempt(questions: readonly BankQuestion[], answers: ReadonlyMap<string, QuizAnswer | null>): AttemptScore {
  const grades: QuestionGrade[] = [];
  const sections = new Map<string, SectionScore>();
  for (const question of questions) {
    const grade = gradeAnswer(question, answers.get(question.id) ?? null);
    grades.push(grade);
    const section = sections.get(question.sectionId) ?? { sectionId: question.sectionId, correct: 0, total: 0 };
    section.total += 1;
    if (grade.correct) section.correct += 1;
    sections.set(question.sectionId, section);
  }
  return { score: grades.filter((grade) => grade.correct).length, total: questions.length, grades, bySection: [...sections.values()] };
}

/** A typed answer against accepted spellings: "exact" (any rule of the grader but a typo), "close" (one letter off) or "wrong". */
export function matchWritten(given: string, accepted: readonly string[], prompt = ""): "exact" | "close" | "wrong" {
  const verdict = gradeTyped(given, { accepted, prompt });
  return !verdict.correct ? "wrong" : verdict.note ? "close" : "exact";
}

/** A single number within tolerance of the value, or inside the article's range; a typed range must match the article's. */
export function matchNumeric(text: string, question: Extract<Question, { kind: "numeric" }>): boolean {
  const key = answerKeyOf(question);
  return key !== null && gradeTyped(text, key).correct;
}
