#!/usr/bin/env bash
# `npm test`: the whole suite, one part after the other, stopping at the first failure.
#   lint & format · types · migrations up to date · tests on PGlite · tests on PostgreSQL
#   (TEST_DATABASE_URL) · `npm start` on a fresh data folder · browser tests (/usr/bin/chromium)
# A part whose tool is missing is SKIPPED, unless CI asks for it: REQUIRE_POSTGRES=1,
# REQUIRE_BROWSER=1 turn a missing PostgreSQL / Chromium into a failure.
# KEEP_GOING=1 runs every part even after a failure.
# The last line is "N passed, N failed" (parts), which CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
suite_start=$EPOCHREALTIME
summary=()
passed=0
failed=0
stopped=0

secs() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f s", b - a }'; }
heading() { printf '\n\033[1m━━ %s\033[0m\n' "$1"; }

# part NAME COMMAND... : runs one part unless an earlier one failed.
part() {
  local name=$1
  shift
  if ((stopped)); then
    summary+=("$(printf '%-24s %s' "$name" 'NOT RUN (an earlier part failed)')")
    return
  fi
  heading "$name"
  local t=$EPOCHREALTIME
  if "$@"; then
    passed=$((passed + 1))
    summary+=("$(printf '%-24s %-8s %s' "$name" PASSED "$(secs "$t")")")
  else
    failed=$((failed + 1))
    [ "${KEEP_GOING:-0}" = 1 ] || stopped=1
    summary+=("$(printf '%-24s %-8s %s' "$name" FAILED "$(secs "$t")")")
    echo "FAILED: $name"
  fi
}

# skip NAME REASON REQUIRED : a part that cannot run here; a failure when CI requires it.
skip() {
  local name=$1 reason=$2 required=$3
  if ((stopped)); then
    summary+=("$(printf '%-24s %s' "$name" 'NOT RUN (an earlier part failed)')")
    return
  fi
  heading "$name"
  if [ "$required" = 1 ]; then
    echo "FAILED: $name is required here, but $reason"
    failed=$((failed + 1))
    [ "${KEEP_GOING:-0}" = 1 ] || stopped=1
    summary+=("$(printf '%-24s %-8s %s' "$name" FAILED "$reason")")
  else
    echo "SKIPPED: $name — $reason"
    summary+=("$(printf '%-24s %-8s %s' "$name" SKIPPED "$reason")")
  fi
}

part 'Lint & format (biome)' biome check .
part 'Types (tsc)' tsc -p tsconfig.json --noEmit
part 'Migrations up to date' node scripts/check-migrations.mjs
part 'Tests on PGlite' env -u TEST_DATABASE_URL vitest run

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  part 'Tests on PostgreSQL' vitest run
else
  skip 'Tests on PostgreSQL' 'TEST_DATABASE_URL is not set' "${REQUIRE_POSTGRES:-0}"
fi

part 'Start-up (npm start)' node scripts/smoke-start.mjs

if [ ! -x "$CHROMIUM" ]; then
  skip 'Browser tests' "$CHROMIUM is missing (apt-get install chromium)" "${REQUIRE_BROWSER:-0}"
elif [ ! -f vitest.e2e.config.ts ]; then
  skip 'Browser tests' 'vitest.e2e.config.ts is missing' "${REQUIRE_BROWSER:-0}"
else
  part 'Browser tests' vitest run --config vitest.e2e.config.ts
fi

heading 'Summary'
printf '%s\n' "${summary[@]}"
echo "Total time: $(secs "$suite_start")"
echo "$passed passed, $failed failed"
((failed == 0))
