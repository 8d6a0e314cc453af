import { describe, expect, test } from "vitest";
import { newAllowance, nextOfflineCard, offlineCardView, rateOffline } from "@/lib/offline/study-queue";
import { createScheduler, type Grade } from "@/lib/srs/scheduler";
import { replayRatings } from "@/lib/sync/replay";
import type { OfflineCard, OfflineDeck } from "@/lib/sync/types";

const now = new Date("2026-05-04T09:00:00.000Z");
const options = { desiredRetention: 0.9, maximumInterval: 36500, fsrsParameters: null, timeZone: "UTC", dayStartsAtHour: 4 };
const card = (id: string, state: OfflineCard["state"] = null): OfflineCard => ({
  flashcardId: id,
  kind: "basic",
  sectionTitle: "S",
  front: `Q ${id}`,
  answer: "A",
  factStatement: "F",
  quote: "Q",
  state,
});
const deck = (cards: OfflineCard[], extra: Partial<OfflineDeck> = {}): OfflineDeck => ({
  userId: "u",
  isGuest: false,
  generatedAt: now.toISOString(),
  until: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
  options,
  newCardsPerDay: 2,
  newToday: 0,
  cards,
  ...extra,
});

describe("offline study queue", () => {
  test("the device's ratings give the schedule the server's replay of them gives (fuzz on, as in the app)", () => {
    const ratings: [Grade, number][] = [
      [3, 0],
      [1, 10],
      [3, 20],
      [4, 24 * 60],
      [3, 5 * 24 * 60],
    ];
    let d = deck([card("a")]);
    for (const [grade, minutes] of ratings) {
      const at = new Date(now.getTime() + minutes * 60_000);
      d = { ...d, cards: [{ ...d.cards[0]!, state: rateOffline(d, d.cards[0]!, grade, at) }] };
    }
    const server = replayRatings(
      createScheduler(options),
      ratings.map(([rating, minutes], i) => ({ key: String(i), rating, reviewedAt: new Date(now.getTime() + minutes * 60_000) })),
      null,
    );
    expect(d.cards[0]!.state).toEqual({
      ...server.card,
      due: server.card.due.toISOString(),
      lastReview: server.card.lastReview?.toISOString(),
    });
  });

  test("due cards first, then new ones within today's allowance, then nothing", () => {
    const learning = rateOffline(deck([]), card("x"), 1, new Date(now.getTime() - 30 * 60_000)); // due a minute after, long past
    const d = deck([card("n1"), card("l", learning), card("n2"), card("n3")], { newToday: 1 });
    expect(nextOfflineCard(d, newAllowance(d, undefined, now), now)?.flashcardId).toBe("l");
    const after = { ...d, cards: d.cards.filter((c) => c.flashcardId !== "l") };
    expect(newAllowance(after, undefined, now)).toBe(1);
    expect(nextOfflineCard(after, 1, now)?.flashcardId).toBe("n1");
    expect(nextOfflineCard(after, 0, now)).toBeNull();
    // A new study day: the allowance is whole again.
    expect(newAllowance(after, { day: 0, count: 5 }, new Date(now.getTime() + 86_400_000))).toBe(2);
  });

  test("buried and suspended cards are not shown", () => {
    const d = deck([
      { ...card("a"), buriedUntil: new Date(now.getTime() + 3_600_000).toISOString() },
      { ...card("b"), isSuspended: true },
      card("c"),
    ]);
    expect(nextOfflineCard(d, 5, now)?.flashcardId).toBe("c");
  });

  test("previews on the rating buttons", () => {
    const view = offlineCardView(deck([card("a")]), card("a"), now);
    expect(view.intervals).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: expect.stringMatching(/d$/) });
    expect(view.phase).toBe("new");
  });
});
