import { default_w } from "ts-fsrs";
import { FORGETFUL_STUDENT_PARAMETERS } from "../../lib/srs/simulate";
import type { Random } from "../../lib/random";

/**
 * The simulated students of bench:exam: three kinds whose memory follows FSRS
 * with known parameters that differ from the defaults the app schedules with
 * (a new student has too few reviews to train their own), each student jittered
 * around their kind so no two are alike.
 */
export type StudentKind = "forgetful" | "average" | "strong";
export const STUDENT_KINDS: readonly StudentKind[] = ["forgetful", "average", "strong"];

const withChanges = (base: readonly number[], changes: Record<number, number>) => base.map((w, i) => changes[i] ?? w);

/** Initial stabilities a quarter lower than the defaults, a slightly steeper curve. */
const AVERAGE = withChanges(default_w, { 0: 0.16, 1: 0.97, 2: 1.75, 3: 6.2, 8: 1.75, 20: 0.2 });
/** Initial stabilities about twice the defaults, faster growth. */
const STRONG = withChanges(default_w, { 0: 0.45, 1: 2.6, 2: 4.8, 3: 15, 8: 2.1, 20: 0.13 });

export const KIND_PARAMETERS: Record<StudentKind, readonly number[]> = {
  forgetful: FORGETFUL_STUDENT_PARAMETERS,
  average: AVERAGE,
  strong: STRONG,
};

export interface SimulatedStudent {
  kind: StudentKind;
  trueParameters: number[];
  /** Their own time per rating, seconds (the app learns it from the review log). */
  secondsPerReview: number;
  seed: number;
}

/** Student number `n` (kinds in turn), reproducible from `random`. */
export function makeStudent(n: number, random: Random): SimulatedStudent {
  const kind = STUDENT_KINDS[n % STUDENT_KINDS.length]!;
  const jitter = (spread: number) => Math.exp((random() * 2 - 1) * spread);
  const trueParameters = [...KIND_PARAMETERS[kind]];
  // Initial stabilities (w0–w3) and stability growth (w8) vary from student to student.
  for (const i of [0, 1, 2, 3]) trueParameters[i] = trueParameters[i]! * jitter(0.25);
  trueParameters[8] = trueParameters[8]! * jitter(0.1);
  return { kind, trueParameters, secondsPerReview: 6 + random() * 4, seed: 1 + Math.floor(random() * 2 ** 31) };
}
