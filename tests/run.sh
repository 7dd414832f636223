#!/bin/sh
# tests/run.sh - run every part of the suite; the last line sums them up.
total_p=0
total_f=0
status=0
# (the unit tests twice: the second time every rule is tried at every
# position of every text, and must find the same claims: scan.c's windows
# and the rules' key words miss none)
for part in ./tests/unit/run "env KAZU_SCAN_EVERYWHERE=1 ./tests/unit/run" ./tests/unit/analyze \
	"sh tests/golden.sh" "sh tests/cli.sh" \
	"sh tests/analyze.sh" "sh tests/crosslang.sh" "sh tests/html.sh" \
	"sh tests/spreadsheet.sh"; do
	echo "== $part"
	out=$($part 2>&1) || status=1
	printf '%s\n' "$out"
	last=$(printf '%s\n' "$out" | tail -n 1)
	p=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then status=1; f=1; p=0; fi
	total_p=$((total_p + p))
	total_f=$((total_f + f))
done
echo "$total_p passed, $total_f failed"
exit $status
