#!/usr/bin/env bash
# End-to-end throughput with wrk against real servers on loopback, one JVM per variant:
#   Jersey without CORS, Jersey with Cordial,
#   RESTEasy without CORS, RESTEasy with Cordial, RESTEasy with its CorsFilter.
# "Without CORS" and "CorsFilter" run with cordial-runtime left off the classpath. Every variant
# serves the same trivial text/plain resource; every request carries the same allowed Origin.
# All five servers start at once on PORT..PORT+4; each is warmed up, then RUNS rounds load one
# variant at a time, in turn. Prints a table of medians and the ratios. Needs a built tree
# (mvn install -DskipTests) and Debian's wrk (installed when missing).
# With two or more cores the servers are pinned to core 0 and wrk to core 1 (taskset), so that the
# load generator and the server under load do not take each other's time slices; SERVER_CPUS and
# WRK_CPUS override the choice.
#   bash benchmarks/wrk.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
# Interleaved rounds run and thrown away before the measured ones: with every server on one core, each
# server's JIT and GC threads share that core, and until all five have settled (about two rounds on the
# build machine) every variant's rounds ran at a third of their later rate.
DISCARD=${DISCARD:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18181}
ORIGIN="Origin: https://app.example.com"
if [ "$(nproc)" -ge 2 ]; then
  SERVER_CPUS=${SERVER_CPUS:-0} WRK_CPUS=${WRK_CPUS:-1}
else
  SERVER_CPUS=${SERVER_CPUS:-0} WRK_CPUS=${WRK_CPUS:-0}
fi

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

classpath() {  # module of benchmarks/servers -> its runtime classpath
  local module=$1 file
  file=$(mktemp)
  mvn -B -ntp -q -f "benchmarks/servers/$module/pom.xml" dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$file" >/dev/null
  echo "benchmarks/servers/$module/target/classes:$(cat "$file")"
  rm -f "$file"
}
without_cordial() { tr ':' '\n' <<<"$1" | grep -v '/cordial-runtime' | paste -sd: -; }

jersey_cp=$(classpath jersey)
resteasy_cp=$(classpath resteasy)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

names=() urls=() pids=() logs=()
start_server() {  # name classpath main path [args...]
  local name=$1 cp=$2 main=$3 path=$4 port=$((PORT + ${#names[@]}))
  shift 4
  local log
  log=$(mktemp)
  taskset -c "$SERVER_CPUS" java -Xms512m -Xmx512m -cp "$cp" "$main" "$port" "$@" >"$log" 2>&1 &
  pids+=($!) logs+=("$log") names+=("$name") urls+=("http://127.0.0.1:$port/api/$path")
}
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -f "${logs[@]}"' EXIT

start_server "jersey none" "$(without_cordial "$jersey_cp")" dev.cordial.bench.jersey.JerseyBenchServer bench/plain
start_server "jersey cordial" "$jersey_cp" dev.cordial.bench.jersey.JerseyBenchServer bench/cors
start_server "resteasy none" "$(without_cordial "$resteasy_cp")" dev.cordial.bench.resteasy.ResteasyBenchServer bench/plain
start_server "resteasy cordial" "$resteasy_cp" dev.cordial.bench.resteasy.ResteasyBenchServer bench/cors
start_server "resteasy corsfilter" "$(without_cordial "$resteasy_cp")" dev.cordial.bench.resteasy.ResteasyBenchServer \
  bench/plain corsfilter

for i in "${!names[@]}"; do
  for _ in $(seq 1 120); do grep -q '^ready' "${logs[$i]}" && break; sleep 0.25; done
  grep -q '^ready' "${logs[$i]}" || { cat "${logs[$i]}" >&2; exit 1; }
  curl -s -o /dev/null -w '%{http_code}' -H "$ORIGIN" "${urls[$i]}" | grep -q 200 \
    || { echo "${names[$i]}: ${urls[$i]} is not 200" >&2; exit 1; }
  taskset -c "$WRK_CPUS" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -H "$ORIGIN" "${urls[$i]}" >/dev/null
done

# Rounds interleave the variants, so that drift of the machine hits all of them alike.
declare -A results
for _ in $(seq 1 "$DISCARD"); do
  for i in "${!names[@]}"; do
    taskset -c "$WRK_CPUS" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H "$ORIGIN" "${urls[$i]}" >/dev/null
  done
done
for _ in $(seq 1 "$RUNS"); do
  for i in "${!names[@]}"; do
    results[$i]+="$(taskset -c "$WRK_CPUS" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H "$ORIGIN" "${urls[$i]}" | awk '/Requests\/sec/ {print $2}') "
  done
done

echo "wrk -t1 -c$CONNECTIONS -d$DURATION, $RUNS interleaved rounds after a $WARMUP warm-up each and $DISCARD discarded rounds," \
  "median requests/s;" \
  "$(nproc) cores, all five servers up, one loaded at a time; servers on CPU $SERVER_CPUS, wrk on CPU $WRK_CPUS"
echo
echo "| variant | req/s (median) | spread (max-min)/median | runs |"
echo "| --- | --- | --- | --- |"
declare -A med
for i in "${!names[@]}"; do
  med[$i]=$(tr ' ' '\n' <<<"${results[$i]}" | grep . | median)
  spread=$(tr ' ' '\n' <<<"${results[$i]}" | grep . | sort -n \
    | awk -v m="${med[$i]}" 'NR == 1 {lo = $1} {hi = $1} END {printf "%.1f%%", 100 * (hi - lo) / m}')
  printf '| %s | %s | %s | %s |\n' "${names[$i]}" "${med[$i]}" "$spread" "${results[$i]% }"
done
echo
ratio() { awk -v a="$1" -v b="$2" -v l="$3" 'BEGIN {printf "%s = %.3f\n", l, a / b}'; }
ratio "${med[1]}" "${med[0]}" "Jersey: Cordial / no CORS"
ratio "${med[3]}" "${med[2]}" "RESTEasy: Cordial / no CORS"
ratio "${med[4]}" "${med[2]}" "RESTEasy: CorsFilter / no CORS"
ratio "${med[3]}" "${med[4]}" "RESTEasy: Cordial / CorsFilter"
