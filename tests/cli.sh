#!/bin/sh
# tests/cli.sh - exit statuses and messages of extract on good and bad
# input.  Each case: what it runs, the status and stderr line it expects.
. tests/lib.sh
HEADER='doc,id,line,col,start,end,text,value,unit,kind,qualifier,low,high,period,subject,sentence'

# feed BYTES(printf format) ARGS...: run ARGS with BYTES on stdin
feed() {
	printf "$1" >"$T/stdin"
	shift
	run "$@" <"$T/stdin"
}

# case NAME INPUT-BYTES(printf format) STATUS STDERR
bad_input() {
	printf "$2" >"$T/in.txt"
	run $X "$T/in.txt"
	expect "$1: status" "$3" "$rc"
	expect "$1: stderr" "$(printf "$4" "$T/in.txt")" "$err"
}
bad_input "lone continuation byte" 'ab\n\200c' 1 'extract: %s:2:1: invalid UTF-8 (byte 0x80)'
bad_input "invalid lead byte"      'a\377'     1 'extract: %s:1:2: invalid UTF-8 (byte 0xFF)'
bad_input "overlong form"          'x\300\257' 1 'extract: %s:1:2: invalid UTF-8 (byte 0xC0)'
bad_input "surrogate"              '\355\240\200' 1 'extract: %s:1:1: invalid UTF-8 (byte 0xED)'
bad_input "truncated at the end"   '日本\n\346\227' 1 'extract: %s:2:1: invalid UTF-8 (byte 0xE6)'
bad_input "NUL byte"               'ab\000c'   1 'extract: %s:1:3: NUL byte'

run $X --help
expect "--help status" 0 "$rc"
case $out in "Usage: extract"*) ok ;; *) fail "--help text" ;; esac
run $X --version
expect "--version" "0 extract (kazu) 0.1.0" "$rc $out"
run $X --bogus
expect "unknown option" "2 extract: unknown option '--bogus'
Try 'extract --help' for more information." "$rc $err"
run $X -o
expect "missing argument" "2 extract: option '-o' needs an argument
Try 'extract --help' for more information." "$rc $err"
run $X --date 2024-13-01 data/000_ec0428013a1e5c83.txt
expect "bad --date" "2 extract: --date: not a date YYYY-MM-DD: '2024-13-01'" "$rc $err"
run $X --lang xx
expect "bad --lang" "2 extract: --lang: unknown language 'xx' (ja, zh, en, auto)" "$rc $err"
run $X "$T/missing.txt"
expect "missing file" "2 extract: $T/missing.txt: No such file or directory" "$rc $err"
run $X "$T"
expect "directory" "2 extract: $T: Is a directory" "$rc $err"
# a file that cannot be read (as root no permission stops a read; a read
# error does): the header is written, then status 2
run $X /proc/self/mem
expect "read error" "2 extract: /proc/self/mem: Input/output error" "$rc $err"

# empty input: the header alone
: >"$T/empty.txt"
run $X "$T/empty.txt"
expect "empty input" "0 $HEADER" "$rc $out"

# periods NAME TEXT DATE ROWS WANT: the periods of rows ROWS (sed's
# range, the header is row 1) of TEXT published on DATE, joined by ;
periods() {
	feed "$2" $X --date "$3" -
	expect "$1" "0 $5" "$rc $(./tests/csvtool cut period <"$T/out" | sed -n "$4p" | tr '\n' ';' | sed 's/;$//')"
}

# a period word before の and a part of it that a word of base_tail
# follows is the part's base, no period of it (前年同期の4割程度にとどまる)
periods "前年同期の4割程度にとどまる" '1月末の生産量は前年同期の4割程度にとどまる。\n' 2026-02-18 3 "2026-01"
# a date before a comma and a clause that ends in the past: the news lead
# (市は12月20日、…採用すると発表した in March is last December's)
periods "date、…と発表した" '市は12月20日、新たに10人を採用すると発表した。\n' 2025-03-01 2 "2024-12-20"
# starting in a month gone this year: next year's where the sentence is to
# come, this year's where its verb is past
periods "starting in January, in March" 'The bill would rise $9 a month, starting in January.\nThe plant closed, starting in January.\nPrices have risen 5%%, starting in January.\nThe airline dropped 40 scheduled flights, beginning in January.\n' 2025-03-18 2,8 \
	";2026-01;2025-01;;2025-01;;2025-01"
