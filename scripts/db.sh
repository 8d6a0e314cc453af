#!/usr/bin/env bash
# Database tasks that run offline: Prisma's JavaScript schema engine + driver adapters
# (engine "js" in prisma.config.ts), so no command downloads a native engine.
#   generate        both clients (SQLite and PostgreSQL)
#   migrate         apply migrations to $DATABASE_URL (default: the SQLite file), WAL on for SQLite
#   new-migration N diff the schema against the migrations; write prisma/{,postgres/}migrations/<ts>_N
#   check           the PostgreSQL schema is generated from the SQLite one, and each database's
#                   migrations match its schema. The PostgreSQL side needs a server: it empties the
#                   database DB_CHECK_POSTGRES_URL (default TEST_POSTGRES_URL; local hosts only) and
#                   replays prisma/postgres/migrations into it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
default_url="file:./data/factdeck.db"
pg_dummy="postgresql://offline:offline@127.0.0.1:5432/offline"
sqlite_dummy="file:./data/.generate.db"

case "${1:-}" in
  generate)
    DATABASE_URL="$sqlite_dummy" npx prisma generate --schema prisma/schema.prisma >/dev/null
    DATABASE_URL="$pg_dummy" npx prisma generate --schema prisma/postgres/schema.prisma >/dev/null
    echo "Generated Prisma clients: prisma/generated/sqlite, prisma/generated/postgres"
    ;;
  migrate)
    url="${DATABASE_URL:-$default_url}"
    if [[ "$url" == file:* ]]; then
      mkdir -p "$(dirname "${url#file:}")"
    fi
    DATABASE_URL="$url" npx prisma migrate deploy | grep -Ev '^(Prisma config|Prisma schema|Datasource|$)' || true
    DATABASE_URL="$url" npx prisma migrate status >/dev/null
    if [[ "$url" == file:* ]]; then
      DATABASE_URL="$url" node -e 'const D=require("better-sqlite3");const db=new D(process.env.DATABASE_URL.slice(5));db.pragma("journal_mode = WAL");db.close()'
    fi
    ;;
  new-migration)
    name="${2:?usage: scripts/db.sh new-migration <name>}"
    stamp="$(date -u +%Y%m%d%H%M%S)"
    tmp="$(mktemp -d)"
    # From the committed schema (which `check` keeps equal to the migrations) to the edited one:
    # --from-migrations needs a shadow database, which the JS engine can't make for SQLite.
    git show HEAD:prisma/schema.prisma > "$tmp/before.prisma"
    if cmp -s "$tmp/before.prisma" prisma/schema.prisma; then
      echo "prisma/schema.prisma has no change since HEAD: nothing to migrate. (Already committed the edit? Check out HEAD~1's schema into the working tree first, or write the migration by hand.)" >&2
      exit 1
    fi
    npx tsx scripts/db-schemas.ts >/dev/null
    git show HEAD:prisma/postgres/schema.prisma > "$tmp/before-pg.prisma"
    DATABASE_URL="$sqlite_dummy" npx prisma migrate diff --from-schema-datamodel "$tmp/before.prisma" \
      --to-schema-datamodel prisma/schema.prisma --script > "$tmp/sqlite.sql"
    # The PostgreSQL adapter connects even to diff two files: any reachable server will do.
    DATABASE_URL="${PG_DIFF_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}" npx prisma migrate diff --from-schema-datamodel "$tmp/before-pg.prisma" \
      --to-schema-datamodel prisma/postgres/schema.prisma --script > "$tmp/pg.sql"
    if ! grep -qv -e '^--' -e '^[[:space:]]*$' "$tmp/sqlite.sql"; then
      echo "The schema change needs no SQL (a comment or formatting only): no migration written." >&2
      exit 1
    fi
    mkdir -p "prisma/migrations/${stamp}_$name" "prisma/postgres/migrations/${stamp}_$name"
    mv "$tmp/sqlite.sql" "prisma/migrations/${stamp}_$name/migration.sql"
    mv "$tmp/pg.sql" "prisma/postgres/migrations/${stamp}_$name/migration.sql"
    echo "Wrote prisma/migrations/${stamp}_$name and prisma/postgres/migrations/${stamp}_$name"
    ;;
  check)
    npx tsx scripts/db-schemas.ts --check
    tmp="$(mktemp -d)"
    # Build one SQLite file from the migrations and one straight from the schema; their tables must match.
    DATABASE_URL="file:$tmp/migrated.db" npx prisma migrate deploy >/dev/null
    DATABASE_URL="file:$tmp/migrated.db" npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > "$tmp/schema.sql"
    node -e '
      const D = require("better-sqlite3");
      const [migrated, script] = process.argv.slice(1);
      const fresh = new D(":memory:");
      fresh.exec(require("fs").readFileSync(script, "utf8"));
      const dump = (db) => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE \x27_prisma%\x27 AND name NOT LIKE \x27sqlite_%\x27 ORDER BY name").all()
        .map((r) => `${r.type} ${r.name}: ${(r.sql ?? "").replace(/\s+/g, " ")}`).join("\n");
      const a = dump(new D(migrated)), b = dump(fresh);
      if (a !== b) { console.error("prisma/migrations does not match prisma/schema.prisma: run scripts/db.sh new-migration <name>."); process.exit(1); }
      console.log("SQLite migrations match prisma/schema.prisma.");
    ' "$tmp/migrated.db" "$tmp/schema.sql"
    # PostgreSQL: with a driver adapter, `migrate diff --from-migrations` replays the migrations into
    # the configured database (it takes the shadow database's place), so that database must be empty.
    pg_url="${DB_CHECK_POSTGRES_URL:-${TEST_POSTGRES_URL:-postgresql://postgres:postgres@127.0.0.1:5432/factdeck_test}}"
    if [[ ! "$pg_url" =~ ^postgres(ql)?://[^@/]*@?(127\.0\.0\.1|localhost)(:[0-9]+)?/ ]]; then
      echo "db check empties $pg_url: only local hosts (127.0.0.1, localhost) are accepted." >&2
      exit 1
    fi
    echo 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' |
      DATABASE_URL="$pg_url" npx prisma db execute --stdin --schema prisma/postgres/schema.prisma >/dev/null
    set +e
    DATABASE_URL="$pg_url" npx prisma migrate diff --from-migrations prisma/postgres/migrations \
      --to-schema-datamodel prisma/postgres/schema.prisma --script --exit-code > "$tmp/pg-drift.sql" 2> "$tmp/pg-drift.err"
    code=$?
    set -e
    if [[ $code -eq 2 ]]; then
      echo "prisma/postgres/migrations does not match prisma/postgres/schema.prisma; missing SQL:" >&2
      grep -v '^--' "$tmp/pg-drift.sql" | sed '/^$/d' >&2
      exit 1
    elif [[ $code -ne 0 ]]; then
      cat "$tmp/pg-drift.err" >&2
      echo "Could not check the PostgreSQL migrations against $pg_url (is the server running?)." >&2
      exit 1
    fi
    echo "PostgreSQL migrations match prisma/postgres/schema.prisma."
    ;;
  *)
    echo "usage: scripts/db.sh generate|migrate|new-migration <name>|check" >&2
    exit 2
    ;;
esac
