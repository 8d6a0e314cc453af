-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "dailyReviewLimit" INTEGER NOT NULL DEFAULT 200,
ADD COLUMN     "dayStartsAtHour" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "fsrsParameters" TEXT,
ADD COLUMN     "leechThreshold" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "buriedUntil" TIMESTAMP(3),
ADD COLUMN     "isLeech" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isSuspended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resetAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FsrsOptimization" (
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "cardCount" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "parameters" TEXT,
    "logLossBefore" DOUBLE PRECISION,
    "rmseBefore" DOUBLE PRECISION,
    "logLossAfter" DOUBLE PRECISION,
    "rmseAfter" DOUBLE PRECISION,
    "error" TEXT,

    CONSTRAINT "FsrsOptimization_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsOptimization" ADD CONSTRAINT "FsrsOptimization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

