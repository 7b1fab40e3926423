#!/usr/bin/env bash
# CI smoke test of the packaged app: starts the Linux app-image (target/installer/Factdesk) under Xvfb on the
# sample project with --startup-report, from its AppCDS archive, in a throw-away home; passes when it shows the
# window and the article, prints the start-up figure and exits with status 0 within three minutes (generous: CI
# machines can be slow and shared).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/Factdesk/bin/Factdesk
[ -x "$launcher" ] || { echo "smoke-test: no app-image; build it: mvn -Ppackage-linux -Djpackage.types=none package" >&2; exit 1; }
# The archive as the .deb's postinst writes it (lib/app/cds-archive, in place), then -Xshare:on: the JVM refuses to
# start if it cannot use the archive, so this also proves the packaged app starts from its AppCDS archive.
target/installer/Factdesk/lib/app/cds-archive
[ -f target/installer/Factdesk/lib/app/factdesk.jsa ] || { echo "smoke-test: cds-archive wrote no archive" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
output=$(JAVA_TOOL_OPTIONS=-Xshare:on XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" timeout 180 xvfb-run -a "$launcher" --startup-report 2>&1) || status=$?
line=$(grep '^startup:' <<< "$output" || true)
if [ "$status" -ne 0 ] || [ -z "$line" ] || [ ! -f "$home/data/factdesk/Sample.factdesk" ]; then
    echo "smoke-test: FAILED (exit status $status). The app printed:" >&2
    echo "$output" >&2
    exit 1
fi
echo "smoke-test: packaged app-image OK: $line"
