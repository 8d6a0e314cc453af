import { describe, expect, test } from "vitest";
import { lateAnswer } from "@/lib/quiz/attempt-status";

const startedAt = new Date("2026-12-01T10:00:00Z");
const deadline = new Date("2026-12-01T10:10:00Z");
const at = (iso: string) => new Date(`2026-12-01T${iso}Z`);
const GRACE = 120_000;

describe("an answer that reaches the server after the deadline", () => {
  test("made before the deadline and arriving within the offline grace counts, as made then", () => {
    expect(lateAnswer({ startedAt, deadline }, at("10:09:50"), at("10:11:00"), GRACE)).toEqual({
      counts: true,
      answeredAt: at("10:09:50"),
    });
    expect(lateAnswer({ startedAt, deadline }, deadline, at("10:12:00"), GRACE)).toMatchObject({ counts: true });
  });

  test("arriving after the grace never counts, whenever the device says it was made", () => {
    expect(lateAnswer({ startedAt, deadline }, at("10:05:00"), at("10:12:00.001"), GRACE)).toEqual({
      counts: false,
      reason: "arrived_too_late",
    });
  });

  test("the device's time is believed only between the start and the deadline", () => {
    for (const madeAt of [at("10:10:00.001"), at("09:59:59"), undefined])
      expect(lateAnswer({ startedAt, deadline }, madeAt, at("10:11:00"), GRACE)).toEqual({ counts: false, reason: "made_after_deadline" });
  });

  test("a grace of zero lets nothing in after the deadline", () => {
    expect(lateAnswer({ startedAt, deadline }, at("10:09:00"), at("10:10:00.001"), 0)).toMatchObject({ counts: false });
  });
});
