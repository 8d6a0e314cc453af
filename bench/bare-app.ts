import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { firstLoadJs, nextBuild, type RouteJs } from "./cases/first-load-js";

/** A built bare Next.js app: its page's first-load JS, and its folder for `next start` (HTTP baseline). */
export interface BareApp {
  dir: string;
  page: RouteJs;
  remove: () => void;
}

/** The deepest folder containing both paths (Turbopack must see the project and node_modules under one root). */
function commonRoot(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

// The one database client of the bare app: the app's generated Prisma clients and the same driver
// adapters (lib/db/create-client.ts), opened on the first request (the build has no DATABASE_URL).
const DB_JS = `import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";

let client;
export function db() {
  if (client) return client;
  const url = process.env.DATABASE_URL;
  client = /^postgres(ql)?:/.test(url)
    ? new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) })
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  return client;
}
`;

// One ReviewLog insert per request, like the bench's raw insert (1): the floor of a rating over HTTP. The client
// names an existing card of its student and sends that card's `previous` JSON, as a rating stores it.
const RATE_ROUTE_JS = `import { randomBytes } from "node:crypto";
import { db } from "../../../db";

export async function POST(request) {
  const { userId, cardId, previous } = await request.json();
  const review = await db().reviewLog.create({
    select: { id: true },
    data: {
      userId,
      cardId,
      requestId: randomBytes(12).toString("base64url"),
      rating: 3,
      reviewedAt: new Date(),
      durationMs: 4000,
      state: 2,
      due: new Date(),
      stability: 10,
      difficulty: 5,
      elapsedDays: 3,
      lastElapsedDays: 3,
      scheduledDays: 10,
      learningSteps: 0,
      previous,
    },
  });
  return Response.json({ ok: true, id: review.id });
}
`;

/**
 * Build a bare Next.js app in a temp dir with this repository's installed next
 * and react (node_modules linked, nothing downloaded): one page saying hello, a
 * root layout, `/api/health` and `POST /api/rate` (one ReviewLog insert through
 * the app's generated Prisma client and driver adapter). Returns its page's
 * first-load JS and the folder, kept until `remove()` so the HTTP run can serve it.
 */
export async function buildBareApp(root: string): Promise<BareApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-bare-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const modules = realpathSync(path.join(root, "node_modules"));
    const generated = realpathSync(path.join(root, "prisma", "generated"));
    symlinkSync(modules, path.join(dir, "node_modules"), "dir");
    symlinkSync(generated, path.join(dir, "generated"), "dir");
    mkdirSync(path.join(dir, "app", "api", "rate"), { recursive: true });
    mkdirSync(path.join(dir, "app", "api", "health"), { recursive: true });
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
    const turbopackRoot = commonRoot(commonRoot(realpathSync(dir), modules), generated);
    writeFileSync(
      path.join(dir, "next.config.js"),
      `module.exports = {\n  turbopack: { root: ${JSON.stringify(turbopackRoot)} },\n` +
        `  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],\n};\n`,
    );
    writeFileSync(
      path.join(dir, "app", "layout.jsx"),
      'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    );
    writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() {\n  return <main>Hello</main>;\n}\n");
    writeFileSync(path.join(dir, "db.js"), DB_JS);
    writeFileSync(path.join(dir, "app", "api", "rate", "route.js"), RATE_ROUTE_JS);
    writeFileSync(
      path.join(dir, "app", "api", "health", "route.js"),
      'export const dynamic = "force-dynamic";\nexport function GET() {\n  return Response.json({ ok: true });\n}\n',
    );
    await nextBuild(dir, path.join(modules, "next", "dist", "bin", "next"));
    const page = firstLoadJs(path.join(dir, ".next")).find((r) => r.route === "/");
    if (!page) throw new Error("The bare app's build has no / page.");
    return { dir, page, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
