import { describe, expect, test } from "vitest";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/settings/schemas";
import { replayMemoryStates, REPLAY_SLICE } from "@/lib/srs/memory-states";

const START = new Date(2024, 0, 1, 9, 0);
const DAY = 86_400_000;
const settings = { ...DEFAULT_STUDY_SETTINGS, fsrsParameters: null };

/** 237 cards (the whole bank): one studied 4,500 times, the rest 20 times each, one of them reset halfway. */
function history() {
  const cards = Array.from({ length: 237 }, (_, i) => ({ id: `c${i}`, resetAt: i === 7 ? new Date(START.getTime() + 10 * DAY) : null }));
  const reviews = cards.flatMap((card, i) =>
    Array.from({ length: i === 0 ? 4_500 : 20 }, (_, n) => ({
      cardId: card.id,
      rating: [3, 3, 2, 4, 1, 3][(n + i) % 6]!,
      reviewedAt: new Date(START.getTime() + n * DAY + i * 60_000),
    })),
  );
  return { cards, reviews, replayed: reviews.length - 10 }; // card c7's first 10 ratings are before its reset
}

/** Every slice the generator yields, and what it returns. */
function run(slice?: number) {
  const { cards, reviews } = history();
  const replay = replayMemoryStates(cards, reviews, settings, slice);
  const slices: number[] = [];
  let step = replay.next();
  while (!step.done) {
    slices.push(step.value);
    step = replay.next();
  }
  return { slices, states: step.value };
}

describe("replaying memory states in slices", () => {
  test("the event loop gets a turn after every REPLAY_SLICE ratings, however they are spread over cards", () => {
    const { replayed } = history();
    const { slices, states } = run();
    // 9,210 ratings on 237 cards: 9 slices, where slicing by 200 cards gave 2 (one of 4,500+ ratings).
    expect(slices).toHaveLength(Math.floor(replayed / REPLAY_SLICE));
    expect(slices.every((n) => n === REPLAY_SLICE)).toBe(true);
    expect(replayed - slices.length * REPLAY_SLICE).toBeLessThan(REPLAY_SLICE);
    expect(states.size).toBe(237);
  });

  test("slicing changes nothing in the result: the same states as one unbroken replay", () => {
    const unbroken = run(Number.POSITIVE_INFINITY);
    expect(unbroken.slices).toEqual([]);
    const sliced = run(7);
    expect(sliced.slices.length).toBeGreaterThan(1_000);
    expect([...sliced.states]).toEqual([...unbroken.states]);
    expect([...run().states]).toEqual([...unbroken.states]);
  });
});
