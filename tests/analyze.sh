#!/bin/sh
# tests/analyze.sh - analyze end to end: bad input, options, the article
# (hand-checked expectations in tests/golden), and edited copies of the
# article in which one figure was changed to break exactly one check.
. tests/lib.sh
ART=data/000_ec0428013a1e5c83.txt

HEAD='doc,id,line,text,value,unit,kind,qualifier,low,high,period,subject,sentence'
# bad CSV: status and the exact message
bad_csv() {
	printf "$2" >"$T/in.csv"
	run $A -d "$T" "$T/in.csv"
	expect "$1" "1 analyze: $T/in.csv:$3" "$rc $err"
}
bad_csv "unterminated quote" "$HEAD\nd,L1.1,1,\"38%%,38\n" '2: unterminated quoted field'
bad_csv "missing column" "doc,id,line\nd,L1,1\n" "1: no column 'text' in the header"
bad_csv "not a number" "$HEAD\nd,L1.1,1,38%%,3x,percent,percent,eq,37.5,38.5,,,s\n" "2: value is not a number: '3x'"
bad_csv "NaN" "$HEAD\nd,L1.1,1,38%%,NaN,percent,percent,eq,37.5,38.5,,,s\n" "2: value is not a number: 'NaN'"
bad_csv "1e999" "$HEAD\nd,L1.1,1,38%%,38,percent,percent,eq,1e999,38.5,,,s\n" "2: low is not a number: '1e999'"
bad_csv "wrong field count" "$HEAD\nd,L1.1,1\n" '2: 3 fields where the header has 13'
bad_csv "inf" "$HEAD\nd,L1.1,1,38%%,38,percent,percent,eq,37.5,inf,,,s\n" "2: high is not a number: 'inf'"
bad_csv "low above high" "$HEAD\nd,L1.1,1,38%%,38,percent,percent,eq,39,38,,,s\n" '2: low 39 is above high 38'
bad_csv "unknown kind" "$HEAD\nd,L1.1,1,38%%,38,percent,share,eq,37.5,38.5,,,s\n" "2: unknown kind 'share'"
bad_csv "duplicate id" "$HEAD\nd,L1.1,1,38%%,38,percent,percent,eq,37.5,38.5,,,s\nd,L1.1,1,37%%,37,percent,percent,eq,36.5,37.5,,,s\n" '3: id L1.1 again in doc d'
bad_csv "quote out of place" "$HEAD\nd,L1.1,1,3\"8%%,38,percent,percent,eq,37.5,38.5,,,s\n" '2: malformed field: a quote out of place'
bad_csv "empty" "" '1: no header'

# accepted by rule: an unknown unit is a unit; a negative bound is kept
# and reported by the not-negative check
printf '%s\nd,L1.1,1,5 widgets,5,widget,count,eq,4.5,5.5,,,s\nd,L2.1,2,-3人,-3,person,count,eq,-3.5,-2.5,,,t\n' "$HEAD" >"$T/odd.csv"
run $A -d "$T" "$T/odd.csv"
expect "unknown unit, negative count" "0 not-negative,fail,L2.1" \
	"$rc $(./tests/csvtool cut check,verdict,claims <"$T/checks.csv" | sed -n 2p)"

# one measure stated in 40 sentences: each statement is checked against
# the 32 before it at most, 1 + 2 + ... + 32 + 7 x 32 = 752 checks; the
# last one (L40) contradicts all of its 32 peers, and none else fails
awk -v head="$HEAD" 'BEGIN { print head
	for (i = 1; i <= 40; i++)
		printf "d,L%d.1,%d,%d%%,%d,percent,percent,eq,%g,%g,,growth rate,s%d\n", i, i,
			(i < 40 ? 5 : 9), (i < 40 ? 5 : 9), (i < 40 ? 4.5 : 8.5), (i < 40 ? 5.5 : 9.5), i }' >"$T/many.csv"
run $A -d "$T" "$T/many.csv"
expect "stated-twice: 32 peers at most" "0 752 32 L8.1;L40.1" \
	"$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c '^stated-twice$') \
$(./tests/csvtool cut verdict <"$T/checks.csv" | grep -c '^fail$') \
$(./tests/csvtool cut claims,verdict <"$T/checks.csv" | grep ',fail$' | head -n 1 | cut -d, -f1)"

# article NAME TEXT: extract TEXT (a printf format) and run analyze on it,
# its outputs in $T
article() {
	printf "$2" >"$T/$1.txt" || fail "article $1: its text is no printf format (write % as %%)"
	$X "$T/$1.txt" >"$T/$1.csv"
	run $A -d "$T" "$T/$1.csv"
}

# periods that do not contain each other are no part and whole (January
# against February to March), but a month within its year is (counts of
# the thing alone, nearer than twice: more than twice apart they may be
# two measures)
article periods 'Report\nApril 4, 2025\nIn January, 56 patients were hospitalized.\nBetween Feb. 1 and March 31, 29 patients were hospitalized.\nIn 2024, 20 patients were hospitalized.\nIn March 2024, 35 patients were hospitalized.\n'
expect "period-bounds: only a period within another" "0 period-bounds,fail,L6.2;L5.2" \
	"$rc $(./tests/csvtool cut check,verdict,claims <"$T/checks.csv" | sed -n '2,$p')"
article periods2 'Report\nApril 4, 2025\nIn 2024, 20 patients were hospitalized.\nIn March 2024, 300 patients were hospitalized.\n'
expect "period-bounds: counted things far apart, no check" "0 " \
	"$rc $(./tests/csvtool cut check,verdict,claims <"$T/checks.csv" | sed -n '2,$p')"
# growth rates after 其中 are changes, not shares of one whole
article growth '外贸数据\n新华社北京2025年11月9日电\n前10个月，进出口总值增长3.6%%。其中，出口增长62%%，进口增长45%%。\n'
expect "changes are no shares" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c share)"

# changes against base periods (环比, 同比) are no sequence: no net change;
# two changes one after the other are
article against '房价\n新华社杭州2025年11月16日电\n10月，新房价格环比上涨0.3%%，同比下降2.1%%。\n'
expect "no net change of 环比 and 同比" "0 0" "$rc $(./tests/csvtool cut measure <"$T/comparisons.csv" | grep -c 'net change')"
article seq 'Prices\nJuly 1, 2025\nThe stock fell 30%%, then rose 60%%.\n'
expect "a net change of two steps" "0 1" "$rc $(./tests/csvtool cut measure <"$T/comparisons.csv" | grep -c 'net change')"

# a verbal ratio's quotient is on the side of 1 that its words say: 占比接近
# 一半 is the part over the whole, whichever comes first
article part '销量\n新华社北京2026年2月11日电\n比亚迪1月销售新能源汽车21.0万辆，其中海外销售10.1万辆，占比接近一半。\n'
expect "verbal ratio: part over whole" "0 verbal-ratio,pass" \
	"$rc $(./tests/csvtool cut check,verdict <"$T/checks.csv" | grep verbal)"

# a verbal ratio of something no figure states (前年の1.6倍) is no check of
# the two figures of its sentence; one of a figure after "of" is
article noun 'マラソン\n2026年3月1日\n大会には約3万2000人が出場し、このうち海外勢は約3800人と前年の1.6倍になった。\n'
expect "no verbal ratio of a noun" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c verbal)"
article norm '大雪\n2026年1月26日\n福井市では24時間に62センチの降雪を観測し、積雪は平年の約3倍の118センチに達した。\n'
expect "no verbal ratio of a noun before it, the figure after it its top (平年の約3倍の118センチ)" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c verbal)"
article what 'Beavers\nMarch 1, 2026\nThe county has budgeted C$1.2 million for the work in 2026, up from C$780,000 last year and about three times what it spent in 2019.\n'
expect "no verbal ratio of a clause (three times what it spent)" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c verbal)"
article of 'Wind\nMarch 1, 2026\nThe grid expects about 7.5 gigawatts of new capacity in 2026, nearly double last year'"'"'s 3.9 GW.\n'
expect "verbal ratio of a figure after of" "0 verbal-ratio,pass" \
	"$rc $(./tests/csvtool cut check,verdict <"$T/checks.csv" | grep verbal)"

