#!/usr/bin/env bash
# Builds the published modules twice from clean copies of this tree, at two different paths, and
# compares every jar they make (main, sources and javadoc) byte for byte.
#
#   bash scripts/check-reproducible.sh [extra mvn arguments, e.g. -Dmaven.repo.local=...]
#
# Published modules are those whose pom.xml sets <cordial.skipPublish>false</cordial.skipPublish>.
# The copies hold what git tracks plus untracked files it does not ignore, as they are in the
# working tree (uncommitted changes included), and no target/. Prints one line per jar, IDENTICAL or
# DIFFERS (with the entries that differ), and exits 1 when any jar differs or is missing from one build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mapfile -t modules < <(grep -l '<cordial.skipPublish>false</cordial.skipPublish>' -- */pom.xml | xargs -n1 dirname | sort)
[ ${#modules[@]} -gt 0 ] || { echo "no published module found" >&2; exit 2; }
pl=$(IFS=,; echo "${modules[*]}")
echo "published modules: $pl"

work=$(mktemp -d "${TMPDIR:-/tmp}/cordial-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

build() {  # $1: directory to build in; the rest: extra mvn arguments
  local dir=$1
  shift
  mkdir -p "$dir"
  git -C "$root" ls-files -co --exclude-standard -z \
    | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar -C "$root" --null -T - -cf - | tar -C "$dir" -xf -
  echo "building in $dir"
  (cd "$dir" && mvn -B -ntp -q -Prelease -DskipTests package -pl "$pl" -am "$@" >"$dir.log" 2>&1) \
    || { tail -50 "$dir.log"; echo "build failed in $dir" >&2; exit 2; }
}

first="$work/one/cordial"
second="$work/two/elsewhere"
build "$first" "${@}"
build "$second" "${@}"

status=0
count=0
for m in "${modules[@]}"; do
  for jar in "$first/$m"/target/*.jar "$second/$m"/target/*.jar; do
    [ -e "$jar" ] || continue
    rel="$m/target/$(basename "$jar")"
    case "$jar" in "$second"/*) [ -e "$first/$rel" ] && continue ;; esac
    if [ ! -e "$first/$rel" ] || [ ! -e "$second/$rel" ]; then
      echo "MISSING   $rel (made by one build only)"
      status=1
      continue
    fi
    count=$((count + 1))
    a=$(sha256sum "$first/$rel" | cut -d' ' -f1)
    b=$(sha256sum "$second/$rel" | cut -d' ' -f1)
    if [ "$a" = "$b" ]; then
      echo "IDENTICAL $rel $a"
    else
      echo "DIFFERS   $rel $a $b"
      diff <(unzip -lv "$first/$rel" | sed '1,3d' | awk '{print $7, $5, $6, $8}') \
           <(unzip -lv "$second/$rel" | sed '1,3d' | awk '{print $7, $5, $6, $8}') | sed 's/^/          /' || true
      status=1
    fi
  done
done
[ "$count" -gt 0 ] || { echo "no jar built" >&2; exit 2; }
if [ "$status" -eq 0 ]; then
  echo "reproducible: $count jars identical in two clean builds"
else
  echo "NOT reproducible: see DIFFERS / MISSING above" >&2
fi
exit "$status"
