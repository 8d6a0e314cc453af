-- CreateTable
CREATE TABLE "MissedQuestion" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "missCount" INTEGER NOT NULL DEFAULT 0,
    "firstMissedAt" TIMESTAMP(3) NOT NULL,
    "lastMissedAt" TIMESTAMP(3) NOT NULL,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "masteredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MissedQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissedQuestion_userId_masteredAt_idx" ON "MissedQuestion"("userId", "masteredAt");

-- CreateIndex
CREATE UNIQUE INDEX "MissedQuestion_userId_questionId_key" ON "MissedQuestion"("userId", "questionId");

-- AddForeignKey
ALTER TABLE "MissedQuestion" ADD CONSTRAINT "MissedQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

