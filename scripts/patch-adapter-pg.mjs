// postinstall – teach @prisma/adapter-pg 6.19's column-type switch the catalog types
// `name` (OID 19) and `"char"` (OID 18). Without them every `prisma migrate` command on
// PostgreSQL fails with "Column type 'name' could not be deserialized" (prisma/prisma#27403),
// because the JS schema engine reads pg_catalog through this adapter. Idempotent.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const files = ["node_modules/@prisma/adapter-pg/dist/index.js", "node_modules/@prisma/adapter-pg/dist/index.mjs"];
const anchor = "    case ScalarColumnType.BPCHAR:\n";
const patch = '    case 19: // pg_catalog name (factdeck patch)\n    case 18: // pg_catalog "char" (factdeck patch)\n';

for (const file of files) {
  if (!existsSync(file)) continue;
  const source = readFileSync(file, "utf8");
  if (source.includes("factdeck patch")) continue;
  if (!source.includes(anchor)) {
    console.error(`patch-adapter-pg: ${file} has changed shape; check whether prisma/prisma#27403 is fixed and drop this patch.`);
    process.exit(1);
  }
  writeFileSync(file, source.replace(anchor, patch + anchor));
  console.log(`patch-adapter-pg: patched ${file}`);
}
