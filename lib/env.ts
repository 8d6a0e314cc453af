import { z } from "zod";
import { isAddressOrRange } from "@/lib/http/client-address";

/** The SQLite file used when DATABASE_URL is not set: a file under the repository. */
const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

/** A variable set to nothing (`NAME=` in .env) means unset, not 0. */
const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "DATABASE_URL must be file:… (SQLite) or postgresql://…"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters.").optional(),
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  /**
   * Host names (comma-separated) the app answers sign-in from besides BETTER_AUTH_URL's, on any
   * port: e.g. the LAN address `next start` prints. Local names are always trusted.
   */
  AUTH_TRUSTED_HOSTS: z.string().default(""),
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  AUTH_SIGN_IN_LIMIT: z.coerce.number().int().positive().default(10),
  /** Guest sessions started per client address per minute. */
  AUTH_GUEST_LIMIT: z.coerce.number().int().positive().default(60),
  /**
   * Proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges, e.g.
   * "127.0.0.1" for nginx on the same machine). Empty (the default): the client is the socket's peer.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrRange), "TRUSTED_PROXIES must be IP addresses or CIDR ranges, comma-separated."),
  /**
   * Where email goes out (password-reset links): an SMTP URL such as smtp://user:pass@mail.example:587.
   * Unset: emails are written to the server log instead, and the server says so when it starts.
   */
  SMTP_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .refine((url) => /^smtps?:\/\//.test(url), "SMTP_URL must be smtp://… or smtps://…")
      .optional(),
  ),
  /** The From: of the app's emails. */
  MAIL_FROM: z.string().min(3).default("Factdeck <no-reply@factdeck.invalid>"),
  /** FSRS trainings (worker threads) one server process runs at once; one more is refused ("try again in a few minutes"). */
  TRAININGS_PER_SERVER: z.coerce.number().int().positive().default(2),
  /** Guest accounts unused this many days are removed by `npm run guests:remove-idle`. */
  GUEST_IDLE_DAYS: z.coerce.number().int().positive().default(90),
  /**
   * How long after a quiz's deadline answers made before it, on a device that was offline, still
   * count (lib/quiz/attempt-status.ts). Two minutes: a tunnel or a lift, not extra exam time.
   */
  QUIZ_OFFLINE_GRACE_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number()
      .int()
      .min(0, "QUIZ_OFFLINE_GRACE_SECONDS must be 0 to 3600.")
      .max(3600, "QUIZ_OFFLINE_GRACE_SECONDS must be 0 to 3600.")
      .default(120),
  ),
  /**
   * The oldest offline rating a sync accepts, in days (lib/sync/validate.ts): older ones are refused
   * with a reason. 14 by default: two weeks without a signal, not a queue from last term.
   */
  SYNC_MAX_OFFLINE_DAYS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number()
      .int()
      .min(1, "SYNC_MAX_OFFLINE_DAYS must be 1 to 365.")
      .max(365, "SYNC_MAX_OFFLINE_DAYS must be 1 to 365.")
      .default(14),
  ),
  /** The question bank's folder (default: content/ of the working directory), e.g. a deployment's own copy. */
  CONTENT_DIR: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed once; read `process.env` nowhere else. */
export const env: Env = envSchema.parse(process.env);
