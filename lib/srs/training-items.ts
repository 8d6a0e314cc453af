import { studyDayNumber, type StudyDay } from "./day";
import { State } from "./scheduler";

/** One review as the trainer needs it. */
export interface TrainingReview {
  cardId: string;
  rating: number;
  /** The card's state before the rating (ts-fsrs State). */
  state: number;
  reviewedAt: Date;
}

/** One training example: a card's reviews up to one review, with study days since the one before. */
export interface TrainingItem {
  cardId: string;
  reviews: { rating: number; deltaT: number }[];
}

/**
 * Review logs → FSRS training items, as fsrs-rs's own converter makes them
 * (`convert_csv_to_fsrs_items` of @open-spaced-repetition/binding): per card,
 * only the reviews since its last (re)start as a new card; days between reviews
 * counted in the student's study days; one item per review that came on a later
 * day than the one before, holding every earlier review of the card. Items are
 * ordered by the time of their last review. Pure.
 *
 * @example toTrainingItems(reviews, { timeZone: "Europe/Berlin", dayStartsAtHour: 4 })
 */
export function toTrainingItems(reviews: readonly TrainingReview[], day: StudyDay): TrainingItem[] {
  const byCard = new Map<string, TrainingReview[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId) ?? [];
    list.push(review);
    byCard.set(review.cardId, list);
  }
  const items: { item: TrainingItem; at: number }[] = [];
  for (const [cardId, all] of byCard) {
    all.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const history = sinceLastStart(all);
    const days = history.map((r) => studyDayNumber(r.reviewedAt, day));
    const steps = history.map((r, i) => ({ rating: r.rating, deltaT: i === 0 ? 0 : Math.max(0, days[i]! - days[i - 1]!) }));
    for (let i = 1; i < history.length; i++) {
      if (steps[i]!.deltaT > 0) items.push({ item: { cardId, reviews: steps.slice(0, i + 1) }, at: history[i]!.reviewedAt.getTime() });
    }
  }
  return items.sort((a, b) => a.at - b.at).map((x) => x.item);
}

/** The reviews from the start of the card's last block of new/learning ratings (a reset starts a card over). */
function sinceLastStart(reviews: TrainingReview[]): TrainingReview[] {
  const isLearning = (r: TrainingReview) => r.state === State.New || r.state === State.Learning;
  let start = -1;
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (isLearning(reviews[i]!)) start = i;
    else if (start !== -1) break;
  }
  return start === -1 ? [] : reviews.slice(start);
}
