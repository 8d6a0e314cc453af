import { z } from "zod";
import { flashcardRefSchema, recordReviewSchema } from "@/lib/srs/schemas";
import { MAX_SYNC_BATCH } from "./limits";

/** When the operation was made on the device (ISO 8601 with a zone, as `Date.toISOString()` writes it). */
const madeAtSchema = z.iso.datetime({ offset: true, error: "Not a time." }).transform((text) => new Date(text));

const common = {
  /** Made once per operation on the device: a retried sync stores it once. */
  requestId: recordReviewSchema.shape.requestId,
  flashcardId: flashcardRefSchema.shape.flashcardId,
  at: madeAtSchema,
};

/** One operation queued on a device while it studied offline. */
export const syncOperationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("rate"),
    ...common,
    rating: recordReviewSchema.shape.rating,
    durationMs: recordReviewSchema.shape.durationMs,
  }),
  z.object({ kind: z.literal("bury"), ...common }),
  z.object({ kind: z.literal("suspend"), ...common }),
]);

/** POST /api/sync: a device's queue (or the next batch of it), oldest first. */
export const syncBatchSchema = z.object({
  operations: z
    .array(syncOperationSchema)
    .min(1, "Nothing to sync.")
    .max(MAX_SYNC_BATCH, `Send at most ${MAX_SYNC_BATCH} operations at a time.`),
});

export type SyncOperation = z.infer<typeof syncOperationSchema>;
export type SyncBatch = z.infer<typeof syncBatchSchema>;
