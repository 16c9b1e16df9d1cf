#!/usr/bin/env bash
# Startup (issue 15, part 3): time from launching a server JVM to its first answered request, with
# 1, 100 and 1,000 annotated resources, with and without Cordial, on Jersey (Grizzly) and RESTEasy
# (Undertow). Writes benchmarks/target/results/startup.txt.
#   bash benchmarks/startup/run.sh
#   RUNS=5 SIZES="1 100 1000" STACKS="jersey resteasy" WARMUPS=1 BUILD=1 bash benchmarks/startup/run.sh
# CORDIAL_JARS=DIR takes the three Cordial jars from DIR instead of */target (with BUILD=0: no build).
#
# What it does:
#  1. builds annotations, runtime and processor (mvn package; BUILD=0 skips it) and takes their jars
#     from */target; third-party jars come from ~/.m2 through a throwaway POM per stack that holds
#     only the server (jersey-container-grizzly2-http + jersey-hk2, or resteasy-undertow +
#     resteasy-core) and jakarta.ws.rs-api: the class path of a plain service, not the it-tests'
#     (which drags in Selenium, AssertJ, OpenTelemetry...).
#  2. per N, generates N resources bench.startup.ResourceI (@Path("rI"), class-level
#     @AllowCredentials(origins = "https://app.example.com", allowHeaders = "Content-Type"), GET list,
#     GET {id}, POST, DELETE {id} with a method-level @AllowCredentials) and bench.startup.StartupApp,
#     @ApplicationPath("api"), whose getClasses() lists all N; compiles them once, with Cordial's
#     processor, and checks that it generated N filters. Both variants run these same class files.
#  3. compiles the two server mains (benchmarks/servers/*/src/main/java/.../*StartupServer.java) and the harness
#     (benchmarks/src/main/java/dev/cordial/bench/startup/StartupBenchmark.java) with plain javac, so
#     the run depends on no other module's state, and runs the harness (see its javadoc).
# "With Cordial": cordial-annotations and cordial-runtime on the class path, as an application has them.
# "Without Cordial": neither (WITHOUT_KEEPS_ANNOTATIONS=1 keeps cordial-annotations, so that only
# cordial-runtime is missing); the generated *_CordialFilter classes sit unused in the classes
# directory, nothing loads them since neither server scans.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-1 100 1000}
STACKS=${STACKS:-jersey resteasy}
WARMUPS=${WARMUPS:-1}
BUILD=${BUILD:-1}
JVM_OPTS=${JVM_OPTS:--Xms512m -Xmx512m}
WITHOUT_KEEPS_ANNOTATIONS=${WITHOUT_KEEPS_ANNOTATIONS:-0}
# Before each launch, wait until the machine has been QUIET_IDLE idle over a second, at most QUIET_MAX_S.
QUIET_IDLE=${QUIET_IDLE:-0.85}
QUIET_MAX_S=${QUIET_MAX_S:-120}
MVN=(mvn -B -ntp -q ${MVN_OFFLINE--o})
command_line="RUNS=$RUNS SIZES=\"$SIZES\" STACKS=\"$STACKS\" WARMUPS=$WARMUPS JVM_OPTS=\"$JVM_OPTS\""
command_line+=" WITHOUT_KEEPS_ANNOTATIONS=$WITHOUT_KEEPS_ANNOTATIONS QUIET_IDLE=$QUIET_IDLE QUIET_MAX_S=$QUIET_MAX_S"
command_line+="${CORDIAL_JARS:+ CORDIAL_JARS=$CORDIAL_JARS BUILD=$BUILD} bash benchmarks/startup/run.sh"

work=benchmarks/target/startup
out=benchmarks/target/results
rm -rf "$work"
mkdir -p "$work" "$out"
work=$(cd "$work" && pwd)

if [[ $BUILD == 1 ]]; then
  "${MVN[@]}" package -DskipTests -pl annotations,runtime,processor -am
