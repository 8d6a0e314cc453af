-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_state_rating_scheduledDays_idx" ON "ReviewLog"("userId", "reviewedAt", "state", "rating", "scheduledDays");

