// One simulated student: signs up over HTTP, then runs the scenario steps (studying cards; quizzes
// plug in as another step). Every request that fails to connect is retried on another instance.
import { Browser, ConnectionError, type Reply, type Stats } from "./http";
import type { QuizRecord } from "./quiz";

export interface AckedReview {
  requestId: string;
  flashcardId: string;
  rating: number;
}

/** What one student was told by the server: the checks compare the database with this. */
export interface Ledger {
  index: number;
  email: string;
  userId: string | null;
  /** Ratings the server acknowledged (ok: true), in order. */
  acked: AckedReview[];
  /** Request ids of acknowledged ratings that an acknowledged undo removed again. */
  undone: Set<string>;
  /** Request ids the server refused (ok: false): none may be stored. */
  rejected: Set<string>;
  /** Requests that never got an answer from any instance: a failure of the run. */
  unresolved: string[];
  /** Quizzes the student started (and perhaps submitted). */
  quizzes: QuizRecord[];
  /** Anything the student saw that a real student should never see. */
  problems: string[];
}

export interface LoadContext {
  /** Base URLs of the instances, e.g. http://127.0.0.1:3400. */
  bases: string[];
  actions: { recordReview: string; undoReview: string; quickQuiz: string };
  stats: Stats;
  random: () => number;
  ratingsPerStudent: number;
  doubleSubmitRate: number;
  undoRate: number;
  invalidRate: number;
  /** Tag in e-mails and request ids, so phases never collide. */
  phase: string;
  /** Called after every acknowledged rating (the fault phase kills an instance from here). */
  onAck?: () => void;
}

/** A step of the scenario (scripts/load/steps.ts lists them in order). */
export type Step = (student: Student) => Promise<void>;

const PASSWORD = "load test password 42";
const MAX_ATTEMPTS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Student {
  readonly browser: Browser;
  readonly ledger: Ledger;
  /** Index into ctx.bases of the instance this student talks to now. */
  private current: number;

  constructor(
    readonly ctx: LoadContext,
    index: number,
  ) {
    // Each student has its own client address, as a load balancer's X-Forwarded-For would show.
    this.browser = new Browser(ctx.stats, `10.${ctx.phase.length}.${Math.floor(index / 250)}.${(index % 250) + 1}`);
    this.current = index % ctx.bases.length;
    this.ledger = {
      index,
      email: `load-${ctx.phase}-${index}-${Date.now().toString(36)}@example.test`,
      userId: null,
      acked: [],
      undone: new Set(),
      rejected: new Set(),
      unresolved: [],
      quizzes: [],
      problems: [],
    };
  }

  get base(): string {
    return this.ctx.bases[this.current]!;
  }

  /** The next instance, after a connection failure: what a browser behind DNS failover or a retrying client does. */
  failover() {
    this.current = (this.current + 1) % this.ctx.bases.length;
    this.ctx.stats.failovers++;
  }

  /**
   * Send a request that is safe to repeat (it carries its own idempotency key, or reads only),
   * retrying on the other instance after a connection failure. Returns null if no instance answered.
   */
  async retrying(label: string, send: (base: string) => Promise<Reply>): Promise<Reply | null> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return await send(this.base);
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error;
        this.ctx.stats.count("retries");
        this.failover();
        await sleep(50 * attempt);
      }
    }
    this.ledger.unresolved.push(label);
    return null;
  }

  async think() {
    await sleep(Math.floor(this.ctx.random() * 30));
  }

  async signUp(): Promise<boolean> {
    const body = { email: this.ledger.email, password: PASSWORD, name: `Load student ${this.ledger.index}` };
    // Sign-up answers a registered email as a new one and signs no one in (lib/auth/server.ts), so
    // a retried sign-up whose first answer was lost is harmless; the session comes from signing in.
    // A retry racing its own first attempt on the other instance can lose the insert (422): the
    // account exists all the same, so the sign-in that follows is what tells.
    const signedUp = await this.retrying("sign-up", (base) => this.browser.postJson(base, "/api/auth/sign-up/email", body));
    let reply = signedUp;
    if (signedUp && (signedUp.status === 200 || /FAILED_TO_CREATE_USER/.test(signedUp.text))) {
      reply = await this.retrying("sign-in", (base) =>
        this.browser.postJson(base, "/api/auth/sign-in/email", { email: body.email, password: PASSWORD }),
      );
      if (reply && reply.status !== 200 && signedUp.status !== 200) reply = signedUp;
    }
    if (!reply || reply.status !== 200) {
      this.ledger.problems.push(`sign-up failed: ${reply?.status} ${reply?.text.slice(0, 200)}`);
      return false;
    }
    this.ledger.userId = (JSON.parse(reply.text) as { user: { id: string } }).user.id;
    this.ctx.stats.count("sign-ups");
    return true;
  }

  /** The card the study page shows now (from its HTML), or null when the queue is empty. */
  async currentCard(): Promise<string | null | undefined> {
    const reply = await this.retrying("GET /study", (base) => this.browser.request(base, "/study"));
    if (!reply) return undefined;
    if (reply.status !== 200) {
      this.ledger.problems.push(`GET /study answered ${reply.status} ${reply.headers.get("location") ?? ""}`);
      return undefined;
    }
    return /data-flashcard-id="([^"]+)"/.exec(reply.text)?.[1] ?? null;
  }
}

