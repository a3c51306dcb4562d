#!/usr/bin/env bash
# The project's test command (README: "Run the tests"):
#   1. swift test: unit tests, every rule's examples, golden fixtures;
#   2. a release build and `gleaner test` (examples and fixtures, as users run it);
#   3. a stream of 100,000 articles through stdin in bounded memory;
#   4. the Spark recipe (same records as a local run; skipped without pyspark);
#   5. the quality gate: every evaluation set scored against scripts/floors.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 scripts/embed-rules.py --check
swift build -c release
swift test
.build/release/gleaner test
python3 scripts/stream-memory-check.py .build/release/gleaner --documents 100000 --limit-mb 150
python3 scripts/spark/check_spark.py .build/release/gleaner 2>/dev/null
python3 scripts/quality-gate.py .build/release/gleaner
