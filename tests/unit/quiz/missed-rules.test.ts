import { describe, expect, it } from "vitest";
import { nextMissState, type MissState } from "@/lib/missed/rules";

describe("nextMissState", () => {
  const fresh: MissState = { missCount: 1, streak: 0, mastered: false, lastRightDay: null };
  const once: MissState = { missCount: 1, streak: 1, mastered: false, lastRightDay: 10 };
  it.each<[string, MissState | null, boolean, number, MissState | null]>([
    ["a right answer to a question never missed changes nothing", null, true, 10, null],
    ["a first miss", null, false, 10, { missCount: 1, streak: 0, mastered: false, lastRightDay: null }],
    ["one right answer after a miss", fresh, true, 10, { missCount: 1, streak: 1, mastered: false, lastRightDay: 10 }],
    ["a second right answer on another day masters it", once, true, 11, { missCount: 1, streak: 2, mastered: true, lastRightDay: 11 }],
    ["a second right answer on the same study day doesn't count", once, true, 10, once],
    ["a miss in between starts over", once, false, 11, { missCount: 2, streak: 0, mastered: false, lastRightDay: null }],
    [
      "a miss after mastering puts it back",
      { missCount: 1, streak: 2, mastered: true, lastRightDay: 11 },
      false,
      12,
      { missCount: 2, streak: 0, mastered: false, lastRightDay: null },
    ],
    [
      "a right answer once mastered changes nothing",
      { missCount: 1, streak: 2, mastered: true, lastRightDay: 11 },
      true,
      12,
      { missCount: 1, streak: 2, mastered: true, lastRightDay: 11 },
    ],
  ])("%s", (_name, before, correct, day, after) => {
    expect(nextMissState(before, correct, day)).toEqual(after);
  });
});
