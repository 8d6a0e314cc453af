import { describe, expect, it } from "vitest";
import { nextMissState, type MissState } from "@/lib/missed/rules";

describe("nextMissState", () => {
  const fresh: MissState = { missCount: 1, streak: 0, mastered: false };
  it.each<[string, MissState | null, boolean, MissState | null]>([
    ["a right answer to a question never missed changes nothing", null, true, null],
    ["a first miss", null, false, { missCount: 1, streak: 0, mastered: false }],
    ["one right answer after a miss", fresh, true, { missCount: 1, streak: 1, mastered: false }],
    ["two in a row master it", { missCount: 1, streak: 1, mastered: false }, true, { missCount: 1, streak: 2, mastered: true }],
    ["a miss in between starts over", { missCount: 1, streak: 1, mastered: false }, false, { missCount: 2, streak: 0, mastered: false }],
    ["a miss after mastering puts it back", { missCount: 1, streak: 2, mastered: true }, false, { missCount: 2, streak: 0, mastered: false }],
    ["a right answer once mastered changes nothing", { missCount: 1, streak: 2, mastered: true }, true, { missCount: 1, streak: 2, mastered: true }],
  ])("%s", (_name, before, correct, after) => {
    expect(nextMissState(before, correct)).toEqual(after);
  });
});