# a fraction a figure fell or rose by is 1 - or 1 + it (2900 to 1900 is
# down by about a third); one it fell to is the level
# verbal NAME LABEL VERDICT TEXT: the verbal-ratio verdict of an article
verbal() {
	article "$1" "$4"
	expect "verbal ratio: $2" "0 verbal-ratio,$3" \
		"$rc $(./tests/csvtool cut check,verdict <"$T/checks.csv" | grep verbal)"
}
verbal by_ja "ja fell by a third" pass '分娩\n2026年3月1日\n分娩施設は約2900か所から1900か所余りに減り、3分の1ほど減りました。\n'
verbal to_ja "ja fell to a third" fail '分娩\n2026年3月1日\n分娩施設は約2900か所から1900か所余りとなり、3分の1ほどに減りました。\n'
verbal by_en "en fell by a third" pass 'Clinics\nMarch 1, 2026\nThe number of clinics fell by about a third, from 2,900 clinics to 1,900 clinics.\n'
verbal to_en "en fell to a third" fail 'Clinics\nMarch 1, 2026\nThe number of clinics fell to about a third, from 2,900 clinics to 1,900 clinics.\n'
verbal by_zh "zh 减少了三分之一" pass '诊所\n新华社北京2026年3月1日电\n全市诊所从约2900家减少到1900余家，减少了三分之一左右。\n'
verbal up_zh "zh 增加了三分之一" pass '诊所\n新华社北京2026年3月1日电\n全市诊所从约1500家增加到2000余家，增加了三分之一左右。\n'

# a change stated beside the two figures it runs between: relative for
# amounts, in points for percentages; the start is the figure after from
# (从) or before から; rounding-aware (1.8 to 2.1 allows [10.8%, 22.9%])
# stated NAME LABEL VERDICTS TEXT: the stated-change verdicts of an article
stated() {
	article "$1" "$4"
	expect "stated change: $2" "0 $3" \
		"$rc $(./tests/csvtool cut check,verdict,claims <"$T/checks.csv" | grep '^stated-change' | tr '\n' ' ' | sed 's/ $//')"
}
stated en_rel "en rose N% from A to B" "stated-change,fail,L3.2;L3.3;L3.1 stated-change,pass,L4.2;L4.3;L4.1" \
	'Revenue\nMarch 1, 2026\nRevenue rose 25%% from $1.8 billion to $2.1 billion.\nProfit rose 16%% from $180 million to $210 million.\n'
stated en_up "en to B, up N% from A" "stated-change,fail,L3.3;L3.1;L3.2" \
	'Revenue\nMarch 1, 2026\nRevenue rose to $2.1 billion, up 25%% from $1.8 billion.\n'
stated en_far "en up N% from A, 60 bytes after B" "stated-change,fail,L3.4;L3.1;L3.3" \
	'Homeless count\nJune 18, 2025\nThe count found 4,812 people experiencing homelessness on a single night in January, up 19%% from 4,415 in 2024.\n'
stated en_apart "en from A things and B other things is no change" "" \
	'Race\nMarch 1, 2026\nA record 14,862 runners finished, up 9%% from last year, and entrants came from 48 states and 22 countries.\n'
stated en_down "en fell N% to B from A" "stated-change,pass,L3.3;L3.2;L3.1" \
	'Sales\nMarch 1, 2026\nSales fell 40%% to 9 from 15.\n'
stated en_season "en up N% after a season's fall" "stated-change,pass,L3.3;L3.1;L3.2" \
	'Enrollment\nSeptember 9, 2026\nThe university enrolled 24,318 students this fall, up 3.1%% from 23,587 a year earlier.\n'
stated en_because "en a percentage in a clause of its own after the levels" "stated-change,fail,L4.2;L4.1;L4.3" \
	'Levy\nSeptember 23, 2025\nThe rate fell to 3.65 mills from 3.71 mills, because values grew 6%%.\nThe rate fell to 3.65 mills from 3.71 mills, down 6%%.\n'
stated en_pts "en points between percentages" "stated-change,pass,L3.1;L3.2;L3.3 stated-change,fail,L4.1;L4.2;L4.3" \
	'Jobs\nMarch 1, 2026\nThe jobless rate rose from 3.1%% to 3.4%%, up 0.3 percentage points.\nThe rate of vacancies rose from 5.1%% to 5.4%%, up 0.5 percentage points.\n'
stated ja_rel "ja AからBへN%増" "stated-change,fail,L3.1;L3.2;L3.3" \
	'売上高\n2026年3月1日\n売上高は1.8億ドルから2.1億ドルへ25%%増えた。\n'
stated zh_rel "zh 从A增至B，增长N%" "stated-change,pass,L3.1;L3.2;L3.3 stated-change,fail,L4.1;L4.2;L4.3" \
	'营收\n新华社北京2026年3月1日电\n营收从18亿元增至21亿元，增长16.7%%。\n利润从1.8亿元增至2.1亿元，增长26.7%%。\n'
stated zh_pts "zh 上升N个百分点" "stated-change,fail,L3.1;L3.2;L3.3" \
	'失业率\n新华社北京2026年3月1日电\n失业率从3.1%%升至3.4%%，上升0.8个百分点。\n'
# the figure after the start may be the amount the level moved by:
# 、率にして after it, a verb of change right before it (增加211元)
stated ja_amount "ja AからB、率にしてN%" "stated-change,pass,L3.1;L3.2;L3.3 stated-change,fail,L4.1;L4.2;L4.3" \
	'保険料\n2024年5月15日\n保険料は前期の6014円から211円、率にして3.5%%上がった。\n手数料は前期の6014円から211円、率にして9%%上がった。\n'
stated zh_amount "zh 从A增加B，增幅N%" "stated-change,pass,L3.1;L3.2;L3.3 stated-change,pass,L4.1;L4.2;L4.3" \
	'保费\n新华社北京2026年3月1日电\n保费从6014元增加211元，增幅3.5%%。\n保费由6014元增至6225元，涨幅3.5%%。\n'
# no check: a percentage beside levels in percent (relative or points?),
# a rate over years, a change against a base period between levels five
# years apart, levels with no start word
stated none_pct "percent beside percentages" "" \
	'Jobs\nMarch 1, 2026\nThe jobless rate rose from 3.1%% to 3.4%%, up 9.7%%.\n'
stated none_cagr "a rate over years" "" \
	'Revenue\nMarch 1, 2026\nRevenue grew at an annual rate of 5%% from $1.8 billion to $2.1 billion.\n'
stated none_yoy "同比 across five years" "" \
	'营收\n新华社北京2026年3月1日电\n营收从2019年的18亿元增至2024年的21亿元，同比增长6%%。\n'
stated none_joined "levels of another clause" "" \
	'Crashes\nMarch 1, 2026\nCrashes fell 8%% last year to 3,912, and fatalities dropped from 41 to 33.\n'
stated none_own "a change of another clause's own" "" \
	'Levy\nMarch 1, 2026\nThe levy grew 40%%, while the population rose from 61,000 to 68,500.\n'
stated en_comma "en rose N%, from A to B" "stated-change,fail,L3.2;L3.3;L3.1" \
	'Revenue\nMarch 1, 2026\nRevenue rose 25%%, from $1.8 billion to $2.1 billion.\n'
