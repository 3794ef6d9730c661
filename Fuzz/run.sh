#!/usr/bin/env bash
# Builds the fuzzer apart from the CLI and the tests (its own scratch path, libFuzzer's
# instrumentation) and runs it for SECONDS (default 120) from a seed corpus of the bundled
# scenarios, the test fixtures and every earlier crash (Fuzz/regressions). A crash, hang or
# error without a location fails the run and prints the input as base64: save it under
# Fuzz/regressions/ (the test suite replays that folder) and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
swift build --scratch-path .build-fuzz --product paike-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" "$work/crashes"
n=0
while IFS= read -r -d '' f; do
    n=$((n + 1)); cp "$f" "$work/seeds/$n-$(basename "$f")"
done < <(find Scenarios Tests/*/Fixtures Fuzz/regressions -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.csv' -o -name '*.bin' \) -size -256k -print0 | sort -z)
echo "fuzzing the scenario loader and the timetable reader for ${seconds}s from $n seed files"
status=0
.build-fuzz/debug/paike-fuzz "$work/corpus" "$work/seeds" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -artifact_prefix="$work/crashes/" -print_final_stats=1 || status=$?
for crash in "$work"/crashes/*; do
    [ -e "$crash" ] || continue
    echo "crash input $(basename "$crash") (base64; save it as Fuzz/regressions/<name>.bin):"
    base64 "$crash"
done
exit "$status"
