#!/usr/bin/env bash
# npm run setup – everything the app needs before `next build`: a .env with a secret,
# both Prisma clients, migrations applied (SQLite by default), and a validated question bank.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/write-env.sh
set -a; source .env; set +a
bash scripts/db.sh generate
bash scripts/db.sh migrate
npx tsx scripts/content.ts check
