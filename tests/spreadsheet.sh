#!/bin/sh
# tests/spreadsheet.sh - LibreOffice (Debian's libreoffice-calc-nogui, which
# .ci/run installs) opens claims.csv written with --bom: numbers are
# numbers, Japanese is Japanese, and it converts to xlsx.
. tests/lib.sh
if ! command -v soffice >/dev/null; then
	echo "spreadsheet: no LibreOffice here; nothing to check" >&2
	report
	exit 0
fi
./extract/extract --bom data/000_ec0428013a1e5c83.txt tests/golden/000_zh.txt >"$T/claims.csv"
( cd "$T" && HOME="$T" timeout 180 soffice --headless --infilter="CSV:44,34,76,1" \
	--convert-to fods claims.csv >/dev/null 2>&1 &&
  HOME="$T" timeout 180 soffice --headless --infilter="CSV:44,34,76,1" \
	--convert-to xlsx claims.csv >/dev/null 2>&1 )
expect "xlsx written" yes "$([ -s "$T/claims.xlsx" ] && echo yes)"
f=$T/claims.fods
expect "value 450000 is a number" 4 "$(grep -o 'office:value-type="float" office:value="450000"' "$f" | wc -l | tr -d ' ')"
expect "low 445000 is a number" 2 "$(grep -o 'office:value-type="float" office:value="445000"' "$f" | wc -l | tr -d ' ')"
expect "Japanese text intact" 1 "$(grep -c '<text:p>45万ドル</text:p>' "$f")"
expect "Chinese text intact" 1 "$(grep -c '<text:p>近3000家</text:p>' "$f")"
expect "the header is text, its first cell without the BOM" 1 "$(grep -c '<text:p>doc</text:p>' "$f")"
report