fi
jar() { ls "$1"/target/cordial-*.jar | grep -v -e sources -e javadoc | head -1; }
# Copies, so that a rebuild elsewhere during the run changes nothing here.
mkdir -p "$work/lib"
if [[ -n ${CORDIAL_JARS:-} ]]; then  # cordial-{annotations,runtime,processor}-*.jar from a directory of your own
  cp -p "$CORDIAL_JARS"/cordial-{annotations,runtime,processor}-*.jar "$work/lib/"
else
  for module in annotations runtime processor; do cp -p "$(jar "$module")" "$work/lib/"; done
fi
annotations_jar=$(ls "$work"/lib/cordial-annotations-*.jar)
runtime_jar=$(ls "$work"/lib/cordial-runtime-*.jar)
processor_jar=$(ls "$work"/lib/cordial-processor-*.jar)
no_cordial() { tr ':' '\n' <<<"$1" | grep -v '/dev/cordial/' | paste -sd: -; }

deps() {  # name, then groupId:artifactId... -> the runtime class path of those, as a string
  local name=$1 pom="$work/$1-pom.xml" file="$work/$1-cp.txt" ga
  shift
  {
    cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.cordial</groupId>
    <artifactId>cordial-parent</artifactId>
    <version>0.1.0-SNAPSHOT</version>
    <relativePath>$PWD/pom.xml</relativePath>
  </parent>
  <artifactId>cordial-startup-$name</artifactId>
  <packaging>pom</packaging>
  <dependencies>
EOF
    for ga in "$@"; do
      printf '    <dependency><groupId>%s</groupId><artifactId>%s</artifactId></dependency>\n' "${ga%%:*}" "${ga#*:}"
    done
    printf '  </dependencies>\n</project>\n'
  } >"$pom"
  "${MVN[@]}" -f "$pom" dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$file" >/dev/null
  no_cordial "$(cat "$file")"
}

jersey_deps=$(deps jersey jakarta.ws.rs:jakarta.ws.rs-api org.glassfish.jersey.containers:jersey-container-grizzly2-http \
  org.glassfish.jersey.inject:jersey-hk2)
resteasy_deps=$(deps resteasy jakarta.ws.rs:jakarta.ws.rs-api org.jboss.resteasy:resteasy-undertow \
  org.jboss.resteasy:resteasy-core)
api_jar=$(tr ':' '\n' <<<"$jersey_deps" | grep '/jakarta.ws.rs-api-')

# The processor's own run-time dependencies, as the processor module declares them.
pp_file="$work/processor-module-cp.txt"
"${MVN[@]}" -f processor/pom.xml dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$pp_file" >/dev/null
processorpath="$processor_jar:$runtime_jar:$annotations_jar:$(no_cordial "$(cat "$pp_file")")"

mkdir -p "$work/harness" "$work/jersey-server" "$work/resteasy-server"
javac -d "$work/harness" benchmarks/src/main/java/dev/cordial/bench/startup/StartupBenchmark.java
javac -d "$work/jersey-server" -cp "$jersey_deps" \
  benchmarks/servers/jersey/src/main/java/dev/cordial/bench/jersey/JerseyStartupServer.java
javac -d "$work/resteasy-server" -cp "$resteasy_deps" \
  benchmarks/servers/resteasy/src/main/java/dev/cordial/bench/resteasy/ResteasyStartupServer.java

