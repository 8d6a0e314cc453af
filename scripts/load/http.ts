// HTTP as one simulated student's browser: a cookie jar shared by both instances (cookies are not
// per port), the Origin of the instance it talks to, and server actions called the way React does.
import { readFileSync } from "node:fs";
import path from "node:path";

/** Counters for the whole run, printed at the end. */
export class Stats {
  requests = 0;
  byStatus = new Map<number, number>();
  connectionErrors = 0;
  /** Requests that got a 5xx: any is a failure of the run. */
  serverErrors: string[] = [];
  failovers = 0;
  latenciesMs: number[] = [];
  counters = new Map<string, number>();

  count(name: string, n = 1) {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
  }

  get(name: string): number {
    return this.counters.get(name) ?? 0;
  }

  percentile(p: number): number {
    if (this.latenciesMs.length === 0) return 0;
    const sorted = [...this.latenciesMs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  }
}

/** A connection-level failure: nothing (refused) or maybe something (reset) reached the server. */
export class ConnectionError extends Error {
  constructor(
    readonly base: string,
    readonly cause: unknown,
    /** True when the request cannot have reached the server (connection refused). */
    readonly neverSent: boolean,
  ) {
    super(`connection to ${base} failed: ${describe(cause)}`);
    this.name = "ConnectionError";
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

function isRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } })?.cause;
  return cause?.code === "ECONNREFUSED" || Boolean(cause?.errors?.some((e) => e.code === "ECONNREFUSED"));
}

/**
 * The id of a server action in this build (`.next/server/server-reference-manifest.json`),
 * as the browser bundle sends it in the `Next-Action` header.
 */
export function findActionId(exportedName: string, modulePath: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const matches = Object.entries(manifest.node).filter(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").includes(modulePath),
  );
  if (matches.length !== 1)
    throw new Error(`Expected one server action ${exportedName} in ${modulePath}, found ${matches.length}: rebuild (next build).`);
  return matches[0]![0];
}

/**
 * Decode a server action's RSC reply: row 0 points at the row holding the action's return value.
 * Only plain JSON values are expected back (ActionResult); `$undefined` and `$$` escapes are undone.
 */
export function decodeActionReply(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const ref = head?.a;
  if (typeof ref !== "string" || !ref.startsWith("$@")) throw new Error(`Unexpected action reply: ${body.slice(0, 200)}`);
  const row = rows.get(ref.slice(2));
  if (row === undefined) throw new Error(`Action reply lacks row ${ref}: ${body.slice(0, 200)}`);
  return JSON.parse(row, (_key, value: unknown) => {
    if (value === "$undefined") return undefined;
    if (typeof value === "string" && value.startsWith("$$")) return value.slice(1);
    return value;
  });
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/** One student's browser session against the app's instances. */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly stats: Stats,
    /** The address the student appears to come from (the load balancer's X-Forwarded-For). */
    readonly clientIp: string,
  ) {}

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** One request to one instance; a connection failure throws ConnectionError, any HTTP status returns. */
  async request(
    base: string,
    pathname: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Reply> {
    const started = performance.now();
    this.stats.requests++;
    let response: Response;
    try {
      response = await fetch(base + pathname, {
        method: init.method ?? "GET",
        redirect: "manual",
        headers: { Origin: base, "X-Forwarded-For": this.clientIp, Cookie: this.cookieHeader(), ...init.headers },
        body: init.body,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      this.stats.connectionErrors++;
      throw new ConnectionError(base, error, isRefused(error));
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      this.stats.connectionErrors++;
      throw new ConnectionError(base, error, false);
    }
    this.stats.latenciesMs.push(performance.now() - started);
    this.stats.byStatus.set(response.status, (this.stats.byStatus.get(response.status) ?? 0) + 1);
    if (response.status >= 500)
      this.stats.serverErrors.push(`${init.method ?? "GET"} ${base}${pathname} → ${response.status}: ${text.slice(0, 300)}`);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, headers: response.headers, text };
  }

  /** POST a JSON body (better-auth's endpoints). */
  async postJson(base: string, pathname: string, body: unknown): Promise<Reply> {
    return this.request(base, pathname, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  /** A server action's raw reply (for one that redirects: see the `x-action-redirect` header). */
  callActionRaw(base: string, pagePath: string, actionId: string, args: unknown[]): Promise<Reply> {
    return this.request(base, pagePath, {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body: JSON.stringify(args),
    });
  }

  /**
   * Call a server action as the page's React client does: POST to the page with the
   * `Next-Action` header and the arguments encoded as JSON (React's encodeReply for plain values).
   */
  async callAction(base: string, pagePath: string, actionId: string, args: unknown[]): Promise<{ reply: Reply; result: unknown }> {
    const reply = await this.callActionRaw(base, pagePath, actionId, args);
    if (reply.status !== 200) return { reply, result: undefined };
    return { reply, result: decodeActionReply(reply.text) };
  }
}
