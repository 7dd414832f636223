# tests/lib.sh - a tiny harness for the shell tests: each check counts,
# `report` prints "N passed, N failed" and returns non-zero on failure.
# It also sets what every test shares: the C locale, the two programs,
# a scratch directory $T removed on exit, and `run`.
export LC_ALL=C
X=./extract/extract
A=./analyze/analyze
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
passed=0
failed=0
ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*" >&2; }
# expect NAME WANT GOT
expect() {
	if [ "$2" = "$3" ]; then ok; else fail "$1"; printf '  want: %s\n  got:  %s\n' "$2" "$3" >&2; fi
}
report() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

# run ARGS...: sets rc, out, err
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}
