#!/usr/bin/env bash
# Where Cordial's startup time goes: after benchmarks/startup/run.sh (which leaves its class paths and
# compiled resources in benchmarks/target/startup), for each stack and variant (with, without Cordial)
# at N resources: one plain launch with -Xlog:class+load and HotSpot's counters read by jcmd at the
# first 200 of GET /api/r0 (class loading, verification, JIT time), then LAUNCHES launches recorded
# by JFR (execution samples every PERIOD, deep stacks). Prints:
#   - launch-to-first-200, classes loaded and the counters, with and without Cordial;
#   - of the with-Cordial samples: how many have a dev.cordial.runtime frame on the stack (Cordial's
#     inclusive share), grouped by the outermost and the innermost dev.cordial.runtime method, and
#     their leaf frames;
#   - methods by inclusive samples, with minus without: where the extra time goes, framework code
#     included (e.g. what Jersey does with the filters Cordial registers);
#   - the top leaf frames of all samples, with and without Cordial.
# Writes benchmarks/target/results/startup-profile.txt; recordings stay in benchmarks/target/startup/profile
# (ANALYSE_ONLY=1 prints the tables again from them without launching anything).
#   N=1000 STACKS="jersey resteasy" PERIOD="1 ms" LAUNCHES=3 bash benchmarks/startup/profile.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000}
STACKS=${STACKS:-jersey resteasy}
PERIOD=${PERIOD:-1 ms}
TOP=${TOP:-25}
LAUNCHES=${LAUNCHES:-3}
work=$(cd benchmarks/target/startup && pwd)
dir="$work/profile"
out=benchmarks/target/results
mkdir -p "$dir" "$out"
[[ -f $work/harness.properties ]] || { echo "run benchmarks/startup/run.sh first" >&2; exit 1; }
eval "props=($(tr '\n' ' ' <"$work/harness.properties"))"
prop() {  # name -> value of -Dname=... from run.sh
  local p
  for p in "${props[@]}"; do
    if [[ $p == "-D$1="* ]]; then
      echo "${p#-D$1=}"
      return
    fi
  done
  echo "no -D$1 in $work/harness.properties (run.sh with N=$N in SIZES?)" >&2
  exit 1
}
classes=$(prop "classes.$N")
app=$(prop "app.$N")
read -r -a jvm_opts <<<"$(prop jvm.opts)"

# The JDK's "profile" settings, with the execution sampler at PERIOD.
jfc="$dir/settings.jfc"
python3 - "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" "$jfc" "$PERIOD" <<'EOF'
import re, sys
src, dst, period = sys.argv[1:]
text = open(src).read()
text = re.sub(r'(<event name="jdk.ExecutionSample">.*?<setting name="period"[^>]*>)[^<]*(</setting>)',
              lambda m: m.group(1) + period + m.group(2), text, flags=re.S)
open(dst, "w").write(text)
EOF

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

launch() {  # stack variant mode(plain|jfr) index: starts the server, waits for the first 200, stops it
  local stack=$1 variant=$2 mode=$3 i=$4 cp port start pid ms headers base="$dir/$1-$2" extra=()
  if [[ $variant == with ]]; then cp=$(prop "$stack.cp"); else cp=$(prop "$stack.cp.without"); fi
  if [[ $mode == jfr ]]; then
    extra=(-XX:FlightRecorderOptions=stackdepth=1024
      "-XX:StartFlightRecording=filename=$base.$i.jfr,settings=$jfc,dumponexit=true")
  else
    extra=("-Xlog:class+load=info:file=$base.classes.log")
  fi
  port=$(free_port)
  start=$(date +%s%N)
  java "${jvm_opts[@]}" "${extra[@]}" -cp "$classes:$cp" "$(prop "$stack.main")" "$port" "$app" >"$base.out" 2>&1 &
  pid=$!
  until headers=$(curl -s -D - -o /dev/null -H 'Origin: https://app.example.com' \
      "http://127.0.0.1:$port/api/r0") && [[ $headers == "HTTP/1.1 200"* ]]; do
    kill -0 "$pid" 2>/dev/null || { cat "$base.out" >&2; exit 1; }
    sleep 0.005
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  if grep -qi '^access-control-allow-origin: https://app.example.com' <<<"$headers"; then
    [[ $variant == with ]] || { echo "$stack without Cordial answered with CORS headers" >&2; exit 1; }
  else
    [[ $variant == without ]] || { echo "$stack with Cordial answered without CORS headers" >&2; exit 1; }
  fi
  if [[ $mode == plain ]]; then
    jcmd "$pid" PerfCounter.print >"$base.perf.txt" 2>&1 || true
  fi
  kill "$pid"
  wait "$pid" || true
  if [[ $mode == plain ]]; then
    printf '%s %s: launch to first 200 %d ms; %d classes loaded, %d of them dev.cordial.runtime.*, %d generated filters\n' \
      "$stack" "$variant" "$ms" "$(grep -c 'source:' "$base.classes.log")" \
      "$(grep -c ' dev\.cordial\.runtime\.' "$base.classes.log" || true)" \
      "$(grep -c '_CordialFilter ' "$base.classes.log" || true)" >"$base.launch.txt"
  fi
}