# a fiscal year word in January to March is the fiscal year begun the year
# before (今年度 on 15 February 2025 is April 2024 to March 2025)
periods "fiscal years in February" '今年度の売上高は500億円。来年度は600億円。\n' 2025-02-15 2,3 \
	"2024-04/2025-03;2025-04/2026-03"
# a range of months that wraps the year, the publication month inside it:
# the season under way, even in a clause of the future (に達する)
periods "12〜2月 in January" '12〜2月の冬季は8割近くに達する。\n' 2026-01-20 2,3 \
	"2025-12/2026-02;2025-12/2026-02"
# a part of the publication month that starts after its day is to come: no
# since (4月中旬以降 on April 9); one under way is a since (4月上旬以降)
periods "4月中旬以降 on April 9" '4月中旬以降、値上げし、数百円程度になる。4月上旬以降、値上げした。\n' 2025-04-09 2,4 \
	"2025-04;2025-04;2025-04/2025-04-09"
# an adjective that runs on (低く、) says nothing to come: last December
periods "12月 before 低く in January" '12月は水温が低く、漁ができなかった。\n' 2026-01-05 2 "2025-12"
# the date of a base figure with a noun between: no period of the multiple
periods "2025年度の予算…の2倍以上" '2025年度の施設修繕予算4億5000万円の2倍以上にあたる。\n' 2025-07-18 2,4 \
	"2025-04/2026-03;2025-04/2026-03;"
# a range of days whose end has no month and comes before its start runs
# into the next month, not the next year
periods "8月31日から1日" '8月31日から1日にかけて386ミリ。2月27日から3日まで運休。12月30日から2日まで休んだ。\n' 2024-09-03 2,5 \
	"2024-08-31/2024-09-01;2024-08-31/2024-09-01;2024-02-27/2024-03-03;2023-12-30/2024-01-02"

# stdin, BOM and CRLF: offsets count the BOM, columns do not
feed '\357\273\277約 60 マイル\r\n50 人近く\r\n' $X
expect "BOM+CRLF rows" "0 $HEADER
-,L1.1,1,1,3,19,約 60 マイル,60,mile,distance,approx,50,70,,,約 60 マイル
-,L2.1,2,1,21,33,50 人近く,50,person,count,nearly,40,50,,,50 人近く" "$rc $out"

# --date resolves relative words; without it, the first date near the top
feed '今年5月に 3 人\n' $X --date 2023-01-02
expect "--date" "2023-05" "$(printf '%s\n' "$out" | ./tests/csvtool cut period | sed -n 2p)"
feed '2021-04-01\n今年5月\n' $X
expect "date from the top" "2021-05" "$(printf '%s\n' "$out" | ./tests/csvtool cut period | sed -n 3p)"

# -o: replaced only by a run that succeeds, no temporary file left
echo previous >"$T/claims.csv"
printf 'a\377' >"$T/bad.txt"
run $X -o "$T/claims.csv" data/000_ec0428013a1e5c83.txt "$T/bad.txt"
expect "-o failed run: status" 1 "$rc"
expect "-o failed run: old file kept" previous "$(cat "$T/claims.csv")"
expect "-o failed run: no temporary" "" "$(ls "$T" | grep tmp)"
run $X -o "$T/claims.csv" data/000_ec0428013a1e5c83.txt
expect "-o status" 0 "$rc"
expect "-o header" "$HEADER" "$(head -n 1 "$T/claims.csv")"
expect "-o no temporary" "" "$(ls "$T" | grep tmp)"
expect "-o same as stdout" "$($X data/000_ec0428013a1e5c83.txt)" "$(cat "$T/claims.csv")"

# -o to a device writes to it and leaves it a device
run $X -o /dev/null data/000_ec0428013a1e5c83.txt
expect "-o /dev/null" "0 yes" "$rc $([ -c /dev/null ] && echo yes)"

# a write error is a system error
if [ -w /dev/full ]; then
	run sh -c "$X data/000_ec0428013a1e5c83.txt >/dev/full"
	expect "/dev/full" "2 extract: stdout: No space left on device" "$rc $err"
	run $X -o /dev/full data/000_ec0428013a1e5c83.txt
	expect "-o /dev/full" "2 extract: /dev/full: No space left on device" "$rc $err"
fi

# a lone CR ends a line like LF (old Mac files)
feed '約 60 マイル\r50 人近く\r' $X
expect "lone CR" "L1.1 L2.1" "$(printf '%s\n' "$out" | ./tests/csvtool cut id | sed -n '2,3p' | tr '\n' ' ' | sed 's/ $//')"