stated none_level "a percentage that starts a change of its own" "" \
	'营收\n新华社北京2026年3月1日电\n营收由过去的16亿元提高到20亿元以上，利润率从25%%降至8%%以下。\n'
stated none_temp "no relative change of a temperature" "" \
	'气温\n新华社北京2026年3月1日电\n室内温度从16℃升至20℃，上升25%%。\n'
stated none_from "no start word" "" \
	'Revenue\nMarch 1, 2026\nRevenue rose 25%%: $1.8 billion in 2024 and $2.1 billion in 2025.\n'
stated none_by "ja AからB引き上げ: B the rise, no level" "" \
	'最低賃金\n2025年8月5日\n最低賃金は現在の1055円から63円引き上げ、上昇率は6.0%%となる。\n'

# two dams' rates: a note in brackets keeps each dam in its subject, so
# the two figures are two measures, not one stated twice
article dams '渇水\n2025年8月1日\n早明浦ダム（高知県）の貯水率は30%%に低下した。池田ダム（徳島県）の貯水率は50%%だった。\n'
expect "two subjects with notes in brackets" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c stated-twice)"

# the ages of two men are no one measure stated twice
article ages '土砂災害\n2026年9月1日\n倒壊した住宅から80代の男性が救助された。\n別の地区では70歳の男性が軽いけがをした。\n'
expect "ages of people called alike" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c stated-twice)"

# rows NAME ROW...: a CSV of the header and the rows, and analyze on it
rows() {
	name=$1
	shift
	printf '%s\n' "$HEAD" "$@" >"$T/$name.csv"
	run $A -d "$T" "$T/$name.csv"
}
checks() { ./tests/csvtool cut check,verdict,claims <"$T/checks.csv" | sed -n '2,$p' | tr '\n' ' ' | sed 's/ $//'; }
# beside a figure of another kind, durations are the times the figures
# are of (前两年: the two years before), no figures of the ratio
article spans_zh '煤炭\n新华社北京2026年3月1日电\n一位从事煤炭贸易20多年的商人说，今年每车利润不到200元，只有前两年的三分之一。\n'
expect "verbal ratio: durations beside money are times" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
# a percentage after 相当于 compares two levels: no share of a whole
article equiv_zh '生猪\n新华社北京2026年3月1日电\n其中能繁母猪存栏4043万头，相当于正常保有量3900万头的103.7%%。\n'
expect "share-range: a level against another" "0 " "$rc $(checks | grep -o 'share-range[^ ]*')"
article recover_zh '民航\n新华社北京2026年3月1日电\n其中，国际航线完成8100万人次，恢复至2019年的105%%。\n'
expect "share-range: a level recovered to, against a base" "0 " "$rc $(checks | grep -o 'share-range[^ ]*')"
article plan_zh '投资\n新华社北京2026年3月1日电\n其中，完成年度计划的104%%。\n'
expect "share-range: a level against a plan" "0 " "$rc $(checks | grep -o 'share-range[^ ]*')"
article investshare_zh '投资\n新华社北京2026年3月1日电\n全年完成投资120亿元，民间投资占103.7%%。\n'
expect "share-range: 完成 alone makes no level" "0 share-range,fail" "$rc $(checks | grep -o 'share-range,[a-z]*')"
article plan2_zh '投资\n新华社北京2026年3月1日电\n其中，完成年度投資計劃的104%%。\n'
expect "share-range: against a plan, words between" "0 " "$rc $(checks | grep -o 'share-range[^ ]*')"
article planshare_zh '招生\n新华社北京2026年3月1日电\n其中，面向全市统一招生560名，指标生名额240名，占总计划的30%%。\n'
expect "share-range: a share of a plan's total is a share" "0 share-range,pass" "$rc $(checks | grep -o 'share-range,[a-z]*')"
article equiv2_zh '生猪\n新华社北京2026年3月1日电\n其中能繁母猪存栏4043万头，占正常保有量的103.7%%。\n'
expect "share-range: a share over 100" "0 share-range,fail,L3.2" "$rc $(checks | grep -o 'share-range[^ ]*')"
# a share named by a group of people beside one that is not: two ways of
# dividing the whole (age, sex), no one list; both named by sex: one list
article splits_zh '快递\n新华社北京2026年3月1日电\n快递员中，30岁以下的占41%%，男性占近九成。\n'
expect "shares-sum: two splits" "0 shares-sum,unknown,L3.2;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article splits3_zh '公积金\n新华社北京2026年3月1日电\n其中，首套房贷款占比为86%%，35岁以下职工贷款人数占比近六成。\n'
expect "shares-sum: an age some words before the share" "0 shares-sum,unknown,L3.1;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article splits4_zh '医保\n新华社北京2026年3月1日电\n全市参保的60岁以上老年居民中农村居民占比为70%%，城镇居民占比为45%%。\n'
expect "shares-sum: an age that names the whole is no split" "0 shares-sum,fail" "$rc $(checks | grep -o 'shares-sum,[a-z]*')"
article splits2_zh '快递\n新华社北京2026年3月1日电\n快递员中，女性占41%%，男性占近九成。\n'
expect "shares-sum: one split" "0 shares-sum,fail,L3.1;L3.2" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
# a bounded share said again, closer, right after it: one share, not two
# (but a share after an exact one is another part)
# a figure in a clause before the subject says which things are counted
article which_ja '大学\n2026年2月20日\n東京都内では、志願者が10万人を超えた大学が4校あった。\n理工系学部で女子枠を設ける大学は40校以上に広がった。\n'
expect "bounds: a figure of a clause before the subject" "0 bounds,unknown,L3.2;L4.1" "$rc $(checks | grep -o 'bounds[^ ]*')"
# a level it would take to reach (3000円台に下がるには) is no second statement
article wouldtake_ja 'コメ\n2025年11月1日\nスーパーで販売されたコメ5キロの平均価格は4275円だった。\n教授は「価格が3000円台に下がるには1年以上かかる」と話している。\n'
expect "stated-twice: a level it would take to reach" "0 stated-twice,unknown,L3.2;L4.1" "$rc $(checks | grep -o 'stated-twice[^ ]*')"
# a share of an age group beside one of another group: two splits
article agesplit_zh '新生\n新华社北京2026年3月1日电\n新生中，年龄在15至17岁之间的约占92%%，农村生源占比超过六成。\n'
expect "shares-sum: an age group and another split" "0 shares-sum,unknown,L3.2;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
# a total after a word of sum_words and the figures of its unit listed
# before it: their sum, as rounded, must meet it (none past a word of among)
article parts_ja '店舗\n2026年3月1日\n店舗数は国内123店、海外87店の計215店となった。\n売上高は国内が1200億円、海外が800億円で、合わせて約2000億円。\n'
expect "parts-sum: ja の計 off, 合わせて on" "0 parts-sum,fail,L3.1;L3.2;L3.3 parts-sum,pass,L4.1;L4.2;L4.3" "$rc $(checks | grep -o 'parts-sum[^ ]*' | tr '\n' ' ' | sed 's/ $//')"
article parts_zh '门店\n新华社北京2026年3月1日电\n国内门店123家，海外门店87家，共计215家。\n'
expect "parts-sum: zh 共计" "0 parts-sum,fail,L3.1;L3.2;L3.3" "$rc $(checks | grep -o 'parts-sum[^ ]*')"
article parts_en 'Budget\nMarch 1, 2026\nThe county spent $1.2 million on roads and $800,000 on parks, for a total of $2.5 million.\n'
expect "parts-sum: en for a total of" "0 parts-sum,fail,L3.1;L3.2;L3.3" "$rc $(checks | grep -o 'parts-sum[^ ]*')"
article parts_among '負傷\n2026年3月1日\n負傷者は123人で、このうち87人が重傷、計210人が搬送された。\n'
expect "parts-sum: a part of a part (このうち) is no list" "0 " "$rc $(checks | grep -o 'parts-sum[^ ]*')"
article partsapart '通行止め\n2026年3月1日\n土砂崩れが少なくとも6カ所で確認され、県道など4路線の計8区間で通行止めが続いている。\n'
expect "parts-sum: counts of other things (カ所, 路線) are no parts of 区間" "0 " "$rc $(checks | grep -o 'parts-sum[^ ]*')"
article partsnouns 'Farm\nMarch 1, 2026\nThe farm has 12 sheds and 16 barns, for a total of 40 buildings.\n'
expect "parts-sum: parts of other nouns than their total's still sum" "0 parts-sum,fail" "$rc $(checks | grep -o 'parts-sum,[a-z]*')"
article parts_cumul '感染\n2026年3月1日\n23日は東京で120人、大阪で80人の感染が確認され、累計5000人となった。\n'
expect "parts-sum: 累計 is no sum of the figures before" "0 " "$rc $(checks | grep -o 'parts-sum[^ ]*')"
article parts_break '店舗\n2026年3月1日\n昨年は150店だったが、今年は国内120店、海外80店の計200店に増えた。\n'
expect "parts-sum: a figure before が、 is no part" "0 parts-sum,pass,L3.2;L3.3;L3.4" "$rc $(checks | grep -o 'parts-sum[^ ]*')"
# a ratio word between figures of different counters: two kinds of things, no ratio
article counters_ja '給水\n2026年8月1日\n今年は会場内に給水所を前年の倍の24カ所設け、ミストシャワーも8基増やした。\n'
expect "verbal-ratio: カ所 and 基 count different things" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
# a rise and a fall, the words before the figures, are two measures
article risefall_zh 'CPI\n新华社北京2026年3月1日电\n分类别看，食品价格同比下降1.2%%，其中猪肉价格上涨约6%%。\n非食品价格上涨3.1%%，服务价格上涨1.4%%。\n'
expect "stated-twice: 下降 and 上涨 before the figures" "0 " "$rc $(checks | grep -o 'stated-twice[^ ]*')"
article agesplit2_zh '快递\n新华社北京2026年3月1日电\n快递员中，30岁以下的占41.2%%，30至40岁占70.3%%。\n'
expect "shares-sum: two age groups, one split" "0 shares-sum,fail,L3.2;L3.4" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
# a difference against a base (より…多く) is no figure of a ratio
article diffratio_ja '動物園\n2026年4月6日\n入園者数は約102万人だった。\n前年度より約8万人多く、ピークだった2006年度の約304万人の3分の1程度にとどまる。\n'
expect "verbal-ratio: a difference against a base" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
# a percentage after 上位, top picks a group: no share of the whole
article threshold_ja '論文\n2026年2月20日\n上位10%%に入る論文の割合は12.3%%だった。\n'
expect "shares-sum: a threshold (上位10%)" "0 " "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article restate_zh '春运\n新华社北京2026年2月20日电\n高铁旅客占比超过七成，达到72.3%%。\n'
expect "shares-sum: a share said again" "0 " "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article restate_ja '鉄道\n2026年2月20日\n利用者の割合は7割を超え、72.3%%に達した。\n'
expect "shares-sum: a share said again (ja)" "0 " "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article restate2_zh '春运\n新华社北京2026年2月20日电\n高铁旅客占比为70%%，为72.3%%。\n'
expect "shares-sum: an exact share, then another" "0 shares-sum,fail,L3.1;L3.2" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
# a fraction, then a count in another clause: no part of it (no whole-number)
article halfof '転入\n2026年2月24日\n転入は72世帯で、このうち20代と30代が半数を占め、子どものいる世帯は11世帯だった。\n'
expect "ja 半数を占め、…11世帯 is no half of 11" "0 " "$rc $(checks | grep -o 'whole-number[^ ]*')"
# a count, then a fraction of the whole (全体の): no part of the count
article wholeof '切り替え\n2026年2月5日\n切り替えは計48回。このうち駐車車両を避けるためが32回と、全体の3分の2を占めた。\n'
expect "ja 32回と、全体の3分の2 is no two thirds of 32" "0 " "$rc $(checks | grep -o 'whole-number[^ ]*')"
article halfof_en 'Votes\nMarch 1, 2026\nHalf of the 401 residents voted.\n'
expect "en half of the 401 residents" "0 whole-number,fail,L3.2;L3.1" "$rc $(checks | grep -o 'whole-number[^ ]*')"
# 18%増の, 12%減と: a change, no share beside このうち…90%
article zogen '売上高\n2026年2月24日\n売上高は前の期比18%%増の6億円で、このうち輸出が90%%を占めた。\n'
expect "ja N%増 is no share" "0 share-range,pass,L3.3" "$rc $(checks)"
article zogen2 '売上高\n2026年2月24日\n売上高は12%%減の6億円で、このうち輸出が95%%を占めた。\n'
expect "ja N%減 is no share" "0 share-range,pass,L3.3" "$rc $(checks)"

