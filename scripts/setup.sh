#!/usr/bin/env bash
# npm run setup – everything the app needs before `next build`: a .env with a secret,
# both Prisma clients, migrations applied (SQLite by default), and a validated question bank.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f .env ]]; then
  secret="$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))')"
  printf '# Written by npm run setup. DATABASE_URL may be postgresql://user:pass@host:5432/db instead.\nDATABASE_URL="file:./data/factdeck.db"\nBETTER_AUTH_SECRET="%s"\nBETTER_AUTH_URL="http://localhost:3000"\n' "$secret" > .env
  echo "Wrote .env (SQLite at data/factdeck.db, a fresh auth secret)."
fi
set -a; source .env; set +a
bash scripts/db.sh generate
bash scripts/db.sh migrate
npx tsx scripts/content.ts check
