-- AlterTable
ALTER TABLE "AttemptAnswer" ADD COLUMN "overriddenAt" DATETIME;

-- AlterTable
ALTER TABLE "MissedQuestion" ADD COLUMN "lastRightAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "previous" TEXT NOT NULL,
    "typedAnswer" TEXT,
    "typedCorrect" BOOLEAN,
    "typedOverridden" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("cardId", "difficulty", "due", "durationMs", "elapsedDays", "id", "lastElapsedDays", "learningSteps", "previous", "rating", "requestId", "reviewedAt", "scheduledDays", "stability", "state", "userId") SELECT "cardId", "difficulty", "due", "durationMs", "elapsedDays", "id", "lastElapsedDays", "learningSteps", "previous", "rating", "requestId", "reviewedAt", "scheduledDays", "stability", "state", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_state_rating_scheduledDays_idx" ON "ReviewLog"("userId", "reviewedAt", "state", "rating", "scheduledDays");
CREATE INDEX "ReviewLog_cardId_reviewedAt_idx" ON "ReviewLog"("cardId", "reviewedAt");
CREATE UNIQUE INDEX "ReviewLog_userId_requestId_key" ON "ReviewLog"("userId", "requestId");
CREATE TABLE "new_QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "layout" TEXT NOT NULL DEFAULT '{}',
    "startedAt" DATETIME NOT NULL,
    "deadline" DATETIME,
    "submittedAt" DATETIME,
    "score" INTEGER,
    "total" INTEGER NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'standard',
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuizAttempt" ("deadline", "id", "layout", "questionIds", "score", "settings", "startedAt", "submittedAt", "total", "userId") SELECT "deadline", "id", "layout", "questionIds", "score", "settings", "startedAt", "submittedAt", "total", "userId" FROM "QuizAttempt";
DROP TABLE "QuizAttempt";
ALTER TABLE "new_QuizAttempt" RENAME TO "QuizAttempt";
CREATE INDEX "QuizAttempt_userId_startedAt_idx" ON "QuizAttempt"("userId", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Practices of missed questions made before the column existed.
UPDATE "QuizAttempt" SET "mode" = 'missed' WHERE "settings" LIKE '%"mode":"missed"%';
