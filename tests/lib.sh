# tests/lib.sh - a tiny harness for the shell tests: each check counts,
# `report` prints "N passed, N failed" and returns non-zero on failure.
passed=0
failed=0
ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*" >&2; }
# expect NAME WANT GOT
expect() {
	if [ "$2" = "$3" ]; then ok; else fail "$1"; printf '  want: %s\n  got:  %s\n' "$2" "$3" >&2; fi
}
report() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }
