#!/usr/bin/env python3
"""Quality gate: scores gleaner on every evaluation set and compares each
figure with its floor in scripts/floors.txt.

    python3 scripts/quality-gate.py .build/release/gleaner [--eval DIR] [--update]

A figure below its floor fails the gate (exit 1). Floors only ever rise:
--update raises each floor to the current figure (rounded down to 0.005) and
never lowers one. The evaluation sets are looked for in ../shared/eval beside
the checkout; without them the gate says so and passes.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOORS = os.path.join(ROOT, "scripts", "floors.txt")
# set -> (task, metrics printed in the summary line that the gate watches)
SETS = {
    "dates": ("dates", ["e2e_f1", "span_f1", "value_acc"]),
    "dates_rt": ("dates", ["e2e_f1", "span_f1", "value_acc"]),
    "numbers": ("numbers", ["e2e_f1", "span_f1", "value_acc"]),
    "actors": ("actors", ["f1", "untyped_f1"]),
    "quotes": ("quotes", ["f1", "speaker_acc"]),
    "html": ("html", ["f1"]),
}


def read_floors():
    floors = {}
    if os.path.exists(FLOORS):
        for line in open(FLOORS, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                name, metric, value = line.split()
                floors[(name, metric)] = float(value)
    return floors


def write_floors(floors):
    with open(FLOORS, "w", encoding="utf-8") as f:
        f.write("# Quality floors: SET METRIC FLOOR. Written by scripts/quality-gate.py --update;\n")
        f.write("# a figure below its floor fails the tests. Floors only ever rise.\n")
        for (name, metric), value in sorted(floors.items()):
            f.write("%-9s %-12s %.3f\n" % (name, metric, value))


def summary(line):
    out = {}
    for part in line.split()[1:]:
        if "=" in part:
            k, v = part.split("=", 1)
            try:
                out[k] = float(v)
            except ValueError:
                pass
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.stderr.write(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    eval_dir = os.path.join(os.path.dirname(ROOT), "shared", "eval")
    if "--eval" in argv:
        eval_dir = argv[argv.index("--eval") + 1]
    score = os.path.join(eval_dir, "score.py")
    if not os.path.exists(score):
        print("quality gate: no evaluation sets at %s; skipped" % eval_dir)
        return 0
    floors = read_floors()
    update = "--update" in argv
    failures = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (task, metrics) in SETS.items():
            gold = os.path.join(eval_dir, "dev", name + ".jsonl")
            if not os.path.exists(gold):
                continue
            pred = os.path.join(tmp, name + ".jsonl")
            with open(pred, "wb") as out:
                subprocess.run([binary, "extract", "--input-format", "jsonl", "--quiet", gold],
                               stdout=out, stderr=subprocess.DEVNULL)
            result = subprocess.run([sys.executable, score, task, gold, pred],
                                    capture_output=True, text=True, check=True)
            figures = summary(result.stdout.strip().splitlines()[-1])
            for metric in metrics:
                value = figures.get(metric, 0.0)
                floor = floors.get((name, metric), 0.0)
                ok = value + 1e-9 >= floor
                rows.append((name, metric, value, floor, ok))
                if not ok:
                    failures.append("%s %s %.3f is below its floor %.3f" % (name, metric, value, floor))
                if update:
                    floors[(name, metric)] = max(floor, math.floor(value * 200) / 200)
    print("quality gate: set       metric        now    floor")
    for name, metric, value, floor, ok in rows:
        print("quality gate: %-9s %-12s %.3f  %.3f %s" % (name, metric, value, floor, "" if ok else "BELOW"))
    if update:
        write_floors(floors)
        print("quality gate: floors written to scripts/floors.txt")
    if failures:
        for f in failures:
            print("quality gate: FAIL " + f)
        return 1
    print("quality gate: %d passed, 0 failed" % len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
