#!/usr/bin/env python3
"""Streams N generated articles through `gleaner extract --input-format jsonl -`
and checks that the peak memory stays under a limit, whatever N is.

    python3 scripts/stream-memory-check.py .build/release/gleaner [--documents 100000] [--limit-mb 150]

Every record must come back, in order; the exit status is 1 when a record is
missing or the peak resident memory of gleaner is over the limit.
"""
import json
import resource
import subprocess
import sys
import threading

PARAGRAPHS = [
    "Talks between the two governments resumed in Doha on Tuesday, officials said.",
    '"We are hopeful that a deal can be reached within six weeks," the foreign minister told reporters.',
    "More than 1,900 people were evacuated and at least 12 were injured, according to the Red Cross.",
    "The central bank raised its key rate by 0.25 percentage points to 4.5% last Thursday.",
    "Prime Minister Jane Holloway will travel to Brussels next Monday to meet EU leaders.",
]


def articles(n):
    for i in range(n):
        text = "\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(3 + i % 3))
        yield json.dumps({"id": "doc-%d" % i, "text": text, "published": "2025-02-04"}) + "\n"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.stderr.write(__doc__)
        return 2
    opts = dict(zip(argv[::1], argv[1::1]))
    n = int(opts.get("--documents", 100000))
    limit = float(opts.get("--limit-mb", 150))
    proc = subprocess.Popen([args[0], "extract", "--input-format", "jsonl", "--quiet", "--no-text", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        for line in articles(n):
            proc.stdin.write(line.encode())
        proc.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    count = 0
    in_order = True
    for line in proc.stdout:
        record = json.loads(line)
        if record.get("id") != "doc-%d" % count:
            in_order = False
        count += 1
    writer.join()
    status = proc.wait()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("stream check: %d of %d records, in order: %s, exit %d, peak memory %.1f MB (limit %.0f MB)"
          % (count, n, in_order, status, peak_mb, limit))
    ok = count == n and in_order and status == 0 and peak_mb <= limit
    print("stream check: %d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
