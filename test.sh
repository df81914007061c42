#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite: unit tests of every module, the build-time
# resolution check of every feature (karaf:verify), the Pax Exam suites booting the real distribution,
# and the process-level restart test. Everything runs on 127.0.0.1 with free ports.
set -euo pipefail
cd "$(dirname "$0")"
ANJIAN_PREREQUISITES=test source scripts/prerequisites.sh
start=$(date +%s)

# A private PostgreSQL cluster for the second pass of the SQL tests (profile postgresql-tests) and for the suites
# that run on PostgreSQL: a free port on 127.0.0.1, data in a temporary folder, stopped and removed at the end.
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/anjian-test-pg.XXXXXX")
stop_postgresql() { scripts/postgresql.sh stop "$pg_dir/data" || true; rm -rf "$pg_dir"; }
trap stop_postgresql EXIT
pg_env=$(ANJIAN_PG_FSYNC=off ANJIAN_PG_AUTH=trust scripts/postgresql.sh start "$pg_dir/data")
eval "$pg_env"
export ANJIAN_TEST_PG_URL="$ANJIAN_PG_URL" ANJIAN_TEST_PG_USER="$ANJIAN_PG_USER" ANJIAN_TEST_PG_PASSWORD="$ANJIAN_PG_PASSWORD"
set +e
mvn -B install -Dstyle.color=never 2>&1 | tee target-test.log | { grep -E --line-buffered \
  '^\[(INFO|WARNING|ERROR)\] (Tests run:|Building Anjian|BUILD|Features verified|Reactor Summary|Anjian ::|FAIL|ERROR)|Tests run:.*Fail|MEASURE' \
  || true; }
status=${PIPESTATUS[0]}
set -e
# what the PostgreSQL pass adds: the same modules' tests on each engine, from the surefire reports
suite_time() {
  local d
  for d in $(find . -type d -path "*/target/surefire-reports-postgresql" -not -path './node_modules/*'); do
    cat "${d%-postgresql}$1"/TEST-*.xml 2>/dev/null
  done | sed -n 's/.*<testsuite [^>]*time="\([0-9.]*\)"[^>]*tests="\([0-9]*\)".*/\1 \2/p' \
    | awk '{t+=$1; n+=$2} END {printf "%d tests in %.0f s", n, t}'
}
echo "MEASURE the SQL tests on PostgreSQL: $(suite_time -postgresql); the same on H2: $(suite_time "")"
if [ "$status" -ne 0 ]; then
  # the filtered output names a failed test but not why: print each failed test's report (the assertion or
  # exception and the first frames) and the end of what it printed, so that a CI log alone explains a red run
  for report in $(grep -l -E '<<< (FAILURE|ERROR)!' $(find . -path '*/surefire-reports*/*.txt' -not -path './node_modules/*') 2>/dev/null); do
    echo "---- $report"
    head -c 6000 "$report"
    output="${report%.txt}-output.txt"
    if [ -f "$output" ]; then
      echo "---- last lines of $output"
      tail -n 40 "$output" | cut -c1-400
    fi
  done
fi
echo "Test suite wall time: $(( $(date +%s) - start )) s (full log: target-test.log)"
exit "$status"
