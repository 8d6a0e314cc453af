import { describe, expect, test } from "vitest";
import { toCardColumns } from "@/lib/srs/mapping";
import { createScheduler, newCard, rateCard, type Grade } from "@/lib/srs/scheduler";
import { replayRatings } from "@/lib/sync/replay";

const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
const t = (hours: number) => new Date(2026, 4, 1, 9 + hours, 0);

describe("replayRatings", () => {
  test("is the ratings applied one by one in time order, whatever order they arrive in", () => {
    const ratings = [
      { key: "c", rating: 3 as Grade, reviewedAt: t(48) },
      { key: "a", rating: 3 as Grade, reviewedAt: t(0) },
      { key: "b", rating: 1 as Grade, reviewedAt: t(1) },
    ];
    let card = newCard(t(0));
    for (const r of [ratings[1]!, ratings[2]!, ratings[0]!]) card = rateCard(scheduler, card, r.rating, r.reviewedAt).card;
    const replay = replayRatings(scheduler, ratings, null);
    expect(replay.card).toEqual(toCardColumns(card));
    expect(replay.logs.map((l) => l.key)).toEqual(["a", "b", "c"]);
    expect(replay.logs[0]!.previous).toBeNull();
    expect(replay.logs[2]!.previous?.reps).toBe(2);
    expect(replay.logs.map((l) => l.columns.reviewedAt)).toEqual([t(0), t(1), t(48)]);
  });

  test("two ratings in the same millisecond are ordered by key, so every replay agrees", () => {
    const one = replayRatings(
      scheduler,
      [
        { key: "x", rating: 1, reviewedAt: t(0) },
        { key: "y", rating: 4, reviewedAt: t(0) },
      ],
      null,
    );
    const two = replayRatings(
      scheduler,
      [
        { key: "y", rating: 4, reviewedAt: t(0) },
        { key: "x", rating: 1, reviewedAt: t(0) },
      ],
      null,
    );
    expect(one).toEqual(two);
  });

  test("after a reset it starts from the new card the reset made", () => {
    const replay = replayRatings(scheduler, [{ key: "a", rating: 3, reviewedAt: t(5) }], t(2));
    expect(replay.logs[0]!.previous).toEqual(toCardColumns(newCard(t(2))));
    expect(replay.card.reps).toBe(1);
  });
});
