#!/usr/bin/env bash
# Reruns every benchmark of docs/BENCHMARKS.md and writes the results to benchmarks/target/results/:
#   jmh.txt / jmh.json  per request and per preflight (2 forks), origin-list scaling and oversized
#                       headers (1 fork); JMH with -prof gc
#   jmh-allowed-f6.txt  the allowed request and preflight, Cordial and RESTEasy's CorsFilter, 6 forks
#   wrk.txt             end to end on real servers (wrk, servers and wrk pinned to separate cores)
#   compile.txt         javac without the processor, with it, with its output as plain sources, and
#                       with a minimal processor that writes one 3-line class per resource:
#                       trivial corpus at 1, 100 and 1,000 resources, realistic corpus of 50
#   startup.txt         launch to first answered request, 1 / 100 / 1,000 resources, Jersey and RESTEasy
#   bash benchmarks/run-all.sh
# Takes about 35 minutes on 2 cores. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mvn -B -ntp -q install -DskipTests
mkdir -p "$out"
{ echo "# $(date -u +%FT%TZ) $(uname -srm), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"; java -version 2>&1 | head -1; } \
  | tee "$out/machine.txt"

jmh() {  # name, JMH arguments...
  local name=$1
  shift
  java -jar benchmarks/target/benchmarks.jar "$@" -prof gc -rf json -rff "$out/$name.json" 2>&1 \
    | tee "$out/$name-full.log" | sed -n '/^Benchmark /,$p' | grep -v 'gc.count\|gc.time\|alloc.rate ' > "$out/$name.txt"
  cat "$out/$name.txt"
}
jmh jmh 'RequestBenchmark|PreflightBenchmark' -f 2 -wi 3 -i 5
# The two allowed paths against RESTEasy's CorsFilter again, with six forks: tighter errors for the ratios.
jmh jmh-allowed-f6 'RequestBenchmark.(cordial|resteasyCorsFilter)$|PreflightBenchmark.(cordial|resteasyCorsFilter)$' \
  -p origin=allowed -f 6 -wi 3 -i 5
jmh jmh-scaling 'ScalingBenchmark|OversizedBenchmark' -f 1

bash benchmarks/wrk.sh | tee "$out/wrk.txt"

m2=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { ls "$1"/target/cordial-*.jar | grep -v -e sources -e javadoc | head -1; }
pp_file=$(mktemp)
mvn -B -ntp -q -f processor/pom.xml dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$pp_file"
processorpath="$(jar processor):$(cat "$pp_file")"
rm -f "$pp_file"
classpath="$(jar annotations):$(jar runtime)"
classpath="$classpath:$m2/jakarta/ws/rs/jakarta.ws.rs-api/4.0.0/jakarta.ws.rs-api-4.0.0.jar"
for a in com.fasterxml.jackson.core:jackson-annotations:2.17.2 jakarta.validation:jakarta.validation-api:3.1.0; do
  mvn -B -ntp -q dependency:get -Dartifact="$a" -Dtransitive=false  # the realistic corpus's DTO annotations
done
classpath="$classpath:$m2/com/fasterxml/jackson/core/jackson-annotations/2.17.2/jackson-annotations-2.17.2.jar"
classpath="$classpath:$m2/jakarta/validation/jakarta.validation-api/3.1.0/jakarta.validation-api-3.1.0.jar"
java -cp benchmarks/target/benchmarks.jar dev.cordial.bench.CompileBenchmark "$processorpath" "$classpath" \
  "trivial:1,100,1000;realistic:50" 5 | tee "$out/compile.txt"

bash benchmarks/startup/run.sh
