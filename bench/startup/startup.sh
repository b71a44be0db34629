#!/usr/bin/env bash
# Start-up of the command line: `validate` of the real example, whole process, against a trivial
# `java -cp` hello-world on the same JVM, both run alternately N times; prints the medians and
# the ratio. With class-data sharing: an archive of the tool's classes made once, then used.
# Usage: bench/startup/startup.sh [N] [JAVA]   (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-21}
java=${2:-java}
jar=$(ls cli/target/xxgk-report-cli-*-standalone.jar | head -n 1)
example=json/examples/linfen-yaodu-2024.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" bench/startup/Hello.java
# The archive of the tool's own classes (JDK 13+: -XX:ArchiveClassesAtExit).
"$java" -XX:ArchiveClassesAtExit="$work/cli.jsa" -jar "$jar" validate "$example" >/dev/null 2>&1 || true
# JDK 25+: the ahead-of-time cache (JEP 483/514), classes loaded and linked, from one training run.
"$java" -XX:AOTCacheOutput="$work/cli.aot" -jar "$jar" validate "$example" >/dev/null 2>&1 || true

millis() { # command... -> elapsed milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/hello"; : >"$work/validate"; : >"$work/cds"; : >"$work/aot"
for _ in $(seq "$n"); do
  millis "$java" -cp "$work" Hello >>"$work/hello"
  millis "$java" -jar "$jar" validate "$example" >>"$work/validate"
  if [ -f "$work/cli.jsa" ]; then
    millis "$java" -XX:SharedArchiveFile="$work/cli.jsa" -jar "$jar" validate "$example" >>"$work/cds"
  fi
  if [ -f "$work/cli.aot" ]; then
    millis "$java" -XX:AOTCache="$work/cli.aot" -jar "$jar" validate "$example" >>"$work/aot"
  fi
done
h=$(median <"$work/hello"); v=$(median <"$work/validate")
echo "$("$java" -version 2>&1 | head -n 1)"
echo "hello-world floor: ${h} ms (median of $n)"
echo "validate:          ${v} ms, $(awk -v a="$v" -v b="$h" 'BEGIN {printf "%.2f", a / b}')x the floor"
if [ -s "$work/cds" ]; then
  c=$(median <"$work/cds")
  echo "validate with CDS: ${c} ms, $(awk -v a="$c" -v b="$h" 'BEGIN {printf "%.2f", a / b}')x the floor"
fi
if [ -s "$work/aot" ]; then
  a=$(median <"$work/aot")
  echo "validate with AOT cache: ${a} ms, $(awk -v a="$a" -v b="$h" 'BEGIN {printf "%.2f", a / b}')x the floor"
fi