# one figure called a total, the other not: perhaps a part and its whole
# (unknown); both totals that differ contradict each other
article total_part 'スキー場\n2025年4月8日\n白樺高原スキー場の今季の来場者は約32万人だった。\n村内のスキー場3カ所の今季の来場者は合計約61万人だった。\n'
expect "stated-twice: a total and a part" "0 stated-twice,unknown,L3.1;L4.2" "$rc $(checks)"
article total_two 'スキー場\n2025年4月8日\n村内のスキー場の今季の来場者は合計約32万人だった。\n村内のスキー場3カ所の今季の来場者は合計約61万人だった。\n'
expect "stated-twice: two totals" "0 stated-twice,fail,L3.1;L4.2" "$rc $(checks)"
article part_word '出口\n新华社北京2026年3月1日电\n出口额为3.9亿元，较去年同期增长约两成。\n对沿线国家出口额为2.1亿元，占比超过五成。\n'
expect "stated-twice: one sentence says its figure is a part" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks | grep -o 'stated-twice[^ ]*')"
# far apart with no slip of scale to explain it: perhaps two measures; a
# slip of 万 for 億 (10^4) fails; a subject that is only a rate word names
# no measure; a group of people in one subject only: perhaps another's
article slip '空き家\n2025年4月8日\n市内の空き家は約1万2000戸だった。\n中心部では空き家が27戸ある。\n'
expect "stated-twice: far apart, no slip" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
article slip2 '空き家\n2025年4月8日\n市内の空き家は約1万2000戸だった。\n翌年の調査でも市内の空き家は1億2000万戸だった。\n'
expect "stated-twice: a slip of scale" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks)"
article rateword '空き家\n2025年4月8日\n住宅全体に占める割合は8.7%%だった。\n所有者の65歳以上の割合は7割を超えた。\n'
expect "a rate word alone names no measure" "0 " "$rc $(checks | grep -o 'stated-twice[^ ]*\|bounds[^ ]*')"
article persons '马拉松\n新华社无锡2026年3月23日电\n男子组冠军由基普罗蒂奇获得，成绩为2小时8分15秒。\n女子组冠军成绩为2小时24分。\n'
expect "stated-twice: a group of people in one subject" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
# a wider scope (全国) in one subject only: perhaps the whole and a part;
# a sentence of a usual year (例年) beside one of this: perhaps two periods
article scope 'カキ\n2026年2月6日\n被害額は過去最悪の約42億円だった。\n全国の被害額は少なくとも60億円規模に達する。\n'
expect "bounds: a wider scope in one subject" "0 bounds,unknown,L3.1;L4.1" "$rc $(checks)"
article scope2 'カキ\n2026年2月6日\n県内の被害額は約42億円だった。\n県内の被害額は少なくとも60億円規模に達する。\n'
expect "bounds: one scope" "0 bounds,fail,L3.1;L4.1" "$rc $(checks)"
# same-store sales are a part of the stores' sales: no misstatement of them
article scope3 '決算\n2025年7月10日\n売上高は前年同期比4.8%%増の3215億円だった。\n既存店売上高は2.9%%増えた。\n'
expect "stated-twice: a narrower scope in one subject" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
article scope4 '決算\n2025年7月10日\n売上高は前年同期比4.8%%増の3215億円だった。\n売上高は2.9%%増えた。\n'
expect "stated-twice: one scope" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks)"
article usual 'カキ\n2026年2月6日\nへい死率は平均で6割を超えた。\n例年のへい死率は2〜3割程度だ。\n'
expect "bounds: a usual year's figure" "0 bounds,unknown,L3.1;L4.1" "$rc $(checks)"
article usual2 'カキ\n2026年2月6日\nへい死率は平均で6割を超えた。\n組合のへい死率は2〜3割程度だ。\n'
expect "bounds: no usual year" "0 bounds,fail,L3.1;L4.1" "$rc $(checks)"
# shares of the things the subject names, no rate word: what they do is in
# the words after them, perhaps two shares; a rate word names one measure
article things '看護師\n2025年11月8日\n県内病院の4割で病棟を休止した。\n応募がない病院は7割を超えた。\n'
expect "bounds: shares of things" "0 bounds,unknown,L3.1;L4.1" "$rc $(checks)"
article things2 '看護師\n2025年11月8日\n県内病院の休止率は4割だった。\n病院の休止率は7割を超えた。\n'
expect "bounds: shares named by a rate" "0 bounds,fail,L3.1;L4.1" "$rc $(checks)"
# shares whose subjects name two wholes (Xの N割, Yは N割): no one whole
article wholes2 '銭湯\n2026年2月6日\n調べでは、利用客の約6割が65歳以上で、平日の昼間は8割近くを高齢者が占める。\n'
expect "shares-sum: two wholes named" "0 shares-sum,unknown,L3.1;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article wholes1 '銭湯\n2026年2月6日\n調べでは、利用客の約6割が65歳以上で、8割近くを高齢者が占める。\n'
expect "shares-sum: one whole" "0 shares-sum,fail,L3.1;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
# a target or forecast in one sentence only: perhaps the plan and the outcome
article plan '梨\n2026年2月20日\n輸出額は約3億1000万円だった。\n年間輸出額は5億円を目指す。\n'
expect "stated-twice: a target and the outcome" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
article plan2 '梨\n2026年2月20日\n輸出額は約3億1000万円だった。\n組合の年間輸出額は5億円だった。\n'
expect "stated-twice: two outcomes" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks)"
# a frame of place or group (では) before one figure only: perhaps another's
article framed '市営住宅\n2026年2月6日\n空き室率は4.8％だった。\n近隣の旭川市では空き室率が9％を超えた。\n'
expect "bounds: one framed by では" "0 bounds,unknown,L3.1;L4.1" "$rc $(checks)"
article framed_en 'Turnout\nNovember 7, 2024\nVoters cast ballots in the election, a turnout of 71%%, officials said.\nIn Marion County, turnout reached 74.5%%.\n'
expect "stated-twice: one framed by In ...," "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
article framed_en3 'Turnout\nNovember 7, 2024\nVoters cast ballots in the election, a turnout of 71%%, officials said.\nIn fact, turnout reached 74.5%%.\n'
expect "stated-twice: In fact is no frame" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks)"
article framed_en2 'Turnout\nNovember 7, 2024\nVoters cast ballots in the election, a turnout of 71%%, officials said.\nOn Tuesday, turnout reached 74.5%%.\n'
expect "stated-twice: On is no frame" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks)"
article framed2 '市営住宅\n2026年2月6日\n空き室率は4.8％だった。\n調査の結果、空き室率が9％を超えた。\n'
expect "bounds: no frame" "0 bounds,fail,L3.1;L4.1" "$rc $(checks)"
article framed3 '賃上げ\n2026年3月6日\n平均の賃上げ率は4.03％だった。\n小規模企業に限ると、賃上げ率は3.2％にとどまった。\n'
expect "stated-twice: one framed by に限ると" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
article fear '賃上げ\n2026年3月6日\n平均の賃上げ率は4.03％だった。\n賃上げ率は3％程度に鈍る恐れがある。\n'
expect "stated-twice: a fear, no outcome" "0 stated-twice,unknown,L3.1;L4.1" "$rc $(checks)"
# figures before the subject say which of the things: two groups
article which_zh '二手车\n新华社北京2025年6月1日电\n其中，15万元以上车辆不足一成。\n车龄在7至10年的车辆占比超过三成。\n'
expect "bounds: two groups by the figures before 车辆" "0 bounds,unknown,L3.2;L4.2" "$rc $(checks | grep -o 'bounds[^ ]*')"
article which_zh2 '二手车\n新华社北京2025年6月1日电\n其中，15万元以上车辆不足一成。\n全年15万元以上车辆占比超过三成。\n'
expect "bounds: one group by the same figure" "0 bounds,fail,L3.2;L4.2" "$rc $(checks | grep -o 'bounds[^ ]*')"
article which_age '知事選\n2025年4月7日\n投票率は34.21％だった。\n年代別では、18歳と19歳の投票率が推計で20％に満たなかった。\n'
expect "bounds: a group by the ages before 投票率" "0 bounds,unknown,L3.1;L4.3" "$rc $(checks | grep -o 'bounds[^ ]*')"
# a rate of a thing the sentence names (覆盖率 of the cameras) is no
# measure of its own: no bounds against 森林覆盖率
article cover_zh '林区\n新华社北京2025年6月1日电\n全省森林覆盖率达到58.6%%。\n全省设置视频监控点2300多个，覆盖率超过85%%。\n'
expect "bounds: 覆盖率 alone" "0 " "$rc $(checks | grep -o 'bounds[^ ]*')"
# counts by different counters count different things (routes, buses)
article counters_ja 'バス\n2025年6月1日\n小型バスは町内の5路線で運行している。\n車両は小型バス4台で運行する。\n'
expect "stated-twice: 5路線 and 4台" "0 " "$rc $(checks | grep -o 'stated-twice[^ ]*')"
article counters_ja2 'バス\n2025年6月1日\n町の小型バスは5台だった。\n町の小型バスは4台だった。\n'
expect "stated-twice: 5台 and 4台" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks | grep -o 'stated-twice[^ ]*')"
# a verbal ratio whose top is the whole of another share of its sentence
article vr_whole '鉄道\n2025年6月1日\n輸送人員は2019年度（約81万人）の8割程度まで回復したものの、ピークだった1993年度の約210万人と比べると3分の1に届かない。\n'
expect "verbal-ratio: of a level no figure states" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
# a verbal ratio of a part: not of two things counted by different
# counters, nor of a mean
article vr_counters '旅館\n2025年5月1日\n県内の旅館約1400施設のうち、約半数は客室が20室未満の小規模施設だ。\n'
expect "verbal-ratio: two counters" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
article vr_same '旅館\n2025年5月1日\n県内の旅館約1400施設のうち、約半数の700施設が小規模だ。\n'
expect "verbal-ratio: one counter" "0 verbal-ratio,pass,L3.3;L3.1;L3.2" "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"
article vr_mean 'Market\nMay 1, 2025\nThe average stall took about £29,600, although food stalls, which make up roughly a third of the total, averaged close to £45,000.\n'
expect "verbal-ratio: a mean" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"

