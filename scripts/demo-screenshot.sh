#!/usr/bin/env bash
# Runs the demo, loads its page in headless Chromium, checks that every line ended in its expected
# state, and saves a screenshot to docs/demo.png (or the path given as $1).
#
#   bash scripts/demo-screenshot.sh [docs/demo.png]
#
# Needs Debian's chromium (installed here with apt-get when missing) and a built tree
# (the script runs `mvn install -DskipTests` first).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/demo.png}
page_port=${PAGE_PORT:-8080}
api_port=${API_PORT:-8081}

if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
mvn -B -ntp -q install -DskipTests

log=$(mktemp)
mvn -B -ntp -q -f examples/demo/pom.xml exec:java -Dpage.port="$page_port" -Dapi.port="$api_port" >"$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null; wait $demo 2>/dev/null; rm -rf "$log" "$profile"' EXIT
for _ in $(seq 1 120); do
  grep -q 'Ctrl+C stops both' "$log" && break
  kill -0 $demo 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done

profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile" --virtual-time-budget=10000)
dom=$("${chrome[@]}" --dump-dom "http://localhost:$page_port/" 2>/dev/null)
if ! grep -q 'data-done="all-expected"' <<<"$dom"; then
  echo "the demo page did not end with every line in its expected state:" >&2
  grep -o '<tr data-expected[^>]*>' <<<"$dom" >&2 || true
  exit 1
fi
rm -rf "$profile" && profile=$(mktemp -d)
chrome[9]=--user-data-dir="$profile"
mkdir -p "$(dirname "$out")"
"${chrome[@]}" --window-size=1100,640 --screenshot="$out" "http://localhost:$page_port/" >/dev/null 2>&1
echo "every line in its expected state; screenshot: $out"
