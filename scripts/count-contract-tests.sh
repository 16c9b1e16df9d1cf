#!/usr/bin/env bash
# Counts, per integration-test row, the shared contracts' tests (CordialTck's nested classes) that ran
# and were skipped, from the surefire (failsafe for Quarkus, Payara and WildFly) reports of the last build: the README's "Works with" column.
# Usage, after mvn verify: scripts/count-contract-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in it-tests/*/target/surefire-reports it-tests/*/target/failsafe-reports it-tests/*/*/target/failsafe-reports; do
  [ -d "$dir" ] || continue
  row=${dir%/target/*-reports}
  shopt -s nullglob
  files=("$dir"/TEST-dev.cordial.it.app.CordialTck\$*.xml)
  shopt -u nullglob
  [ ${#files[@]} -gt 0 ] || continue
  total=0; skipped=0
  for f in "${files[@]}"; do
    t=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*')
    s=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' skipped="[0-9]*"' | grep -o '[0-9]*')
    total=$((total + t)); skipped=$((skipped + s))
  done
  echo "$row: $((total - skipped)) run / $skipped skipped"
done