# counts of things that end with different nouns are two measures, whatever
# their subjects: no bounds check of raceways against fish
article nouns 'Hatchery\nMay 1, 2025\nShe said the fish were raised in 24 concrete raceways.\nNo boat may land more than 20 fish.\n'
expect "bounds: different things counted" "0 " "$rc $(checks | grep -o 'bounds[^ ]*')"
article nouns2 'Hatchery\nMay 1, 2025\nThe fish were raised in 24 concrete raceways.\nThe fish were raised in 14 raceways.\n'
expect "bounds: one thing counted" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks | grep -o 'stated-twice[^ ]*')"

# one unit of a measure names the unit of a conversion, no measure
article oneunit 'Maple\nMay 1, 2025\nThe farm made about 14,500 gallons of syrup.\nIt takes roughly 40 gallons of sap to make one gallon of syrup.\n'
expect "stated-twice: one gallon is a unit" "0 " "$rc $(checks | grep -o 'stated-twice[^ ]*')"
article twounits 'Maple\nMay 1, 2025\nThe jar holds 4 gallons of syrup.\nThe jar holds 2 gallons of syrup.\n'
expect "stated-twice: two gallons are a measure" "0 stated-twice,fail,L3.1;L4.1" "$rc $(checks | grep -o 'stated-twice[^ ]*')"