# a binary file is bad data, named at its first bad byte
printf '\177ELF\002\001\001\000' >"$T/a.out"
run $X "$T/a.out"
expect "binary file" "1 extract: $T/a.out:1:8: NUL byte" "$rc $err"

# a closed stdout is a system error
run sh -c "$X data/000_ec0428013a1e5c83.txt >&-"
expect "closed stdout" "2" "$rc"
case $err in "extract: stdout: "*) ok ;; *) fail "closed stdout message: $err" ;; esac

# kill -9 in the middle of a run leaves the previous output as it was
i=0
while [ $i -lt 400 ]; do cat data/000_ec0428013a1e5c83.txt; i=$((i + 1)); done >"$T/big.txt"
echo previous >"$T/kept.csv"
$X -o "$T/kept.csv" "$T/big.txt" &
pid=$!
sleep 0.3
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
expect "kill -9 keeps the old output" previous "$(cat "$T/kept.csv")"

# memory is bounded by the longest line, not by the input: 10 MB of
# article lines take what one article takes (not measured under the
# sanitizers, whose shadow memory would count)
if [ -z "${KAZU_SANITIZED:-}" ]; then
	set -- $(./tests/csvtool peak $X "$T/big.txt")
	peak_big=$1
	set -- $(./tests/csvtool peak $X data/000_ec0428013a1e5c83.txt)
	expect "10 MB in the memory of one article (KiB: $peak_big vs $1)" yes \
		"$([ "$peak_big" -le $(($1 + 2048)) ] && echo yes)"
fi
# a 5 MB line with no line end is read through (no quadratic work)
tr '\n' ' ' <"$T/big.txt" | head -c 5000000 | sed 's/ [^ ]*$//' >"$T/oneline.txt"
expect "one 5 MB line" yes "$([ "$($X "$T/oneline.txt" | wc -l)" -gt 10000 ] && echo yes)"

# corpora: -r, --files-from, --no-header, -j N (rows in input order)
mkdir -p "$T/corpus/b" "$T/corpus/a"
cp data/000_ec0428013a1e5c83.txt "$T/corpus/b/ja.txt"
cp tests/golden/000_zh.txt "$T/corpus/a/zh.txt"
cp tests/golden/000_en.txt "$T/corpus/en.txt"
run $X -r "$T/corpus"
expect "-r: files in name order" "$T/corpus/a/zh.txt $T/corpus/b/ja.txt $T/corpus/en.txt" \
	"$(printf '%s\n' "$out" | ./tests/csvtool cut doc | sed 1d | uniq | tr '\n' ' ' | sed 's/ $//')"
printf '%s\n' "$out" >"$T/serial.csv"
printf '%s\n\n%s\n' "$T/corpus/a/zh.txt" "$T/corpus/b/ja.txt" >"$T/list"
printf '%s\n' "$T/corpus/en.txt" >>"$T/list"
run $X --files-from "$T/list"
expect "--files-from" "$(cat "$T/serial.csv")" "$out"
run $X -j 3 -r "$T/corpus"
expect "-j 3 writes what one thread writes" "$(cat "$T/serial.csv")" "$out"
i=0
while [ $i -lt 12 ]; do printf '%s\n' "$T/corpus/b/ja.txt" "$T/corpus/a/zh.txt"; i=$((i + 1)); done >"$T/many"
run $X -j 1 --files-from "$T/many"
printf '%s\n' "$out" >"$T/many1.csv"
run $X -j 4 --files-from "$T/many"
expect "-j 4 on 24 documents" "$(cat "$T/many1.csv")" "$out"
run $X -j 1 --lang zh --files-from "$T/many"
printf '%s\n' "$out" >"$T/many1zh.csv"
run $X -j 2 --lang zh --files-from "$T/many"
expect "-j 2 --lang zh: threads share one language's rules" "$(cat "$T/many1zh.csv")" "$out"
{ $X --no-header "$T/corpus/a/zh.txt"; $X --no-header "$T/corpus/b/ja.txt" "$T/corpus/en.txt"; } >"$T/shards.csv"
expect "--no-header shards concatenate" "$(sed 1d "$T/serial.csv")" "$(cat "$T/shards.csv")"
printf 'ok\n\377\n' >"$T/corpus/b/bad.txt"
run $X -j 2 -r "$T/corpus"
expect "-j 2 stops at the bad document, in order" "1 extract: $T/corpus/b/bad.txt:2:1: invalid UTF-8 (byte 0xFF) $T/corpus/a/zh.txt" \
	"$rc $err $(printf '%s\n' "$out" | ./tests/csvtool cut doc | sed 1d | uniq | tr '\n' ' ' | sed 's/ $//')"
