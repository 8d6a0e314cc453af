import "server-only";
import type { Db } from "@/lib/db/create-client";
import { State } from "@/lib/srs/scheduler";
import type { RetentionReview } from "./true-retention";

/** The student's reviews of cards in review, as the True Retention table counts them. */
export async function getRetentionReviews(db: Db, userId: string): Promise<RetentionReview[]> {
  return db.reviewLog.findMany({
    where: { userId, state: State.Review },
    select: { reviewedAt: true, rating: true, state: true, scheduledDays: true },
  });
}
