// Preloaded into the bench's `next start` (node --require): counts the database round trips the
// server makes, by statement kind, without touching the app. Both drivers are external packages of
// the build (next.config.js serverExternalPackages), so the server loads these very modules.
// On SIGUSR2 the counts so far are written to BENCH_QUERY_COUNTS (JSON), which the bench reads
// before and after a run of ratings to get round trips per rating.
/* eslint-disable @typescript-eslint/no-require-imports */
const { writeFileSync } = require("node:fs");

const counts = {};
const count = (sql) => {
  // The start of the statement is enough (and keeps counting cheap next to long IN lists).
  const text = String(sql ?? "")
    .slice(0, 200)
    .trim();
  // The statement's kind and its table: "SELECT Card", "INSERT ReviewLog", "BEGIN".
  const verb = (/^\w+/.exec(text)?.[0] ?? "?").toUpperCase();
  const table = /(?:FROM|INTO|UPDATE)\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/i.exec(text)?.[1];
  const key = table ? `${verb} ${table}` : verb;
  counts[key] = (counts[key] ?? 0) + 1;
};

try {
  const pg = require("pg");
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, ...rest) {
    count(typeof config === "string" ? config : config?.text);
    return query.call(this, config, ...rest);
  };
} catch {
  // No pg installed: SQLite only.
}

try {
  const Database = require("better-sqlite3");
  const probe = new Database(":memory:");
  const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1"));
  probe.close();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = Statement[method];
    Statement[method] = function (...args) {
      count(this.source);
      return original.apply(this, args);
    };
  }
  const exec = Database.prototype.exec;
  Database.prototype.exec = function (sql) {
    count(sql);
    return exec.call(this, sql);
  };
} catch {
  // No better-sqlite3 installed: PostgreSQL only.
}

process.on("SIGUSR2", () => {
  if (process.env.BENCH_QUERY_COUNTS) writeFileSync(process.env.BENCH_QUERY_COUNTS, JSON.stringify(counts));
});
