-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "colorScheme" TEXT NOT NULL DEFAULT 'system';

