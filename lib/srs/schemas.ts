import { z } from "zod";

export const recordReviewSchema = z.object({
  flashcardId: z.string().min(1).max(120),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Rate the card Again, Hard, Good or Easy." }),
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Invalid request id."),
  durationMs: z.number().int().min(0).max(86_400_000).default(0),
});

export type RecordReviewActionInput = z.input<typeof recordReviewSchema>;
