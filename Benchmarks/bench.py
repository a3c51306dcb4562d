#!/usr/bin/env python3
"""Throughput benchmark: builds a corpus from Fixtures/ and the evaluation
texts, runs `gleaner bench` on it, and prints a Markdown table for README.

    python3 Benchmarks/bench.py .build/release/gleaner [--repeat 3]

The corpus goes to Benchmarks/corpus/ (not committed): text.jsonl, the plain
text articles (news texts of the evaluation sets and the fixtures, repeated
to about 10 MB), and html.jsonl, the HTML pages (the benchmark pages and the
fixture pages). Each run reports articles/s, MB/s, peak memory and the time
of every stage, for one job and for two.
"""
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Benchmarks", "corpus")
EVAL = os.path.join(os.path.dirname(ROOT), "shared", "eval", "dev")


def build_corpus():
    os.makedirs(CORPUS, exist_ok=True)
    texts, pages = [], []
    for name in ("dates", "quotes", "actors"):
        path = os.path.join(EVAL, name + ".jsonl")
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                record = json.loads(line)
                texts.append({"id": record["id"], "text": record["text"], "published": record.get("published")})
    path = os.path.join(EVAL, "html.jsonl")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            pages.append({"id": record["id"], "html": record["html"], "url": record.get("url")})
    for path in sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*"))):
        if path.endswith(".txt"):
            texts.append({"id": os.path.basename(path), "text": open(path, encoding="utf-8").read()})
        elif path.endswith(".html"):
            raw = open(path, "rb").read()
            charset = "cp1252" if re.search(rb"windows-1252", raw[:2048], re.I) else "utf-8"
            pages.append({"id": os.path.basename(path), "html": raw.decode(charset, "replace")})
    size = sum(len(t["text"].encode()) for t in texts) or 1
    copies = max(1, round(10e6 / size))
    with open(os.path.join(CORPUS, "text.jsonl"), "w", encoding="utf-8") as f:
        for copy in range(copies):
            for t in texts:
                f.write(json.dumps(dict(t, id="%s#%d" % (t["id"], copy))) + "\n")
    with open(os.path.join(CORPUS, "html.jsonl"), "w", encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps(p) + "\n")


def bench(binary, corpus, jobs, repeat):
    out = subprocess.run([binary, "bench", "--input-format", "jsonl", "--jobs", str(jobs),
                          "--repeat", str(repeat), corpus], capture_output=True, text=True, check=True).stdout
    return out


def startup_ms(binary):
    times = []
    for _ in range(15):
        start = time.perf_counter()
        subprocess.run([binary, "extract", "--quiet", "-"], input=b"", stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.stderr.write(__doc__)
        return 2
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    binary = os.path.abspath(args[0])
    build_corpus()
    print("machine: %d cores, %s" % (os.cpu_count(), os.uname().machine))
    print("binary ready (rules loaded, empty input, whole process): %.0f ms median of 15" % startup_ms(binary))
    for corpus in ("text", "html"):
        for jobs in (1, 2):
            print("\n### %s, --jobs %d" % (corpus, jobs))
            print(bench(binary, os.path.join(CORPUS, corpus + ".jsonl"), jobs, repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
