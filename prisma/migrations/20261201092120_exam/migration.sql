-- CreateTable
CREATE TABLE "Exam" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "activeFor" TEXT,
    "at" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "sectionIds" TEXT NOT NULL,
    "targetPercent" INTEGER,
    "dailyMinutes" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'active',
    "predictedScore" REAL,
    "predictedLow" REAL,
    "predictedHigh" REAL,
    "actualPercent" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Exam_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExamMock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "examId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "predicted" REAL NOT NULL,
    "startedAt" DATETIME NOT NULL,
    CONSTRAINT "ExamMock_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Exam_activeFor_key" ON "Exam"("activeFor");

-- CreateIndex
CREATE INDEX "Exam_userId_status_at_idx" ON "Exam"("userId", "status", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ExamMock_attemptId_key" ON "ExamMock"("attemptId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamMock_examId_slot_key" ON "ExamMock"("examId", "slot");