# a part of them: of a figure no other states, no verbal ratio of the two
article ofthem 'Farm\nMay 1, 2025\nThe farm employs 260 workers, up from 150 two years ago, and about a third of them come through a visa program.\n'
expect "verbal-ratio: a third of them" "0 " "$rc $(checks | grep -o 'verbal-ratio[^ ]*')"

# a bare share word names no measure: 占比 and 车辆占比 are no pair
article zhshare '出租车\n2025年5月1日\n全市电动出租车占比达92%%。\n其中车龄8年以内的车辆占比在97%%以上。\n'
expect "bounds: a bare share word" "0 " "$rc $(checks | grep -o 'bounds[^ ]*')"

# a price is a level, no sum over time: the fee of 2023 above the fee of
# 2010 to now is no part above its whole (a count over the same periods is)
rows fee 'd,L1.1,1,£159,159,GBP,money,eq,158.5,159.5,2023,licence fee,s1' \
	'd,L2.1,2,£145.50,145.5,GBP,money,eq,145.495,145.505,2010/2026-11-18,licence fee,s2'
expect "a price over periods" "0 " "$rc $(checks)"
rows visits 'd,L1.1,1,159 visits,159,item,count,eq,158.5,159.5,2023,museum visits,s1' \
	'd,L2.1,2,145 visits,145,item,count,eq,144.5,145.5,2010/2026-11-18,museum visits,s2'
expect "a count over periods" "0 period-bounds,fail,L1.1;L2.1" "$rc $(checks)"

# counts are whole numbers: 3 potlines [2.5, 3.5] and 2 potlines [1.5, 2.5]
# meet only at 2.5, which no count is
rows potlines 'd,L1.1,1,three potlines,3,item,count,eq,2.5,3.5,2026,smelter potlines,s1' \
	'd,L2.1,2,two potlines,2,item,count,eq,1.5,2.5,2026,smelter potlines,s2'
expect "stated-twice: counts are whole" "0 stated-twice,fail,L1.1;L2.1" "$rc $(checks)"

# stated twice through a subject that only ends the other's: a gap is a
# contradiction when the shorter subject names one measure of the document,
# unknown when it ends several (客运量 of 上海公交客运量 and 北京地铁客运量) or
# the figures are more than twice apart (two measures, likelier)
SH='d,L1.1,1,14.2亿人次,1420000000,trip,count,eq,1415000000,1425000000,2025,上海公交客运量,s1'
rows one "$SH" 'd,L2.1,2,16.3亿人次,1630000000,trip,count,eq,1625000000,1635000000,2025,客运量,s2'
expect "stated-twice: one longer subject" "0 stated-twice,fail,L1.1;L2.1" "$rc $(checks)"
rows apart "$SH" 'd,L2.1,2,33.6亿人次,3360000000,trip,count,eq,3355000000,3365000000,2025,客运量,s2'
expect "stated-twice: more than twice apart" "0 stated-twice,unknown,L1.1;L2.1" "$rc $(checks)"
case $(./tests/csvtool cut message <"$T/checks.csv") in *"twice over"*) ok ;; *) fail "stated-twice: the message says why" ;; esac
rows several "$SH" 'd,L2.1,2,10.4亿人次,1040000000,trip,count,eq,1035000000,1045000000,2025,北京地铁客运量,s2' \
	'd,L3.1,3,12.0亿人次,1200000000,trip,count,eq,1195000000,1205000000,2025,客运量,s3'
expect "stated-twice: a subject that ends several" "0 stated-twice,unknown,L1.1;L3.1 stated-twice,unknown,L2.1;L3.1" \
	"$rc $(checks)"
# ... or is the subject of another figure more than twice apart from it
# (净利润 of a market and of one firm)
NP='d,L2.1,2,454.03亿元,45403000000,CNY,money,eq,45402500000,45403500000,2025,归母净利润,s2'
FIRM='d,L3.1,3,304.85亿元,30485000000,CNY,money,eq,30484500000,30485500000,2025,净利润,s3'
rows two_uses 'd,L1.1,1,2.99万亿元,2990000000000,CNY,money,eq,2985000000000,2995000000000,2025,净利润,s1' "$NP" "$FIRM"
expect "stated-twice: a subject of two figures far apart" "0 stated-twice,unknown,L2.1;L3.1" "$rc $(checks | grep -o 'stated-twice[^ ]*L2.1;L3.1')"
rows one_use "$NP" "$FIRM"
expect "stated-twice: one use of the shorter subject" "0 stated-twice,fail,L2.1;L3.1" "$rc $(checks)"

# a subject that is only the figure's unit word (27 people) names no
# measure: no pair of such figures is checked
rows people 'd,L1.1,1,27 people,27,person,count,eq,26.5,27.5,,people,s1' \
	'd,L2.1,2,more than 300 people,300,person,count,gt,300,,,people,s2'
expect "no measure in a unit word" "0 0" "$rc $(($(wc -l <"$T/checks.csv") - 1))"

# percentages of one whole that sum over 100 fail, unless a rate word says
# each may be the rate of its own group
S1='回答者のうち、取得した割合は男性が81.4%、女性が84.3%だった。'
rows rates "d,L1.1,1,81.4%,81.4,percent,percent,eq,81.35,81.45,,男性,$S1" \
	"d,L1.2,1,84.3%,84.3,percent,percent,eq,84.25,84.35,,女性,$S1"
expect "shares-sum: rates of groups" "shares-sum,unknown,L1.1;L1.2" "$(checks | grep -o 'shares-sum[^ ]*')"
S2='回答者のうち、男性が81.4%、女性が84.3%を占めた。'
rows whole "d,L1.1,1,81.4%,81.4,percent,percent,eq,81.35,81.45,,男性,$S2" \
	"d,L1.2,1,84.3%,84.3,percent,percent,eq,84.25,84.35,,女性,$S2"
expect "shares-sum: shares of one whole" "shares-sum,fail,L1.1;L1.2" "$(checks | grep -o 'shares-sum[^ ]*')"

