#!/usr/bin/env bash
# CI smoke test of the packaged app: starts the Linux app-image (target/installer/Factdesk) under Xvfb on the
# sample project with --startup-report, in a throw-away home; passes when it shows the window and the article,
# prints the start-up figure and exits with status 0 within three minutes (generous: CI machines can be slow and shared).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/Factdesk/bin/Factdesk
[ -x "$launcher" ] || { echo "smoke-test: no app-image; build it: mvn -Ppackage-linux -Djpackage.types=none package" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
output=$(XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" timeout 180 xvfb-run -a "$launcher" --startup-report 2>&1) || status=$?
line=$(grep '^startup:' <<< "$output" || true)
if [ "$status" -ne 0 ] || [ -z "$line" ] || [ ! -f "$home/data/factdesk/Sample.factdesk" ]; then
    echo "smoke-test: FAILED (exit status $status). The app printed:" >&2
    echo "$output" >&2
    exit 1
fi
echo "smoke-test: packaged app-image OK: $line"
