#!/usr/bin/env bash
# Rewrites the Public Suffix List snapshot that Cordial ships in cordial-runtime, from Debian's
# `publicsuffix` package (installed here if missing). Both the annotation processor and the runtime
# read this one file, so a pattern gets the same verdict at compile time and at startup.
#
#   bash scripts/refresh-public-suffix-list.sh && mvn -B -ntp verify
#
# Output: one rule per line, ASCII only (internationalized rules in punycode), comments stripped,
# ICANN and private sections both kept, with a header naming the source and its version.
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/publicsuffix/public_suffix_list.dat
if [ ! -f "$src" ]; then
  apt-get update -qq && apt-get install -y -qq publicsuffix
fi
version=$(dpkg-query -W -f='${Version}' publicsuffix 2>/dev/null || echo unknown)
out=core/src/main/resources/dev/cordial/core/origin/public-suffix-list.txt
mkdir -p "$(dirname "$out")"
python3 - "$src" "$out" "$version" <<'PY'
import sys
src, out, version = sys.argv[1:]
rules = []
for line in open(src, encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("//"):
        continue
    rule = line.split()[0]
    prefix = ""
    if rule.startswith("!"):
        prefix, rule = "!", rule[1:]
    labels = []
    for label in rule.split("."):
        if label == "*" or label.isascii():
            labels.append(label.lower())
        else:
            labels.append(label.encode("idna").decode("ascii"))
    rules.append(prefix + ".".join(labels))
with open(out, "w", encoding="ascii", newline="\n") as f:
    f.write("# Public Suffix List (https://publicsuffix.org/list/), ICANN and private sections.\n")
    f.write("# Source: Debian package publicsuffix " + version + ", " + src + "\n")
    f.write("# Rewritten by scripts/refresh-public-suffix-list.sh; MPL 2.0. Do not edit by hand.\n")
    for r in rules:
        f.write(r + "\n")
PY
echo "wrote $(grep -vc '^#' "$out") rules to $out (publicsuffix $version)"
