-- CreateTable
CREATE TABLE "FsrsOptimization" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "cardCount" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL,
    "heartbeatAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "durationMs" INTEGER,
    "parameters" TEXT,
    "logLossBefore" REAL,
    "rmseBefore" REAL,
    "logLossAfter" REAL,
    "rmseAfter" REAL,
    "error" TEXT,
    CONSTRAINT "FsrsOptimization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "sectionIds" TEXT NOT NULL DEFAULT '[]',
    "dailyReviewLimit" INTEGER NOT NULL DEFAULT 200,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartsAtHour" INTEGER NOT NULL DEFAULT 4,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "fsrsParameters" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudySettings" ("desiredRetention", "maximumInterval", "newCardsPerDay", "sectionIds", "updatedAt", "userId") SELECT "desiredRetention", "maximumInterval", "newCardsPerDay", "sectionIds", "updatedAt", "userId" FROM "StudySettings";
DROP TABLE "StudySettings";
ALTER TABLE "new_StudySettings" RENAME TO "StudySettings";
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "flashcardId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "isSuspended" BOOLEAN NOT NULL DEFAULT false,
    "isLeech" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "resetAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId") SELECT "createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due");
CREATE UNIQUE INDEX "Card_userId_flashcardId_key" ON "Card"("userId", "flashcardId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