# a share after a word of "among" is a part of the share before it (其中,
# このうち, of which): no two shares of one whole
article among_zh '就业\n2025年12月4日\n约95%%的用人单位表示满意，其中"非常满意"的占七成。\n'
expect "shares-sum: 其中 a part of the share before" "0 " "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article among_ja '熱中症\n2025年8月1日\n発生場所は屋内が約4割で、このうち約6割がエアコンを使っていなかった。\n回答者のうち、男性が7割、女性が6割を占めた。\n'
expect "shares-sum: このうち a part; without it one whole" "0 shares-sum,fail,L4.1;L4.2" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
article among_after '就业\n2025年12月4日\n约75%%的用人单位表示满意，其中"非常满意"的占七成，不满意的占40%%。\n'
expect "shares-sum: a share after the part is of the whole again" "0 shares-sum,fail,L3.1;L3.3" "$rc $(checks | grep -o 'shares-sum[^ ]*')"
stated en_opener_first "en a clause opener only first after the comma" "stated-change,fail,L3.2;L3.1;L3.4" \
	'Sales\nMarch 1, 2026\nSales rose to $2.1 billion from $1.8 billion between January and March, up 25%%.\n'
# a subject that is only a word of persons names no measure but a count
article persons_zh '食堂\n2025年3月1日\n老人每餐最低只需8元。\n其中80岁以上老人每餐补贴5元。\n老人有120人。\n老人有150人。\n'
expect "a person's figures: no stated-twice nor bounds but of counts" "0 stated-twice,fail,L5.1;L6.1" "$rc $(checks | grep -o '\(stated-twice\|bounds\)[^ ]*' | tr '\n' ' ' | sed 's/ $//')"
S3='东、中、西部5G用户占比分别为57.3%、55.8%和55.1%。'
rows each "d,L1.1,1,57.3%,57.3,percent,percent,eq,57.25,57.35,,5G用户占比,$S3" \
	"d,L1.2,1,55.8%,55.8,percent,percent,eq,55.75,55.85,,5G用户占比,$S3" \
	"d,L1.3,1,55.1%,55.1,percent,percent,eq,55.05,55.15,,5G用户占比,$S3"
expect "shares-sum: each its own" "shares-sum,unknown,L1.1;L1.2;L1.3" "$(checks | grep -o 'shares-sum[^ ]*')"

# the answers of a survey may be several: over 100 is unknown
S4='アンケートでは、回答した住民186人のうち「観光に生かすべきだ」とした人が72.6%に上り、「維持費が心配」も35%だった。'
rows survey "d,L1.1,1,72.6%,72.6,percent,percent,eq,72.55,72.65,,人,$S4" \
	"d,L1.2,1,35%,35,percent,percent,eq,34.5,35.5,,維持費が心配,$S4"
expect "shares-sum: answers of a survey" "shares-sum,unknown,L1.1;L1.2" "$(checks | grep -o 'shares-sum[^ ]*')"

# shares whose rounding straddles 100 may be one whole: pass; an open
# bound leaves it undecided
S5='用户中，约35%为18至24岁，48%为25至34岁，其余17%在35岁以上，其中占比最高。'
rows split "d,L1.1,1,约35%,35,percent,percent,approx,34,36,,用户,$S5" \
	"d,L1.2,1,48%,48,percent,percent,eq,47.5,48.5,,用户,$S5" \
	"d,L1.3,1,17%,17,percent,percent,eq,16.5,17.5,,用户,$S5"
expect "shares-sum: rounding around 100" "shares-sum,pass,L1.1;L1.2;L1.3" "$(checks | grep -o 'shares-sum[^ ]*')"
rows open "d,L1.1,1,超过三成,30,percent,percent,gt,30,,,用户,$S5" \
	"d,L1.2,1,48%,48,percent,percent,eq,47.5,48.5,,用户,$S5"
expect "shares-sum: an open bound that may be one whole" "shares-sum,pass,L1.1;L1.2" "$(checks | grep -o 'shares-sum[^ ]*')"
rows open_over "d,L1.1,1,超过六成,60,percent,percent,gt,60,,,用户,$S5" \
	"d,L1.2,1,48%,48,percent,percent,eq,47.5,48.5,,用户,$S5"
expect "shares-sum: an open bound past the whole" "shares-sum,fail,L1.1;L1.2" "$(checks | grep -o 'shares-sum[^ ]*')"
rows open_one "d,L1.1,1,8割超,80,percent,percent,gt,80,,,従業員,従業員のうち8割超をパートが占める。"
expect "share-range: an open bound below 100" "share-range,pass,L1.1" "$(checks | grep -o 'share-range[^ ]*')"

# a percentage that borrows the counted noun of a figure beside it
# ("5,200 people, or 0.5%") names no measure
rows borrowed 'd,L1.1,1,"5,200 people",5200,person,count,eq,5150,5250,,people,"It lost 5,200 people, or 0.5%."' \
	'd,L1.2,1,0.5%,0.5,percent,percent,eq,0.45,0.55,,people,"It lost 5,200 people, or 0.5%."' \
	'd,L2.1,2,"100,000 people",100000,person,count,eq,50000,150000,,people,"Cities of 100,000 people reached 28.9%."' \
	'd,L2.2,2,28.9%,28.9,percent,percent,eq,28.85,28.95,,people,"Cities of 100,000 people reached 28.9%."'
expect "no measure in a borrowed counted noun" "" "$(checks | grep -o 'stated-twice[^ ]*')"

# 由45%升至80%以上: a change of one share, no two shares of a whole
S6='其中，年轻用户的占比由45%升至80%以上。'
rows rise "d,L1.1,1,45%,45,percent,percent,eq,44.5,45.5,,年轻用户的占比,$S6" \
	"d,L1.2,1,80%以上,80,percent,percent,ge,80,,,年轻用户的占比,$S6"
expect "shares-sum: a change, no shares" "" "$(checks | grep -o 'shares-sum[^ ]*')"

# a subject that is only a word of the whole (全体) names no measure
rows wholes 'd,L1.1,1,22.2%,22.2,percent,percent,eq,22.15,22.25,,全体,s1' \
	'd,L2.1,2,1割強,10,percent,percent,gt,10,20,,全体,s2'
expect "no measure in a word of the whole" "0 0" "$rc $(($(wc -l <"$T/checks.csv") - 1))"

# 其中 before a fraction: a part of the figure before it, not stated, so
# the two figures before are no part and whole
S4='全球在轨卫星数量已从约3400颗增至1.3万颗以上，其中近三分之二为一家公司所有。'
rows among "d,L1.1,1,约3400颗,3400,item,count,approx,3300,3500,,卫星数量,$S4" \
	"d,L1.2,1,1.3万颗以上,13000,item,count,ge,13000,,,卫星数量,$S4" \
	"d,L1.3,1,近三分之二,0.666666666666667,fraction,ratio,nearly,0.6,0.666666666666667,,,$S4"
expect "verbal-ratio: no part stated after 其中" "" "$(checks | grep -o 'verbal-ratio[^ ]*')"

# two counts of one period whose subject is only the thing counted: a gap
# is unknown, near or far ("42 playgrounds" of "57 public playgrounds")
rows homes 'd,L1.1,1,287 homes,287,item,count,eq,286.5,287.5,,homes,s1' \
	'd,L2.1,2,"1,450 homes",1450,item,count,eq,1445,1455,,homes,s2'
expect "stated-twice: counted things far apart" "0 stated-twice,unknown,L1.1;L2.1" "$rc $(checks)"
rows homes2 'd,L1.1,1,287 homes,287,item,count,eq,286.5,287.5,,homes,s1' \
	'd,L2.1,2,387 homes,387,item,count,eq,386.5,387.5,,homes,s2'
expect "stated-twice: counted things near" "0 stated-twice,unknown,L1.1;L2.1" "$rc $(checks)"
rows homes3 'd,L1.1,1,287 homes,287,item,count,eq,286.5,287.5,,destroyed homes,s1' \
	'd,L2.1,2,387 homes,387,item,count,eq,386.5,387.5,,destroyed homes,s2'
