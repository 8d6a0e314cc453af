import { performance } from "node:perf_hooks";
import { hashPassword } from "better-auth/crypto";
import type { BankQuestion } from "../lib/content/bank";
import type { BenchSizes } from "./config";
import { answerFor } from "./quiz-answers";
import { openRowWriter, type Row, type RowWriter, type TableSpec } from "./row-writer";

const DAY_MS = 86_400_000;

/** A seeded student who can sign in with a password (the HTTP clients). */
export interface BenchCredential {
  userId: string;
  email: string;
  password: string;
}

export interface SeededData {
  /** The student with 10,000 cards and 100,000 reviews. */
  heavyUserId: string;
  /** Every other student, each with a card for (up to) every flashcard of the bank. */
  regularUserIds: string[];
  /** Flashcard ids of the real bank, which the regular students' cards use. */
  flashcardIds: string[];
  /** Students with a password account (better-auth's scrypt hash), for the HTTP run. */
  credentials: BenchCredential[];
  counts: { users: number; cards: number; reviews: number; quizAttempts: number; attemptAnswers: number };
  seconds: number;
}

export interface SeedOptions {
  url: string;
  sizes: BenchSizes;
  /** Flashcards and questions of the real bank: seeded rows point at real content, answers are real answers. */
  flashcardIds: string[];
  questions: BankQuestion[];
  /** How many students get a password (0 when the HTTP part is skipped: hashing is slow on purpose). */
  credentialCount: number;
  now: Date;
  /** Keeps ids and emails unique when seeding into a database others also use (the smoke test). */
  tag: string;
  /** The database is not the bench's own: load without setting its indexes aside. */
  sharedDatabase?: boolean;
}

