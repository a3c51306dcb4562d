#!/usr/bin/env python3
"""Checks that a Spark run gives the same records as a local run.

    python3 scripts/spark/check_spark.py GLEANER_BINARY

Builds a JSON Lines batch from Fixtures/, runs it through Spark with
gleaner_spark.py and locally with `gleaner extract`, and compares the records
(by id; Spark's part files are read back in order). Skips, saying so, when
pyspark cannot be imported or no Java runtime is found.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)


def main(argv):
    if len(argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    binary = os.path.abspath(argv[0])
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("spark check: pyspark is not installed; skipped")
        return 0
    if not shutil.which("java"):
        print("spark check: no java on PATH; skipped")
        return 0
    import gleaner_spark

    with tempfile.TemporaryDirectory() as tmp:
        batch = os.path.join(tmp, "batch.jsonl")
        with open(batch, "w", encoding="utf-8") as f:
            for copy in range(25):
                for path in sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.txt"))):
                    text = open(path, encoding="utf-8").read()
                    f.write(json.dumps({"id": "%s#%d" % (os.path.basename(path), copy), "text": text}) + "\n")
        local = subprocess.run([binary, "extract", "--input-format", "jsonl", "--quiet", batch],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        out = os.path.join(tmp, "spark-out")
        gleaner_spark.run(binary, batch, out, partitions=4)
        spark = []
        for part in sorted(glob.glob(os.path.join(out, "part-*"))):
            spark += open(part, encoding="utf-8").read().splitlines()

    def by_id(lines):
        records = {}
        for line in lines:
            record = json.loads(line)
            record.pop("source", None)  # "-:LINE" is per partition
            records[record["id"]] = record
        return records

    a, b = by_id(local), by_id(spark)
    same = a == b and len(local) == len(spark)
    order = [json.loads(x)["id"] for x in local] == [json.loads(x)["id"] for x in spark]
    print("spark check: %d local records, %d from Spark, same records: %s, same order: %s"
          % (len(local), len(spark), same, order))
    ok = same and order
    print("spark check: %d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
