#!/usr/bin/env bash
# End-to-end throughput with wrk against real servers on loopback, one JVM per variant:
#   Jersey without CORS, Jersey with Cordial,
#   RESTEasy without CORS, RESTEasy with Cordial, RESTEasy with its CorsFilter.
# "Without CORS" and "CorsFilter" run with cordial-runtime left off the classpath. Every variant
# serves the same trivial text/plain resource; every request carries the same allowed Origin.
# Prints a table (median of RUNS runs of DURATION each, after a warm-up run). Needs a built tree
# (mvn install -DskipTests) and Debian's wrk (installed when missing).
#   bash benchmarks/wrk.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18181}
ORIGIN="Origin: https://app.example.com"

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

classpath() {  # module -> its runtime classpath, as a file
  local module=$1 file
  file=$(mktemp)
  mvn -B -ntp -q -f "it-tests/$module/pom.xml" dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$file" >/dev/null
  echo "it-tests/$module/target/classes:$(cat "$file")"
  rm -f "$file"
}
without_cordial() { tr ':' '\n' <<<"$1" | grep -v '/cordial-runtime' | paste -sd: -; }

jersey_cp=$(classpath jersey)
resteasy_cp=$(classpath resteasy)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {  # name classpath main path [args...]
  local name=$1 cp=$2 main=$3 path=$4
  shift 4
  local log
  log=$(mktemp)
  java -Xms512m -Xmx512m -cp "$cp" "$main" "$PORT" "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do grep -q '^ready' "$log" && break; sleep 0.25; done
  grep -q '^ready' "$log" || { cat "$log" >&2; kill $pid; exit 1; }
  local url="http://127.0.0.1:$PORT/api/$path"
  curl -s -o /dev/null -w '%{http_code}' -H "$ORIGIN" "$url" | grep -q 200 || { echo "$name: $url is not 200" >&2; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -H "$ORIGIN" "$url" >/dev/null
  local results=()
  for _ in $(seq 1 "$RUNS"); do
    results+=("$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H "$ORIGIN" "$url" | awk '/Requests\/sec/ {print $2}')")
  done
  kill $pid && wait $pid 2>/dev/null || true
  rm -f "$log"
  local med
  med=$(printf '%s\n' "${results[@]}" | median)
  printf '| %s | %s | %s |\n' "$name" "$med" "${results[*]}"
  eval "RPS_$(tr ' -' '__' <<<"$name")=$med"
}

echo "wrk -t1 -c$CONNECTIONS -d$DURATION, $RUNS runs after a $WARMUP warm-up, median requests/s; $(nproc) cores"
echo
echo "| variant | req/s (median) | runs |"
echo "| --- | --- | --- |"
measure "jersey none" "$(without_cordial "$jersey_cp")" dev.cordial.it.jersey.JerseyBenchServer bench/plain
measure "jersey cordial" "$jersey_cp" dev.cordial.it.jersey.JerseyBenchServer bench/cors
measure "resteasy none" "$(without_cordial "$resteasy_cp")" dev.cordial.it.resteasy.ResteasyBenchServer bench/plain
measure "resteasy cordial" "$resteasy_cp" dev.cordial.it.resteasy.ResteasyBenchServer bench/cors
measure "resteasy corsfilter" "$(without_cordial "$resteasy_cp")" dev.cordial.it.resteasy.ResteasyBenchServer \
  bench/plain corsfilter
echo
awk -v a="$RPS_jersey_cordial" -v b="$RPS_jersey_none" 'BEGIN {printf "Jersey: Cordial / no CORS = %.3f\n", a / b}'
awk -v a="$RPS_resteasy_cordial" -v b="$RPS_resteasy_none" 'BEGIN {printf "RESTEasy: Cordial / no CORS = %.3f\n", a / b}'
awk -v a="$RPS_resteasy_corsfilter" -v b="$RPS_resteasy_none" 'BEGIN {printf "RESTEasy: CorsFilter / no CORS = %.3f\n", a / b}'
awk -v a="$RPS_resteasy_cordial" -v b="$RPS_resteasy_corsfilter" 'BEGIN {printf "RESTEasy: Cordial / CorsFilter = %.3f\n", a / b}'
