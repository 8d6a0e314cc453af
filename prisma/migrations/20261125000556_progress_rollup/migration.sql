-- CreateTable
CREATE TABLE "ProgressRollup" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "dayKey" TEXT NOT NULL,
    "upTo" DATETIME NOT NULL,
    "days" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressRollup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

