#!/usr/bin/env bash
# npm test – every suite: lint, types, schema/migration drift, the question bank, unit tests,
# the integration suite on SQLite AND on PostgreSQL, and Playwright end-to-end tests on the
# production build in Chromium. Ends with one line: "N passed, N failed".
# Needs only `npm ci`. PostgreSQL: TEST_POSTGRES_URL (default postgresql://postgres:postgres@127.0.0.1:5432/factdeck_test)
# if a server answers there, else an embedded one from npm for the PostgreSQL suite only
# (scripts/with-postgres.mjs; TEST_POSTGRES_URL=embedded forces it). Chromium: CHROMIUM_PATH,
# /usr/bin/chromium, else the one in the npm package @sparticuz/chromium (scripts/e2e-browser.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres:postgres@127.0.0.1:5432/factdeck_test}"
results=test-results
rm -rf "$results" && mkdir -p "$results"
passed=0
failed=0
summary=()

# A check that is one test: passes or fails as a whole.
check() {
  local name="$1"; shift
  echo "── $name: $*"
  if "$@"; then passed=$((passed + 1)); summary+=("✓ $name"); else failed=$((failed + 1)); summary+=("✗ $name"); fi
}

# A suite whose JSON report says how many tests passed and failed.
suite() {
  local name="$1" report="$2"; shift 2
  echo "── $name: $*"
  "$@"
  local status=$?
  local counts
  counts=$(node -e '
    const fs = require("fs");
    const file = process.argv[1];
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (r.stats) { console.log(`${r.stats.expected + r.stats.flaky} ${r.stats.unexpected + r.stats.skipped}`); }  // Playwright: a skipped test counts as failed
    else { console.log(`${r.numPassedTests} ${r.numFailedTests + r.numPendingTests + r.numTodoTests}`); }  // Vitest
  ' "$report")
  local p=${counts% *} f=${counts#* }
  if [[ $status -ne 0 && $f -eq 0 ]]; then f=1; fi  # the runner failed outside any test
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$([[ $f -eq 0 ]] && echo ✓ || echo ✗) $name: $p passed, $f failed")
}

check lint npx eslint . --max-warnings 0
check "no import cycle (madge)" npm run -s check:cycles
check "formatting (prettier --check)" npx prettier --check . --log-level warn
check typecheck npx tsc --noEmit
check "prisma schemas and migrations in sync" node scripts/with-postgres.mjs TEST_POSTGRES_URL -- bash scripts/db.sh check
check "question bank (content:check)" npx tsx scripts/content.ts check
check "question bank coverage (content:coverage --strict)" bash -c 'npx tsx scripts/content.ts coverage --strict > test-results/coverage.txt'

suite "unit" "$results/unit.json" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
suite "integration (SQLite)" "$results/integration-sqlite.json" env TEST_DATABASE=sqlite \
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration-sqlite.json"
suite "integration (PostgreSQL)" "$results/integration-postgres.json" node scripts/with-postgres.mjs TEST_POSTGRES_URL -- env TEST_DATABASE=postgres \
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration-postgres.json"

echo "── next build"
if ! npx tsx scripts/e2e-browser.ts; then
  failed=$((failed + 1)); summary+=("✗ no Chromium: end-to-end tests not run (see above)")
elif npx next build > "$results/build.log" 2>&1; then
  suite "end-to-end (Playwright, Chromium)" "$results/e2e.json" npx playwright test
else
  tail -40 "$results/build.log"
  failed=$((failed + 1)); summary+=("✗ next build failed: end-to-end tests not run")
fi

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
