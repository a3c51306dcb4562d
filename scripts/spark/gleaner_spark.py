#!/usr/bin/env python3
"""Runs Gleaner under Apache Spark: an RDD of JSON Lines articles piped
through `gleaner extract --input-format jsonl -` on every partition.

    python3 scripts/spark/gleaner_spark.py GLEANER_BINARY INPUT.jsonl OUTPUT_DIR [--partitions N]

Spark runs in local mode here (the pyspark package from PyPI carries Spark;
it needs Java 17). On a cluster, ship the binary with `--files` (or install it
on every worker) and give the same pipe command; Hadoop streaming works the
same way with `-mapper 'gleaner extract --input-format jsonl -'`.

Each partition's lines go through one gleaner process in order, so the
records come out in input order within a partition; the output folder holds
one part file per partition, as Spark writes them.
"""
import os
import shutil
import sys


def run(binary, source, out, partitions=4):
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster("local[%d]" % min(partitions, os.cpu_count() or 1))
            .setAppName("gleaner").set("spark.ui.enabled", "false"))
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(source, minPartitions=partitions)
        records = lines.pipe("%s extract --input-format jsonl --quiet -" % binary)
        if os.path.exists(out):
            shutil.rmtree(out)
        records.saveAsTextFile(out)
    finally:
        sc.stop()


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3:
        sys.stderr.write(__doc__)
        return 2
    partitions = int(argv[argv.index("--partitions") + 1]) if "--partitions" in argv else 4
    run(os.path.abspath(args[0]), os.path.abspath(args[1]), os.path.abspath(args[2]), partitions)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
