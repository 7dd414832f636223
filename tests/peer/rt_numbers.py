#!/usr/bin/env python3
"""Make tests/peer/rt_{ja,zh,en}_numbers.tsv from Recognizers-Text's
NumberModel specs (../shared/peer-specs/recognizers-text, MIT licence).

Keeps the cases its own implementation supports (no NotSupported flag, no
IgnoreResolution) whose matched text is a numeral of the forms kazu reads:
digits with grouping commas between groups of three and a decimal point,
and the language's numeral words (kanji and hanzi numerals with 万 億/亿 兆;
English number words with hundred, thousand, million, billion, trillion,
"and" and hyphens).  Each row: text, then the value the spec resolves.  Run
from the repository root; the output is committed so that tests need no
Python."""
import json, re, sys

ROOT = "../shared/peer-specs/recognizers-text/Number/"
EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve "
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
            "thirty forty fifty sixty seventy eighty ninety hundred thousand million "
            "billion trillion and").split()
FORMS = {
    "ja": ("Japanese", re.compile(
        r"^[0-9０-９][0-9０-９,，.．〇零一二両三四五六七八九十百千万億兆]*$|"
        r"^[〇零一二両三四五六七八九十百千][〇零一二両三四五六七八九十百千万億兆]*$")),
    "zh": ("Chinese", re.compile(
        r"^[0-9０-９][0-9０-９,，.．万亿億萬兆]*$|"
        r"^[〇零一二两兩三四五六七八九十百千][〇零一二两兩三四五六七八九十百千万亿億萬兆]*$")),
    "en": ("English", re.compile(
        r"^[0-9][0-9,.]*(?: (?:thousand|million|billion|trillion))?$|"
        r"^(?:(?:" + "|".join(EN_WORDS) + r")[ -]?)+$", re.I)),
}
BADCOMMA = re.compile(r"[,，](?![0-9０-９]{3}(?![0-9０-９]))")

for code, (folder, form) in FORMS.items():
    seen, rows = set(), []
    src = ROOT + folder + "/NumberModel.json"
    for case in json.load(open(src, encoding="utf-8-sig")):
        if case.get("NotSupported") or case.get("IgnoreResolution"):
            continue
        for r in case["Results"]:
            t, v = r["Text"], r["Resolution"].get("value")
            if (v is None or not form.match(t) or BADCOMMA.search(t) or t in seen
                    or t.endswith((" ", "-")) or t.lower() == "and"):
                continue
            seen.add(t)
            rows.append((t, v))
    with open(f"tests/peer/rt_{code}_numbers.tsv", "w", encoding="utf-8") as f:
        f.write(f"# text\tvalue  (from Recognizers-Text Number/{folder}/NumberModel.json, MIT)\n")
        for t, v in rows:
            f.write(f"{t}\t{v}\n")
    print(code, len(rows), "rows", file=sys.stderr)
