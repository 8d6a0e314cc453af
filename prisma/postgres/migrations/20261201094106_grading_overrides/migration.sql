-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "typedAnswer" TEXT,
ADD COLUMN     "typedCorrect" BOOLEAN,
ADD COLUMN     "typedOverridden" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "mode" TEXT NOT NULL DEFAULT 'standard';

-- AlterTable
ALTER TABLE "AttemptAnswer" ADD COLUMN     "overriddenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MissedQuestion" ADD COLUMN     "lastRightAt" TIMESTAMP(3);


-- Practices of missed questions made before the column existed.
UPDATE "QuizAttempt" SET "mode" = 'missed' WHERE "settings" LIKE '%"mode":"missed"%';
