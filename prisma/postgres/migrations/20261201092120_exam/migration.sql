-- CreateTable
CREATE TABLE "Exam" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "activeFor" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "sectionIds" TEXT NOT NULL,
    "targetPercent" INTEGER,
    "dailyMinutes" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'active',
    "predictedScore" DOUBLE PRECISION,
    "predictedLow" DOUBLE PRECISION,
    "predictedHigh" DOUBLE PRECISION,
    "actualPercent" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamMock" (
    "id" TEXT NOT NULL,
    "examId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "predicted" DOUBLE PRECISION NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExamMock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Exam_activeFor_key" ON "Exam"("activeFor");

-- CreateIndex
CREATE INDEX "Exam_userId_status_at_idx" ON "Exam"("userId", "status", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ExamMock_attemptId_key" ON "ExamMock"("attemptId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamMock_examId_slot_key" ON "ExamMock"("examId", "slot");

-- AddForeignKey
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamMock" ADD CONSTRAINT "ExamMock_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

