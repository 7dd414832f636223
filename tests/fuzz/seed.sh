#!/bin/sh
# tests/fuzz/seed.sh DIR - seed the fuzz corpora in DIR from the tests.
set -e
d=$1
mkdir -p "$d/corpus-numeral" "$d/corpus-extract" "$d/corpus-csv" "$d/corpus-analyze"
i=0
for t in tests/peer/rt_*_numbers.tsv; do
	grep -v '^#' "$t" | cut -f1 | while IFS= read -r n; do
		i=$((i + 1))
		printf '%s' "$n" >"$d/corpus-numeral/$(basename "$t" .tsv)-$i"
	done
done
for doc in data/*.txt tests/golden/000_zh.txt tests/golden/000_en.txt; do
	name=$(basename "$doc" .txt)
	# whole documents are large: seed paragraphs, and the claims CSV
	awk -v d="$d/corpus-extract/$name" 'NF { print > (d "-" NR) }' "$doc"
	./extract/extract "$doc" >"$d/corpus-csv/$name.csv"
	cp "$d/corpus-csv/$name.csv" "$d/corpus-analyze/$name.csv"
done
