#!/usr/bin/env bash
# JVM start → window shown, for the built jar on the sample project, under Xvfb: five runs and their median.
# Uses a throw-away data folder, so the first run creates the sample project and the others reopen it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/factdesk.jar
[ -f "$jar" ] || { echo "bench-startup: build the jar first (mvn -B package -DskipTests)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
windows=()
articles=()
for run in 1 2 3 4 5 6; do
    line=$(xvfb-run -a java -jar "$jar" --startup-report 2>/dev/null | grep '^startup:' || true)
    [ -n "$line" ] || { echo "bench-startup: run $run printed no startup report" >&2; exit 1; }
    [ "$run" -eq 1 ] && { echo "first run (creates the sample project): $line"; continue; }
    windows+=("$(echo "$line" | sed -E 's/.*window shown ([0-9]+) ms.*/\1/')")
    articles+=("$(echo "$line" | sed -E 's/.*article shown ([0-9]+) ms.*/\1/')")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "JVM start -> window shown (median of ${#windows[@]} runs, sample project reopened): $(median "${windows[@]}") ms"
echo "JVM start -> article shown (median of ${#articles[@]} runs): $(median "${articles[@]}") ms"