generate() {  # N DIR: N resources and the application under DIR/src, their list in DIR/sources.txt
  local n=$1 dir=$2 i pkg="$2/src/bench/startup"
  mkdir -p "$pkg"
  for ((i = 0; i < n; i++)); do
    printf '%s\n' "package bench.startup;" "" \
      "import dev.cordial.AllowCredentials;" \
      "import jakarta.ws.rs.*;" "" \
      "@Path(\"r$i\")" \
      "@AllowCredentials(origins = {\"https://app.example.com\"}, allowHeaders = \"Content-Type\")" \
      "public class Resource$i {" \
      "    @GET public String list() { return \"\"; }" \
      "    @GET @Path(\"{id}\") public String get(@PathParam(\"id\") long id) { return \"\"; }" \
      "    @POST @Consumes(\"application/json\") public String create(String body) { return body; }" \
      "    @DELETE @Path(\"{id}\") @AllowCredentials(origins = \"https://admin.example.com\")" \
      "    public void remove(@PathParam(\"id\") long id) {}" \
      "}" >"$pkg/Resource$i.java"
  done
  {
    printf '%s\n' "package bench.startup;" "" \
      "import jakarta.ws.rs.ApplicationPath;" \
      "import jakarta.ws.rs.core.Application;" \
      "import java.util.LinkedHashSet;" \
      "import java.util.List;" \
      "import java.util.Set;" "" \
      "/** All $n resources, listed: neither server scans. */" \
      "@ApplicationPath(\"api\")" \
      "public class StartupApp extends Application {" \
      "    @Override" \
      "    public Set<Class<?>> getClasses() {" \
      "        return new LinkedHashSet<>(List.of("
    for ((i = 0; i < n; i++)); do
      printf '                Resource%d.class%s\n' "$i" "$([[ $i -lt $((n - 1)) ]] && echo , || echo '));')"
    done
    printf '%s\n' "    }" "}"
  } >"$pkg/StartupApp.java"
  find "$dir/src" -name '*.java' | sort >"$dir/sources.txt"
}

props=()
for n in $SIZES; do
  dir="$work/n$n"
  generate "$n" "$dir"
  mkdir -p "$dir/classes" "$dir/gen"
  javac -J-Xmx1g -d "$dir/classes" -s "$dir/gen" -cp "$annotations_jar:$runtime_jar:$api_jar" -processorpath "$processorpath" \
    "@$dir/sources.txt"
  filters=$(find "$dir/classes" -name '*_CordialFilter.class' | wc -l)
  if [[ $filters -ne $n ]]; then
    echo "the processor generated $filters filters for $n resources in $dir" >&2
    exit 1
  fi
  echo "N=$n: $n resources compiled, $filters filters generated" >&2
  props+=("-Dclasses.$n=$dir/classes" "-Dapp.$n=bench.startup.StartupApp")
done

without_extra=""
[[ $WITHOUT_KEEPS_ANNOTATIONS == 1 ]] && without_extra=":$annotations_jar"
props+=(
  "-Dstacks=$(tr ' ' ',' <<<"$STACKS")" "-Dsizes=$(tr ' ' ',' <<<"$SIZES")" "-Druns=$RUNS" "-Dwarmups=$WARMUPS"
  "-Djvm.opts=$JVM_OPTS" "-Dclk.tck=$(getconf CLK_TCK)"
  "-Dquiet.idle=$QUIET_IDLE" "-Dquiet.max.ms=$((QUIET_MAX_S * 1000))"
  "-Djersey.main=dev.cordial.bench.jersey.JerseyStartupServer"
  "-Djersey.cp=$work/jersey-server:$annotations_jar:$runtime_jar:$jersey_deps"
  "-Djersey.cp.without=$work/jersey-server$without_extra:$jersey_deps"
  "-Dresteasy.main=dev.cordial.bench.resteasy.ResteasyStartupServer"
  "-Dresteasy.cp=$work/resteasy-server:$annotations_jar:$runtime_jar:$resteasy_deps"
  "-Dresteasy.cp.without=$work/resteasy-server$without_extra:$resteasy_deps"
)
# For profile.sh and for reruns by hand.
printf '%q\n' "${props[@]}" >"$work/harness.properties"

{
  echo "# startup: $(date -u +%FT%TZ), $(uname -srm), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# command: $command_line"
  echo "# cordial: runtime jar of $(date -u -r "$runtime_jar" +%FT%TZ) (sha1 $(sha1sum "$runtime_jar" | cut -c1-10))" \
    "from ${CORDIAL_JARS:-*/target}$([[ $BUILD == 1 ]] && echo ", just built")," \
    "tree at $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- annotations runtime processor \
    2>/dev/null || echo ' + uncommitted changes in annotations/runtime/processor')"
  echo "# without Cordial: cordial-runtime$([[ $WITHOUT_KEEPS_ANNOTATIONS == 1 ]] || echo ' and cordial-annotations')"\
    "off the class path; same class files"
  echo
  java -cp "$work/harness" "${props[@]}" dev.cordial.bench.startup.StartupBenchmark
} | tee "$out/startup.txt"
