#!/usr/bin/env python3
"""Make tests/peer/rt_ja_numbers.tsv from Recognizers-Text's Japanese
NumberModel spec (../shared/peer-specs/recognizers-text, MIT licence).

Keeps the cases its own implementation supports (no NotSupported flag) whose
matched text is a numeral of the forms kazu reads (digits, grouping commas
between groups of three, decimal point, kanji numerals, 万 億 兆); cases whose
resolution the spec itself says to ignore are left out.  Each row: text, then value as the spec
resolves it.  Run from the repository root; the output is committed so that
tests need no Python."""
import json, re, sys

SRC = "../shared/peer-specs/recognizers-text/Number/Japanese/NumberModel.json"
FORM = re.compile(r"^[0-9０-９][0-9０-９,，.．〇零一二両三四五六七八九十百千万億兆]*$|"
                  r"^[〇零一二両三四五六七八九十百千][〇零一二両三四五六七八九十百千万億兆]*$")
BADCOMMA = re.compile(r"[,，](?![0-9０-９]{3}(?![0-9０-９]))")
seen = set()
rows = []
for case in json.load(open(SRC, encoding="utf-8-sig")):
    if case.get("NotSupported") or case.get("IgnoreResolution"):
        continue
    for r in case["Results"]:
        t, v = r["Text"], r["Resolution"].get("value")
        # kazu reads a comma only as a separator of three-digit groups
        if v is None or not FORM.match(t) or BADCOMMA.search(t) or t in seen:
            continue
        seen.add(t)
        rows.append((t, v))
with open("tests/peer/rt_ja_numbers.tsv", "w", encoding="utf-8") as f:
    f.write("# text\tvalue  (from Recognizers-Text Number/Japanese/NumberModel.json, MIT)\n")
    for t, v in rows:
        f.write(f"{t}\t{v}\n")
print(len(rows), "rows", file=sys.stderr)
