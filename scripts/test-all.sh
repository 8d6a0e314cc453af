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

# How many tests a suite's JSON report says passed and failed; adds them to the totals.
count() {
  local name="$1" report="$2" status="$3"
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

# A suite whose JSON report says how many tests passed and failed.
suite() {
  local name="$1" report="$2"; shift 2
  echo "── $name: $*"
  "$@"
  count "$name" "$report" $?
}

# Two lanes, one per core (the CI machine has two): each lane runs its commands one after the
# other, output to a log; once both are done the logs are printed in order. Single-threaded jobs
# (eslint, tsc, one integration run with its files in series) gain most: 395 s of integration
# ran in 243 s side by side.
lane() {
  local id
  for id in "$@"; do
    { echo "── ${names[$id]}: ${cmds[$id]}"; bash -c "${cmds[$id]}"; } > "$results/lane-$id.log" 2>&1
    echo $? > "$results/lane-$id.rc"
  done
}
names=() cmds=()
job() { names+=("$1"); cmds+=("$2"); }
finish() {  # id kind [report]
  cat "$results/lane-$1.log"
  local status; status=$(cat "$results/lane-$1.rc" 2>/dev/null || echo 1)
  if [[ $2 == check ]]; then
    if [[ $status -eq 0 ]]; then passed=$((passed + 1)); summary+=("✓ ${names[$1]}"); else failed=$((failed + 1)); summary+=("✗ ${names[$1]}"); fi
  else
    count "${names[$1]}" "$3" "$status"
  fi
}
elapsed() { echo "   ($(( $(date +%s) - t0 ))s)"; }

t0=$(date +%s)
job lint "npx eslint . --max-warnings 0"                                                             # 0
job "no import cycle (madge)" "npm run -s check:cycles"                                             # 1
job "formatting (prettier --check)" "npx prettier --check . --log-level warn"                        # 2
job typecheck "npx tsc --noEmit"                                                                    # 3
job "prisma schemas and migrations in sync" "node scripts/with-postgres.mjs TEST_POSTGRES_URL -- bash scripts/db.sh check"  # 4
job "question bank (content:check)" "npx tsx scripts/content.ts check"                              # 5
job "question bank coverage (content:coverage --strict)" "npx tsx scripts/content.ts coverage --strict > $results/coverage.txt"  # 6
lane 0 1 2 5 6 & lane 3 4 & wait
for id in 0 1 2 3 4 5 6; do finish "$id" check; done
elapsed

t0=$(date +%s)
suite "unit" "$results/unit.json" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
elapsed

t0=$(date +%s)
job "integration (SQLite)" "env TEST_DATABASE=sqlite npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=$results/integration-sqlite.json"  # 7
job "integration (PostgreSQL)" "node scripts/with-postgres.mjs TEST_POSTGRES_URL -- env TEST_DATABASE=postgres npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=$results/integration-postgres.json"  # 8
# The production build for the end-to-end tests goes in the SQLite lane, which ends a minute or so
# before the PostgreSQL one: it uses that idle core instead of running after both.
job "next build" "npx next build > $results/build.log 2>&1 || { tail -40 $results/build.log; exit 1; }"  # 9
lane 7 9 & lane 8 & wait
finish 7 suite "$results/integration-sqlite.json"
finish 8 suite "$results/integration-postgres.json"
built=$(cat "$results/lane-9.rc" 2>/dev/null || echo 1)
cat "$results/lane-9.log"
elapsed

t0=$(date +%s)
if ! npx tsx scripts/e2e-browser.ts; then
  failed=$((failed + 1)); summary+=("✗ no Chromium: end-to-end tests not run (see above)")
elif [[ $built -eq 0 ]]; then
  suite "end-to-end (Playwright, Chromium)" "$results/e2e.json" npx playwright test
else
  failed=$((failed + 1)); summary+=("✗ next build failed: end-to-end tests not run")
fi
elapsed

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