interface ActionReply {
  ok: boolean;
  error?: string;
  data?: { card: { flashcardId: string } | null };
}

function asActionReply(student: Student, label: string, reply: Reply, result: unknown): ActionReply | null {
  if (reply.status !== 200 || typeof result !== "object" || result === null || typeof (result as ActionReply).ok !== "boolean") {
    student.ledger.problems.push(`${label}: HTTP ${reply.status}, ${reply.text.slice(0, 200)}`);
    return null;
  }
  return result as ActionReply;
}

const GRADE_WEIGHTS: [number, number][] = [
  [1, 0.15],
  [2, 0.15],
  [3, 0.55],
  [4, 0.15],
];

function pickRating(random: () => number): number {
  let r = random();
  for (const [grade, weight] of GRADE_WEIGHTS) {
    if ((r -= weight) < 0) return grade;
  }
  return 3;
}

/**
 * Study cards through the study page's real server actions: rate the card on screen, sometimes
 * double-submit the same rating (to both instances at once), sometimes undo, sometimes send a
 * rating for a card that doesn't exist (which must be refused and never stored).
 */
export const studyCards: Step = async (student) => {
  const { ctx, ledger, browser } = student;
  let card = await student.currentCard();
  let seq = 0;
  const newRequestId = () => `${ctx.phase}-${ledger.index}-${seq++}-${Math.floor(ctx.random() * 1e9).toString(36)}`;
  const record = (base: string, input: object) => browser.callAction(base, "/study", ctx.actions.recordReview, [input]);

  for (let i = 0; i < ctx.ratingsPerStudent && card; i++) {
    await student.think();

    if (ctx.random() < ctx.invalidRate) {
      const bad = { flashcardId: "no-such-card-in-the-deck", rating: 3, requestId: newRequestId(), durationMs: 1000 };
      const sent = await sendRecord(student, bad, record);
      if (sent && !sent.ok) {
        ledger.rejected.add(bad.requestId);
        ctx.stats.count("refused (unknown card)");
      } else if (sent) ledger.problems.push(`a rating of an unknown card was accepted (${bad.requestId})`);
    }

    const input = {
      flashcardId: card,
      rating: pickRating(ctx.random),
      requestId: newRequestId(),
      durationMs: 500 + Math.floor(ctx.random() * 5000),
    };
    let result: ActionReply | null;
    if (ctx.random() < ctx.doubleSubmitRate) {
      // A double click whose two copies land on different instances at the same moment.
      ctx.stats.count("double submits");
      const copies = await Promise.all(ctx.bases.map((base) => sendOnce(student, base, input, record)));
      const answered = copies.filter((c): c is ActionReply => c !== null);
      // An instance that was killed meanwhile doesn't answer: the retry goes to the other.
      result = answered[0] ?? (await sendRecord(student, input, record));
      if (answered.some((c) => c.ok !== result?.ok)) ledger.problems.push(`the two copies of ${input.requestId} got different answers`);
    } else {
      result = await sendRecord(student, input, record);
    }
    if (!result) break;
    if (!result.ok) {
      ledger.problems.push(`rating ${input.requestId} of ${card} refused: ${result.error}`);
      ledger.rejected.add(input.requestId);
      break;
    }
    ledger.acked.push({ requestId: input.requestId, flashcardId: input.flashcardId, rating: input.rating });
    ctx.stats.count("ratings acknowledged");
    ctx.onAck?.();
    card = result.data?.card?.flashcardId ?? null;

    if (ctx.random() < ctx.undoRate) {
      await student.think();
      const next = await undo(student);
      if (next === undefined) break;
      card = next;
    }
  }
};