# -r does not follow a link to a directory (no loop)
mkdir -p "$T/tree"
cp data/000_ec0428013a1e5c83.txt "$T/tree/x.txt"
ln -s . "$T/tree/loop"
run $X -r "$T/tree"
expect "-r and a looping link" "0 $T/tree/x.txt" "$rc $(printf '%s\n' "$out" | ./tests/csvtool cut doc | sed 1d | uniq)"
# --name names stdin, so that the shards of a corpus keep their docs
feed '約 60 マイル\n' $X --name a.txt
expect "--name" "a.txt" "$(printf '%s\n' "$out" | ./tests/csvtool cut doc | sed -n 2p)"

run $X -j 0
expect "-j 0" "2 extract: --jobs: not a number from 1 to 64: '0'" "$rc $err"

# --format tsv and jsonl carry the fields of the CSV; --bom for spreadsheets
feed '年収45万ドル\n' $X --format jsonl
expect "jsonl row" '{"doc":"-","id":"L1.1","line":1,"col":3,"start":6,"end":17,"text":"45万ドル","value":450000,"unit":"USD","kind":"money","qualifier":"eq","low":445000,"high":455000,"period":"","subject":"年収","sentence":"年収45万ドル"}' "$out"
feed '約 60 マイル\n' $X --format tsv
expect "tsv" "$(printf '%s\n' "$HEADER" | tr ',' '\t')
$(printf -- '-\tL1.1\t1\t1\t0\t16\t約 60 マイル\t60\tmile\tdistance\tapprox\t50\t70\t\t\t約 60 マイル')" "$out"
feed '45万ドル\n' $X --bom
expect "--bom" "efbbbf" "$(printf '%s\n' "$out" | head -c 3 | od -An -tx1 | tr -d ' \n')"
run $X --format xml
expect "bad --format" "2 extract: --format: not csv, tsv or jsonl: 'xml'" "$rc $err"

# on a terminal, a progress line on stderr; elsewhere, nothing
if command -v script >/dev/null; then
	tty_err=$(script -qec "$X -o /dev/null data/000_ec0428013a1e5c83.txt tests/golden/000_en.txt" /dev/null | tr '\r' '\n' | tail -n 2 | head -n 1)
	case $tty_err in "extract: 2 documents, 0."*" MB, 1"*" claims, "*" MB/s"*) ok ;; *) fail "progress line: $tty_err" ;; esac
fi
run $X -o /dev/null data/000_ec0428013a1e5c83.txt
expect "no progress line when stderr is no terminal" "" "$err"

# make install PREFIX=...: the programs and their manual pages
make -s install PREFIX="$T/prefix" >/dev/null
expect "make install" "extract (kazu) 0.1.0 analyze (kazu) 0.1.0 analyze.1 extract.1" \
	"$("$T/prefix/bin/extract" --version) $("$T/prefix/bin/analyze" --version) $(ls "$T/prefix/share/man/man1" | tr '\n' ' ' | sed 's/ $//')"
if command -v groff >/dev/null; then
	expect "man page renders" 0 "$(groff -man -Tutf8 -ww extract/extract.1 analyze/analyze.1 >/dev/null 2>&1; echo $?)"
fi

# rules are tried only near figure words (scan.c: REACH): trying every rule
# at every position gives the same rows on the articles and the peer specs
for f in data/*.txt tests/golden/000_en.txt tests/golden/000_zh.txt tests/peer/rt_*_numbers.tsv; do
	case $f in *.tsv) grep -v '^#' "$f" | cut -f 1 >"$T/windows.txt" ;; *) cp "$f" "$T/windows.txt" ;; esac
	$X --name w "$T/windows.txt" >"$T/near.csv" 2>&1
	KAZU_SCAN_EVERYWHERE=1 $X --name w "$T/windows.txt" >"$T/everywhere.csv" 2>&1
	expect "windows change no row: $f" "same, $(wc -l <"$T/near.csv") rows" \
		"$(cmp -s "$T/near.csv" "$T/everywhere.csv" && echo same), $(wc -l <"$T/everywhere.csv") rows"
done

# CSV quoting: a field with a comma is quoted (RFC 4180)
feed '3,000 社近く\n' $X
expect "quoted field" '-,L1.1,1,1,0,15,"3,000 社近く",3000,company,count,nearly,2000,3000,,,"3,000 社近く"' \
	"$(printf '%s\n' "$out" | sed -n 2p)"

report
