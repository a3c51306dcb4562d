#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each
# for SECONDS (default 60) on its seed corpus in Fuzz/Corpus/<target>/ plus
# the articles in Fixtures/ (shared by every target rather than copied).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# New inputs that libFuzzer finds go to Fuzz/.build/corpus/<target>/ (not
# committed); a crash leaves crash-* files in Fuzz/.build/artifacts/<target>/
# and makes the script exit 1 after all targets have run. Keep a crashing
# input as a regression test in Tests/GleanerTests/Robustness/.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

seconds="${1:-60}"
shift || true
all=(FuzzHTML FuzzText FuzzJSONL FuzzWARC FuzzLoad FuzzDates FuzzNumbers FuzzActors FuzzQuotes FuzzPipeline)
targets=("${@:-${all[@]}}")
[ "${#targets[@]}" -gt 0 ] || targets=("${all[@]}")

swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin="$(swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)"

failed=0
for target in "${targets[@]}"; do
  corpus=".build/corpus/$target"
  artifacts=".build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  seeds="Corpus/$target"
  [ -d "$seeds" ] || seeds="Corpus/common"
  echo "fuzz: $target for $seconds s (seeds: $seeds, ../Fixtures)"
  if ! "$bin/$target" "$corpus" "$seeds" ../Fixtures -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=4096 -artifact_prefix="$artifacts/" -print_final_stats=1 >".build/$target.log" 2>&1; then
    echo "fuzz: $target FAILED, see Fuzz/.build/$target.log and $artifacts/"
    failed=1
  fi
  grep -E "^stat::number_of_executed_runs|^#[0-9]+.*DONE" ".build/$target.log" | tail -2 | sed "s/^/fuzz: $target: /" || true
done
exit "$failed"
