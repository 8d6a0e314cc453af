// npx tsx bench/profile-summary.ts <file.cpuprofile> – where a server's CPU time went, from a V8
// CPU profile of the bench's HTTP run (BENCH_CPU_PROF=dir npm run bench writes one per server).
// Self time grouped by what the code is (the app's own code, React's RSC serialisation, Next's
// server, better-auth, Prisma, the database driver, Node itself, idle), then the functions of
// the app's rating path with their total (inclusive) time.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a frame's code is, from its file. Order matters: the first match wins. */
const GROUPS: Array<[string, (url: string, fn: string) => boolean]> = [
  ["idle", (url, fn) => url === "" && ["(idle)", "(program)"].includes(fn)],
  ["garbage collector", (url, fn) => url === "" && fn === "(garbage collector)"],
  // Prisma 6's "client" engine compiles every query to a plan in Wasm on the main thread (no plan cache before 7.4).
  ["Prisma query compiler (Wasm)", (url) => url.startsWith("wasm://") || /query_compiler/.test(url)],
  ["Prisma client (JS)", (url) => /@prisma\/client|prisma\/generated|@prisma\/debug|@prisma\/client-engine/.test(url)],
  [
    "Prisma driver adapter + driver",
    (url) => /@prisma\/adapter|node_modules\/(pg|pg-protocol|pg-pool|pg-types|better-sqlite3)\//.test(url),
  ],
  ["better-auth (session lookup)", (url) => /better-auth|better-call|@better-fetch|jose|@noble/.test(url)],
  ["zod", (url) => /zod/.test(url)],
  ["ts-fsrs", (url) => /ts-fsrs/.test(url)],
  // React's server renderer and RSC serialiser are bundled into Next's app-page runtime.
  ["Next app runtime + React RSC (app-page/app-route runtime)", (url) => /next-server\/app-(page|route)/.test(url)],
  ["Next.js server (routing, request handling)", (url) => /node_modules\/next\/|\[turbopack\]_runtime/.test(url)],
  ["app code and other bundled packages (.next/server chunks)", (url) => /\.next\/server/.test(url)],
  ["Node.js (http, undici Request/Response, streams, crypto, zlib…)", (url) => url.startsWith("node:") || url === ""],
];

export function summarize(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { url, functionName } = node.callFrame;
    const group = GROUPS.find(([, test]) => test(url, functionName))?.[0] ?? "other";
    groups.set(group, (groups.get(group) ?? 0) + ms);
    // Inclusive time per named function, each counted once per stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  }
  return { total, groups: [...groups].sort((a, b) => b[1] - a[1]), inclusive };
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: tsx bench/profile-summary.ts <file.cpuprofile> [function names…]");
  const { total, groups, inclusive } = summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const busy = total - (groups.find(([g]) => g === "idle")?.[1] ?? 0);
  console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`);
  for (const [group, ms] of groups)
    console.log(`  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${(ms / 1000).toFixed(2).padStart(7)} s  ${group}`);
  const names = process.argv.slice(3);
  if (names.length > 0) {
    console.log("Inclusive (sampled on-CPU time under each function):");
    for (const name of names) console.log(`  ${(((inclusive.get(name) ?? 0) / busy) * 100).toFixed(1).padStart(5)} % of busy  ${name}`);
  }
}

if (process.argv[1]?.endsWith("profile-summary.ts")) main();
