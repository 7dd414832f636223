#!/bin/sh
# tests/bench.sh - make bench: throughput and memory of the pipeline on a
# corpus of at least 100 MB built from the articles in three languages
# (paragraphs shuffled with a fixed seed, cut into 50 KB documents).
# Figures are medians of 3 runs; peak memory is the largest resident set.
set -eu
B=out/bench
X=./extract/extract
A=./analyze/analyze
SIZE_MB=${BENCH_MB:-100}
mkdir -p "$B"

# corpus LANGFILES... -> $B/corpus-NAME: documents of ~50 KB
corpus() {
	name=$1
	shift
	rm -rf "$B/corpus-$name"
	mkdir -p "$B/corpus-$name"
	cat "$@" | awk -v want=$((SIZE_MB * 1000000)) -v dir="$B/corpus-$name" '
		NF { p[n++] = $0 }
		END {
			srand(1); doc = 0; size = 0; total = 0
			while (total < want) {
				line = p[int(rand() * n)]
				f = sprintf("%s/%05d.txt", dir, doc)
				print line > f
				size += length(line) + 1; total += length(line) + 1
				if (size > 50000) { close(f); doc++; size = 0 }
			}
		}'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# seconds CMD...: wall-clock seconds of one run, output discarded
seconds() {
	s=$(date +%s.%N)
	"$@" >/dev/null
	e=$(date +%s.%N)
	echo "$e - $s" | bc -l
}

mbps() {	# NAME BYTES CMD...
	name=$1 bytes=$2
	shift 2
	t=$(for i in 1 2 3; do seconds "$@"; done | median)
	printf '%-34s %8.1f MB/s  (%.2f s for %.0f MB)\n' "$name" \
		"$(echo "$bytes / 1000000 / $t" | bc -l)" "$t" "$(echo "$bytes / 1000000" | bc -l)"
}

command -v bc >/dev/null || { echo "bench: needs bc (apt-get install bc)"; exit 2; }
corpus ja data/*.txt
corpus all data/*.txt tests/golden/000_zh.txt tests/golden/000_en.txt
ls "$B"/corpus-ja/*.txt >"$B/ja.list"
ls "$B"/corpus-all/*.txt >"$B/all.list"
ja_bytes=$(cat "$B"/corpus-ja/*.txt | wc -c)
all_bytes=$(cat "$B"/corpus-all/*.txt | wc -c)
jobs=$(nproc)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
mbps "extract, Japanese, 1 thread" "$ja_bytes" $X -o /dev/null --files-from "$B/ja.list"
mbps "extract, ja+zh+en, 1 thread" "$all_bytes" $X -o /dev/null --files-from "$B/all.list"
mbps "extract, ja+zh+en, -j $jobs" "$all_bytes" $X -j "$jobs" -o /dev/null --files-from "$B/all.list"
set -- $(./tests/csvtool peak $X -o /dev/null --files-from "$B/all.list")
echo "extract peak memory, 1 thread:      $(($1 / 1024)) MB"
set -- $(./tests/csvtool peak $X -j "$jobs" -o /dev/null --files-from "$B/all.list")
echo "extract peak memory, -j $jobs:         $(($1 / 1024)) MB"
$X -j "$jobs" --files-from "$B/all.list" >"$B/claims.csv"
claims=$(($(wc -l <"$B/claims.csv") - 1))
t=$(for i in 1 2 3; do seconds $A -d "$B" "$B/claims.csv"; done | median)
printf '%-34s %8.0f claims/s  (%d claims in %.2f s)\n' "analyze" "$(echo "$claims / $t" | bc -l)" "$claims" "$t"
# the first 100,000 claims as one document: analyze relates the figures of
# a document by sorting, not pairwise, so this is no slower per claim
# (beyond the rows it writes)
head -n 100001 "$B/claims.csv" | awk -F, -v OFS=, 'NR > 1 { $1 = "one"; $2 = NR - 1 } { print }' >"$B/one.csv"
one=$(($(wc -l <"$B/one.csv") - 1))
t=$(for i in 1 2 3; do seconds $A -d "$B/one" "$B/one.csv"; done | median)
printf '%-34s %8.0f claims/s  (%d claims in %.2f s)\n' "analyze, one document" "$(echo "$one / $t" | bc -l)" "$one" "$t"

# the same text through Recognizers-Text, when Node.js and npm are here:
# a 1 MB slice of the Japanese part (it is slow)
if command -v node >/dev/null && command -v npm >/dev/null; then
	if [ ! -d "$B/rt/node_modules/@microsoft/recognizers-text-suite" ]; then
		npm install --silent --prefix "$B/rt" @microsoft/recognizers-text-suite >/dev/null 2>&1 || true
	fi
	if [ -d "$B/rt/node_modules/@microsoft/recognizers-text-suite" ]; then
		cat "$B"/corpus-ja/*.txt | head -c 1000000 | sed '$d' >"$B/slice.txt"
		slice=$(wc -c <"$B/slice.txt")
		t=$(seconds env NODE_PATH="$B/rt/node_modules" node tests/bench_rt.js "$B/slice.txt" ja-jp)
		rt=$(echo "$slice / 1000000 / $t" | bc -l)
		t=$(for i in 1 2 3; do seconds $X -o /dev/null "$B/slice.txt"; done | median)
		ours=$(echo "$slice / 1000000 / $t" | bc -l)
		printf '%-34s %8.2f MB/s  (1 MB slice; extract on it: %.1f MB/s, %.0fx)\n' \
			"Recognizers-Text (Node.js)" "$rt" "$ours" "$(echo "$ours / $rt" | bc -l)"
	fi
fi
