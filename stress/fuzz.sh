#!/usr/bin/env bash
# Fuzzes each Jazzer target for a given time, one JVM per target (Jazzer fuzzes one @FuzzTest per JVM).
# Usage: stress/fuzz.sh [DURATION] [Class#method ...]     e.g. stress/fuzz.sh 3m   or   stress/fuzz.sh 30s OffsetFuzzTest#...
# A finding is saved as a crash-… file beside the target's seed corpus (src/test/resources/org/factdesk/…Inputs/…),
# so that every later `mvn verify` replays it; the growing corpus stays in .cifuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-3m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(
        ImportFuzzTest#anyBytesImportAsAWellFormedArticleOrAreRefusedWithAReason
        ImportFuzzTest#charsetDetectionDecodesOrRefusesWithAReason
        ImportFuzzTest#anyHtmlReducesToTextWithoutFailing
        ReportReaderFuzzTest#anyBytesAreAValidReportOrRejectedWithAJsonPath
        AnnotationReaderFuzzTest#anyBytesAreAnnotationsOrRejectedWithAJsonPath
        OffsetFuzzTest#offsetsRoundTripBetweenUtf16AndCodePoints
        OffsetFuzzTest#aTargetIsPlacedOnValidTextOfTheNewVersionOrKeptAsAnOrphan
        AnalysersFuzzTest#figuresSelectValidText
        AnalysersFuzzTest#attributionsSelectValidText
        AnalysersFuzzTest#statementsSelectValidTextWithAScoreBetweenZeroAndOne
        AnalysersFuzzTest#translationIssuesSelectValidText
    )
fi
mvn -B -ntp -o -q test-compile
mkdir -p target/fuzz
for target in "${targets[@]}"; do
    log="target/fuzz/${target//#/-}.log"
    echo "fuzzing $target for $duration (log: $log)"
    status=0
    # JUnit's @Timeout would stop the whole run: Jazzer turns it into a per-input time limit (-timeout) instead
    JAZZER_FUZZ=1 mvn -B -ntp -o test -Dtest="$target" -Djazzer.hooks=true -Djazzer.max_duration="$duration" \
        -Djunit.jupiter.execution.timeout.mode=disabled \
        -Djazzer.keep_going=1 -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
    # libFuzzer's last status line: "#<executions> DONE cov: … corp: …" or the finding
    grep -aE "^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)" "$log" | tail -1 || true
    grep -aE 'Stat::number_of_executed_units' "$log" | tail -1 || true
    if [ "$status" -ne 0 ]; then
        echo "  FINDING (exit $status): see $log"
        grep -aE '== Java Exception|Exception|Error' "$log" | head -3 || true
    fi
done
