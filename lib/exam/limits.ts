// The exam form's limits, free of zod: the form (a client component) shows them next to its
// fields, and importing schemas.ts there would ship zod to the browser. schemas.ts re-exports them.

export const EXAM_LIMITS = {
  minMinutes: 5,
  maxMinutes: 720,
  /** The plan is a day-by-day simulation: a year ahead is plenty, and bounds the work. */
  maxDaysAhead: 366,
} as const;

/** A mock exam: as many questions as this (fewer if the sections have fewer), 45 s each. */
export const MOCK_QUESTIONS = 20;
