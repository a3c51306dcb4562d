# Checks the tense probe set: python3 Benchmarks/probes/check-dates-tense.py .build/release/gleaner [-v]
# Each line holds a span and the wanted value (a substring of the predicted one).
import json, sys, subprocess
binary = sys.argv[1]; verbose = len(sys.argv) > 2
cases = [json.loads(l) for l in open('Benchmarks/probes/dates-tense.jsonl')]
res = subprocess.run([binary, 'extract', '--input-format', 'jsonl', 'Benchmarks/probes/dates-tense.jsonl'], capture_output=True, text=True).stdout
preds = {}
for l in res.splitlines():
    r = json.loads(l); preds[r['id']] = r
ok = 0
for c in cases:
    r = preds[c['id']]; t = c['text']
    st = t.find(c['span']); en = st + len(c['span'])
    ms = [m for m in r.get('dates', []) if m['start'] <= st and m['end'] >= en]
    got = ms[0]['value'] if ms else None
    good = got is not None and c['expect'] in got
    ok += good
    if verbose or not good:
        print(('ok  ' if good else 'BAD ') + f"{c['id']} pub={c['published']} want={c['expect']} got={got} [{ms[0]['text'] if ms else ''}]  {t}")
print(f"tense set: {ok}/{len(cases)}")
