// A rating made on the online study page whose request got no answer (the network went, or the
// page only looked online): kept in the device's queue like an offline one, with the same request
// key, so it syncs once the server answers again. If the lost request did reach the server, the
// key makes the sync a duplicate, never a second review. Browser only.
import { enqueue, getDeck, putDeck } from "./device-db";
import { rateOffline } from "./study-queue";

export interface LostRating {
  flashcardId: string;
  rating: 1 | 2 | 3 | 4;
  requestId: string;
  durationMs: number;
}

/** Queue `lost` on this device and apply it to the device's deck. False when there is no deck to keep it in. */
export async function keepRatingOnDevice(userId: string, lost: LostRating, at: Date): Promise<boolean> {
  const deck = await getDeck(userId).catch(() => undefined);
  const card = deck?.cards.find((c) => c.flashcardId === lost.flashcardId);
  if (!deck || !card) return false;
  const { flashcardId, rating, requestId, durationMs } = lost;
  await enqueue({ kind: "rate", userId, flashcardId, rating, requestId, durationMs, at: at.toISOString(), previous: card.state });
  const state = rateOffline(deck, card, lost.rating, at);
  await putDeck({ ...deck, cards: deck.cards.map((c) => (c.flashcardId === lost.flashcardId ? { ...c, state } : c)) });
  return true;
}
