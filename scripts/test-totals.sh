#!/usr/bin/env bash
# Sums the Surefire and Failsafe reports of every module into one closing line.
cd "$(dirname "$0")/.."
shopt -s nullglob
reports=(*/target/surefire-reports/TEST-*.xml */target/failsafe-reports/TEST-*.xml)
if [ ${#reports[@]} -eq 0 ]; then
  echo "Tests: 0 passed, 0 failed (no test report found)"
  exit 0
fi
for f in "${reports[@]}"; do
  grep -m1 -o '<testsuite [^>]*>' "$f"
done | awk '
  function attr(name,   m) { if (match($0, name "=\"[0-9]+\"")) { m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 } return 0 }
  { t += attr("tests"); f += attr("failures"); e += attr("errors"); s += attr("skipped") }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", t - f - e - s, f + e, s }'
