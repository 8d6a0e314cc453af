-- CreateTable
CREATE TABLE "CramReview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "flashcardId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CramReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CramReview_userId_reviewedAt_idx" ON "CramReview"("userId", "reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CramReview_userId_requestId_key" ON "CramReview"("userId", "requestId");

-- AddForeignKey
ALTER TABLE "CramReview" ADD CONSTRAINT "CramReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