/** One rating to one instance; null if that instance could not be reached or answered oddly. */
async function sendOnce(
  student: Student,
  base: string,
  input: { requestId: string },
  record: (base: string, input: object) => Promise<{ reply: Reply; result: unknown }>,
): Promise<ActionReply | null> {
  try {
    const { reply, result } = await record(base, input);
    return asActionReply(student, `rating ${input.requestId}`, reply, result);
  } catch (error) {
    if (error instanceof ConnectionError) return null;
    throw error;
  }
}

/** A rating with retries: the same request id every time, so the server stores it once. */
async function sendRecord(
  student: Student,
  input: { requestId: string },
  record: (base: string, input: object) => Promise<{ reply: Reply; result: unknown }>,
): Promise<ActionReply | null> {
  let result: unknown;
  const reply = await student.retrying(`rating ${input.requestId}`, async (base) => {
    const sent = await record(base, input);
    result = sent.result;
    return sent.reply;
  });
  return reply && asActionReply(student, `rating ${input.requestId}`, reply, result);
}

/**
 * Undo the latest rating. An undo carries no request key, so it is retried only when it
 * surely never reached the server (connection refused); after a lost answer the student
 * looks at their progress (the export) on another instance to learn whether it happened.
 * Returns the card on screen afterwards (null: queue empty; undefined: give up).
 */
async function undo(student: Student): Promise<string | null | undefined> {
  const { ctx, ledger, browser } = student;
  const victim = [...ledger.acked].reverse().find((r) => !ledger.undone.has(r.requestId));
  if (!victim) return student.currentCard();
  ctx.stats.count("undos");
  // The undo names its rating, so sending it again after a lost reply takes back nothing more.
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      const { reply, result } = await browser.callAction(student.base, "/study", ctx.actions.undoReview, [{ requestId: victim.requestId }]);
      const answer = asActionReply(student, "undo", reply, result);
      if (!answer) return undefined;
      if (!answer.ok) {
        ledger.problems.push(`undo refused: ${answer.error}`);
        return undefined;
      }
      const notice = (answer.data as { notice?: string } | undefined)?.notice;
      // "Undid “Good”: …" is the undo done now; "…undone already" a retry's answer; anything else a refusal.
      if (notice && !/^Undid |undone already/.test(notice)) {
        ledger.problems.push(`undo of ${victim.requestId} not done: ${notice}`);
        return undefined;
      }
      if (notice && /undone already/.test(notice)) ctx.stats.count("undos answered as done already (a retry)");
      ledger.undone.add(victim.requestId);
      return answer.data?.card?.flashcardId ?? null;
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      ctx.stats.count("retries");
      student.failover();
    }
  }
  ledger.unresolved.push("undo");
  return undefined;
}
