#!/usr/bin/env bash
# The app as Playwright drives it: `next start` on a fresh database (SQLite by default,
# or E2E_DATABASE_URL), after `next build`.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
url="${E2E_DATABASE_URL:-file:/tmp/factdeck-e2e-$port/e2e.db}"
if [[ "$url" == file:* ]]; then
  rm -f "${url#file:}" "${url#file:}-wal" "${url#file:}-shm"
fi
DATABASE_URL="$url" bash scripts/db.sh migrate >/dev/null
export DATABASE_URL="$url" NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
export BETTER_AUTH_URL="http://127.0.0.1:$port"
export BETTER_AUTH_SECRET="${BETTER_AUTH_SECRET:-e2e-secret-not-for-production-0123456789abcdef}"
# Tests sign in many times from one address; the limit itself is covered by its own test.
# Mail goes to the SMTP server tests/e2e/password-reset.spec.ts starts on E2E_SMTP_PORT (set by
# playwright.config.ts: three above the e2e port, clear of startup.spec's server two above; nobody
# listens there at other times: the app logs that the mail was not sent, and carries on).
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:${E2E_SMTP_PORT:-$((port + 3))}}"
# A short offline grace, so tests/e2e/quiz-offline.spec.ts sees an answer arrive within it and one after it
# in a minute, not the default two (lib/quiz/offline-grace.ts).
export QUIZ_OFFLINE_GRACE_SECONDS="${QUIZ_OFFLINE_GRACE_SECONDS:-15}"
export AUTH_SIGN_IN_LIMIT="${AUTH_SIGN_IN_LIMIT:-1000}" AUTH_GUEST_LIMIT="${AUTH_GUEST_LIMIT:-1000}"
exec npx next start -p "$port" -H 127.0.0.1