const USER: TableSpec = {
  name: "user",
  columns: [
    ["id", "text"],
    ["name", "text"],
    ["email", "text"],
    ["emailVerified", "bool"],
    ["isAnonymous", "bool"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
};
const ACCOUNT: TableSpec = {
  name: "account",
  columns: [
    ["id", "text"],
    ["accountId", "text"],
    ["providerId", "text"],
    ["userId", "text"],
    ["password", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
};
const CARD: TableSpec = {
  name: "Card",
  columns: [
    ["id", "text"],
    ["userId", "text"],
    ["flashcardId", "text"],
    ["due", "timestamp"],
    ["stability", "float"],
    ["difficulty", "float"],
    ["elapsedDays", "int"],
    ["scheduledDays", "int"],
    ["learningSteps", "int"],
    ["reps", "int"],
    ["lapses", "int"],
    ["state", "int"],
    ["lastReview", "timestamp"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
};
const REVIEW: TableSpec = {
  name: "ReviewLog",
  columns: [
    ["id", "text"],
    ["userId", "text"],
    ["cardId", "text"],
    ["requestId", "text"],
    ["rating", "int"],
    ["reviewedAt", "timestamp"],
    ["durationMs", "int"],
    ["state", "int"],
    ["due", "timestamp"],
    ["stability", "float"],
    ["difficulty", "float"],
    ["elapsedDays", "int"],
    ["lastElapsedDays", "int"],
    ["scheduledDays", "int"],
    ["learningSteps", "int"],
    ["previous", "text"],
  ],
};
const ATTEMPT: TableSpec = {
  name: "QuizAttempt",
  columns: [
    ["id", "text"],
    ["userId", "text"],
    ["settings", "text"],
    ["questionIds", "text"],
    ["layout", "text"],
    ["startedAt", "timestamp"],
    ["submittedAt", "timestamp"],
    ["score", "int"],
    ["total", "int"],
  ],
};
const ANSWER: TableSpec = {
  name: "AttemptAnswer",
  columns: [
    ["id", "text"],
    ["attemptId", "text"],
    ["questionId", "text"],
    ["answer", "text"],
    ["isCorrect", "bool"],
    ["flagged", "bool"],
    ["timeTakenMs", "int"],
    ["answeredAt", "timestamp"],
  ],
};

/** Rows are sent in batches of this many per table (each batch one statement or transaction). */
const BATCH_ROWS = 10_000;

/** mulberry32: a small seeded generator, so every run seeds the same shape of data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  let idCounter = 36 ** 7;
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /**
     * A cuid-sized id (25 characters) that grows with each call, as Prisma's
     * cuid() (v1, time first) grows with time: rows land at the end of the
     * primary-key index, as they do in the app.
     */
    id: () => {
      let out = `c${(idCounter++).toString(36).padStart(8, "0")}`;
      for (let i = 0; i < 16; i++) out += ALPHABET[Math.floor(next() * 36)];
      return out;
    },
    /** A rating with a realistic spread: mostly Good, some Again, Hard and Easy. */
    rating: () => {
      const r = next();
      return r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.85 ? 3 : 4;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

/** Collects rows per table and writes them in batches, parents before children. */
class BatchedWriter {
  private buffers = new Map<TableSpec, Row[]>();
  readonly counts = new Map<TableSpec, number>();

  constructor(
    private readonly writer: RowWriter,
    private readonly order: TableSpec[],
  ) {}

  async add(table: TableSpec, row: Row): Promise<void> {
    const buffer = this.buffers.get(table) ?? [];
    buffer.push(row);
    this.buffers.set(table, buffer);
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
    if (buffer.length >= BATCH_ROWS) await this.flush();
  }

  /** Writes every buffered row; tables in dependency order so foreign keys hold. */
  async flush(): Promise<void> {
    for (const table of this.order) {
      const rows = this.buffers.get(table);
      if (rows && rows.length > 0) {
        this.buffers.set(table, []);
        await this.writer.insert(table, rows);
      }
    }
  }
}

/** How many of `total` go to each of `parts` shares (the remainder spread over the first ones). */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

/**
 * Seed the bench's load: `students` students (one heavy: `heavyCards` cards and
 * `heavyReviews` reviews), `totalReviews` reviews in all, `quizAttempts` quiz
 * attempts with their answers. Values are synthetic but shaped like real use:
 * reviews spread over the past year, about a quarter of cards due now, mostly
 * "Good" ratings, ~70% of quiz answers right.
 */
export async function seedDatabase(options: SeedOptions): Promise<SeededData> {
  const start = performance.now();
  const { sizes, now, tag } = options;
  const random = createRandom(20261124);
  const writer = await openRowWriter(options.url, !options.sharedDatabase);
  const batch = new BatchedWriter(writer, [USER, ACCOUNT, CARD, REVIEW, ATTEMPT, ANSWER]);
  try {
    // Students.
    const userIds = Array.from({ length: sizes.students }, (_, i) => `bench-${tag}-${String(i).padStart(5, "0")}`);
    const [heavyUserId, ...regularUserIds] = userIds as [string, ...string[]];
    for (const [i, id] of userIds.entries()) {
      const joined = new Date(now.getTime() - random.int(30, 400) * DAY_MS);
      const email = i === 0 ? `heavy-${tag}@bench.factdeck.test` : `student-${tag}-${i}@bench.factdeck.test`;
      await batch.add(USER, [id, i === 0 ? "Heavy student" : `Student ${i}`, email, false, false, joined, joined]);
    }

    // Passwords for the HTTP clients (better-auth's own hash, so sign-in works as for anyone).
    const credentials: BenchCredential[] = [];
    for (const [i, userId] of regularUserIds.slice(0, options.credentialCount).entries()) {
      const password = `bench-password-${tag}-${i}`;
      const email = `student-${tag}-${i + 1}@bench.factdeck.test`;
      await batch.add(ACCOUNT, [random.id(), userId, "credential", userId, await hashPassword(password), now, now]);
      credentials.push({ userId, email, password });
    }
    await batch.flush();

    // Cards and reviews: the heavy student first, then the rest of the reviews spread over everyone else.
    const heavyFlashcards = Array.from({ length: sizes.heavyCards }, (_, i) => `synthetic-card-${i}`);
    await seedStudentCards(batch, random, heavyUserId, heavyFlashcards, sizes.heavyReviews, now);
    const perStudent = split(sizes.totalReviews - sizes.heavyReviews, regularUserIds.length);
    for (const [i, userId] of regularUserIds.entries()) {
      const reviews = perStudent[i]!;
      const cards = options.flashcardIds.slice(0, Math.max(1, Math.min(options.flashcardIds.length, reviews)));
      await seedStudentCards(batch, random, userId, cards, reviews, now);
    }

    // Quiz attempts: the heavy student's are 50 questions long, the others' 10.
    const heavyAttempts = Math.max(1, Math.round(sizes.quizAttempts / 200));
    const perRegular = split(sizes.quizAttempts - heavyAttempts, regularUserIds.length);
    for (let a = 0; a < heavyAttempts; a++) await seedAttempt(batch, random, heavyUserId, options.questions, 50, now);
    for (const [i, userId] of regularUserIds.entries()) {
      for (let a = 0; a < perRegular[i]!; a++) await seedAttempt(batch, random, userId, options.questions, 10, now);
    }
    await batch.flush();
    await writer.finish();

    const count = (table: TableSpec) => batch.counts.get(table) ?? 0;
    return {
      heavyUserId,
      regularUserIds,
      flashcardIds: options.flashcardIds,
      credentials,
      counts: {
        users: count(USER),
        cards: count(CARD),
        reviews: count(REVIEW),
        quizAttempts: count(ATTEMPT),
        attemptAnswers: count(ANSWER),
      },
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    await writer.close();
  }
}

/** One student's cards, `reviews` reviews spread over them, each card's state matching its history. */
async function seedStudentCards(batch: BatchedWriter, random: Random, userId: string, flashcardIds: string[], reviews: number, now: Date) {
  const perCard = split(reviews, flashcardIds.length);
  for (const [c, flashcardId] of flashcardIds.entries()) {
    const n = perCard[c]!;
    const cardId = random.id();
    // Review times: uniform over the card's life (1 week to 1 year), oldest first, the last one before now.
    const firstAt = now.getTime() - random.int(7, 365) * DAY_MS;
    const times = Array.from({ length: n }, () => firstAt + random.next() * (now.getTime() - 3_600_000 - firstAt)).sort((a, b) => a - b);
    let state = 0;
    let stability = 0;
    let difficulty = 0;
    let lapses = 0;
    let due = new Date(firstAt);
    let lastAt: number | null = null;
    let previous = "null";
    const logs: Row[] = [];
    for (let k = 0; k < n; k++) {
      const at = times[k]!;
      const rating = random.rating();
      const elapsed = lastAt === null ? 0 : Math.floor((at - lastAt) / DAY_MS);
      logs.push([
        random.id(),
        userId,
        cardId,
        randomRequestId(random),
        rating,
        new Date(at),
        random.int(1_500, 20_000),
        state,
        due,
        stability,
        difficulty,
        elapsed,
        elapsed,
        Math.max(0, Math.round((due.getTime() - at) / DAY_MS)),
        0,
        previous,
      ]);
      // The card after this rating (a cheap stand-in for FSRS: enough for queries, not for scheduling).
      if (rating === 1 && state === 2) lapses++;
      state = rating === 1 ? (state === 0 || state === 1 ? 1 : 3) : 2;
      stability = rating === 1 ? Math.max(0.5, stability * 0.3) : stability * (1.5 + rating * 0.4) + 1;
      difficulty = Math.min(10, Math.max(1, (difficulty || 5) + (3 - rating) * 0.6));
      lastAt = at;
      due = new Date(at + Math.max(600_000, stability * DAY_MS));
      previous = JSON.stringify({
        due,
        stability,
        difficulty,
        elapsedDays: elapsed,
        scheduledDays: Math.round(stability),
        learningSteps: 0,
        reps: k + 1,
        lapses,
        state,
        lastReview: new Date(at),
      });
    }
    // About a quarter of cards are due now, the rest over the next three months.
    const dueAt = new Date(
      random.next() < 0.25 ? now.getTime() - random.int(0, 30 * 24) * 3_600_000 : now.getTime() + random.int(1, 90 * 24) * 3_600_000,
    );
    const scheduledDays = Math.max(0, Math.round((dueAt.getTime() - (lastAt ?? firstAt)) / DAY_MS));
    await batch.add(CARD, [
      cardId,
      userId,
      flashcardId,
      dueAt,
      stability,
      difficulty,
      0,
      scheduledDays,
      0,
      n,
      lapses,
      state,
      lastAt === null ? null : new Date(lastAt),
      new Date(firstAt),
      new Date(lastAt ?? firstAt),
    ]);
    for (const log of logs) await batch.add(REVIEW, log);
  }
}

/** One submitted attempt of `total` questions, ~70% answered right. */
async function seedAttempt(batch: BatchedWriter, random: Random, userId: string, bankQuestions: BankQuestion[], total: number, now: Date) {
  const id = random.id();
  const offset = random.int(0, Math.max(0, bankQuestions.length - total));
  const questions = Array.from({ length: total }, (_, i) => bankQuestions[(offset + i) % bankQuestions.length]!);
  const startedAt = new Date(now.getTime() - random.int(1, 365 * 24) * 3_600_000);
  let score = 0;
  let answeredAt = startedAt.getTime();
  const answers: Row[] = [];
  for (const question of questions) {
    const isCorrect = random.next() < 0.7;
    if (isCorrect) score++;
    const timeTakenMs = random.int(3_000, 40_000);
    answeredAt += timeTakenMs;
    answers.push([
      random.id(),
      id,
      question.id,
      JSON.stringify(answerFor(question, isCorrect)),
      isCorrect,
      random.next() < 0.05,
      timeTakenMs,
      new Date(answeredAt),
    ]);
  }
  const settings = JSON.stringify({
    count: total,
    sectionIds: [],
    kinds: ["mcq", "truefalse", "written", "numeric", "matching"],
    difficulties: [1, 2, 3],
    timeLimitSeconds: null,
    mode: "standard",
  });
  await batch.add(ATTEMPT, [
    id,
    userId,
    settings,
    JSON.stringify(questions.map((q) => q.id)),
    "{}",
    startedAt,
    new Date(answeredAt),
    score,
    total,
  ]);
  for (const answer of answers) await batch.add(ANSWER, answer);
}

function randomRequestId(random: Random): string {
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let out = "";
  for (let i = 0; i < 21; i++) out += ALPHABET[Math.floor(random.next() * 64)];
  return out;
}
