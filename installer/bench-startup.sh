#!/usr/bin/env bash
# Start-up benchmark, under Xvfb: JVM start → window shown for
#   hello     a bare JavaFX "hello" window (java, JDK's default CDS, no app archive) — the baseline,
#   jar       Factdesk from `java -jar target/factdesk.jar` on the sample project,
#   packaged  the packaged app-image target/installer/Factdesk (jlinked runtime + AppCDS archive),
#   installed the installed .deb, /opt/factdesk/bin/Factdesk (its archive written by the package's postinst), if any,
# interleaved in the same run, RUNS times each (default 7), medians printed; also "article shown" for Factdesk.
# Needs target/factdesk.jar and, for "packaged", the app-image: mvn -Ppackage-linux -Djpackage.types=none package
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
jar=target/factdesk.jar
image=target/installer/Factdesk/bin/Factdesk
[ -f "$jar" ] || { echo "bench-startup: build the jar first (mvn -B package -DskipTests)" >&2; exit 1; }
javafx=target/jpackage/javafx
if [ ! -d "$javafx" ]; then
    # the JavaFX jars of the build, without the packaging profile
    mvn -B -q -o dependency:copy-dependencies -DincludeGroupIds=org.openjfx -DincludeClassifiers=linux \
        -DoutputDirectory="$javafx" > /dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/hello" --module-path "$javafx" --add-modules javafx.controls installer/bench/HelloFx.java
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

modes=(hello jar)
[ -x "$image" ] && modes+=(packaged) || echo "bench-startup: no app-image at $image, so no packaged figure" >&2
installed=/opt/factdesk/bin/Factdesk
[ -x "$installed" ] && modes+=(installed)
command_for() {
    case $1 in
        hello) command=(java --module-path "$javafx" --add-modules javafx.controls -cp "$work/hello" HelloFx) ;;
        jar) command=(java -jar "$jar" --startup-report) ;;
        packaged) command=("$image" --startup-report) ;;
        installed) command=("$installed" --startup-report) ;;
    esac
}
figure() { sed -nE "s/.*$2 shown ([0-9]+) ms.*/\1/p" <<< "$1"; }
declare -A window article
# the first Factdesk run creates the sample project; it and the first of each mode warm the disk cache, not counted
for run in $(seq 0 "$runs"); do
    for mode in "${modes[@]}"; do
        command_for "$mode"
        line=$(xvfb-run -a "${command[@]}" 2>/dev/null | grep '^startup:' || true)
        [ -n "$line" ] || { echo "bench-startup: $mode run $run printed no startup report" >&2; exit 1; }
        [ "$run" -eq 0 ] && continue
        window[$mode]+="$(figure "$line" window) "
        [ "$mode" = hello ] || article[$mode]+="$(figure "$line" article) "
    done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "JVM start -> window shown, median of $runs runs each [every run]:"
for mode in "${modes[@]}"; do
    extra=""
    [ "$mode" = hello ] || extra=", article shown $(median "${article[$mode]}") ms"
    printf '  %-9s window shown %s ms%s   [%s]\n' "$mode" "$(median "${window[$mode]}")" "$extra" "${window[$mode]% }"
done
if [ -x "$image" ]; then
    du -sh target/installer/Factdesk | awk '{print "app-image: " $1}'
    for f in target/installer/*.deb target/installer/*.rpm; do [ -f "$f" ] && du -h "$f" | awk '{print "installer: " $2 " " $1}'; done
fi
exit 0