expect "stated-twice: a full subject fails near" "0 stated-twice,fail,L1.1;L2.1" "$rc $(checks)"
rows scale 'd,L1.1,1,1050億円,105000000000,JPY,money,eq,104500000000,105500000000,,海外勢の調達額,s1' \
	'd,L2.1,2,1050万円,10500000,JPY,money,eq,10450000,10550000,,海外勢の調達額,s2'
expect "stated-twice: a scale slipped" "0 stated-twice,fail,L1.1;L2.1" "$rc $(checks)"

# a temperature may be below zero: kept as it is, no not-negative check
printf '%s\nd,L1.1,1,-5℃,-5,degC,temperature,eq,-5.5,-4.5,,,s\n' "$HEAD" >"$T/temp.csv"
run $A -d "$T" "$T/temp.csv"
expect "temperature below zero" "0 1" "$rc $(wc -l <"$T/checks.csv" | tr -d ' ')"

# the base of a comparison (compared with 83.1% a year earlier) is the
# measure again, no second share of one whole
article load 'Airline\nFebruary 1, 2026\nLoad factor, the share of seats filled, averaged 84.7%% in 2025, compared with 83.1%% a year earlier.\n'
expect "no shares-sum across periods" "0 0" "$rc $(./tests/csvtool cut check <"$T/checks.csv" | grep -c 'shares-sum')"

# 10年間 is ten years, not "yearly": no per-month figure
article ten '投資\n2026年2月1日\n政府は2022年から2031年までの10年間で6兆8600億円を投じる。\n'
expect "10年間 is no per-year word" "0 per year" "$rc $(./tests/csvtool cut measure <"$T/comparisons.csv" | sed -n '2,$p' | tr '\n' ' ' | sed 's/ $//')"

# a season or fiscal year written 2025-26 is one year, no span of two to divide by
article season 'Parking\nNovember 18, 2026\nCitations generated $31.2 million in fiscal 2025-26.\n'
expect "a season is one year" "0 0" "$rc $(./tests/csvtool cut measure <"$T/comparisons.csv" | grep -c 'per year')"
article twoyears 'Parking\nNovember 18, 2026\nCitations generated $31.2 million from 2024 to 2025.\n'
expect "two years are two" "0 1" "$rc $(./tests/csvtool cut measure <"$T/comparisons.csv" | grep -c 'per year')"

run $A --help
expect "--help" 0 "$rc"
run $A --version
expect "--version" "0 analyze (kazu) 0.1.0" "$rc $out"
run $A --bogus
expect "unknown option" "2 analyze: unknown option '--bogus'
Try 'analyze --help' for more information." "$rc $err"
printf '%s\nd,L1.1,1,38%%,38,percent,percent,eq,37.5,38.5,,,s\n' "$HEAD" >"$T/one.csv"
run $A -d "$T/made" "$T/one.csv"
expect "missing folder is made" "0 checks.csv comparisons.csv report.html report.md" "$rc $(ls "$T/made" | tr '\n' ' ' | sed 's/ $//')"
run $A -d "$T/nowhere/deeper" "$T/one.csv"
expect "missing parent" "2 analyze: $T/nowhere/deeper: No such file or directory" "$rc $err"
run $A -d "$T/notmade" "$T/in.csv"
expect "bad input: no folder made" "1 no" "$rc $(test -e "$T/notmade" && echo yes || echo no)"
run $A -d "$T" "$T/missing.csv"
expect "missing input" "2 analyze: $T/missing.csv: No such file or directory" "$rc $err"
run $A -d "$T" /proc/self/mem
expect "read error" "2 analyze: /proc/self/mem: Input/output error" "$rc $err"

# the article: the checks and comparisons worked out by hand
$X "$ART" >"$T/claims.csv"
run $A -d "$T" "$T/claims.csv"
expect "article: status" 0 "$rc"
expect "article: checks" "$(cat tests/golden/000_ec0428013a1e5c83.checks.csv)" \
	"$(./tests/csvtool cut id,check,verdict,claims,low,high <"$T/checks.csv")"
expect "article: comparisons" "$(cat tests/golden/000_ec0428013a1e5c83.comparisons.csv)" \
	"$(./tests/csvtool cut id,measure,claims,value,low,high,unit <"$T/comparisons.csv")"
case $(head -n 3 "$T/report.md") in *"0 fail, 0 unknown, 12 pass; 12 comparisons"*) ok ;; *) fail "report.md summary" ;; esac
# stdin and CRLF + BOM, as a spreadsheet would save it
{ printf '\357\273\277'; sed 's/$/\r/' "$T/claims.csv"; } >"$T/crlf.csv"
mkdir "$T/b"
run $A -d "$T/b" <"$T/crlf.csv"
expect "BOM+CRLF on stdin" "0 same" "$rc $(cmp -s "$T/checks.csv" "$T/b/checks.csv" && echo same)"

# --format jsonl: the same rows, one object each, with the CSV's fields
mkdir "$T/j"
run $A --format jsonl --bom -d "$T/j" "$T/claims.csv"
expect "jsonl: as many checks" "$(($(wc -l <"$T/checks.csv") - 1))" "$(($(wc -l <"$T/j/checks.jsonl") + 0))"
expect "jsonl: the CSV's fields" "doc,id,check,verdict,claims,low,high,expected,message" \
	"$(sed -n 1p "$T/j/checks.jsonl" | sed 's/^\xef\xbb\xbf//' | grep -o '"[a-z]*":' | tr -d '":' | tr '\n' ',' | sed 's/,$//')"

# edits: SED-EXPRESSION, the check that must fail, the edited figure
edit() {
	sed "$1" "$ART" >"$T/edit.txt"
	$X "$T/edit.txt" >"$T/edit.csv"
	run $A -d "$T" "$T/edit.csv"
	id=$(./tests/csvtool cut id,text <"$T/edit.csv" | grep ",$3\$" | head -n 1 | cut -d, -f1)
	fails=$(./tests/csvtool cut check,verdict,claims,message <"$T/checks.csv" | grep ',fail,')
	expect "edit '$3': one failure, $2" "1 $2" "$(printf '%s\n' "$fails" | grep -c .) $(printf '%s\n' "$fails" | cut -d, -f1)"
	case $fails in *"$id"*"$3"*) ok ;; *) fail "edit '$3': the failure names $id ($3): $fails" ;; esac
	run $A --strict -d "$T" "$T/edit.csv"
	expect "edit '$3': --strict" 1 "$rc"
}
edit 's/アメリカ人が37%を占めていた/アメリカ人が67%を占めていた/' shares-sum '67%'
edit 's/年収45万ドルで中国に/年収55万ドルで中国に/' stated-twice '55万ドル'
edit 's/2023年初めの6%と比べると/2023年初めの16%と比べると/' verbal-ratio '16%'
edit 's/合計 180 億ドルを超えています/合計 30 億ドルです/' definition '30 億ドル'
edit 's/400人以上の参加者の半数/401人の参加者の半数/' whole-number '401人'
edit 's/中国人エンジニアが 40% 近く/中国人エンジニアが 140% 近く/' share-range '140% 近く'

# inputs that once crashed analyze (found by tests/fuzz): a clear answer now
for f in tests/fuzz/regress/*.csv; do
	mkdir -p "$T/r"
	run $A -d "$T/r" "$f"
	case $rc in 0|1) ok ;; *) fail "$f: status $rc: $err" ;; esac
done

# a failed run leaves the previous outputs whole
cp "$T/checks.csv" "$T/keep.csv"
printf '%s\nd,L1.1,1,"x\n' "$HEAD" >"$T/bad.csv"
run $A -d "$T" "$T/bad.csv"
expect "failed run keeps outputs" "1 same" "$rc $(cmp -s "$T/checks.csv" "$T/keep.csv" && echo same)"
expect "no temporary left" "" "$(ls -a "$T" | grep '^\.[a-z]')"

report
