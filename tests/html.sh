#!/bin/sh
# tests/html.sh - report.html as a person sees it: an edited copy of the
# article (37% made 67%, so that shares of one whole exceed 100%) goes
# through the pipeline, and the page is read back from headless Chromium
# (Debian's chromium, which .ci/run installs): the failed check first,
# its figures marked red in their sentence and linked, a chart for each
# change, every claim in the table.
. tests/lib.sh
sed 's/アメリカ人が37%を占めていた/アメリカ人が67%を占めていた/' data/000_ec0428013a1e5c83.txt >"$T/edit.txt"
./extract/extract "$T/edit.txt" >"$T/claims.csv"
./analyze/analyze -d "$T" "$T/claims.csv"
claims=$(($(wc -l <"$T/claims.csv") - 1))

if command -v chromium >/dev/null; then
	dom() {
		timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
			--disable-background-networking --disable-component-update --disable-sync \
			--user-data-dir="$T/profile" "$@" "file://$T/report.html" 2>/dev/null
	}
	dom --dump-dom >"$T/dom.html"
	dom --window-size=1000,1100 --screenshot="$T/shot.png" >/dev/null
	expect "a screenshot" yes "$([ -s "$T/shot.png" ] && [ "$(wc -c <"$T/shot.png")" -gt 20000 ] && echo yes)"
	page=$T/dom.html
else
	echo "html: no chromium here; reading report.html itself" >&2
	page=$T/report.html
fi
# one line a tag, to count
tr '<' '\n' <"$page" >"$T/tags"
expect "the summary" 1 "$(grep -c '1 fail</span>' "$page")"
expect "the failed check comes first" 'td class="fail">fail' \
	"$(sed -n '/id="problems"/,/<\/section>/p' "$T/tags" | grep -m1 '^td class=' | sed 's/<.*//')"
expect "its message" 1 "$(grep -c '38% + 67% = \[104, 106\]% &gt; 100% (shares of one whole, line 29)' "$page")"
expect "figures marked in their sentences" "$claims" "$(grep -c '^mark class="claim' "$T/tags")"
expect "the two figures of the failed check are red" "c0-L29.2 c0-L29.3" \
	"$(grep '^mark class="claim[^"]* failed"' "$T/tags" | sed 's/.* id="\([^"]*\)".*/\1/' | tr '\n' ' ' | sed 's/ $//')"
expect "linked from the check" 2 \
	"$(sed -n '/id="problems"/,/\/section>/p' "$T/tags" | grep -c '^a href="#c0-L29\.[23]"')"
expect "a chart for each change" 2 "$(grep -c '^figure class="chart"' "$T/tags")"
expect "every claim in the table" "$claims" "$(grep -c '^tr class="claim-row"' "$T/tags")"
expect "a value on hover" 1 "$(grep -c 'title="L3.1: 450000 USD · money · eq · \[445000, 455000\]' "$page")"
expect "no network" 0 "$(grep -c 'src=\|href="http' "$page")"
report
