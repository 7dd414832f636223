#!/bin/sh
# tests/golden.sh - every article in tests/golden with an expected CSV
# (written and checked by hand, row by row, against the article) must come
# out of extract exactly so, in the columns the expected file names.
# Columns not in it (subject, sentence, offsets) are checked for
# consistency with the input bytes by csvtool spans.
. tests/lib.sh
for want in tests/golden/*.expected.csv; do
	name=$(basename "$want" .expected.csv)
	doc=data/$name.txt
	[ -f "$doc" ] || doc=tests/golden/$name.txt
	cols=$(head -n 1 "$want")
	got=$(./extract/extract "$doc" | ./tests/csvtool cut "$cols")
	if [ "$got" = "$(cat "$want")" ]; then ok; else
		fail "golden $name"
		printf '%s\n' "$got" | diff -u "$want" - >&2
	fi
	if ./extract/extract "$doc" | ./tests/csvtool spans "$doc"; then ok; else fail "spans $name"; fi
done
report
