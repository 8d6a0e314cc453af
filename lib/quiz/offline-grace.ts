import "server-only";
import { env } from "@/lib/env";

/** The offline grace in ms (QUIZ_OFFLINE_GRACE_SECONDS, checked with the rest of the environment at start-up). */
export function offlineGraceMs(): number {
  return env.QUIZ_OFFLINE_GRACE_SECONDS * 1000;
}
