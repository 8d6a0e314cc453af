import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs/day";
import { zonedInstant } from "./moment";

import { EXAM_LIMITS } from "./limits";

export const EXAM_STATUSES = ["active", "cancelled", "past"] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

/** An optional whole number field of a form: empty means "none" (null), anything else must be a number. */
const optionalWhole = (message: string, min: number, max: number, rangeMessage: string) =>
  z.preprocess(
    (value) => {
      if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
      return typeof value === "string" ? Number(value.trim()) : value;
    },
    z.number({ error: message }).int(message).min(min, rangeMessage).max(max, rangeMessage).nullable(),
  );

/** The exam form exactly as typed: what comes back to the form after an error, so nothing is lost. */
export interface ExamFormValues {
  date: string;
  time: string;
  timeZone: string;
  sectionIds: string[];
  targetPercent: string;
  dailyMinutes: string;
}

const sectionIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, "Pick sections from the list.");

/** Where the form is checked: the clock, the student's study time zone and the deck's sections. */
export interface ExamFormContext {
  now: Date;
  studyTimeZone: string;
  sectionIds: readonly string[];
}

/**
 * The exam form (FormData strings). The date and time are on the student's study clock; a time
 * zone other than it is refused rather than converted, so that "09:30" means what the study days,
 * the countdown and the plan's days mean. Every message sits next to its field.
 *
 * @example examFormSchema({ now, studyTimeZone: "Asia/Kolkata", sectionIds: ["relos"] }).safeParse(values)
 */
export function examFormSchema(context: ExamFormContext) {
  const known = new Set(context.sectionIds);
  return z
    .object({
      date: z.string({ error: "Pick the date of the exam." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Pick the date of the exam."),
      time: z
        .string({ error: "Type the time the exam starts, e.g. 09:30." })
        .regex(/^\d{2}:\d{2}$/, "Type the time the exam starts, e.g. 09:30."),
      timeZone: z
        .string({ error: "Pick the time zone of the exam." })
        .max(64)
        .superRefine((zone, ctx) => {
          if (!isValidTimeZone(zone)) ctx.addIssue({ code: "custom", message: "Pick the time zone of the exam from the list." });
          else if (zone !== context.studyTimeZone) {
            ctx.addIssue({
              code: "custom",
              message: `Your study days follow ${context.studyTimeZone}: set the exam on that clock, or change your time zone in Settings first.`,
            });
          }
        }),
      sectionIds: z
        .array(sectionIdSchema, { error: "Tick at least one section the exam covers." })
        .min(1, "Tick at least one section the exam covers.")
        .max(50)
        .refine((ids) => ids.every((id) => known.has(id)), "Pick sections from the list."),
      targetPercent: optionalWhole(
        "A target is a whole percent, e.g. 80.",
        1,
        100,
        "A target is a percent from 1 to 100; leave it empty for none.",
      ),
      dailyMinutes: optionalWhole(
        "A daily budget is a whole number of minutes, e.g. 30.",
        EXAM_LIMITS.minMinutes,
        EXAM_LIMITS.maxMinutes,
        `A daily budget is from ${EXAM_LIMITS.minMinutes} to ${EXAM_LIMITS.maxMinutes} minutes (12 hours); leave it empty for no budget.`,
      ),
    })
    .transform((form, ctx) => {
      const at = zonedInstant(form.date, form.time, form.timeZone);
      if (!at) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "That date does not exist: pick it from the calendar." });
        return z.NEVER;
      }
      if (at.getTime() <= context.now.getTime()) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "That moment has passed: an exam is set in the future." });
        return z.NEVER;
      }
      if (at.getTime() - context.now.getTime() > EXAM_LIMITS.maxDaysAhead * 86_400_000) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "An exam is set at most a year ahead." });
        return z.NEVER;
      }
      return {
        at,
        timeZone: form.timeZone,
        sectionIds: [...new Set(form.sectionIds)],
        targetPercent: form.targetPercent,
        dailyMinutes: form.dailyMinutes,
      };
    });
}
export type ExamInput = z.output<ReturnType<typeof examFormSchema>>;

/** An exam's id from a button (a cuid; anything else is nobody's exam). */
export const examIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/);

export const actualScoreSchema = z.object({
  examId: examIdSchema,
  actualPercent: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "Type your score as a percent, e.g. 72." })
      .int("Type your score as a whole percent, e.g. 72.")
      .min(0, "A score is a percent from 0 to 100.")
      .max(100, "A score is a percent from 0 to 100."),
  ),
});

/** A mock exam is named by its exam and its days before the exam (7, 3, 1). */
export const startMockSchema = z.object({ examId: examIdSchema, slot: z.number().int().min(0).max(EXAM_LIMITS.maxDaysAhead) });

/** The stored JSON list of the exam's sections, validated on read. */
export const storedExamSectionsSchema = z.array(z.string()).catch([]);
