// npm run db:schemas [-- --check] – write (or check) prisma/postgres/schema.prisma from prisma/schema.prisma
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const sourcePath = path.join("prisma", "schema.prisma");
const targetPath = path.join("prisma", "postgres", "schema.prisma");

/** The PostgreSQL schema is the SQLite one with its provider and client output swapped. */
export function toPostgresSchema(sqlite: string): string {
  const header = "// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit.\n\n";
  const swapped = sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "./generated/sqlite"', 'output     = "../generated/postgres"');
  if (swapped === sqlite || !swapped.includes('"postgresql"') || !swapped.includes("generated/postgres")) {
    throw new Error(`${sourcePath}: expected provider "sqlite" and output "./generated/sqlite" to swap.`);
  }
  return header + swapped;
}

const expected = toPostgresSchema(readFileSync(sourcePath, "utf8"));
if (process.argv.includes("--check")) {
  let actual = "";
  try {
    actual = readFileSync(targetPath, "utf8");
  } catch {
    // Missing counts as drift.
  }
  if (actual !== expected) {
    console.error(`${targetPath} has drifted from ${sourcePath}: run npm run db:schemas and commit the result.`);
    process.exit(1);
  }
  console.log(`${targetPath} matches ${sourcePath}.`);
} else {
  mkdirSync(path.dirname(targetPath), { recursive: true });
  writeFileSync(targetPath, expected);
  console.log(`Wrote ${targetPath}.`);
}
