-- CreateTable
CREATE TABLE "ProgressRollup" (
    "userId" TEXT NOT NULL,
    "dayKey" TEXT NOT NULL,
    "upTo" TIMESTAMP(3) NOT NULL,
    "days" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressRollup_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "ProgressRollup" ADD CONSTRAINT "ProgressRollup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