perf_summary() {  # jcmd PerfCounter.print output -> class loading and JIT times in ms
  python3 - "$1" <<'PY'
import sys
c = {}
for line in open(sys.argv[1]):
    k, _, v = line.strip().partition("=")
    c[k] = v.strip('"')
hz = int(c.get("sun.os.hrt.frequency", "1000000000"))
ms = lambda k: int(c.get(k, 0)) * 1000 // hz
print(f"    HotSpot counters at the first 200 (ms, the .self parts): class loading {ms('sun.cls.time')},"
      f" app class loader {ms('sun.cls.appClassLoadTime')} (self {ms('sun.cls.appClassLoadTime.self')}),"
      f" define {ms('sun.cls.defineAppClassTime.self')}, verify {ms('sun.cls.classVerifyTime.self')},"
      f" link {ms('sun.cls.classLinkedTime.self')}, static init {ms('sun.cls.classInitTime.self')};"
      f" {c.get('sun.cls.appClassLoadCount', '?')} app class loads; JIT threads {ms('sun.ci.standardTime')} ms"
      f" in {c.get('sun.ci.totalCompiles', '?')} compilations")
PY
}

analyse() {  # stack -> the sample tables over its recordings, per launch
  local f
  for f in "$dir/$1"-*.jfr; do
    jfr print --json --stack-depth 1024 --events jdk.ExecutionSample "$f" >"${f%.jfr}.samples.json"
  done
  python3 - "$dir/$1-with" "$dir/$1-without" "$TOP" "$LAUNCHES" <<'PY'
import glob, json, re, sys, collections
with_file, without_file, top, launches = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def name(f):
    m = f["method"]
    n = (m["type"]["name"] + "." + m["name"]).replace("/", ".")
    return re.sub(r"\$\$Lambda\$[0-9]+\+0x[0-9a-f]+\.[0-9]+", "$$Lambda", n)
def load(prefix):
    samples = []
    for path in sorted(glob.glob(prefix + ".*.samples.json")):
      for e in json.load(open(path))["recording"]["events"]:
        frames = [name(f) for f in e["values"]["stackTrace"]["frames"]]  # leaf first
        if frames:
            samples.append((e["values"]["sampledThread"]["javaName"], frames,
                            e["values"]["stackTrace"].get("truncated", False)))
    return samples
def pct(v, of):
    return 100.0 * v / max(1, of)
def table(title, counter, of, n=top):
    print(f"  {title}")
    for k, v in counter.most_common(n):
        print(f"    {pct(v, of):5.1f}%  {v:6d}  {k}")
def inclusive(samples):
    c = collections.Counter()
    for _, frames, _ in samples:
        for m in set(frames):
            c[m] += 1
    return c
w, wo = load(with_file), load(without_file)
print(f"  {launches} recorded launch(es) per variant, samples summed over them")
print(f"  samples: with {len(w)}, without {len(wo)}, difference {len(w) - len(wo)};"
      f" truncated stacks: {sum(t for *_, t in w)} / {sum(t for *_, t in wo)}")
threads = collections.Counter(t for t, *_ in w)
print("  with, by thread: " + ", ".join(f"{k} {v}" for k, v in threads.most_common(4)))
mine = [(t, f) for t, f, _ in w if any(x.startswith("dev.cordial.runtime.") for x in f)]
print(f"  with: samples with a dev.cordial.runtime frame on the stack: {len(mine)} = {pct(len(mine), len(w)):.1f}%")
outer, inner, leaf, caller = (collections.Counter() for _ in range(4))
for _, frames in mine:
    idx = [i for i, x in enumerate(frames) if x.startswith("dev.cordial.runtime.")]
    inner[frames[idx[0]]] += 1
    outer[frames[idx[-1]]] += 1
    leaf[frames[0]] += 1
    if idx[-1] + 1 < len(frames):
        caller[frames[idx[-1] + 1]] += 1
table("by outermost dev.cordial.runtime method (% of all with-Cordial samples):", outer, len(w))
table("by caller of the outermost dev.cordial.runtime method:", caller, len(w), 8)
table("by innermost dev.cordial.runtime method:", inner, len(w))
table("leaf frames of those samples:", leaf, len(w))
iw, iwo = inclusive(w), inclusive(wo)
diff = collections.Counter({m: iw[m] - iwo.get(m, 0) for m in iw})
print("  methods by inclusive samples, with − without (% of the with-Cordial total):")
for m, d in diff.most_common(top):
    print(f"    {d:+6d}  {pct(d, len(w)):5.1f}%  (with {iw[m]}, without {iwo.get(m, 0)})  {m}")
table("leaf frames, with Cordial:", collections.Counter(f[0] for _, f, _ in w), len(w), 15)
table("leaf frames, without Cordial:", collections.Counter(f[0] for _, f, _ in wo), len(wo), 15)
PY
}

{
  echo "# startup profile: $(date -u +%FT%TZ), $(uname -srm), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# command: N=$N STACKS=\"$STACKS\" PERIOD=\"$PERIOD\" LAUNCHES=$LAUNCHES bash benchmarks/startup/profile.sh"
  echo "# per stack and variant: one launch without JFR for timing, class counts and HotSpot counters, then LAUNCHES"
  echo "# launches with JFR execution samples every $PERIOD (threads running Java code only: class loading, linking"
  echo "# and verification in the VM, JIT and GC are not sampled; HotSpot's counters above cover them)"
  for stack in $STACKS; do
    echo
    if [[ ${ANALYSE_ONLY:-0} != 1 ]]; then
      rm -f "$dir/$stack"-*.jfr "$dir/$stack"-*.samples.json
      launch "$stack" without plain 0
      launch "$stack" with plain 0
      for ((i = 1; i <= LAUNCHES; i++)); do
        launch "$stack" without jfr "$i"
        launch "$stack" with jfr "$i"
      done
    fi
    for variant in without with; do
      cat "$dir/$stack-$variant.launch.txt"
      perf_summary "$dir/$stack-$variant.perf.txt"
    done
    echo
    echo "## $stack, $N resources"
    analyse "$stack"
  done
} | tee "$out/startup-profile.txt"
