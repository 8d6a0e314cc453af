-- CreateTable
CREATE TABLE "MissedQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "missCount" INTEGER NOT NULL DEFAULT 0,
    "firstMissedAt" DATETIME NOT NULL,
    "lastMissedAt" DATETIME NOT NULL,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "masteredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MissedQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MissedQuestion_userId_masteredAt_idx" ON "MissedQuestion"("userId", "masteredAt");

-- CreateIndex
CREATE UNIQUE INDEX "MissedQuestion_userId_questionId_key" ON "MissedQuestion"("userId", "questionId");

