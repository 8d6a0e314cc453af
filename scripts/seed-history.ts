// npx tsx scripts/seed-history.ts <email> [--cards 230] [--days 200] [--seed 11]
// Give an existing student (by email) a simulated review history in $DATABASE_URL: a student whose
// memory follows known FSRS parameters (lib/srs/simulate.ts), studied daily with the default schedule,
// ending yesterday, so cards are due now. For demos and the end-to-end test of "Optimize my parameters".
// On SQLite, seed while no one else uses the app: a write from another process fails the app's open
// transactions (SQLITE_BUSY), which is why the e2e tests that seed have a server of their own.
import { createDb } from "../lib/db/create-client";
import { loadBank } from "../lib/content/read";
import { env } from "../lib/env";
import { FORGETFUL_STUDENT_PARAMETERS, simulateHistory, toSimulatedRows } from "../lib/srs/simulate";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number.`);
  return value;
}

async function main() {
  const email = process.argv[2];
  if (!email || email.startsWith("--")) throw new Error("usage: tsx scripts/seed-history.ts <email> [--cards N] [--days N] [--seed N]");
  const [cards, days, seed] = [option("cards", 230), option("days", 200), option("seed", 11)];
  const db = createDb(env.DATABASE_URL);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    if ((await db.reviewLog.count({ where: { userId: user.id } })) > 0)
      throw new Error(`${email} already has reviews; seed a fresh student.`);
    const settings = await db.studySettings.findUnique({ where: { userId: user.id } });
    const studyDay = { timeZone: settings?.timeZone ?? "UTC", dayStartsAtHour: settings?.dayStartsAtHour ?? 4 };
    // The last session was yesterday, two hours earlier in the day than now.
    const start = new Date(Date.now() - days * 86_400_000 - 2 * 3_600_000);
    const history = simulateHistory({
      trueParameters: FORGETFUL_STUDENT_PARAMETERS,
      cards,
      newCardsPerDay: 10,
      days,
      start,
      studyDay,
      seed,
    });
    const rows = toSimulatedRows(history, user.id, [...loadBank().flashcards.keys()]);
    // Days already summed for the progress page (an empty rollup from an earlier visit) are summed again.
    await db.$transaction([
      db.card.createMany({ data: rows.cards }),
      db.reviewLog.createMany({ data: rows.reviews }),
      db.progressRollup.deleteMany({ where: { userId: user.id } }),
    ]);
    console.log(JSON.stringify({ email, cards: rows.cards.length, reviews: rows.reviews.length }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
