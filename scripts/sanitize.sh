#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, each in a
# build folder of its own (.build-asan, .build-tsan), so the normal build is
# left alone.
#
#   scripts/sanitize.sh [address|thread]...      (default: both)
#
# Extra arguments for `swift test` can be given in SWIFT_TEST_ARGS (for
# example "--filter Robustness").
set -euo pipefail
cd "$(dirname "$0")/.."

kinds=("$@")
[ "${#kinds[@]}" -gt 0 ] || kinds=(address thread)
status=0
for kind in "${kinds[@]}"; do
  case "$kind" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "sanitize: unknown sanitizer '$kind' (address or thread)" >&2; exit 2 ;;
  esac
  echo "sanitize: swift test --sanitize=$kind (scratch path $scratch)"
  started=$(date +%s)
  # shellcheck disable=SC2086
  # Sanitized code runs several times slower: the tests scale their time limits.
  # LeakSanitizer is off: its only reports are small leaks inside
  # Foundation.Process and XCTest themselves, which fail every run.
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
  # They also skip peak-memory checks (ASan keeps freed memory in quarantine).
  if ! GLEANER_SANITIZER="$kind" GLEANER_TIME_FACTOR="${GLEANER_TIME_FACTOR:-10}" swift test --sanitize="$kind" --scratch-path "$scratch" ${SWIFT_TEST_ARGS:-}; then
    echo "sanitize: $kind FAILED"
    status=1
  fi
  echo "sanitize: $kind took $(( $(date +%s) - started )) s"
done
exit "$status"
