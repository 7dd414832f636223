#!/usr/bin/env python3
"""score.py KEY.csv OUT.csv : compare hand-keyed claims with extract's output.

KEY.csv columns: text,value,unit,kind,qualifier,low,high,period,class,note
  class R = the README decides this claim, S = the README is silent,
  N = this text must give no row (a name, a code, a rank...).
Matching: the n-th key row with a given text meets the n-th output row
with that text.  A claim is right when value, unit, kind, qualifier, low
and high all agree (numbers compared as numbers); period is scored apart.
"""
import csv, sys
from collections import defaultdict

def num(s):
    try: return float(s)
    except ValueError: return None

def same(a, b):
    a, b = (a or '').strip(), (b or '').strip()
    x, y = num(a), num(b)
    if x is not None and y is not None:
        return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))
    return a == b

FIELDS = ['value', 'unit', 'kind', 'qualifier', 'low', 'high']

def main(keyf, outf):
    key = list(csv.DictReader(open(keyf, encoding='utf-8')))
    out = list(csv.DictReader(open(outf, encoding='utf-8-sig')))
    bytext = defaultdict(list)
    for r in out: bytext[r['text']].append(r)
    seen = defaultdict(int)
    used = set()
    tot = defaultdict(int); ok = defaultdict(int); okp = defaultdict(int)
    errs = []
    for k in key:
        t = k['text']; c = (k.get('class') or 'R').strip() or 'R'
        i = seen[t]; seen[t] += 1
        got = bytext[t][i] if i < len(bytext[t]) else None
        if got is not None: used.add(id(got))
        tot[c] += 1
        if c == 'N':
            if got is None: ok[c] += 1; okp[c] += 1
            else: errs.append((c, t, 'row given for a no-row text', k, got))
            continue
        if got is None:
            errs.append((c, t, 'missed', k, None)); continue
        bad = [f for f in FIELDS if not same(k[f], got[f])]
        if not bad:
            ok[c] += 1
            if same(k['period'], got['period']): okp[c] += 1
            else: errs.append((c, t, 'period', k, got))
        else:
            errs.append((c, t, 'fields ' + ' '.join(bad), k, got))
    extra = [r for r in out if id(r) not in used]
    print(f'# {keyf}')
    for c in ('R', 'S', 'N'):
        if tot[c]:
            print(f'{c}: {ok[c]}/{tot[c]} right ({100*ok[c]/tot[c]:.1f}%), with period {okp[c]}/{tot[c]}')
    a = sum(tot.values()); b = sum(ok.values())
    print(f'all: {b}/{a} right ({100*b/a:.1f}%); extra rows: {len(extra)}')
    for c, t, why, k, g in errs:
        print(f'ERR {c} {t!r}: {why}')
        print('   want', ','.join(k.get(f, '') for f in FIELDS + ['period']))
        if g: print('   got ', ','.join(g.get(f, '') for f in FIELDS + ['period']))
    for r in extra:
        print(f'EXTRA {r["text"]!r}:', ','.join(r[f] for f in FIELDS + ['period']), f'(line {r["line"]})')

if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: score.py KEY.csv OUT.csv')
    main(sys.argv[1], sys.argv[2])
