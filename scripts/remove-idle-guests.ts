// npm run guests:remove-idle – delete guest accounts idle for GUEST_IDLE_DAYS (default 90) with
// all their data. Run it from cron (e.g. daily); it prints how many it removed.
import { removeIdleGuests } from "../lib/accounts/guests";
import { createDb } from "../lib/db/create-client";
import { env } from "../lib/env";

async function main() {
  const db = createDb(env.DATABASE_URL);
  try {
    const removed = await removeIdleGuests(db, env.GUEST_IDLE_DAYS, new Date());
    console.log(`Removed ${removed} guest account(s) idle for ${env.GUEST_IDLE_DAYS} days or more.`);
  } finally {
    await db.$disconnect();
  }
}

void main();
