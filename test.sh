#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite: unit tests of every module, the build-time
# resolution check of every feature (karaf:verify), the Pax Exam suites booting the real distribution,
# and the process-level restart test. Everything runs on 127.0.0.1 with free ports.
set -euo pipefail
cd "$(dirname "$0")"
ANJIAN_PREREQUISITES=test source scripts/prerequisites.sh
start=$(date +%s)
set +e
mvn -B install -Dstyle.color=never 2>&1 | tee target-test.log | { grep -E --line-buffered \
  '^\[(INFO|WARNING|ERROR)\] (Tests run:|Building Anjian|BUILD|Features verified|Reactor Summary|Anjian ::|FAIL|ERROR)|Tests run:.*Fail|MEASURE' \
  || true; }
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  # the filtered output names a failed test but not why: print each failed test's report (the assertion or
  # exception and the first frames) and the end of what it printed, so that a CI log alone explains a red run
  for report in $(grep -l -E '<<< (FAILURE|ERROR)!' $(find . -path '*/surefire-reports/*.txt' -not -path './node_modules/*') 2>/dev/null); do
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
