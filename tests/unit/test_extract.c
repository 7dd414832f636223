/* tests/unit/test_extract.c - tables of inputs and the claims they give. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "lang.h"
#include "numeral.h"
#include "numfmt.h"
#include "scan.h"
#include "text.h"

/* ---- numerals ---- */

static const struct {
	const char *in;
	double lo, hi, step;	/* lo < 0: not a numeral */
} NUMERALS[] = {
	{"38", 38, 38, 1},
	{"40", 40, 40, 10},
	{"400", 400, 400, 100},
	{"3,000", 3000, 3000, 1000},
	{"1,234,567", 1234567, 1234567, 1},
	{"2.50", 2.5, 2.5, 0.01},
	{"0", 0, 0, 1},
	{"45万", 450000, 450000, 1e4},
	{"180 億", 18e9, 18e9, 1e9},
	{"5,00", -1, 0, 0},		/* a comma groups three digits */
	{"1兆兆兆", -1, 0, 0},		/* beyond any figure */
	{"1000000000000000000000000000000000000000000000000000000000000000000000000", -1, 0, 0},
	{"1.5万", 15000, 15000, 1000},
	{"2億5000万", 250000000, 250000000, 1e7},
	{"3兆4,515億", 3451500000000, 3451500000000, 1e8},
	{"3千", 3000, 3000, 1000},
	{"三千", 3000, 3000, 1000},
	{"千", 1000, 1000, 1000},
	{"十二", 12, 12, 1},
	{"百二十", 120, 120, 10},
	{"二〇二四", 2024, 2024, 1},
	{"３，０００", 3000, 3000, 1000},
	{"１２．５", 12.5, 12.5, 0.1},
	{"数十", 20, 90, 1},
	{"数千", 2000, 9000, 1},
	{"十数", 11, 19, 1},
	{"数十万", 200000, 900000, 1},
	{"ゼロ", 0, 0, 1},
	{"数", -1, 0, 0},		/* ユーザー数: a word */
	{"万", -1, 0, 0},
	{"3一", -1, 0, 0},
	{"", -1, 0, 0},
};

static void test_numerals(void)
{
	size_t i;

	for (i = 0; i < sizeof NUMERALS / sizeof *NUMERALS; i++) {
		struct numval nv;
		int rc = numeral_parse(&lang_ja, NUMERALS[i].in, strlen(NUMERALS[i].in), &nv);

		if (NUMERALS[i].lo < 0) {
			CHECK(rc < 0, "numeral '%s' should not parse", NUMERALS[i].in);
			continue;
		}
		CHECK(rc == 0 && nv.lo == NUMERALS[i].lo && nv.hi == NUMERALS[i].hi &&
		      (nv.several || fabs(nv.step - NUMERALS[i].step) < 1e-9 * NUMERALS[i].step),
		      "numeral '%s': got rc %d [%.17g, %.17g] step %.17g", NUMERALS[i].in,
		      rc, nv.lo, nv.hi, nv.step);
	}
}

/* Recognizers-Text's Japanese number spec, as tests/peer/rt_numbers.py
 * left it: every numeral of the forms we read must get its value. */
static void peer_numbers(const struct lang *l)
{
	char path[64], line[256];
	FILE *f;
	int rows = 0;

	snprintf(path, sizeof path, "tests/peer/rt_%s_numbers.tsv", l->code);
	f = fopen(path, "r");
	CHECK(f != NULL, "%s: cannot open", path);
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		char *tab = strchr(line, '\t');
		struct numval nv;
		double want;

		if (line[0] == '#' || !tab)
			continue;
		*tab = 0;
		want = strtod(tab + 1, NULL);
		rows++;
		CHECK(numeral_parse(l, line, strlen(line), &nv) == 0 &&
		      fabs(nv.lo - want) <= 1e-9 * fabs(want),
		      "peer %s numeral '%s': want %.17g, got %.17g", l->code, line, want, nv.lo);
	}
	fclose(f);
	CHECK(rows > 40, "%s: only %d rows", path, rows);
}

static void test_peer_numbers(void)
{
	peer_numbers(&lang_ja);
	peer_numbers(&lang_zh);
	peer_numbers(&lang_en);
}

/* ---- formatting ---- */

static void test_format(void)
{
	static const struct {
		double x;
		const char *want;
	} T[] = {
		{0.5, "0.5"}, {18e9, "18000000000"}, {1.0 / 3, "0.333333333333333"},
		{1e-7, "0.0000001"}, {-0.0, "0"}, {1e20, "100000000000000000000"},
		{37.5, "37.5"}, {12.45, "12.45"}, {3451450000000, "3451450000000"},
		{123456789012345678.0, "123456789012346000"}, {1e24, "1000000000000000000000000"},
		{2.5e-9, "0.0000000025"}, {INFINITY, ""},
		/* whole numbers, written without printf */
		{0, "0"}, {7, "7"}, {-450000, "-450000"}, {999999999999999.0, "999999999999999"},
		{1e15, "1000000000000000"}, {-3.5, "-3.5"},
		/* just below a power of ten, where log10 rounds up */
		{999.99999999999943, "999.999999999999"}, {99999.999999999942, "99999.9999999999"},
		{99999999.99999994, "99999999.9999999"}, {999999999.9999994, "999999999.999999"},
	};
	char buf[40];
	size_t i;

	for (i = 0; i < sizeof T / sizeof *T; i++)
		CHECK(strcmp(num_format(T[i].x, buf), T[i].want) == 0,
		      "format %.17g: got %s, want %s", T[i].x, buf, T[i].want);
}

/* Decimals of up to 6 places are written without printf: the same as
 * "%.15g" for each of 200,000 values and their neighbours 1e-16, 1e-15,
 * 3e-15 and 4e-15 of them off (near the 15th digit's ties, which must go
 * to printf). */
static void test_format_decimals(void)
{
	static const double P10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
	unsigned long seed = 12345;
	char got[40], want[40];
	int i, bad = 0;

	for (i = 0; i < 200000; i++) {
		double x, m;
		int j;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		m = (double)((seed >> 20) % 1000000000UL);
		x = m / P10[(seed >> 8) % 7];
		for (j = -4; j <= 4; j++) {	/* and off by 1e-16, 1e-15 and 4e-15 of x */
			double y = (i & 1 ? -x : x) * (1 + (j == 0 ? 0 : j / abs(j) * (abs(j) == 1 ? 1e-16 : abs(j) * 1e-15)));

			snprintf(want, sizeof want, "%.15g", y);
			if (y == floor(y) || strchr(want, 'e'))
				continue;
			if (strcmp(num_format(y, got), want) != 0 && bad++ < 5)
				CHECK(0, "format %.17g: got %s, want %s", y, got, want);
		}
	}
	CHECK(bad == 0, "%d decimals written otherwise than %%.15g", bad);
}

/* ---- UTF-8 ---- */

static void test_utf8(void)
{
	static const struct {
		const char *in;
		size_t n, want;	/* want: 1 + offset of the bad sequence, 0 valid */
	} T[] = {
		{"abc", 3, 0},
		{"日本", 6, 0},
		{"\x80", 1, 1},			/* lone continuation byte */
		{"a\xC0\x80", 3, 2},		/* overlong NUL */
		{"\xE0\x80\xAF", 3, 1},		/* overlong '/' */
		{"\xED\xA0\x80", 3, 1},		/* surrogate */
		{"\xF4\x90\x80\x80", 4, 1},	/* above U+10FFFF */
		{"ab\xE3\x81", 4, 3},		/* truncated at the end */
		{"a\0b", 3, 2},			/* NUL byte */
		{"\xEF\xBB\xBFx", 4, 0},	/* BOM */
	};
	size_t i;

	for (i = 0; i < sizeof T / sizeof *T; i++)
		CHECK(utf8_invalid(T[i].in, T[i].n) == T[i].want,
		      "utf8 case %zu: got %zu, want %zu", i, utf8_invalid(T[i].in, T[i].n),
		      T[i].want);
}

/* lang_prefix: the byte index in front of its scan must let every word
 * through, one-byte words, case-folded ones and those sharing a lead byte */
static void test_prefix(void)
{
	static const char *const W[] = {"、", "。", ",", "(", "Up to", "up", "u.s.", "なし", NULL};
	static const struct {
		const struct lang *l;
		const char *s;
		size_t want;
	} T[] = {
		{&lang_ja, "、あ", 3},
		{&lang_ja, "。", 3},
		{&lang_ja, "あ。", 0},		/* a kana of the lead byte E3 */
		{&lang_ja, "。", 0},		/* cut: n below */
		{&lang_ja, ",5", 1},
		{&lang_ja, "(a", 1},
		{&lang_ja, "なしで", 6},
		{&lang_ja, "UP to", 0},		/* ja is not caseless */
		{&lang_ja, "up to", 2},
		{&lang_en, "UP TO 5", 5},		/* the longest */
		{&lang_en, "Up 5", 2},
		{&lang_en, "U.S.", 4},
		{&lang_en, "uk", 0},
		{&lang_en, "", 0},
	};
	size_t i, n;

	for (i = 0; i < sizeof T / sizeof *T; i++) {
		n = strlen(T[i].s) - (i == 3);
		CHECK(lang_prefix(T[i].l, W, T[i].s, n) == T[i].want,
		      "lang_prefix case %zu '%s': got %zu, want %zu", i, T[i].s,
		      lang_prefix(T[i].l, W, T[i].s, n), T[i].want);
	}
	CHECK(lang_prefix(&lang_en, NULL, "up", 2) == 0, "lang_prefix of no list");
}

/* lang_covers: a word of the list around a place, not only at it */
static void test_covers(void)
{
	static const char *const W[] = {"一成不变", "first half", "半", NULL};
	static const struct {
		const struct lang *l;
		const char *s;
		size_t p;
		int want;
	} T[] = {
		{&lang_zh, "价格一成不变。", 6, 1},	/* 一 at its start */
		{&lang_zh, "价格一成不变。", 9, 1},	/* 成 inside */
		{&lang_zh, "价格一成不变。", 15, 1},	/* 变: the word's last character */
		{&lang_zh, "价格一成不变。", 18, 0},	/* 。 after it */
		{&lang_zh, "价格一成不变。", 3, 0},	/* 格 before it */
		{&lang_zh, "一成不", 0, 0},		/* the word cut by the end */
		{&lang_en, "The First Half of 2024", 4, 1},
		{&lang_en, "The First Half of 2024", 13, 1},
		{&lang_en, "The First Half of 2024", 14, 0},
		{&lang_en, "the first", 4, 0},
		{&lang_ja, "半年", 0, 1},
		{&lang_ja, "半年", 3, 0},
	};
	size_t i;

	for (i = 0; i < sizeof T / sizeof *T; i++)
		CHECK(lang_covers(T[i].l, W, T[i].s, strlen(T[i].s), T[i].p) == T[i].want,
		      "lang_covers case %zu '%s' at %zu: want %d", i, T[i].s, T[i].p, T[i].want);
	CHECK(lang_covers(&lang_zh, NULL, "一成不变", 12, 0) == 0, "lang_covers of no list");
}

/* ---- claims ---- */

static struct scanner *sc, *sc_zh, *sc_en;

/* The claims of in, one per line: text|value|unit|kind|qualifier|low|high|period */
static char *claims_of(struct scanner *one, const char *in, char *buf, size_t size)
{
	struct piece pc = {0, 1, 0, {2024, 7, 23}};
	struct claim *c = NULL;
	size_t n = 0, i, len = 0;
	char v[40], lo[40], hi[40];

	buf[0] = 0;
	if (scanner_run(&one, 1, &pc, in, strlen(in), &c, &n) < 0)
		return strcpy(buf, "(out of memory)");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%.*s|%s|%s|%s|%s|%s|%s|%s",
			i ? "\n" : "", (int)(c[i].end - c[i].start), in + c[i].start,
			c[i].has_value ? num_format(c[i].value, v) : "", c[i].unit,
			kind_name(c[i].kind), qual_name(c[i].qual),
			c[i].has_lo ? num_format(c[i].lo, lo) : "",
			c[i].has_hi ? num_format(c[i].hi, hi) : "", c[i].period);
	free(c);
	return buf;
}

static const struct {
	const char *in, *want;
} CLAIMS[] = {
	/* value, unit, precision */
	{"年収45万ドル", "45万ドル|450000|USD|money|eq|445000|455000|"},
	{"180 億ドル", "180 億ドル|18000000000|USD|money|eq|17500000000|18500000000|"},
	{"2億5000万円", "2億5000万円|250000000|JPY|money|eq|245000000|255000000|"},
	{"3兆4,515億円", "3兆4,515億円|3451500000000|JPY|money|eq|3451450000000|3451550000000|"},
	{"1.5万人", "1.5万人|15000|person|count|eq|14500|15500|"},
	{"３，０００人", "３，０００人|3000|person|count|eq|2500|3500|"},
	{"１２．５％", "１２．５％|12.5|percent|percent|eq|12.45|12.55|"},
	{"三千人", "三千人|3000|person|count|eq|2500|3500|"},
	{"3割", "3割|30|percent|percent|eq|25|35|"},
	{"3割5分", "3割5分|35|percent|percent|eq|34.5|35.5|"},
	{"配当は1株当たり60円と、前期から15円増やす。", "1株当たり60円|60|JPY/share|rate|eq|55|65|\n15円|15|JPY/share|rate|eq|14.5|15.5|"},	/* the change of the rate */
	{"配当は1株当たり50円と、前期より10円増やす。", "1株当たり50円|50|JPY/share|rate|eq|45|55|\n10円|10|JPY/share|rate|eq|5|15|"},
	{"打率は3割1分2厘", "3割1分2厘|31.2|percent|percent|eq|31.15|31.25|"},	/* 厘: hundredths of 割 */
	{"勝率は5割2厘", "5割2厘|50.2|percent|percent|eq|50.15|50.25|"},
	{"チームは4勝2敗4分けとなった。", ""},
	{"前半を19―10で折り返した。", ""},	/* a pair that runs downwards before で: a score */	/* a record of games: a score, no row */
	{"個人県民税は1021億円と前年度並みだった。", "1021億円|102100000000|JPY|money|eq|102050000000|102150000000|"},	/* as last fiscal year's: no date */
	{"気象台は27日も警戒を呼びかけている。", "27日||date|date|eq|||2024-07-27"},	/* a topic, a day and も: the day */
	{"工事は3日もかかった。", "3日|3|day|duration|eq|2.5|3.5|"},
	{"2頭の体重はそれぞれ約93キロ。", "2頭|2|item|count|eq|1.5|2.5|\n約93キロ|93|kg|measure|approx|92|94|"},	/* それぞれ between */
	{"選手の平均体重は昨年より3キロ重い88キロ。", "3キロ|3|kg|measure|eq|2.5|3.5|\n88キロ|88|kg|measure|eq|87.5|88.5|"},	/* a base between 体重 and the weight */
	{"ホーム19試合の1試合平均入場者は8412人だった。", "19試合|19|item|count|eq|18.5|19.5|\n1試合平均入場者は8412人|8412|person/item|rate|eq|8411.5|8412.5|"},	/* a noun after 平均 */
	{"昨年の初競りの最高値300万円を200万円上回った。", "300万円|3000000|JPY|money|eq|2500000|3500000|2023\n200万円|2000000|JPY|money|eq|1500000|2500000|"},	/* the base's date alone */
	{"1人あたりの単価は約10万6000円で、前年同月の約15万3000円から3割ほど低下した。", "1人あたりの単価は約10万6000円|106000|JPY/person|rate|approx|105000|107000|\n約15万3000円|153000|JPY/person|rate|approx|152000|154000|\n3割ほど|30|percent|percent|approx|20|40|"},	/* the base of a rate's change after から: the rate */
	{"1人あたり約10万6000円で、前年の約15万3000円から減った。", "1人あたり約10万6000円|106000|JPY/person|rate|approx|105000|107000|\n約15万3000円|153000|JPY/person|rate|approx|152000|154000|"},
	{"1日の運行本数は最大で約450本となる。", "1日の運行本数は最大で約450本|450|item/day|rate|le||450|"},	/* 最大で before 約: the bound wins */
	{"1日の出荷量は最低で2トン。", "1日の出荷量は最低で2トン|2|t/day|rate|ge|2||"},
	{"2000年代のピーク時の3分の1にも満たない。", "2000年代||date|date|eq|||2000/2009\n3分の1にも満たない|0.333333333333333|fraction|ratio|lt||0.333333333333333|"},	/* a katakana noun of the date: its base */
	{"19日午前8時から21日午前8時までの雨量は300ミリ。", "19日午前8時から21日午前8時||date|date|range|||2024-07-19/2024-07-21\n300ミリ|300|mm|distance|eq|250|350|2024-07-19/2024-07-21"},
	{"試合は19日午後1時から21日午後1時に延期した。", "19日||date|date|eq|||2024-07-19\n午後1時||time|time|eq|||T13:00\n21日||date|date|eq|||2024-07-21\n午後1時||time|time|eq|||T13:00"},	/* a change of the day, no range: the hours stay rows */
	{"月産能力は12インチウエハー換算で5万5000枚。", "12インチ|12|in|distance|eq|11.5|12.5|\n5万5000枚|55000|item|count|eq|54500|55500|"},	/* a size before a katakana noun: no rate */
	{"月産能力は5万5000枚。", "月産能力は5万5000枚|55000|item/month|rate|eq|54500|55500|"},
	{"人口は5年前の前回調査から約300万人、率にして2.4%減った。", "5年前||date|date|eq|||2019\n約300万人|3000000|person|count|approx|2000000|4000000|\n2.4%|2.4|percent|percent|eq|2.35|2.45|"},	/* a base: its date no period */
	{"同校は8強入りを果たし、参加は100強の団体。", "100強|100||number|gt|100|200|"},	/* the last eight: no figure */
	{"普通2種免許を持つ人は約80万人。", "約80万人|800000|person|count|approx|700000|900000|"},	/* a licence's class: no figure */
	{"残業は年960時間が上限となった。", "年960時間が上限|960|hour/year|rate|le||960|"},	/* が上限 after the figure */
	{"価格は1000円が下限だ。", "1000円が下限|1000|JPY|money|ge|1000||"},
	{"負担は1カ月あたり平均約900円増える。", "1カ月あたり平均約900円|900|JPY/month|rate|approx|800|1000|"},	/* per month, 平均 between */
	{"1週間あたり平均3回。", "1週間あたり平均3回|3|occurrence/week|rate|eq|2.5|3.5|"},
	{"同省が4日まとめた。", "4日||date|date|eq|||2024-07-04"},	/* まとめた: a verb of announcing */
	{"昨年度の乗客数は約4万2000人で、2019年度の8割程度にとどまった。",	/* a fraction of the base year */
	 "約4万2000人|42000|person|count|approx|41000|43000|2023-04/2024-03\n2019年度||date|date|eq|||2019-04/2020-03\n8割程度|80|percent|percent|approx|70|90|2023-04/2024-03"},
	{"12球団で唯一300万人を突破した。", "12球団|12|item|count|eq|11.5|12.5|\n300万人を突破|3000000|person|count|gt|3000000||"},	/* 唯一: only; 球団 a club, no pitch */
	{"20日正午現在、避難者は約1200人。", "20日||date|date|eq|||2024-07-20\n約1200人|1200|person|count|approx|1100|1300|2024-07-20"},	/* as of noon of the 20th */
	{"回路線幅が2ナノメートルの半導体。", "2ナノメートル|2|nm|distance|eq|1.5|2.5|"},
	{"出生数は70万人を割った。", "70万人を割った|700000|person|count|lt||700000|"},
	{"開業は2046年度ごろとなる。", "2046年度ごろ||date|date|approx|||2046-04/2047-03"},
	{"建設費は2016年に示した2兆1000億円の約1.9倍となる。", "2016年||date|date|eq|||2016\n2兆1000億円|2100000000000|JPY|money|eq|2050000000000|2150000000000|2016\n約1.9倍|1.9|times|ratio|approx|1.8|2|"},	/* the base's date */
	{"1人あたり5000円と3000円を支給する。", "1人あたり5000円|5000|JPY/person|rate|eq|4500|5500|\n3000円|3000|JPY/person|rate|eq|2500|3500|"},
	{"最低賃金は時給1055円となった。", "時給1055円|1055|JPY/hour|rate|eq|1054.5|1055.5|"},	/* as "$10.55 an hour" */
	{"日給は1万2000円。", "日給は1万2000円|12000|JPY/day|rate|eq|11500|12500|"},
	{"首都圏の3都県と44道府県で確認された。", "3都県|3|item|count|eq|2.5|3.5|\n44道府県|44|item|count|eq|43.5|44.5|"},
	{"地震の規模はマグニチュード（M）7.6と推定される。", "マグニチュード（M）7.6|7.6|magnitude|measure|eq|7.55|7.65|"},
	{"市の負担は年間最大で約12億円となる。", "年間最大で約12億円|1200000000|JPY/year|rate|le||1200000000|"},
	{"利用者は10年前の倍に増え、入試の倍率は3.2倍。", "10年前||date|date|eq|||2014\n倍|2|times|ratio|eq|2|2|\n3.2倍|3.2|times|ratio|eq|3.15|3.25|"},	/* の倍: double */
	{"80歳代の男性が死亡した。", "80歳代|80|year|age|eq|80|90|"},	/* as 80代 */
	{"運用は11月中旬ごろに始まる。", "11月中旬ごろ||date|date|approx|||2024-11"},
	{"同社の田中CEO（36）は語った。", "（36）|36|year|age|eq|36|37|"},
	{"5ナノ秒の処理。", "5|5||number|eq|4.5|5.5|"},	/* ナノ alone is no nanometre */
	{"新たに2機種を発売した。", "2機種|2|item|count|eq|1.5|2.5|"},	/* models: 機種, 車種, 品種 whole */
	{"3車種を投入する。", "3車種|3|item|count|eq|2.5|3.5|"},
	{"新駅は3月末に完成する予定だ。", "3月末||date|date|eq|||2025-03"},	/* a part of the month between: still to come */
	{"新駅は3月中旬に完成する予定だ。", "3月中旬||date|date|eq|||2025-03"},
	{"新駅は3月末に完成した。", "3月末||date|date|eq|||2024-03"},
	{"新型車両は計76編成となる。", "76編成|76|item|count|eq|75.5|76.5|"},	/* train sets */
	{"今季15勝目を挙げた。", "15勝目|15|rank|rank|eq|15|15|"},	/* the 15th win, no count */
	{"チーム14点目を挙げた。", "14点目|14|rank|rank|eq|14|14|"},
	{"冨永悌二総長（69）は述べた。", "（69）|69|year|age|eq|69|70|"},	/* a university president */
	{"職員数は1987年の国鉄分割民営化時の約16分の1になった。", "1987年||date|date|eq|||1987\n約16分の1|0.0625|fraction|ratio|approx|0.05625|0.06875|"},	/* the base's date: a noun of eight */
	{"作況指数（平年＝100）は101だった。", "101|101||number|eq|100.5|101.5|"},	/* the base of an index: no row */
	{"救急相談は♯7119へ。", ""},	/* a short number to dial */
	{"昨年は3月24日に開花した。", "3月24日||date|date|eq|||2023-03-24"},	/* a past year word frames the sentence */
	{"一昨年は3月24日に開花した。", "3月24日||date|date|eq|||2022-03-24"},
	{"身長1メートル88の長身だ。", "1メートル88|1.88|m|distance|eq|1.875|1.885|"},	/* metres and centimetres */
	{"1日に約200キロを摘み取っている。", "1日に約200キロ|200|kg/day|rate|approx|100|300|"},	/* picking: a weight */
	{"駐車場は1日の上限料金も1200円から1500円に上げる。", "1日の上限料金も1200円|1200|JPY/day|rate|eq|1150|1250|\n1500円|1500|JPY/day|rate|eq|1450|1550|"},	/* a day's fee */
	{"昨年は台風の影響で延期となり、今年は例年通り8月15日に開く。", "8月15日||date|date|eq|||2024-08-15"},	/* the nearest year word decides */
	{"初日の31日に続き、1日の来場者も約3万人に上った。", "31日||date|date|eq|||2024-05-31\n1日||date|date|eq|||2024-07-01\n約3万人|30000|person|count|approx|20000|40000|2024-07-01"},	/* も: the 1st's */
	{"長さ2メートル10本を購入した。", "2メートル|2|m|distance|eq|1.5|2.5|\n10本|10|item|count|eq|5|15|"},	/* a counter after: no height */
	{"池江は予選で1:02.31だった。", "1:02.31|1.0385|minute|duration|eq|1.03841666666667|1.03858333333333|"},	/* minutes, seconds, hundredths: a race's time, no clock */
	{"コシヒカリ5キロで4200円前後だった。", "5キロ|5|kg|measure|eq|4.5|5.5|\n4200円前後|4200|JPY|money|approx|4100|4300|"},	/* a price after で: a weight */
	{"24年産のコメは711万トンだった。", "24年||date|date|eq|||2024\n711万トン|7110000|t|measure|eq|7105000|7115000|2024"},	/* a crop year of two digits, no 24 years */
	{"1日の運行本数は3〜9本にとどまる。1日平均通過人員が13人だった。", "1日の運行本数は3〜9本|3|item/day|rate|range|3|9|\n1日平均通過人員が13人|13|person/day|rate|eq|12.5|13.5|"},	/* a range of a day's count; 平均 with no の */
	{"日最大8時間平均濃度は0.07ppmだった。", "8時間|8|hour|duration|eq|7.5|8.5|\n0.07ppm|0.07|ppm|measure|eq|0.065|0.075|"},	/* a concentration; 最大 its, not the hours' */
	{"気温は午後6時に33度を記録した。", "午後6時||time|time|eq|||T18:00\n33度|33|degC|temperature|eq|32.5|33.5|"},	/* an hour between the word of temperature and 度 */
	{"1日に16往復を運航している。", "1日に16往復|16|item/day|rate|eq|15.5|16.5|"},	/* a timetable in the present: a rate, no 1st */
	{"1日に8便を運航していた。", "1日||date|date|eq|||2024-07-01\n8便|8|flight|count|eq|7.5|8.5|2024-07-01"},	/* in the past: the 1st */
	{"波の高さは最大で2メートル80センチに達した。", "最大で2メートル80センチ|2.8|m|distance|le||2.8|"},	/* metres and centimetres: one distance, the first one's bound */
	{"漁獲量は20年前の約6割に減った。", "20年前||date|date|eq|||2004\n約6割|60|percent|percent|approx|50|70|"},	/* a share of the base it fell to: no period of the base's */
	{"大会は17、18の両日に開かれた。", "17||date|date|eq|||2024-07-17\n18の両日||date|date|eq|||2024-07-18"},	/* の before 両日 */
	{"年間配当は1株あたり5円増の45円とする。", "1株あたり5円|5|JPY/share|rate|eq|4.5|5.5|\n45円|45|JPY/share|rate|eq|44.5|45.5|"},	/* the level a rate's change comes to */
	{"M6以上の地震は3回、M7級は1回。牛肉1.5キロを買った。", "M6以上|6|magnitude|measure|ge|6||\n3回|3|occurrence|count|eq|2.5|3.5|\nM7|7|magnitude|measure|eq|6.5|7.5|\n1回|1|occurrence|count|eq|0.5|1.5|\n1.5キロ|1.5|kg|measure|eq|1.45|1.55|"},	/* a whole magnitude before 以上 or 級; a food's キロ */
	{"売上高は2019年（4120億円）を約18%上回った。", "2019年||date|date|eq|||2019\n4120億円|412000000000|JPY|money|eq|411500000000|412500000000|2019\n約18%|18|percent|percent|approx|17|19|"},	/* the base date's own figure in brackets: still a base */
	{"受験者は2016年度（812人）から約4割減り、約490人となった。", "2016年度||date|date|eq|||2016-04/2017-03\n812人|812|person|count|eq|811.5|812.5|2016-04/2017-03\n約4割|40|percent|percent|approx|30|50|\n約490人|490|person|count|approx|480|500|"},
	{"寒波は25日ごろまで続く見込み。", "25日ごろ||date|date|approx|||2024-07-25"},	/* a day about: no 25 days */
	{"14都道県で観測された。", "14都道県|14|item|count|eq|13.5|14.5|"},	/* prefectures without 府 */
	{"2000年生まれの25歳で、第53代の横綱となった。", "2000年||date|date|eq|||2000\n25歳|25|year|age|eq|25|26|\n第53|53|rank|rank|eq|53|53|"},	/* a birth's year: no rank 年生, no period of the age */
	{"最高気温は2020年8月に41.1度を記録した。", "2020年8月||date|date|eq|||2020-08\n41.1度|41.1|degC|temperature|eq|41.05|41.15|2020-08"},	/* a year and month between the word of temperature and 度 */
	{"人口は52万人で、2020年調査から7921人減った。", "52万人|520000|person|count|eq|515000|525000|\n2020年||date|date|eq|||2020\n7921人|7921|person|count|eq|7920.5|7921.5|"},	/* a noun right on the base's year: still a base */
	{"来年末までに2兆円を投じる。", "2兆円|2000000000000|JPY|money|eq|1500000000000|2500000000000|2025-12"},	/* the end of next year: December */
	{"今年末には3兆円に。", "3兆円|3000000000000|JPY|money|eq|2500000000000|3500000000000|2024-12"},
	{"点検は1年に1回行う。", "1年に1回|1|occurrence/year|rate|eq|0.5|1.5|"},	/* a span of one: its unit */
	{"新ルールは10月1日以降、順次発効する。", "10月1日||date|date|eq|||2024-10-01"},	/* 以降、: the clause goes on to its verb, to come */
	{"横綱大の里（25）が優勝した。", "（25）|25|year|age|eq|25|26|"},	/* a rank of sumo, then the name */
	{"佐藤輝明内野手（26）が打った。", "（26）|26|year|age|eq|26|27|"},
	{"小泉農林水産相（44）は述べた。", "（44）|44|year|age|eq|44|45|"},
	{"業界大手（3）の売上と対戦相手（2）。", "3|3||number|eq|2.5|3.5|\n2|2||number|eq|1.5|2.5|"},	/* 大手, 相手: no people of a title */
	{"12勝3敗で首位に立った。", ""},
	{"前半を4分で終えた。", "4分|4|minute|duration|eq|3.5|4.5|"},
	/* a half of the unit more, to the half; 半ば, 半導体 are none */
	{"1年半ぶり", "1年半|1.5|year|duration|eq|1.25|1.75|"},
	{"2時間半かけて", "2時間半|2.5|hour|duration|eq|2.25|2.75|"},
	{"3歳半の子", "3歳半|3.5|year|age|eq|3.5|4|"},
	{"30代半ば", "30代|30|year|age|eq|30|40|"},
	{"3年半導体", "3年|3|year|duration|eq|2.5|3.5|"},
	{"100gの", "100g|100|g|measure|eq|50|150|"},
	{"店頭価格は1リットルあたり175.2円", "1リットルあたり175.2円|175.2|JPY/L|rate|eq|175.15|175.25|"},
	{"ガソリンは175円/リットル", "175円/リットル|175|JPY/L|rate|eq|174.5|175.5|"},
	{"1リットル当たりの価格", ""},
	{"前回の調査より数ポイント低下した。", "数ポイント||point|percent|vague|2|9|"},
	{"ユーザー数が増えた。", ""},
	{"所要時間は約2時間30分だった。", "約2時間30分|2.5|hour|duration|approx|2.33333333333333|2.66666666666667|"},
	{"労働基準法第36条に基づき", ""},
	{"憲法第九条の改正", ""},
	{"10アールあたりの収量", ""},
	{"5キロあたり4000円を超えた。", "5キロあたり4000円を超え|800|JPY/kg|rate|gt|800||"},
	/* 点: points of a score (満点, 平均, a decimal, a change), else works */
	{"数学は100点満点で平均51.6点と、前年より約8点下がった。所蔵品は約2万3000点。",
	 "100点|100|point|count|eq|50|150|\n51.6点|51.6|point|count|eq|51.55|51.65|\n約8点|8|point|count|approx|7|9|\n約2万3000点|23000|item|count|approx|22000|24000|"},
	{"国公立大2次試験に向け、1次選考と2次補正予算。", ""},	/* a stage: a name */
	{"2010年に統計を取り始めて以来、件数は52件に増えた。",
	 "2010年||date|date|eq|||2010/2024-07-23\n52件|52|item|count|eq|51.5|52.5|2010/2024-07-23"},
	/* the date of a change's base is no later figure's */
	{"常勤医は10年前の11人から4人に減り、直近3年間の赤字は毎年3億円を超えていた。",
	 "10年前||date|date|eq|||2014\n11人|11|person|count|eq|10.5|11.5|2014\n4人|4|person|count|eq|3.5|4.5|\n3年間|3|year|duration|eq|2.5|3.5|\n毎年3億円を超え|300000000|JPY/year|rate|gt|300000000||"},
	{"予算案は18日開会の市議会に提出される。", "18日||date|date|eq|||2024-07-18"},
	{"賃上げ率は平均5.46％と、前年同時期を0.18ポイント上回った。集計対象は771組合。装車量は339.3GWh。",	/* 前年同時期: a base; 組合: unions */
	 "5.46％|5.46|percent|percent|eq|5.455|5.465|\n0.18ポイント|0.18|point|percent|eq|0.175|0.185|\n771組合|771|item|count|eq|770.5|771.5|\n339.3GWh|339.3|GWh|measure|eq|339.25|339.35|"},
	{"第2高炉を休止し、第28福栄丸が入港し、第四銀行と合併した。", ""},	/* a furnace, a boat, a bank: names */
	{"来場者が150万人に迫れば過去最多。", "150万人に迫れば|1500000|person|count|nearly|1400000|1500000|"},
	{"開湯は約1900年前、遺跡は1万年前。", "約1900年前|1900|year|duration|approx|1800|2000|\n1万年前|10000|year|duration|eq|5000|15000|"},	/* years ago past 200: a span, no date */
	{"30日始発から運転を見合わせた。", "30日||date|date|eq|||2024-07-30"},
	{"所要13場所での優勝は、年6場所制となった1958年以降で最速。", "13場所|13|item|count|eq|12.5|13.5|\n年6場所|6|item/year|rate|eq|5.5|6.5|\n1958年||date|date|eq|||1958/2024-07-23"},	/* a record's date dates no other figure */
	{"平均残業は前回2022年度の調査よりそれぞれ4時間、6時間減った。", "2022年度||date|date|eq|||2022-04/2023-03\n4時間|4|hour|duration|eq|3.5|4.5|\n6時間|6|hour|duration|eq|5.5|6.5|"},	/* それぞれ between the base and its change */
	{"負担を年間で1世帯あたり約2万円軽くできる。", "1世帯あたり約2万円|20000|JPY/household|rate|approx|10000|30000|"},	/* the base of a rate, no count a year */
	{"第1セットを25―21で奪い、第2セットを23―25で落とした。", ""},	/* a set won and a set lost: scores */
	{"1日の平均在校時間は小学校で10時間45分、中学校で11時間1分。", "1日の平均在校時間は小学校で10時間45分|10.75|hour/day|rate|eq|10.7416666666667|10.7583333333333|\n11時間1分|11.0166666666667|hour/day|rate|eq|11.0083333333333|11.025|"},	/* hours of a day, not the 1st */
	{"町産米「ゆめぴりか」5キロが人気だ。", "5キロ|5|kg|measure|eq|4.5|5.5|"},	/* a brand's name between the food and its weight */
	{"第3次配分で100億円、第2次支給は5万円。", "100億円|10000000000|JPY|money|eq|5000000000|15000000000|\n5万円|50000|JPY|money|eq|45000|55000|"},	/* 第N次 and a noun: a round's name, no rank */
	{"2022年度の調査よりいずれも4時間減った。", "2022年度||date|date|eq|||2022-04/2023-03\n4時間|4|hour|duration|eq|3.5|4.5|"},	/* いずれも between the base and its change */
	{"第1セットを25―21で取った。第2セットを23―25で失った。報告書の12-15で取り上げた。", "12|12||number|eq|11.5|12.5|\n15|15||number|eq|14.5|15.5|"},	/* sets taken and lost (取り上げ: no game) */
	{"「あと3」「残り3」と話した。", "3|3||number|eq|2.5|3.5|\n3|3||number|eq|2.5|3.5|"},	/* two kana: no name */
	{"草野は13勝以上を挙げ、5連勝で26得点。4勝2敗で首位。", "13勝以上|13|item|count|ge|13||\n5連勝|5|item|count|eq|4.5|5.5|\n26得点|26|point|count|eq|25.5|26.5|"},	/* wins and a game's points (4勝2敗: a record) */
	{"1日に上下計36本を運行している。1日に計3人が死亡した。", "1日に上下計36本|36|item/day|rate|eq|35.5|36.5|\n1日||date|date|eq|||2024-07-01\n3人|3|person|count|eq|2.5|3.5|2024-07-01"},	/* 計 between a day's timetable and its count */
	{"後半に1点を返し、2点を奪った。作品10点を展示した。", "1点|1|point|count|eq|0.5|1.5|\n2点|2|point|count|eq|1.5|2.5|\n10点|10|item|count|eq|5|15|"},	/* a game's points before a verb of scoring; works stay items */
	{"今後2、3日は強い雪が降る。17、18日は休業する。", "2、3日|2|day|duration|range|2|3|\n17||date|date|eq|||2024-07-17\n18日||date|date|eq|||2024-07-18"},	/* 2、3日 before は stays days; two-digit days a list */
	{"加盟店は2015年の48店から一時は31店まで減った。", "2015年||date|date|eq|||2015\n48店|48|item|count|eq|47.5|48.5|2015\n31店|31|item|count|eq|30.5|31.5|"},	/* the level reached, 一時は between: not the base's year */
	{"気温は午後6時時点で33.1度だった。", "午後6時||time|time|eq|||T18:00\n33.1度|33.1|degC|temperature|eq|33.05|33.15|"},	/* 時点で after the hour */
	{"6年生の児童（12）が答えた。", "6年生|6|rank|rank|eq|6|6|\n（12）|12|year|age|eq|12|13|"},	/* a schoolchild's age */
	{"毎月第2日曜日に開き、第3水曜に休む。", ""},	/* a weekday of the month: no rank */
	{"1日午後から2日朝にかけて350ミリを超えた。", "1日午後から2日||date|date|range|||2024-07-01/2024-07-02\n350ミリを超え|350|mm|distance|gt|350||2024-07-01/2024-07-02"},	/* 午後 a part of the day: one range */
	{"同社は1日2往復に増やすほか、新型機を2機追加する。", "1日2往復|2|item/day|rate|eq|1.5|2.5|\n2機|2|item|count|eq|1.5|2.5|"},	/* another counter: no level of the rate */
	{"5月2、3日に開かれる。展示品に新たに3点を追加した。", "5月2||date|date|eq|||2024-05-02\n3日||date|date|eq|||2024-05-03\n3点|3|item|count|eq|2.5|3.5|"},	/* a list of days of a month; items added */
	{"利用者は2019年の120人から一気に80人まで減った。", "2019年||date|date|eq|||2019\n120人|120|person|count|eq|115|125|2019\n80人|80|person|count|eq|75|85|"},	/* 一気に after から */
	{"返事は2、3日のうちに来る。", "2、3日|2|day|duration|range|2|3|"},	/* days, not the 3rd */
	{"2020-21年シーズンは中止された。1998-99年度の予算。2018—19年の冬。", "2020-21年||date|date|range|||2020/2021\n1998-99年度||date|date|range|||1998-04/2000-03\n2018—19年||date|date|range|||2018/2019"},	/* a hyphen or dash joins four digits to a year of two */
	{"3-2で勝った。", ""},	/* but a hyphen is no range between other figures: a score */
	{"来年、開館30周年を迎える。創業50周年を迎えた。", ""},	/* an anniversary is no claim */
	{"県は中小企業約3000社に1社あたり最大50万円を補助する。", "約3000社|3000|company|count|approx|2000|4000|\n1社あたり最大50万円|500000|JPY/company|rate|le||500000|"},	/* one in N no more where あたり follows */
	{"24時間に最大400ミリの雨が降る。", "24時間|24|hour|duration|eq|23.5|24.5|\n最大400ミリ|400|mm|distance|le||400|"},	/* so much in those hours, no rate */
	{"最高時速は320キロ。", "320キロ|320|km/h|measure|eq|315|325|"},	/* 時速 and は before the figure: a speed, the figure alone its text */
	{"空き家率は5年前の前回調査から0.2ポイント上昇した。", "5年前||date|date|eq|||2019\n0.2ポイント|0.2|point|percent|eq|0.15|0.25|"},	/* the base's date, and its noun */
	{"十勝地方や十日町市、四日市市、六本木で三日月を見た。", ""},	/* places and a crescent: no wins, days or things */
	{"和牛1.5キロを贈る。", "1.5キロ|1.5|kg|measure|eq|1.45|1.55|"},	/* beef is weighed */
	{"最低気温は福井市で氷点下3.2度、大野市で氷点下11.8度を観測した。", "氷点下3.2度|-3.2|degC|temperature|eq|-3.25|-3.15|\n氷点下11.8度|-11.8|degC|temperature|eq|-11.85|-11.75|"},	/* the second's sign too */
	{"九頭竜川沿いの温泉は開湯1300年を迎えた。", "1300年|1300|year|duration|eq|1250|1350|"},	/* a place; years since a spring opened */
	{"今季9得点目を決めた。", "9得点目|9|rank|rank|eq|9|9|"},	/* a goal's rank, no points */
	{"1時間あたりの輸送能力は現在の1.6倍になる。", "1.6倍|1.6|times|ratio|eq|1.55|1.65|"},	/* the base of a rate, no duration */
	{"コメ（5キロ）を一つ一つ、一人ひとりに配る。", "5キロ|5|kg|measure|eq|4.5|5.5|"},	/* a food's weight in brackets; one by one, each: no counts */
	{"気温は1時間で約8度下がった。", "1時間|1|hour|duration|eq|0.5|1.5|\n約8度|8|degC|temperature|approx|7|9|"},	/* a span between the word of temperature and its degrees */
	{"午後1時あたりに到着し、寺は開山1200年を迎えた。", "午後1時||time|time|eq|||T13:00\n1200年|1200|year|duration|eq|1150|1250|"},	/* あたり after an hour is about; years since a temple's founding */
	{"1年前の同じ時期より売上高が3割増えた。", "1年前||date|date|eq|||2023\n3割|30|percent|percent|eq|25|35|"},	/* の同じ時期より: a base, no period */
	{"大会は2024年3月1日-21日に開催。", "2024年3月1日-21日||date|date|range|||2024-03-01/2024-03-21"},	/* a hyphen after a date of four digits joins a day */
	{"波の高さは最大1メートル50センチ程度だった。", "最大1メートル50センチ程度|1.5|m|distance|le||1.5|"},	/* the bound before the whole wins over 程度 */
	{"3点シュートを5本決めた。", "5本|5|item|count|eq|4.5|5.5|"},	/* a shot's name, no 3 */
	{"付帯率は7割に迫る。", "7割に迫る|70|percent|percent|nearly|60|70|"},	/* approaching */
	{"売上高は初の10億円突破。", "10億円突破|1000000000|JPY|money|gt|1000000000||"},	/* 突破 right after */
	{"全国順位は昨年と同じ28位だった。", "28位|28|rank|rank|eq|28|28|"},	/* as last year: no period of last year */
	{"共通テストは17、18両日に実施し、追試は27、28日に行う。",	/* lists of days; 両日: both days */
	 "17||date|date|eq|||2024-07-17\n18両日||date|date|eq|||2024-07-18\n27||date|date|eq|||2024-07-27\n28日||date|date|eq|||2024-07-28"},
	{"共通テストは1月18、19両日に行われ、約49万5000人が受験した。",	/* a month before a list of days with 両日 */
	 "1月18||date|date|eq|||2024-01-18\n19両日||date|date|eq|||2024-01-19\n約49万5000人|495000|person|count|approx|494000|496000|2024-01-19"},
	{"民間全体の1人あたり支給額は41万円程度。", "1人あたり支給額は41万円程度|410000|JPY/person|rate|approx|400000|420000|"},	/* no の after あたり */
	{"12月以降の降雪量は約520センチに達し、降った日はすでに14日を数える。",	/* すでに: now, not to come */
	 "12月||date|date|eq|||2023-12/2024-07-23\n約520センチ|520|cm|distance|approx|510|530|2023-12/2024-07-23\n14日|14|day|duration|eq|13.5|14.5|2023-12/2024-07-23"},
	{"郵便局は全国で1000局超す。", "1000局超す|1000|item|count|gt|1000||"},	/* 局: offices; 超す: more than */
	{"物価指数（2020年＝100、生鮮食品を除く総合）は111.4で、小6の授業料は50万円。",	/* an index's base; a school year */
	 "111.4|111.4||number|eq|111.35|111.45|\n50万円|500000|JPY|money|eq|450000|550000|"},
	{"12式地対艦誘導弾を配備し、受注量は約4600万CGTだった。", "約4600万CGT|46000000|CGT|measure|approx|45000000|47000000|"},	/* a type's name; CGT */
	{"2024〜26年度は月額6225円で、前期（21〜23年度）は6014円だった。",	/* ranges of fiscal years */
	 "2024〜26年度||date|date|range|||2024-04/2027-03\n月額6225円|6225|JPY/month|rate|eq|6224.5|6225.5|2024-04/2027-03\n21〜23年度||date|date|range|||2021-04/2024-03\n6014円|6014|JPY|money|eq|6013.5|6014.5|2021-04/2024-03"},
	{"来場者はコロナ禍前の2019年9月の水準を約3%上回った。",	/* a noun between the base date and を: a base */
	 "2019年9月||date|date|eq|||2019-09\n約3%|3|percent|percent|approx|2|4|"},
	{"8月25日から9月4日に旅行に出かける。", "8月25日から9月4日||date|date|range|||2024-08-25/2024-09-04"},	/* days: a range, no change */
	/* で、: the clause goes on to its verb, to come or past */
	{"同社は9月1日のダイヤ改正で、臨時列車を1日最大4往復増発する。", "9月1日||date|date|eq|||2024-09-01\n1日最大4往復|4|item/day|rate|le||4|2024-09-01"},
	{"同社は9月1日のダイヤ改正で、臨時列車を1日最大4往復増発した。", "9月1日||date|date|eq|||2023-09-01\n1日最大4往復|4|item/day|rate|le||4|2023-09-01"},
	/* a record's since, a verb's clause between: it dates no other figure */
	{"昨年の件数は、2010年に統計を取り始めて以来最多の52件だった。",
	 "2010年||date|date|eq|||2010/2024-07-23\n52件|52|item|count|eq|51.5|52.5|2023"},
	/* 前年度から, 前年より: the base of a change, no period */
	{"2024年度の年金額は前年度から1.9%引き上げられる。",
	 "2024年度||date|date|eq|||2024-04/2025-03\n1.9%|1.9|percent|percent|eq|1.85|1.95|2024-04/2025-03"},
	{"予算は前年度当初より約1億2000万円増えた。", "約1億2000万円|120000000|JPY|money|approx|110000000|130000000|"},	/* 当初: still the base */
	{"残高は6月末時点で3兆円となり、3月末から約1200億円増えた。",	/* 末: still the base */
	 "6月末||date|date|eq|||2024-06\n3兆円|3000000000000|JPY|money|eq|2500000000000|3500000000000|2024-06\n3月末||date|date|eq|||2024-03\n約1200億円|120000000000|JPY|money|approx|110000000000|130000000000|2024-06"},
	/* 前年: the year before the sentence's date (none: no period); no date
	 * for a change of it or for what follows its base figure */
	{"2023年の売上高は12億円で、前年の10億円を上回った。",
	 "2023年||date|date|eq|||2023\n12億円|1200000000|JPY|money|eq|1150000000|1250000000|2023\n10億円を上回った|1000000000|JPY|money|gt|1000000000||2022"},
	{"前年の31人から17人増え、3年ぶりに増加に転じた。",
	 "31人|31|person|count|eq|30.5|31.5|\n17人|17|person|count|eq|16.5|17.5|\n3年|3|year|duration|eq|2.5|3.5|"},
	{"2008年以降で最も多く、昨年同期の3315人を24%上回った。",	/* 以降: no part of a year for 同期 */
	 "2008年||date|date|eq|||2008/2024-07-23\n3315人|3315|person|count|eq|3314.5|3315.5|2023\n24%|24|percent|percent|eq|23.5|24.5|"},
	{"2023年の出生数は75万人だった。前年は77万人だった。",	/* 前年 with no date in its sentence: no period */
	 "2023年||date|date|eq|||2023\n75万人|750000|person|count|eq|745000|755000|2023\n77万人|770000|person|count|eq|765000|775000|"},
	{"前週より23円安いが、前年同期の3688円を上回る。",	/* and 前年同期: none */
	 "23円|23|JPY|money|eq|22.5|23.5|\n3688円を上回る|3688|JPY|money|gt|3688||"},
	{"市は3月15日、前年の観光客数が120万人だったと発表した。",	/* the year of the date, no month */
	 "3月15日||date|date|eq|||2024-03-15\n120万人|1200000|person|count|eq|1150000|1250000|2023"},
	{"2025年の平均取得率は72.4%で、前年の65.1%から上昇した。",	/* the base of a change is the year's */
	 "2025年||date|date|eq|||2025\n72.4%|72.4|percent|percent|eq|72.35|72.45|2025\n65.1%|65.1|percent|percent|eq|65.05|65.15|2024"},
	{"前年の倍となる500人が参加した。", "倍|2|times|ratio|eq|2|2|\n500人|500|person|count|eq|450|550|"},	/* の倍: double */
	{"1人あたりの医療費は、現在の1.5倍の60万円になる。", "1.5倍|1.5|times|ratio|eq|1.45|1.55|\n60万円|600000|JPY|money|eq|550000|650000|"},	/* a multiple: no rate's figure */
	{"前年のデータを10%上回った。", "10%|10|percent|percent|eq|5|15|"},
	{"北海道産は前年の2割高となった。", "2割|20|percent|percent|eq|15|25|"},
	{"売上高は前年の実績を8%上回った。", "8%|8|percent|percent|eq|7.5|8.5|"},
	{"売上高は前年並みの約150億円となった。", "約150億円|15000000000|JPY|money|approx|14000000000|16000000000|"},
	{"町は来年度、支援員を現在の2人から5人に増やす予定で、予算に約1800万円を計上した。",
	 "2人|2|person|count|eq|1.5|2.5|2024-07-23\n5人|5|person|count|eq|4.5|5.5|2025-04/2026-03\n約1800万円|18000000|JPY|money|approx|17000000|19000000|2025-04/2026-03"},
	{"出生数はことしも66万人前後となる見通し。", "66万人前後|660000|person|count|approx|650000|670000|2024"},
	{"3週連続で上昇した。", "3週|3|week|duration|eq|2.5|3.5|"},
	{"70万人割れとなった。", "70万人割れ|700000|person|count|lt||700000|"},
	{"記録は2分30秒だった。", "2分30秒|2.5|minute|duration|eq|2.41666666666667|2.58333333333333|"},
	{"午後3時半ごろ", "午後3時半ごろ||time|time|approx|||T15:30"},
	{"東京23区の新築マンション", ""},
	{"問い合わせは（03-3502-8111）まで。", ""},
	/* review 10 */
	{"第3四半期の出荷が減少\n調査会社は20日、発表した", "20日||date|date|eq|||2024-07-20"},
	{"週末の16日と17日、大雨が降った。", "16日||date|date|eq|||2024-07-16\n17日||date|date|eq|||2024-07-17"},
	{"17日午後3時現在、420人が避難している。",
	 "17日||date|date|eq|||2024-07-17\n午後3時||time|time|eq|||T15:00\n420人|420|person|count|eq|415|425|2024-07-17"},
	{"来年1～3月の買い入れ額", "来年1～3月||date|date|range|||2025-01/2025-03"},
	{"1事業所あたりの平均は3人。", "1事業所あたりの平均は3人|3|person/item|rate|eq|2.5|3.5|"},
	{"1件あたり平均2800円", "1件あたり平均2800円|2800|JPY/item|rate|eq|2750|2850|"},
	{"2022年の比率は71%から80%に上がった", "2022年||date|date|eq|||2022\n71%|71|percent|percent|eq|70.5|71.5|2022\n80%|80|percent|percent|eq|75|85|2022"},
	{"頻度は現在の週3回から週1回程度に減る見込み", "週3回|3|occurrence/week|rate|eq|2.5|3.5|2024-07-23\n週1回程度|1|occurrence/week|rate|approx|0|2|"},
	{"ピークだった1970年の1万6765人と比べると、およそ6分の1の水準になった。",
	 "1970年||date|date|eq|||1970\n1万6765人|16765|person|count|eq|16764.5|16765.5|1970\nおよそ6分の1|0.166666666666667|fraction|ratio|approx|0.15|0.183333333333333|"},
	{"昨年以降、販売は5%増えた。", "昨年||date|date|eq|||2023/2024-07-23\n5%|5|percent|percent|eq|4.5|5.5|2023/2024-07-23"},
	{"2005年には、貯水率が9月7日に0%となった。", "2005年||date|date|eq|||2005\n9月7日||date|date|eq|||2005-09-07\n0%|0|percent|percent|eq|0|0.5|2005-09-07"},
	{"2030年までに達成を目指し、3月に計画をまとめた。", "2030年||date|date|eq|||2030\n3月||date|date|eq|||2024-03"},
	{"貸出冊数は1998年度より2割近く減った。", "1998年度||date|date|eq|||1998-04/1999-03\n2割近く|20|percent|percent|nearly|10|20|"},
	{"1台あたり10億円前後", "1台あたり10億円前後|1000000000|JPY/item|rate|approx|0|2000000000|"},
	{"1戸当たりの平均は約1700万円", "1戸当たりの平均は約1700万円|17000000|JPY/household|rate|approx|16000000|18000000|"},
	{"行政の一元化を進める", ""},
	{"2020～2024年に", "2020～2024年||date|date|range|||2020/2024"},
	{"900床程度を3病院に", "900床程度|900|item|count|approx|800|1000|\n3病院|3|item|count|eq|2.5|3.5|"},
	{"全国10空港以上で導入", "10空港以上|10|item|count|ge|10||"},	/* 空港 a counter */
	{"年間約11億円", "年間約11億円|1100000000|JPY/year|rate|approx|1000000000|1200000000|"},
	{"最短でも6カ月かかり、最長14時間", "最短でも6カ月|6|month|duration|ge|6||\n最長14時間|14|hour|duration|le||14|"},
	{"トヨタ（7203.T）の株価", ""},
	{"利益が半減し、半額になる", "半減|0.5|fraction|ratio|eq|0.5|0.5|\n半額|0.5|fraction|ratio|eq|0.5|0.5|"},
	{"輸出額は現在の1.5倍になる。", "1.5倍|1.5|times|ratio|eq|1.45|1.55|"},
	{"平均価格は3317円（2024年4月時点）だった。", "3317円|3317|JPY|money|eq|3316.5|3317.5|2024-04\n2024年4月||date|date|eq|||2024-04"},
	{"2割から3割減らせる", "2割から3割|20|percent|percent|range|20|30|"},
	{"工期は2年から3年かかる", "2年から3年|2|year|duration|range|2|3|"},
	{"1130円から1260円に値上げ", "1130円|1130|JPY|money|eq|1125|1135|\n1260円|1260|JPY|money|eq|1255|1265|"},
	{"1平方メートルあたりの価格は2万円余り", "1平方メートルあたりの価格は2万円余り|20000|JPY/m2|rate|gt|20000|30000|"},
	{"10アールあたりのコメの生産費は2024年産で13万4000円", "2024年||date|date|eq|||2024\n13万4000円|134000|JPY|money|eq|133500|134500|2024"},
	{"2人に1人近く", "2人に1人近く|0.5|fraction|ratio|nearly|0.45|0.5|"},
	{"営業は午前9時から午後5時。", "午前9時から午後5時||time|time|range|||T09:00/T17:00"},
	{"閉館時刻を午後8時から午後7時に早める", "午後8時||time|time|eq|||T20:00\n午後7時||time|time|eq|||T19:00"},
	{"終電は午後7時台から午後5時台に繰り上がる。", "午後7時台||time|time|ge|||T19:00\n午後5時台||time|time|ge|||T17:00"},	/* and an intransitive verb of change */
	{"利用者は午後5時から7時に集中している。", "午後5時から7時||time|time|range|||T17:00/T19:00"},	/* no word of change after に: the hours between */
	{"新工場の建設は第1期と第2期に分けて進める。", ""},
	{"人口が6000人を割り込む", "6000人を割り込む|6000|person|count|lt||6000|"},
	{"山田頭取（61）は", "（61）|61|year|age|eq|61|62|"},
	{"負担は1人あたりでは年間約3万円となる。", "1人あたりでは年間約3万円|30000|JPY/person|rate|approx|20000|40000|"},	/* では, then 年間 */
	{"担任を務める教員（45）は話す。", "（45）|45|year|age|eq|45|46|"},	/* an occupation before the bracket */
	{"市内のあるオーナー（63）は", "（63）|63|year|age|eq|63|64|"},	/* katakana occupations: オーナー, ドライバー, スタッフ */
	{"教頭（54）と夫（42）が話す。", "（54）|54|year|age|eq|54|55|\n（42）|42|year|age|eq|42|43|"},	/* a vice-principal, a husband */
	{"会員の1人は「高い」と話した。", ""},
	{"被害者のうち1人が重傷", "1人|1|person|count|eq|0.5|1.5|"},
	{"1カ所あたりの改修費は平均約2100万円", "1カ所あたりの改修費は平均約2100万円|21000000|JPY/item|rate|approx|20000000|22000000|"},
	{"比率は2割を切っている", "2割を切っている|20|percent|percent|lt||20|"},
	{"売上高は現在より約8000万円多い。", "約8000万円|80000000|JPY|money|approx|70000000|90000000|"},
	{"第3物流センターを新設", ""},
	{"待ち時間は最大で約40分だった。", "最大で約40分|40|minute|duration|le||40|"},	/* two qualifiers before minutes */
	{"1軒あたりの上限を150万円とする。", "1軒あたりの上限を150万円|1500000|JPY/item|rate|le||1500000|"},	/* a qualifier after a rate's base */
	{"1軒あたりの上限は150万円。", "1軒あたりの上限は150万円|1500000|JPY/item|rate|le||1500000|"},
	{"相談は#7119へ。", ""},	/* a short number to dial */
	{"同局は10月から、新しい制度を始める。", "10月||date|date|eq|||2024-10"},	/* から、: the clause goes on to its verb to come */
	{"10月から、料金を値上げした。", "10月||date|date|eq|||2023-10"},
	{"浴室の気温は冬でも25度前後に保たれる。", "25度前後|25|degC|temperature|approx|24|26|"},	/* a few words between the temperature word and 度 */
	{"最低気温は、1月22日に氷点下14.2度を記録した。", "1月22日||date|date|eq|||2024-01-22\n氷点下14.2度|-14.2|degC|temperature|eq|-14.25|-14.15|2024-01-22"},
	{"気温が上がり、3度目の警報が出た。", "3度目|3|rank|rank|eq|3|3|"},
	{"会議は第3会議室で開かれた。", ""},	/* a room's number */
	{"第42回みなと秋まつりが開かれた。", ""},	/* an event's number, kana after 回 */
	{"第3回は中止。", "第3|3|rank|rank|eq|3|3|"},	/* (a particle after 回: a rank) */
	{"2020年の25万5000円から4万5000円増え、率にして17.6％の増加となった。", "2020年||date|date|eq|||2020\n25万5000円|255000|JPY|money|eq|254500|255500|2020\n4万5000円|45000|JPY|money|eq|44500|45500|\n17.6％|17.6|percent|percent|eq|17.55|17.65|"},	/* the percentage of a change: not the base's date */
	{"運行は1時間4本から8本に増える。", "1時間4本|4|item/hour|rate|eq|3.5|4.5|\n8本|8|item/hour|rate|eq|7.5|8.5|"},	/* one hour right before a count: a rate */
	{"料金は1か月1万2000円。", "1か月1万2000円|12000|JPY/month|rate|eq|11500|12500|"},
	{"1年3か月かかった。", "1年3か月|1.25|year|duration|eq|1.20833333333333|1.29166666666667|"},	/* (a duration of two parts) */
	{"1時間2時間", "1時間|1|hour|duration|eq|0.5|1.5|\n2時間|2|hour|duration|eq|1.5|2.5|"},	/* (no hours per hour) */
	{"2015年の約210ヘクタールから10年で1.5倍に増えた。", "2015年||date|date|eq|||2015\n約210ヘクタール|210|ha|measure|approx|200|220|2015\n10年|10|year|duration|eq|5|15|2015\n1.5倍|1.5|times|ratio|eq|1.45|1.55|"},	/* the span of time between the base and the level: the level is not the base's */
	{"一般家庭の負担は月額約540円増え、4100円程度になる見通し。", "月額約540円|540|JPY/month|rate|approx|530|550|\n4100円程度|4100|JPY/month|rate|approx|4000|4200|"},	/* 増え、: a change, then the level */
	{"手数料は1件あたり110円引き上げ、880円とした。", "1件あたり110円|110|JPY/item|rate|eq|105|115|\n880円|880|JPY/item|rate|eq|875|885|"},	/* the change of a rate, then the level it came to */
	{"3年後には年間輸出額5億円を目指したい。", "3年後||date|date|eq|||2027\n5億円|500000000|JPY|money|eq|450000000|550000000|2027"},	/* so many years on from publication */
	{"入社3年後に辞めた。", "3年|3|year|duration|eq|2.5|3.5|"},	/* (after another time: a span) */
	{"市は3年後までに登録を100件に増やす。", "3年後||date|date|eq|||2027\n100件|100|item|count|eq|50|150|2027"},	/* までに: by then */
	{"2023年の8.5日から半分に縮まった。", "2023年||date|date|eq|||2023\n8.5日|8.5|day|duration|eq|8.45|8.55|2023\n半分|0.5|fraction|ratio|eq|0.5|0.5|"},	/* a base that is a duration is no span between */
	{"所要時間は1時間40分ほどだ。", "1時間40分ほど|1.66666666666667|hour|duration|approx|1.5|1.83333333333333|"},	/* the qualifier after the smaller part: the whole's */
	{"1台あたりの購入費は大型で約3500万円。", "1台あたりの購入費は大型で約3500万円|35000000|JPY/item|rate|approx|34000000|36000000|"},	/* a word and で between the noun and the figure */
	{"1軒でも多く残したい。", ""},	/* as many as can be */
	{"1人あたりの貸し出し上限は5冊。", "1人あたりの貸し出し上限は5冊|5|item/person|rate|le||5|"},	/* a noun, then the qualifier */
	{"1ヘクタールあたり年間約5トンの昆布が取れる。", "1ヘクタールあたり年間約5トン|5|t/ha|rate|approx|4|6|"},
	{"所蔵する電子書籍は現在約2万3000点。", "約2万3000点|23000|item|count|approx|22000|24000|2024-07-23"},	/* 点: works */
	{"3点差で勝った。", "3|3||number|eq|2.5|3.5|"},	/* (a margin of points) */
	{"費用は100万円を超えない。", "100万円を超えない|1000000|JPY|money|le||1000000|"},	/* not above: at most */
	{"水温は15度を下回らない。", "15度を下回らない|15|degC|temperature|ge|15||"},
	{"1日の平均乗車人員は約128万人。", "1日の平均乗車人員は約128万人|1280000|person/day|rate|approx|1270000|1290000|"},
	{"八戸港の水揚げ。", ""},	/* a town */
	{"1日に50匹取れれば上出来だ。", "1日に50匹|50|item/day|rate|eq|45|55|"},	/* what a day yields */
	{"漁業者の一人、田中さんは話す。", ""},	/* one of them */
	{"ラーメン1杯の平均価格は約720円。", "1杯の平均価格は約720円|720|JPY/item|rate|approx|710|730|"},
	{"1戸あたりの補助額を現在の100万円から150万円に引き上げる。", "1戸あたりの補助額を現在の100万円|1000000|JPY/household|rate|eq|500000|1500000|\n150万円|1500000|JPY/household|rate|eq|1450000|1550000|"},
	{"1棟でも多く残したい。", ""},
	{"2027年度末までに5カ所。", "2027年度末||date|date|eq|||2028-03\n5カ所|5|item|count|eq|4.5|5.5|2028-03"},	/* the end of a fiscal year: its March */
	{"1世帯あたり月額5000円を支給する。", "1世帯あたり月額5000円|5000|JPY/household|rate|eq|4500|5500|"},
	{"1日平均では約5100人が訪れた。", "1日平均では約5100人|5100|person/day|rate|approx|5000|5200|"},
	{"散布は1日に2、3回行う。", "1日に2、3回|2|occurrence/day|rate|range|2|3|"},	/* a pair in a rate of a day */
	{"散布は1日2～3回。", "1日2～3回|2|occurrence/day|rate|range|2|3|"},
	{"営業は午後4時から翌朝5時まで。", "午後4時から翌朝5時||time|time|range|||T16:00/T05:00"},	/* the next morning: no 12 hours added */
	{"営業は午後4時から5時まで。", "午後4時から5時||time|time|range|||T16:00/T17:00"},
	{"今年1～10月に閉店した店は68店で、前年同期の53店から15店増えた。", "今年1～10月||date|date|range|||2024-01/2024-10\n68店|68|item|count|eq|67.5|68.5|2024-01/2024-10\n53店|53|item|count|eq|52.5|53.5|2023-01/2023-10\n15店|15|item|count|eq|14.5|15.5|2024-01/2024-10"},	/* 前年同期: last year's same months */
	{"9月中旬に公表する。", "9月中旬||date|date|eq|||2024-09"},	/* a verb not in the past: to come */
	{"9月に開業した。", "9月||date|date|eq|||2023-09"},
	{"運賃を10月1日から200円に引き上げると発表した。", "10月1日||date|date|eq|||2024-10-01\n200円|200|JPY|money|eq|150|250|2024-10-01"},
	{"9月末まで意見を募る。", "9月末||date|date|eq|||2024-09"},
	/* a verb that goes on before its comma: the tense of the clause after it (pub 2024-07-23) */
	{"時給を10月から50円引き上げ、1180円とします。", "10月||date|date|eq|||2024-10\n50円|50|JPY|money|eq|45|55|2024-10\n1180円|1180|JPY|money|eq|1175|1185|2024-10"},
	{"時給を10月から50円引き上げ、1180円とした。", "10月||date|date|eq|||2023-10\n50円|50|JPY|money|eq|45|55|2023-10\n1180円|1180|JPY|money|eq|1175|1185|2023-10"},
	{"9月から運賃を引き上げている。", "9月||date|date|eq|||2023-09"},	/* ている: a present state */
	{"12万食を販売", "12万食|120000|item|count|eq|115000|125000|"},
	{"1日の平均利用者数は1軒あたり約85人だった。", "1日の平均利用者数は1軒あたり約85人|85|person/day|rate|approx|84|86|"},	/* a second base: no row of its own */
	{"駅の1日の利用者数は約5万人だった。", "1日の利用者数は約5万人|50000|person/day|rate|approx|40000|60000|"},
	{"1日平均の利用者数は5000人", "1日平均の利用者数は5000人|5000|person/day|rate|eq|4500|5500|"},
	{"1日の終値は3万8000円", "1日||date|date|eq|||2024-07-01\n3万8000円|38000|JPY|money|eq|37500|38500|2024-07-01"},
	{"株価は19日終値で2845円だった。", "19日||date|date|eq|||2024-07-19\n2845円|2845|JPY|money|eq|2844.5|2845.5|2024-07-19"},
	{"生産量は21年比で2割増えた。", "21年||date|date|eq|||2021\n2割|20|percent|percent|eq|15|25|"},
	{"24年に5%増えた", "24年||date|date|eq|||2024\n5%|5|percent|percent|eq|4.5|5.5|2024"},
	{"24年末の残高", "24年末||date|date|eq|||2024-12"},
	{"開業は2027年3月から5月に延期", "2027年3月||date|date|eq|||2027-03\n5月||date|date|eq|||2027-05"},
	{"22年からの4年間で", "22年||date|date|eq|||2022\n4年間|4|year|duration|eq|3.5|4.5|2022"},
	{"張り替えは1世帯あたり平均で12年に1回程度だ。", "12年に1回程度|0.0833333333333333|occurrence/year|rate|approx|0.0769230769230769|0.0909090909090909|"},
	{"1回あたり上限15万円", "1回あたり上限15万円|150000|JPY/occurrence|rate|le||150000|"},
	{"畳を年間3万畳生産", "年間3万畳|30000|item/year|rate|eq|25000|35000|"},
	{"挙式は48万5063組", "48万5063組|485063|item|count|eq|485062.5|485063.5|"},
	{"24年夏に12%増えた", "24年||date|date|eq|||2024\n12%|12|percent|percent|eq|11.5|12.5|2024"},
	{"27年までに50店を出す計画", "27年||date|date|eq|||2027\n50店|50|item|count|eq|45|55|2027"},
	{"20年にわたり、10年に1度の大雨", "20年|20|year|duration|eq|15|25|\n10年に1度|0.1|occurrence/year|rate|eq|0.0666666666666667|0.2|"},
	{"増収効果は年40億～50億円を見込む。", "年40億～50億円|4000000000|JPY/year|rate|range|4000000000|5000000000|"},
	{"週2、3回使う。", "週2、3回|2|occurrence/week|rate|range|2|3|"},
	{"運行本数を1日16往復から10往復に減らした。", "1日16往復|16|item/day|rate|eq|15.5|16.5|\n10往復|10|item/day|rate|eq|5|15|"},
	{"1本あたりの平均単価は約1万円", "1本あたりの平均単価は約1万円|10000|JPY/item|rate|approx|0|20000|"},
	{"8店舗目を出す", "8店舗目|8|rank|rank|eq|8|8|"},
	{"傾斜は30度を超える。", "30度を超える|30|deg|measure|gt|30||"},
	{"3度目の挑戦", "3度目|3|rank|rank|eq|3|3|"},
	{"県内で5カ所目の施設となる。", "5カ所目|5|rank|rank|eq|5|5|"},
	{"花火は約2万2000発を打ち上げる。", "約2万2000発|22000|item|count|approx|21000|23000|"},	/* 発 counts shots */
	{"導入は県内で7市目、訪問は15カ国目となる。", "7市目|7|rank|rank|eq|7|7|\n15カ国目|15|rank|rank|eq|15|15|"},
	/* "not even one" and "as soon as possible": no figure */
	{"犠牲者は1人もいなかった。", ""},
	{"前四半期は5%増えた。", "5%|5|percent|percent|eq|4.5|5.5|2024-04/2024-06"},	/* the quarter before publication (July) */
	{"強風で1機も飛ばせない日が続いた。", ""},
	{"今年の売り上げは前年比の-5%です。", "-5%|-5|percent|percent|eq|-5.5|-4.5|2024"},	/* 前年比の: a change, no base figure of 前年 */
	{"今年は1トンも取れない", ""},	/* not even one ton */
	{"1日も早い復旧を願う。", ""},
	{"1人も3人も同じだ。", "1人|1|person|count|eq|0.5|1.5|\n3人|3|person|count|eq|2.5|3.5|"},
	{"国内で10例目の感染が確認された。", "10例目|10|rank|rank|eq|10|10|"},
	{"3軒目の店を出す。", "3軒目|3|rank|rank|eq|3|3|"},
	{"5カ所で工事が進む。", "5カ所|5|item|count|eq|4.5|5.5|"},
	{"原油は1バレル60～70ドル", "1バレル60～70ドル|60|USD/barrel|rate|range|60|70|"},
	{"1泊2食付きで1人2万～3万円台", "1泊|1|night|count|eq|0.5|1.5|\n2食|2|item|count|eq|1.5|2.5|\n1人2万～3万円台|20000|JPY/person|rate|range|20000|40000|"},
	{"ラーメンは1杯1000円", "1杯1000円|1000|JPY/item|rate|eq|500|1500|"},
	{"屋台で1皿40バーツ", "1皿40バーツ|40|THB/item|rate|eq|35|45|"},
	{"2泊3日の旅", "2泊|2|night|count|eq|1.5|2.5|\n3日|3|day|duration|eq|2.5|3.5|"},
	{"費用は1匹5000円", "1匹5000円|5000|JPY/item|rate|eq|4500|5500|"},
	{"1冊1500円で販売", "1冊1500円|1500|JPY/item|rate|eq|1450|1550|"},
	{"100人に届いていません。", "100人に届いていません|100|person|count|lt||100|"},
	{"1台あたり40万円を上限とし、", "1台あたり40万円を上限とし|400000|JPY/item|rate|le||400000|"},
	{"500台目標を掲げた。", "500台|500|item|count|eq|450|550|"},
	{"毎年6月に約3000人が訪れる。", "6月||date|date|eq|||2024-06\n約3000人|3000|person|count|approx|2000|4000|"},
	{"県内12市町で実施。", "12市町|12|item|count|eq|11.5|12.5|"},
	{"1日の販売数の約4割を占める。", "約4割|40|percent|percent|approx|30|50|"},
	{"1本5000円を上限とする。", "1本5000円を上限とする|5000|JPY/item|rate|le||5000|"},
	{"第二小学校の児童は30人。", "30人|30|person|count|eq|25|35|"},
	{"空き家の活用は1割に満たず、課題だ。", "1割に満たず|10|percent|percent|lt||10|"},
	{"1か所あたりの作業時間は2時間半程度だ。", "1か所あたりの作業時間は2時間半程度|2.5|hour/item|rate|approx|2|3|"},
	{"年平均では約170戸が解体された。", "年平均では約170戸|170|household/year|rate|approx|160|180|"},
	{"年間で約4万円かかる。", "年間で約4万円|40000|JPY/year|rate|approx|30000|50000|"},
	{"3年間で約4万円かかる。", "3年間|3|year|duration|eq|2.5|3.5|\n約4万円|40000|JPY|money|approx|30000|50000|"},
	/* 1日平均 and a qualifier: a rate (it was a duration and a count) */
	{"1日平均約380人が利用した。", "1日平均約380人|380|person/day|rate|approx|370|390|"},
	{"1日に平均約380人が訪れた。", "1日に平均約380人|380|person/day|rate|approx|370|390|"},
	/* 昨年度以降: a date row from April of last year, as 2023年度以降 */
	{"昨年度以降、2件増えた。", "昨年度||date|date|eq|||2023-04/2024-07-23\n"
	 "2件|2|item|count|eq|1.5|2.5|2023-04/2024-07-23"},
	{"来年度以降、値上げする。", "来年度||date|date|eq|||2025-04/2026-03"},
	/* a year word after a written year ends a range: 昨年度 is FY2023, to March 2024 */
	{"2019年度から昨年度までの5年間で計1186戸。", "2019年度から昨年度||date|date|range|||2019-04/2024-03\n"
	 "5年間|5|year|duration|eq|4.5|5.5|2019-04/2024-03\n1186戸|1186|household|count|eq|1185.5|1186.5|2019-04/2024-03"},
	{"4月から10月末までに684件。", "4月から10月末||date|date|range|||2024-04/2024-10\n684件|684|item|count|eq|683.5|684.5|2024-04/2024-10"},
	{"5月下旬から7月にかけて年2回。", "5月下旬から7月||date|date|range|||2024-05/2024-07\n年2回|2|occurrence/year|rate|eq|1.5|2.5|2024-05/2024-07"},
	{"2020年から昨年までに計50戸。", "2020年から昨年||date|date|range|||2020/2023\n50戸|50|household|count|eq|45|55|2020/2023"},
	{"昨年から今年にかけて5件。", "5件|5|item|count|eq|4.5|5.5|2024"},
	{"2016年から25年までの10年間で2倍になった。", "2016年から25年||date|date|range|||2016/2025\n10年間|10|year|duration|eq|5|15|2016/2025\n2倍|2|times|ratio|eq|1.5|2.5|2016/2025"},
	{"コロナ禍前の2018〜19年シーズンの約8割まで回復した。", "2018〜19年||date|date|range|||2018/2019\n約8割|80|percent|percent|approx|70|90|"},	/* (the 8割 of that season: its base, まで回復, not its period) */
	{"1500〜19年", "1500|1500||number|eq|1450|1550|\n19年|19|year|duration|eq|18.5|19.5|"},	/* no year before the dash */
	{"5年から10年までかかる。", "5年から10年|5|year|duration|range|5|10|"},
	{"1ドル＝150円台で推移した今年上半期は輸出が伸びた。", "1ドル＝150円台|150|JPY/USD|rate|ge|150|160|2024-01/2024-06"},
	{"最も古い第2処理場は1967年に稼働した。", "1967年||date|date|eq|||1967"},
	{"第19回世界剣道選手権大会に50か国が参加した。", "50か国|50|item|count|eq|45|55|"},
	{"第3回目の会合。", "第3|3|rank|rank|eq|3|3|"},
	{"防具は1組600ユーロ前後で売れる。", "1組600ユーロ前後|600|EUR/item|rate|approx|500|700|"},
	{"1缶300円で売る。", "1缶300円|300|JPY/item|rate|eq|250|350|"},
	{"残業の上限は年960時間となる。", "上限は年960時間|960|hour/year|rate|le||960|"},
	{"時給の下限は1000円。", "下限は1000円|1000|JPY|money|ge|1000||"},
	{"車両2台を約1800万円で購入した。", "2台|2|item|count|eq|1.5|2.5|\n約1800万円|18000000|JPY|money|approx|17000000|19000000|"},	/* 両 of 車両 is no numeral */
	{"結果は両三日中に出る。", "両三日|2|day|duration|range|2|3|"},
	{"来場者は昨年の約80万人を5%ほど上回った。", "約80万人|800000|person|count|approx|700000|900000|2023\n5%ほど|5|percent|percent|approx|4|6|"},	/* the change is of no date */
	{"1日12往復を7往復に減らす。", "1日12往復|12|item/day|rate|eq|11.5|12.5|\n7往復|7|item/day|rate|eq|6.5|7.5|"},
	{"車両は5両編成で、定員は284人。", "5両|5|item|count|eq|4.5|5.5|\n284人|284|person|count|eq|283.5|284.5|"},	/* 両 after digits: cars */
	{"一両日中に回答する。", "一両日|1|day|duration|range|1|2|"},
	{"中心部の千代田町2丁目では空き家が27戸ある。", "27戸|27|household|count|eq|26.5|27.5|"},	/* an address */
	{"本社は丸の内1丁目2番3号、工場は5番地にある。", ""},
	{"料金は1200円から1400円程度。", "1200円から1400円程度|1200|JPY|money|range|1200|1400|"},	/* the sentence ends: a range */
	{"1回に20〜30人が集まった。", "1回に20〜30人|20|person/occurrence|rate|range|20|30|"},	/* so many each time */
	{"1回に2回", "1回|1|occurrence|count|eq|0.5|1.5|\n2回|2|occurrence|count|eq|1.5|2.5|"},
	{"勤務は1回8時間で、月1回2時間の研修がある。", "1回8時間|8|hour/occurrence|rate|eq|7.5|8.5|\n月1回|1|occurrence/month|rate|eq|0.5|1.5|\n2時間|2|hour|duration|eq|1.5|2.5|"},
	{"米を30俵出荷し、1俵1万5000円で売った。", "30俵|30|item|count|eq|25|35|\n1俵1万5000円|15000|JPY/item|rate|eq|14500|15500|"},
	{"卵は1パック250円。", "1パック250円|250|JPY/item|rate|eq|245|255|"},
	{"計12区画を割り当てる。", "12区画|12|item|count|eq|11.5|12.5|"},
	{"駅から徒歩3分の場所にある。", "3分|3|minute|duration|eq|2.5|3.5|"},
	{"焼き上がりまで2分半ほどかかる。", "2分半ほど|2.5|minute|duration|approx|2|3|"},
	{"作業時間は1個あたり5分程度に短縮された。", "1個あたり5分程度|5|minute/item|rate|approx|4|6|"},
	{"1人あたりの平均施術時間は12分前後だ。", "1人あたりの平均施術時間は12分前後|12|minute/person|rate|approx|11|13|"},
	{"駅から徒歩1分半。", "1分半|1.5|minute|duration|eq|1.25|1.75|"},
	{"第2選果場で1日50トンを扱う。", "1日50トン|50|t/day|rate|eq|45|55|"},
	{"第3清掃工場が稼働し、コメは平均約4.5キロを消費する。", "約4.5キロ|4.5|kg|measure|approx|4.4|4.6|"},	/* a facility name; キロ of rice after 平均 */
	{"収穫量は昨年産で約68万トンと、ピークだった1975年産の366万5000トンの5分の1以下に落ち込んだ。",
	 "約68万トン|680000|t|measure|approx|670000|690000|2023\n1975年||date|date|eq|||1975\n366万5000トン|3665000|t|measure|eq|3664500|3665500|1975\n5分の1以下|0.2|fraction|ratio|le||0.2|2023"},
	{"殺処分は過去最多だった2022年シーズンの約1771万羽の半分を超えた。",
	 "2022年||date|date|eq|||2022\n約1771万羽|17710000|item|count|approx|17700000|17720000|2022\n半分を超え|0.5|fraction|ratio|gt|0.5||"},
	{"9月に実施したアンケートでは、回答した1532人の半数近くが不便と答えた。",
	 "9月||date|date|eq|||2023-09\n1532人|1532|person|count|eq|1531.5|1532.5|2023-09\n半数近く|0.5|fraction|ratio|nearly|0.45|0.5|2023-09"},
	{"若い頃は1日に12時間働いても苦にならなかった。", "1日に12時間|12|hour/day|rate|eq|11.5|12.5|"},
	{"1日に8時間の停電があった。", "1日||date|date|eq|||2024-07-01\n8時間|8|hour|duration|eq|7.5|8.5|2024-07-01"},
	{"量は2000年の3.2キロの6割程度に落ちた。", "2000年||date|date|eq|||2000\n3.2キロ|3.2|km|distance|eq|3.15|3.25|2000\n6割程度|60|percent|percent|approx|50|70|"},
	{"1日に作れるのは3枚ほどだ。", "3枚ほど|3|item|count|approx|2|4|"},
	{"1日に処理できる量は50トン。", "50トン|50|t|measure|eq|45|55|"},
	/* two-digit N年からM年に is a change of a span; まで, にかけて, の間 end a range of years */
	{"耐用年数は30年から50年に延びる。", "30年|30|year|duration|eq|25|35|\n50年|50|year|duration|eq|45|55|"},
	{"創業から58年になる。", "58年|58|year|duration|eq|57.5|58.5|"},
	{"築63年になります。", "63年|63|year|duration|eq|62.5|63.5|"},
	{"24年に5%増えた。", "24年||date|date|eq|||2024\n5%|5|percent|percent|eq|4.5|5.5|2024"},
	{"保存期間を5年から10年に延ばす。", "5年|5|year|duration|eq|4.5|5.5|\n10年|10|year|duration|eq|5|15|"},
	{"売上高は20年から23年にかけて倍増した。", "20年から23年||date|date|range|||2020/2023\n倍増|2|times|ratio|eq|2|2|2020/2023"},
	{"20年から23年の間に倍増した。", "20年から23年||date|date|range|||2020/2023\n倍増|2|times|ratio|eq|2|2|2020/2023"},
	{"2016年から23年に倍増。", "2016年||date|date|eq|||2016\n23年||date|date|eq|||2023\n倍増|2|times|ratio|eq|2|2|2023"},
	{"第1次の交付は4月。", "4月||date|date|eq|||2024-04"},
	{"半年から1年程度かかる見通し。", "半年から1年程度|0.5|year|duration|range|0.5|1|"},
	{"交換には約半年かかる。", "約半年|0.5|year|duration|approx|0.4|0.6|"},
	{"半年前に比べ3割増。", "3割|30|percent|percent|eq|25|35|"},
	{"繁忙期の12月には、1日に1400件を超える日もあった。", "12月||date|date|eq|||2023-12\n1日に1400件を超える|1400|item/day|rate|gt|1400||2023-12"},
	{"3時間に約6万5000人が訪れた。", "3時間|3|hour|duration|eq|2.5|3.5|\n約6万5000人|65000|person|count|approx|64000|66000|"},
	{"2時間に1本の運行。", "2時間に1本|0.5|item/hour|rate|eq|0.4|0.666666666666667|"},
	{"今年2月末現在で19軒となった。", "今年2月末||date|date|eq|||2024-02\n19軒|19|item|count|eq|18.5|19.5|2024-02"},
	{"1軒あたり1日平均で120人程度が利用する。", "1日平均で120人程度|120|person/day|rate|approx|110|130|"},
	{"1頭あたりの報奨金を8000円から1万2000円に引き上げる。", "1頭あたりの報奨金を8000円|8000|JPY/item|rate|eq|7500|8500|\n1万2000円|12000|JPY/item|rate|eq|11500|12500|"},
	{"重機1台あたりの待機料を1日2万2000円から2万6000円に上げる。", "1日2万2000円|22000|JPY/day|rate|eq|21500|22500|\n2万6000円|26000|JPY/day|rate|eq|25500|26500|"},
	{"会員の1人で、元教員の田中さんは話す。", ""},
	{"温度を15度前後に保つ。", "15度前後|15|degC|temperature|approx|14|16|"},
	{"盆栽1500鉢ほどを輸出。", "1500鉢ほど|1500|item|count|approx|1400|1600|"},
	{"第3工房で作り、第2工業団地に進出する。", ""},
	{"第2駐輪場では、最大で40人近くが待つ。", "最大で40人近く|40|person|count|nearly|30|40|"},
	{"1棟あたり平均で約650万円かかる。", "1棟あたり平均で約650万円|6500000|JPY/item|rate|approx|6400000|6600000|"},
	{"創建1300年を迎え、25億円をかけて改修した。", "1300年|1300|year|duration|eq|1250|1350|\n25億円|2500000000|JPY|money|eq|2450000000|2550000000|"},
	{"2027年4月に1本目、同年10月に2本目を開業する。", "2027年4月||date|date|eq|||2027-04\n1本目|1|rank|rank|eq|1|1|2027-04\n10月||date|date|eq|||2027-10\n2本目|2|rank|rank|eq|2|2|2027-10"},
	{"料金は8000～1万2000円。", "8000～1万2000円|8000|JPY|money|range|8000|12000|"},
	{"2～3万人が参加。", "2～3万人|20000|person|count|range|20000|30000|"},
	{"1着5000～1万8000円で貸し出す。", "1着5000～1万8000円|5000|JPY/item|rate|range|5000|18000|"},
	{"1メートルあたりの更新費用は約13万円。", "1メートルあたりの更新費用は約13万円|130000|JPY/m|rate|approx|120000|140000|"},
	{"1キロあたりの建設費は約970億円。", "約970億円|97000000000|JPY|money|approx|96000000000|98000000000|"},
	{"1本あたり一律3000円の返金", "1本あたり一律3000円|3000|JPY/item|rate|eq|2500|3500|"},
	{"販売価格は1本199香港ドル", "1本199香港ドル|199|HKD/item|rate|eq|198.5|199.5|"},
	{"年に2～3回行く。", "年に2～3回|2|occurrence/year|rate|range|2|3|"},
	{"月平均で2年前より3万円多い", "2年前||date|date|eq|||2022\n3万円|30000|JPY|money|eq|25000|35000|"},
	{"支出は年平均で約6万7000円", "年平均で約6万7000円|67000|JPY/year|rate|approx|66000|68000|"},
	{"年間数百匹単位で", "年間数百匹||item/year|rate|vague|200|900|"},
	{"寄港1回当たりの経済効果は約4800万円", "1回当たりの経済効果は約4800万円|48000000|JPY/occurrence|rate|approx|47000000|49000000|"},
	{"新造船「オーシャンスター3」を就航させる。", ""},
	{"発生が14道県の51例に達した", "14道県|14|item|count|eq|13.5|14.5|\n51例|51|case|count|eq|50.5|51.5|"},
	{"100株以上を保有し、6道県で3隻目の新造船", "100株以上|100|share|count|ge|100||\n6道県|6|item|count|eq|5.5|6.5|\n3隻目|3|rank|rank|eq|3|3|"},
	{"稼働率は前年度を4.2ポイント上回った。", "4.2ポイント|4.2|point|percent|eq|4.15|4.25|"},
	/* a percentage of change after a dated base figure does not take the base's date */
	{"店舗数はピークだった1991年の154店から4割余り減りました。",
	 "1991年||date|date|eq|||1991\n154店|154|item|count|eq|153.5|154.5|1991\n4割余り|40|percent|percent|gt|40|50|"},
	{"ピークだった5月の4285円からは約8%下がった。",	/* からは: the base's date, not the change's */
	 "5月||date|date|eq|||2024-05\n4285円|4285|JPY|money|eq|4284.5|4285.5|2024-05\n約8%|8|percent|percent|approx|7|9|"},
	{"割合は68%と、5年前の41%から27ポイント上がった。",
	 "68%|68|percent|percent|eq|67.5|68.5|\n5年前||date|date|eq|||2019\n41%|41|percent|percent|eq|40.5|41.5|2019\n27ポイント|27|point|percent|eq|26.5|27.5|"},
	/* a date as the object of a verb of comparison is its base, no period */
	{"市場は2024年に約1350億円と、2019年を1割ほど上回った。",
	 "2024年||date|date|eq|||2024\n約1350億円|135000000000|JPY|money|approx|134000000000|136000000000|2024\n"
	 "2019年||date|date|eq|||2019\n1割ほど|10|percent|percent|approx|0|20|2024"},
	{"客数は2019年を2割上回る水準だ。", "2019年||date|date|eq|||2019\n2割|20|percent|percent|eq|15|25|"},
	{"銭湯は今年9月末時点で439軒と、1968年の2687軒から6分の1以下に減った。",
	 "今年9月末||date|date|eq|||2024-09\n439軒|439|item|count|eq|438.5|439.5|2024-09\n1968年||date|date|eq|||1968\n2687軒|2687|item|count|eq|2686.5|2687.5|1968\n6分の1以下|0.166666666666667|fraction|ratio|le||0.166666666666667|2024-09"},
	{"2023年度の当初予算（228億円）に比べて3割余り多い。", "2023年度||date|date|eq|||2023-04/2024-03\n228億円|22800000000|JPY|money|eq|22750000000|22850000000|2023-04/2024-03\n3割余り|30|percent|percent|gt|30|40|"},
	{"客室数は約2800室、マンションの一室を拠点に、第3源泉と第2倉庫", "約2800室|2800|item|count|approx|2700|2900|"},
	{"30年前の半分以下だ。", "30年前||date|date|eq|||1994\n半分以下|0.5|fraction|ratio|le||0.5|"},
	{"2021年の売上高は前年に比べて5%増えた。", "2021年||date|date|eq|||2021\n5%|5|percent|percent|eq|4.5|5.5|2021"},
	{"東京都で17日夕、停電が起きた", "17日||date|date|eq|||2024-07-17"},
	{"1台あたり最大60万円", "1台あたり最大60万円|600000|JPY/item|rate|le||600000|"},
	{"補助は1軒あたり年間最大50万円。", "1軒あたり年間最大50万円|500000|JPY/item|rate|le||500000|"},	/* 年間 between: still per house */
	{"補助は1人あたり年3万円。", "1人あたり年3万円|30000|JPY/person|rate|eq|25000|35000|"},
	{"コメは1俵あたり平均1万5000円程度で取引された。", "1俵あたり平均1万5000円程度|15000|JPY/item|rate|approx|14000|16000|"},
	{"平均価格は昨年同月の2万4500円から約31%上昇した。", "2万4500円|24500|JPY|money|eq|24450|24550|2023\n約31%|31|percent|percent|approx|30|32|"},	/* the change has no date */
	{"出荷量は1999年以降で2番目に少ない2万トンだった。", "1999年||date|date|eq|||1999/2024-07-23\n2番目|2|rank|rank|eq|2|2|\n2万トン|20000|t|measure|eq|15000|25000|"},	/* a record's date dates no other figure */
	{"2020年以降、売上は3割増えた。", "2020年||date|date|eq|||2020/2024-07-23\n3割|30|percent|percent|eq|25|35|2020/2024-07-23"},
	{"1日の水揚げ量は最大約38トン。", "1日の水揚げ量は最大約38トン|38|t/day|rate|le||38|"},
	{"会場は22歳から29歳が多い。", "22歳から29歳|22|year|age|range|22|30|"},	/* が after an age range */
	{"大学3年生の男性", "3年生|3|rank|rank|eq|3|3|"},
	{"到着まで平均42.5分かかった。", "42.5分|42.5|minute|duration|eq|42.45|42.55|"},
	{"119番通報が増えた。", ""},	/* a service number */
	{"LNG船を1隻270億円前後で受注した。", "1隻270億円前後|27000000000|JPY/item|rate|approx|26000000000|28000000000|"},
	{"1人でも多くの方に来てほしい。", ""},
	{"アンケートは複数回答で行った。", ""},
	{"10アールあたり480キロの収量。", "10アールあたり480キロ|48|kg/a|rate|eq|47.5|48.5|"},	/* a yield per area: キロ by weight */
	{"運賃は1区間2万9000円で、3区間で運休した。", "1区間2万9000円|29000|JPY/item|rate|eq|28500|29500|\n3区間|3|item|count|eq|2.5|3.5|"},
	{"第2醸造棟と第3貯蔵棟を新設した。", ""},	/* numbered buildings */
	{"定員は1クラス15〜20人で、1回60分のレッスンを3クラスで行う。", "1クラス15〜20人|15|person/item|rate|range|15|20|\n1回60分|60|minute/occurrence|rate|eq|55|65|\n3クラス|3|item|count|eq|2.5|3.5|"},
	{"施設長（62）は話した。", "（62）|62|year|age|eq|62|63|"},
	{"5場所連続で勝ち越した。", "5場所|5|item|count|eq|4.5|5.5|"},
	{"1日最大で約600店舗に配送する。", "1日最大で約600店舗|600|item/day|rate|le||600|"},
	{"気温は平年より6度近く高かった。", "6度近く|6|degC|temperature|nearly|5|6|"},	/* a qualifier between 度 and 高かった */
	{"一戸建ての住宅が多い。", ""},
	{"市内で7路線目となる。", "7路線目|7|rank|rank|eq|7|7|"},
	{"試験会場の一つ、市民会館では。", ""},	/* one of them */
	{"毎晩午後10時から翌朝5時まで営業する。", "午後10時から翌朝5時||time|time|range|||T22:00/T05:00"},
	{"利用者は2019年度の9割程度まで回復した。", "2019年度||date|date|eq|||2019-04/2020-03\n9割程度|90|percent|percent|approx|80|100|"},
	{"改修費は1戸平均で約180万円だった。", "1戸平均で約180万円|1800000|JPY/household|rate|approx|1700000|1900000|"},	/* 平均 between */
	{"費用は1台1日あたり約12万円。", "1日あたり約12万円|120000|JPY/day|rate|approx|110000|130000|"},	/* 1台 is part of the base */
	{"宿泊税は1人1泊あたり200円。", "1泊あたり200円|200|JPY/night|rate|eq|150|250|"},	/* 1人 is part of the base */
	{"点検は1戸あたり5分程度かかる。", "1戸あたり5分程度|5|minute/household|rate|approx|4|6|"},
	{"最低賃金を毎年7%以上引き上げる。", "毎年7%以上|7|percent/year|rate|ge|7||"},	/* so much every year */
	{"毎月約3万円かかる。", "毎月約3万円|30000|JPY/month|rate|approx|20000|40000|"},
	{"1世帯あたり年間約4万円の負担。", "1世帯あたり年間約4万円|40000|JPY/household|rate|approx|30000|50000|"},
	{"竹は1頭あたり1日に約40キロを食べ", "1日に約40キロ|40|km/day|rate|approx|30|50|"},	/* (キロ of food: kg, not yet) */
	{"予約3万件を受け付けた。", "3万件|30000|item|count|eq|25000|35000|"},
	/* review 11 */
	{"100豪ドルを支払った。", "100豪ドル|100|AUD|money|eq|50|150|"},
	{"少なくとも今後2週間は続く。", "少なくとも今後2週間|2|week|duration|ge|2||"},
	{"コメ5キロの平均価格", "5キロ|5|kg|measure|eq|4.5|5.5|"},
	{"石材の重さは1枚約40キロある。", "1枚約40キロ|40|kg/item|rate|approx|30|50|"},	/* a weight for each, as 1袋25キロ */
	{"5期連続の増収となった。", "5期|5|term|count|eq|4.5|5.5|"},
	/* review 12 */
	{"6日正午の気温は35度。", "6日||date|date|eq|||2024-07-06\n35度|35|degC|temperature|eq|34.5|35.5|2024-07-06"},
	{"最低気温が氷点下18.5度まで下がった。", "氷点下18.5度|-18.5|degC|temperature|eq|-18.55|-18.45|"},	/* 氷点下 between the word and the figure */
	{"3度目の挑戦", "3度目|3|rank|rank|eq|3|3|"},
	{"事務局長（66）は語った。", "（66）|66|year|age|eq|66|67|"},
	{"営業は午後5時から7時まで。", "午後5時から7時||time|time|range|||T17:00/T19:00"},
	{"ガソリンは1リットルあたり170～175円。", "1リットルあたり170～175円|170|JPY/L|rate|range|170|175|"},
	{"1か所あたり300万円を補助する。", "1か所あたり300万円|3000000|JPY/item|rate|eq|2500000|3500000|"},
	{"10キロ袋の価格", "10キロ|10|kg|measure|eq|5|15|"},
	{"1回のフライトで約20キロのプロパンガスを使う。", "1回|1|occurrence|count|eq|0.5|1.5|\n約20キロ|20|kg|measure|approx|10|30|"},
	{"約1.2キロの玄米を使う。", "約1.2キロ|1.2|kg|measure|approx|1.1|1.3|"},
	{"駅まで約3キロの道のり。", "約3キロ|3|km|distance|approx|2|4|"},
	{"石臼1台で約5キロの粉をひく。", "1台|1|item|count|eq|0.5|1.5|\n約5キロ|5|kg|measure|approx|4|6|"},
	{"約5キロの道のり", "約5キロ|5|km|distance|approx|4|6|"},
	{"東京まで50キロの距離", "50キロ|50|km|distance|eq|45|55|"},
	{"給水量は1日最大40万立方メートルに制限された。", "1日最大40万立方メートル|400000|m3/day|rate|le||400000|"},
	{"産油量を1日200万バレル減らす。", "1日200万バレル|2000000|barrel/day|rate|eq|1500000|2500000|"},
	/* the code review of session 10 */
	{"2023年物価は上昇した。", "2023年||date|date|eq|||2023"},
	{"株価は4万円あたりで推移した。", "4万円|40000|JPY|money|eq|35000|45000|"},
	{"火災で2棟半焼した。", "2棟|2|item|count|eq|1.5|2.5|"},
	{"米国（40）、中国（38）", "40|40||number|eq|35|45|\n38|38||number|eq|37.5|38.5|"},
	{"10世帯に１世帯", "10世帯に１世帯|0.1|fraction|ratio|eq|0.1|0.1|"},
	{"10年物国債の利回りは1.6%に上昇した。", "1.6%|1.6|percent|percent|eq|1.55|1.65|"},
	{"30年債は3.3%。変動10年の金利", "3.3%|3.3|percent|percent|eq|3.25|3.35|"},
	{"2回目の利上げ", "2回目|2|rank|rank|eq|2|2|"},
	{"エコノミストの山田太郎氏（52）は語った。", "（52）|52|year|age|eq|52|53|"},
	{"1月の消費者物価指数（2020年＝100）は6.8%上昇した。",
	 "1月||date|date|eq|||2024-01\n6.8%|6.8|percent|percent|eq|6.75|6.85|2024-01"},
	{"今冬は2019年冬ダイヤ（週約95便）の1.3倍近くに達する。",	/* a noun of the date between: the base, the bracket the date's */
	 "2019年||date|date|eq|||2019\n週約95便|95|flight/week|rate|approx|94|96|2019\n1.3倍近く|1.3|times|ratio|nearly|1.2|1.3|"},
	{"2025年の建築工事費デフレーター（2015年度＝100）は約135だった。",	/* a fiscal year as the base too */
	 "2025年||date|date|eq|||2025\n約135|135||number|approx|134|136|2025"},
	/* a date to come after 以降 keeps its own period */
	{"2024年9月以降、料金を10%引き上げる。", "2024年9月||date|date|eq|||2024-09\n10%|10|percent|percent|eq|5|15|2024-09"},
	/* earthquakes: magnitude, JMA intensity (強 and 弱 name a level) */
	{"M6.8の地震", "M6.8|6.8|magnitude|measure|eq|6.75|6.85|"},
	{"マグニチュード7.1を観測", "マグニチュード7.1|7.1|magnitude|measure|eq|7.05|7.15|"},
	{"震度5弱以上の揺れ", "震度5弱以上|5|shindo|measure|ge|5||"},
	{"1000品目超が値上げ", "1000品目超|1000|item|count|gt|1000||"},
	{"総人口の6人に1人となった", "6人に1人|0.166666666666667|fraction|ratio|eq|0.166666666666667|0.166666666666667|"},
	{"3人に2人が賛成した。", "3人に2人|0.666666666666667|fraction|ratio|eq|0.666666666666667|0.666666666666667|"},
	{"3人に5人", "3人|3|person|count|eq|2.5|3.5|\n5人|5|person|count|eq|4.5|5.5|"},
	{"高齢者の約4人に1人が働く", "約4人に1人|0.25|fraction|ratio|approx|0.225|0.275|"},
	{"4世帯に1世帯", "4世帯に1世帯|0.25|fraction|ratio|eq|0.25|0.25|"},
	{"子ども1人に月5000円を支給する。", "月5000円|5000|JPY/month|rate|eq|4500|5500|"},
	{"3000万バレル", "3000万バレル|30000000|barrel|measure|eq|25000000|35000000|"},
	{"約2割5分", "約2割5分|25|percent|percent|approx|24|26|"},
	{"2倍", "2倍|2|times|ratio|eq|1.5|2.5|"},
	{"5ポイント", "5ポイント|5|point|percent|eq|4.5|5.5|"},
	{"60キロ", "60キロ|60|km|distance|eq|55|65|"},
	{"0%", "0%|0|percent|percent|eq|0|0.5|"},
	/* qualifiers */
	{"約 60 マイル", "約 60 マイル|60|mile|distance|approx|50|70|"},
	{"40万人以上", "40万人以上|400000|person|count|ge|400000||"},
	{"50 人近く", "50 人近く|50|person|count|nearly|40|50|"},
	{"3,000 社近く", "3,000 社近く|3000|company|count|nearly|2000|3000|"},
	{"30%を上回る", "30%を上回る|30|percent|percent|gt|30||"},
	{"3%未満", "3%未満|3|percent|percent|lt||3|"},
	{"5年余り", "5年余り|5|year|duration|gt|5|6|"},
	{"12%強", "12%強|12|percent|percent|gt|12|13|"},
	{"最大 50 人", "最大 50 人|50|person|count|le||50|"},
	{"少なくとも 3 社", "少なくとも 3 社|3|company|count|ge|3||"},
	{"1 年以内", "1 年以内|1|year|duration|le||1|"},
	{"ほとんどゼロ", "ほとんどゼロ|0||number|nearly|0|1|"},	/* nearly 0: a little above */
	/* vague, ranges, alternatives, rates, fractions, ranks, ages */
	{"数千ドル", "数千ドル||USD|money|vague|2000|9000|"},
	{"数十人", "数十人||person|count|vague|20|90|"},
	{"十数人", "十数人||person|count|vague|11|19|"},
	{"2 ~ 3 日", "2 ~ 3 日|2|day|duration|range|2|3|"},
	{"10〜20%", "10〜20%|10|percent|percent|range|10|20|"},
	{"400人から500人に増えた", "400人|400|person|count|eq|350|450|\n"
				  "500人|500|person|count|eq|450|550|"},
	{"60日または90日以内", "60日|60|day|duration|le||60|\n90日以内|90|day|duration|le||90|"},
	{"1週間に1人", "1週間に1人|1|person/week|rate|eq|0.5|1.5|"},
	{"少なくとも 6 か月に 1 回", "少なくとも 6 か月に 1 回|0.166666666666667|occurrence/month|rate|ge|0.166666666666667||"},
	{"3分の1", "3分の1|0.333333333333333|fraction|ratio|eq|0.333333333333333|0.333333333333333|"},
	{"半数", "半数|0.5|fraction|ratio|eq|0.5|0.5|"},
	{"ほぼ半分", "ほぼ半分|0.5|fraction|ratio|nearly|0.45|0.5|"},
	{"第 1 位", "第 1 位|1|rank|rank|eq|1|1|"},
	{"トップ30の大学", "トップ30|30|rank|rank|eq|30|30|"},
	{"2本目の記事", "2本目|2|rank|rank|eq|2|2|"},
	{"シー・チーさん(25)", "(25)|25|year|age|eq|25|26|"},
	{"30歳", "30歳|30|year|age|eq|30|31|"},
	/* dates and times, published 2024-07-23 */
	{"2022年6月", "2022年6月||date|date|eq|||2022-06"},
	{"2024 年 2 月", "2024 年 2 月||date|date|eq|||2024-02"},
	{"今年5月", "今年5月||date|date|eq|||2024-05"},
	{"昨年9月", "昨年9月||date|date|eq|||2023-09"},
	{"今年7月17日", "今年7月17日||date|date|eq|||2024-07-17"},
	{"8月", "8月||date|date|eq|||2024-08"},	/* the month after publication's: to come */
	{"新工場は3月に稼働する予定。", "3月||date|date|eq|||2025-03"},	/* に after a month before publication's, in a clause to come: next year's */
	{"新工場は3月から稼働する。", "3月||date|date|eq|||2025-03"},
	{"1月から5月までの販売台数は前年を上回る見通しだ。", "1月から5月||date|date|range|||2024-01/2024-05"},	/* the まで of a range: no sign of time to come */
	{"3月にオープンしたばかりの店舗で記念イベントを開く。", "3月||date|date|eq|||2024-03"},	/* したばかり: in the past */
	{"3月に入ってから雨が少ない状態が続く。", "3月||date|date|eq|||2024-03"},	/* てから: since */
	{"来季は3月27日に開幕する予定。", "3月27日||date|date|eq|||2025-03-27"},	/* a day too */
	{"来季は3月27日に開幕した。", "3月27日||date|date|eq|||2024-03-27"},
	{"新工場は3月に稼働した。", "3月||date|date|eq|||2024-03"},	/* in the past: this year's */
	{"5月に発行された論文では、削減することが示される。", "5月||date|date|eq|||2024-05"},	/* された before a noun: a verb in the past */
	{"3月に比べ5%増える見通し。", "3月||date|date|eq|||2024-03\n5%|5|percent|percent|eq|4.5|5.5|"},	/* に比べ: a base */
	{"8月から値上げした。", "8月||date|date|eq|||2023-08"},	/* but in a clause in the past, last year's */
	{"8月使用分の料金を発表した。", "8月||date|date|eq|||2024-08"},	/* the past of a saying */
	{"9月", "9月||date|date|eq|||2023-09"},	/* two after: last year's */
	{"7月23日", "7月23日||date|date|eq|||2024-07-23"},
	{"7月24日", "7月24日||date|date|eq|||2024-07-24"},	/* the day after publication: to come */
	{"9月24日", "9月24日||date|date|eq|||2023-09-24"},	/* two months after: last year's */
	{"報告の期限は8月2日だ。", "8月2日||date|date|eq|||2024-08-02"},
	{"市は28日までに配る", "28日||date|date|eq|||2024-07-28"},	/* within a week: this month */
	{"31日に発表した", "31日||date|date|eq|||2024-05-31"},	/* June has no 31st */
	{"2022 年頃", "2022 年頃||date|date|approx|||2022"},
	{"2024-07-23", "2024-07-23||date|date|eq|||2024-07-23"},
	{"13月", "13|13||number|eq|12.5|13.5|"},	/* not a month */
	{"午後 11 時", "午後 11 時||time|time|eq|||T23:00"},
	{"10 時から 6 時まで", "10 時から 6 時||time|time|range|||T10:00/T18:00"},
	{"3年間", "3年間|3|year|duration|eq|2.5|3.5|"},
	{"株価は14日、", "14日||date|date|eq|||2024-07-14"},
	{"60日以内", "60日以内|60|day|duration|le||60|"},
	{"4～9月期", "4～9月||date|date|range|||2024-04/2024-09"},
	{"試合は3対2で勝った", ""},
	{"相手を2－1で破り、3-2の逆転勝ちを収めた", ""},	/* a score with a dash before a word of the game */
	{"1株当たり50円の配当", "1株当たり50円|50|JPY/share|rate|eq|45|55|"},
	{"売上高は4.8%増の4兆6,210億円", "4.8%|4.8|percent|percent|eq|4.75|4.85|\n"
	 "4兆6,210億円|4621000000000|JPY|money|eq|4620500000000|4621500000000|"},
	{"1人当たり10万円", "1人当たり10万円|100000|JPY/person|rate|eq|50000|150000|"},
	/* quarters as a duration; 四半期 is no 4 */
	{"あと1～2四半期は厳しい", "1～2四半期|1|quarter|duration|range|1|2|"},
	{"四半期決算の発表", ""},
	{"1ドル＝146円台", "1ドル＝146円台|146|JPY/USD|rate|ge|146|147|"},
	{"社長（61）は", "（61）|61|year|age|eq|61|62|"},
	{"3,200人を上回った", "3,200人を上回った|3200|person|count|gt|3200||"},
	{"新造船「しまかぜ3」と『はやぶさ2』の計2隻。", "2隻|2|item|count|eq|1.5|2.5|"},	/* a name in quotes, hiragana before its number (but ship counts stay) */
	{"プレイステーション5の販売", ""},
	{"今年1月から来年3月まで", "今年1月から来年3月||date|date|range|||2024-01/2025-03"},
	{"7月から9月まで", "7月から9月||date|date|range|||2024-07/2024-09"},
	{"2023年11月から2月にかけて", "2023年11月から2月||date|date|range|||2023-11/2024-02"},
	{"23時から1時まで", "23時から1時||time|time|range|||T23:00/T01:00"},
	{"24時30分", "24|24||number|eq|23.5|24.5|\n30|30||number|eq|25|35|"},	/* no such time */
	/* periods */
	{"2019 年でも、27% と 31% でした。",
	 "2019 年||date|date|eq|||2019\n27%|27|percent|percent|eq|26.5|27.5|2019\n"
	 "31%|31|percent|percent|eq|30.5|31.5|2019"},
	{"報告書(2022年)によると、38%を占めていた。",
	 "2022年||date|date|eq|||2022\n38%|38|percent|percent|eq|37.5|38.5|2022"},
	{"2019年から2023年にかけて3,000社近くが誕生した。",
	 "2019年から2023年||date|date|range|||2019/2023\n"
	 "3,000社近く|3000|company|count|nearly|2000|3000|2019/2023"},
	{"2022年初め以降、40万人以上が削減された。",
	 "2022年||date|date|eq|||2022/2024-07-23\n40万人以上|400000|person|count|ge|400000||2022/2024-07-23"},
	{"昨年、株価は60%以上上昇した。", "60%以上|60|percent|percent|ge|60||2023"},
	{"現在、4 社がある。", "4 社|4|company|count|eq|3.5|4.5|2024-07-23"},
	{"2022年のことだ。売上は 5% 増えた。",
	 "2022年||date|date|eq|||2022\n5%|5|percent|percent|eq|4.5|5.5|"},
	/* names and words are not claims */
	{"GPT-4 と GPT-3.5 と GPT3", ""},
	{"A100 および H100 チップ", ""},
	{"H-1B 就労ビザ", ""},
	{"DALL-E 2 のリリース", ""},
	{"COVID-19", ""},
	{"一部の企業は一時的に十分な一流の", ""},
	{"ユーザー数は", ""},
	{"その一人だ", "一人|1|person|count|eq|0.5|1.5|"},
	{"60km", "60km|60|km|distance|eq|55|65|"},
	/* fiscal years: April to March */
	{"2025年度の売上高", "2025年度||date|date|eq|||2025-04/2026-03"},
	{"2026年3月期の純利益", "2026年3月期||date|date|eq|||2025-04/2026-03"},
	/* an exchange rate is one claim */
	{"為替の前提は1ドル＝145円程度", "1ドル＝145円程度|145|JPY/USD|rate|approx|144|146|"},
	{"1ドル=146円台", "1ドル=146円台|146|JPY/USD|rate|ge|146|147|"},
	/* period words for the end of a year and for fiscal years */
	{"昨年末には3%を下回り", "3%を下回り|3|percent|percent|lt||3|2023-12"},
	{"来年度の利益は1割以上", "1割以上|10|percent|percent|ge|10||2025-04/2026-03"},
	/* review 3: unseen articles */
	{"人口が1万人を下回っている", "1万人を下回って|10000|person|count|lt||10000|"},
	{"2,000戸近く", "2,000戸近く|2000|household|count|nearly|1000|2000|"},
	{"片道40分かけて", "40分|40|minute|duration|eq|35|45|"},
	{"70歳の男性", "70歳|70|year|age|eq|70|71|"},
	{"秋田県が2日発表した", "2日||date|date|eq|||2024-07-02"},
	{"2024年4～12月期連結決算", "2024年4～12月||date|date|range|||2024-04/2024-12"},
	{"会見は18:30から", "18:30||time|time|eq|||T18:30"},
	{"10月1日現在の人口は88万人", "10月1日||date|date|eq|||2023-10-01\n"
	 "88万人|880000|person|count|eq|875000|885000|2023-10-01"},
	{"2021年3月期以来5年ぶり", "2021年3月期||date|date|eq|||2020-04/2024-07-23\n"
	 "5年|5|year|duration|eq|4.5|5.5|2020-04/2024-07-23"},
	{"国道246号沿い", ""},
	{"1世帯当たり最大100万円", "1世帯当たり最大100万円|1000000|JPY/household|rate|le||1000000|"},
	{"70歳から74歳の住民", "70歳から74歳|70|year|age|range|70|75|"},
	{"3%から4%程度の賃上げ", "3%から4%程度|3|percent|percent|range|3|4|"},
	/* a part of a fiscal year written beside it: its months */
	{"2023年度上半期に214件", "2023年度||date|date|eq|||2023-04/2023-09\n214件|214|item|count|eq|213.5|214.5|2023-04/2023-09"},
	{"2023年度の第4四半期に214件", "2023年度||date|date|eq|||2024-01/2024-03\n214件|214|item|count|eq|213.5|214.5|2024-01/2024-03"},
	/* a part of a fiscal year written as a word (今年度, 昨年度) counts its months */
	{"今年度上半期に214件", "214件|214|item|count|eq|213.5|214.5|2024-04/2024-09"},
	{"昨年度の第4四半期に214件", "214件|214|item|count|eq|213.5|214.5|2024-01/2024-03"},
	{"今年度下半期に214件", "214件|214|item|count|eq|213.5|214.5|2024-10/2025-03"},
	{"今年上半期に214件", "214件|214|item|count|eq|213.5|214.5|2024-01/2024-06"},
	{"2023年度の上期に214件", "2023年度||date|date|eq|||2023-04/2023-09\n214件|214|item|count|eq|213.5|214.5|2023-04/2023-09"},
	{"1000円から2000円に値上げ", "1000円|1000|JPY|money|eq|500|1500|\n2000円|2000|JPY|money|eq|1500|2500|"},
	{"20代と30代の移住者", "20代|20|year|age|eq|20|30|\n30代|30|year|age|eq|30|40|"},
	{"2020年代の日本", "2020年代||date|date|eq|||2020/2029"},
	{"90年代に建てられた。", "90年代||date|date|eq|||1990/1999"},
	{"20世紀20年代", "20世紀20年代||date|date|eq|||1920/1929"},
	{"1960～70年代に建設された。", "1960～70年代||date|date|range|||1960/1979"},
	{"代表取締役", ""},
	/* review 4 */
	{"過半数の賛成", ""},
	{"県議会（定数68）", "68|68||number|eq|67.5|68.5|"},
	{"1時間に100ミリ以上の雨", "1時間に100ミリ以上|100|mm/hour|rate|ge|100||"},
	{"60代以上の有権者", "60代以上|60|year|age|ge|60||"},
	{"台風19号の影響、1号機", ""},
	{"2月30日", "2|2||number|eq|1.5|2.5|\n30日|30|day|duration|eq|25|35|"},
	/* temperatures, the one kind whose sign is read */
	{"最低気温は氷点下5℃まで下がった", "氷点下5℃|-5|degC|temperature|eq|-5.5|-4.5|"},
	{"最高気温は35℃を超えた", "35℃を超え|35|degC|temperature|gt|35||"},
	/* review 5 */
	{"料金は350～400円程度", "350～400円程度|350|JPY|money|range|350|400|"},
	{"1日に最大400件の相談", "1日に最大400件|400|item/day|rate|le||400|"},
	/* two prefixes before the figure of a rate */
	{"工場は1日最大で約25万食を生産できる。", "1日最大で約25万食|250000|item/day|rate|le||250000|"},
	{"最大で1日に約1500人が訪れる。", "最大で1日に約1500人|1500|person/day|rate|le||1500|"},
	{"約1日で完成", "約1日|1|day|duration|approx|0|2|"},
	{"1日に最大で約400件を処理する。", "1日に最大で約400件|400|item/day|rate|le||400|"},
	{"目標の1割にも満たない", "1割にも満たない|10|percent|percent|lt||10|"},
	{"100億円に満たなかった", "100億円に満たなかった|10000000000|JPY|money|lt||10000000000|"},
	{"744自治体と12団体", "744自治体|744|item|count|eq|743.5|744.5|\n12団体|12|item|count|eq|11.5|12.5|"},
	{"第三者割当増資", ""},
	{"投資担当者（45）は話す", "（45）|45|year|age|eq|45|46|"},
	{"3月末の残高は前年同月末より4.2％増えた。", "3月末||date|date|eq|||2024-03\n4.2％|4.2|percent|percent|eq|4.15|4.25|2024-03"},	/* 前年同月末より: the base */
	{"今月の売上は前年より15%多い。", "15%|15|percent|percent|eq|14.5|15.5|2024-07"},	/* a subject marker after the date's noun: the date is the subject's, not the base's */
	{"2020年の値上がり額より5%多い。", "2020年||date|date|eq|||2020\n5%|5|percent|percent|eq|4.5|5.5|"},	/* (the が of 上がり ends no noun: a base) */
	{"1～9月は昨年同期より9社減った。", "1～9月||date|date|range|||2024-01/2024-09\n9社|9|company|count|eq|8.5|9.5|2024-01/2024-09"},
	{"最大約190兆円", "最大約190兆円|190000000000000|JPY|money|le||190000000000000|"},
	{"少なくとも約100人", "少なくとも約100人|100|person|count|ge|100||"},
	{"お問い合わせは0570-011000へ。", ""},
	{"第2次所得収支の黒字", ""},
	{"第63条の3に基づく", ""},
	{"数万台規模", "数万台規模||item|count|vague|20000|90000|"},
	{"30万円ほど", "30万円ほど|300000|JPY|money|approx|200000|400000|"},
	{"12車種と15カ国", "12車種|12|item|count|eq|11.5|12.5|\n15カ国|15|item|count|eq|14.5|15.5|"},
	{"3次元", ""},
	{"第4四半期に売上高は5%増える見通し。", "5%|5|percent|percent|eq|4.5|5.5|2024-10/2024-12"},
	{"住民1人あたりに換算すると約152万円", "1人あたりに換算すると約152万円|1520000|JPY/person|rate|approx|1510000|1530000|"},
	{"市民1人あたりの負債額は約440万円", "1人あたりの負債額は約440万円|4400000|JPY/person|rate|approx|4300000|4500000|"},
	{"1基あたりの費用は平均で約3000万円になる。", "1基あたりの費用は平均で約3000万円|30000000|JPY/item|rate|approx|20000000|40000000|"},
	{"1校あたりの補助額は50万円。", "1校あたりの補助額は50万円|500000|JPY/item|rate|eq|450000|550000|"},
	/* a comma after the topic: still the rate's figure */
	{"1人当たりの支給額は、3万円となる。", "1人当たりの支給額は、3万円|30000|JPY/person|rate|eq|25000|35000|"},
	{"1立方メートルあたりの価格は、約5000円に上がった。", "1立方メートルあたりの価格は、約5000円|5000|JPY/m3|rate|approx|4000|6000|"},
	{"1人あたりの負担は、2020年に比べ5割増えた。", "2020年||date|date|eq|||2020\n5割|50|percent|percent|eq|45|55|"},
	{"1日当たりの平均在校時間は11時間1分", "11時間1分|11.0166666666667|hour|duration|eq|11.0083333333333|11.025|"},
	{"円相場は1ドル＝150円台後半で推移。", "1ドル＝150円台後半|150|JPY/USD|rate|ge|155|160|"},
	{"3万円台前半", "3万円台前半|30000|JPY|money|ge|30000|35000|"},
	{"価格は1500〜1800円台だ。", "1500〜1800円台|1500|JPY|money|range|1500|1900|"},
	{"先月の販売台数は3万台だった。", "3万台|30000|item|count|eq|25000|35000|2024-06"},
	{"1日に平均3万人が利用する。", "1日に平均3万人|30000|person/day|rate|eq|25000|35000|"},
	{"新造船は総トン数約1900トンで、積載量は3000トン。", "約1900トン|1900|GT|measure|approx|1800|2000|\n3000トン|3000|t|measure|eq|2500|3500|"},	/* トン after 総トン数: gross tons */
	{"5万総トンの船", "5万総トン|50000|GT|measure|eq|45000|55000|"},
	{"12駅", "12駅|12|item|count|eq|11.5|12.5|"},
	{"延伸区間（約1.5キロ）を2025年1月に開業する。", "約1.5キロ|1.5|km|distance|approx|1.4|1.6|2025-01\n2025年1月||date|date|eq|||2025-01"},
	{"最大6.5兆円程度", "最大6.5兆円程度|6500000000000|JPY|money|le||6500000000000|"},
	{"2度にわたり延期した。", "2度|2|occurrence|count|eq|1.5|2.5|"},
	{"現場では9日も、約150人態勢で捜索した。", "9日||date|date|eq|||2024-07-09\n約150人|150|person|count|approx|140|160|2024-07-09"},
	{"雨は10日も続いた。", "10日|10|day|duration|eq|5|15|"},
	{"26年度に完成する。", "26年度||date|date|eq|||2026-04/2027-03"},
	{"18年3月末時点で5000人", "18年3月末||date|date|eq|||2018-03\n5000人|5000|person|count|eq|4500|5500|2018-03"},
	{"約2010年", "2010年||date|date|eq|||2010"},
	{"1件300円、1回500円", "1件300円|300|JPY/item|rate|eq|250|350|\n1回500円|500|JPY/occurrence|rate|eq|450|550|"},
	{"平均気温は平年より1.5度高かった。", "1.5度|1.5|degC|temperature|eq|1.45|1.55|"},
	{"1時間あたりの発着回数は最大32回に増える。", "1時間あたりの発着回数は最大32回|32|occurrence/hour|rate|le||32|"},
	{"昨年同期を17%上回った。", "17%|17|percent|percent|eq|16.5|17.5|"},
	{"スマホは1日2時間まで。", "1日2時間|2|hour/day|rate|eq|1.5|2.5|"},
	{"1人1日あたり180円", "1日あたり180円|180|JPY/day|rate|eq|175|185|"},
	{"5年前の約2倍に増えた。", "5年前||date|date|eq|||2019\n約2倍|2|times|ratio|approx|1|3|"},
	{"2023年の輸出は2020年の2倍だった。", "2023年||date|date|eq|||2023\n2020年||date|date|eq|||2020\n2倍|2|times|ratio|eq|1.5|2.5|2023"},
	{"1年前の1.1%から上昇した。", "1年前||date|date|eq|||2023\n1.1%|1.1|percent|percent|eq|1.05|1.15|2023"},
	{"1日2往復", "1日2往復|2|item/day|rate|eq|1.5|2.5|"},
	{"47都道府県", "47都道府県|47|item|count|eq|46.5|47.5|"},
	{"2023年度の販売額は4年連続で前年度を上回った。", "2023年度||date|date|eq|||2023-04/2024-03\n4年|4|year|duration|eq|3.5|4.5|2023-04/2024-03"},
	{"1人当たり平均は約8万1000円", "1人当たり平均は約8万1000円|81000|JPY/person|rate|approx|80000|82000|"},
	{"第2次総合計画", ""},
	{"相談は1日に20件以上寄せられる。", "1日に20件以上|20|item/day|rate|ge|20||"},
	{"1日平均で50件を超える", "1日平均で50件を超える|50|item/day|rate|gt|50||"},
	{"1日に3人が死亡した。", "1日||date|date|eq|||2024-07-01\n3人|3|person|count|eq|2.5|3.5|2024-07-01"},
	{"第一三共は5%増益", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"株価は3度高値をつけた", "3|3||number|eq|2.5|3.5|"},
	{"1年前倒しで完成", "1年|1|year|duration|eq|0.5|1.5|"},
	{"平成30年3月", "平成30年3月||date|date|eq|||2018-03"},	/* eras: a year counted from the first */
	{"令和6年度の予算は112兆円だった。", "令和6年度||date|date|eq|||2024-04/2025-03\n112兆円|112000000000000|JPY|money|eq|111500000000000|112500000000000|2024-04/2025-03"},
	{"平成30年に3人が死亡した。", "平成30年||date|date|eq|||2018\n3人|3|person|count|eq|2.5|3.5|2018"},
	{"令和元年10月から", "令和元年10月||date|date|eq|||2019-10"},
	{"昭和64年1月7日", "昭和64年1月7日||date|date|eq|||1989-01-07"},
	{"令和５年末の残高", "令和５年末||date|date|eq|||2023-12"},
	{"令和7年3月期の純利益", "令和7年3月期||date|date|eq|||2024-04/2025-03"},
	{"同社の24年12月期の連結純利益は820億円だった。", "24年12月期||date|date|eq|||2024-01/2024-12\n820億円|82000000000|JPY|money|eq|81500000000|82500000000|2024-01/2024-12"},
	{"今年最多となる8日目の猛暑日", "8日目|8|rank|rank|eq|8|8|2024"},
	{"2期目の市長", "2期目|2|rank|rank|eq|2|2|"},
	{"令和六年度に", "令和六年度||date|date|eq|||2024-04/2025-03"},
	{"平成の30年間で", "30年間|30|year|duration|eq|25|35|"},
	{"2、3年後には黒字化する。", "2、3年|2|year|duration|range|2|3|"},	/* 、: one or the next */
	{"2、3日で届く", "2、3日|2|day|duration|range|2|3|"},
	{"5、6人のグループ", "5、6人|5|person|count|range|5|6|"},
	{"3、4割の企業", "3、4割|30|percent|percent|range|30|40|"},
	{"20、30人", "20、30人|20|person|count|range|20|30|"},
	{"1、3人", "1|1||number|eq|0.5|1.5|\n3人|3|person|count|eq|2.5|3.5|"},
	{"福島第一原発の6、7号機", ""},
	{"00年度", "00年度||date|date|eq|||2000-04/2001-03"},
	{"人口が2000人を切る", "2000人を切る|2000|person|count|lt||2000|"},
	{"両県で9地点", "9地点|9|item|count|eq|8.5|9.5|"},
	{"3基の原発", "3基|3|item|count|eq|2.5|3.5|"},
	{"今月26日に発表する。", "今月26日||date|date|eq|||2024-07-26"},
	{"来年3月期の売上高は5%増える見通し。", "来年3月期||date|date|eq|||2024-04/2025-03\n5%|5|percent|percent|eq|4.5|5.5|2024-04/2025-03"},
	{"従業員1人あたりの人件費も5年前の約1.3倍", "5年前||date|date|eq|||2019\n約1.3倍|1.3|times|ratio|approx|1.2|1.4|"},
	{"卵を1日200個ほど使う", "1日200個ほど|200|item/day|rate|approx|100|300|"},
	{"第3のビール", ""},
	{"第 1 位の選手", "第 1 位|1|rank|rank|eq|1|1|"},
	{"12月29日から今月3日までの6日間に48人が死亡した。", "12月29日||date|date|eq|||2023-12-29\n今月3日||date|date|eq|||2024-07-03\n6日間|6|day|duration|eq|5.5|6.5|2024-07-03\n48人|48|person|count|eq|47.5|48.5|2024-07-03"},
	{"1年前より45円高い。", "1年前||date|date|eq|||2023\n45円|45|JPY|money|eq|44.5|45.5|"},
	{"第11次交通安全基本計画", ""},
	{"第3次県立病院改革プランを策定した", ""},	/* a plan, no rank */
	{"時速60キロで走行", "時速60キロ|60|km/h|measure|eq|55|65|"},
	{"観覧席は1席5000〜1万2000円で完売した。", "1席5000〜1万2000円|5000|JPY/seat|rate|range|5000|12000|"},	/* per seat */
	{"発生から5日目の9日も延焼が続いている。", "5日目|5|rank|rank|eq|5|5|2024-07-09\n9日||date|date|eq|||2024-07-09"},	/* the day the count reached: a date */
	{"コメは1袋20キロから25キロ。", "1袋20キロから25キロ|20|kg/item|rate|range|20|25|"},	/* AからB at the end: a range of a rate */
	{"総事業費は約30億円札幌市が負担する。", "約30億円|3000000000|JPY|money|approx|2000000000|4000000000|"},	/* 札幌 after 円: a city, no note */
	{"山頂の気温は7月下旬でも5度前後だ。", "7月下旬||date|date|eq|||2024-07\n5度前後|5|degC|temperature|approx|4|6|2024-07"},	/* a month and でも between */
	{"1日の登山者を4000人に制限した。", "1日の登山者を4000人|4000|person/day|rate|eq|3500|4500|"},	/* 1日の…を: per day too */
	{"マグロは1匹40〜60キロほど、飲料は1本350〜500ミリリットル。", "1匹40〜60キロほど|40|kg/item|rate|range|40|60|\n1本350〜500ミリリットル|350|mL/item|rate|range|350|500|"},	/* a range for each thing */
	{"バスは約3分に1本運行する。", "約3分に1本|0.333333333333333|item/minute|rate|approx|0.25|0.5|"},
	{"前年より約9万件増え、1日平均では約2万1100件、およそ4.1秒に1回の割合で救急車が出動した。", "約9万件|90000|item|count|approx|80000|100000|\n1日平均では約2万1100件|21100|item/day|rate|approx|21000|21200|\nおよそ4.1秒に1回|0.24390243902439|occurrence/second|rate|approx|0.238095238095238|0.25|"},	/* the rule keyed by 秒に too */	/* one is exact: the span as rounded bounds the rate */
	{"山田選手は9秒95を出し、31分12秒21で7位。", "9秒95|9.95|second|duration|eq|9.945|9.955|\n31分12秒21|31.2035|minute|duration|eq|31.2034166666667|31.2035833333333|\n7位|7|rank|rank|eq|7|7|"},	/* hundredths after 秒 */
	{"第一生命経済研究所によると最大震度7を観測し、援助隊は300隊程度。", "最大震度7|7|shindo|measure|eq|6.5|7.5|\n300隊程度|300|item|count|approx|200|400|"},
	{"1日の平均売上高は約69万円。", "1日の平均売上高は約69万円|690000|JPY/day|rate|approx|680000|700000|"},	/* a day's sales: per day, not the 1st */
	{"新1万円札と500円玉。満開は来月4日ごろ。", "来月4日ごろ||date|date|approx|||2024-08-04"},	/* a note, a coin: names; an about after a date */
	{"12月に計画運休を実施した。", "12月||date|date|eq|||2023-12"},	/* 計画運休: a noun, no plan to come */
	{"漁業者（67）と工場長（56）", "（67）|67|year|age|eq|67|68|\n（56）|56|year|age|eq|56|57|"},	/* a person's noun in 者 */
	{"昨年12月23〜29日の1週間に約5000人。", "昨年12月23〜29日||date|date|range|||2023-12-23/2023-12-29\n1週間に約5000人|5000|person/week|rate|approx|4000|6000|2023-12-23/2023-12-29"},
	{"10～16日の1週間に1万804人。", "10～16日||date|date|range|||2024-07-10/2024-07-16\n1週間に1万804人|10804|person/week|rate|eq|10803.5|10804.5|2024-07-10/2024-07-16"},
	{"総務省が9月に発表した調査によると、失業率は2.6%だった。", "9月||date|date|eq|||2023-09\n2.6%|2.6|percent|percent|eq|2.55|2.65|2023-09"},	/* によると: according to, no verb to come */
	{"2校が21世紀枠で選ばれた。", "2校|2|item|count|eq|1.5|2.5|"},	/* a century is an era, no figure */
	{"2022年度は50件で、前年度は40件だった。", "2022年度||date|date|eq|||2022-04/2023-03\n50件|50|item|count|eq|45|55|2022-04/2023-03\n40件|40|item|count|eq|35|45|2021-04/2022-03"},	/* 前年度 counts from the fiscal year before it */
	{"佐藤投手（3年）は任期3年。", "3年|3|rank|rank|eq|3|3|\n3年|3|year|duration|eq|2.5|3.5|"},	/* a student's year in brackets */
	{"大手3行と82大学。1週間に500球以内とする。", "3行|3|item|count|eq|2.5|3.5|\n82大学|82|item|count|eq|81.5|82.5|\n1週間に500球以内|500|item/week|rate|le||500|"},
	{"試験は1月17、18日に、追試は1月24～25日に実施。", "1月17||date|date|eq|||2024-01-17\n18日||date|date|eq|||2024-01-18\n1月24～25日||date|date|range|||2024-01-24/2024-01-25"},	/* a list and a range of days after a month */
	{"健大高崎は5―2で智弁和歌山を破り、観客は3万人。", "3万人|30000|person|count|eq|25000|35000|"},	/* a score with a bar, the loser between */
	{"11三振を奪い、観客は3万5千人。", "11|11||number|eq|10.5|11.5|\n3万5千人|35000|person|count|eq|34500|35500|"},	/* a kanji digit after an arabic one starts a word */
	{"訪日客消費が過去最高　5年連続で増加", "5年|5|year|duration|eq|4.5|5.5|"},	/* an ideographic space parts a headline */
	{"訪日客消費が過去最高 　5年連続で増加", "5年|5|year|duration|eq|4.5|5.5|"},	/* and with an ordinary space before it */
	{"年産30万トンの工場と月産5000台のライン", "年産30万トン|300000|t/year|rate|eq|250000|350000|\n月産5000台|5000|item/month|rate|eq|4500|5500|"},
	{"約17時に上陸する見込み。", "約17時||time|time|approx|||T17:00"},	/* a qualifier before a time */
	{"平均勤務時間は1日11時間12分だった。", "1日11時間12分|11.2|hour/day|rate|eq|11.1916666666667|11.2083333333333|"},	/* a rate's duration and a smaller one */
	{"2023年産米の価格は前年産より6割高い。", "2023年||date|date|eq|||2023\n6割|60|percent|percent|eq|55|65|2023"},	/* 前年産: a crop year, the base */
	{"サケは1尾あたり平均3.2キロ、3教科以上、5科目", "1尾あたり平均3.2キロ|3.2|kg/item|rate|eq|3.15|3.25|\n3教科以上|3|item|count|ge|3||\n5科目|5|item|count|eq|4.5|5.5|"},	/* fish, subjects */
	{"学生1人あたりの平均エントリー数は約20社だった。", "1人あたりの平均エントリー数は約20社|20|company/person|rate|approx|10|30|"},	/* ー in the noun between */
	{"漁獲は2000年代初めの10倍近くに増えた。", "2000年代||date|date|eq|||2000/2009\n10倍近く|10|times|ratio|nearly|0|10|"},	/* the base's date, a part of it between */
	{"28日からの総雨量は5月の平年値の2倍以上に達した。", "28日||date|date|eq|||2024-07-28\n5月||date|date|eq|||2024-05\n2倍以上|2|times|ratio|ge|2||2024-07-28"},
	{"比率は基準の4%を大きく上回っている。", "4%を大きく上回って|4|percent|percent|gt|4||"},
	{"飛散量は1平方センチあたり312個、1試合平均では3万1226人だった。", "1平方センチあたり312個|312|item/cm2|rate|eq|311.5|312.5|\n1試合平均では3万1226人|31226|person/item|rate|eq|31225.5|31226.5|"},
	{"1人あたりの年間消費量は約51キロで、1962年度の118キロの半分以下に減った。", "1人あたりの年間消費量は約51キロ|51|kg/person|rate|approx|50|52|\n1962年度||date|date|eq|||1962-04/1963-03\n118キロ|118|kg|measure|eq|117.5|118.5|1962-04/1963-03\n半分以下|0.5|fraction|ratio|le||0.5|"},	/* a rate's kg, and so the キロ after it */
	{"中心気圧950ヘクトパスカル、最大風速40メートル、最大瞬間風速は毎秒60メートル、秒速約30メートル", "950ヘクトパスカル|950|hPa|measure|eq|945|955|\n40メートル|40|m/second|measure|eq|35|45|\n毎秒60メートル|60|m/second|measure|eq|55|65|\n秒速約30メートル|30|m/second|measure|approx|20|40|"},	/* air pressure; a wind's speed */
	{"毎秒約2000トンを放流し、毎時500人が通る", "毎秒約2000トン|2000|t/second|rate|approx|1000|3000|\n毎時500人|500|person/hour|rate|eq|450|550|"},
	{"高さ40メートルの塔", "40メートル|40|m|distance|eq|35|45|"},	/* no wind: a length */
	{"2割に届いていない", "2割に届いていない|20|percent|percent|lt||20|"},
	{"50年に1度の大雨", "50年に1度|0.02|occurrence/year|rate|eq|0.0181818181818182|0.0222222222222222|"},
	{"気温は1度上昇", "1度|1|degC|temperature|eq|0.5|1.5|"},
	{"1人当たりの被害額は約630万円", "1人当たりの被害額は約630万円|6300000|JPY/person|rate|approx|6200000|6400000|"},
	{"第3ターミナル、第21号台風", ""},
	{"2022年末にリリース", "2022年末||date|date|eq|||2022-12"},
	{"入山料は1人4000円", "1人4000円|4000|JPY/person|rate|eq|3500|4500|"},
	{"35度以上の猛暑日が続いた", "35度以上|35|degC|temperature|ge|35||"},	/* degrees that make a kind of day */
	{"25度の夏日", "25度|25|degC|temperature|eq|24.5|25.5|"},
	{"彼は3度以上日本を訪れた", "3|3||number|eq|2.5|3.5|"},	/* (度 of times before 日本: no temperature) */
	{"1人あたりの給付額を10日に発表した", "10日||date|date|eq|||2024-07-10"},	/* (a day of the month after を: no rate) */
	{"源泉の温度は10年前の約102度から下がった", "10年前||date|date|eq|||2014\n約102度|102|degC|temperature|approx|101|103|2014"},	/* a date of years ago between the word and the degrees */
	{"平均水温は過去30年で約2度上がった", "30年|30|year|duration|eq|25|35|\n約2度|2|degC|temperature|approx|1|3|"},	/* a span of years between the word and the degrees */
	{"耐用年数の40年を大きく超えていた", "40年を大きく超え|40|year|duration|gt|40||"},	/* an adverb of degree before 超え */
	{"多い時は1日に5、6頭見る", "1日に5、6頭|5|item/day|rate|range|5|6|"},	/* a verb of seeing: no 1st of the month */
	{"昆布は1日に200キロ以上採れた", "1日に200キロ以上|200|kg/day|rate|ge|200||"},
	{"耐用年数は10年から15年程度とされる", "10年から15年程度|10|year|duration|range|10|15|"},	/* 程度 after B: a range whatever follows */
	{"価格を100円から120円程度に引き上げる", "100円|100|JPY|money|eq|50|150|\n120円程度|120|JPY|money|approx|110|130|"},	/* (程度に: a change) */
	{"上位20位以内を目指す", "20位以内|20|rank|rank|le||20|"},	/* 以内 of a rank: that place or better (以下 of a rank is worse: no bound read) */
	{"10位以下に落ちた", "10位|10|rank|rank|eq|10|10|"},
	{"体重は40〜100キロほどで、150キロを超える個体もいる", "40〜100キロほど|40|kg|measure|range|40|100|\n150キロを超える|150|kg|measure|gt|150||"},	/* the range's unit, written after its end, read so once in the sentence */
	{"通報は1日に5〜10件ある", "1日に5〜10件|5|item/day|rate|range|5|10|"},	/* a range after 1日に: no 1st of the month has one */
	{"問い合わせは1日に20件ある", "1日に20件|20|item/day|rate|eq|15|25|"},	/* ある: what a day has */
	{"最高気温は26.3度で、夜間は5度前後まで下がった", "26.3度|26.3|degC|temperature|eq|26.25|26.35|\n5度前後|5|degC|temperature|approx|4|6|"},	/* 度 read as degrees once in the sentence */
	{"気温は30度で、3度目の猛暑日となった", "30度|30|degC|temperature|eq|25|35|\n3度目|3|rank|rank|eq|3|3|"},	/* (3度目: a third time, no degrees) */
	{"最高気温は35度で、猛暑日は今年3度あった", "35度|35|degC|temperature|eq|34.5|35.5|\n3|3||number|eq|2.5|3.5|2024"},	/* (3度あった: times; unit_after lets 前後, まで, を, に carry the unit) */
	{"体温は38度まで上がり、3度ほど吐いた", "38度|38|degC|temperature|eq|37.5|38.5|\n3|3||number|eq|2.5|3.5|"},	/* (ほど and a verb: times) */
	{"平均気温は10年前の約102度から4度ほど下がった", "10年前||date|date|eq|||2014\n約102度|102|degC|temperature|approx|101|103|2014\n4度ほど|4|degC|temperature|approx|3|5|"},	/* ほど and a verb of falling: degrees */
	{"来場者は前年の3万人から5万人ほどと大幅に増えた", "3万人|30000|person|count|eq|25000|35000|\n5万人ほど|50000|person|count|approx|40000|60000|"},	/* (ほどと増えた: a change, no range) */
	{"同社は1日に2、3社と協議した", "1日||date|date|eq|||2024-07-01\n2、3社|2|company|count|range|2|3|2024-07-01"},	/* (a pair after 1日に: the 1st, not a rate) */
	{"気温は35度を超え、今月2度の警報が出た", "35度を超え|35|degC|temperature|gt|35||\n2|2||number|eq|1.5|2.5|2024-07"},	/* (2度の: twice) */
	{"湯温は最高で68度あり、加水して42度に調整", "最高で68度|68|degC|temperature|le||68|\n42度|42|degC|temperature|eq|41.5|42.5|"},	/* キロ of what a day yields: a weight */
	{"1日あたり約880グラムで、県平均の約920グラムを下回る", "1日あたり約880グラム|880|g/day|rate|approx|870|890|\n約920グラムを下回る|920|g/day|rate|lt||920|"},	/* the base below, in the rate's unit */
	{"1人あたりの滞在日数を2.5日まで延ばしたい", "1人あたりの滞在日数を2.5日|2.5|day/person|rate|eq|2.45|2.55|"},	/* a rate's target after を */
	{"価格は2100円を大きく上回った。へい死率は例年の2〜3割を上回った。", "2100円を大きく上回った|2100|JPY|money|gt|2100||\n2〜3割を上回った|20|percent|percent|range|20|30|"},
	{"二三日で届く。", "二三日|2|day|duration|range|2|3|"},	/* two next numerals: a range, no 23 */
	{"2015年に工場を建て、10年は約50人が働いた。", "2015年||date|date|eq|||2015\n10年|10|year|duration|eq|5|15|2015\n約50人|50|person|count|approx|40|60|2015"},	/* 10年 before 2015: ten years, no year */
	{"料金は9月より154円安くなる。", "9月||date|date|eq|||2024-09\n154円|154|JPY|money|eq|153.5|154.5|"},	/* より before a figure: a base, even to come */
	{"1日あたりの出荷量は最大で約40トンに上る。", "1日あたりの出荷量は最大で約40トン|40|t/day|rate|le||40|"},	/* the bound wins over 約 */
	{"バスは30分に1本運行する。午後3時30分に1人が来た。", "30分に1本|0.0333333333333333|item/minute|rate|eq|0.0285714285714286|0.04|\n午後3時30分||time|time|eq|||T15:30\n1人|1|person|count|eq|0.5|1.5|"},	/* minutes as a rate's base, not a time's */
	{"育休を半年から1年程度延長した。", "半年から1年程度|0.5|year|duration|range|0.5|1|"},	/* a range before a verb of extending */
	{"12〜2月の販売は8割近くを占めた。", "12〜2月||date|date|range|||2023-12/2024-02\n8割近く|80|percent|percent|nearly|70|80|2023-12/2024-02"},	/* an end month before the start: the next year */
	{"来年4月から捕獲1頭あたりの報奨金を現在の8000円から1万2000円に引き上げる。", "来年4月||date|date|eq|||2025-04\n1頭あたりの報奨金を現在の8000円|8000|JPY/item|rate|eq|7500|8500|\n1万2000円|12000|JPY/item|rate|eq|11500|12500|2025-04"},	/* 現在 in the rate's words: no date before it */
	{"1頭あたりの報奨金は、現在の8000円から1万2000円に増やす。", "1頭あたりの報奨金は、現在の8000円|8000|JPY/item|rate|eq|7500|8500|\n1万2000円|12000|JPY/item|rate|eq|11500|12500|"},	/* は、現在の: still the rate's words */
	{"1頭あたりの報奨金も現在の8000円から1万2000円に増やす。", "1頭あたりの報奨金も現在の8000円|8000|JPY/item|rate|eq|7500|8500|\n1万2000円|12000|JPY/item|rate|eq|11500|12500|"},
	{"水揚げは2008年に約34万トンあったが、24年は約3万9000トンだった。", "2008年||date|date|eq|||2008\n約34万トン|340000|t|measure|approx|330000|350000|2008\n24年||date|date|eq|||2024\n約3万9000トン|39000|t|measure|approx|38000|40000|2024"},	/* a year of two digits set against one of four */
	{"2015年に開業し、10年は赤字だった。", "2015年||date|date|eq|||2015\n10年|10|year|duration|eq|5|15|2015"},	/* no figure after は: a span */
	{"1箱（約10キロ）あたり8000円から1万円で取引されている。", "1箱（約10キロ）あたり8000円から1万円|8000|JPY/item|rate|range|8000|10000|\n約10キロ|10|kg|measure|approx|0|20|"},	/* the range past the figure in brackets */
	{"水温は平年より2度近く低い17度前後だった。", "2度近く|2|degC|temperature|nearly|1|2|\n17度前後|17|degC|temperature|approx|16|18|"},
	{"残業の上限は原則年960時間となる。", "年960時間|960|hour/year|rate|eq|955|965|"},	/* 原則 before 年: a rate */
	{"コシヒカリ5キロの店頭価格は4500円。タクシーで5キロの料金は2000円。", "5キロ|5|kg|measure|eq|4.5|5.5|\n4500円|4500|JPY|money|eq|4450|4550|\n5キロ|5|km|distance|eq|4.5|5.5|\n2000円|2000|JPY|money|eq|1500|2500|"},	/* a price of so many kilos: kg; a fare: km */
	{"コメは5キロ3500円、銘柄米は5キロ約4200円で、5キロ4000円台が続く。", "5キロ|5|kg|measure|eq|4.5|5.5|\n3500円|3500|JPY|money|eq|3450|3550|\n5キロ|5|kg|measure|eq|4.5|5.5|\n約4200円|4200|JPY|money|approx|4100|4300|\n5キロ|5|kg|measure|eq|4.5|5.5|\n4000円台|4000|JPY|money|ge|4000|5000|"},	/* a price right after: kg */
	{"コメの年間消費量は約51キロ。", "約51キロ|51|kg|measure|approx|50|52|"},	/* a noun of an amount, 量, weighs */
	{"米価が1俵2万円を切れば赤字になる。", "1俵2万円を切れば|20000|JPY/item|rate|lt||20000|"},	/* if it falls below: below, as を下回れば */
	{"宿泊税の上限を1人1泊1万円に引き上げる。", "上限を1人1泊1万円|10000|JPY/night|rate|le||10000|"},	/* a bound before the base: 1人 no count */
	{"昨年度末の残高は約12億円だった。", "約12億円|1200000000|JPY|money|approx|1100000000|1300000000|2024-03"},	/* 末 after a fiscal year word: its last month */
	{"1店舗平均は約300人で、1試合平均は3万1515人だった。", "1店舗平均は約300人|300|person/item|rate|approx|200|400|\n1試合平均は3万1515人|31515|person/item|rate|eq|31514.5|31515.5|"},	/* 平均 between the base and the figure */
	{"地価は1坪（約3.3平方メートル）あたり約200万円で、広さは30坪。", "1坪（約3.3平方メートル）あたり約200万円|2000000|JPY/tsubo|rate|approx|1000000|3000000|\n約3.3平方メートル|3.3|m2|measure|approx|3.2|3.4|\n30坪|30|tsubo|measure|eq|25|35|"},	/* 坪, a unit of area */
	{"1病院あたりの平均は約3億5000万円。", "1病院あたりの平均は約3億5000万円|350000000|JPY/item|rate|approx|340000000|360000000|"},	/* 病院 a counter before あたりの */
	{"負担は1人あたり月平均で約4200円。", "1人あたり月平均で約4200円|4200|JPY/person|rate|approx|4100|4300|"},	/* 月平均, as 年平均 */
	{"ヘルパー1人あたりの訪問は1日5〜6件で。", "1日5〜6件|5|item/day|rate|range|5|6|"},	/* 1日 the base of the next rate, no figure of the first */
	{"1人あたりの担当件数は年間40件前後。", "1人あたりの担当件数は年間40件前後|40|item/person|rate|approx|30|50|"},	/* the year between left out */
	{"運転手1人あたりの残業は年960時間以内だ。", "1人あたりの残業は年960時間以内|960|hour/person|rate|le||960|"},	/* 年 alone before the figure, as 年間 */
	{"給食費は1食あたり、小学校で約290円、中学校で約340円となる。", "1食あたり、小学校で約290円|290|JPY/item|rate|approx|280|300|\n約340円|340|JPY/item|rate|approx|330|350|"},	/* a frame of one kind, 校で, before each */
	{"1人あたり、本校で約3万円、全校で約900万円。", "1人あたり、本校で約3万円|30000|JPY/person|rate|approx|20000|40000|\n約900万円|9000000|JPY|money|approx|8000000|10000000|"},	/* (全校: the whole, no item of the kind) */
	{"市は1人1日800グラム以下に減らす目標を掲げる。", "1日800グラム以下|800|g/day|rate|le||800|"},	/* グラム a unit of the rate of a day; 1人 no count */
	{"市は毎年計1億5000万円を投じる。", "毎年計1億5000万円|150000000|JPY/year|rate|eq|145000000|155000000|"},	/* 計 after 毎年 */
	{"便数は週に計6往復となる。", "週に計6往復|6|item/week|rate|eq|5.5|6.5|"},	/* 計 between */
	{"気温は平年より1.5度高く、12月の平均で16.2度だった。", "1.5度|1.5|degC|temperature|eq|1.45|1.55|\n12月||date|date|eq|||2023-12\n16.2度|16.2|degC|temperature|eq|16.15|16.25|2023-12"},	/* a unit again before だ */
	{"湯温は源泉によって42度から95度と幅がある。", "42度から95度|42|degC|temperature|range|42|95|"},	/* と幅: a range */
	{"初乗り運賃は1.2キロ500円。", "1.2キロ|1.2|km|distance|eq|1.15|1.25|\n500円|500|JPY|money|eq|450|550|"},	/* a fare's distance, no weight */
	{"1人あたり、本店で3万円、合計で500万円。", "1人あたり、本店で3万円|30000|JPY/person|rate|eq|25000|35000|\n500万円|5000000|JPY|money|eq|4500000|5500000|"},	/* (a total: another kind) */
	{"上限を1泊1万円とする。", "上限を1泊1万円|10000|JPY/night|rate|le||10000|"},
	{"目撃件数は昨年同期の287件の2倍を超える。", "287件|287|item|count|eq|286.5|287.5|2023\n2倍を超える|2|times|ratio|gt|2||"},	/* 同期 between: the base's date, not the multiple's */
	{"最も多かったのは11日で、約7万8000人が訪れた。", "11日||date|date|eq|||2024-07-11\n約7万8000人|78000|person|count|approx|77000|79000|2024-07-11"},	/* the day it was */
	{"完成までにかかったのは3日で、予定より早かった。", "3日|3|day|duration|eq|2.5|3.5|"},
	{"一昨年度の応募者は65人だった。", "65人|65|person|count|eq|64.5|65.5|2022-04/2023-03"},	/* the fiscal year before last */
	{"昨年度は97人が応募し、一昨年度の約1.5倍に増えた。", "97人|97|person|count|eq|96.5|97.5|2023-04/2024-03\n約1.5倍|1.5|times|ratio|approx|1.4|1.6|2023-04/2024-03"},
	{"昨年の最高値60万円を20万円上回った。", "60万円|600000|JPY|money|eq|550000|650000|2023\n20万円|200000|JPY|money|eq|150000|250000|"},	/* the change has no date */
	{"県は今年度の捕獲上限を1000頭から2000頭に引き上げた。", "上限を1000頭|1000|item|count|le||1000|2024-04/2025-03\n2000頭|2000|item|count|eq|1500|2500|2024-04/2025-03"},
	{"作業は3日から5日程度で終えたい。", "3日から5日程度|3|day|duration|range|3|5|"},	/* days about so long, no dates */
	{"祭りは3日から5日まで開かれる。", "3日から5日||date|date|range|||2024-07-03/2024-07-05"},
	{"成獣の体重は60〜100キロほど。", "60〜100キロほど|60|kg|measure|range|60|100|"},	/* a range of a weight */
	{"距離は60〜100キロ。", "60〜100キロ|60|km|distance|range|60|100|"},
	{"最高値は1キロあたり136万円で、昨年の118万円を大きく上回った。", "1キロあたり136万円|1360000|JPY/kg|rate|eq|1355000|1365000|\n118万円を大きく上回った|1180000|JPY/kg|rate|gt|1180000||2023"},	/* the base compared with */
	{"1人あたり約1万5100円で、全国平均の約1万3000円を上回った。", "1人あたり約1万5100円|15100|JPY/person|rate|approx|15000|15200|\n約1万3000円を上回った|13000|JPY/person|rate|gt|13000||"},
	{"1俵（60キロ）あたりの価格は特等で2万8500円と、前年より1500円上がった", "1俵（60キロ）あたりの価格は特等で2万8500円|28500|JPY/item|rate|eq|28450|28550|\n60キロ|60|kg|measure|eq|55|65|\n1500円|1500|JPY/item|rate|eq|1450|1550|"},
	{"概算金は1俵（玄米60キロ）あたり2万3000円", "1俵（玄米60キロ）あたり2万3000円|23000|JPY/item|rate|eq|22500|23500|\n60キロ|60|kg|measure|eq|55|65|"},	/* words beside the figure in brackets */
	{"1パック（約300グラム）800円で、1日200パックほど売れる", "1パック（約300グラム）800円|800|JPY/item|rate|eq|750|850|\n約300グラム|300|g|measure|approx|200|400|\n1日200パックほど|200|item/day|rate|approx|100|300|"},
	{"湯温は42度から68度。", "42度から68度|42|degC|temperature|range|42|68|"},
	{"宿泊客は2019年（42万1000人）の約91％まで回復した", "2019年||date|date|eq|||2019\n42万1000人|421000|person|count|eq|420500|421500|2019\n約91％|91|percent|percent|approx|90|92|"},	/* the base, its figure in brackets */
	{"1回に借りられる本は1人10冊まで", "1人10冊|10|item/person|rate|eq|5|15|"},	/* what one time allows: 1回 no row */
	{"海面水温は平年より1.5度高い24度前後で推移した", "1.5度|1.5|degC|temperature|eq|1.45|1.55|\n24度前後|24|degC|temperature|approx|23|25|"},	/* the level after the difference */
	{"新之助の1等米比率は95.0％で、2等以下は約4万8000トン", "95.0％|95|percent|percent|eq|94.95|95.05|\n約4万8000トン|48000|t|measure|approx|47000|49000|"},	/* grades: no figure */
	{"概算金は1俵（60キロ）あたり2万3000円で、前年より6000円引き上げた", "1俵（60キロ）あたり2万3000円|23000|JPY/item|rate|eq|22500|23500|\n60キロ|60|kg|measure|eq|55|65|\n6000円|6000|JPY/item|rate|eq|5500|6500|"},	/* a figure in brackets in a rate's words; a change someone sets */
	{"純米酒を10月から約150円値上げし、1本1980円とする", "10月||date|date|eq|||2024-10\n約150円|150|JPY|money|approx|140|160|2024-10\n1本1980円|1980|JPY/item|rate|eq|1975|1985|2024-10"},	/* 10月から: the start, no base */
	{"最低気温は1月下旬に氷点下16.8度まで下がった", "1月下旬||date|date|eq|||2024-01\n氷点下16.8度|-16.8|degC|temperature|eq|-16.85|-16.75|2024-01"},	/* a part of a month between */
	{"総事業費は2022年度の補正後予算額の12億円から5割増えた。",	/* a noun of six characters */
	 "2022年度||date|date|eq|||2022-04/2023-03\n12億円|1200000000|JPY|money|eq|1150000000|1250000000|2022-04/2023-03\n5割|50|percent|percent|eq|45|55|"},
	{"気温は日中でも5〜10度にとどまる。", "5〜10度|5|degC|temperature|range|5|10|"},	/* a range of degrees */
	{"1路線あたりの補助額は平均で約2100万円。", "1路線あたりの補助額は平均で約2100万円|21000000|JPY/item|rate|approx|20000000|22000000|"},
	{"入湯税は1人1泊150円。", "1泊150円|150|JPY/night|rate|eq|145|155|"},	/* 1人: part of the base */
	{"1日1人あたり300円を支給する。", "1人あたり300円|300|JPY/person|rate|eq|250|350|"},	/* 1日: part of the base */
	{"1棟に30世帯ほどが住む。", "1棟に30世帯ほど|30|household/item|rate|approx|20|40|"},	/* に between */
	{"1日に干せるのは多くて500本だ。", "500本|500|item|count|eq|450|550|"},	/* what a day allows: no date */
	{"5キロ箱で出荷する。", "5キロ|5|kg|measure|eq|4.5|5.5|"},	/* キロ before a box: a weight */
	{"事業費は今年度当初予算の3億2000万円から2倍以上に膨らんだ。",
	 "3億2000万円|320000000|JPY|money|eq|315000000|325000000|2024-04/2025-03\n2倍以上|2|times|ratio|ge|2||"},
	{"年収を昨年の平均約480万円から550万円に引き上げた。", "約480万円|4800000|JPY|money|approx|4700000|4900000|2023\n550万円|5500000|JPY|money|eq|5450000|5550000|"},	/* a noun and a qualifier between the base date and its figure */
	{"競りは来年1月14日と15日に開かれる。", "来年1月14日||date|date|eq|||2025-01-14\n15日||date|date|eq|||2025-01-15"},	/* a day after a date and と: its month */
	{"第2醸造蔵を建てた。", ""},	/* a facility's name */
	{"1頭あたりの平均価格は税込みで56万8000円だった。", "1頭あたりの平均価格は税込みで56万8000円|568000|JPY/item|rate|eq|567500|568500|"},	/* a word with kana and で between */
	{"旅館の女将（56）は話す。", "（56）|56|year|age|eq|56|57|"},
	{"年に数回は利用する。", "年に数回||occurrence/year|rate|vague|2|9|"},	/* a vague rate */
	{"総事業費は2022年度の当初見込みの12億円から5割増えた。",	/* a noun between the date and the base */
	 "2022年度||date|date|eq|||2022-04/2023-03\n12億円|1200000000|JPY|money|eq|1150000000|1250000000|2022-04/2023-03\n5割|50|percent|percent|eq|45|55|"},
	{"売上高は2022年度の見込みの12億円から18億円に増えた。",
	 "2022年度||date|date|eq|||2022-04/2023-03\n12億円|1200000000|JPY|money|eq|1150000000|1250000000|2022-04/2023-03\n18億円|1800000000|JPY|money|eq|1750000000|1850000000|"},
	{"佐賀県は生産枚数日本一だ。", ""},	/* 数 ends 枚数 before 日本 */
	{"ここ数日、雨が続く。", "数日||day|duration|vague|2|9|"},
	{"路線バスは1日計28便。", "1日計28便|28|flight/day|rate|eq|27.5|28.5|"},
	{"1日あたり最大で約8トンを処理する。", "1日あたり最大で約8トン|8|t/day|rate|le||8|"},
	{"売上高は昨年の2億700万円の約1.5倍になった。",
	 "2億700万円|207000000|JPY|money|eq|206500000|207500000|2023\n約1.5倍|1.5|times|ratio|approx|1.4|1.6|"},
	{"重さは1基約150キロ。", "1基約150キロ|150|kg/item|rate|approx|140|160|"},
	{"一人前になるまで10年かかる。", "10年|10|year|duration|eq|5|15|"},
	{"通院1回あたりの自己負担は現在200円。", "1回あたりの自己負担は現在200円|200|JPY/occurrence|rate|eq|150|250|"},
	{"海面水温は6月の平均で21.3度だった。", "6月||date|date|eq|||2024-06\n21.3度|21.3|degC|temperature|eq|21.25|21.35|2024-06"},
	{"利用料は月額2000円。", "月額2000円|2000|JPY/month|rate|eq|1500|2500|"},
	{"「10年後を見据え、植樹を続ける」", "10年後||date|date|eq|||2034"},
	{"教員1人あたりの園児数を15人以下とする。", "1人あたりの園児数を15人以下|15|person/person|rate|le||15|"},
	{"コメ1俵（45キロ）あたり1万8000円。",
	 "1俵（45キロ）あたり1万8000円|18000|JPY/item|rate|eq|17500|18500|\n45キロ|45|kg|measure|eq|44.5|45.5|"},
	{"リンゴの1キロあたりの平均単価は412円、1キロあたりの建設費は約970億円。", "1キロあたりの平均単価は412円|412|JPY/kg|rate|eq|411.5|412.5|\n約970億円|97000000000|JPY|money|approx|96000000000|98000000000|"},	/* a price of a kilogram; a cost of a kilometre stays money */
	{"1キロあたり平均420円で取引された。", "1キロあたり平均420円|420|JPY/kg|rate|eq|415|425|"},
	{"満足度は2020年の調査より6ポイント増えた。", "2020年||date|date|eq|||2020\n6ポイント|6|point|percent|eq|5.5|6.5|"},
	{"作業は3日から5日程度かかる。", "3日から5日程度|3|day|duration|range|3|5|"},
	{"3日から5日まで開く。", "3日から5日||date|date|range|||2024-07-03/2024-07-05"},
	{"価格は2021年から約3割上がった。", "2021年||date|date|eq|||2021\n約3割|30|percent|percent|approx|20|40|"},
	{"2021年から3年間で2割増えた。", "2021年||date|date|eq|||2021\n3年間|3|year|duration|eq|2.5|3.5|2021\n2割|20|percent|percent|eq|15|25|2021"},
	{"1日に20件の問い合わせがある。", "1日に20件|20|item/day|rate|eq|15|25|"},
	{"1日に3人の死者が出た。", "1日||date|date|eq|||2024-07-01\n3人|3|person|count|eq|2.5|3.5|2024-07-01"},
	{"木の重さは1本あたり300キロ前後。", "1本あたり300キロ前後|300|kg/item|rate|approx|200|400|"},
	{"1頭あたりの肉の量は平均15キロほど。", "1頭あたりの肉の量は平均15キロほど|15|kg/item|rate|approx|14|16|"},	/* 平均 before the weight */
	{"1路線あたりの乗車時間が最長で50分程度になる。", "1路線あたりの乗車時間が最長で50分程度|50|minute/item|rate|le||50|"},	/* 路線, 駅: things minutes are per */
	{"1台あたり10キロ走る。", "1台あたり10キロ|10|km/item|rate|eq|5|15|"},
	{"1日に4〜5時間かけて作業する。", "1日に4〜5時間|4|hour/day|rate|range|4|5|"},
	{"数自治体の一つだった。", "数自治体||item|count|vague|2|9|"},
	/* キロ as the object of a harvest is kilograms, and so the same word later in the sentence;
	 * 前年同期 counts from the period before, across the year's end too */
	{"12月から1月中旬までに約45キロを収穫し、前年同期の約60キロを下回った。",
	 "12月から1月中旬||date|date|range|||2023-12/2024-01\n約45キロ|45|kg|measure|approx|44|46|2023-12/2024-01\n"
	 "約60キロを下回った|60|kg|measure|lt||60|2022-12/2023-01"},
	{"時速60キロで10キロ走った。", "時速60キロ|60|km/h|measure|eq|55|65|\n10キロ|10|km|distance|eq|5|15|"},
	{"小麦粉は1袋25キロ。", "1袋25キロ|25|kg/item|rate|eq|24.5|25.5|"},
	{"1人10キロ走った。", "1人|1|person|count|eq|0.5|1.5|\n10キロ|10|km|distance|eq|5|15|"},
	{"1本500ミリリットル入り", "1本500ミリリットル|500|mL/item|rate|eq|450|550|"},
	{"児童数は現在の78人から、統合後は55人程度に減る。",
	 "78人|78|person|count|eq|77.5|78.5|2024-07-23\n55人程度|55|person|count|approx|54|56|"},
	{"補助は1人あたり月2万円とする。", "1人あたり月2万円|20000|JPY/person|rate|eq|15000|25000|"},
	{"気温は5度から12度。", "5度から12度|5|degC|temperature|range|5|12|"},
	{"気温は氷点下3度から5度まで上がった。", "氷点下3度から5度|-3|degC|temperature|range|-3|5|"},
	{"「10年後も続けたい」と話した。", "10年後||date|date|eq|||2034"},
	{"貸し出しは1人10冊までとする。", "1人10冊|10|item/person|rate|eq|5|15|"},
	{"補助は1世帯3基まで。", "1世帯3基|3|item/household|rate|eq|2.5|3.5|"},
	{"1人2人と増えた。", "1人|1|person|count|eq|0.5|1.5|\n2人|2|person|count|eq|1.5|2.5|"},
	{"利用者は1日あたりでは約1700人に上る。", "1日あたりでは約1700人|1700|person/day|rate|approx|1600|1800|"},
	{"1日の来店客数は全店で約12万人となった。", "1日の来店客数は全店で約12万人|120000|person/day|rate|approx|110000|130000|"},
	{"最大24時間降水量は300ミリに達した。", "24時間|24|hour|duration|eq|23.5|24.5|\n300ミリ|300|mm|distance|eq|250|350|"},
	/* a change of a rate, a clause on: in the rate's unit */
	{"特等米は1俵2万6000円台で、3年前に比べ約5000円上がった。",
	 "1俵2万6000円台|26000|JPY/item|rate|ge|26000|27000|\n3年前||date|date|eq|||2021\n約5000円|5000|JPY/item|rate|approx|4000|6000|"},
	{"客室1室あたりの平均単価は1万9800円で、前年より2300円高く、過去最高となった。",
	 "1室あたりの平均単価は1万9800円|19800|JPY/item|rate|eq|19750|19850|\n2300円|2300|JPY/item|rate|eq|2250|2350|"},
	/* the counters of THINGS: one list for the base of a rate and "not even one" */
	{"補助は1社500万円を上限とする。", "1社500万円を上限とする|5000000|JPY/company|rate|le||5000000|"},
	{"料金は1区画3000円。", "1区画3000円|3000|JPY/item|rate|eq|2500|3500|"},
	{"作業は1店舗あたり30分ほどかかる。", "1店舗あたり30分ほど|30|minute/item|rate|approx|20|40|"},
	{"被害は1戸もなかった。", ""},
	{"1時間に最大42便", "1時間に最大42便|42|flight/hour|rate|le||42|"},
	{"のぞみ64号、福島第1原発の処理水", ""},
	{"無職の男性（41）が逮捕された", "（41）|41|year|age|eq|41|42|"},
	{"利用者が3000万人を突破", "3000万人を突破|30000000|person|count|gt|30000000||"},
	{"営業は午前7時から午後10時の時間帯", "午前7時から午後10時||time|time|range|||T07:00/T22:00"},
	{"判決は9月末までに言い渡される予定だ", "9月末||date|date|eq|||2024-09"},	/* to come: this year's */
	{"昨年9月に発表した", "昨年9月||date|date|eq|||2023-09"},
	/* review 6 */
	{"1万ポイントを付与、5ポイント上昇", "1万ポイント|10000|point|count|eq|5000|15000|\n5ポイント|5|point|percent|eq|4.5|5.5|"},
	{"月260キロワット時、5キログラム", "月260キロワット時|260|kWh/month|rate|eq|255|265|\n5キログラム|5|kg|measure|eq|4.5|5.5|"},
	/* review 7 */
	{"残業は月80時間以上、週3日程度、最大で年60万円を支給", "月80時間以上|80|hour/month|rate|ge|80||\n"
	 "週3日程度|3|day/week|rate|approx|2|4|\n最大で年60万円|600000|JPY/year|rate|le||600000|"},
	{"第2工場の建設", ""},
	{"田中誠一社長（58）は", "（58）|58|year|age|eq|58|59|"},
	{"計三人が死亡", "三人|3|person|count|eq|2.5|3.5|"},
	{"生産量は月5万5000枚になる", "月5万5000枚|55000|item/month|rate|eq|54500|55500|"},
	{"所要時間は10時間45分", "10時間45分|10.75|hour|duration|eq|10.7416666666667|10.7583333333333|"},
	{"勤続1年6か月", "1年6か月|1.5|year|duration|eq|1.45833333333333|1.54166666666667|"},
	{"参加者数十人が集まった", "数十人||person|count|vague|20|90|"},	/* 数 and longer numerals stay */
	{"順位は第3、次いで第4", "第3|3|rank|rank|eq|3|3|\n第4|4|rank|rank|eq|4|4|"},
	{"2023年の第3四半期の売上高は5%増", "2023年||date|date|eq|||2023-07/2023-09\n5%|5|percent|percent|eq|4.5|5.5|2023-07/2023-09"},
	/* code review of session 9 */
	{"同年に300人が死亡", "300人|300|person|count|eq|250|350|"},
	{"約1万人に10億円を支給", "約1万人|10000|person|count|approx|0|20000|\n10億円|1000000000|JPY|money|eq|500000000|1500000000|"},
	{"重点5分野", "5|5||number|eq|4.5|5.5|"},
	{"税率を8%から10%の水準に", "8%|8|percent|percent|eq|7.5|8.5|\n10%|10|percent|percent|eq|5|15|"},
	{"2023年度から2025年度まで", "2023年度から2025年度||date|date|range|||2023-04/2026-03"},
	{"20代から30代の人", "20代から30代|20|year|age|range|20|40|"},
	{"週に2回通う", "週に2回|2|occurrence/week|rate|eq|1.5|2.5|"},
	{"1日3本の路線", "1日3本|3|item/day|rate|eq|2.5|3.5|"},
	{"2024年に3社が上場", "2024年||date|date|eq|||2024\n3社|3|company|count|eq|2.5|3.5|2024"},
	{"3月に2回", "3月||date|date|eq|||2024-03\n2回|2|occurrence|count|eq|1.5|2.5|2024-03"},
	/* the base of a comparison is no period */
	{"売上高は昨年比5%増", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"今年の売上高は2023年と比べ5%増", "2023年||date|date|eq|||2023\n5%|5|percent|percent|eq|4.5|5.5|2024"},
};

/* Chinese and English, each with its own rules (--lang zh, en). */
static const struct {
	const char *lang, *in, *want;
} OTHER[] = {
	{"zh", "年薪45万美元", "45万美元|450000|USD|money|eq|445000|455000|"},
	{"zh", "中心附近风速33米/秒，风速达每秒25米", "33米/秒|33|m/second|measure|eq|32.5|33.5|\n每秒25米|25|m/second|measure|eq|24.5|25.5|"},	/* a speed, as 風速40メートル */
	{"zh", "中心最低气压970百帕，每百克含3克", "970百帕|970|hPa|measure|eq|965|975|\n每百克含3克|0.03|g/g|rate|eq|0.025|0.035|"},	/* 百 of 百帕 is no hundred, of 每百克 one */
	{"en", "Pressure fell to 950 millibars, or 950 hPa.", "950 millibars|950|hPa|measure|eq|945|955|\n950 hPa|950|hPa|measure|eq|945|955|"},
	{"zh", "他一天最多能跑60单，一天能送40单。", "一天最多能跑60单|60|item/day|rate|le||60|\n一天能送40单|40|item/day|rate|eq|35|45|"},	/* delivering */
	{"en", "The council approved a $412 million budget for the fiscal year that begins Oct. 1.", "$412 million|412000000|USD|money|eq|411500000|412500000|2024-10-01\nOct. 1||date|date|eq|||2024-10-01"},	/* begins: to come, whatever approved says */
	{"en", "He won by less than a second, not a second term.", "less than a second|1|second|duration|lt||1|"},
	{"en", "Third-quarter net income of $1.4 billion, or $2.17 per share, compared with $1.27 billion a year earlier.", "$1.4 billion|1400000000|USD|money|eq|1350000000|1450000000|2024-07/2024-09\n$2.17 per share|2.17|USD/share|rate|eq|2.165|2.175|2024-07/2024-09\n$1.27 billion|1270000000|USD|money|eq|1265000000|1275000000|2023-07/2023-09"},
	{"en", "Borrowers owed $1.78 trillion at the end of 2023, up from $1.6 trillion five years earlier.", "$1.78 trillion|1780000000000|USD|money|eq|1775000000000|1785000000000|2023-12\nend of 2023||date|date|eq|||2023-12\n$1.6 trillion|1600000000000|USD|money|eq|1550000000000|1650000000000|2018-12"},	/* five years earlier: a period word, no span */
	{"zh", "台风预计于17时左右登陆，约下午5点在沿海。", "17时左右||time|time|approx|||T17:00\n约下午5点||time|time|approx|||T17:00"},
	{"zh", "他每天工作10个多小时，比去年多10多个小时。", "每天工作10个多小时|10|hour/day|rate|gt|10|11|\n10多个小时|10|hour/day|rate|gt|10|20|"},
	{"zh", "等了10个多月", "10个多月|10|month|duration|gt|10|11|"},
	{"zh", "民宿每天要接待游客100多户。", "每天要接待游客100多户|100|household/day|rate|gt|100|200|"},
	{"zh", "风力4至5级，阵风可达10级以上。", "4至5级|4|level|measure|range|4|5|\n10级以上|10|level|measure|ge|10||"},
	{"en", "Voters 18 to 29 backed him. Boeing 747 jets fly.", "18 to 29|18||number|range|18|29|"},
	{"zh", "標普500指數上漲1%。今年以來，成交額較去年同期增長30%。", "1%|1|percent|percent|eq|0.5|1.5|\n今年||date|date|eq|||2024/2024-07-23\n30%|30|percent|percent|eq|25|35|2024/2024-07-23"},	/* traditional 較: the base, no period */
	{"zh", "本报北京7月22日电（记者 王磊）为期40天的活动结束。", "7月22日||date|date|eq|||2024-07-22\n40天|40|day|duration|eq|35|45|"},	/* a dateline is the filing's day, no period */
	{"zh", "考试于1月17、18日举行，补考于1月24至25日。", "1月17||date|date|eq|||2024-01-17\n18日||date|date|eq|||2024-01-18\n1月24至25日||date|date|range|||2024-01-24/2024-01-25"},
	{"en", "Art of the 21st century and 20th-century design drew 300 people.", "300 people|300|person|count|eq|250|350|"},
	{"en", "He averaged 18.3 points per game.", "18.3 points per game|18.3|item/item|rate|eq|18.25|18.35|"},
	{"en", "a college fund for her four grandchildren", "four grandchildren|4|item|count|eq|3.5|4.5|"},
	{"en", "She claimed the $312 million Powerball jackpot from the July 2 drawing.", "$312 million|312000000|USD|money|eq|311500000|312500000|2024-07-02\nJuly 2||date|date|eq|||2024-07-02"},
	{"en", "Sales rose to $5 million from the July 2 level.", "$5 million|5000000|USD|money|eq|4500000|5500000|\nJuly 2||date|date|eq|||2024-07-02"},
	{"en", "Adjusted for inflation, $7.25 is worth about 30% less than it was 16 years ago.", "$7.25|7.25|USD|money|eq|7.245|7.255|\nabout 30%|30|percent|percent|approx|20|40|\n16 years ago||date|date|eq|||2008"},	/* than it was: a base, no period; a figure no subject */
	{"en", "In the 4th Congressional District, Harlan won 52.4% of the vote.", "52.4%|52.4|percent|percent|eq|52.35|52.45|"},
	{"zh", "排隊超過90分鐘，遇险时请拨打119或110求助。", "超過90分鐘|90|minute|duration|gt|90||"},
	{"zh", "缴费年限每满1年，养老金增加30元。", "30元|30|CNY|money|eq|25|35|"},	/* 每满1年: the base of a per-unit figure */
	{"zh", "新国标GB 17761-2024于7月实施，符合ISO 9001:2015的企业有30家。", "7月||date|date|eq|||2024-07\n30家|30|company|count|eq|25|35|2024-07"},	/* a standard's code and year: no figure */
	{"en", "It holds ISO 9001:2015 certification and 40 staff.", "40 staff|40|person|count|eq|35|45|"},
	{"en", "The port handles 9.5 million TEUs a year.", "9.5 million TEUs a year|9500000|item/year|rate|eq|9450000|9550000|"},
	{"en", "It was founded by three Greek-American friends.", "three Greek-American friends|3|item|count|eq|2.5|3.5|"},
	{"zh", "其中，外國旅客約佔三成，新增展覽空間約4500平方公尺，半年內開放至晚間9時。", "三成|30|percent|percent|approx|20|40|\n約4500平方公尺|4500|m2|measure|approx|4400|4600|\n半年內|0.5|year|duration|le||0.5|\n晚間9時||time|time|eq|||T21:00"},	/* traditional 佔, 公尺, 內, 晚間 */
	{"zh", "旺季时每天要派送包裹2万多件。", "每天要派送包裹2万多件|20000|item/day|rate|gt|20000|30000|"},
	{"zh", "恢复至疫情前的八成五左右，七成三的人满意。", "八成五左右|85|percent|percent|approx|84|86|\n七成三|73|percent|percent|eq|72.5|73.5|"},	/* a tenth of 成 after it */
	{"zh", "每淘汰1辆汽车，可减少排放约30公斤。", "约30公斤|30|kg|measure|approx|20|40|"},
	{"zh", "每部电梯造价在45万元至60万元之间。", "每部电梯造价在45万元至60万元|450000|CNY/item|rate|range|450000|600000|"},
	{"zh", "改造前60岁以上老人占比超过40%，机票最低只需1500元左右，比前一年增加1.8%。", "60岁以上|60|year|age|ge|60||\n超过40%|40|percent|percent|gt|40||\n最低只需1500元左右|1500|CNY|money|ge|1500||\n1.8%|1.8|percent|percent|eq|1.75|1.85|"},
	{"en", "Eggs climbed to $4.95 in January, up from $4.15 in December and more than double the $2.52 a year earlier.", "$4.95|4.95|USD|money|eq|4.945|4.955|2024-01\nJanuary||date|date|eq|||2024-01\n$4.15|4.15|USD|money|eq|4.145|4.155|2023-12\nDecember||date|date|eq|||2023-12\nmore than double|2|times|ratio|gt|2||2024-01\n$2.52|2.52|USD|money|eq|2.515|2.525|2023-01"},	/* a year earlier than the figure compared, not another base */
	{"en", "It crested 0.8 feet above the record set in 2008 and more than 13 feet above flood stage.", "0.8 feet|0.8|ft|distance|eq|0.75|0.85|\n2008||date|date|eq|||2008\nmore than 13 feet|13|ft|distance|gt|13||"},	/* a base record's date */
	{"en", "Each giraffe eats up to 75 pounds of leaves and hay a day.", "up to 75 pounds of leaves and hay a day|75|lb/day|rate|le||75|"},
	{"en", "Compared with February 2024, sales were up 3.1%.", "February 2024||date|date|eq|||2024-02\n3.1%|3.1|percent|percent|eq|3.05|3.15|"},	/* a base that opens the sentence */
	{"en", "A hearing is at the courthouse annex, 120 N. Main St., with 40 seats.", "40 seats|40|seat|count|eq|35|45|"},
	{"en", "Flu peaks between late December and mid-February; sales from December-February 2024 fell.", "late December and mid-February||date|date|range|||2023-12/2024-02\nDecember-February 2024||date|date|range|||2023-12/2024-02"},	/* month ranges into the next year */
	{"zh", "出游的人比前几年多了三成左右，已经工作3年多了。", "几年||year|duration|vague|2|9|\n三成左右|30|percent|percent|approx|20|40|\n3年多|3|year|duration|gt|3|4|"},	/* 多了 before a figure: a verb */
	{"zh", "单日票房最高为7月19日的5.2亿元。", "7月19日||date|date|eq|||2024-07-19\n5.2亿元|520000000|CNY|money|eq|515000000|525000000|2024-07-19"},	/* a date after a bound, no months */
	{"zh", "拥堵路段最长约12公里。", "最长约12公里|12|km|distance|le||12|"},	/* a bound, then about: the bound */
	{"zh", "電費約占運營成本的55%，電價可低至每千瓦時0.3元，建成一個新廠。半年前，价格为3元。", "55%|55|percent|percent|approx|54|56|\n每千瓦時0.3元|0.3|CNY/kWh|rate|eq|0.25|0.35|\n3元|3|CNY|money|eq|2.5|3.5|"},	/* traditional 約占, 千瓦時, 一個; 半年前 a date word */
	{"en", "Inmates over 50 are 12%; enrollment nears 1.9 million.", "over 50|50|year|age|gt|50||\n12%|12|percent|percent|eq|11.5|12.5|\n1.9 million|1900000||number|nearly|1800000|1900000|"},
	{"zh", "力争3月前完成改造。", "3月||date|date|eq|||2025-03"},	/* 力争: a clause to come */
	{"en", "The storm dropped 14 to 18 inches of rain.", "14 to 18 inches|14|in|distance|range|14|18|"},	/* no more than twice the first: a range */
	{"zh", "每场直播须提前2天报备，修复老宅40棟。", "2天|2|day|duration|eq|1.5|2.5|\n40棟|40|item|count|eq|35|45|"},	/* 提前: in advance, no rate; traditional 棟 */
	{"en", "It lost $41 million in 2023, compared with a $12 million profit a year earlier.", "$41 million|41000000|USD|money|eq|40500000|41500000|2023\n2023||date|date|eq|||2023\n$12 million|12000000|USD|money|eq|11500000|12500000|2022"},	/* the figure's noun before a year earlier */
	{"zh", "设计月产能3万片。上月产量达到2万片。售价13.9令吉。", "3万片|30000|item/month|rate|eq|25000|35000|\n2万片|20000|item|count|eq|15000|25000|2024-06\n13.9令吉|13.9|MYR|money|eq|13.85|13.95|"},
	{"en", "The vote was 1,284 to 97, with 3 abstentions.", "3 abstentions|3|item|count|eq|2.5|3.5|"},	/* a vote: no row */
	{"en", "The plan extends the runway by 1,500 feet to 11,000 feet; the deadline was extended 2 to 3 weeks.", "1,500 feet|1500|ft|distance|eq|1450|1550|\n11,000 feet|11000|ft|distance|eq|10500|11500|\n2 to 3 weeks|2|week|duration|range|2|3|"},	/* extend: a change by and to; a range within twice */
	{"zh", "一个月只要交100多块钱。", "一个月只要交100多块钱|100|CNY/month|rate|gt|100|200|"},	/* 只要 and a verb of paying after one month */
	{"zh", "年均增长保持在10%左右。", "10%左右|10|percent/year|rate|approx|0|20|"},	/* a verb of keeping between */
	{"zh", "以前每天要花一個多小時做飯，单一票价为2元。", "每天要花一個多小時|1|hour/day|rate|gt|1|2|\n2元|2|CNY|money|eq|1.5|2.5|"},	/* 一个多小时 after 每天; 单一 no vote */
	{"zh", "每天工作10 多个小时。", "每天工作10 多个小时|10|hour/day|rate|gt|10|20|"},	/* a space is no counter */
	{"en", "In 2012, sales fell 5% in March.", "2012||date|date|eq|||2012\n5%|5|percent|percent|eq|4.5|5.5|2012-03\nMarch||date|date|eq|||2012-03"},	/* a past year that frames its sentence gives a month its year */
	{"en", "It was the worst since 2012, when a March heat wave destroyed 88% of the crop.", "2012||date|date|eq|||2012/2024-07-23\nMarch||date|date|eq|||2012-03\n88%|88|percent|percent|eq|87.5|88.5|2012-03"},
	{"en", "Sales hit $5 billion in 2023, and in March they rose 4%.", "$5 billion|5000000000|USD|money|eq|4500000000|5500000000|2023\n2023||date|date|eq|||2023\nMarch||date|date|eq|||2024-03\n4%|4|percent|percent|eq|3.5|4.5|2024-03"},	/* a year mid-sentence frames nothing */
	{"en", "Since 2012, the firm has grown; in March it hired 50 people.", "2012||date|date|eq|||2012/2024-07-23\nMarch||date|date|eq|||2024-03\n50 people|50|person|count|eq|45|55|2024-03"},
	{"zh", "2012年，3月份销量下降5%。", "2012年||date|date|eq|||2012\n3月份||date|date|eq|||2012-03\n5%|5|percent|percent|eq|4.5|5.5|2012-03"},
	{"en", "Sales rose in December-February last year.", "December-February last year||date|date|range|||2022-12/2023-02"},	/* a relative year is the end's, as a written one */
	{"en", "About 650 paid staff get two more paid holidays; 1,200 paid taxes.", "About 650 paid staff|650|person|count|approx|640|660|\ntwo more paid holidays|2|item|count|eq|1.5|2.5|\n1,200|1200||number|eq|1150|1250|"},	/* paid before a noun of the list: an adjective */
	{"zh", "大乐透第26028期开出，第2期工程投资5亿元。", "5亿元|500000000|CNY|money|eq|450000000|550000000|"},	/* 第N期: an issue, a phase */
	{"zh", "60歲或以上長者免費，未满18周岁不得入内。", "60歲或以上|60|year|age|ge|60||\n未满18周岁|18|year|age|lt||18|"},	/* 或以上, 未满 */
	{"zh", "陳小姐（29）和学生（21）说。", "（29）|29|year|age|eq|29|30|\n（21）|21|year|age|eq|21|22|"},	/* 小姐, 学生 */
	{"zh", "学生王明（23）说，讲解员李娜（31）说，学生公寓（3）楼。", "（23）|23|year|age|eq|23|24|\n（31）|31|year|age|eq|31|32|\n3|3||number|eq|2.5|3.5|"},	/* a noun, a name, an age */
	{"zh", "景区二次消费明显增长，全年开会两次。", "两次|2|occurrence|count|eq|1.5|2.5|"},	/* 二次 before a noun: secondary */
	{"zh", "单日游客上限为6万人次。", "单日游客上限为6万人次|60000|trip/day|rate|le||60000|"},	/* a bound of a single day */
	{"zh", "一天门诊量不超过4000人次。", "一天门诊量不超过4000人次|4000|trip/day|rate|le||4000|"},
	{"zh", "今年入汛以来，全省平均降雨量达到500毫米。", "今年||date|date|eq|||2024/2024-07-23\n500毫米|500|mm|distance|eq|450|550|2024/2024-07-23"},	/* a verb and its object between the year and 以来 */
	{"zh", "今年一季度起，价格上调5%。", "今年||date|date|eq|||2024-01/2024-07-23\n5%|5|percent|percent|eq|4.5|5.5|2024-01/2024-07-23"},	/* a quarter between the year and 起 */
	{"zh", "今年发起的活动有3个。", "3个|3|item|count|eq|2.5|3.5|2024"},
	{"zh", "居民气价由每立方米2.61元调整为2.84元。", "每立方米2.61元|2.61|CNY/m3|rate|eq|2.605|2.615|\n2.84元|2.84|CNY/m3|rate|eq|2.835|2.845|"},	/* 调整为: the level */
	{"zh", "起步价由目前的2元调整为3元。", "2元|2|CNY|money|eq|1.5|2.5|2024-07-23\n3元|3|CNY|money|eq|2.5|3.5|"},
	{"zh", "去年一斤才卖2.8元。", "一斤才卖2.8元|2.8|CNY/jin|rate|eq|2.75|2.85|2023"},	/* an adverb before the verb of selling */
	{"zh", "北京今年报名6.9万人，与去年基本持平；河南报名136万人。", "6.9万人|69000|person|count|eq|68500|69500|2024\n136万人|1360000|person|count|eq|1355000|1365000|2024"},	/* 与去年…持平: a base phrase, its year no period after it */
	{"zh", "这一成绩创下新高。", ""},	/* 这一成绩: this, no tenth */
	{"zh", "这一成就来之不易，约一成以上的企业亏损。", "约一成以上|10|percent|percent|ge|10||"},
	{"zh", "19日8时至21日8时，累计降雨量100至250毫米。", "19日8时至21日8时||date|date|range|||2024-07-19/2024-07-21\n100至250毫米|100|mm|distance|range|100|250|2024-07-19/2024-07-21"},	/* an hour at each end of a range of days */
	{"zh", "19日22时至次日6时，降雨量100毫米。", "19日||date|date|eq|||2024-07-19\n22时至次日6时||time|time|range|||T22:00/T06:00\n100毫米|100|mm|distance|eq|50|150|2024-07-19"},	/* a range of hours after a day */
	{"zh", "开通了热线12345，3名工作人员值守。", "3名|3|person|count|eq|2.5|3.5|"},	/* no group of three after 12345: a clause's comma */
	{"zh", "共有１２，３４５人。", "１２，３４５人|12345|person|count|eq|12344.5|12345.5|"},
	{"zh", "比赛从19日13时至21日13时改期。", "19日13时至21日13时||date|date|range|||2024-07-19/2024-07-21"},
	{"zh", "这艘船最多可装载7000辆汽车。", "最多可装载7000辆|7000|item|count|le||7000|"},
	{"zh", "高峰时段最多可削减300万千瓦负荷。", "最多可削减300万千瓦|3000000|kW|measure|le||3000000|"},
	{"zh", "2025赛季中超联赛第26轮比赛结束。", "2025赛季||date|date|eq|||2025\n第26|26|rank|rank|eq|26|26|2025"},
	{"zh", "猪粮比价为5.3:1，已跌破6:1的盈亏平衡点。", "5.3:1|5.3|times|ratio|eq|5.25|5.35|\n跌破6:1|6|times|ratio|lt||6|"},	/* a bound right before a ratio to one */
	{"zh", "猪粮比价低于6∶1。", "低于6∶1|6|times|ratio|lt||6|"},
	{"zh", "主队以3:1战胜客队，比分为2:0。", ""},	/* scores */
	{"zh", "广东队以108比96战胜北京队。", ""},	/* a basketball score */
	{"zh", "该校师生比为15:1。", "15:1|15|times|ratio|eq|14.5|15.5|"},
	{"zh", "生猪价格较2024年的高点16.9元下跌约15%。", "2024年||date|date|eq|||2024\n16.9元|16.9|CNY|money|eq|16.85|16.95|2024\n约15%|15|percent|percent|approx|14|16|"},	/* the base's date through 的高点 */
	{"zh", "生猪价格较2024年的水平增长30%。", "2024年||date|date|eq|||2024\n30%|30|percent|percent|eq|25|35|"},	/* the change: no date */
	{"zh", "国庆期间单日客流达到1132万人次。", "单日客流达到1132万人次|11320000|trip/day|rate|eq|11315000|11325000|"},	/* reached in a day */
	{"zh", "春运期间单日最高超过3亿人次。", "单日最高超过3亿人次|300000000|trip/day|rate|gt|300000000||"},	/* 最高 then a bound: the bound's */
	{"zh", "单日排片最高达到52万场。", "单日排片最高达到52万场|520000|item/day|rate|le||520000|"},
	{"zh", "停车费一天最高30元。", "一天最高30元|30|CNY/day|rate|le||30|"},
	{"zh", "他以1分44秒05夺冠，队友跑出9秒95。", "1分44秒05|1.73416666666667|minute|duration|eq|1.73408333333333|1.73425|\n9秒95|9.95|second|duration|eq|9.945|9.955|"},	/* hundredths after 秒 */
	{"zh", "该项目投产一年后产值达到5亿元。", "一年|1|year|duration|eq|0.5|1.5|\n5亿元|500000000|CNY|money|eq|450000000|550000000|"},	/* after a year: no rate */
	{"zh", "政府统一10万元补贴。", "10万元|100000|CNY|money|eq|50000|150000|"},	/* 统一: uniform, its 一 no digit of 10 */
	{"zh", "台积电3纳米制程。", "3纳米|3|nm|distance|eq|2.5|3.5|"},
	{"en", "TSMC makes 3-nanometer chips.", "3-nanometer|3|nm|distance|eq|2.5|3.5|"},
	{"zh", "上半场结束时，辽宁队领先。", ""},	/* a game's half, no 0.5 */
	{"zh", "他投中5个3分球，全场拿下31分。", "5个|5|item|count|eq|4.5|5.5|\n31分|31|point|count|eq|30.5|31.5|"},	/* 3分球: a kind of basket */
	{"zh", "他得分18分，该队积76分。", "18分|18|point|count|eq|17.5|18.5|\n76分|76|point|count|eq|75.5|76.5|"},
	{"zh", "他用了5分钟，值得5分钱。", "5分钟|5|minute|duration|eq|4.5|5.5|\n5分钱|0.05|CNY|money|eq|0.045|0.055|"},
	{"en", "Temperatures at 7 a.m. were in the low 50s.", "7 a.m.||time|time|eq|||T07:00\nlow 50s|50|degree|temperature|eq|50|55|"},	/* a.m. ends no sentence */
	{"en", "Highs will reach the low 100s.", "low 100s|100|degree|temperature|eq|100|105|"},
	{"en", "Kiptum won in 2:00:35.", "2:00:35|2.00972222222222|hour|duration|eq|2.00958333333333|2.00986111111111|"},	/* a race's time, to the second */
	{"en", "The blast came at 10:32:15 p.m.", "10:32:15 p.m.||time|time|eq|||T22:32"},
	{"en", "The harvest fell 40 tons short of the record set in 2019.", "40 tons|40|t|measure|eq|35|45|\n2019||date|date|eq|||2019"},	/* short (of): one word of record_gaps */
	{"en", "Rono finished 58 seconds behind the course record set in 2023.", "58 seconds|58|second|duration|eq|57.5|58.5|\n2023||date|date|eq|||2023"},	/* the record's year, no period of the gap */
	{"zh", "定额调整为每人每月23元。", "每人每月23元|23|CNY/person|rate|eq|22.5|23.5|"},	/* the first of two bases */
	{"zh", "每月分别增加10元、15元和20元。", "每月分别增加10元|10|CNY/month|rate|eq|5|15|\n15元|15|CNY/month|rate|eq|14.5|15.5|\n20元|20|CNY/month|rate|eq|15|25|"},	/* a list of the rate */
	{"zh", "该岗位时薪25元。", "时薪25元|25|CNY/hour|rate|eq|24.5|25.5|"},
	{"en", "The average benefit fell $43 from a year earlier to $1,812 a month.", "$43|43|USD/month|rate|eq|42.5|43.5|\n$1,812 a month|1812|USD/month|rate|eq|1811.5|1812.5|"},	/* the change of the rate, its base between */
	{"en", "The rate fell to 35.2 per 100,000 residents from 43.1.", "35.2 per 100,000 residents|0.000352|item/person|rate|eq|0.0003515|0.0003525|\n43.1|0.000431|item/person|rate|eq|0.0004305|0.0004315|"},	/* the bare base, per as many */
	{"en", "There is one doctor for every 1,200 people, down from 1,400.", "one doctor for every 1,200 people|0.000833333333333333|item/person|rate|eq|0.0008|0.000869565217391304|\n1,400|1400||number|eq|1350|1450|"},
	{"en", "Residents used 92 gallons per person a day.", "92 gallons per person a day|92|gal/person|rate|eq|91.5|92.5|"},	/* the first of two bases, both in the text */
	{"zh", "今年春茶开采以来，已采摘春茶1.2万吨。", "今年||date|date|eq|||2024/2024-07-23\n1.2万吨|12000|t|measure|eq|11500|12500|2024/2024-07-23"},	/* a clause of four characters before 以来 */
	{"zh", "价格为每公斤35.6元，比一个月前上涨约2元。", "每公斤35.6元|35.6|CNY/kg|rate|eq|35.55|35.65|\n约2元|2|CNY/kg|rate|approx|1|3|"},	/* a month ago: no duration */
	{"zh", "3季度产量为5万吨。", "5万吨|50000|t|measure|eq|45000|55000|2024-07/2024-09"},	/* the third quarter, as 三季度 */
	{"zh", "场均观众约2.7万人。", "约2.7万人|27000|person/item|rate|approx|26000|28000|"},
	{"en", "The team averages 5,630 fans a game.", "5,630 fans a game|5630|person/item|rate|eq|5625|5635|"},	/* per game, as 场均 */
	{"zh", "组件价格跌破0.7元/瓦。", "跌破0.7元/瓦|0.7|CNY/W|rate|lt||0.7|"},
	{"zh", "一轮降价后，该市近10轮降价。", "近10轮|10|item|count|nearly|0|10|"},	/* 一轮: "a round" */
	{"zh", "每万人拥有5G基站34.3个。", "每万人拥有5G基站34.3个|0.00343|item/person|rate|eq|0.003425|0.003435|"},
	{"en", "The fair drew 312,000 people over four days, up 8% from 289,000 last year.", "312,000 people|312000|person|count|eq|311500|312500|\nfour days|4|day|duration|eq|3.5|4.5|\n8%|8|percent|percent|eq|7.5|8.5|\n289,000|289000|person|count|eq|288500|289500|2023"},	/* the time it was spread over passed */
	{"en", "The storm lasted over 10 days, up from 8.", "over 10 days|10|day|duration|gt|10||\n8|8|day|duration|eq|7.5|8.5|"},
	{"en", "The raise was less than the 14% the utility sought.", "14%|14|percent|percent|eq|13.5|14.5|"},	/* the: a figure of its own */
	{"zh", "2024北京国际汽车展览会开幕，2025北京车展落幕。", ""},	/* years in events' names */
	{"en", "The council voted to raise the fine to $45, effective Jan. 1.", "$45|45|USD|money|eq|44.5|45.5|\nJan. 1||date|date|eq|||2025-01-01"},	/* effective: next January, after a comma too */
	{"zh", "气温比前一日低约5℃，客运周转量约3260亿人公里。", "约5℃|5|degC|temperature|approx|4|6|\n约3260亿人公里|326000000000|pkm|measure|approx|325000000000|327000000000|"},	/* the day before: no duration */
	{"zh", "各市场均价约2.5万元，全市共设置20个点，比计划提前一个月完工。", "约2.5万元|25000|CNY|money|approx|24000|26000|\n20个|20|item|count|eq|15|25|\n一个月|1|month|duration|eq|0.5|1.5|"},	/* 市场均价: no 场均; 提前一个月: a month early */
	{"zh", "道奇队投手佐々木朗希今年签约金为650万美元。", "650万美元|6500000|USD|money|eq|6450000|6550000|2024"},	/* 々 in a Chinese sentence */
	{"en", "The blast came at 23:59:59. Temperatures were mild on Sunday. The band peaked in the 70s.", "23:59:59||time|time|eq|||T23:59"},	/* a clock, no race; a capital after a full stop starts a sentence */
	{"zh", "他家三口人月收入8000元。", "三口人|3|person|count|eq|2.5|3.5|\n8000元|8000|CNY|money|eq|7500|8500|"},	/* 口人: people of a household */
	{"zh", "全县5口人以上的家庭有300户。", "5口人以上|5|person|count|ge|5||\n300户|300|household|count|eq|250|350|"},
	{"zh", "一个三口之家每月支出5000元。", "三口之家|3|person|count|eq|2.5|3.5|\n每月支出5000元|5000|CNY/month|rate|eq|4500|5500|"},
	{"en", "Gas cost $3 12 years ago.", "$3|3|USD|money|eq|2.5|3.5|2012\n12 years ago||date|date|eq|||2012"},	/* a figure right before: still a date */
	{"en", "Gas cost $9.80 2 years ago.", "$9.80|9.8|USD|money|eq|9.795|9.805|2022\n2 years ago||date|date|eq|||2022"},
	{"en", "The Bruins have 60 points in the standings.", "60 points|60|point|count|eq|55|65|"},	/* a hockey table's points: a score */
	{"en", "The Oilers are 5 points out of a playoff spot.", "5 points|5|point|count|eq|4.5|5.5|"},
	{"en", "The Democrat leads by 5 points in the poll.", "5 points|5|point|percent|eq|4.5|5.5|"},
	{"zh", "周一成交额达到5000亿元。", "5000亿元|500000000000|CNY|money|eq|450000000000|550000000000|"},	/* Monday's turnover: no tenth */
	{"zh", "万一成功，收益达一成。", "一成|10|percent|percent|eq|5|15|"},
	{"zh", "上证指数预计在3300点至3450点之间波动。", "3300点至3450点|3300||number|range|3300|3450|"},	/* a word of no unit after both */
	{"zh", "预计在5档到7档之间。", "5档到7档|5||number|range|5|7|"},
	{"zh", "比分为23:25。", ""},	/* a score, no time */
	{"zh", "四局比分分别为25:21、23:25、25:19和25:20。", ""},	/* a list of scores */
	{"zh", "航班时间分别为9:00、14:30。", "9:00||time|time|eq|||T09:00\n14:30||time|time|eq|||T14:30"},
	{"en", "Sales rose 7% and were nearly double what they were in 2014.", "7%|7|percent|percent|eq|6.5|7.5|\nnearly double|2|times|ratio|nearly|1|2|\n2014||date|date|eq|||2014"},	/* the base's date, no period of the 7% */
	{"en", "She won at 9-under 275.", "9|9||number|eq|8.5|9.5|\n275|275||number|eq|274.5|275.5|"},	/* a golf score: no range, no bound */
	{"en", "She has 11 top-10 finishes.", "11 top-10 finishes|11|item|count|eq|10.5|11.5|"},	/* a word hyphened to a figure before the noun */
	{"en", "The club fields 5 under-18 teams.", "5 under-18 teams|5|item|count|eq|4.5|5.5|"},
	{"en", "Sales rose 5% January through March.", "5%|5|percent|percent|eq|4.5|5.5|2024-01/2024-03\nJanuary through March||date|date|range|||2024-01/2024-03"},	/* through with no from */
	{"en", "The forecast for September through November runoff is 85% of average.", "September through November||date|date|range|||2024-09/2024-11\n85%|85|percent|percent|eq|84.5|85.5|2024-09/2024-11"},
	{"en", "Coverage for adults 19 to 64 rose.", "19 to 64|19|year|age|range|19|65|"},	/* the ages of the people named */
	{"en", "The river ran at 8,400 cubic feet per second.", "8,400 cubic feet per second|8400|ft3/second|rate|eq|8350|8450|"},	/* a river's flow */
	{"en", "It used 500 cubic feet of gas.", "500 cubic feet|500|ft3|measure|eq|450|550|"},
	{"zh", "去年是有气象记录以来最热的一年，平均气温达15.2℃。", "15.2℃|15.2|degC|temperature|eq|15.15|15.25|2023"},	/* the year the topic: no since */
	{"en", "The project is funded through Sept. 30.", "Sept. 30||date|date|eq|||2024-09-30"},	/* a present passive: no past */
	{"en", "The bridge was closed through March.", "March||date|date|eq|||2024-03"},
	{"en", "Families take roughly 45 pounds of groceries per visit.", "roughly 45 pounds of groceries per visit|45|lb/item|rate|approx|44|46|"},	/* pounds of a thing weighed */
	{"en", "It costs 45 pounds per visit.", "45 pounds per visit|45|GBP/item|rate|eq|44.5|45.5|"},
	{"en", "The airport handled 19.4 million passengers, above its record of 18.9 million.", "19.4 million passengers|19400000|person|count|eq|19350000|19450000|\n18.9 million|18900000|person|count|eq|18850000|18950000|"},	/* a base noun after above */
	{"en", "The cost is nearly double the $640 million estimate released in 2021, and prices rose about 35%.", "nearly double|2|times|ratio|nearly|1|2|\n$640 million|640000000|USD|money|eq|635000000|645000000|2021\n2021||date|date|eq|||2021\nabout 35%|35|percent|percent|approx|34|36|"},	/* the base's date, no later figure's */
	{"en", "The bank earned $1.9 billion, or $3.10 per share, in the first quarter, compared with $1.64 billion, or $2.69 per share, a year earlier.", "$1.9 billion|1900000000|USD|money|eq|1850000000|1950000000|2024-01/2024-03\n$3.10 per share|3.1|USD/share|rate|eq|3.095|3.105|2024-01/2024-03\n$1.64 billion|1640000000|USD|money|eq|1635000000|1645000000|2023-01/2023-03\n$2.69 per share|2.69|USD/share|rate|eq|2.685|2.695|2023-01/2023-03"},	/* figures in apposition share their dates */
	{"zh", "每名学生每年补助2000元。", "每名学生每年补助2000元|2000|CNY/person|rate|eq|1500|2500|"},	/* the first of two bases */
	{"en", "Kaprizov has 62 points in 45 games.", "62 points|62|point|count|eq|61.5|62.5|\n45 games|45|item|count|eq|44.5|45.5|"},
	{"en", "The permit expires in January.", "January||date|date|eq|||2025-01"},	/* a verb of a time to come right before */
	{"en", "Tuition rises 4% for the class that begins in March.", "4%|4|percent|percent|eq|3.5|4.5|2025-03\nMarch||date|date|eq|||2025-03"},
	{"zh", "2020至2024年，全市GDP年均增长6%。", "2020至2024年||date|date|range|||2020/2024\n6%|6|percent/year|rate|eq|5.5|6.5|2020/2024"},	/* a range of years with 至 */
	{"zh", "2023至2024调水年度调水70亿立方米。", "2023至2024||date|date|range|||2023/2024\n70亿立方米|7000000000|m3|measure|eq|6500000000|7500000000|2023/2024"},
	{"en", "She won by 2 1/2 lengths.", "2 1/2 lengths|2.5|item|count|eq|2.25|2.75|"},	/* a whole and a fraction before a counted noun */
	{"zh", "最低气温一度降到零下2℃。", "零下2℃|-2|degC|temperature|eq|-2.5|-1.5|"},	/* 一度: at one point, before any verb of change */
	{"zh", "游客可以9:30至17:00入园。", "9:30至17:00||time|time|range|||T09:30/T17:00"},	/* 以 alone: no score */
	{"zh", "比赛以19:30开球，最终以3:1获胜。", "19:30||time|time|eq|||T19:30"},
	{"en", "The brewery added 4 60-barrel fermenters.", "4 60-barrel fermenters|4|item|count|eq|3.5|4.5|\n60-barrel|60|barrel|measure|eq|55|65|"},	/* a compound of its own */
	{"en", "Women outnumber men 3 to 1 among the 400 graduates.", "3|3||number|eq|2.5|3.5|\n1|1||number|eq|0.5|1.5|\n400 graduates|400|person|count|eq|350|450|"},	/* a ratio, no ages */
	{"zh", "在过去的一年里，公司营收增长了20%。", "一年|1|year|duration|eq|0.5|1.5|\n20%|20|percent|percent|eq|15|25|"},	/* the past year: a span */
	{"en", "The board declared a dividend of 25 cents a share, payable Aug. 20.", "25 cents a share|0.25|USD/share|rate|eq|0.245|0.255|\nAug. 20||date|date|eq|||2024-08-20"},	/* payable: to come */
	{"en", "The ferry cruises at 32 knots.", "32 knots|32|kn|measure|eq|31.5|32.5|"},	/* a speed */
	{"zh", "预计3月中旬左右开花。", "3月中旬左右||date|date|approx|||2025-03"},	/* a part of the month, then about */
	{"zh", "今年3月中旬前后完成。", "今年3月中旬前后||date|date|approx|||2024-03"},
	{"zh", "停车费每车次15元至60元不等。", "每车次15元至60元|15|CNY/trip|rate|range|15|60|"},	/* per vehicle trip */
	{"zh", "共有3000车次通过。", "3000车次|3000|trip|count|eq|2500|3500|"},
	{"en", "The 89th Masters begins Thursday.", ""},	/* an event's edition: a name */
	{"en", "The 58th Super Bowl drew 123 million viewers.", "123 million viewers|123000000|item|count|eq|122500000|123500000|"},
	{"zh", "主队将总比分扳成1:1。", ""},	/* a score after 扳成 */
	{"zh", "他全场12投6中。", ""},	/* a record of shots */
	{"zh", "10日出现今年以来最强降雨。", "10日||date|date|eq|||2024-07-10\n今年||date|date|eq|||2024/2024-07-23"},	/* the since is 今年's */
	{"en", "Tiger Woods won his 5th Masters in 2019.", "5th|5|rank|rank|eq|5|5|2019\n2019||date|date|eq|||2019"},	/* someone's count, no edition */
	{"en", "The team drew a crowd of 20,738 at Q2 Stadium.", "20,738|20738||number|eq|20737.5|20738.5|"},	/* a venue's name, no quarter */
	{"en", "She won in 1:54.76, a meet record, and the relay swam 3:27.9.", "1:54.76|1.91266666666667|minute|duration|eq|1.91258333333333|1.91275|\n3:27.9|3.465|minute|duration|eq|3.46416666666667|3.46583333333333|"},	/* a race's time to the hundredth: no clock */
	{"zh", "潘展乐以1：02.31夺冠。", "1：02.31|1.0385|minute|duration|eq|1.03841666666667|1.03858333333333|"},
	{"en", "The fair drew 312,000 people over its 10 days, up 8% from 289,000.", "312,000 people|312000|person|count|eq|311500|312500|\n10 days|10|day|duration|eq|5|15|\n8%|8|percent|percent|eq|7.5|8.5|\n289,000|289000|person|count|eq|288500|289500|"},	/* the days it was spread over passed over */
	{"en", "Subsidies would rise by $4.2 billion, to $12.1 billion a year.", "$4.2 billion|4200000000|USD/year|rate|eq|4150000000|4250000000|\n$12.1 billion a year|12100000000|USD/year|rate|eq|12050000000|12150000000|"},	/* a comma before to: the change of the rate still */
	{"en", "Hill, who signed a four-year, $112 million contract in July, added 25 points and 9 assists.", "four-year|4|year|duration|eq|3.5|4.5|\n$112 million|112000000|USD|money|eq|111500000|112500000|2024-07\nJuly||date|date|eq|||2024-07\n25 points|25|point|count|eq|24.5|25.5|\n9 assists|9|item|count|eq|8.5|9.5|"},	/* the aside runs past a comma before a figure; its money makes no business sentence */
	{"zh", "共交付600余台套设备。", "600余台套|600|item|count|gt|600|700|"},	/* 台套: sets, the whole counter in the text */
	{"zh", "外援琼斯（28）独得20分。", "（28）|28|year|age|eq|28|29|\n20分|20|point|count|eq|15|25|"},	/* a word of a team before the name */
	{"en", "Highs should drop to the mid-90s by Friday.", "mid-90s|90|degree|temperature|eq|90|100|"},	/* a verb of change and to the */
	{"zh", "每人每月发放见习补贴2000元。", "每人每月发放见习补贴2000元|2000|CNY/person|rate|eq|1500|2500|"},	/* six characters between the second base and the figure */
	{"zh", "臭氧第90百分位数浓度为148微克/立方米。", "第90|90|rank|rank|eq|90|90|\n148微克/立方米|148|ug/m3|rate|eq|147.5|148.5|"},	/* a percentile: 百 no hundred */
	{"zh", "臭氧日最大8小时平均浓度为148微克/立方米。", "8小时|8|hour|duration|eq|7.5|8.5|\n148微克/立方米|148|ug/m3|rate|eq|147.5|148.5|"},	/* 最大 of the concentration, not of the hours */
	{"en", "CO2 reached 424 ppm, and ozone hit 70 parts per billion.", "424 ppm|424|ppm|measure|eq|423.5|424.5|\n70 parts per billion|70|ppb|measure|eq|65|75|"},	/* concentrations; CO2 a name */
	{"zh", "二氧化碳浓度达到420ppm。", "420ppm|420|ppm|measure|eq|415|425|"},
	{"zh", "西湖景区单日最高客流达到72.3万人次。", "单日最高客流达到72.3万人次|723000|trip/day|rate|le||723000|"},	/* 最高, a noun and 达到 */
	{"en", "The Raiders fell to 3-8, and prices fell to 3-4 percent.", "3-4 percent|3|percent|percent|range|3|4|"},	/* a record after fell to; a range of a unit is none */
	{"en", "The 650-student school added a 60-kennel building.", "650-student|650|person|count|eq|645|655|\n60-kennel|60|item|count|eq|55|65|"},	/* the plural of the hyphened noun decides: students are people */
	{"zh", "人均消费约1208元，比去年同期多出约50元。", "约1208元|1208|CNY/person|rate|approx|1207|1209|\n约50元|50|CNY/person|rate|approx|40|60|"},	/* 多出: the change of the rate */
	{"zh", "单月销量突破10万辆。", "单月销量突破10万辆|100000|item/month|rate|gt|100000||"},	/* 单月: in a single month */
	{"zh", "今年10月底完成，2024年6月初步统计。", "今年10月底||date|date|eq|||2024-10\n2024年6月||date|date|eq|||2024-06"},	/* a year word or a year before the month too; 初步 no part of it */
	{"zh", "组件价格每瓦0.7元左右，每瓦时0.5元。", "每瓦0.7元左右|0.7|CNY/W|rate|approx|0.6|0.8|\n每瓦时0.5元|0.5|CNY/Wh|rate|eq|0.45|0.55|"},	/* per watt, per watt-hour */
	{"zh", "单日最高发送旅客1580万人次，单日发送旅客最高达到25.6万人次。", "单日最高发送旅客1580万人次|15800000|trip/day|rate|le||15800000|\n单日发送旅客最高达到25.6万人次|256000|trip/day|rate|le||256000|"},	/* 发送 a verb of a day's traffic; a noun of four characters before the bound */
	{"zh", "每年可向下游城镇供水2.3亿立方米。", "每年可向下游城镇供水2.3亿立方米|230000000|m3/year|rate|eq|225000000|235000000|"},	/* 可 and seven characters before the figure */
	{"en", "The herd gives roughly 78 pounds of milk per cow a day.", "roughly 78 pounds of milk per cow a day|78|lb/item|rate|approx|77|79|"},	/* the first base; pounds of a thing weighed */
	{"en", "The state minimum is 3.5 hours of care per resident a day.", "3.5 hours of care per resident a day|3.5|hour/person|rate|eq|3.45|3.55|"},
	{"en", "Hill, a 6-foot-8 junior, is 5 foot 11 and 6 feet 3.", "6-foot-8|6.66666666666667|ft|distance|eq|6.625|6.70833333333333|\n5 foot 11|5.91666666666667|ft|distance|eq|5.875|5.95833333333333|\n6 feet 3|6.25|ft|distance|eq|6.20833333333333|6.29166666666667|"},	/* a height, the inches unsaid */
	{"en", "He hit an 8-foot jumper.", "8-foot|8|ft|distance|eq|7.5|8.5|"},
	{"en", "The center is 6 feet 8 inches tall.", "6 feet 8 inches|6.66666666666667|ft|distance|eq|6.625|6.70833333333333|"},	/* feet and inches: one distance */
	{"zh", "金秋十月，稻谷飘香。十月一日起施行，历时十个月。", "十月||date|date|eq|||2023-10\n十月一日||date|date|eq|||2023-10-01/2024-07-23\n十个月|10|month|duration|eq|5|15|2023-10-01/2024-07-23"},	/* a month in numerals is a date (last October: nothing says to come; 起 since then); 十个月 a span */
	{"en", "Waits ran as high as 45 minutes. Kiptum won in 2:07:41, 58 seconds behind.", "as high as 45 minutes|45|minute|duration|le||45|\n2:07:41|2.12805555555556|hour|duration|eq|2.12791666666667|2.12819444444444|\n58 seconds|58|second|duration|eq|57.5|58.5|"},	/* as long as: a top; a time to the second takes no seconds after it */
	{"en", "Attendance reached 1.8 million visitors, topping last year's record of 1.65 million.", "1.8 million visitors|1800000|person|count|eq|1750000|1850000|\n1.65 million|1650000|person|count|eq|1645000|1655000|2023"},	/* a possessive (and a period word) before the base noun */
	{"zh", "广东队进入四分之一决赛，并在1/8决赛中获胜。", ""},	/* rounds of a tournament: no fraction */
	{"zh", "满分为780分，小王考了685分。", "780分|780|point|count|eq|775|785|\n685分|685|point|count|eq|684.5|685.5|"},	/* an exam's marks */
	{"zh", "百公里油耗为5升，百公里加速3.8秒，三百公里外。", "5|5||number|eq|4.5|5.5|\n3.8秒|3.8|second|duration|eq|3.75|3.85|\n三百公里|300|km|distance|eq|250|350|"},	/* the base of a car's figure: no distance */
	{"zh", "该队落后榜首3分，满意度为96.3分，较前一周增加12%。", "3分|3|point|count|eq|2.5|3.5|\n96.3分|96.3|point|count|eq|96.25|96.35|\n12%|12|percent|percent|eq|11.5|12.5|"},	/* a lead over a team named between; 较前一周 no span */
	{"zh", "浓度超过国家二级标准的25倍，启动三级响应。", "25倍|25|times|ratio|gt|25||"},	/* a grade's name holds no figure */
	{"zh", "师生比约为1:14.2，春节前一周销售额约3亿元。", "约为1:14.2|0.0704225352112676|fraction|ratio|approx|0.0633802816901408|0.0774647887323944|\n约3亿元|300000000|CNY|money|approx|200000000|400000000|"},	/* one to so many; the week before the festival */
	{"zh", "李思远以21:17、19:21、21:15战胜对手，可以9:30入园。", "9:30||time|time|eq|||T09:30"},	/* a list of scores before a word of winning; 以 alone: a time */
	{"zh", "他考出685分，评分为9.5分，落后冠军3分12秒。", "685分|685|point|count|eq|684.5|685.5|\n9.5分|9.5|point|count|eq|9.45|9.55|\n3分12秒|3.2|minute|duration|eq|3.19166666666667|3.20833333333333|"},	/* a race's gap is no points */
	{"zh", "列车采用6节编组，共16节车厢。", "6节编组|6|item|count|eq|5.5|6.5|\n16节车厢|16|item|count|eq|15.5|16.5|"},	/* a train's cars */
	{"zh", "气温最低可达零下30℃，最高可达零下5℃。", "最低可达零下30℃|-30|degC|temperature|ge|-30||\n最高可达零下5℃|-5|degC|temperature|le||-5|"},	/* a light verb between the bound and 零下 */
	{"zh", "气温跌破1月历史极值。近3月涨幅为5%。", "1月||date|date|eq|||2024-01\n近3月|3|month|duration|eq|2.5|3.5|\n5%|5|percent|percent|eq|4.5|5.5|"},	/* N月 after a bound is a month (近3月: a span) */
	{"zh", "他买了一盏台灯。总分在650分以上，录取线为642分，客流412.6万乘次。", "650分以上|650|point|count|ge|650||\n642分|642|point|count|eq|641.5|642.5|\n412.6万乘次|4126000|trip|count|eq|4125500|4126500|"},	/* 一盏: "a"; marks; rides */
	{"zh", "工程约需3月完成，工期不超过3月。", "约需3月|3|month|duration|approx|2|4|\n不超过3月|3|month|duration|le||3|"},	/* no word of the month after 月: a span */
	{"zh", "股价跌破3月低点，约需3月初步完成。", "3月||date|date|eq|||2024-03\n约需3月|3|month|duration|approx|2|4|2024-03"},	/* a month before 低点; 初步 no part of the month */
	{"zh", "本科控制线为463分，全省600分以上考生有4.3万人，650分以上的考生2000人。", "463分|463|point|count|eq|462.5|463.5|\n600分以上|600|point|count|ge|600||\n4.3万人|43000|person|count|eq|42500|43500|\n650分以上|650|point|count|ge|650||\n2000人|2000|person|count|eq|1500|2500|"},	/* a score line; the score of those who sat an exam */
	{"zh", "球队取得8连胜，此前遭遇三连败。馆藏图书520万册。", "8连胜|8|item|count|eq|7.5|8.5|\n三连败|3|item|count|eq|2.5|3.5|\n520万册|5200000|item|count|eq|5150000|5250000|"},	/* a streak; 册 counts volumes */
	{"zh", "批发均价为每公斤7.9元，较节前的高点9.6元回落约18%。", "每公斤7.9元|7.9|CNY/kg|rate|eq|7.85|7.95|\n9.6元|9.6|CNY/kg|rate|eq|9.55|9.65|\n约18%|18|percent|percent|approx|17|19|"},	/* the base, 的 and 高点 before it */
	{"zh", "他单场得分达到25分以上。", "25分以上|25|point|count|ge|25||"},	/* 得分达到: scored */
	{"zh", "师生比达1:14。", "1:14|0.0714285714285714|fraction|ratio|eq|0.0714285714285714|0.0714285714285714|"},	/* one to so many after 达: no time */
	{"zh", "活动自8月10日起至12月31日。", "8月10日起至12月31日||date|date|range|||2024-08-10/2024-12-31"},	/* 起 between the ends of a range */
	{"zh", "乐园首日接待游客3.2万人次。", "3.2万人次|32000|trip|count|eq|31500|32500|"},	/* the first day's count, no rate */
	{"zh", "乐园预计年接待游客800万人次，全年接待游客600万人次。", "800万人次|8000000|trip/year|rate|eq|7500000|8500000|\n600万人次|6000000|trip|count|eq|5500000|6500000|"},	/* 年接待: a rate; 全年接待: the year's count */
	{"zh", "配比达到1:3。球队取得8連勝，馆藏52萬冊。本科控制線為463分。", "1:3|0.333333333333333|fraction|ratio|eq|0.333333333333333|0.333333333333333|\n8連勝|8|item|count|eq|7.5|8.5|\n52萬冊|520000|item|count|eq|515000|525000|\n463分|463|point|count|eq|462.5|463.5|"},	/* 达到 before one to so many; traditional forms */
	{"zh", "换乘站单日进出站量约52万人次。", "约52万人次|520000|trip/day|rate|approx|510000|530000|"},	/* 单日 alone: a day's rate */
	{"zh", "其中，10月1日单日客运量达到512.3万人次。", "10月1日||date|date|eq|||2023-10-01\n512.3万人次|5123000|trip|count|eq|5122500|5123500|2023-10-01"},	/* 单日 after a date: that day's count */
	{"zh", "全市唯一一家医院。2025环湖赛开幕。", ""},	/* 唯一 "only", no 11; a year in an event's name */
	{"zh", "春节假日接待游客1200万人次，周日接待游客3万人次。", "1200万人次|12000000|trip|count|eq|11500000|12500000|\n3万人次|30000|trip|count|eq|25000|35000|"},	/* a holiday's, a Sunday's counts: no rate */
	{"zh", "主攻手李盈莹（25）和冠军李娜（31）出场。", "（25）|25|year|age|eq|25|26|\n（31）|31|year|age|eq|31|32|"},	/* a player's position, a champion: ages */
	{"zh", "半场落后11分。本科最低分为628分。", "11分|11|point|count|eq|10.5|11.5|\n628分|628|point|count|eq|627.5|628.5|"},	/* a lead, an exam mark: points */
	{"zh", "新车上市首月销量突破30万台。", "突破30万台|300000|item|count|gt|300000||"},	/* the first month's sales, no rate */
	{"en", "The fund now holds $4.6 billion, or 14% of spending.", "$4.6 billion|4600000000|USD|money|eq|4550000000|4650000000|2024-07-23\n14%|14|percent|percent|eq|13.5|14.5|2024-07-23"},	/* an apposition shares the date before the figure it restates */
	{"en", "Six inches of rain fell over two days.", "Six inches|6|in|distance|eq|5.5|6.5|\ntwo days|2|day|duration|eq|1.5|2.5|"},	/* over after a measure: during */
	{"zh", "调整水平为2024年退休人员月人均基本养老金的2%。", "2024年||date|date|eq|||2024\n2%|2|percent|percent|eq|1.5|2.5|"},	/* a noun of twelve characters after the base's date */
	{"zh", "马钢股份（600808）发布公告。", ""},	/* a stock code in brackets */
	{"zh", "平台推出满300减50活动。", "300|300|CNY|money|eq|250|350|\n50|50|CNY|money|eq|45|55|"},	/* a coupon: yuan with no 元 */
	{"zh", "其中12月单月完成312万标准箱。", "12月||date|date|eq|||2023-12\n312万标准箱|3120000|TEU|count|eq|3115000|3125000|2023-12"},	/* 单月 after a month: that month's count */
	{"en", "Farmers got about 12% more than they received a year earlier.", "about 12%|12|percent|percent|approx|11|13|"},	/* a pronoun opens the clause after than: the base's date */
	{"zh", "公司半年度净利润增长15%。王哲林拿下全队最高的24分。完成改造至少还需要10年。", "15%|15|percent|percent|eq|14.5|15.5|\n24分|24|point|count|eq|23.5|24.5|\n至少还需要10年|10|year|duration|ge|10||"},	/* 半年度 no span; words and 的 after a verb of scoring; 还需要 after a bound */
	{"zh", "9日夜间至10日仍有雷阵雨。", "9日夜间至10日||date|date|range|||2024-07-09/2024-07-10"},	/* a part of the day after the first day: one range */
	{"zh", "城乡居民收入比缩小至1.94:1。", "1.94:1|1.94|times|ratio|eq|1.935|1.945|"},	/* a ratio after 比 and a verb of change */
	{"en", "The tax would raise an estimated $9 million a year if voters approve it in November.", "an estimated $9 million a year|9000000|USD/year|rate|approx|8000000|10000000|2024-11\nNovember||date|date|eq|||2024-11"},	/* an -ed word after an article is no verb in the past */
	{"zh", "一场强冰雹袭击该县。新建的2号跑道长3800米。全年日间手术量达到1.9万台。桥梁每节重约400吨。", "3800米|3800|m|distance|eq|3750|3850|\n1.9万台|19000|item|count|eq|18500|19500|\n每节重约400吨|400|t/item|rate|approx|300|500|"},	/* a strong one; a runway's number; daytime; 节 a counter */
	{"en", "The measure passes as long as 60% of voters approve it.", "60%|60|percent|percent|eq|55|65|"},	/* as long as: a conjunction, no bound */
	{"en", "Nvidia, which scored record revenue of $39 billion in the fourth quarter, sponsors the playoffs.", "$39 billion|39000000000|USD|money|eq|38500000000|39500000000|2023-10/2023-12"},	/* money in the figure's own aside: no game */
	{"en", "Unemployment dropped to 4% for workers aged 16-24.", "4%|4|percent|percent|eq|3.5|4.5|\n16-24|16|year|age|range|16|25|"},	/* a record only right after fell/dropped to */
	{"zh", "志愿者们为社区建设贡献了自己的一分力量。该地区面积仅占全国的三百分之一。", "三百分之一|0.00333333333333333|fraction|ratio|eq|0.00333333333333333|0.00333333333333333|"},	/* 一分力量 no points; 百 of 三百分之一 a hundred */
	{"zh", "10月31日末班车延长至24点。", "10月31日||date|date|eq|||2023-10-31\n24点||time|time|eq|||T24:00"},	/* 末 after a day: no part of the month */
	{"zh", "该队目前4胜2负1平。", ""},	/* a record of games: a score, no row */
	{"zh", "海港队本赛季取得20胜4平6负。", ""},	/* wins, draws, losses */
	{"zh", "球队3胜1平，积分第一。", "第一|1|rank|rank|eq|1|1|"},
	{"en", "He is hitting .292 with 12 home runs.", ".292|0.292||number|eq|0.2915|0.2925|\n12 home runs|12|item|count|eq|11.5|12.5|"},	/* a batting average */
	{"en", "He bought a .357 Magnum and a .22-caliber rifle.", ""},
	{"en", "He made a 58-yard kick and threw for 4,210 yards.", "58-yard|58|yd|distance|eq|57.5|58.5|\n4,210 yards|4210|yd|distance|eq|4205|4215|"},
	{"en", "Crews poured more than 62,000 cubic yards of concrete.", "more than 62,000 cubic yards|62000|yd3|measure|gt|62000||"},
	{"en", "The Lakers finished the season 17-65.", ""},
	{"en", "The Wild finished 26-9-3 and have a 30-10-2 home record.", ""},	/* wins, losses, ties */
	{"en", "Purdue, 1-8, managed 52 yards.", "52 yards|52|yd|distance|eq|51.5|52.5|"},	/* a team's record beside its name: no row */
	{"en", "Purdue (1-8) lost. The Boilermakers, 1-8 overall, lost.", ""},
	{"en", "Friday, 9-5, is open. Grades (3-5) and Ohio (3-5) learn it.", "3-5|3||number|range|3|5|\n3-5|3||number|range|3|5|"},
	{"en", "She ran the 15th annual Harbor Lights 5K and was 5th.", "5th|5|rank|rank|eq|5|5|"},	/* an event's edition */
	{"en", "Brooks hit four 3-pointers, all from 3-point range.", "four 3-pointers|4|item|count|eq|3.5|4.5|"},	/* a shot's name holds no figure */
	{"en", "Atlanta went 13 for 31 from the field and was 2 for 4 on the power play.", ""},	/* made of tried: a record */
	{"en", "Rovers outshot City 17 to 8 and outscored the Blue Jays 12 to 2.", ""},	/* a game's tally after an out- verb */
	{"en", "Riverside has 47 points from 26 matches.", "47 points|47|point|count|eq|46.5|47.5|\n26 matches|26|item|count|eq|25.5|26.5|"},	/* a game's points */
	{"en", "Registration opens Nov. 1.", "Nov. 1||date|date|eq|||2024-11-01"},	/* a verb of opening in the present before a date: to come */
	{"en", "Rooms, 2-3, share a bath. Kids (6-11) get in free.", "2-3|2||number|range|2|3|\n6-11|6||number|range|6|11|"},	/* a plural alone is a noun, no team */
	{"en", "Avocados are 2 for 5 this week. The board was 5 for 2 against the plan.", "2|2||number|eq|1.5|2.5|\n5|5||number|eq|4.5|5.5|\n5|5||number|eq|4.5|5.5|\n2|2||number|eq|1.5|2.5|"},	/* no shots: no record */
	{"en", "Wheat sold for $9.62 a bushel and rent jumped, up $300.", "$9.62 a bushel|9.62|USD/bu|rate|eq|9.615|9.625|\n$300|300|USD|money|eq|250|350|"},	/* another clause: no change of the rate */
	{"en", "The poll shows a 3-point range.", "3|3||number|eq|2.5|3.5|"},	/* no basketball */
	{"en", "It ended 2025 with 312 million paid memberships.", "2025||date|date|eq|||2025\n312 million paid memberships|312000000|item|count|eq|311500000|312500000|2025"},	/* paid: an adjective */
	{"en", "Novak won, beating the No. 2 seed 6-4, 3-6, 6-2, 7-6 (5).", "No. 2|2|rank|rank|eq|2|2|"},	/* a set's scores after the first */
	{"en", "She won in 27:41 and the race started at 7:30 a.m.", "27:41|27.6833333333333|minute|duration|eq|27.675|27.6916666666667|\n7:30 a.m.||time|time|eq|||T07:30"},	/* more minutes than a clock's hours */
	{"en", "Enrollment is about 2,600 fewer than its peak of 20,850 in 2016.", "about 2,600|2600||number|approx|2500|2700|\n20,850|20850||number|eq|20845|20855|2016\n2016||date|date|eq|||2016"},	/* the peak's date, not the difference's */
	{"en", "The line crosses 1,100 streams, about 30% fewer than under the 2020 plan.", "1,100 streams|1100|item|count|eq|1050|1150|\nabout 30%|30|percent|percent|approx|20|40|\n2020||date|date|eq|||2020"},	/* the base's year */
	{"en", "The championships begin March 19.", "March 19||date|date|eq|||2025-03-19"},	/* a plural verb of beginning: to come */
	{"en", "It costs about $77 per inmate a day; tickets cost $5 per person a year.", "about $77 per inmate a day|77|USD/person|rate|approx|76|78|\n$5 per person a year|5|USD/person|rate|eq|4.5|5.5|"},	/* money of two bases: the second in the text */
	{"en", "It is open 24:00 to 06:00, a 50:50 split. Since its start March 3, costs hit $5 million.", "24:00 to 06:00||time|time|range|||T24:00/T06:00\n50|50||number|eq|45|55|\n50|50||number|eq|45|55|\nMarch 3||date|date|eq|||2024-03-03\n$5 million|5000000|USD|money|eq|4500000|5500000|2024-03-03"},	/* no race times; start a noun */
	{"en", "The firm moved to Ohio, expanded in 2020, and added 300 jobs. The talks, held in 2019, produced 12 agreements.", "2020||date|date|eq|||2020\n300 jobs|300|person|count|eq|250|350|2020\n2019||date|date|eq|||2019\n12 agreements|12|item|count|eq|11.5|12.5|"},	/* no aside: a list of verbs; an aside describes its noun */
	{"en", "Prices were 8% lower than their peak in 2021. Costs were 5% less than under the 2020 plan.", "8%|8|percent|percent|eq|7.5|8.5|\n2021||date|date|eq|||2021\n5%|5|percent|percent|eq|4.5|5.5|\n2020||date|date|eq|||2020"},	/* the bases' dates */
	{"en", "Classes start Jan. 6. She finished in about 27:41, a 31:05 finish, in 24:31; a ratio of 40:50.", "Jan. 6||date|date|eq|||2025-01-06\nabout 27:41|27.6833333333333|minute|duration|approx|27.6666666666667|27.7|\n31:05|31.0833333333333|minute|duration|eq|31.075|31.0916666666667|\n24:31|24.5166666666667|minute|duration|eq|24.5083333333333|24.525|\n40|40||number|eq|35|45|\n50|50||number|eq|45|55|"},	/* start a verb; race minutes */
	{"en", "As prices rose, the firm, expanded in 2020, added 300 jobs.", "2020||date|date|eq|||2020\n300 jobs|300|person|count|eq|250|350|"},	/* the aside's date: no verb before it back to a comma */
	{"en", "Jones had a triple-double. Exports rose 28% more than in the same period last year.", "28%|28|percent|percent|eq|27.5|28.5|"},	/* no double; the base's period */
	{"en", ",-2007-23", "2007||date|date|eq|||2007\n23|23||number|eq|22.5|23.5|2007"},	/* a comma first, no word after it: no aside (fuzz: an offset below 0) */
	{"en", "The school has 31 students and 31 teachers; a 30-teacher school pays $5 per teacher.", "31 students|31|person|count|eq|30.5|31.5|\n31 teachers|31|person|count|eq|30.5|31.5|\n30-teacher|30|person|count|eq|25|35|\n$5 per teacher|5|USD/person|rate|eq|4.5|5.5|"},	/* nouns of people count people, as 人 */
	{"en", "The farm built a new 30,000-bushel bin.", "30,000-bushel|30000|bu|measure|eq|25000|35000|"},	/* a hyphened unit */
	{"en", "Visits rose 11% from last season, topping the record of 574,000.", "11%|11|percent|percent|eq|10.5|11.5|\n574,000|574000||number|eq|573500|574500|"},	/* the change passed over: no percent for the base */
	{"en", "Resort visits reached 612,000 skier visits, up 11% from last season and topping its record of 574,000.", "612,000 skier visits|612000|item|count|eq|611500|612500|\n11%|11|percent|percent|eq|10.5|11.5|\n574,000|574000|item|count|eq|573500|574500|"},
	{"en", "PM2.5 reached 182 micrograms per cubic meter.", "182 micrograms per cubic meter|182|ug/m3|rate|eq|181.5|182.5|"},	/* per a cubic metre */
	{"en", "The company cut 1,200 jobs, or about 4% of its workforce, in March.", "1,200 jobs|1200|person|count|eq|1150|1250|2024-03\nabout 4%|4|percent|percent|approx|3|5|2024-03\nMarch||date|date|eq|||2024-03"},	/* an apposition: no clause break */
	{"en", "The clinic treated 40 patients.", "40 patients|40|person|count|eq|35|45|"},
	{"en", "Gas costs $5 per cubic foot.", "$5 per cubic foot|5|USD/ft3|rate|eq|4.5|5.5|"},
	{"en", "The women's eight won the regatta; it cost a million won.", "a million won|1000000|KRW|money|eq|500000|1500000|"},	/* won after a small number in words: the verb */
	{"en", "The regatta, first held in 1972, drew about 8,000 spectators.", "1972||date|date|eq|||1972\nabout 8,000 spectators|8000|person|count|approx|7000|9000|"},	/* an adverb before the aside's participle */
	{"en", "The coffee cost five hundred won.", "five hundred won|500|KRW|money|eq|450|550|"},	/* won after hundreds in words: money */
	{"en", "Twelve drug candidates and 3 diners were listed.", "Twelve drug candidates|12|item|count|eq|11.5|12.5|\n3 diners|3|item|count|eq|2.5|3.5|"},	/* nouns left out of people: things as often */
	{"en", "The Leafs, 38-21-3, sit first.", ""},
	{"en", "Ticket prices rose an average of $6 to $48.", "$6|6|USD|money|eq|5.5|6.5|\n$48|48|USD|money|eq|47.5|48.5|"},	/* a change and its level */
	{"en", "The budget is about 9% more than the county spent last year.", "about 9%|9|percent|percent|approx|8|10|"},	/* the base's year */
	{"en", "They traded a 2027 second-round pick.", "2027||date|date|eq|||2027"},	/* second-round: no seconds */
	{"en", "It stood at 41%, compared with 78% a year earlier, and is dropping 2 inches a day.", "41%|41|percent|percent|eq|40.5|41.5|\n78%|78|percent|percent|eq|77.5|78.5|2023\n2 inches a day|2|in/day|rate|eq|1.5|2.5|"},	/* the date of a base after compared with: its alone */
	{"en", "She ran at a pace of 4 minutes 49 seconds per mile.", "4 minutes 49 seconds per mile|4.81666666666667|minute/mile|rate|eq|4.80833333333333|4.825|"},	/* a duration and a rate of a smaller one: one rate */
	{"en", "He pitched 188 2/3 innings.", "188 2/3 innings|188.666666666667|item|count|eq|188.5|188.833333333333|"},	/* a mixed fraction in thirds */
	{"en", "It was the city's snowiest two-day total since November 2014.", "two-day|2|day|duration|eq|1.5|2.5|\nNovember 2014||date|date|eq|||2014-11/2024-07-23"},	/* a record's since: three words between */
	{"en", "The crowd of 73,126 was the largest at the stadium since 2019.", "73,126|73126||number|eq|73125.5|73126.5|\n2019||date|date|eq|||2019/2024-07-23"},
	{"en", "The storm buried the town under as much as 62 inches of snow.", "as much as 62 inches|62|in|distance|le||62|"},	/* a bound after a bound: the first a preposition */
	{"en", "It sold for under about $5.", "under about $5|5|USD|money|lt||5|"},	/* (a bound before about keeps the bound) */
	{"en", "It had 30,400 workers at the end of June, down from 31,950 a year before.", "30,400 workers|30400|person|count|eq|30350|30450|2024-06\nJune||date|date|eq|||2024-06\n31,950|31950|person|count|eq|31945|31955|2023-06"},	/* a year before: the year of the date before it */
	{"en", "Sales were 9,800 homes, down from a record 11,200.", "9,800 homes|9800|item|count|eq|9750|9850|\n11,200|11200|item|count|eq|11150|11250|"},	/* record, no of: a base noun */
	{"en", "It sought $4.2 million against three carriers.", "$4.2 million|4200000|USD|money|eq|4150000|4250000|\nthree carriers|3|item|count|eq|2.5|3.5|"},	/* against: no word of a noun */
	{"en", "The law caps increases at 7% plus inflation.", "7%|7|percent|percent|eq|6.5|7.5|"},	/* plus after a unit, before a word: a sum */
	{"en", "It costs $50 plus tax.", "$50|50|USD|money|eq|45|55|"},
	{"en", "He paid $500 plus \u2014 far more than planned.", "$500 plus|500|USD|money|ge|500||"},	/* a dash after plus: no word, the bound */
	{"en", "The event drew 5,000 plus.", "5,000 plus|5000||number|ge|5000||"},	/* at the end: at least */
	{"en", "There were 200 plus people.", "200 plus people|200|person|count|ge|200||"},	/* no unit before it: at least */
	{"en", "Enrollment was down 4.1% and below the state average.", "4.1%|4.1|percent|percent|eq|4.05|4.15|"},	/* and below the: a phrase of its own */
	{"en", "Children 5 and under ride free.", "5 and under|5|year|age|le||6|"},
	{"en", "Beef imports rose 18% in the first half, to 1.1 billion pounds.", "18%|18|percent|percent|eq|17.5|18.5|2024-01/2024-06\n1.1 billion pounds|1100000000|lb|measure|eq|1050000000|1150000000|2024-01/2024-06"},	/* a thing weighed before */
	{"en", "Beef sales reached 5 million pounds.", "5 million pounds|5000000|GBP|money|eq|4500000|5500000|"},
	{"en", "It sells 6,000 pounds of wings a week.", "6,000 pounds of wings a week|6000|lb/week|rate|eq|5500|6500|"},
	{"en", "Carriers canceled 1.4% of scheduled international flights through May.", "1.4%|1.4|percent|percent|eq|1.35|1.45|2024-05\nMay||date|date|eq|||2024-05"},	/* in of international is no preposition */
	{"en", "Talks are scheduled again in May.", "May||date|date|eq|||2025-05"},	/* are scheduled: to come */
	{"en", "Carriers canceled 1.4% of scheduled flights through May.", "1.4%|1.4|percent|percent|eq|1.35|1.45|2024-05\nMay||date|date|eq|||2024-05"},	/* scheduled before a noun: no word to come */
	{"en", "The vote is scheduled for May 5.", "May 5||date|date|eq|||2025-05-05"},
	{"en", "Prices have fallen to about $690 a ton from a peak of $1,900.", "about $690 a ton|690|USD/t|rate|approx|680|700|\n$1,900|1900|USD/t|rate|eq|1850|1950|"},	/* the base after a base noun */
	{"en", "Prices are unlikely to recover before March, when stored supplies shrink by half.", "March||date|date|eq|||2025-03\nhalf|0.5|fraction|ratio|eq|0.5|0.5|2025-03"},	/* a month after before; a when-clause of its own */
	{"en", "They posted a 17-65 record and went 40-42 a year later.", ""},
	{"en", "They have a 30-12 home record.", ""},
	{"zh", "3.3万亿元", "3.3万亿元|3300000000000|CNY|money|eq|3250000000000|3350000000000|"},
	{"zh", "民國113年的出口額為4750億美元。", "民國113年||date|date|eq|||2024\n4750億美元|475000000000|USD|money|eq|474500000000|475500000000|2024"},
	{"zh", "民国38年", "民国38年||date|date|eq|||1949"},
	{"zh", "当前价格仍不到其七分之一。", "不到其七分之一|0.142857142857143|fraction|ratio|lt||0.142857142857143|2024-07-23"},	/* 其: of it */
	{"zh", "两校分列第二、三位，三位专家出席。", "第二|2|rank|rank|eq|2|2|\n三位|3|rank|rank|eq|3|3|\n三位|3|person|count|eq|2.5|3.5|"},	/* 第 of both */
	{"zh", "220千伏及以上工程，变电容量约1200万千伏安，10号泊位、11号泊位投运，实施五周年，打通最后一公里。",	/* kV, kVA; names; an anniversary */
	 "220千伏及以上|220|kV|measure|ge|220||\n约1200万千伏安|12000000|kVA|measure|approx|11000000|13000000|"},
	{"zh", "与第七次全国人口普查相比，每百元营业收入中的成本为85.31元。",	/* a census's name; the base of a per-unit figure */
	 "85.31元|85.31|CNY|money|eq|85.305|85.315|"},
	{"zh", "波动幅度不会超过10%，降水较近10年平均值偏少。",	/* will not exceed; 较近10年: the past ten years */
	 "不会超过10%|10|percent|percent|le||10|\n近10年|10|year|duration|eq|5|15|"},
	{"zh", "每千常住人口医疗卫生机构床位数达到7.2张，每千人口拥有执业医师3.4人。",	/* per thousand people: 常住, 人口, 达到, 拥有 */
	 "每千常住人口医疗卫生机构床位数达到7.2张|0.0072|item/person|rate|eq|0.00715|0.00725|\n每千人口拥有执业医师3.4人|0.0034|person/person|rate|eq|0.00335|0.00345|"},
	{"zh", "活动将于12月30日至1月2日举行，部分场馆延长至5日。",	/* the month and year of the range's end */
	 "12月30日至1月2日||date|date|range|||2024-12-30/2025-01-02\n5日||date|date|eq|||2025-01-05"},
	{"zh", "活动将于2月27日至28日举行，部分场馆延长至30日。",	/* no 30 February: as any bare day */
	 "2月27日至28日||date|date|range|||2025-02-27/2025-02-28\n30日||date|date|eq|||2024-07-30"},
	{"zh", "高考将于6月7日至8日举行，部分省份延长至9日。",	/* a later day in the sentence: that month's */
	 "6月7日至8日||date|date|range|||2025-06-07/2025-06-08\n9日||date|date|eq|||2025-06-09"},
	{"zh", "某市第一职业技术学校，毛收入能有10万元出头，每天投入巡护人员2000余名。",	/* a school's name; 出头: a little over; 投入: a verb of granting */
	 "10万元出头|100000|CNY|money|gt|100000|200000|\n每天投入巡护人员2000余名|2000|person/day|rate|gt|2000|3000|"},
	{"zh", "动力电池装车量为339.3GWh，高峰日业务量达到7亿件，二套利率为3.24%，不满3周岁的婴幼儿。",	/* a Latin unit; 高峰日 no rate; 二套 a kind of loan; 不满: under */
	 "339.3GWh|339.3|GWh|measure|eq|339.25|339.35|\n7亿件|700000000|item|count|eq|650000000|750000000|\n3.24%|3.24|percent|percent|eq|3.235|3.245|\n不满3周岁|3|year|age|lt||3|"},
	{"zh", "2020年脱贫摘帽以来，该县投入资金23.4亿元。",	/* a since after a verb's clause */
	 "2020年||date|date|eq|||2020/2024-07-23\n23.4亿元|2340000000|CNY|money|eq|2335000000|2345000000|2020/2024-07-23"},
	{"zh", "这是2008年金融危机以来规模最大的裁员。", "2008年||date|date|eq|||2008"},	/* since an event the year names */
	{"zh", "沪深300指数上涨1.2%，较前一交易日放量约5200亿元，某“985”高校，7月第1周。",	/* names: an index, a programme, a week */
	 "1.2%|1.2|percent|percent|eq|1.15|1.25|\n约5200亿元|520000000000|CNY|money|approx|510000000000|530000000000|\n7月||date|date|eq|||2024-07"},
	{"zh", "6月份，失业率为5.2%，为今年1月调整统计口径以来的最高值；25—29岁劳动力失业率为6.9%。",	/* a record's since, a verb's clause between: it dates no other figure */
	 "6月份||date|date|eq|||2024-06\n5.2%|5.2|percent|percent|eq|5.15|5.25|2024-06\n今年1月||date|date|eq|||2024-01/2024-07-23\n25—29岁|25|year|age|range|25|30|2024-06\n6.9%|6.9|percent|percent|eq|6.85|6.95|2024-06"},
	{"zh", "5、6个人", "5、6个人|5|person|count|range|5|6|"},
	{"zh", "三、四成", "三、四成|30|percent|percent|range|30|40|"},
	{"zh", "地铁6、7号线", ""},
	{"zh", "40万人以上", "40万人以上|400000|person|count|ge|400000||"},
	{"zh", "近3000家", "近3000家|3000|company|count|nearly|2000|3000|"},
	{"zh", "百年一遇的洪水", "百年一遇|0.01|occurrence/year|rate|eq|0.00666666666666667|0.02|"},
	{"zh", "约60英里", "约60英里|60|mile|distance|approx|50|70|"},
	/* a light verb between a qualifier and its number */
	{"zh", "项目约需15天完成。", "约需15天|15|day|duration|approx|14|16|"},
	{"zh", "总投资约达50亿元", "约达50亿元|5000000000|CNY|money|approx|4000000000|6000000000|"},
	{"zh", "最多可获得2万元补贴", "最多可获得2万元|20000|CNY|money|le||20000|"},
	{"zh", "每件最高补贴500元", "每件最高补贴500元|500|CNY/item|rate|le||500|"},	/* a verb between: still le */
	{"zh", "该平台的服务热线为12345，已接到300个电话。", "300个|300|item|count|eq|250|350|"},
	{"zh", "事故起数三年下降近四成。", "三年|3|year|duration|eq|2.5|3.5|\n近四成|40|percent|percent|nearly|30|40|"},
	{"zh", "毕业生人数年均增长约5%。", "约5%|5|percent/year|rate|approx|4|6|"},	/* 人数: no 数年 */
	{"zh", "数十家企业参加。", "数十家||company|count|vague|20|90|"},
	{"zh", "全年销售剪刀约4.6亿把。", "约4.6亿把|460000000|item|count|approx|450000000|470000000|"},
	{"zh", "工厂日产雨靴约1.2万双。", "约1.2万双|12000|item/day|rate|approx|11000|13000|"},
	{"zh", "他们用3年把公司做大。", "3年|3|year|duration|eq|2.5|3.5|"},
	{"zh", "举报电话为12318。", ""},
	{"zh", "平均车速由每小时42公里降至26公里。", "每小时42公里|42|km/h|measure|eq|41.5|42.5|\n26公里|26|km/h|measure|eq|25.5|26.5|"},
	{"zh", "一斤菜卖1块多钱。", "一斤|1|jin|measure|eq|0.5|1.5|\n1块多钱|1|CNY|money|gt|1|2|"},
	{"zh", "景区日均客流量达5000人次。", "5000人次|5000|trip/day|rate|eq|4500|5500|"},
	{"zh", "员工月均收入约6500元。", "约6500元|6500|CNY/month|rate|approx|6400|6600|"},
	{"zh", "今年均价为5000元。", "5000元|5000|CNY|money|eq|4500|5500|2024"},
	{"zh", "户均年收入从2020年的6.8万元增至2023年的11.2万元。", "2020年||date|date|eq|||2020\n6.8万元|68000|CNY/household|rate|eq|67500|68500|2020\n2023年||date|date|eq|||2023\n11.2万元|112000|CNY/household|rate|eq|111500|112500|2023"},
	{"zh", "每平方米造价约为4.7万元", "每平方米造价约为4.7万元|47000|CNY/m2|rate|approx|46000|48000|"},
	/* more counters: 枚 根 条 处 座 株 片 家 所 (item), 名 位 (person), 米 (m) */
	{"zh", "一名采茶工每天最多采摘鲜叶30公斤左右。", "每天最多采摘鲜叶30公斤左右|30|kg/day|rate|le||30|"},	/* the qualifier before the verb */
	{"zh", "每天只有三五个人，每周来三五次。", "每天只有三五个人|3|person/day|rate|range|3|5|\n每周来三五次|3|occurrence/week|rate|range|3|5|"},	/* 三五: three to five, no 35 */
	{"zh", "葡萄酒产量为6.3万千升。", "6.3万千升|63000|kL|measure|eq|62500|63500|"},	/* 千升: a unit, no 千 of the number */
	{"zh", "老人可拨打“助餐热线”12349预约，每餐8元。", "每餐8元|8|CNY/item|rate|eq|7.5|8.5|"},	/* a quoted hotline's number: no row */
	{"zh", "每天最低气温零下5℃左右。", "零下5℃左右|-5|degC|temperature|approx|-6|-4|"},	/* 最低气温: a noun, no bound of a rate */
	{"zh", "“民生热线”2023年共受理12万件。", "2023年||date|date|eq|||2023\n12万件|120000|item|count|eq|115000|125000|2023"},	/* a year after a quoted hotline */
	{"zh", "粉丝数从3千升至1万。", "3千|3000||number|eq|2500|3500|\n1万|10000||number|eq|5000|15000|"},	/* 升至: rose to, no kL */
	{"zh", "每月停车费就要600元。", "每月停车费就要600元|600|CNY/month|rate|eq|550|650|"},	/* 就要 after the noun */
	{"zh", "社区每月至少上门走访2次。", "每月至少上门走访2次|2|occurrence/month|rate|ge|2||"},
	{"zh", "每座配备保洁员2至3名。", "每座配备保洁员2至3名|2|person/item|rate|range|2|3|"},	/* a verb of equipping */
	{"zh", "每座车站至少配备2部电梯，每个充电站平均配备4至6个快充桩，每天增加12列次。", "每座车站至少配备2部|2|item/item|rate|ge|2||\n每个充电站平均配备4至6个|4|item/item|rate|range|4|6|\n每天增加12列次|12|trip/day|rate|eq|11.5|12.5|"},	/* a noun and a bound or 平均 before the verb; 部, 列次 */
	{"zh", "门店日均售出约470杯。", "约470杯|470|item/day|rate|approx|460|480|"},	/* 杯 counts cups */
	{"zh", "每枚0.35元", "每枚0.35元|0.35|CNY/item|rate|eq|0.345|0.355|"},
	{"zh", "每斤才卖6块多钱", "每斤才卖6块多钱|6|CNY/jin|rate|gt|6|7|"},	/* 块多钱: a little over so many yuan, per jin */
	{"zh", "运营时间每天16个半小时", "每天16个半小时|16.5|hour/day|rate|eq|16.25|16.75|"},	/* 个半: a half before the unit */
	{"zh", "每箱（约3公斤）售价约120元", "每箱（约3公斤）售价约120元|120|CNY/item|rate|approx|110|130|\n约3公斤|3|kg|measure|approx|2|4|"},	/* what a box holds, in brackets: its own row too */
	{"zh", "街上有200盏路灯，卖出300碗面，每碗15元。", "200盏|200|item|count|eq|150|250|\n300碗|300|item|count|eq|250|350|\n每碗15元|15|CNY/item|rate|eq|14.5|15.5|"},
	/* 起 of a word (起步) is no "since" */
	{"zh", "2015年刚起步时，公司只有30只鸸鹋。", "2015年||date|date|eq|||2015\n30只|30|item|count|eq|25|35|2015"},
	{"zh", "2015年起，公司扩大规模。", "2015年||date|date|eq|||2015/2024-07-23"},
	{"zh", "每年可向外提供种苗50万只以上。", "每年可向外提供种苗50万只以上|500000|item/year|rate|ge|500000||"},
	{"zh", "每年可加工玉米3万吨。", "每年可加工玉米3万吨|30000|t/year|rate|eq|25000|35000|"},
	{"zh", "每年产蛋30枚", "每年产蛋30枚|30|item/year|rate|eq|25|35|"},
	{"zh", "每米造价约1200元", "每米造价约1200元|1200|CNY/m|rate|approx|1100|1300|"},
	{"zh", "每名学生补贴500元", "每名学生补贴500元|500|CNY/person|rate|eq|450|550|"},
	{"zh", "每位竞买人须缴纳保证金5万元。", "每位竞买人须缴纳保证金5万元|50000|CNY/person|rate|eq|45000|55000|"},	/* a noun, a verb of paying, its noun */
	{"zh", "每户可获得补贴3000元。", "每户可获得补贴3000元|3000|CNY/household|rate|eq|2500|3500|"},
	{"zh", "对企业每家奖励20万元。", "每家奖励20万元|200000|CNY/item|rate|eq|150000|250000|"},
	{"zh", "平均每1200名儿童拥有1处公共沙池。", "每1200名儿童拥有1处|0.000833333333333333|item/person|rate|eq|0.0008|0.000869565217391304|"},
	{"zh", "每处理1吨垃圾约为412元", "约为412元|412|CNY|money|approx|411|413|"},
	{"zh", "每天误差不超过3秒", "每天误差不超过3秒|3|second/day|rate|le||3|"},
	{"zh", "不足2019年的三分之一", "2019年||date|date|eq|||2019\n三分之一|0.333333333333333|fraction|ratio|lt||0.333333333333333|"},
	{"zh", "约合人民币8600万元", "约合人民币8600万元|86000000|CNY|money|approx|85000000|87000000|"},
	{"zh", "汽车零件和零售", ""},	/* 零 of a word */
	{"zh", "每吨重型废钢的收购价在2300元至2350元之间", "每吨重型废钢的收购价在2300元至2350元|2300|CNY/t|rate|range|2300|2350|"},
	{"zh", "每人每日添加糖摄入量约为30克", "每人每日添加糖摄入量约为30克|30|g/person|rate|approx|20|40|"},	/* two bases: the first (a noun of eight characters between) */
	{"zh", "每人每月不超过200元", "每人每月不超过200元|200|CNY/person|rate|le||200|"},	/* two bases: the first, as 1人あたり月2万円 and "per person a month" */
	{"zh", "人均月薪从9500元提高至今年的1.2万元", "9500元|9500|CNY/person|rate|eq|9450|9550|2024\n1.2万元|12000|CNY/person|rate|eq|11500|12500|2024"},
	{"zh", "2025—2026雪季，人数达3.2亿人次", "2025—2026||date|date|range|||2025/2026\n3.2亿人次|320000000|trip|count|eq|315000000|325000000|2025/2026"},
	{"zh", "比例不应低于20%", "不应低于20%|20|percent|percent|ge|20||"},
	{"zh", "研发投入不应低于营业收入的5%", "5%|5|percent|percent|ge|5||"},
	{"zh", "每投放1公斤厨余垃圾可获得0.1元", "0.1元|0.1|CNY|money|eq|0.05|0.15|"},	/* the base of a per-unit figure */
	{"zh", "降雨前2至3毫米", "2至3毫米|2|mm|distance|range|2|3|"},
	{"zh", "昆明年均气温15度", "15度|15|degC|temperature|eq|14.5|15.5|"},	/* no 明年 in 昆明年均 */
	{"zh", "过去年均增长5%，超过去年的一半", "5%|5|percent|percent|eq|4.5|5.5|\n一半|0.5|fraction|ratio|gt|0.5||"},	/* 去年 is the base */
	{"zh", "全市建成3.2万处，一处码头", "3.2万处|32000|item|count|eq|31500|32500|"},	/* 一处: an article */
	{"zh", "水费每月少了20多元", "每月少了20多元|20|CNY/month|rate|gt|20|30|"},
	{"zh", "每个展位最高2万元，每个月1000元", "每个展位最高2万元|20000|CNY/item|rate|le||20000|\n每个月1000元|1000|CNY/month|rate|eq|500|1500|"},
	{"zh", "每斤蔬菜1.2元至1.8元", "每斤蔬菜1.2元至1.8元|1.2|CNY/jin|rate|range|1.2|1.8|"},
	{"zh", "每千人口拥有3岁以下婴幼儿托位4.5个", "3岁以下|3|year|age|le||4|\n4.5个|4.5|item|count|eq|4.45|4.55|"},
	{"zh", "价格约为每箱46美元", "约为每箱46美元|46|USD/item|rate|approx|45|47|"},
	{"zh", "關稅最高達35.3%", "最高達35.3%|35.3|percent|percent|le||35.3|"},
	{"zh", "最高气温达到35度", "35度|35|degC|temperature|eq|34.5|35.5|"},
	{"zh", "最低气温降至零下18.5度", "零下18.5度|-18.5|degC|temperature|eq|-18.55|-18.45|"},
	{"zh", "最低气温多次降至零下18度。", "零下18度|-18|degC|temperature|eq|-18.5|-17.5|"},
	{"zh", "空调温度在28度至35度之间。", "28度至35度|28|degC|temperature|range|28|35|"},	/* 温度在: a temperature word and 在 */
	{"zh", "室内温度控制在26度以上。", "26度以上|26|degC|temperature|ge|26||"},
	{"zh", "百分之三十", "百分之三十|30|percent|percent|eq|25|35|"},
	{"zh", "近八成，两成以上", "近八成|80|percent|percent|nearly|70|80|\n"
				"两成以上|20|percent|percent|ge|20||"},
	{"zh", "一半", "一半|0.5|fraction|ratio|eq|0.5|0.5|"},
	{"zh", "四分之一", "四分之一|0.25|fraction|ratio|eq|0.25|0.25|"},
	{"zh", "两三年", "两三年|2|year|duration|range|2|3|"},
	{"zh", "一般休息三五天。", "三五天|3|day|duration|range|3|5|"},
	{"zh", "游客三五成群。", ""},
	{"zh", "1.1倍", "1.1倍|1.1|times|ratio|eq|1.05|1.15|"},
	{"zh", "3倍多", "3倍多|3|times|ratio|gt|3|4|"},
	{"zh", "超过60%", "超过60%|60|percent|percent|gt|60||"},
	{"zh", "不到20%", "不到20%|20|percent|percent|lt||20|"},
	{"zh", "400多名", "400多名|400|person|count|gt|400|500|"},
	{"zh", "数十家", "数十家||company|count|vague|20|90|"},
	{"zh", "今年7月17日", "今年7月17日||date|date|eq|||2024-07-17"},
	{"zh", "去年9月", "去年9月||date|date|eq|||2023-09"},
	{"zh", "晚上11点", "晚上11点||time|time|eq|||T23:00"},
	{"zh", "每周1人", "每周1人|1|person/week|rate|eq|0.5|1.5|"},
	{"zh", "60天或90天内", "60天|60|day|duration|le||60|\n90天内|90|day|duration|le||90|"},
	{"zh", "排名前30的大学", "前30|30|rank|rank|eq|30|30|"},
	{"zh", "几乎为零", "几乎为零|0||number|nearly|0|1|"},
	{"zh", "GPT-4和A100", ""},
	{"zh", "国家统计局15日发布", "15日||date|date|eq|||2024-07-15"},
	{"zh", "7月18日至19日", "7月18日至19日||date|date|range|||2024-07-18/2024-07-19"},
	{"zh", "社会消费品零售总额", ""},
	{"zh", "一成不变的第三产业", ""},
	{"zh", "前5个月", "前5个月||date|date|range|||2024-01/2024-05"},
	{"zh", "今年前两个月，出口约25亿元。", "前两个月||date|date|range|||2024-01/2024-02\n约25亿元|2500000000|CNY|money|approx|2400000000|2600000000|2024-01/2024-02"},
	{"zh", "前兩個月", "前兩個月||date|date|range|||2024-01/2024-02"},
	{"zh", "不到半个小时", "不到半个小时|0.5|hour|duration|lt||0.5|"},
	{"zh", "上半年", ""},
	{"zh", "3.2亿人次", "3.2亿人次|320000000|trip|count|eq|315000000|325000000|"},
	{"zh", "上半年增长5%", "5%|5|percent|percent|eq|4.5|5.5|2024-01/2024-06"},
	{"zh", "二〇二四年", "二〇二四年||date|date|eq|||2024"},
	{"zh", "1—9月，销量达1122.8万辆", "1—9月||date|date|range|||2024-01/2024-09\n"
				   "1122.8万辆|11228000|item|count|eq|11227500|11228500|2024-01/2024-09"},
	{"zh", "前三季度GDP为101万亿元", "101万亿元|101000000000000|CNY|money|eq|100500000000000|101500000000000|2024-01/2024-09"},
	{"zh", "北京电 10:35", "10:35||time|time|eq|||T10:35"},
	{"zh", "双11", ""},
	{"en", "$1.8bn", "$1.8bn|1800000000|USD|money|eq|1750000000|1850000000|"},
	{"en", "$15m", "$15m|15000000|USD|money|eq|14500000|15500000|"},
	{"en", "18 billion dollars", "18 billion dollars|18000000000|USD|money|eq|17500000000|18500000000|"},
	{"en", "450k", "450k|450000||number|eq|445000|455000|"},
	{"en", "more than 400,000", "more than 400,000|400000||number|gt|400000||"},
	{"en", "nearly 3,000 startups", "nearly 3,000 startups|3000|company|count|nearly|2000|3000|"},
	{"en", "about 60 miles", "about 60 miles|60|mile|distance|approx|50|70|"},
	{"en", "up to 5 years", "up to 5 years|5|year|duration|le||5|"},
	{"en", "Grants are capped at a maximum of $2,500 per family.", "a maximum of $2,500 per family|2500|USD/household|rate|le||2500|"},
	{"en", "Tickets cost a minimum of $20.", "a minimum of $20|20|USD|money|ge|20||"},
	{"en", "Officials confirmed 14 new measles cases.", "14 new measles cases|14|item|count|eq|13.5|14.5|"},	/* measles: no plural */
	{"en", "Workers have earned at least $20 an hour since April 2024.", "at least $20 an hour|20|USD/hour|rate|ge|20||2024-04/2024-07-23\nApril 2024||date|date|eq|||2024-04/2024-07-23"},	/* at least: a bound, no record */
	{"en", "Revenue of about $54 billion, plus or minus 2%.", "about $54 billion|54000000000|USD|money|approx|53000000000|55000000000|\n2%|2|percent|percent|eq|1.5|2.5|"},	/* a margin, no sign */
	{"en", "Milk output rose 1.7% to 2.6 billion pounds.", "1.7%|1.7|percent|percent|eq|1.65|1.75|\n2.6 billion pounds|2600000000|lb|measure|eq|2550000000|2650000000|"},	/* a decimal between */
	{"en", "Prices fell to as little as $4.72 a bushel.", "as little as $4.72 a bushel|4.72|USD/bu|rate|ge|4.72||"},	/* the bottom of what is seen */
	{"en", "Sales were 20% more than 300 units.", "20%|20|percent|percent|eq|15|25|\n300 units|300|item|count|eq|250|350|"},	/* a comparison's base */
	{"en", "It cost $5 million, more than $4 million planned.", "$5 million|5000000|USD|money|eq|4500000|5500000|\nmore than $4 million|4000000|USD|money|gt|4000000||"},
	{"en", "Workers 14 and 15 years old may work 3 hours a day.", "14|14|year|age|eq|14|15|\n15 years old|15|year|age|eq|15|16|\n3 hours a day|3|hour/day|rate|eq|2.5|3.5|"},	/* a list, no name; whole years */
	{"en", "Of the 50 members more than 30 voted.", "50 members|50|person|count|eq|45|55|\nmore than 30|30||number|gt|30||"},	/* no percentage or multiple before: a bound */
	{"en", "In the past 24 hours more than 100 people have died.", "24 hours|24|hour|duration|eq|23.5|24.5|\nmore than 100 people|100|person|count|gt|100||"},
	{"en", "Nvidia scored record revenue of $39 billion in the fourth quarter.", "$39 billion|39000000000|USD|money|eq|38500000000|39500000000|2023-10/2023-12"},	/* money: no game */
	{"en", "About 300 families were evacuated.", "About 300 families|300|household|count|approx|200|400|"},
	{"en", "Tatum scored 31 points and grabbed 11 rebounds.", "31 points|31|point|count|eq|30.5|31.5|\n11 rebounds|11|item|count|eq|10.5|11.5|"},
	{"en", "The Celtics scored 12 points in the fourth.", "12 points|12|point|count|eq|11.5|12.5|"},
	{"en", "He scored 12 points in the fourth quarter.", "12 points|12|point|count|eq|11.5|12.5|"},	/* a game's quarter: no period */
	{"en", "Bobby Witt Jr., 24, hit a two-run double.", "24|24|year|age|eq|24|25|"},	/* Jr.: a name; a two-run double: a hit */
	{"en", "Smith broke a 45-yard run in the third quarter.", "45-yard|45|yd|distance|eq|44.5|45.5|"},	/* a game's words: no period */
	{"en", "Sales rose 5% in the fourth quarter.", "5%|5|percent|percent|eq|4.5|5.5|2023-10/2023-12"},
	{"en", "Credit scores rose 20 points in the first half.", "20 points|20|point|percent|eq|15|25|2024-01/2024-06"},	/* scores: no game's word */
	{"en", "Obama won by 7 points.", "7 points|7|point|percent|eq|6.5|7.5|"},	/* an election's too */
	{"en", "He scored 41 points. Turnout rose 2 points in the game's city to 61 per cent.", "41 points|41|point|count|eq|40.5|41.5|\n2 points|2|point|percent|eq|1.5|2.5|\n61 per cent|61|percent|percent|eq|60.5|61.5|"},	/* one sentence each */
	{"en", "He scored 3 points, 61 per cent of the team's.", "3 points|3|point|percent|eq|2.5|3.5|\n61 per cent|61|percent|percent|eq|60.5|61.5|"},	/* a percent in the sentence */
	{"en", "Her approval fell 5 points to 38%, and the team scored 3 touchdowns.", "5 points|5|point|percent|eq|4.5|5.5|\n38%|38|percent|percent|eq|37.5|38.5|\n3 touchdowns|3|item|count|eq|2.5|3.5|"},
	{"en", "Her lead shrank to 2 points.", "2 points|2|point|percent|eq|1.5|2.5|"},
	{"en", "at least 3 companies", "at least 3 companies|3|company|count|ge|3||"},
	{"en", "almost half", "almost half|0.5|fraction|ratio|nearly|0.45|0.5|"},
	{"en", "a third", "a third|0.333333333333333|fraction|ratio|eq|0.333333333333333|0.333333333333333|"},
	{"en", "twice as high", "twice|2|times|ratio|eq|2|2|"},
	/* times that count occasions, and times that multiply */
	{"en", "The Fed cut rates three times.", "three times|3|occurrence|count|eq|2.5|3.5|"},
	{"en", "They met twice, in May and June.", "twice|2|occurrence|count|eq|1.5|2.5|\n"
						  "May||date|date|eq|||2024-05\nJune||date|date|eq|||2024-06"},
	{"en", "visits at least 10 times", "at least 10 times|10|occurrence|count|ge|10||"},
	{"en", "three times a week", "three times a week|3|occurrence/week|rate|eq|2.5|3.5|"},
	{"en", "twice a year", "twice a year|2|occurrence/year|rate|eq|1.5|2.5|"},
	{"en", "The program costs $9 million annually.", "$9 million annually|9000000|USD/year|rate|eq|8500000|9500000|"},	/* an adverb of a span ends a rate */
	{"en", "The ferry carries 3,400 vehicles daily, up from 3,000.", "3,400 vehicles daily|3400|item/day|rate|eq|3350|3450|\n3,000|3000|item/day|rate|eq|2500|3500|"},
	{"en", "Prices rose 5% annually over a decade.", "5% annually|5|percent/year|rate|eq|4.5|5.5|"},
	{"en", "The app has 10 million daily active users.", "10 million daily active users|10000000|person|count|eq|5000000|15000000|"},	/* daily before a noun: no rate */
	{"en", "In 2023 daily sales hit 400 units.", "2023||date|date|eq|||2023\n400 units|400|item|count|eq|350|450|2023"},
	{"en", "three times as many", "three times|3|times|ratio|eq|2.5|3.5|"},
	{"en", "three times higher", "three times|3|times|ratio|eq|2.5|3.5|"},
	{"en", "twice the size", "twice|2|times|ratio|eq|2|2|"},
	{"en", "roughly twice Japan's price", "roughly twice|2|times|ratio|approx|1|3|"},
	{"en", "Debt is three times revenue.", "three times|3|times|ratio|eq|2.5|3.5|"},
	{"en", "two and a half million people", "two and a half million people|2500000|person|count|eq|2250000|2750000|"},
	{"en", "$2 and a half billion", "$2 and a half billion|2500000000|USD|money|eq|2250000000|2750000000|"},
	{"en", "a 50-basis-point hike", "50-basis-point|0.5|point|percent|eq|0.45|0.55|"},
	{"en", "a 2-percentage-point gap", "2-percentage-point|2|point|percent|eq|1.5|2.5|"},
	{"en", "Nine out of 10 voters agreed.", "Nine out of 10|0.9|fraction|ratio|eq|0.9|0.9|"},
	{"en", "It ends by mid-2027.", "2027||date|date|eq|||2027"},
	{"en", "a late-2025 launch", "2025||date|date|eq|||2025"},
	{"en", "COVID-19 cases", ""},
	{"en", "Call the hotline at 541-383-5300.", ""},
	{"en", "For details call 555-0142.", ""},	/* a 0 after the dash: no range */
	{"en", "From 300-1000 people came.", "300-1000 people|300|person|count|range|300|1000|"},
	{"en", "Call 1-800-555-0199 now.", ""},
	{"en", "A family of four spends about £310 a day.", "about £310 a day|310|GBP/day|rate|approx|300|320|"},
	{"en", "Losses could exceed $450 million.", "$450 million|450000000|USD|money|gt|450000000||"},
	{"en", "Sales are expected to top $2 billion.", "$2 billion|2000000000|USD|money|gt|2000000000||"},
	{"en", "The area grew eightfold.", "eightfold|8|times|ratio|eq|8|8|"},
	{"en", "Land sold for $274 per acre.", "$274 per acre|274|USD/acre|rate|eq|273.5|274.5|"},
	{"zh", "召回逾12万箱、约145万罐", "逾12万箱|120000|item|count|gt|120000||\n约145万罐|1450000|item|count|approx|1440000|1460000|"},
	{"zh", "拨打12315热线投诉", ""},
	{"zh", "乘客可登录12306网站购票，或拨打12306客服电话。", ""},
	{"zh", "超过300家网站", "超过300家|300|company|count|gt|300||"},
	{"zh", "他服刑4年零3个月，积分为9850分。", "4年零3个月|4.25|year|duration|eq|4.20833333333333|4.29166666666667|\n9850分|9850|point|count|eq|9845|9855|"},	/* 零 joins the parts */
	{"zh", "全程用时4小时18分。", "4小时18分|4.3|hour|duration|eq|4.29166666666667|4.30833333333333|"},	/* 分 after hours: minutes */
	{"zh", "冠军成绩为2小时8分15秒。", "2小时8分15秒|2.1375|hour|duration|eq|2.13736111111111|2.13763888888889|"},
	{"en", "He won in 2 hours, 8 minutes and 15 seconds.", "2 hours, 8 minutes and 15 seconds|2.1375|hour|duration|eq|2.13736111111111|2.13763888888889|"},
	{"en", "The walk took 2 hours, 30 people joined.", "2 hours|2|hour|duration|eq|1.5|2.5|\n30 people|30|person|count|eq|25|35|"},
	{"zh", "他得了18分。", "18分|18|point|count|eq|17.5|18.5|"},
	{"zh", "12306网站数据显示，假期首日售票量达2300多万张。", "2300多万张|23000000|item|count|gt|23000000|24000000|"},
	{"zh", "约为竞争对手的2.1倍", "2.1倍|2.1|times|ratio|approx|2|2.2|"},
	{"zh", "目前500公里至600公里", "500公里至600公里|500|km|distance|range|500|600|2024-07-23"},
	{"zh", "排名前10的企业", "前10|10|rank|rank|eq|10|10|"},
	{"zh", "猎鹰9号火箭从2号工位发射", ""},
	{"zh", "公司于9号发布。", "9号||date|date|eq|||2024-07-09"},
	{"zh", "阿丽亚娜6型火箭", ""},
	{"zh", "5周　多地出现疫情", "5周|5|week|duration|eq|4.5|5.5|"},
	{"zh", "一头猪重100公斤", "100公斤|100|kg|measure|eq|50|150|"},
	{"zh", "上涨一次", ""},
	{"zh", "跌破每斤7元", "跌破每斤7元|7|CNY/jin|rate|lt||7|"},
	{"en", "Another 200 homes were lost.", "200 homes|200|item|count|eq|150|250|"},
	{"en", "The fine is 5,000 pesos.", "5,000 pesos|5000|MXN|money|eq|4500|5500|"},
	{"en", "There were 5 per 100,000 residents.", "5 per 100,000 residents|0.00005|item/person|rate|eq|0.000045|0.000055|"},
	{"en", "It costs $780 per resident.", "$780 per resident|780|USD/person|rate|eq|775|785|"},
	{"en", "It costs $1,450 per household.", "$1,450 per household|1450|USD/household|rate|eq|1445|1455|"},
	{"en", "About 24,000 young people applied.", "About 24,000 young people|24000|person|count|approx|23000|25000|"},
	{"en", "A level of 0.08% or higher", "0.08% or higher|0.08|percent|percent|ge|0.08||"},
	{"en", "Incomes of $50,000 or below", "$50,000 or below|50000|USD|money|le||50000|"},
	{"en", "Call 911 now; 911 calls rose 12%.", "12%|12|percent|percent|eq|11.5|12.5|"},
	{"en", "It is paid from a 911 surcharge of 75 cents.", "75 cents|0.75|USD|money|eq|0.745|0.755|"},	/* a 911 surcharge, fee, tax: the service's number */
	{"en", "Open 24/7.", ""},
	{"en", "He won the 11th District.", ""},
	{"en", "He won the 42nd Riverside Marathon and the 75th Annual Tony Awards.", ""},	/* an event's edition */
	{"en", "She finished 2nd in the Boston Marathon; the school ranked 3rd.", "2nd|2|rank|rank|eq|2|2|\nranked 3rd|3|rank|rank|eq|3|3|"},
	{"en", "It was bought from the 5th Earl of Dunmore.", ""},
	{"en", "She is the 3rd largest donor.", "3rd|3|rank|rank|eq|3|3|"},
	{"en", "Sales are expected to rise 5% in the fourth quarter.", "5%|5|percent|percent|eq|4.5|5.5|2024-10/2024-12"},
	{"en", "The city plans to fix 30 more potholes by the end of the year.", "30 more potholes|30|item|count|eq|25|35|2024-12"},	/* the end of the year: this year's */
	{"en", "the driest since the 1970s, with 78 days", "1970s||date|date|eq|||1970/2024-07-23\n78 days|78|day|duration|eq|77.5|78.5|1970/2024-07-23"},
	{"en", "Thefts rose 18% between January and March.", "18%|18|percent|percent|eq|17.5|18.5|2024-01/2024-03\nJanuary and March||date|date|range|||2024-01/2024-03"},
	{"en", "from January to March 2023", "January to March 2023||date|date|range|||2023-01/2023-03"},
	{"en", "from November to February 2023", "November to February 2023||date|date|range|||2022-11/2023-02"},
	{"en", "Sales rose 18% compared with the same period of 2023.", "18%|18|percent|percent|eq|17.5|18.5|\n2023||date|date|eq|||2023"},
	{"en", "He ran it in 9 minutes and 40 seconds.", "9 minutes and 40 seconds|9.66666666666667|minute|duration|eq|9.58333333333333|9.75|"},
	{"en", "The flight lasts 2 hours 30 minutes.", "2 hours 30 minutes|2.5|hour|duration|eq|2.41666666666667|2.58333333333333|"},
	{"en", "5 minutes and 10 people", "5 minutes|5|minute|duration|eq|4.5|5.5|\n10 people|10|person|count|eq|5|15|"},
	{"en", "Sales rose 4% in the first three months of the year.", "4%|4|percent|percent|eq|3.5|4.5|2024-01/2024-03"},
	{"en", "Prices may rise 20 or 30 percent.", "20 or 30 percent|20|percent|percent|range|20|30|"},
	{"en", "two or three days", "two or three days|2|day|duration|range|2|3|"},
	{"en", "There is one doctor for every 1,200 people.", "one doctor for every 1,200 people|0.000833333333333333|item/person|rate|eq|0.0008|0.000869565217391304|"},
	{"en", "Pigeons number roughly one for every eight residents.", "roughly one for every eight residents|0.125|item/person|rate|approx|0.111111111111111|0.142857142857143|"},
	{"en", "It was spread over about six weeks.", "about six weeks|6|week|duration|approx|5|7|"},
	{"en", "The work was largely complete by Oct. 28.", "Oct. 28||date|date|eq|||2023-10-28"},	/* in July 2024: by a day, but in the past */
	{"en", "The busiest month was July, with nearly 152,000 passengers.", "July||date|date|eq|||2024-07\nnearly 152,000 passengers|152000|person|count|nearly|151000|152000|2024-07"},
	{"en", "Residents can call 211 for help.", ""},
	{"en", "During July heat waves, it hit 104F.", "July||date|date|eq|||2024-07\n104F|104|degF|temperature|eq|103.5|104.5|2024-07"},	/* a month alone after during */
	{"en", "Bookings for July rose 5%. Flowers for April Smith arrived.", "July||date|date|eq|||2024-07\n5%|5|percent|percent|eq|4.5|5.5|2024-07"},	/* for and a month (not before a name) */
	{"en", "Waiting times tripled between December and February.", "tripled|3|times|ratio|eq|3|3|2023-12/2024-02\nDecember and February||date|date|range|||2023-12/2024-02"},	/* a month alone after between; the end in the next year */
	{"en", "Spaces turn over less than twice a day.", "less than twice a day|2|occurrence/day|rate|lt||2|"},	/* a verb's over */
	{"en", "It rose over 10 weeks.", "over 10 weeks|10|week|duration|gt|10||"},
	{"en", "It will cost an estimated Rs 900 crore.", "an estimated Rs 900 crore|9000000000|INR|money|approx|8000000000|10000000000|"},
	{"en", "We want at least a 15% reduction.", "at least a 15%|15|percent|percent|ge|15||"},
	{"en", "It sits within a 10-minute walk.", "within a 10-minute|10|minute|duration|le||10|"},
	{"en", "It signed under a five-year contract.", "five-year|5|year|duration|eq|4.5|5.5|"},
	{"en", "They talked about a 5% raise.", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "Food costs are eating up 30% to 35% of revenue.", "30% to 35%|30|percent|percent|range|30|35|"},
	{"en", "Shares were up $2 to $30.", "$2|2|USD|money|eq|1.5|2.5|\n$30|30|USD|money|eq|25|35|"},
	{"en", "A crossing is going up by 20p to £1.80.", "20p|0.2|GBP|money|eq|0.15|0.25|\n£1.80|1.8|GBP|money|eq|1.795|1.805|"},
	{"en", "He was paid half a month's salary.", "half a month|0.5|month|duration|eq|0.45|0.55|"},
	{"en", "She bought a third winding machine.", ""},
	{"en", "It was his third offense and a third major storm.", ""},	/* a thing counted in order: no fraction */
	{"en", "The fair built a third livestock barn.", ""},
	{"en", "A third party paid the bill.", ""},
	{"en", "A third of the barns burned.", "A third|0.333333333333333|fraction|ratio|eq|0.333333333333333|0.333333333333333|"},
	{"en", "The airline will add a third daily flight and open a third new outlet.", ""},
	{"en", "The port will build a third cruise terminal.", ""},	/* any one word before the thing */
	{"en", "Enrolment fell by about 2,400 to 15,600 households.", "about 2,400|2400|household|count|approx|2300|2500|\n15,600 households|15600|household|count|eq|15550|15650|"},	/* a change takes the unit of the level */
	{"en", "The lease has two five-year extension options.", "two five-year extension options|2|item|count|eq|1.5|2.5|\nfive-year|5|year|duration|eq|4.5|5.5|"},	/* a compound of words among a count's words */
	{"en", "It handled 9.8 million twenty-foot equivalent units.", "9.8 million twenty-foot equivalent units|9800000|item|count|eq|9750000|9850000|"},	/* (the name of a unit) */
	{"en", "The county will hire 18 more sheriff's deputies.", "18 more sheriff's deputies|18|person|count|eq|17.5|18.5|"},	/* a possessive before the noun */
	{"en", "Fishermen landed 1.4 million sockeye.", "1.4 million sockeye|1400000|item|count|eq|1350000|1450000|"},	/* a plural with no -s */
	{"en", "Anglers under 18 need no license.", "under 18|18|year|age|lt||18|"},	/* a noun of people, then an age */
	{"en", "Customers circle the block three or four times.", "three or four times|3|occurrence|count|range|3|4|"},	/* occasions: the second's counter says both */
	{"en", "Waters ran about 1 degree Fahrenheit above average.", "about 1 degree Fahrenheit|1|degF|temperature|approx|0|2|"},
	{"en", "Below about 15 degrees, crews mix in brine.", "Below about 15 degrees|15|degree|temperature|lt||15|"},	/* two prefixes before degrees alone */
	{"zh", "旺季时一晚能卖出300多串。", "一晚能卖出300多串|300|item/night|rate|gt|300|400|"},	/* so many in one night */
	{"zh", "每平方公里有道路12.5公里。", "每平方公里有道路12.5公里|12.5|km/km2|rate|eq|12.45|12.55|"},	/* 公里 per an area: a length (only キロ may weigh) */
	{"zh", "每尾鱼重约0.4公斤。", "每尾鱼重约0.4公斤|0.4|kg/item|rate|approx|0.3|0.5|"},	/* 尾: a counter of fish */
	{"zh", "种养大户陈建国（57）说。", "（57）|57|year|age|eq|57|58|"},
	{"zh", "居民小区（8）和市民中心（13）。", "8|8||number|eq|7.5|8.5|\n13|13||number|eq|12.5|13.5|"},	/* (places in brackets: no ages) */
	{"zh", "全镇2.7万户籍人口。", "2.7万户籍人口|27000|person|count|eq|26500|27500|"},	/* registered residents, no households */
	{"zh", "合作社负责人陈志强（56）表示。", "（56）|56|year|age|eq|56|57|"},
	{"en", "Class sizes rise from an average of 22 students to 24.", "22 students|22|person|count|eq|21.5|22.5|\n24|24|person|count|eq|23.5|24.5|"},	/* the noun of a base between from and the figure */
	{"en", "The population grew by roughly 8,300 people to 716,000.", "roughly 8,300 people|8300|person|count|approx|8200|8400|\n716,000|716000|person|count|eq|715500|716500|"},	/* the level takes the unit of the change */
	{"en", "The fair is scheduled for July 4 to 13.", "July 4 to 13||date|date|range|||2025-07-04/2025-07-13"},	/* a day of this month more than a week gone, a word to come before it: next year's */
	{"en", "The fair is scheduled for July 20.", "July 20||date|date|eq|||2024-07-20"},	/* (within a week: this one) */
	{"en", "The fair was held July 4.", "July 4||date|date|eq|||2024-07-04"},
	{"zh", "活动将于7月4日举行。", "7月4日||date|date|eq|||2025-07-04"},
	{"en", "The district employs 212 food service staff.", "212 food service staff|212|person|count|eq|211.5|212.5|"},	/* staff, personnel: people with no -s */
	{"en", "The base has 300 military personnel.", "300 military personnel|300|person|count|eq|250|350|"},
	{"en", "Northline will pay £4 million after 11,000 trains ran late in December.", "£4 million|4000000|GBP|money|eq|3500000|4500000|2023-12\n11,000 trains|11000|item|count|eq|10500|11500|2023-12\nDecember||date|date|eq|||2023-12"},	/* a past word between "will" and the date: last December */
	{"en", "Lopez said she hopes to cut the openings to fewer than 30 by January.", "fewer than 30|30||number|lt||30|2025-01\nJanuary||date|date|eq|||2025-01"},	/* to cut: no past */
	{"en", "The firm will cut 200 jobs in December.", "200 jobs|200|person|count|eq|150|250|2024-12\nDecember||date|date|eq|||2024-12"},
	{"en", "The plant will be completed in December.", "December||date|date|eq|||2024-12"},	/* (be completed: no past) */
	{"en", "Sales were $5 million in the first half of 2023, compared with $4 million in the same period of 2022.", "$5 million|5000000|USD|money|eq|4500000|5500000|2023-01/2023-06\n2023||date|date|eq|||2023-01/2023-06\n$4 million|4000000|USD|money|eq|3500000|4500000|2022-01/2022-06\n2022||date|date|eq|||2022-01/2022-06"},	/* the same period: the months of the part before */
	{"en", "Sales were $5 million in the first half, compared with $4 million in the same period last year.", "$5 million|5000000|USD|money|eq|4500000|5500000|2024-01/2024-06\n$4 million|4000000|USD|money|eq|3500000|4500000|2023-01/2023-06"},
	{"en", "Sales were $5 million in 2023, compared with $4 million in the same period of 2022.", "$5 million|5000000|USD|money|eq|4500000|5500000|2023\n2023||date|date|eq|||2023\n$4 million|4000000|USD|money|eq|3500000|4500000|2022\n2022||date|date|eq|||2022"},	/* (no part before: the year) */
	{"zh", "16时至次日6时", "16时至次日6时||time|time|range|||T16:00/T06:00"},
	{"zh", "\xE3\x80\x80近5年，全县新增茶园3万亩。", "近5年|5|year|duration|eq|4.5|5.5|\n3万亩|30000|mu|measure|eq|25000|35000|"},	/* 近 after a paragraph's full-width indent: the past five years */
	{"zh", "和先生（45岁）说。", "45岁|45|year|age|eq|45|46|"},	/* the brackets are no part of the text */
	{"zh", "每户最多可获得补贴1.5万元。", "每户最多可获得补贴1.5万元|15000|CNY/household|rate|le||15000|"},	/* two light verbs after the qualifier */
	{"zh", "每天直播6至8小时。", "每天直播6至8小时|6|hour/day|rate|range|6|8|"},	/* a range in a rate */
	{"zh", "每年3至5月举办。", "3至5月||date|date|range|||2024-03/2024-05"},	/* (every March to May: dates) */
	{"zh", "一天最多卖出过800单。", "一天最多卖出过800单|800|item/day|rate|le||800|"},
	{"zh", "三年后，销售额将达到5亿元。", "三年后||date|date|eq|||2027\n5亿元|500000000|CNY|money|eq|450000000|550000000|2027"},
	{"zh", "比2020年多了近200人。", "2020年||date|date|eq|||2020\n近200人|200|person|count|nearly|100|200|"},	/* the word after a date: no part of its text */
	{"zh", "第一游泳馆将于明年开放。", ""},	/* a facility's number */
	{"zh", "一年下来能省近4000元。", "一年下来能省近4000元|4000|CNY/year|rate|nearly|3000|4000|"},
	{"zh", "每天可采收棉花300至400亩。", "每天可采收棉花300至400亩|300|mu/day|rate|range|300|400|"},	/* 可, a verb and its noun */
	{"zh", "补贴最长可领取3年。", "最长可领取3年|3|year|duration|le||3|"},
	{"zh", "工厂每年可带动周边3个县。", "3个|3|item|count|eq|2.5|3.5|"},	/* (a count of places, no rate) */
	{"zh", "每天进出的货车有300多辆次。", "每天进出的货车有300多辆次|300|trip/day|rate|gt|300|400|"},	/* a noun and 有 in a rate */
	{"zh", "每亩最高可获得赔付800元。", "每亩最高可获得赔付800元|800|CNY/mu|rate|le||800|"},
	{"zh", "近5年年均增长约7%。", "近5年|5|year|duration|eq|4.5|5.5|\n约7%|7|percent/year|rate|approx|6|8|"},	/* an average growth a year */
	{"zh", "销售额增长7%。", "7%|7|percent|percent|eq|6.5|7.5|"},
	{"zh", "他今年70多岁。", "70多岁|70|year|age|gt|70|80|2024"},	/* 多 in an age: the decade */
	{"zh", "每季度1次。", "每季度1次|1|occurrence/quarter|rate|eq|0.5|1.5|"},
	{"zh", "每人发放一次性补贴5万元。", "每人发放一次性补贴5万元|50000|CNY/person|rate|eq|45000|55000|"},	/* 一次性: no figure inside a rate */
	{"zh", "人均费用不到三级医院的一半。", "一半|0.5|fraction|ratio|eq|0.5|0.5|"},	/* a grade of hospital: no figure */
	{"zh", "一列车满载。", ""},	/* 一列: "a" */
	{"zh", "平均每2分30秒发出一班车。", "2分30秒|2.5|minute|duration|eq|2.41666666666667|2.58333333333333|"},	/* 分 before seconds: minutes */
	{"zh", "票价约上涨0.4元。", "约上涨0.4元|0.4|CNY|money|approx|0.3|0.5|"},	/* a verb of change between the qualifier and the figure */
	{"zh", "最多增加3万人。", "最多增加3万人|30000|person|count|le||30000|"},
	{"zh", "快递费用由每单12元降至8元。", "每单12元|12|CNY/item|rate|eq|11.5|12.5|\n8元|8|CNY/item|rate|eq|7.5|8.5|"},
	{"zh", "每100平方米建筑面积须配建1.5个车位。", "每100平方米建筑面积须配建1.5个|0.015|item/m2|rate|eq|0.0145|0.0155|"},	/* the base of a rate: no row */
	{"zh", "每亩保额提高到1000元。", "每亩保额提高到1000元|1000|CNY/mu|rate|eq|500|1500|"},
	{"zh", "每件派送成本下降0.3元。", "每件派送成本下降0.3元|0.3|CNY/item|rate|eq|0.25|0.35|"},	/* a noun and a verb of change: by so much a piece */
	{"zh", "冰雹直径最大达3厘米。", "最大达3厘米|3|cm|distance|le||3|"},
	{"zh", "每天乘坐126路上班。", ""},	/* a bus route */
	{"zh", "途经火车站的夜1路客流最大。", ""},	/* a night route: 夜1路, 快3路 */
	{"zh", "警方连夜5路出击。", "5|5||number|eq|4.5|5.5|"},	/* (连夜: overnight, no night route) */
	{"zh", "每辆新购纯电动出租车给予2万元补贴。", "每辆新购纯电动出租车给予2万元|20000|CNY/item|rate|eq|15000|25000|"},
	{"zh", "到明年底，覆盖率将超过九成。", "超过九成|90|percent|percent|gt|90||2025-12"},
	{"zh", "供暖期为每年11月15日至次年3月15日。", "11月15日至次年3月15日||date|date|range|||2023-11-15/2024-03-15"},	/* 次年: the end in the next year */
	{"zh", "一年下来能多挣3万元。", "一年下来能多挣3万元|30000|CNY/year|rate|eq|25000|35000|"},
	{"zh", "一天可采鲜叶8至10亩。", "一天可采鲜叶8至10亩|8|mu/day|rate|range|8|10|"},
	{"zh", "第二实验小学。", ""},
	{"zh", "一户一表。", ""},
	{"zh", "每亩采摘成本约1200元，如今使用机械后降至800元左右。", "每亩采摘成本约1200元|1200|CNY/mu|rate|approx|1100|1300|\n800元左右|800|CNY/mu|rate|approx|700|900|"},	/* the level of a rate, a clause on */
	{"zh", "每月至少走访2次。", "每月至少走访2次|2|occurrence/month|rate|ge|2||"},	/* a verb after the qualifier of a rate */
	{"zh", "库区每年可节约电费约360万元。", "每年可节约电费约360万元|3600000|CNY/year|rate|approx|3500000|3700000|"},	/* (约 of 节约 is no qualifier) */
	{"zh", "每晚价格最高超过3000元。", "每晚价格最高超过3000元|3000|CNY/night|rate|gt|3000||"},
	{"zh", "2026杭州马拉松组委会宣布。", ""},	/* a year in an event's name */
	{"zh", "一年可节约电费约860万元。", "一年可节约电费约860万元|8600000|CNY/year|rate|approx|8500000|8700000|"},
	{"zh", "一年下来能省近4000元。", "一年下来能省近4000元|4000|CNY/year|rate|nearly|3000|4000|"},
	{"zh", "日收奶能力超过50吨。", "超过50吨|50|t/day|rate|gt|50||"},
	{"zh", "一年能产绒600克左右。", "一年能产绒600克左右|600|g/year|rate|approx|500|700|"},
	{"zh", "一天要花两个多小时。", "一天要花两个多小时|2|hour/day|rate|gt|2|3|"},
	{"zh", "每餐3元至5元。", "每餐3元至5元|3|CNY/item|rate|range|3|5|"},
	{"zh", "今年收购价每斤3元左右，比去年高了0.5元。",
	       "每斤3元左右|3|CNY/jin|rate|approx|2|4|2024\n0.5元|0.5|CNY/jin|rate|eq|0.45|0.55|2024"},
	{"zh", "平均价格为每公斤6.5元至7元，比去年同期提高0.8元。",
	       "每公斤6.5元至7元|6.5|CNY/kg|rate|range|6.5|7|\n0.8元|0.8|CNY/kg|rate|eq|0.75|0.85|"},
	{"zh", "每个场次限流300人，比去年减少了50人。",
	       "每个场次限流300人|300|person/item|rate|eq|250|350|\n50人|50|person/item|rate|eq|45|55|"},
	{"zh", "每亩补贴200元，另外发放奖金500元。", "每亩补贴200元|200|CNY/mu|rate|eq|150|250|\n500元|500|CNY|money|eq|450|550|"},
	{"zh", "最大24小时降雨量达286毫米。", "24小时|24|hour|duration|eq|23.5|24.5|\n286毫米|286|mm|distance|eq|285.5|286.5|"},
	{"zh", "最长24小时。", "最长24小时|24|hour|duration|le||24|"},
	{"zh", "是一座大（2）型水库，库容约1260万立方米。", "约1260万立方米|12600000|m3|measure|approx|12500000|12700000|"},
	{"zh", "预计将保持年均10%以上的增长。", "10%以上|10|percent/year|rate|ge|10||"},
	{"zh", "以前一个人做饭。", ""},
	{"zh", "每服务1小时可获得补贴20元。", "20元|20|CNY|money|eq|15|25|"},
	{"zh", "参观人数只有300人，数只羊。", "300人|300|person|count|eq|250|350|\n数只||item|count|vague|2|9|"},	/* 人数只有: a noun and "only", no 数只 */
	{"zh", "猪粮比价为5.3:1。", "5.3:1|5.3|times|ratio|eq|5.25|5.35|"},	/* 比价, a word of ratio */
	{"zh", "日均执行航班1.75万班次，日均客流将达到5万至6万人次，旅客应至少提前45分钟到达。", "1.75万班次|17500|trip/day|rate|eq|17450|17550|\n5万至6万人次|50000|trip/day|rate|range|50000|60000|\n至少提前45分钟|45|minute|duration|ge|45||"},	/* 班次; a range after 日均; 提前 a light verb */
	{"zh", "一年期贷款超过100万元。", "超过100万元|1000000|CNY|money|gt|1000000||"},	/* 一年期: a term, no rate of one year */
	{"zh", "这里每天提供三餐。", "每天提供三餐|3|item/day|rate|eq|2.5|3.5|"},	/* 餐 counts meals */
	{"zh", "一天门诊量超过4000人次。", "一天门诊量超过4000人次|4000|trip/day|rate|gt|4000||"},	/* a noun before the bound */
	{"zh", "每单派费从2020年的1.5元降至目前的1.1元左右。", "每单派费从2020年的1.5元|1.5|CNY/item|rate|eq|1.45|1.55|2020\n2020年||date|date|eq|||2020\n1.1元左右|1.1|CNY/item|rate|approx|1|1.2|2024-07-23"},	/* a year between the base and its first level: a row, the base's date */
	{"zh", "全国平均每件快递的收入已从2020年的10.6元降至8.02元。", "每件快递的收入已从2020年的10.6元|10.6|CNY/item|rate|eq|10.55|10.65|2020\n2020年||date|date|eq|||2020\n8.02元|8.02|CNY/item|rate|eq|8.015|8.025|"},	/* the level, no word of now: no date of the base */
	{"zh", "每件运费从去年同期的38元降至31元，运价每下降100美元，利润增加5%。", "每件运费从去年同期的38元|38|CNY/item|rate|eq|37.5|38.5|2023\n31元|31|CNY/item|rate|eq|30.5|31.5|\n5%|5|percent|percent|eq|4.5|5.5|"},	/* 去年同期 between; 每下降100美元 a verb and its object */
	{"zh", "每公斤运费从去年初的约45元降至32元。", "每公斤运费从去年初的约45元|45|CNY/kg|rate|approx|44|46|2023\n32元|32|CNY/kg|rate|eq|31.5|32.5|"},	/* 去年初的: a part of the year between */
	{"zh", "每卖出1兆瓦组件亏损约3万元，一年下来路费要多花2000多元。", "约3万元|30000|CNY|money|approx|20000|40000|\n一年下来路费要多花2000多元|2000|CNY/year|rate|gt|2000|3000|"},	/* 1兆瓦 a base, no figure; a noun before 要 */
	{"zh", "企业每招用1人补贴1000元，每出栏一头猪亏损约60元。", "1000元|1000|CNY|money|eq|500|1500|\n约60元|60|CNY|money|approx|50|70|"},	/* hiring, selling a pig: a verb and its object */
	{"zh", "价格每吨从500元涨到650元。", "每吨从500元|500|CNY/t|rate|eq|450|550|\n650元|650|CNY/t|rate|eq|645|655|"},
	{"zh", "每年从3月到5月。", "3月到5月||date|date|range|||2024-03/2024-05"},
	{"zh", "平均每平方公里约有4.2座。", "每平方公里约有4.2座|4.2|item/km2|rate|approx|4.1|4.3|"},
	{"zh", "明年6月前后投入使用。", "明年6月前后||date|date|approx|||2025-06"},
	{"zh", "工程预计6月完工。", "6月||date|date|eq|||2025-06"},
	{"zh", "收费不得高于每月30元。", "不得高于每月30元|30|CNY/month|rate|le||30|"},
	{"zh", "亩均收入超千元。", "超千元|1000|CNY/mu|rate|gt|1000||"},
	{"zh", "设有68根智慧灯杆。", "68根|68|item|count|eq|67.5|68.5|"},
	{"zh", "数据每10分钟上传一次。", "每10分钟上传一次|0.1|occurrence/minute|rate|eq|0.0666666666666667|0.2|"},
	{"zh", "每季度至少巡查一次。", "每季度至少巡查一次|1|occurrence/quarter|rate|ge|1||"},
	{"zh", "每年一次性补贴。", ""},
	{"zh", "日均客流量约25.2万人次，比去年同期多2.7万人次。",
	       "约25.2万人次|252000|trip/day|rate|approx|251000|253000|\n2.7万人次|27000|trip/day|rate|eq|26500|27500|"},
	{"zh", "日均接待游客约3000人次，单日最多超过4500人次。",
	       "约3000人次|3000|trip/day|rate|approx|2000|4000|\n单日最多超过4500人次|4500|trip/day|rate|gt|4500||"},	/* 单日: a rate of one day, as 一天 */
	{"zh", "按装机容量每千瓦补贴300元。", "每千瓦补贴300元|300|CNY/kW|rate|eq|250|350|"},
	{"zh", "客流一天超过20万人次。", "一天超过20万人次|200000|trip/day|rate|gt|200000||"},
	{"zh", "每亩种植株数由过去的110株增加到220株。",
	       "每亩种植株数由过去的110株|110|item/mu|rate|eq|105|115|\n220株|220|item/mu|rate|eq|215|225|"},
	{"zh", "学生乘车每学期收费300元。", "每学期收费300元|300|CNY/semester|rate|eq|250|350|"},
	{"zh", "一辆电动出租车一年可节省燃料费用约4万元。", "一年可节省燃料费用约4万元|40000|CNY/year|rate|approx|30000|50000|"},
	{"zh", "每场限流200人。", "每场限流200人|200|person/item|rate|eq|150|250|"},
	{"zh", "每亩采挖成本由约3000元降至1200元左右。",
	       "每亩采挖成本由约3000元|3000|CNY/mu|rate|approx|2000|4000|\n1200元左右|1200|CNY/mu|rate|approx|1100|1300|"},
	{"zh", "工厂一天最多加工60吨。", "一天最多加工60吨|60|t/day|rate|le||60|"},
	{"zh", "志愿者一天捡拾垃圾逾3吨。", "一天捡拾垃圾逾3吨|3|t/day|rate|gt|3||"},
	{"zh", "牡丹是一种多年生植物。", ""},
	{"zh", "现场观众近万人。", "近万人|10000|person|count|nearly|0|10000|"},	/* 万 alone after a qualifier */
	{"zh", "该县竹农增收超万元。", "超万元|10000|CNY|money|gt|10000||"},
	{"zh", "近亿元的投资。", "近亿元|100000000|CNY|money|nearly|0|100000000|"},
	{"zh", "超万亿元。", "超万亿元|1000000000000|CNY|money|gt|1000000000000||"},
	{"zh", "万余名游客涌入景区。", "万余名|10000|person|count|gt|10000|20000|"},	/* and before 余 */
	{"zh", "上万名游客涌入景区。", "上万名|10000|person|count|ge|10000||"},	/* 上 before a bare place word */
	{"zh", "上千家企业参展。", "上千家|1000|company|count|ge|1000||"},
	{"zh", "吃一顿夜宵要花上百元。", "上百元|100|CNY|money|ge|100||"},
	{"zh", "产值过亿元的企业。", "过亿元|100000000|CNY|money|gt|100000000||"},
	{"zh", "最近万科股价下跌。", ""},	/* 最近 is lately: 近 no qualifier */
	{"zh", "游客登上万里长城。", ""},	/* 万 alone before no unit: a word */
	{"zh", "酒店靠近万达广场。", ""},
	{"zh", "每天上8小时班。", "每天上8小时|8|hour/day|rate|eq|7.5|8.5|"},	/* 上 before a digit: no qualifier */
	{"zh", "每天数次。", "每天数次||occurrence/day|rate|vague|2|9|"},
	{"zh", "4层及以上的住宅有120栋。", "4层及以上|4|item|count|ge|4||\n120栋|120|item|count|eq|115|125|"},	/* floors */
	{"zh", "每补种一亩林地补贴300元。", "300元|300|CNY|money|eq|250|350|"},	/* a verb and its object: no figure */
	{"zh", "每改造1个小区，平均可带动投资约1200万元。", "约1200万元|12000000|CNY|money|approx|11000000|13000000|"},	/* 改造: a verb and its object, no count */
	{"zh", "一年一度的庙会开幕。", ""},	/* an idiom */
	{"zh", "暑期门票一票难求。", ""},	/* an idiom */
	{"zh", "2024—2025学年，全市有学生5万人。", "2024—2025||date|date|range|||2024/2025\n5万人|50000|person|count|eq|45000|55000|2024/2025"},	/* a school year */
	{"zh", "学生每学期缴纳乘车费300元。", "每学期缴纳乘车费300元|300|CNY/semester|rate|eq|250|350|"},	/* a verb of paying and its noun */
	{"zh", "司机每天能多跑两三单。", "每天能多跑两三单|2|item/day|rate|range|2|3|"},	/* two next numerals: a range, not 23 */
	{"zh", "送餐车每天往返两趟，垃圾每晚清运两次。", "每天往返两趟|2|trip/day|rate|eq|1.5|2.5|\n每晚清运两次|2|occurrence/night|rate|eq|1.5|2.5|"},	/* one numeral after a verb */
	{"zh", "每列车最多可容纳1860人，每列可装运约1200吨。", "每列车最多可容纳1860人|1860|person/item|rate|le||1860|\n每列可装运约1200吨|1200|t/item|rate|approx|1100|1300|"},	/* 列 counts trains */
	{"zh", "空调温度每调高1℃可节电约7%。", "约7%|7|percent|percent|approx|6|8|"},	/* 每调高1℃: a verb and its object */
	{"zh", "储能站容量为2兆瓦时。", "2兆瓦时|2|MWh|measure|eq|1.5|2.5|"},
	{"zh", "补贴最高提高至120万元。每万人拥有公厕约3.1座。", "最高提高至120万元|1200000|CNY|money|le||1200000|\n每万人拥有公厕约3.1座|0.00031|item/person|rate|approx|0.0003|0.00032|"},
	{"zh", "每献血200毫升记为1公里。每天上下楼要花20多分钟。", "1公里|1|km|distance|eq|0.5|1.5|\n每天上下楼要花20多分钟|20|minute/day|rate|gt|20|30|"},
	{"zh", "县财政每年安排茶产业发展资金3000万元。", "每年安排茶产业发展资金3000万元|30000000|CNY/year|rate|eq|25000000|35000000|"},	/* a noun of seven characters */
	{"zh", "每亩补贴苗木费300元。", "每亩补贴苗木费300元|300|CNY/mu|rate|eq|250|350|"},
	{"zh", "每年安排专项资金5000万元。", "每年安排专项资金5000万元|50000000|CNY/year|rate|eq|45000000|55000000|"},
	{"zh", "一天不到5次。", "一天不到5次|5|occurrence/day|rate|lt||5|"},	/* a bound, no verb */
	{"zh", "单日最高接待观众1.8万人次。", "单日最高接待观众1.8万人次|18000|trip/day|rate|le||18000|"},	/* 单日: in a single day */
	{"zh", "将每日预约名额提高10%至20%。", "10%至20%|10|percent|percent|range|10|20|"},	/* a percentage of a change: no rate */
	{"zh", "国庆期间，一天突破1200辆次，不到进口量的千分之一。", "一天突破1200辆次|1200|trip/day|rate|gt|1200||\n千分之一|0.1|percent|percent|lt||0.1|"},	/* 突破 a bound too; a fraction of 千 is per mille */
	{"zh", "全市共有篮球场1386片。", "1386片|1386|item|count|eq|1385.5|1386.5|"},	/* 片 counts courts, plots */
	{"zh", "新楼一层设有药房，共有6层。", "6层|6|item|count|eq|5.5|6.5|"},	/* 一层: the first floor, no figure */
	{"zh", "获得3等奖的有12人。", "12人|12|person|count|eq|11.5|12.5|"},	/* a grade: no figure */
	{"zh", "世界500强企业吸纳2021款车型。", ""},	/* a list of the best; a model year */
	{"zh", "2025届毕业生共1.2万人，占比三成强。", "2025届||date|date|eq|||2025\n1.2万人|12000|person|count|eq|11500|12500|2025\n三成强|30|percent|percent|gt|30|40|2025"},	/* the class of 2025 */
	{"zh", "今年春季以来，销量增长了20%。", "今年||date|date|eq|||2024/2024-07-23\n20%|20|percent|percent|eq|15|25|2024/2024-07-23"},
	{"zh", "年加工能力达80万吨；冷库储藏能力达到260万吨。", "80万吨|800000|t/year|rate|eq|750000|850000|\n260万吨|2600000|t|measure|eq|2550000|2650000|"},	/* ；: no clause on */
	{"zh", "维护费用每块约10元，每人次约5.1元，每斤3块钱。", "每块约10元|10|CNY/item|rate|approx|0|20|\n每人次约5.1元|5.1|CNY/trip|rate|approx|5|5.2|\n每斤3块钱|3|CNY/jin|rate|eq|2.5|3.5|"},
	{"zh", "市民刘女士（35）说，面积（35）平方米。", "（35）|35|year|age|eq|35|36|\n35|35||number|eq|34.5|35.5|"},	/* an age after a word of a person */
	{"zh", "每亩可获得耕地地力保护补贴约110元。", "每亩可获得耕地地力保护补贴约110元|110|CNY/mu|rate|approx|100|120|"},	/* eight characters of noun, then a qualifier */
	{"zh", "村医王建国（63）说。", "（63）|63|year|age|eq|63|64|"},	/* a village doctor and a name */
	{"zh", "县发展改革局局长李明（48）介绍。", "（48）|48|year|age|eq|48|49|"},	/* a title, a name, the age */
	{"zh", "协会副秘书长陈士华（56）和研究员王芳（45）表示。", "（56）|56|year|age|eq|56|57|\n（45）|45|year|age|eq|45|46|"},
	{"zh", "副司长王大鹏（52）表示。", "（52）|52|year|age|eq|52|53|"},
	{"zh", "环卫处处长刘建华（46）介绍。", "（46）|46|year|age|eq|46|47|"},	/* 处长, 部长, 队长, 主席 …: more titles */
	{"zh", "村民张大姐（52）说，茶农王师傅（61）也来了。", "（52）|52|year|age|eq|52|53|\n（61）|61|year|age|eq|61|62|"},
	{"zh", "每串售价3元至5元不等。", "每串售价3元至5元|3|CNY/item|rate|range|3|5|"},
	{"zh", "每天对重点水库巡查3次，每月至少到果园指导2次。", "每天对重点水库巡查3次|3|occurrence/day|rate|eq|2.5|3.5|\n每月至少到果园指导2次|2|occurrence/month|rate|ge|2||"},
	{"zh", "每餐最低只需8元，最低工资为2000元。", "每餐最低只需8元|8|CNY/item|rate|ge|8||\n2000元|2000|CNY|money|eq|1500|2500|"},
	{"zh", "平台共上线2000款新品。", "2000款|2000|item|count|eq|1500|2500|"},	/* no model year: a count */
	{"zh", "共有1、2、3等多个等级。", "1|1||number|eq|0.5|1.5|\n2|2||number|eq|1.5|2.5|\n3|3||number|eq|2.5|3.5|"},	/* 等 after a list: etc. */
	{"zh", "比上一年度增长5%。", "5%|5|percent|percent|eq|4.5|5.5|"},	/* 上一年度: the last year, no duration */
	{"zh", "监管部门开通了12325全国粮食和物资储备监管热线和500个服务热线。", "500个|500|item|count|eq|450|550|"},	/* a service line: no figure */
	{"zh", "她每周来游两三次。", "每周来游两三次|2|occurrence/week|rate|range|2|3|"},	/* a pair of next numerals: a range of the rate */
	{"zh", "每天工作七八个小时。", "每天工作七八个小时|7|hour/day|rate|range|7|8|"},
	{"zh", "每亩能多收四五十斤。", "四五十斤|40|jin|measure|range|40|50|"},	/* a pair with a multiplier: no rate */
	{"zh", "每亩七八百元，百分之二三十。", "七八百元|700|CNY|money|range|700|800|"},	/* a pair before a place: a range, never 7800 (百分之二三十 no figure, never 230%) */
	{"zh", "每年都要提前两三个月开始备赛。", "两三个月|2|month|duration|range|2|3|"},	/* so long ahead, no rate */
	{"zh", "每年都要提前3个月开始备赛。", "3个月|3|month|duration|eq|2.5|3.5|"},
	{"zh", "日交易量最高可达800吨。", "最高可达800吨|800|t/day|rate|le||800|"},	/* a volume of a day */
	{"zh", "年发电量约3600万千瓦时。", "约3600万千瓦时|36000000|kWh/year|rate|approx|35000000|37000000|"},
	{"zh", "节日客流量达5000人次。", "5000人次|5000|trip|count|eq|4500|5500|"},	/* 节日: a holiday, no day */
	{"zh", "老年食堂数量增加到60家，青年人数量达到300人。", "60家|60|company|count|eq|55|65|\n300人|300|person|count|eq|250|350|"},	/* 老年, 青年: a word that ends in 年, no year */
	{"zh", "每晚价格从平时的280元涨到了450元。", "每晚价格从平时的280元|280|CNY/night|rate|eq|275|285|\n450元|450|CNY/night|rate|eq|445|455|"},	/* usual: the base of a change of the rate */
	{"zh", "养殖户年均增收8%以上。", "8%以上|8|percent/year|rate|ge|8||"},	/* a rise of income a year */
	{"zh", "牧民每天要工作十几个小时。", "每天要工作十几个小时||hour/day|rate|vague|11|19|"},	/* a vague rate, a verb between */
	{"zh", "目前日均查询量超过3万次。", "超过3万次|30000|occurrence/day|rate|gt|30000||2024-07-23"},	/* 目前: now, no 前日 */
	{"zh", "每公斤18元，比上年高2.5元。", "每公斤18元|18|CNY/kg|rate|eq|17.5|18.5|\n2.5元|2.5|CNY/kg|rate|eq|2.45|2.55|"},	/* the change of the rate */
	{"zh", "每超时1小时加收5元，每增加1万个车位。", "5元|5|CNY|money|eq|4.5|5.5|"},	/* a verb and its object: no figure */
	{"zh", "晚7时至次日早7时禁止停车。", "晚7时至次日早7时||time|time|range|||T19:00/T07:00"},	/* 早: the morning */
	{"zh", "目前日交易量达5000吨。", "5000吨|5000|t/day|rate|eq|4500|5500|2024-07-23"},	/* 目前: now, no 前日 */
	{"zh", "车桩比约为2.6比1。", "约为2.6比1|2.6|times|ratio|approx|2.5|2.7|"},	/* so many to one after 比为: a ratio */
	{"zh", "最高一天超过5万人次，最多一晚接待游客2000人。", "最高一天超过5万人次|50000|trip/day|rate|gt|50000||\n最多一晚接待游客2000人|2000|person/night|rate|eq|1500|2500|"},	/* the busiest day or night, a rate: not "at most one day" */
	{"zh", "最多一天开行1.52万列，一天开行旅客列车1.52万列。", "最多一天开行1.52万列|15200|item/day|rate|eq|15150|15250|\n一天开行旅客列车1.52万列|15200|item/day|rate|eq|15150|15250|"},	/* 开行 and its noun */
	{"zh", "护士与医生之比仅为1.2比1。", "1.2比1|1.2|times|ratio|eq|1.15|1.25|"},	/* 仅为: only */
	{"zh", "比2024年底的3.4比1明显改善。", "2024年底||date|date|eq|||2024-12\n3.4比1|3.4|times|ratio|eq|3.35|3.45|"},	/* after 的, with decimals: a ratio too */
	{"zh", "队伍的3比1胜利", ""},	/* (whole numbers after 的: a score) */
	{"zh", "师生比为15:1。", "15:1|15|times|ratio|eq|14.5|15.5|"},
	{"zh", "双方以3比1获胜。", ""},	/* (a score: no row) */
	{"zh", "该村已有2000多年历史。", "2000多年|2000|year|duration|gt|2000|3000|"},	/* 多 before 年: years, no date */
	{"zh", "高于2010年。", "2010年||date|date|eq|||2010"},
	{"zh", "合作社为社员每年节省成本200多万元。", "每年节省成本200多万元|2000000|CNY/year|rate|gt|2000000|3000000|"},	/* 多 before 万 in a rate */
	{"zh", "一年收入20多万元。", "一年收入20多万元|200000|CNY/year|rate|gt|200000|300000|"},
	{"zh", "今年上半年销售额5亿元，去年同期为4亿元。", "5亿元|500000000|CNY|money|eq|450000000|550000000|2024-01/2024-06\n4亿元|400000000|CNY|money|eq|350000000|450000000|2023-01/2023-06"},
	{"en", "The hospital delivered 318 babies in 2023, down from 530 in 2019.", "318 babies|318|person|count|eq|317.5|318.5|2023\n2023||date|date|eq|||2023\n530|530|person|count|eq|525|535|2019\n2019||date|date|eq|||2019"},	/* down from: the last figure's unit, dates passed over */
	{"en", "The index stood at 52.1, up from 50.3.", "52.1|52.1||number|eq|52.05|52.15|\n50.3|50.3||number|eq|50.25|50.35|"},
	{"en", "The meeting lasted an hour and a half.", "an hour and a half|1.5|hour|duration|eq|1.25|1.75|"},	/* as "one and a half hours" */
	{"en", "Lawmakers passed House Bill 26-1118.", ""},	/* a bill's number */
	{"en", "SB 1047 would cost $5 million.", "$5 million|5000000|USD|money|eq|4500000|5500000|"},
	{"en", "The road was paved more than 20 years ago.", "20 years ago||date|date|eq|||2004"},	/* a date, no "more than" of years */
	{"en", "It lasted more than 20 years.", "more than 20 years|20|year|duration|gt|20||"},
	{"en", "The airline burns roughly 17 million gallons a quarter.", "roughly 17 million gallons a quarter|17000000|gal/quarter|rate|approx|16000000|18000000|"},
	{"en", "Sales fell by a quarter.", "a quarter|0.25|fraction|ratio|eq|0.25|0.25|"},
	{"en", "Three years from now, sales will reach $5 million.", "Three years from now||date|date|eq|||2027\n$5 million|5000000|USD|money|eq|4500000|5500000|2027"},
	{"en", "The fair drew 148,320 visitors over its 10-day run in 2023, up 6.4% from 139,400 in 2022.", "148,320 visitors|148320|person|count|eq|148315|148325|2023\n10-day|10|day|duration|eq|5|15|2023\n2023||date|date|eq|||2023\n6.4%|6.4|percent|percent|eq|6.35|6.45|2023\n139,400|139400|person|count|eq|139350|139450|2022\n2022||date|date|eq|||2022"},	/* up N% from: the change and the compound word passed over */
	{"en", "Crews had 11 nights cold enough, compared with 19 in 2022.", "11 nights|11|item|count|eq|10.5|11.5|\n19|19|item|count|eq|18.5|19.5|2022\n2022||date|date|eq|||2022"},
	{"en", "The rate rose 0.5% from 4.1.", "0.5%|0.5|percent|percent|eq|0.45|0.55|\n4.1|4.1||number|eq|4.05|4.15|"},	/* (nothing before the change: bare) */
	{"en", "The fee is 1.25p.", "1.25p|0.0125|GBP|money|eq|0.01245|0.01255|"},	/* pence to two decimals */
	{"en", "Organizers hope to reach 75 vendors by next July.", "75 vendors|75|item|count|eq|74.5|75.5|2025-07\nJuly||date|date|eq|||2025-07"},	/* next: the next July to come */
	{"en", "Starting March 1, fares will rise 10%.", "March 1||date|date|eq|||2025-03-01\n10%|10|percent|percent|eq|5|15|2025-03-01"},	/* the comma after the date: the clause goes on */
	{"en", "The bank said it would slow the pace, reducing the cap to $5 billion starting September 1.", "$5 billion|5000000000|USD|money|eq|4500000000|5500000000|2024-09-01\nSeptember 1||date|date|eq|||2024-09-01"},	/* starting, no past in its clause */
	{"en", "The store cut prices by 5% starting September 1.", "5%|5|percent|percent|eq|4.5|5.5|2023-09-01\nSeptember 1||date|date|eq|||2023-09-01"},
	{"en", "The budget covers the fiscal year that begins October 1.", "October 1||date|date|eq|||2024-10-01"},	/* begins: to come */
	{"en", "The minimum wage will rise to $17.50 an hour on Jan. 1.", "$17.50 an hour|17.5|USD/hour|rate|eq|17.495|17.505|2025-01-01\nJan. 1||date|date|eq|||2025-01-01"},	/* on, in a clause to come */
	{"en", "The company said on Jan. 5 that it will cut 500 jobs.", "Jan. 5||date|date|eq|||2024-01-05\n500 jobs|500|person|count|eq|450|550|"},	/* said on: past */
	{"en", "The subsidy is Rs 1.71 lakh crore.", "Rs 1.71 lakh crore|1710000000000|INR|money|eq|1705000000000|1715000000000|"},	/* a lakh of crores */
	{"en", "The unit, which it bought in 2012 for $150 million, contributed a $27 million gain.",	/* bought: past */
	 "2012||date|date|eq|||2012\n$150 million|150000000|USD|money|eq|145000000|155000000|2012\n$27 million|27000000|USD|money|eq|26500000|27500000|"},
	{"en", "Halvorsen, which rebuilt the overpass in 2019, bid $9 million below the next offer.", "2019||date|date|eq|||2019\n$9 million|9000000|USD|money|eq|8500000|9500000|"},	/* an irregular past */
	{"en", "The bridge, built in 1963, carries about 38,000 vehicles a day.", "1963||date|date|eq|||1963\nabout 38,000 vehicles a day|38000|item/day|rate|approx|37000|39000|"},	/* a participle's aside */
	{"en", "The bill, passed in 2018, expired Sept. 30, 2023, and was extended for one year.", "2018||date|date|eq|||2018\nSept. 30, 2023||date|date|eq|||2023-09-30\none year|1|year|duration|eq|0.5|1.5|2023-09-30"},	/* (expired: the verb, no aside) */
	{"en", "Lincoln Elementary, which opened in 1958, and two campuses serve fewer than 800 students.",	/* an aside's date */
	 "1958||date|date|eq|||1958\ntwo campuses|2|item|count|eq|1.5|2.5|\nfewer than 800 students|800|person|count|lt||800|"},
	{"en", "Net income was $843 million, or $1.29 per share, down from $2.05 billion a year earlier.",	/* no rate's base: a thousand times it */
	 "$843 million|843000000|USD|money|eq|842500000|843500000|\n$1.29 per share|1.29|USD/share|rate|eq|1.285|1.295|\n$2.05 billion|2050000000|USD|money|eq|2045000000|2055000000|2023"},
	{"en", "The population grew by about 1.6 million people, or 0.5%, to 334.9 million.",	/* a percentage in apposition passed over */
	 "about 1.6 million people|1600000|person|count|approx|1500000|1700000|\n0.5%|0.5|percent|percent|eq|0.45|0.55|\n334.9 million|334900000|person|count|eq|334850000|334950000|"},
	{"en", "Revenue was £6.3 billion, up 21% on 2023. Shares rose 4% on March 3.",	/* up 21% on 2023: a base; on March 3: that day */
	 "£6.3 billion|6300000000|GBP|money|eq|6250000000|6350000000|\n21%|21|percent|percent|eq|20.5|21.5|\n2023||date|date|eq|||2023\n4%|4|percent|percent|eq|3.5|4.5|2024-03-03\nMarch 3||date|date|eq|||2024-03-03"},
	{"en", "Analysts expect stocks to peak in mid-November.", "November||date|date|eq|||2024-11"},	/* expect: to come */
	{"en", "Strikes could begin as early as November 4, but he could not attend in March.",	/* could: to come; could not: no */
	 "November 4||date|date|eq|||2024-11-04\nMarch||date|date|eq|||2024-03"},
	{"en", "Energy price cap to rise 2% from October", "2%|2|percent|percent|eq|1.5|2.5|2024-10\nOctober||date|date|eq|||2024-10"},	/* a headline's to rise: to come */
	{"en", "It was the largest rise in more than a decade and took nearly a year, not a year ago.",	/* one unit of time after a qualifier */
	 "more than a decade|10|year|duration|gt|10||\nnearly a year|1|year|duration|nearly|0.9|1|"},
	{"en", "The economy grew 2.8% in the first three quarters of 2023.",	/* a period, no fraction */
	 "2.8%|2.8|percent|percent|eq|2.75|2.85|2023-01/2023-09\n2023||date|date|eq|||2023-01/2023-09"},
	{"en", "He wore the No. 25 shirt and was ranked No. 3.", "No. 3|3|rank|rank|eq|3|3|"},	/* a shirt's number: a name */
	{"en", "Starting March 1, fares rose 10%.", "March 1||date|date|eq|||2024-03-01\n10%|10|percent|percent|eq|5|15|2024-03-01"},
	{"en", "The pool is open through Oct. 25.", "Oct. 25||date|date|eq|||2024-10-25"},	/* through: to come */
	{"en", "Fuel averaged $2.87 a gallon, up from $2.41.", "$2.87 a gallon|2.87|USD/gal|rate|eq|2.865|2.875|\n$2.41|2.41|USD/gal|rate|eq|2.405|2.415|"},	/* the base of a rate's change: that rate too */
	{"en", "Repairs cost $166 per pothole.", "$166 per pothole|166|USD/item|rate|eq|165.5|166.5|"},	/* per a thing the tables do not name: item */
	{"en", "Tuition is $7,450 per semester.", "$7,450 per semester|7450|USD/semester|rate|eq|7445|7455|"},
	{"en", "They earn $5 per hour.", "$5 per hour|5|USD/hour|rate|eq|4.5|5.5|"},
	{"en", "The council approved a transfer to cover salt purchases through March 31.", "March 31||date|date|eq|||2025-03-31"},	/* the past verb before "to" and a verb: not the date's */
	{"en", "The shelter stayed open through March 31.", "March 31||date|date|eq|||2024-03-31"},
	{"en", "The theatre staged eight shows.", "eight shows|8|item|count|eq|7.5|8.5|"},	/* shows: a plural, not a verb, after a figure */
	{"en", "A family of four shows up.", ""},
	{"en", "Crews spread 412 pounds of salt per lane mile.", "412 pounds of salt per lane mile|412|lb/mile|rate|eq|411.5|412.5|"},	/* pounds of a thing weighed: lb */
	{"en", "The county maintains 1,140 lane miles.", "1,140 lane miles|1140|mile|distance|eq|1135|1145|"},
	{"en", "Crews spread 14,200 tons between Dec. 1 and Jan. 12, compared with 9,800 tons in the same period a year earlier.", "14,200 tons|14200|t|measure|eq|14150|14250|2023-12-01/2024-01-12\nDec. 1 and Jan. 12||date|date|range|||2023-12-01/2024-01-12\n9,800 tons|9800|t|measure|eq|9750|9850|2022-12-01/2023-01-12"},	/* the same period a year earlier: that part, a year back */
	{"en", "Since January, sales were $5 million, compared with $4 million in the same period a year earlier.", "January||date|date|eq|||2024-01/2024-07-23\n$5 million|5000000|USD|money|eq|4500000|5500000|2024-01/2024-07-23\n$4 million|4000000|USD|money|eq|3500000|4500000|2023-01/2023-07-23"},	/* since January: the span to publication, a year back */
	{"en", "The county adds a fifth courtroom.", ""},	/* an ordinal of a thing */
	{"en", "The brewery used 5,000 pounds of hops a year.", "5,000 pounds of hops a year|5000|lb/year|rate|eq|4500|5500|"},
	{"en", "Schools need at least 180 instructional days a year.", "at least 180 instructional days a year|180|day/year|rate|ge|180||"},	/* a word before a unit of time in a rate */
	{"en", "The plant uses 450,000 kilowatt hours a year.", "450,000 kilowatt hours a year|450000|kWh/year|rate|eq|445000|455000|"},
	{"en", "The break shrinks from five days to three.", "five days|5|day|duration|eq|4.5|5.5|\nthree|3|day|duration|eq|2.5|3.5|"},	/* the bare second of a change: the first's unit */
	{"en", "Unemployment fell to 4.6%, the lowest total since 2015.", "4.6%|4.6|percent|percent|eq|4.55|4.65|\n2015||date|date|eq|||2015/2024-07-23"},	/* a record's date, a word between */
	{"en", "Starting pay rose to $21.50 an hour this summer from $19.", "$21.50 an hour|21.5|USD/hour|rate|eq|21.495|21.505|\n$19|19|USD/hour|rate|eq|18.5|19.5|"},
	{"en", "Pools treat 1.2 million gallons a week, up from 900,000.", "1.2 million gallons a week|1200000|gal/week|rate|eq|1150000|1250000|\n900,000|900000|gal/week|rate|eq|850000|950000|"},
	{"en", "The fleet landed 6.2 million pounds of groundfish.", "6.2 million pounds|6200000|lb|measure|eq|6150000|6250000|"},
	{"en", "Eggs cost 11p per egg.", "11p per egg|0.11|GBP/item|rate|eq|0.105|0.115|"},
	{"en", "Fuel duty is 38.9p per litre.", "38.9p per litre|0.389|GBP/L|rate|eq|0.3885|0.3895|"},
	{"en", "Noise may not exceed 55 decibels.", "55 decibels|55|item|count|le||55|"},	/* not exceed: at most */
	{"en", "The council will add up to more than $700,000.", "more than $700,000|700000|USD|money|gt|700000||"},	/* add up to: the verb's */
	{"en", "Farms produce roughly 190 million hundredweight of milk.", "roughly 190 million hundredweight|190000000|cwt|measure|approx|180000000|200000000|"},
	{"en", "Harvest began on Sept. 29 and should run through mid-November.", "Sept. 29||date|date|eq|||2023-09-29\nNovember||date|date|eq|||2024-11"},	/* should: to come; through before mid- */
	{"en", "Sales should have risen in March.", "March||date|date|eq|||2024-03"},
	{"en", "Children under 18 must wear helmets.", "under 18|18|year|age|lt||18|"},	/* a modal verb: no counted noun */
	{"en", "Plows run three times a winter.", "three times a winter|3|occurrence/season|rate|eq|2.5|3.5|"},
	{"en", "Payments rise 2% a year.", "2% a year|2|percent/year|rate|eq|1.5|2.5|"},	/* a percentage a year */
	{"en", "Sales rose 5% a year earlier.", "5%|5|percent|percent|eq|4.5|5.5|2023"},
	{"en", "Fees are roughly $7 per new cardholder.", "roughly $7 per new cardholder|7|USD/item|rate|approx|6|8|"},
	{"en", "Prices rose to an average of $3.05 a pound from $2.85.", "$3.05 a pound|3.05|USD/lb|rate|eq|3.045|3.055|\n$2.85|2.85|USD/lb|rate|eq|2.845|2.855|"},
	{"en", "Most residents over 65 own their homes.", "over 65|65|year|age|gt|65||"},	/* a verb and a determiner: no counted noun */
	{"en", "Seniors over 65 make up nearly 40% of users.", "over 65|65|year|age|gt|65||\nnearly 40%|40|percent|percent|nearly|30|40|"},
	{"en", "Bears were seen 46 times over the year.", "46 times|46|occurrence|count|eq|45.5|46.5|"},	/* over the year: occasions */
	{"en", "It was three times over the limit.", "three times|3|times|ratio|eq|2.5|3.5|"},
	{"en", "Inspectors found 3 mites per 100 bees.", "3 mites per 100 bees|0.03|item/item|rate|eq|0.025|0.035|"},	/* per so many of a plural: the base is no count */
	{"en", "Signs must be no taller than 25 feet.", "no taller than 25 feet|25|ft|distance|le||25|"},
	{"en", "The shop sells 1 pound of cheddar.", "1 pound|1|lb|measure|eq|0.5|1.5|"},
	{"en", "Americans eat nearly 42 pounds of cheese per person a year.", "nearly 42 pounds of cheese per person a year|42|lb/person|rate|nearly|41|42|"},	/* two bases: the first */
	{"en", "The new rate is 2.9% higher than last year's $15.75.",
	       "2.9%|2.9|percent|percent|eq|2.85|2.95|\n$15.75|15.75|USD|money|eq|15.745|15.755|2023"},
	/* a figure in digits among the words of a count is a claim too */
	{"en", "The brewery installed four 60-barrel fermenters.",
	       "four 60-barrel fermenters|4|item|count|eq|3.5|4.5|\n60-barrel|60|barrel|measure|eq|55|65|"},
	{"en", "It has two 500-seat theaters and 310 double rooms.",
	       "two 500-seat theaters|2|item|count|eq|1.5|2.5|\n500-seat|500|seat|count|eq|450|550|\n310 double rooms|310|item|count|eq|305|315|"},
	{"en", "Turkeys reach a market weight of about 45 pounds, 10 pounds heavier than in 2000.",
	       "about 45 pounds|45|lb|measure|approx|44|46|\n10 pounds|10|lb|measure|eq|5|15|\n2000||date|date|eq|||2000"},
	{"en", "They may land no more than 20 fish per boat a day.", "no more than 20 fish per boat a day|20|item/item|rate|le||20|"},
	{"en", "The law allows 2 dogs per household.", "2 dogs per household|2|item/household|rate|eq|1.5|2.5|"},
	{"en", "It moves 50 meters per millisecond.", "50 meters|50|m|distance|eq|45|55|"},
	{"en", "They made about 620 pounds of maple syrup.", "about 620 pounds|620|lb|measure|approx|610|630|"},
	{"en", "Loans rose to 1.42 million items last year from 1.29 million in 2022.",
	       "1.42 million items|1420000|item|count|eq|1415000|1425000|2023\n1.29 million|1290000|item|count|eq|1285000|1295000|2022\n2022||date|date|eq|||2022"},
	/* a base's noun phrase between: a peak of, an average of */
	{"en", "About 180 breweries remain, down from a peak of 310.",
	       "About 180 breweries|180|item|count|approx|170|190|\n310|310|item|count|eq|305|315|"},
	{"en", "Yields hit 190 barrels an acre, compared with a state average of 170.",
	       "190 barrels an acre|190|barrel/acre|rate|eq|185|195|\n170|170|barrel/acre|rate|eq|165|175|"},
	{"en", "Wheat traded near $5.90 a bushel, down from a peak of $13.64.",
	       "near $5.90 a bushel|5.9|USD/bu|rate|nearly|5.89|5.9|\n$13.64|13.64|USD/bu|rate|eq|13.635|13.645|"},
	{"en", "Picking runs from late August to mid-October.", "late August to mid-October||date|date|range|||2023-08/2023-10"},
	{"en", "His trees range in age from 8 to 90 years.", "8 to 90 years|8|year|age|range|8|91|"},
	{"en", "The count is closer to 75.", "closer to 75|75||number|approx|74|76|"},
	{"en", "It takes about 8 pounds of goat milk to make one pound of fresh chevre.",
	       "about 8 pounds|8|lb|measure|approx|7|9|\none pound|1|lb|measure|eq|0.5|1.5|"},
	{"en", "Turkeys reach a weight of about 45 pounds, up from 40 pounds in 2000.",
	       "about 45 pounds|45|lb|measure|approx|44|46|\n40 pounds|40|lb|measure|eq|35|45|2000\n2000||date|date|eq|||2000"},
	{"en", "The county's 211 hotline took 5,000 calls; the center took 211 calls on Monday.", "5,000 calls|5000|item|count|eq|4500|5500|\n211 calls|211|item|count|eq|210.5|211.5|"},	/* a service's number, but a count of calls */
	{"en", "That can top 1,400 during storms; 3 after-school programs.", "1,400|1400||number|gt|1400||\n3 after-school programs|3|item|count|eq|2.5|3.5|"},	/* a preposition ends the words of a count */
	{"en", "It will build a 60-kennel building next to a 30-year-old barn and a 40-acre farm.", "60-kennel|60|item|count|eq|55|65|\n30-year-old|30|year|age|eq|30|31|\n40-acre|40|acre|measure|eq|35|45|"},	/* a number and a noun before a noun: so many things */
	{"en", "It fell to 4 degrees on Jan. 22, the coldest reading since 1996, and stayed below 20 degrees for 11 days.", "4 degrees|4|degree|temperature|eq|3.5|4.5|2024-01-22\nJan. 22||date|date|eq|||2024-01-22\n1996||date|date|eq|||1996/2024-07-23\nbelow 20 degrees|20|degree|temperature|lt||20|2024-01-22\n11 days|11|day|duration|eq|10.5|11.5|2024-01-22"},	/* coldest: a record's since dates no figure */
	{"en", "Corn rose 4 cents to $4.02 a bushel.", "4 cents|0.04|USD/bu|rate|eq|0.035|0.045|\n$4.02 a bushel|4.02|USD/bu|rate|eq|4.015|4.025|"},	/* a change with no "by", then its level */
	{"en", "Premiums will rise $4.10 a month to $62.35, and fees will rise $2 to $3.", "$4.10 a month|4.1|USD/month|rate|eq|4.095|4.105|\n$62.35|62.35|USD/month|rate|eq|62.345|62.355|\n$2 to $3|2|USD|money|range|2|3|"},	/* (no more than twice: a range) */
	{"en", "Rates will rise by $4.10 a month to $62.35.", "$4.10 a month|4.1|USD/month|rate|eq|4.095|4.105|\n$62.35|62.35|USD/month|rate|eq|62.345|62.355|"},	/* the level a rate's change reaches */
	{"en", "Parking went from $2 an hour to $30 for the day.", "$2 an hour|2|USD/hour|rate|eq|1.5|2.5|\n$30|30|USD|money|eq|25|35|"},	/* a span of its own after the level */
	{"en", "The bill, now $58 a month, would climb to about $79.", "$58 a month|58|USD/month|rate|eq|57.5|58.5|2024-07-23\nabout $79|79|USD/month|rate|approx|78|80|"},	/* a comma, then the verb of the same subject */
	{"en", "The program serves children 6 to 12; students 10 to 15 minutes late wait.", "6 to 12|6|year|age|range|6|13|\n10 to 15 minutes|10|minute|duration|range|10|15|"},	/* ages after a noun of people (not before a unit) */
	{"en", "Adults between 19 and 64 qualify; residents between 10 and 20 miles away pay.", "19 and 64|19|year|age|range|19|65|\n10 and 20 miles|10|mile|distance|range|10|20|"},	/* between after a noun of people: ages (not before a unit) */
	{"en", "A 4-month-old infant was hospitalized; overtime is paid at time and a half.", "4-month-old|4|month|age|eq|4|5|"},	/* an age in months; time and a half, no fraction */
	{"en", "Enrollment has fallen to 22 students, from 26.", "22 students|22|person|count|eq|21.5|22.5|\n26|26|person|count|eq|25.5|26.5|"},	/* a comma right after the level, then from its base */
	{"en", "Enrollment has fallen by nearly 1,900 students since 2019, to about 27,600.", "nearly 1,900 students|1900|person|count|nearly|1800|1900|2019/2024-07-23\n2019||date|date|eq|||2019/2024-07-23\nabout 27,600|27600|person|count|approx|27500|27700|2019/2024-07-23"},	/* a date and a comma before to */
	{"en", "Class sizes will rise to an average of 26 students, from 22.", "26 students|26|person|count|eq|25.5|26.5|\n22|22|person|count|eq|21.5|22.5|"},	/* an average of between the joiner and the level */
	{"en", "Families with three or more children get a discount.", "three or more children|3|item|count|ge|3||"},	/* a bound, then a plural without -s */
	{"en", "The 38th annual Lake Henshaw Trout Derby drew 600 anglers.", "600 anglers|600|item|count|eq|550|650|"},	/* an edition, "annual" between */
	{"en", "Attendance was just over 4,100.", "just over 4,100|4100||number|gt|4100|4200|"},	/* a little over: up to the next step */
	{"en", "\"We are busy,\" said Ann Coté, 64, on Friday.", "64|64|year|age|eq|64|65|"},	/* a name with a letter of Latin-1 */
	{"en", "The victims were 22 and 31 years old; rates of 3 and 5 percent.", "22|22|year|age|eq|22|23|\n31 years old|31|year|age|eq|31|32|\n3|3|percent|percent|eq|2.5|3.5|\n5 percent|5|percent|percent|eq|4.5|5.5|"},	/* "and": the larger one's unit for both */
	{"en", "It closed at 39,000, 2 percent higher, and the visiting players 21 to 14.", "39,000|39000||number|eq|38500|39500|\n2 percent|2|percent|percent|eq|1.5|2.5|\n21|21||number|eq|20.5|21.5|\n14|14||number|eq|13.5|14.5|"},	/* (a comma, no list; a score after players, no ages) */
	{"en", "She bought a dozen large eggs and three dozen rolls.", "a dozen large eggs|12|item|count|eq|11.5|12.5|\nthree dozen rolls|36|item|count|eq|30|42|"},	/* a dozen is twelve; three dozen counts in dozens */
	{"en", "Eggs cost $18 a dozen, sales rose to $1.1 million.", "$18 a dozen|18|USD/dozen|rate|eq|17.5|18.5|\n$1.1 million|1100000|USD|money|eq|1050000|1150000|"},	/* (a subject of its own) */
	{"en", "That adds up to roughly 4.2 billion gallons a year, or up to about $42 a year.", "roughly 4.2 billion gallons a year|4200000000|gal/year|rate|approx|4100000000|4300000000|\nup to about $42 a year|42|USD/year|rate|le||42|"},	/* two prefixes before a rate */
	{"en", "Prices fell from about $40 a pound to under $4.", "about $40 a pound|40|USD/lb|rate|approx|30|50|\nunder $4|4|USD/lb|rate|lt||4|"},
	{"en", "The shop charges $18 a dozen. Revenue rose to $1.1 million.", "$18 a dozen|18|USD/dozen|rate|eq|17.5|18.5|\n$1.1 million|1100000|USD|money|eq|1050000|1150000|"},	/* (another sentence: no level of it) */
	{"en", "Crews repaired 211 lines; it is a 5-star hotel.", "211 lines|211|item|count|eq|210.5|211.5|\n5|5||number|eq|4.5|5.5|"},	/* counts, and a grade */
	{"en", "Shelters double up animals in 24 runs.", "24 runs|24|item|count|eq|23.5|24.5|"},	/* double up: to share, no ratio */
	{"en", "The farm is at 4410 Ridge Road, about 12 miles north of town.", "about 12 miles|12|mile|distance|approx|11|13|"},
	{"en", "The office at 1200 Harbor Way charges $5 an hour.", "$5 an hour|5|USD/hour|rate|eq|4.5|5.5|"},	/* Way, Place, Plaza: street words too */
	{"en", "The hearing is at City Hall, 200 Main St.", ""},	/* an address after a building and a comma */
	{"en", "In March, 300 Oak Street residents signed.", "March||date|date|eq|||2024-03\n300|300||number|eq|250|350|2024-03"},	/* (after a month and a comma: a count) */
	{"en", "Texts to 911 are allowed.", ""},
	{"en", "Sales rose to 911 units.", "911 units|911|item|count|eq|910.5|911.5|"},
	{"en", "The rate is $17.80 per $1,000 of assessed value.", "$17.80|17.8|USD|money|eq|17.795|17.805|"},
	{"en", "Seniors aged 65 and over with incomes under $52,000 qualify.",
	       "65 and over|65|year|age|ge|65||\nunder $52,000|52000|USD|money|lt||52000|"},
	{"en", "The park expects more than 15,000 by the end of the season in mid-August.",
	       "more than 15,000|15000||number|gt|15000||2024-08\nAugust||date|date|eq|||2024-08"},
	{"en", "Growers get about $22 per crate of 48 ears.",
	       "about $22 per crate|22|USD/item|rate|approx|21|23|\n48 ears|48|item|count|eq|47.5|48.5|"},
	{"en", "They open on Saturdays twice a month.", "twice a month|2|occurrence/month|rate|eq|1.5|2.5|"},
	{"en", "Use a 15-milliliter dose of 200 milligram tablets.",
	       "15-milliliter|15|mL|measure|eq|14.5|15.5|\n200 milligram|200|mg|measure|eq|150|250|"},
	{"en", "Children under 16 fish free.", "under 16|16|year|age|lt||16|"},
	{"en", "They caught under 16 fish.", "under 16 fish|16|item|count|lt||16|"},
	{"en", "The fish weigh about half a pound.", "about half a pound|0.5|lb|measure|approx|0.4|0.6|"},
	{"en", "The harvest is more than three times last year's harvest.", "more than three times|3|times|ratio|gt|3||"},
	{"en", "Revenue should reach $1.9 million this year, nearly double 2023.",
	       "$1.9 million|1900000|USD|money|eq|1850000|1950000|2024\nnearly double|2|times|ratio|nearly|1|2|2024\n2023||date|date|eq|||2023"},
	{"en", "We raised prices twice this year.", "twice|2|occurrence|count|eq|1.5|2.5|2024"},
	{"en", "It built a 4-megawatt solar farm and a 13.5-kilowatt-hour battery.",
	       "4-megawatt|4|MW|measure|eq|3.5|4.5|\n13.5-kilowatt-hour|13.5|kWh|measure|eq|13.45|13.55|"},
	{"en", "Costs climbed 35% to 40%.", "35% to 40%|35|percent|percent|range|35|40|"},
	{"en", "The rate rose from 10% to 15%.", "10%|10|percent|percent|eq|5|15|\n15%|15|percent|percent|eq|14.5|15.5|"},
	{"en", "Fees climb from $28 to $33 per quarter.",
	       "$28|28|USD/quarter|rate|eq|27.5|28.5|\n$33 per quarter|33|USD/quarter|rate|eq|32.5|33.5|"},
	{"en", "Yields reached 2,300 pounds per acre, using 3.4 acre-feet of water.",
	       "2,300 pounds per acre|2300|lb/acre|rate|eq|2250|2350|\n3.4 acre-feet|3.4|acre-ft|measure|eq|3.35|3.45|"},
	{"en", "Inspectors issue about one fine for every 15 complaints.",
	       "about one fine for every 15 complaints|0.0666666666666667|item/item|rate|approx|0.0625|0.0714285714285714|"},
	{"en", "Admission is free for a child under 6.", "under 6|6|year|age|lt||6|"},
	{"en", "Trout that weigh 2 pounds or more must be released.", "2 pounds or more|2|lb|measure|ge|2||"},
	{"en", "Turnout was double the turnout of 2022.", "double|2|times|ratio|eq|2|2|\n2022||date|date|eq|||2022"},
	{"en", "Prices are nearly three times the level of early 2024, double the turnout of mid-2022.", "nearly three times|3|times|ratio|nearly|2|3|\n2024||date|date|eq|||2024\ndouble|2|times|ratio|eq|2|2|\n2022||date|date|eq|||2022"},	/* a part of the year between of and the base year */
	{"en", "Sales rose to 3,126, up 18% from 2,649 at the same point a year earlier.",
	       "3,126|3126||number|eq|3125.5|3126.5|\n18%|18|percent|percent|eq|17.5|18.5|\n2,649|2649||number|eq|2648.5|2649.5|2023"},
	{"en", "Temperatures in the region are expected to climb back into the upper 80s.", "upper 80s|85|degree|temperature|eq|85|90|"},
	{"en", "Temperatures fell to 18 degrees below zero.", "18 degrees below zero|-18|degree|temperature|eq|-18.5|-17.5|"},
	{"en", "It was the coldest reading in years, and stayed below 10 degrees for nine days.",
	       "below 10 degrees|10|degree|temperature|lt||10|\nnine days|9|day|duration|eq|8.5|9.5|"},
	{"en", "Crews cleared the first zone in 38 minutes.", "38 minutes|38|minute|duration|eq|37.5|38.5|"},
	{"en", "It costs about $28 per participating resident.", "about $28 per participating resident|28|USD/person|rate|approx|27|29|"},
	{"en", "The state spends $13,900 per full-time student.", "$13,900 per full-time student|13900|USD/person|rate|eq|13850|13950|"},
	{"en", "Water costs $6.89 per 1,000 gallons.", "$6.89 per 1,000 gallons|0.00689|USD/gal|rate|eq|0.006885|0.006895|"},	/* per so many of a unit */
	{"en", "Stores limit sales to two cartons per customer; fares are $3 per passenger.", "two cartons per customer|2|item/person|rate|eq|1.5|2.5|\n$3 per passenger|3|USD/person|rate|eq|2.5|3.5|"},
	{"en", "Shipping costs about $3,200 per 40-foot container, and crews get $40 per 12-hour shift.", "about $3,200 per 40-foot container|3200|USD/item|rate|approx|3100|3300|\n40-foot|40|ft|distance|eq|35|45|\n$40 per 12-hour shift|40|USD/shift|rate|eq|35|45|\n12-hour|12|hour|duration|eq|11.5|12.5|"},	/* a hyphened figure that describes the thing */
	{"en", "Old pipes break at nearly 30 per 100 miles.", "nearly 30 per 100 miles|0.3|item/mile|rate|nearly|0.2|0.3|"},	/* per so many of a unit */
	{"en", "There are three to five red-flag days a month.", "three to five red-flag days a month|3|day/month|rate|range|3|5|"},
	{"en", "Eggs cost $6.85 a dozen in March, more than double the price a year earlier.",
	       "$6.85 a dozen|6.85|USD/dozen|rate|eq|6.845|6.855|2024-03\nMarch||date|date|eq|||2024-03\nmore than double|2|times|ratio|gt|2||2024-03"},
	{"en", "It has a 1,500-person workforce and a 12-member board.",
	       "1,500-person|1500|person|count|eq|1450|1550|\n12-member|12|person|count|eq|11.5|12.5|"},
	{"en", "They picked about 410,000 pounds of raspberries.", "about 410,000 pounds|410000|lb|measure|approx|400000|420000|"},
	{"en", "Berries sell for $6 a pint; eggs cost $7 a dozen.",
	       "$6 a pint|6|USD/pint|rate|eq|5.5|6.5|\n$7 a dozen|7|USD/dozen|rate|eq|6.5|7.5|"},
	{"en", "Highs will be in the 40s; temperatures dipped into the 30s.",
	       "40s|40|degree|temperature|eq|40|50|\n30s|30|degree|temperature|eq|30|40|"},
	{"en", "Temperatures are forecast to reach the low 90s.", "low 90s|90|degree|temperature|eq|90|95|"},	/* reach the: as in the */
	{"en", "Teachers will get 10 paid sick days a year.", "10 paid sick days a year|10|day/year|rate|eq|5|15|"},	/* two words before a unit of time */
	{"en", "Highs in the low 30s, lows in the upper teens; readings in the high 80s, lows in the mid-20s.",
	       "low 30s|30|degree|temperature|eq|30|35|\nhigh 80s|85|degree|temperature|eq|85|90|\nmid-20s|20|degree|temperature|eq|20|30|"},	/* low, high: a half of the decade; mid: the decade */
	{"en", "It was popular in the 1990s.", "1990s||date|date|eq|||1990/1999"},
	{"en", "There were nearly twice as many as five years ago.", "nearly twice|2|times|ratio|nearly|1|2|\nfive years ago||date|date|eq|||2019"},
	{"en", "It raised the price per 1,000 gallons.", ""},
	{"en", "The fee, which takes effect Aug. 1, rises to $310,000.",
	       "Aug. 1||date|date|eq|||2024-08-01\n$310,000|310000|USD|money|eq|305000|315000|2024-08-01"},
	{"en", "Yields averaged 0.25 gallons per tap.", "0.25 gallons per tap|0.25|gal/item|rate|eq|0.245|0.255|"},	/* a measure per a thing */
	{"en", "Each gives 2 gallons of sap per tree.", "2 gallons of sap per tree|2|gal/item|rate|eq|1.5|2.5|"},
	{"en", "Cows give 40 litres per cow a day.", "40 litres per cow a day|40|L/item|rate|eq|35|45|"},
	{"en", "The farm produced 3 tons per acre.", "3 tons per acre|3|t/acre|rate|eq|2.5|3.5|"},
	{"en", "It uses 12 kilowatt-hours per household.", "12 kilowatt-hours per household|12|kWh/household|rate|eq|11.5|12.5|"},
	{"en", "Output fell from last year's record 2.3 million gallons.", "2.3 million gallons|2300000|gal|measure|eq|2250000|2350000|2023"},	/* a word between */
	{"en", "It beat last year's total of 151,000 acres.", "151,000 acres|151000|acre|measure|eq|150500|151500|2023"},
	{"en", "She joined the 4-H club.", ""},	/* a number before a hyphen and a capital: a name */
	{"en", "A 3-D printer costs $300.", "$300|300|USD|money|eq|250|350|"},
	{"en", "It happens several times a year.", "several times a year||occurrence/year|rate|vague|2|9|"},
	{"en", "Hiring 20 officers is costly.", "20 officers|20|person|count|eq|15|25|"},	/* a first word in -ing is a verb */
	{"en", "Boeing 737 jets were grounded.", ""},	/* unless a name */
	{"en", "Prices were nearly 20 percent higher than last June.", "nearly 20 percent|20|percent|percent|nearly|10|20|\nJune||date|date|eq|||2024-06"},	/* a base, no period */
	{"en", "Sales were 5,000, up from 4,000 the year before.", "5,000|5000||number|eq|4500|5500|\n4,000|4000||number|eq|3500|4500|2023"},
	{"en", "Calls rose to 41,200 in 2022 from 38,950 the previous year.", "41,200|41200||number|eq|41150|41250|2022\n2022||date|date|eq|||2022\n38,950|38950||number|eq|38945|38955|2021"},
	{"en", "It runs 62 bus routes.", "62 bus routes|62|item|count|eq|61.5|62.5|"},	/* bus: no plural */
	{"en", "The station will have four apparatus bays.", "four apparatus bays|4|item|count|eq|3.5|4.5|"},
	{"en", "Crews handle about 11 calls per 12-hour shift.", "about 11 calls per 12-hour shift|11|item/shift|rate|approx|10|12|\n12-hour|12|hour|duration|eq|11.5|12.5|"},	/* a compound in a rate */
	{"en", "They plan a third air base.", ""},
	{"en", "The state had 500 farms, fewer than half the number in 2004.", "500 farms|500|item|count|eq|450|550|\nfewer than half|0.5|fraction|ratio|lt||0.5|\n2004||date|date|eq|||2004"},	/* a base, no period */
	{"en", "The repairs cost about 35% more than estimated in 2023.", "about 35%|35|percent|percent|approx|34|36|\n2023||date|date|eq|||2023"},	/* the estimate's date: the base's */
	{"en", "It lasts 40 days longer than it did in the 1990s.", "40 days|40|day|duration|eq|35|45|\n1990s||date|date|eq|||1990/1999"},
	{"en", "They built a 300-stall barn.", "300-stall|300|item|count|eq|250|350|"},
	{"en", "The jail has about 180 full-time staff, up from 135.", "about 180 full-time staff|180|person|count|approx|170|190|\n135|135|person|count|eq|134.5|135.5|"},
	{"en", "Sales were nearly 6% above the same period last year.", "nearly 6%|6|percent|percent|nearly|5|6|"},	/* a base, no period */
	{"en", "Honey sells for $25 a bag.", "$25 a bag|25|USD/item|rate|eq|24.5|25.5|"},	/* an amount for each thing */
	{"en", "They raised $40,000 a local charity needed.", "$40,000|40000|USD|money|eq|35000|45000|"},	/* (a thing that does not end its phrase) */
	{"en", "The state expects nearly double the 1.3 million it set out in 2023.", "nearly double|2|times|ratio|nearly|1|2|\n1.3 million|1300000||number|eq|1250000|1350000|2023\n2023||date|date|eq|||2023"},	/* the base's date */
	{"en", "One in four beaches lost at least 10 feet between 2010 and 2024.", "One in four|0.25|fraction|ratio|eq|0.25|0.25|2010/2024\nat least 10 feet|10|ft|distance|ge|10||2010/2024\n2010 and 2024||date|date|range|||2010/2024"},	/* no base right after */
	{"en", "Each animal yields 3 to 5 pounds of fiber a year.", "3 to 5 pounds of fiber a year|3|lb/year|rate|range|3|5|"},	/* a material weighed */
	{"en", "The county hires up to 10 seasonal workers each winter.", "up to 10 seasonal workers each winter|10|person/season|rate|le||10|"},	/* a noun of the counts keeps its unit */
	{"en", "The yield dropped to about 900 pounds an acre, compared with roughly 1,400 pounds in a normal year.",
	 "about 900 pounds an acre|900|lb/acre|rate|approx|800|1000|\nroughly 1,400 pounds|1400|lb/acre|rate|approx|1300|1500|"},	/* a base takes the rate's reading */
	{"en", "The city added 600 parking meters and 1,800 smart meters.", "600 parking meters|600|item|count|eq|550|650|\n1,800 smart meters|1800|item|count|eq|1750|1850|"},	/* a unit after a noun: things */
	{"en", "They climbed 300 vertical meters, then 400 meters more.", "300 vertical meters|300|m|distance|eq|250|350|\n400 meters|400|m|distance|eq|350|450|"},
	{"en", "The store sold 30 gas grills and 12 glass jars.", "30 gas grills|30|item|count|eq|25|35|\n12 glass jars|12|item|count|eq|11.5|12.5|"},	/* gas, glass: no plurals */
	{"en", "Riders make 10 or more trips a week.", "10 or more trips a week|10|item/week|rate|ge|10||"},	/* a bound after the number of a rate */
	{"en", "The buses cost about $400,000 each, and fees are $20 each year.", "about $400,000 each|400000|USD/item|rate|approx|300000|500000|\n$20 each year|20|USD/year|rate|eq|15|25|"},	/* each: for each thing */
	{"en", "The increase will take effect Jan. 1; the last one took effect Jan. 1.", "Jan. 1||date|date|eq|||2025-01-01\nJan. 1||date|date|eq|||2024-01-01"},	/* in July: takes effect right before a month before publication */
	{"en", "The charge rises from $12 to $15 a month, and the fee climbs from $8.40 to $9.80.", "$12|12|USD/month|rate|eq|11.5|12.5|\n$15 a month|15|USD/month|rate|eq|14.5|15.5|\n$8.40|8.4|USD|money|eq|8.395|8.405|\n$9.80|9.8|USD|money|eq|9.795|9.805|"},	/* a from with its own to: no base of the rate */
	{"en", "Temperatures topped 60 degrees several times in March.", "60 degrees|60|degree|temperature|gt|60||2024-03\nseveral times||occurrence|count|vague|2|9|2024-03\nMarch||date|date|eq|||2024-03"},	/* occasions, vague */
	{"en", "Nights stayed below 45 degrees each winter.", "below 45 degrees|45|degree|temperature|lt||45|"},	/* no rate of things */
	{"en", "Lakes topped 78 degrees; she earned two degrees.", "78 degrees|78|degree|temperature|gt|78||\ntwo degrees|2|item|count|eq|1.5|2.5|"},	/* degrees in digits: a temperature */
	{"en", "The sale runs through early March.", "March||date|date|eq|||2025-03"},	/* in July: a part of the month between */
	{"en", "The farm harvested 1.2 million oysters in the 12 months to Aug. 31, up 18% from 1,017,000.", "1.2 million oysters|1200000|item|count|eq|1150000|1250000|2023-08-31\n12 months|12|month|duration|eq|11.5|12.5|2023-08-31\nAug. 31||date|date|eq|||2023-08-31\n18%|18|percent|percent|eq|17.5|18.5|2023-08-31\n1,017,000|1017000|item|count|eq|1016500|1017500|2023-08-31"},	/* the frame passed over */
	{"en", "Oysters sell for 85 cents each.", "85 cents each|0.85|USD/item|rate|eq|0.845|0.855|"},
	{"en", "She waited the 30 days required by law, down from 60.", "30 days|30|day|duration|eq|25|35|\n60|60|day|duration|eq|55|65|"},	/* the 30 days: no frame */
	{"en", "The road bends 90 degrees.", "90 degrees|90|deg|measure|eq|85|95|"},
	{"en", "The county pays $52 per plow hour and $42 per megawatt hour.", "$52 per plow hour|52|USD/hour|rate|eq|51.5|52.5|\n$42 per megawatt hour|42|USD/MWh|rate|eq|41.5|42.5|"},
	{"en", "Hours will expand from 48 to 60 hours a week.", "48|48|hour/week|rate|eq|47.5|48.5|\n60 hours a week|60|hour/week|rate|eq|55|65|"},
	{"en", "The cows give 24,000 pounds of milk a year, or about 78 pounds a day.", "24,000 pounds of milk a year|24000|lb/year|rate|eq|23500|24500|\nabout 78 pounds a day|78|lb/day|rate|approx|77|79|"},	/* pounds again: the weight */
	{"en", "The harvest was twice the size of the 2019 crop.", "twice|2|times|ratio|eq|2|2|\n2019||date|date|eq|||2019"},	/* the base's date: no period */
	{"en", "-2279-22%20", "-2279-22%|-2279|percent|percent|range|-2279|22|\n20|20||number|eq|15|25|"},	/* a range over a minus sign: no read before the text (found by the fuzzer) */
	{"en", "It hires about 7,000 seasonal workers each fall.", "about 7,000 seasonal workers each fall|7000|person/season|rate|approx|6000|8000|"},	/* a season of the year: a rate's base */
	{"en", "She broke 2 bones in a fall.", "2 bones|2|item|count|eq|1.5|2.5|"},
	{"en", "Beekeepers pay about $180 per package of bees.", "about $180 per package|180|USD/item|rate|approx|170|190|"},	/* of and a plural after the thing */
	{"en", "Peaches averaged $38 per half-bushel box.", "$38 per half-bushel box|38|USD/item|rate|eq|37.5|38.5|"},	/* a word that describes the thing */
	{"en", "It sold for $38 per wooden box.", "$38 per wooden box|38|USD/item|rate|eq|37.5|38.5|"},
	{"en", "It costs $36 per license sold.", "$36 per license|36|USD/item|rate|eq|35.5|36.5|"},
	{"en", "Growers expect to harvest about 1.9 billion pounds this year.", "about 1.9 billion pounds|1900000000|lb|measure|approx|1800000000|2000000000|2024"},	/* what a harvest weighs */
	{"en", "The company raised 5 million pounds.", "5 million pounds|5000000|GBP|money|eq|4500000|5500000|"},
	{"en", "They sell 6- to 7-foot trees.", "6- to 7-foot|6|ft|distance|range|6|7|"},	/* a hyphen, then to */
	{"en", "The fee will rise by $4.10 to $62.35 a month.", "$4.10|4.1|USD/month|rate|eq|4.095|4.105|\n$62.35 a month|62.35|USD/month|rate|eq|62.345|62.355|"},	/* the change of the rate */
	{"en", "Hoffman's grandson, 17, runs the stand.", "17|17|year|age|eq|17|18|"},	/* a kin word in place of a name */
	{"en", "The stand, 17, is old.", "17|17||number|eq|16.5|17.5|"},
	{"en", "Corn averaged $9.62 a bushel last week, down about $3 from two years ago.", "$9.62 a bushel|9.62|USD/bu|rate|eq|9.615|9.625|\nabout $3|3|USD/bu|rate|approx|2|4|\ntwo years ago||date|date|eq|||2022"},	/* a few words of the rate's clause before the gap */
	{"en", "Rent was $900 a month, and the firm's revenue rose, up $2 million.", "$900 a month|900|USD/month|rate|eq|850|950|\n$2 million|2000000|USD|money|eq|1500000|2500000|"},
	{"en", "Corn sold for $6 a dozen, up $1 from last summer.", "$6 a dozen|6|USD/dozen|rate|eq|5.5|6.5|\n$1|1|USD/dozen|rate|eq|0.5|1.5|"},	/* the change of the rate */
	{"en", "The chain grew from nine to 12 stores.", "nine|9|item|count|eq|8.5|9.5|\n12 stores|12|item|count|eq|11.5|12.5|"},	/* from A to B: A in B's unit */
	{"en", "Sales rose from 3 to 5 percent.", "3|3|percent|percent|eq|2.5|3.5|\n5 percent|5|percent|percent|eq|4.5|5.5|"},
	{"en", "The program has grown to nine states from three in 2022.", "nine states|9|item|count|eq|8.5|9.5|\nthree|3|item|count|eq|2.5|3.5|2022\n2022||date|date|eq|||2022"},	/* to B from A: the date is A's */
	{"en", "The chain grew from nine stores in 2022 to 12.", "nine stores|9|item|count|eq|8.5|9.5|2022\n2022||date|date|eq|||2022\n12|12|item|count|eq|11.5|12.5|"},
	{"en", "Sales rose 12% from 1.9 million.", "12%|12|percent|percent|eq|11.5|12.5|\n1.9 million|1900000||number|eq|1850000|1950000|"},	/* no "to" before the change: the base keeps its own unit */
	{"en", "Crews should cut response times by two to three minutes.", "two to three minutes|2|minute|duration|range|2|3|"},	/* by A to B, B at most twice A: a range */
	{"en", "The surcharge will rise by $6 to $18 per car.", "$6|6|USD/item|rate|eq|5.5|6.5|\n$18 per car|18|USD/item|rate|eq|17.5|18.5|"},	/* a change of the rate, in its unit (as 比去年高了0.5元) */
	{"en", "Hike in groups of three or more.", "three or more|3||number|ge|3||"},
	{"en", "Voters approved a half-cent sales tax.", ""},
	{"en", "Trains run at 40 miles an hour.", "40 miles an hour|40|mph|measure|eq|35|45|"},
	{"en", "The firm, founded in 1987, now employs 23 people, including 11 stitchers.", "1987||date|date|eq|||1987\n23 people|23|person|count|eq|22.5|23.5|2024-07-23\n11 stitchers|11|item|count|eq|10.5|11.5|2024-07-23"},
	{"en", "There are roughly a third fewer than in the 1930s.", "roughly a third|0.333333333333333|fraction|ratio|approx|0.3|0.366666666666667|\n1930s||date|date|eq|||1930/1939"},
	{"en", "Revenue rose to £38.6m in 2023 from £29.4m a year earlier.", "£38.6m|38600000|GBP|money|eq|38550000|38650000|2023\n2023||date|date|eq|||2023\n£29.4m|29400000|GBP|money|eq|29350000|29450000|2022"},
	/* and from a period word's date (the pub date is 2024-07-23) */
	{"en", "Spending was $210 per order in the first quarter, compared with $165 a year earlier.",
	 "$210 per order|210|USD/item|rate|eq|205|215|2024-01/2024-03\n$165|165|USD/item|rate|eq|164.5|165.5|2023-01/2023-03"},
	{"en", "Debt stood at $212 million at the end of last year, up from $174 million a year earlier.",
	 "$212 million|212000000|USD|money|eq|211500000|212500000|2023-12\n$174 million|174000000|USD|money|eq|173500000|174500000|2022-12"},
	{"en", "The firm, founded in 1998, earned $5m, against $4m a year earlier.",
	 "1998||date|date|eq|||1998\n$5m|5000000|USD|money|eq|4500000|5500000|\n$4m|4000000|USD|money|eq|3500000|4500000|2023"},	/* (founded in 1998: an aside's date, no period of $5m) */
	{"en", "The cost was £4,285 in 2023, up 2.1% on a year earlier.", "£4,285|4285|GBP|money|eq|4284.5|4285.5|2023\n2023||date|date|eq|||2023\n2.1%|2.1|percent|percent|eq|2.05|2.15|2023"},
	{"en", "A consultation drew 1,473 submissions over six weeks.", "1,473 submissions|1473|item|count|eq|1472.5|1473.5|\nsix weeks|6|week|duration|eq|5.5|6.5|"},
	{"en", "More than 1.7 million patients waited over 12 hours.", "More than 1.7 million patients|1700000|person|count|gt|1700000||\nover 12 hours|12|hour|duration|gt|12||"},
	{"en", "The council applied the Control of Dogs (Amendment) Regulations 2025.", ""},
	{"en", "It trades at about 11 times earnings.", "about 11 times|11|times|ratio|approx|10|12|"},
	{"en", "It has a price-to-earnings ratio of about 11 times, below the average.", "about 11 times|11|times|ratio|approx|10|12|"},
	{"en", "A third said they would.", "A third|0.333333333333333|fraction|ratio|eq|0.333333333333333|0.333333333333333|"},
	{"en", "The discount is for customers under 30.", "under 30|30|year|age|lt||30|"},
	{"en", "The crew shears 250 to 300 sheep a day.", "250 to 300 sheep a day|250|item/day|rate|range|250|300|"},
	{"en", "We made four or five guitars a month.", "four or five guitars a month|4|item/month|rate|range|4|5|"},
	{"en", "Tune it once or twice a year.", "once or twice a year|1|occurrence/year|rate|range|1|2|"},
	{"en", "within 60 or 90 days", "within 60|60|day|duration|le||60|\n90 days|90|day|duration|le||90|"},
	{"en", "Free cash flow was $480 mln in the same period of 2023.", "$480 mln|480000000|USD|money|eq|475000000|485000000|2023\n2023||date|date|eq|||2023"},
	{"zh", "20或30%", "20或30%|20|percent|percent|range|20|30|"},
	{"zh", "收入翻了一番", "翻了一番|2|times|ratio|eq|2|2|"},
	{"zh", "规模翻了一倍", "翻了一倍|2|times|ratio|eq|2|2|"},
	{"zh", "十年翻两番", "十年|10|year|duration|eq|5|15|\n翻两番|4|times|ratio|eq|4|4|"},
	{"en", "Payrolls rose by 206,000 last month.", "206,000|206000||number|eq|205500|206500|2024-06"},
	{"en", "Economists polled by Reuters last month expected a rate of 3.25%.", "3.25%|3.25|percent|percent|eq|3.245|3.255|"},
	{"en", "The Fed said last month it would cut by 0.25 points.", "0.25 points|0.25|point|percent|eq|0.245|0.255|"},
	{"en", "Harris leads by 5 points.", "5 points|5|point|percent|eq|4.5|5.5|"},
	{"en", "The Dow fell 500 points.", "500 points|500|point|count|eq|450|550|"},
	{"en", "At one point, shares fell 5%.", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "the state opened 9 distribution points", "9 distribution points|9|item|count|eq|8.5|9.5|"},
	{"zh", "上月销量增长5%。", "5%|5|percent|percent|eq|4.5|5.5|2024-06"},
	{"zh", "上季度增长5%，下季度将增长10%至20%。", "5%|5|percent|percent|eq|4.5|5.5|2024-04/2024-06\n10%至20%|10|percent|percent|range|10|20|2024-10/2024-12"},	/* quarters counted from publication (July) */
	{"en", "Sales rose 5% in the previous quarter and will rise 3% next quarter.", "5%|5|percent|percent|eq|4.5|5.5|2024-04/2024-06\n3%|3|percent|percent|eq|2.5|3.5|2024-10/2024-12"},
	{"zh", "较上月增长5%。", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "It pays workers 500 a month.", "500 a month|500|item/month|rate|eq|450|550|"},
	{"en", "Sales could top $1 billion.", "$1 billion|1000000000|USD|money|gt|1000000000||"},
	{"en", "Construction will begin in March, at a cost of $5 million.", "March||date|date|eq|||2025-03\n$5 million|5000000|USD|money|eq|4500000|5500000|2025-03"},	/* in July: a clause to come */
	{"en", "Sales rose in March and will fall further.", "March||date|date|eq|||2024-03"},	/* a word in the past */
	{"en", "The repairs could be finished by the end of September.", "September||date|date|eq|||2024-09"},	/* by the end of: to come */
	{"en", "The backlog was cleared by the end of March.", "March||date|date|eq|||2024-03"},
	{"en", "The $13 million engineers say is needed.", "$13 million|13000000|USD|money|eq|12500000|13500000|"},	/* money, the noun another clause's */
	{"en", "The target is 140 pilots by March.", "140 pilots|140|person|count|eq|135|145|2025-03\nMarch||date|date|eq|||2025-03"},	/* in July: by makes it next March */
	{"en", "Sales rose 5% by March.", "5%|5|percent|percent|eq|4.5|5.5|2024-03\nMarch||date|date|eq|||2024-03"},	/* a clause in the past */
	{"en", "The company needed 40 pilots by March.", "40 pilots|40|person|count|eq|35|45|2024-03\nMarch||date|date|eq|||2024-03"},
	{"en", "Summer highs can top 110 degrees Fahrenheit.", "110 degrees Fahrenheit|110|degF|temperature|gt|110||"},
	{"en", "It cost 500 crowns.", "500 crowns|500|SEK|money|eq|450|550|"},
	{"en", "this year's fourth quarter sales rose 5%.", "5%|5|percent|percent|eq|4.5|5.5|2024-10/2024-12"},
	{"en", "It will publish its annual report next May.", "May||date|date|eq|||2025-05"},
	{"en", "Sales will start next March.", "March||date|date|eq|||2025-03"},
	{"en", "The plant was idle until March.", "March||date|date|eq|||2024-03"},
	{"en", "Prices have risen to £38 from £29 five years ago.", "£38|38|GBP|money|eq|37.5|38.5|\n£29|29|GBP|money|eq|28.5|29.5|2019\nfive years ago||date|date|eq|||2019"},
	{"en", "A decade ago, sales were 5 million.", "A decade ago||date|date|eq|||2014\n5 million|5000000||number|eq|4500000|5500000|2014"},
	{"en", "Sales were 3 million five years ago.", "3 million|3000000||number|eq|2500000|3500000|2019\nfive years ago||date|date|eq|||2019"},
	{"en", "Net income rose to $2.1 billion from $1.8 billion a year earlier, and revenue grew 8% to $20 billion.",
	 "$2.1 billion|2100000000|USD|money|eq|2050000000|2150000000|\n$1.8 billion|1800000000|USD|money|eq|1750000000|1850000000|2023\n"
	 "8%|8|percent|percent|eq|7.5|8.5|\n$20 billion|20000000000|USD|money|eq|15000000000|25000000000|"},	/* the base's date is its own */
	{"en", "Sales rose to $5 billion from $4 billion in 2022, and profit rose 3%.",
	 "$5 billion|5000000000|USD|money|eq|4500000000|5500000000|\n$4 billion|4000000000|USD|money|eq|3500000000|4500000000|2022\n"
	 "2022||date|date|eq|||2022\n3%|3|percent|percent|eq|2.5|3.5|"},
	{"en", "Quarterly profit was up to $5.1 billion from $4.2 billion.",
	 "up to $5.1 billion|5100000000|USD|money|eq|5050000000|5150000000|\n$4.2 billion|4200000000|USD|money|eq|4150000000|4250000000|"},
	{"en", "It could cost up to $5 billion from next year.", "up to $5 billion|5000000000|USD|money|le||5000000000|"},
	{"en", "Call 1800-11-4000 or 1800-180-1551 for help.", ""},
	{"en", "It will cost $5 billion in 2026 dollars.", "$5 billion|5000000000|USD|money|eq|4500000000|5500000000|"},
	{"en", "the 42.2-kilometer course", "42.2-kilometer|42.2|km|distance|eq|42.15|42.25|"},
	{"en", "A reading above 450 triggers an alert.", "above 450|450||number|gt|450||"},
	{"en", "by the end of 2028-29", "2028-29||date|date|range|||2028/2029"},	/* no end of 2028 and a 29 */
	{"en", "at least nine British orchestras", "at least nine British orchestras|9|item|count|ge|9||"},
	{"en", "The post office will raise the price by 5 cents to 83 cents.", "5 cents|0.05|USD|money|eq|0.045|0.055|\n83 cents|0.83|USD|money|eq|0.825|0.835|"},
	{"en", "It will cut emissions by 60% to 70%.", "60% to 70%|60|percent|percent|range|60|70|"},
	{"en", "It will cut its workforce by 200 workers to 1,800 workers.", "200 workers|200|person|count|eq|150|250|\n1,800 workers|1800|person|count|eq|1750|1850|"},
	{"en", "\"Since 2021, we have closed 11 pools,\" she said.", "2021||date|date|eq|||2021/2024-07-23\n11 pools|11|item|count|eq|10.5|11.5|2021/2024-07-23"},
	{"en", "The charity helps 1,200 children a year.", "1,200 children a year|1200|item/year|rate|eq|1150|1250|"},
	{"en", "It costs 95 euro cents, the 83-cent stamp", "95 euro cents|0.95|EUR|money|eq|0.945|0.955|\n83-cent|0.83|USD|money|eq|0.825|0.835|"},
	{"en", "The company reported 2023 revenue of $3 billion.", "2023||date|date|eq|||2023\n$3 billion|3000000000|USD|money|eq|2500000000|3500000000|2023"},
	{"en", "Power cost 74.6 euros per megawatt hour; the smelter uses 2.8 terawatt hours a year.",
	 "74.6 euros per megawatt hour|74.6|EUR/MWh|rate|eq|74.55|74.65|\n2.8 terawatt hours a year|2.8|TWh/year|rate|eq|2.75|2.85|"},
	{"en", "A first-class stamp will cost 85p, up 13p.", "85p|0.85|GBP|money|eq|0.845|0.855|\n13p|0.13|GBP|money|eq|0.125|0.135|"},
	{"en", "The Stop Hunger 2030 campaign raised £2m under its Net Zero 2040 plan.", "£2m|2000000|GBP|money|eq|1500000|2500000|"},
	{"en", "charity number 1104871", ""},
	{"en", "Hat No. 10,000 was sold.", ""},
	{"en", "Sales rose between July and September last year.", "July and September last year||date|date|range|||2023-07/2023-09"},
	{"en", "The fair runs April-May 2026.", "April-May 2026||date|date|range|||2026-04/2026-05"},
	{"en", "The ferry has run since at least 1868.", "1868||date|date|eq|||1868/2024-07-23"},
	/* would is to come; from after will; last and "said in" are past (publication 2024-07-23) */
	{"en", "The rule would take effect on September 1.", "September 1||date|date|eq|||2024-09-01"},
	{"en", "Sales would have risen in September.", "September||date|date|eq|||2023-09"},
	{"en", "The council voted to raise the cap, effective Sept. 1.", "Sept. 1||date|date|eq|||2024-09-01"},
	{"en", "The fee, effective Jan. 1, raised costs.", "Jan. 1||date|date|eq|||2024-01-01"},
	{"en", "Fares will rise from 1 January.", "1 January||date|date|eq|||2025-01-01"},
	{"en", "Fares rose from 1 January.", "1 January||date|date|eq|||2024-01-01"},
	{"en", "The WTO forecast last October that trade would grow.", "October||date|date|eq|||2023-10"},
	{"en", "The group said in November it would halt attacks.", "November||date|date|eq|||2023-11"},
	/* a word that opens a sentence names nothing; one before a plural is a pronoun */
	{"en", "When 300 riders joined, it grew.", "300 riders|300|person|count|eq|250|350|"},
	{"en", "If 48,000 helmet hires are made, it pays.", "48,000 helmet hires|48000|item|count|eq|47500|48500|"},
	{"en", "If one fails, it stops.", ""},
	{"en", "about 40 households", "about 40 households|40|household|count|approx|30|50|"},
	{"en", "The dog weighs 60 to 80 pounds.", "60 to 80 pounds|60|lb|measure|range|60|80|"},
	{"en", "A bell weighing 500 kg costs more.", "500 kg|500|kg|measure|eq|450|550|"},
	{"en", "Some 14,000 second-hand bikes", "Some 14,000 second-hand bikes|14000|item|count|approx|13000|15000|"},
	{"en", "roughly 600,000 on-site systems", "roughly 600,000 on-site systems|600000|item|count|approx|500000|700000|"},
	{"en", "at least nine of them were hurt", "at least nine|9||number|ge|9||"},
	{"en", "nine of them were hurt", ""},
	{"en", "Sales were up 12% from the same point a year earlier.", "12%|12|percent|percent|eq|11.5|12.5|"},
	{"en", "the 4.2 million pound cost", "4.2 million pound|4200000|GBP|money|eq|4150000|4250000|"},
	{"en", "a 2 million dollar deal", "2 million dollar|2000000|USD|money|eq|1500000|2500000|"},
	{"en", "a 35 mln euro plant", "35 mln euro|35000000|EUR|money|eq|34500000|35500000|"},
	{"en", "a 2 bln pound deal", "2 bln pound|2000000000|GBP|money|eq|1500000000|2500000000|"},
	{"en", "hundreds of animals", "hundreds of animals||item|count|vague|200|900|"},
	{"en", "rings of five or more bells", "five or more bells|5|item|count|ge|5||"},
	{"en", "Drivers with five or more unpaid tickets face a boot.", "five or more unpaid tickets|5|item|count|ge|5||"},	/* a word before the noun */
	{"en", "3 or more of them", "3 or more|3||number|ge|3||"},
	{"en", "Prices can top $50,000.", "$50,000|50000|USD|money|gt|50000||"},
	{"en", "Drivers are paid 45p a mile.", "45p a mile|0.45|GBP/mile|rate|eq|0.445|0.455|"},
	{"en", "kept at or below 40 degrees Fahrenheit", "at or below 40 degrees Fahrenheit|40|degF|temperature|le||40|"},
	/* a noun before a plural unit of time: 10 clinic days (not three years, last year) */
	{"en", "at least 10 clinic days", "at least 10 clinic days|10|day|duration|ge|10||"},
	{"en", "some 9,800 volunteer hours", "some 9,800 volunteer hours|9800|hour|duration|approx|9700|9900|"},
	{"en", "It cost £971m last year.", "£971m|971000000|GBP|money|eq|970500000|971500000|2023"},
	{"en", "The farm keeps 300 sheep and pulled two teeth.", "300 sheep|300|item|count|eq|250|350|\ntwo teeth|2|item|count|eq|1.5|2.5|"},
	{"en", "Boeing 747 jets flew.", ""},
	{"en", "He was customer number 1,104,871.", ""},
	{"en", "Fiscal 2025 revenue rose", "2025||date|date|eq|||2025"},
	{"en", "In real terms, the £48.6m raised last year was worth the same as the £39m the charity received in 2021.",
	 "£48.6m|48600000|GBP|money|eq|48550000|48650000|2023\n£39m|39000000|GBP|money|eq|38500000|39500000|2021\n2021||date|date|eq|||2021"},
	{"en", "Sales were up by 10% to 20%.", "10% to 20%|10|percent|percent|range|10|20|"},
	{"en", "The agency expects to cut the backlog by January.", "January||date|date|eq|||2025-01"},
	{"en", "In January, exports reached 5 billion yen ($32.4 million) in the year to March 2025.",
	 "January||date|date|eq|||2024-01\n5 billion yen|5000000000|JPY|money|eq|4500000000|5500000000|2025-03\n"
	 "$32.4 million|32400000|USD|money|eq|32350000|32450000|2025-03\nMarch 2025||date|date|eq|||2025-03"},	/* the bracket does not keep March 2025 from the yen */
	{"en", "Chicago recorded 573 homicides last year, its fewest since 2014 and about 40% below the peak of 2021.",
	 "573 homicides|573|item|count|eq|572.5|573.5|2023\n2014||date|date|eq|||2014/2024-07-23\nabout 40%|40|percent|percent|approx|30|50|2023\n2021||date|date|eq|||2021"},
	{"en", "Power costs $0.32 per kilowatt hour; shares rose to 598 pence.", "$0.32 per kilowatt hour|0.32|USD/kWh|rate|eq|0.315|0.325|\n598 pence|5.98|GBP|money|eq|5.975|5.985|"},
	{"en", "Production will start from the first quarter of 2026.", "2026||date|date|eq|||2026-01/2026-03"},
	{"en", "The bakery will raise the price of its signature sourdough loaf by 50 cents to $6.49.", "50 cents|0.5|USD|money|eq|0.45|0.55|\n$6.49|6.49|USD|money|eq|6.485|6.495|"},
	{"en", "It buys about 90 tonnes of borosilicate glass tubing a year.",
	 "about 90 tonnes of borosilicate glass tubing a year|90|t/year|rate|approx|80|100|"},
	{"en", "The mill grinds 48,000 tons of flour a year, roughly 35,000 pairs of shoes a day.",
	 "48,000 tons of flour a year|48000|t/year|rate|eq|47500|48500|\nroughly 35,000 pairs of shoes a day|35000|item/day|rate|approx|34000|36000|"},
	{"en", "Tom Marsh, now 61, said", "61|61|year|age|eq|61|62|2024-07-23"},	/* now: his age at publication */
	{"en", "the top five rides", "top five|5|rank|rank|eq|5|5|"},
	{"en", "Prices are down about 14% from a peak of $2,770 in March.", "about 14%|14|percent|percent|approx|13|15|\n$2,770|2770|USD|money|eq|2765|2775|2024-03\nMarch||date|date|eq|||2024-03"},
	{"en", "The rate fell to 18% from a peak of 31% in late January.", "18%|18|percent|percent|eq|17.5|18.5|\n31%|31|percent|percent|eq|30.5|31.5|2024-01\nJanuary||date|date|eq|||2024-01"},	/* in late: still right after the base */
	{"en", "The rate fell to 18% from a peak of 31% in mid-January.", "18%|18|percent|percent|eq|17.5|18.5|\n31%|31|percent|percent|eq|30.5|31.5|2024-01\nJanuary||date|date|eq|||2024-01"},
	{"en", "The index rose 1.8% from March to 214.5 in April.", "1.8%|1.8|percent|percent|eq|1.75|1.85|2024-04\nMarch||date|date|eq|||2024-03\n214.5|214.5||number|eq|214.45|214.55|2024-04\nApril||date|date|eq|||2024-04"},
	{"en", "The lifts carry 3,000 skiers an hour.", "3,000 skiers an hour|3000|person/hour|rate|eq|2500|3500|"},
	{"en", "It expects 50,000 additional visitors a year.", "50,000 additional visitors a year|50000|person/year|rate|eq|45000|55000|"},
	{"en", "It cut 5,000 jobs a year ago.", "5,000 jobs|5000|person|count|eq|4500|5500|2023"},
	{"en", "The ministry said on 3 November that a 10% duty imposed in 2023 would stay.", "3 November||date|date|eq|||2023-11-03\n10%|10|percent|percent|eq|5|15|2023\n2023||date|date|eq|||2023"},
	{"en", "The company said on Nov. 3 that sales rose 5%.", "Nov. 3||date|date|eq|||2023-11-03\n5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "In the fourth quarter of last year, profit fell 3%.", "3%|3|percent|percent|eq|2.5|3.5|2023-10/2023-12"},
	{"en", "Sales in the first nine months of this year totaled 1.8 million vehicles.", "1.8 million vehicles|1800000|item|count|eq|1750000|1850000|2024-01/2024-09"},
	{"en", "Accor said third-quarter revenue rose 4.7%.", "4.7%|4.7|percent|percent|eq|4.65|4.75|2024-07/2024-09"},
	{"zh", "今年第四季度价格上涨5%。", "5%|5|percent|percent|eq|4.5|5.5|2024-10/2024-12"},
	{"zh", "每公斤60多元", "每公斤60多元|60|CNY/kg|rate|gt|60|70|"},
	{"zh", "2025/26产季产量下降3%", "2025/26||date|date|range|||2025/2026\n3%|3|percent|percent|eq|2.5|3.5|2025/2026"},
	{"zh", "2026财年营收增长5%", "2026财年||date|date|eq|||2026\n5%|5|percent|percent|eq|4.5|5.5|2026"},
	{"zh", "比例不得超过27%", "不得超过27%|27|percent|percent|le||27|"},
	{"zh", "出版了3本书", "3本|3|item|count|eq|2.5|3.5|"},
	{"zh", "该邮轮总吨位约13.55万吨，载重2万吨。", "约13.55万吨|135500|GT|measure|approx|135400|135600|\n2万吨|20000|t|measure|eq|15000|25000|"},
	{"en", "It has a gross tonnage of 90,000 tons and carries 2,000 tons.", "90,000 tons|90000|GT|measure|eq|85000|95000|\n2,000 tons|2000|t|measure|eq|1500|2500|"},
	{"zh", "约1900年前的遗址，2000多年前，预计2030年前建成。", "约1900年前|1900|year|duration|approx|1800|2000|\n2000多年前|2000|year|duration|gt|2000|3000|\n2030年||date|date|eq|||2030"},	/* (2030年前: before 2030) */
	{"en", "In 2004 the ruins were found; they date from about 1,900 years ago.", "2004||date|date|eq|||2004\nabout 1,900 years ago|1900|year|duration|approx|1800|2000|"},	/* no period */
	{"zh", "5万总吨", "5万总吨|50000|GT|measure|eq|45000|55000|"},
	{"en", "Apple raised the price of the phone by $50 to $499.99.", "$50|50|USD|money|eq|45|55|\n$499.99|499.99|USD|money|eq|499.985|499.995|"},
	{"en", "They cut emissions by 60% to 70%.", "60% to 70%|60|percent|percent|range|60|70|"},
	{"en", "Under the Employment Rights Act 2025, a 50% threshold applies.", "50%|50|percent|percent|eq|45|55|"},
	{"en", "Prices fell 2% from the same month last year.", "2%|2|percent|percent|eq|1.5|2.5|"},
	{"zh", "浓度高于2010年水平", "2010年||date|date|eq|||2010"},
	{"zh", "4至5级偏北风", "4至5级|4|level|measure|range|4|5|"},
	{"zh", "阵风8级", "8级|8|level|measure|eq|7.5|8.5|"},
	{"zh", "12369环保热线", ""},
	{"zh", "储备7280万盎司", "7280万盎司|72800000|ounce|measure|eq|72750000|72850000|"},
	{"en", "About 4,650 a day cross the border.", "About 4,650 a day|4650|item/day|rate|approx|4640|4660|"},
	{"en", "The vote is due on Nov. 19, he said.", "Nov. 19||date|date|eq|||2024-11-19"},
	{"zh", "折合约74.6吨", "折合约74.6吨|74.6|t|measure|approx|74.5|74.7|"},
	{"zh", "金价站上950元上方", "950元上方|950|CNY|money|gt|950||"},
	{"zh", "利率最高调至15%", "最高调至15%|15|percent|percent|le||15|"},
	{"en", "The herd has 5,000 head of cattle.", "5,000 head of cattle|5000|item|count|eq|4500|5500|"},
	{"en", "a 1-pound bag", "1-pound|1|lb|measure|eq|0.5|1.5|"},
	{"en", "Pumps move 500 gallons a minute.", "500 gallons a minute|500|gal/minute|rate|eq|450|550|"},
	{"en", "Corn sold at $5.90 per bushel.", "$5.90 per bushel|5.9|USD/bu|rate|eq|5.895|5.905|"},
	{"en", "roughly a sixth of farms", "roughly a sixth|0.166666666666667|fraction|ratio|approx|0.15|0.183333333333333|"},
	{"en", "the tenth straight month", ""},
	{"zh", "中国人口减少139万人至14.08亿人。", "139万人|1390000|person|count|eq|1385000|1395000|\n14.08亿人|1408000000|person|count|eq|1407500000|1408500000|"},
	{"zh", "预计增加3万至5万人", "3万至5万人|30000|person|count|range|30000|50000|"},
	{"zh", "2024年客流量约为2019年的八成。", "2024年||date|date|eq|||2024\n2019年||date|date|eq|||2019\n八成|80|percent|percent|approx|70|90|2024"},	/* the base's date */
	{"zh", "日均浇灌面积达500多万亩。", "500多万亩|5000000|mu/day|rate|gt|5000000|6000000|"},	/* 多 before 万 */
	{"zh", "销量创2015年以来最高，达到300万辆。", "2015年||date|date|eq|||2015/2024-07-23\n300万辆|3000000|item|count|eq|2500000|3500000|"},
	{"zh", "邮轮到港50艘次以上，每度电便宜5分钱。", "50艘次以上|50|trip|count|ge|50||\n每度电便宜5分钱|0.05|CNY/kWh|rate|eq|0.045|0.055|"},
	{"zh", "一张票5角钱", "5角钱|0.5|CNY|money|eq|0.45|0.55|"},
	{"zh", "货运采用波音777全货机，空客A320有180个座位。", "180个|180|item|count|eq|175|185|"},	/* models of aircraft */
	{"zh", "气温低于零下10℃。", "低于零下10℃|-10|degC|temperature|lt||-10|"},	/* a qualifier before the minus word */
	{"zh", "骑手完成一单配送。", ""},
	{"zh", "每投入1亿元，可带动就业500人。", "500人|500|person|count|eq|450|550|"},	/* the base of a per-unit figure */
	{"zh", "日均3200辆次", "3200辆次|3200|trip/day|rate|eq|3150|3250|"},
	{"zh", "最高气温一度达到41℃。", "41℃|41|degC|temperature|eq|40.5|41.5|"},	/* 一度: at one point */
	{"zh", "停车费封顶40元。", "封顶40元|40|CNY|money|le||40|"},
	{"zh", "客流量突破320万 日均超过10万人次", "突破320万|3200000||number|gt|3200000||\n超过10万人次|100000|trip/day|rate|gt|100000||"},	/* a space ends the figure */
	{"zh", "亩产约1500斤，年加工能力达10万吨。", "约1500斤|1500|jin/mu|rate|approx|1400|1600|\n10万吨|100000|t/year|rate|eq|50000|150000|"},
	{"zh", "每晚房价300元至800元。", "每晚房价300元至800元|300|CNY/night|rate|range|300|800|"},
	{"zh", "全省出现3次强降雨过程，占三成强。", "3次|3|occurrence|count|eq|2.5|3.5|\n三成强|30|percent|percent|gt|30|40|"},	/* 强 that starts a word is no suffix */
	{"zh", "每公里运价由2元上调至2.5元。", "每公里运价由2元|2|CNY/km|rate|eq|1.5|2.5|\n2.5元|2.5|CNY/km|rate|eq|2.45|2.55|"},	/* a rate that changes */
	{"zh", "惠及12.6万群众，卖出300多串。", "12.6万群众|126000|person|count|eq|125500|126500|\n300多串|300|item|count|gt|300|400|"},
	{"zh", "每亩能多收四五十斤，新建第三卫生间。", "四五十斤|40|jin|measure|range|40|50|"},	/* a pair is no rate's figure; a numbered toilet block */
	{"zh", "晚上20时至次日8时禁止通行。", "晚上20时至次日8时||time|time|range|||T20:00/T08:00"},
	{"zh", "2024年的三成", "2024年||date|date|eq|||2024\n三成|30|percent|percent|eq|25|35|2024"},
	{"zh", "家庭用水量减少一至两成。", "一至两成|10|percent|percent|range|10|20|"},	/* 一 in the unit of 两成: 10, no change to 20 */
	{"zh", "村民人均收入五年增长了40%。", "五年|5|year|duration|eq|4.5|5.5|\n40%|40|percent|percent|eq|35|45|"},	/* a span after 人均收入: when, no rate */
	{"zh", "增长5%至10%", "5%至10%|5|percent|percent|range|5|10|"},
	{"en", "It opens at about 2 a.m.", "about 2 a.m.||time|time|approx|||T02:00"},
	{"en", "Tuition will rise to $9,535 from September 2027.", "$9,535|9535|USD|money|eq|9534.5|9535.5|2027-09\nSeptember 2027||date|date|eq|||2027-09"},
	{"zh", "景区实行一票通，门票300元", "300元|300|CNY|money|eq|250|350|"},
	{"en", "The attack began at 12:01 AM.", "12:01 AM||time|time|eq|||T00:01"},
	{"en", "The flaw CVE-2026-41877 hit 2,000 firms.", "2,000 firms|2000|company|count|eq|1500|2500|"},
	{"en", "about 2.1 million U.S. workers", "about 2.1 million U.S. workers|2100000|person|count|approx|2000000|2200000|"},
	{"en", "Sales rose 29% from the first three months.", "29%|29|percent|percent|eq|28.5|29.5|"},
	{"zh", "每公斤仅2.45美元左右", "每公斤仅2.45美元左右|2.45|USD/kg|rate|approx|2.44|2.46|"},
	{"en", "Sales were 3 million five years ago.", "3 million|3000000||number|eq|2500000|3500000|2019\nfive years ago||date|date|eq|||2019"},
	{"zh", "比两年前提高两成", "两年前||date|date|eq|||2022\n两成|20|percent|percent|eq|15|25|"},
	{"zh", "2025-10-20 19:42:15 来源：新华网", "2025-10-20||date|date|eq|||2025-10-20\n19:42:15||time|time|eq|||T19:42"},
	{"zh", "7日通票售价300元", "7日|7|day|duration|eq|6.5|7.5|\n300元|300|CNY|money|eq|250|350|"},
	{"zh", "3日内完成", "3日内|3|day|duration|le||3|"},
	{"zh", "台风预计11日前后登陆", "11日前后||date|date|approx|||2024-07-11"},
	{"en", "The bank expects inflation to ease to 2.1% by the fourth quarter.", "2.1%|2.1|percent|percent|eq|2.05|2.15|2024-10/2024-12"},
	{"en", "at least 190 commercial fishermen", "at least 190 commercial fishermen|190|person|count|ge|190||"},
	{"en", "Prices rise by about $330 to roughly $1,375.", "about $330|330|USD|money|approx|320|340|\nroughly $1,375|1375|USD|money|approx|1374|1376|"},
	{"zh", "未来2至3年内完成", "2至3年内|2|year|duration|range|2|3|"},
	{"zh", "第十届音乐节", ""},
	{"en", "Prices may not fall below $6,000 a ton before 2026.", "below $6,000 a ton|6000|USD/t|rate|lt||6000|2026\n2026||date|date|eq|||2026"},	/* before a date: no year before */
	{"en", "Nurses earn about $80,000 a year before overtime.", "about $80,000 a year|80000|USD/year|rate|approx|70000|90000|"},
	{"en", "Contractors charge up to £12 a metre.", "up to £12 a metre|12|GBP/m|rate|le||12|"},
	{"en", "Rooms cost $200 a night.", "$200 a night|200|USD/night|rate|eq|150|250|"},
	{"en", "It costs $23 per linear foot.", "$23 per linear foot|23|USD/ft|rate|eq|22.5|23.5|"},
	{"en", "He grew a foot.", ""},
	{"en", "Costs fell from 31,000 pounds a year before it was shut down.",
	 "31,000 pounds a year|31000|GBP/year|rate|eq|30500|31500|"},
	{"en", "She practised up to six hours a day before the tour.", "up to six hours a day|6|hour/day|rate|le||6|"},
	{"en", "It had 300 visitors a year before.", "300 visitors|300|person|count|eq|250|350|2023"},	/* no rate: a year back, as a year earlier */
	{"en", "It will run four extra buses every 15 minutes before and after games.",
	 "four extra buses|4|item|count|eq|3.5|4.5|\n15 minutes|15|minute|duration|eq|14.5|15.5|"},
	{"zh", "每月能省下1000多元", "每月能省下1000多元|1000|CNY/month|rate|gt|1000|2000|"},
	{"zh", "每盎司1至2美分", "每盎司1至2美分|0.01|USD/ounce|rate|range|0.01|0.02|"},
	{"en", "Workers put 5% into 401(k) plans.", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "about 132 per 100,000 workers", "about 132 per 100,000 workers|0.00132|item/person|rate|approx|0.00131|0.00133|"},
	{"en", "The ship had 14 crew.", "14 crew|14|person|count|eq|13.5|14.5|"},
	{"en", "Petty Officer 2nd Class John", ""},
	{"zh", "最高可处15日拘留", "最高可处15日|15|day|duration|le||15|"},
	{"zh", "18便士", "18便士|0.18|GBP|money|eq|0.175|0.185|"},
	{"zh", "5场比赛", "5场|5|item|count|eq|4.5|5.5|"},
	{"en", "They won a 17% wage increase over four years.", "17%|17|percent|percent|eq|16.5|17.5|\nfour years|4|year|duration|eq|3.5|4.5|"},
	{"en", "Fishermen landed 180,000 pounds of crab.", "180,000 pounds|180000|lb|measure|eq|175000|185000|"},
	{"en", "Each visit provides 45 pounds of groceries.", "45 pounds|45|lb|measure|eq|44.5|45.5|"},	/* groceries, nitrogen, carbon dioxide: weighed too */
	{"en", "The firm bought 2 million pounds of emissions allowances.", "2 million pounds|2000000|GBP|money|eq|1500000|2500000|"},	/* (emissions allowances are bought with money) */
	{"en", "It used about 18,500 kilowatt hours.", "about 18,500 kilowatt hours|18500|kWh|measure|approx|18400|18600|"},
	{"en", "It produced 3 terawatt hours.", "3 terawatt hours|3|TWh|measure|eq|2.5|3.5|"},
	{"en", "Nurses worked 12 overtime hours.", "12 overtime hours|12|hour|duration|eq|11.5|12.5|"},
	{"en", "The hatchery raised roughly 35 million pounds of trout.", "roughly 35 million pounds|35000000|lb|measure|approx|34000000|36000000|"},
	{"en", "It collected 12,000 pounds of scrap metal.", "12,000 pounds|12000|lb|measure|eq|11500|12500|"},
	{"en", "It raised 5 million pounds of investment.", "5 million pounds|5000000|GBP|money|eq|4500000|5500000|"},
	{"en", "a bull weighing 1,375 pounds", "1,375 pounds|1375|lb|measure|eq|1374.5|1375.5|"},
	{"en", "It got 2 billion pounds of investment.", "2 billion pounds|2000000000|GBP|money|eq|1500000000|2500000000|"},
	{"en", "It wrote 2.8 billion pounds of bulk annuity business.", "2.8 billion pounds|2800000000|GBP|money|eq|2750000000|2850000000|"},
	{"zh", "产量不足中国的六成", "六成|60|percent|percent|lt||60|"},
	{"zh", "面积不到全国的一半", "一半|0.5|fraction|ratio|lt||0.5|"},
	{"en", "Bids are open up to 11 February, it said.", "11 February||date|date|eq|||2024-02-11"},
	{"en", "The sale ends on 6 February.", "6 February||date|date|eq|||2024-02-06"},
	{"en", "Call +31 10 252 1010 or +44 20 7946 0958.", ""},
	{"en", "One homeless person died.", ""},
	{"zh", "请拨打4008-123-123咨询，或拨打110报警", ""},
	{"zh", "每人补贴标准在200元至500元之间", "每人补贴标准在200元至500元|200|CNY/person|rate|range|200|500|"},
	{"zh", "每生产1吨碳酸锂需要消耗9吨锂辉石", "9吨|9|t|measure|eq|8.5|9.5|"},
	{"zh", "上月15日发布", "上月15日||date|date|eq|||2024-06-15"},
	{"en", "The empire lasted 2000 years.", "2000 years|2000|year|duration|eq|1500|2500|"},
	{"en", "In 2020 a year of lockdowns began.", "2020||date|date|eq|||2020"},
	{"en", "$2 million to families over 10 years", "$2 million|2000000|USD|money|eq|1500000|2500000|\nover 10 years|10|year|duration|gt|10||"},	/* over after to: more than */
	{"en", "$2 million to families over 10 years ago", "$2 million|2000000|USD|money|eq|1500000|2500000|\n10 years ago||date|date|eq|||2014"},	/* ago: a date */
	{"en", "raised the price of the new phone by $50 to $499.99", "$50|50|USD|money|eq|45|55|\n$499.99|499.99|USD|money|eq|499.985|499.995|"},
	{"zh", "以3对1击败对手", ""},
	{"zh", "今天是3号", "3号||date|date|eq|||2024-07-03"},
	{"zh", "超过一半的3000名员工", "超过一半|0.5|fraction|ratio|gt|0.5||\n3000名|3000|person|count|eq|2500|3500|"},
	{"zh", "最近有3人离职", "3人|3|person|count|eq|2.5|3.5|"},
	{"zh", "高于２０１０年水平", "２０１０年||date|date|eq|||2010"},
	{"en", "a 1.2-acre plaza", "1.2-acre|1.2|acre|measure|eq|1.15|1.25|"},
	{"en", "Talks run 2 to 4 February.", "2 to 4 February||date|date|range|||2024-02-02/2024-02-04"},
	{"en", "5 more people", "5 more people|5|person|count|eq|4.5|5.5|"},
	{"zh", "每孩每年发放3600元", "每年发放3600元|3600|CNY/year|rate|eq|3550|3650|"},
	{"en", "About one in 1,000 children", "About one in 1,000|0.001|fraction|ratio|approx|0.0009|0.0011|"},
	{"en", "up to about 89.77 million", "up to about 89.77 million|89770000||number|le||89770000|"},
	{"zh", "服务热线12122", ""},
	{"zh", "约为五年前的3倍", "约为五年前||date|date|approx|||2019\n3倍|3|times|ratio|approx|2|4|"},
	{"zh", "第十四个五年规划", ""},
	{"zh", "第二生产基地", ""},
	{"en", "children under age 5", "under age 5|5|year|age|lt||5|"},
	{"en", "About one in five drivers is older than 65.", "About one in five|0.2|fraction|ratio|approx|0.18|0.22|\nolder than 65|65|year|age|gt|65||"},
	{"en", "children younger than 5", "younger than 5|5|year|age|lt||5|"},
	{"en", "A pint costs about $1 more than two years ago.", "about $1|1|USD|money|approx|0|2|\ntwo years ago||date|date|eq|||2022"},	/* a date, the base of a comparison (than): no bound, no period */
	{"en", "The hospital has 450-bed wards and a 120-room wing.", "450-bed|450|item|count|eq|445|455|\n120-room|120|item|count|eq|115|125|"},
	{"en", "Sales rose. In January, the count found 1,842 people, up from 1,616 a year earlier.", "January||date|date|eq|||2024-01\n1,842 people|1842|person|count|eq|1841.5|1842.5|2024-01\n1,616|1616|person|count|eq|1615.5|1616.5|2023-01"},
	{"en", "In January, 1,842 people were counted, up from 1,616 a year earlier.", "January||date|date|eq|||2024-01\n1,842 people|1842|person|count|eq|1841.5|1842.5|2024-01\n1,616|1616|person|count|eq|1615.5|1616.5|2023-01"},	/* the date before the compared figure */
	{"en", "Some more than 80 years old came.", "more than 80 years old|80|year|age|gt|80||"},	/* some: a determiner */
	{"en", "It brought in $412.6 million in external research funding in the 2024 fiscal year, up 9% from $378.5 million a year earlier.", "$412.6 million|412600000|USD|money|eq|412550000|412650000|2024\n2024||date|date|eq|||2024\n9%|9|percent|percent|eq|8.5|9.5|2024\n$378.5 million|378500000|USD|money|eq|378450000|378550000|2023"},	/* words between the figure and its date */
	{"en", "The margin widened to 3.42% from 3.28% in the second quarter.", "3.42%|3.42|percent|percent|eq|3.415|3.425|\n3.28%|3.28|percent|percent|eq|3.275|3.285|2024-04/2024-06"},	/* the date after the base is its alone */
	{"en", "The odds are one in 1,000.", "one in 1,000|0.001|fraction|ratio|eq|0.001|0.001|"},	/* a full stop after the digits */
	{"en", "The jackpot has topped $1 billion four times.", "$1 billion|1000000000|USD|money|gt|1000000000||\nfour times|4|occurrence|count|eq|3.5|4.5|"},
	{"en", "Volunteers ranging in age from 4 to 52 took part.", "4 to 52|4|year|age|range|4|53|"},	/* ranging: a range, no change */
	{"en", "Prices ranging from $5 to $10.", "$5 to $10|5|USD|money|range|5|10|"},
	{"en", "The tree is older than 40 years.", "older than 40 years|40|year|duration|gt|40||"},	/* a unit: no age */
	{"en", "Scrap fetched roughly $850 per metric ton.", "roughly $850 per metric ton|850|USD/t|rate|approx|840|860|"},
	{"en", "One gallon of milk costs $4.", "One gallon|1|gal|measure|eq|0.5|1.5|\n$4|4|USD|money|eq|3.5|4.5|"},
	{"en", "Output fell to less than a third of its 2007 level last year.", "less than a third|0.333333333333333|fraction|ratio|lt||0.333333333333333|2023\n2007||date|date|eq|||2007"},	/* the year of the base is no period */
	{"en", "The lease sold for about half of what developers paid in 2022.", "about half|0.5|fraction|ratio|approx|0.45|0.55|\n2022||date|date|eq|||2022"},	/* of what: a clause of the base */
	{"en", "Ridership is about 88% of its 2019 level; buses are back to 92% of 2019 levels, while rail lags at 81%.", "about 88%|88|percent|percent|approx|87|89|\n2019||date|date|eq|||2019\n92%|92|percent|percent|eq|91.5|92.5|\n2019||date|date|eq|||2019\n81%|81|percent|percent|eq|80.5|81.5|"},	/* of (its) a date and a level: a base */
	{"en", "Forecasts suggest a further rise of 0.5 to 1 metre.", "0.5 to 1 metre|0.5|m|distance|range|0.5|1|"},	/* a singular unit */
	{"en", "(1940 GMT Monday)", "1940 GMT||time|time|eq|||T19:40"},
	{"zh", "每车公里0.45元", "每车公里0.45元|0.45|CNY/km|rate|eq|0.445|0.455|"},
	{"zh", "时速350公里", "时速350公里|350|km/h|measure|eq|345|355|"},
	{"zh", "列车最高时速达到350公里", "350公里|350|km/h|measure|eq|345|355|"},	/* 时速 in the text only right before the figure */
	{"zh", "时速约120公里", "时速约120公里|120|km/h|measure|approx|110|130|"},
	{"zh", "试验时速达450公里", "450公里|450|km/h|measure|eq|445|455|"},
	{"zh", "60个自然日", "60个自然日|60|day|duration|eq|55|65|"},
	{"zh", "不宜超过收入的1%", "1%|1|percent|percent|le||1|"},
	{"zh", "不低于销售额的28%", "28%|28|percent|percent|ge|28||"},
	{"zh", "最高限额为500万元", "最高限额为500万元|5000000|CNY|money|le||5000000|"},
	{"en", "a 90,000 gross tons ship", "90,000 gross tons|90000|GT|measure|eq|85000|95000|"},
	{"en", "levels of 5% or below", "5% or below|5|percent|percent|le||5|"},
	{"en", "2.5 times", "2.5 times|2.5|times|ratio|eq|2.45|2.55|"},
	{"en", "a 10 times increase", "10 times|10|times|ratio|eq|5|15|"},
	{"en", "15-20 mln dlrs", "15-20 mln dlrs|15000000|USD|money|range|15000000|20000000|"},
	{"en", "340 to 350", "340 to 350|340||number|range|340|350|"},
	{"en", "rose from 100 to 200 people", "100|100|person|count|eq|50|150|\n"
					   "200 people|200|person|count|eq|150|250|"},	/* a change: the first in the unit of the second */
	{"en", "11-1/2", "11-1/2|11.5||number|eq|11.25|11.75|"},
	{"en", "1/8", "1/8|0.125|fraction|ratio|eq|0.125|0.125|"},
	{"en", "5 per cent", "5 per cent|5|percent|percent|eq|4.5|5.5|"},
	{"en", "2 percentage points", "2 percentage points|2|point|percent|eq|1.5|2.5|"},
	{"en", "twenty-five people", "twenty-five people|25|person|count|eq|24.5|25.5|"},
	{"en", "firefighters answered 28,412 call-outs", "28,412 call-outs|28412|item|count|eq|28411.5|28412.5|"},
	{"zh", "将举办第27届博览会", ""},
	{"en", "($1 = 153.7 yen)", "$1 = 153.7 yen|153.7|JPY/USD|rate|eq|153.65|153.75|"},
	{"en", "Its forecast assumes 148 yen per dollar.", "148 yen per dollar|148|JPY/USD|rate|eq|147.5|148.5|"},
	{"en", "Founded in 2011, the firm now employs 146 people.", "2011||date|date|eq|||2011\n146 people|146|person|count|eq|145.5|146.5|2024-07-23"},
	{"en", "Sales rose 11% in June and now make up 44% of the total.", "11%|11|percent|percent|eq|10.5|11.5|2024-06\nJune||date|date|eq|||2024-06\n44%|44|percent|percent|eq|43.5|44.5|2024-07-23"},
	{"en", "For 2023, Acme now sees growth of 4% to 6%.", "2023||date|date|eq|||2023\n4% to 6%|4|percent|percent|range|4|6|2023"},
	{"en", "Sales fell for eight straight years.", "eight straight years|8|year|duration|eq|7.5|8.5|"},
	{"en", "a 1,200 sq ft flat", "1,200 sq ft|1200|sqft|measure|eq|1150|1250|"},
	{"en", "a million Welsh speakers", "a million Welsh speakers|1000000|item|count|eq|500000|1500000|"},
	{"en", "Refunds take 5-7 working days.", "5-7 working days|5|day|duration|range|5|7|"},
	{"en", "a 2.5 million-pound round", "2.5 million-pound|2500000|GBP|money|eq|2450000|2550000|"},
	{"en", "a 40-million-pound contract", "40-million-pound|40000000|GBP|money|eq|35000000|45000000|"},
	{"en", "The charity number 1034771, registered in 2001", "2001||date|date|eq|||2001"},
	{"en", "Each van emits 4.8 tonnes of CO2 a year.", "4.8 tonnes of CO2 a year|4.8|t/year|rate|eq|4.75|4.85|"},
	{"en", "Pedalpost doubles revenue; it could halve losses.", "doubles|2|times|ratio|eq|2|2|\nhalve|0.5|fraction|ratio|eq|0.5|0.5|"},
	{"en", "The charity has 34 full-time staff.", "34 full-time staff|34|person|count|eq|33.5|34.5|"},
	{"en", "people aged over 60", "over 60|60|year|age|gt|60||"},
	{"en", "Pork sold for 49p a kilogram.", "49p a kilogram|0.49|GBP/kg|rate|eq|0.485|0.495|"},
	{"en", "Emissions fell to their lowest in three decades.", "three decades|30|year|duration|eq|25|35|"},
	{"en", "It took half a century to build.", "half a century|50|year|duration|eq|45|55|"},
	{"en", "He waited half an hour.", "half an hour|0.5|hour|duration|eq|0.45|0.55|"},
	{"en", "Half a dozen firms bid.", "Half a dozen firms|6|company|count|eq|5.5|6.5|"},
	{"en", "She bought half a kilogram of rice.", "half a kilogram|0.5|kg|measure|eq|0.45|0.55|"},
	{"en", "The plot is 1 acre.", "1 acre|1|acre|measure|eq|0.5|1.5|"},
	{"en", "Its 2.5-kg pouch sells well.", "2.5-kg|2.5|kg|measure|eq|2.45|2.55|"},
	{"en", "a 5-km run", "5-km|5|km|distance|eq|4.5|5.5|"},
	{"en", "The fee will go up to $45.", "$45|45|USD|money|eq|44.5|45.5|"},
	{"en", "It costs up to $45.", "up to $45|45|USD|money|le||45|"},
	{"en", "A lane for up to six people costs $50.", "up to six people|6|person|count|le||6|\n$50|50|USD|money|eq|45|55|"},
	{"en", "About 40 drivers under 25 were fined.", "About 40 drivers|40|person|count|approx|30|50|\nunder 25|25|year|age|lt||25|"},
	{"en", "People over 65 pay $2.", "over 65|65|year|age|gt|65||\n$2|2|USD|money|eq|1.5|2.5|"},
	{"en", "Drivers under 25 mph are safe.", "under 25 mph|25|mph|measure|lt||25|"},
	{"en", "Most buyers are in their 20s and 30s.", "20s|20|year|age|eq|20|30|\n30s|30|year|age|eq|30|40|"},
	{"en", "Tea now costs £2.40, and a crab sandwich £8.95.", "£2.40|2.4|GBP|money|eq|2.395|2.405|2024-07-23\n£8.95|8.95|GBP|money|eq|8.945|8.955|2024-07-23"},
	{"en", "Founded in 1958, it now employs 23 people, with online orders making up 70% of sales.",
	       "1958||date|date|eq|||1958\n23 people|23|person|count|eq|22.5|23.5|2024-07-23\n70%|70|percent|percent|eq|65|75|2024-07-23"},
	{"en", "Call 911 now, 911 calls rose 12%.", "12%|12|percent|percent|eq|11.5|12.5|"},
	{"en", "There were 27 serious crane incidents.", "27 serious crane incidents|27|item|count|eq|26.5|27.5|"},
	{"en", "The tank is bigger than the one it replaces.", ""},
	{"zh", "一位来自杭州的顾客说。", ""},
	{"zh", "小区新装了一组快递柜，他买了一盒豆奶。", ""},
	{"zh", "未来两三年内完成。", "两三年内|2|year|duration|range|2|3|"},
	{"en", "They eat 30 pounds of crab a day.", "30 pounds of crab a day|30|lb/day|rate|eq|25|35|"},
	{"en", "about 40 cargo-heavy departures a week", "about 40 cargo-heavy departures a week|40|item/week|rate|approx|30|50|"},
	{"en", "nearly twice as many", "nearly twice|2|times|ratio|nearly|1|2|"},
	{"en", "Buses run twice an hour.", "twice an hour|2|occurrence/hour|rate|eq|1.5|2.5|"},
	{"en", "They meet two or three times a year.", "two or three times a year|2|occurrence/year|rate|range|2|3|"},
	{"en", "The price had risen by 9 pence to 1.87 pounds.", "9 pence|0.09|GBP|money|eq|0.085|0.095|\n1.87 pounds|1.87|GBP|money|eq|1.865|1.875|"},
	{"en", "Premiums have risen 15% to 20%.", "15% to 20%|15|percent|percent|range|15|20|"},
	{"zh", "价格从15元到380元不等。", "15元到380元|15|CNY|money|range|15|380|"},
	{"zh", "其中一棵树龄约3300年。", "约3300年|3300|year|duration|approx|3200|3400|"},
	{"zh", "今年共种植52万株左右，其中3000棵左右为银杏。", "52万株左右|520000|item|count|approx|510000|530000|2024\n3000棵左右|3000|item|count|approx|2000|4000|2024"},
	{"zh", "价格从15元涨到380元。", "15元|15|CNY|money|eq|14.5|15.5|\n380元|380|CNY|money|eq|375|385|"},
	{"en", "It is due to open on 14 February next year.", "14 February next year||date|date|eq|||2025-02-14"},
	{"en", "It plans 20 stores by the end of next year.", "20 stores|20|item|count|eq|15|25|2025-12"},
	{"en", "It had 20 stores at the end of last year.", "20 stores|20|item|count|eq|15|25|2023-12"},
	{"en", "a 25,000-euro grant", "25,000-euro|25000|EUR|money|eq|24500|25500|"},
	{"en", "The video was viewed 4.7 million times.", "4.7 million times|4700000|occurrence|count|eq|4650000|4750000|"},
	{"en", "It won £1.9 million ($2.5 million) over three years.", "£1.9 million|1900000|GBP|money|eq|1850000|1950000|\n$2.5 million|2500000|USD|money|eq|2450000|2550000|\nthree years|3|year|duration|eq|2.5|3.5|"},
	{"en", "It won up to $3.5 million in job-development grants over 10 years.", "up to $3.5 million|3500000|USD|money|le||3500000|\n10 years|10|year|duration|eq|5|15|"},
	{"en", "It holds up to 12 regional dressage competitions a year.", "up to 12 regional dressage competitions a year|12|item/year|rate|le||12|"},
	{"en", "It delivers to 170 million addresses six days a week.", "170 million addresses|170000000|item|count|eq|165000000|175000000|\nsix days a week|6|day/week|rate|eq|5.5|6.5|"},
	{"en", "They buy about 18 tonnes of Welsh wool a year.", "about 18 tonnes of Welsh wool a year|18|t/year|rate|approx|17|19|"},
	{"en", "The crash closed U.S. 421 for hours.", ""},
	{"zh", "年产量万吨以上的不足20家。", "不足20家|20|company|count|lt||20|"},
	{"zh", "年产能由原来的8000吨提高至2万吨。", "8000吨|8000|t/year|rate|eq|7500|8500|\n2万吨|20000|t/year|rate|eq|15000|25000|"},
	{"zh", "咨询电话：0754-8812-3456，第二批名单公布。", ""},
	{"en", "The fee will rise to 1,280 pounds on Aug. 1.", "1,280 pounds|1280|GBP|money|eq|1275|1285|2024-08-01\nAug. 1||date|date|eq|||2024-08-01"},
	{"en", "It was the 1,000th visitor.", "1,000th|1000|rank|rank|eq|1000|1000|"},
	{"en", "Call 01597 826000 for details.", ""},
	{"zh", "编号No. 4417的货车。", ""},
	{"zh", "每公斤原材料价格约合人民币320元。", "每公斤原材料价格约合人民币320元|320|CNY/kg|rate|approx|310|330|"},
	{"zh", "仍不足2023年同期的三分之一。", "2023年||date|date|eq|||2023\n三分之一|0.333333333333333|fraction|ratio|lt||0.333333333333333|"},
	{"en", "Children 12 and under ride free.", "12 and under|12|year|age|le||13|"},
	{"en", "Prices of 12 and under.", "12 and under|12||number|le||12|"},
	{"en", "It costs £66 a month over five years.", "£66 a month|66|GBP/month|rate|eq|65.5|66.5|\nfive years|5|year|duration|eq|4.5|5.5|"},
	{"en", "Sales were down nearly 8% from a peak in 2019.", "nearly 8%|8|percent|percent|nearly|7|8|\n2019||date|date|eq|||2019"},
	{"zh", "每罐300元上下，每头牛补贴500元。", "每罐300元上下|300|CNY/item|rate|approx|200|400|\n每头牛补贴500元|500|CNY/item|rate|eq|450|550|"},
	{"en", "It costs 30 pounds a day.", "30 pounds a day|30|GBP/day|rate|eq|25|35|"},
	{"en", "($1 = 84.35 Indian rupees)", "$1 = 84.35 Indian rupees|84.35|INR/USD|rate|eq|84.345|84.355|"},
	{"zh", "每户补贴标准由去年的1200元提高至1500元。", "每户补贴标准由去年的1200元|1200|CNY/household|rate|eq|1150|1250|2023\n1500元|1500|CNY/household|rate|eq|1450|1550|"},	/* a year between a rate's base and its figure */
	{"zh", "每单快递费已从去年的4.5元降至今年的2.8元。", "每单快递费已从去年的4.5元|4.5|CNY/item|rate|eq|4.45|4.55|2023\n2.8元|2.8|CNY/item|rate|eq|2.75|2.85|2024"},
	{"en", "It paid $4.2 million for a \"rapid assessment\" area that opened in March.", "$4.2 million|4200000|USD|money|eq|4150000|4250000|2024-03\nMarch||date|date|eq|||2024-03"},	/* quoted words: no clause break */
	{"en", "It paid $4.2 million for a \u201Crapid\u201D area that opened in March.", "$4.2 million|4200000|USD|money|eq|4150000|4250000|2024-03\nMarch||date|date|eq|||2024-03"},
	{"en", "It paid $4.2 million, \"the sum we had,\" in March.", "$4.2 million|4200000|USD|money|eq|4150000|4250000|\nMarch||date|date|eq|||2024-03"},	/* speech: a break */
	{"en", "She expects to harvest about 95,000 pounds of blueberries from the farm's 38 acres this year.", "about 95,000 pounds|95000|lb|measure|approx|94000|96000|2024\n38 acres|38|acre|measure|eq|37.5|38.5|2024"},	/* from a source, no base */
	{"en", "Sales rose to $5 million from $4 million last year.", "$5 million|5000000|USD|money|eq|4500000|5500000|\n$4 million|4000000|USD|money|eq|3500000|4500000|2023"},
	{"en", "Farms covered 67,000 acres in 2022, compared with 82,000 acres a decade earlier.", "67,000 acres|67000|acre|measure|eq|66500|67500|2022\n2022||date|date|eq|||2022\n82,000 acres|82000|acre|measure|eq|81500|82500|2012"},	/* counted from the figure compared */
	{"en", "The city spent about $2.3 million last year, nearly three times the amount in 2020.", "about $2.3 million|2300000|USD|money|approx|2200000|2400000|2023\nnearly three times|3|times|ratio|nearly|2|3|2023\n2020||date|date|eq|||2020"},	/* the base's date */
	{"en", "Fewer than half of the penalties issued in 2023 were paid.", "Fewer than half|0.5|fraction|ratio|lt||0.5|2023\n2023||date|date|eq|||2023"},
	{"en", "Sales were about 15% above the same week last year.", "about 15%|15|percent|percent|approx|14|16|"},	/* the base is no period */
	{"en", "The pilot diverted 42 tons of waste in its first six months.", "42 tons|42|t|measure|eq|41.5|42.5|\nsix months|6|month|duration|eq|5.5|6.5|"},	/* its: no half of a year, a span of its own */
	{"en", "It earned $3 million in its second half. It sold 40 tons in the first six months.", "$3 million|3000000|USD|money|eq|2500000|3500000|\n40 tons|40|t|measure|eq|35|45|2024-01/2024-06"},	/* (no half, no span) */
	{"en", "Prices rose 5% last July, and 3% last May.", "5%|5|percent|percent|eq|4.5|5.5|2023-07\nJuly||date|date|eq|||2023-07\n3%|3|percent|percent|eq|2.5|3.5|2024-05\nMay||date|date|eq|||2024-05"},	/* last July in July: last year's */
	{"zh", "平均月薪为8350元，较2024届的7980元增长4.6%。", "8350元|8350|CNY|money|eq|8345|8355|\n2024届||date|date|eq|||2024\n7980元|7980|CNY|money|eq|7975|7985|2024\n4.6%|4.6|percent|percent|eq|4.55|4.65|"},	/* the class of a year dates the base */
	{"zh", "学校发布《2025届毕业生就业质量年度报告》。", "2025届||date|date|eq|||2025"},	/* a class year in a title */
	{"en", "Warehouses hold 40% less fruit than at this time last year.", "40%|40|percent|percent|eq|35|45|"},	/* the base's time, no period of the change */
	{"en", "The student-to-faculty ratio is 18 to 1, compared with 16 to 1 in 2015.", "18 to 1|18|times|ratio|eq|17.5|18.5|\n16 to 1|16|times|ratio|eq|15.5|16.5|2015\n2015||date|date|eq|||2015"},
	{"en", "In rural districts the ratio can run as high as 60 to 1.", "as high as 60 to 1|60|times|ratio|le||60|"},	/* an auxiliary and a verb of reaching after ratio; as high as its top */
	{"en", "Sales rose 12%, compared with 10 to 11 percent in 2015.", "12%|12|percent|percent|eq|11.5|12.5|\n10 to 11 percent|10|percent|percent|range|10|11|2015\n2015||date|date|eq|||2015"},
	{"zh", "其中最大一家企业的份额为45%。每人最多一次。", "45%|45|percent|percent|eq|44.5|45.5|\n每人最多一次|1|occurrence/person|rate|le||1|"},	/* 最大 before an article: the largest one */
	{"en", "The coaches have met more than 600 people since last July.", "more than 600 people|600|person|count|gt|600||2023-07/2024-07-23\nJuly||date|date|eq|||2023-07/2024-07-23"},
	{"en", "That is roughly 40% more than the authority spent on fuel in 2021.", "roughly 40%|40|percent|percent|approx|30|50|\n2021||date|date|eq|||2021"},	/* the base's date */
	{"en", "Herds fell to 24,800 in 2023, roughly half the total in 2007.", "24,800|24800||number|eq|24750|24850|2023\n2023||date|date|eq|||2023\nroughly half|0.5|fraction|ratio|approx|0.45|0.55|2023\n2007||date|date|eq|||2007"},	/* the base's date after the fraction */
	{"en", "The price is 12% below the $24.30 paid in April 2022.", "12%|12|percent|percent|eq|11.5|12.5|\n$24.30|24.3|USD|money|eq|24.295|24.305|2022-04\nApril 2022||date|date|eq|||2022-04"},
	{"en", "The schedule will be released in August.", "August||date|date|eq|||2024-08"},	/* be released: to come */
	{"en", "Visitation climbed 38% since 2019, the year the parks counted 10.3 million visitors.", "38%|38|percent|percent|eq|37.5|38.5|2019/2024-07-23\n2019||date|date|eq|||2019/2024-07-23\n10.3 million visitors|10300000|person|count|eq|10250000|10350000|2019"},	/* ", the year" likewise */
	{"en", "It is the first increase since 2019, when the toll rose from $2.50 to $2.75.", "2019||date|date|eq|||2019/2024-07-23\n$2.50|2.5|USD|money|eq|2.495|2.505|2019\n$2.75|2.75|USD|money|eq|2.745|2.755|2019"},	/* a record's date dates its when-clause */
	{"en", "Visitation has climbed 38% since 2019, when the parks counted 10.3 million visitors.", "38%|38|percent|percent|eq|37.5|38.5|2019/2024-07-23\n2019||date|date|eq|||2019/2024-07-23\n10.3 million visitors|10300000|person|count|eq|10250000|10350000|2019"},	/* ", when" after a since: that year's */
	{"en", "The park drew 3.9 million visitors in 2024, up 6% from 2023 and the most since the park was created in 1931.", "3.9 million visitors|3900000|person|count|eq|3850000|3950000|2024\n2024||date|date|eq|||2024\n6%|6|percent|percent|eq|5.5|6.5|2024\n2023||date|date|eq|||2023\n1931||date|date|eq|||1931"},	/* a date in a since clause dates no figure before it */
	{"en", "Net income for the quarter ended Nov. 30 was $219.1 million, up from $28.9 million a year earlier.", "Nov. 30||date|date|eq|||2023-11-30\n$219.1 million|219100000|USD|money|eq|219050000|219150000|2023-11-30\n$28.9 million|28900000|USD|money|eq|28850000|28950000|2022-11-30"},	/* a year before the date of the figure compared, a few words after it */
	{"en", "It spent $1.2 million on e-books and audiobooks in the year that ended June 30, up 18% from $1,017,000 a year earlier.", "$1.2 million|1200000|USD|money|eq|1150000|1250000|2024-06-30\nJune 30||date|date|eq|||2024-06-30\n18%|18|percent|percent|eq|17.5|18.5|2024-06-30\n$1,017,000|1017000|USD|money|eq|1016500|1017500|2023-06-30"},	/* the date of the figure compared, later in its clause */
	{"en", "Attendance rose 7.4% from last year, when the team drew 383,900, and 400,000 came in 2021.", "7.4%|7.4|percent|percent|eq|7.35|7.45|\n383,900|383900||number|eq|383850|383950|2023\n400,000|400000||number|eq|350000|450000|2021\n2021||date|date|eq|||2021"},	/* and after a base's date: that year's, and no more */
	{"en", "Sales fell 3% from 2022, when the plant made 5,000 cars.", "3%|3|percent|percent|eq|2.5|3.5|\n2022||date|date|eq|||2022\n5,000 cars|5000|item|count|eq|4500|5500|2022"},
	{"en", "Sales were 20% higher than a year earlier in March.", "20%|20|percent|percent|eq|15|25|2024-03\nMarch||date|date|eq|||2024-03"},	/* guard: "than a year earlier" opens no base of March */
	{"en", "Half the students in 2024 passed.", "Half|0.5|fraction|ratio|eq|0.5|0.5|2024\n2024||date|date|eq|||2024"},	/* guard: no comma before the fraction */
	{"en", "The census data, to be released next month, show 12% growth.", "12%|12|percent|percent|eq|11.5|12.5|"},	/* guard: next month dates the release */
	{"en", "The council approved cutting the speed limit 35 to 25 on Main Street.", "35|35||number|eq|34.5|35.5|\n25|25||number|eq|24.5|25.5|"},	/* guard: a change, no vote */
	{"en", "Through September, the county had spent $2.9 million.", "September||date|date|eq|||2023-09\n$2.9 million|2900000|USD|money|eq|2850000|2950000|2023-09"},	/* the clause goes on past the comma: had spent */
	{"en", "Through September, prices will stay at $5.", "September||date|date|eq|||2024-09\n$5|5|USD|money|eq|4.5|5.5|2024-09"},
	{"en", "A fare now averages $189, nearly double what it was five years ago.", "$189|189|USD|money|eq|188.5|189.5|2024-07-23\nnearly double|2|times|ratio|nearly|1|2|\nfive years ago||date|date|eq|||2019"},	/* the date of what the multiple is of */
	{"en", "Repairs from last month's ice storm will cost about $48 million.", "about $48 million|48000000|USD|money|approx|47000000|49000000|2024-06"},	/* from a noun of a date: no base */
	{"en", "Sales rose 5% from last year's level.", "5%|5|percent|percent|eq|4.5|5.5|"},	/* (from after a figure: the base) */
	{"en", "Exports reached $48 million last year, double the 2015 level.", "$48 million|48000000|USD|money|eq|47500000|48500000|2023\ndouble|2|times|ratio|eq|2|2|2023\n2015||date|date|eq|||2015"},	/* a multiple's base after a comma */
	{"en", "That was down from $265,000 in 2023, when 402 claims were approved.", "$265,000|265000|USD|money|eq|264500|265500|2023\n2023||date|date|eq|||2023\n402 claims|402|item|count|eq|401.5|402.5|2023"},	/* a base's date and its when-clause */
	{"zh", "每接待1名游客，可带动销售约150元。", "约150元|150|CNY|money|approx|140|160|"},	/* the base of a per-unit figure: no row */
	{"zh", "每加工1吨核桃，可带动农户增收约800元。", "约800元|800|CNY|money|approx|700|900|"},
	{"zh", "积水出现在3个路口。", "3个|3|item|count|eq|2.5|3.5|"},	/* 出现在: appears at, no now */
	{"zh", "目前，镇上年轻人约1.9万人。", "约1.9万人|19000|person|count|approx|18000|20000|2024-07-23"},	/* 上年 inside 年轻: no last year */
	{"en", "Gas costs 20 cents above the national average today.", "20 cents|0.2|USD|money|eq|0.15|0.25|2024-07-23"},	/* (a date with no in after a than-base: the figure's) */
	{"en", "Hours will be longer from May through September.", "May through September||date|date|range|||2024-05/2024-09"},	/* months under way: this year's */
	{"en", "The system will return from May 24 to Oct. 13.", "May 24 to Oct. 13||date|date|range|||2025-05-24/2025-10-13"},	/* (a day gone by starts again next year) */
	{"en", "Rents are nearly $90 less than their peak in mid-2023.", "nearly $90|90|USD|money|nearly|80|90|\n2023||date|date|eq|||2023"},	/* the date of the base */
	{"en", "Enrollment is nearly 12% below the peak of 211,900 in fall 2010.", "nearly 12%|12|percent|percent|nearly|11|12|\n211,900|211900||number|eq|211850|211950|2010\n2010||date|date|eq|||2010"},	/* the base's figure and season between */
	{"zh", "今年前3季度，全市销售额达12亿元。", "12亿元|1200000000|CNY|money|eq|1150000000|1250000000|2024-01/2024-09"},	/* a part of the year in figures */
	{"zh", "每亩保额由去年的3000元提高到4000元，每亩保费为120元。", "每亩保额由去年的3000元|3000|CNY/mu|rate|eq|2500|3500|2023\n4000元|4000|CNY/mu|rate|eq|3500|4500|\n每亩保费为120元|120|CNY/mu|rate|eq|115|125|"},	/* 去年 after 由 in a rate's words: that rate's date alone */
	{"zh", "这一价格较2022年11月近60万元的高点下跌了约87%。", "2022年11月||date|date|eq|||2022-11\n近60万元|600000|CNY|money|nearly|500000|600000|2022-11\n约87%|87|percent|percent|approx|86|88|"},	/* a base's figure right after its date, then 的 */
	{"zh", "收入比2020年翻一番。", "2020年||date|date|eq|||2020\n翻一番|2|times|ratio|eq|2|2|"},	/* (a multiple right after the date: not the base's) */
	{"zh", "投诉由2021年的320起降至去年的85起。", "2021年||date|date|eq|||2021\n320起|320|case|count|eq|315|325|2021\n85起|85|case|count|eq|84.5|85.5|2023"},
	{"zh", "该厂2027年4月投产，同年10月扩产。", "2027年4月||date|date|eq|||2027-04\n10月||date|date|eq|||2027-10"},
	{"en", "It was cut by 4.5 million pounds, or 11%, over three years.", "4.5 million pounds|4500000|GBP|money|eq|4450000|4550000|\n11%|11|percent|percent|eq|10.5|11.5|\nthree years|3|year|duration|eq|2.5|3.5|"},
	{"zh", "人民币每升值1%，利润减少2%。", "1%|1|percent|percent|eq|0.5|1.5|\n2%|2|percent|percent|eq|1.5|2.5|"},
	{"zh", "每升售价8元。", "每升售价8元|8|CNY/L|rate|eq|7.5|8.5|"},
	{"zh", "每吨收购价却跌了近四成。", "近四成|40|percent|percent|nearly|30|40|"},
	{"zh", "补贴上限为3万元。", "上限为3万元|30000|CNY|money|le||30000|"},
	{"zh", "每天免费使用时长上限为4小时。", "每天免费使用时长上限为4小时|4|hour/day|rate|le||4|"},
	/* so much in one span, a verb between: a rate (but a pair of numerals is a range, no rate) */
	{"zh", "一天最多捡2万枚。", "一天最多捡2万枚|20000|item/day|rate|le||20000|"},
	{"zh", "一天最多成交500辆。", "一天最多成交500辆|500|item/day|rate|le||500|"},
	{"zh", "一名熟练采茶工一天最多能采鲜叶4斤左右。", "一天最多能采鲜叶4斤左右|4|jin/day|rate|le||4|"},	/* a verb of picking and its noun */
	{"zh", "一年能挣10万元左右。", "一年能挣10万元左右|100000|CNY/year|rate|approx|0|200000|"},
	{"zh", "他一天工作12小时。", "一天工作12小时|12|hour/day|rate|eq|11.5|12.5|"},
	{"zh", "合作社一年卖出农产品超3000万元。", "一年卖出农产品超3000万元|30000000|CNY/year|rate|gt|30000000||"},	/* the noun sold between */
	{"zh", "一斤只能卖120元。", "一斤只能卖120元|120|CNY/jin|rate|eq|115|125|"},
	{"zh", "一斤卖80元，一公斤能卖不到300元，一斤半。", "一斤卖80元|80|CNY/jin|rate|eq|75|85|\n一公斤能卖不到300元|300|CNY/kg|rate|lt||300|\n一斤半|1.5|jin|measure|eq|1.25|1.75|"},	/* a price of one weight, with a verb of selling */
	{"zh", "一个月能挣七八千元。", "一个月|1|month|duration|eq|0.5|1.5|\n七八千元|7000|CNY|money|range|7000|8000|"},
	{"zh", "每月能挣七八千元。", "七八千元|7000|CNY|money|range|7000|8000|"},
	{"zh", "用了一年时间建成3座桥。", "一年|1|year|duration|eq|0.5|1.5|\n3座|3|item|count|eq|2.5|3.5|"},
	{"zh", "最多可容纳500人。", "最多可容纳500人|500|person|count|le||500|"},
	{"zh", "违者最高罚款5万元。", "最高罚款5万元|50000|CNY|money|le||50000|"},
	{"zh", "单户最高可贷50万元。", "最高可贷50万元|500000|CNY|money|le||500000|"},
	/* a deadline is to come (pub 2024-07-23) */
	{"zh", "申报截止时间为9月30日。", "9月30日||date|date|eq|||2024-09-30"},
	{"zh", "截至9月30日，已有300户申报。", "9月30日||date|date|eq|||2023-09-30\n300户|300|household|count|eq|250|350|2023-09-30"},
	{"zh", "这一带梯道平均坡度超过30度。", "超过30度|30|deg|measure|gt|30||"},
	{"zh", "最高气温达40度。", "40度|40|degC|temperature|eq|35|45|"},
	/* a share of a noun phrase with 的 (what is done each day) is no rate */
	{"zh", "每天饮奶的比例不足四成。", "不足四成|40|percent|percent|lt||40|"},
	{"zh", "公司每年将营收的3%左右投入研发。", "3%左右|3|percent|percent|approx|2|4|"},
	{"zh", "每年增长约三成。", "每年增长约三成|30|percent/year|rate|approx|20|40|"},
	{"zh", "每年可节省物流和中间环节成本300万元至400万元。", "每年可节省物流和中间环节成本300万元至400万元|3000000|CNY/year|rate|range|3000000|4000000|"},
	{"en", "a hole 4m by 3m", "4m|4|m|distance|eq|3.5|4.5|\n3m|3|m|distance|eq|2.5|3.5|"},
	{"en", "revenue of 4m by 2025", "4m|4000000||number|eq|3500000|4500000|2025\n2025||date|date|eq|||2025"},
	{"en", "Prices are 30% below their 2011 peak.", "30%|30|percent|percent|eq|25|35|\n2011||date|date|eq|||2011"},
	{"en", "There were 22% fewer than in fiscal 2019.", "22%|22|percent|percent|eq|21.5|22.5|\n2019||date|date|eq|||2019"},
	{"en", "They ship about 35 tonnes of PVC scrap a month.", "about 35 tonnes of PVC scrap a month|35|t/month|rate|approx|34|36|"},
	{"en", "140-gram records in a 10-tonne truck", "140-gram|140|g|measure|eq|135|145|\n10-tonne|10|t|measure|eq|5|15|"},
	{"en", "Founded in 2011, it now has revenue of 9.8 million pounds ($13.1 million).", "2011||date|date|eq|||2011\n9.8 million pounds|9800000|GBP|money|eq|9750000|9850000|2024-07-23\n$13.1 million|13100000|USD|money|eq|13050000|13150000|2024-07-23"},
	{"en", "a thousand people", "a thousand people|1000|person|count|eq|500|1500|"},
	{"en", "several hundred a day", "several hundred a day||item/day|rate|vague|200|900|"},
	{"en", "hundreds of dollars a month", "hundreds of dollars a month||USD/month|rate|vague|200|900|"},
	{"zh", "每天数百人", "每天数百人||person/day|rate|vague|200|900|"},
	{"en", "Fourteen people were hurt.", "Fourteen people|14|person|count|eq|13.5|14.5|"},	/* step 1, not 10 */
	{"en", "Eleven shops closed.", "Eleven shops|11|item|count|eq|10.5|11.5|"},
	{"en", "three hundred and five people", "three hundred and five people|305|person|count|eq|304.5|305.5|"},
	{"en", "hundreds of people", "hundreds of people||person|count|vague|200|900|"},
	{"en", "two to three days", "two to three days|2|day|duration|range|2|3|"},
	{"en", "within 60 or 90 days", "within 60|60|day|duration|le||60|\n90 days|90|day|duration|le||90|"},
	{"en", "July 23, 2024", "July 23, 2024||date|date|eq|||2024-07-23"},
	{"en", "23 July 2024", "23 July 2024||date|date|eq|||2024-07-23"},
	{"en", "in June", "June||date|date|eq|||2024-06"},
	{"en", "May this year", "May this year||date|date|eq|||2024-05"},
	{"en", "you may 5", "5|5||number|eq|4.5|5.5|"},	/* may is no month */
	{"en", "11 pm", "11 pm||time|time|eq|||T23:00"},
	{"en", "10:30", "10:30||time|time|eq|||T10:30"},
	{"en", "In 2022, sales rose.", "2022||date|date|eq|||2022"},
	{"en", "Shi Qi, 25, moved", "25|25|year|age|eq|25|26|"},
	{"en", "one person a week", "one person a week|1|person/week|rate|eq|0.5|1.5|"},
	{"en", "at least once every six months",
	 "at least once every six months|0.166666666666667|occurrence/month|rate|ge|0.166666666666667||"},
	{"en", "ranked No. 1, the 2nd, a top-30 school", "No. 1|1|rank|rank|eq|1|1|\n2nd|2|rank|rank|eq|2|2|\n"
						     "top-30|30|rank|rank|eq|30|30|"},
	{"en", "GPT-4, A100, H-1B, Boeing 747 and COVID-19", ""},
	{"en", "one of the first", ""},
	{"en", "one in five homes", "one in five|0.2|fraction|ratio|eq|0.2|0.2|"},
	{"en", "About 1 in every 5 gallons is lost.", "About 1 in every 5|0.2|fraction|ratio|approx|0.18|0.22|"},	/* "every" between */
	{"en", "Of those asked, 45 out of 50 agreed.", "45 out of 50|0.9|fraction|ratio|eq|0.9|0.9|"},
	{"en", "In all, 1,200 out of 3,000 homes lost power.", "1,200 out of 3,000|0.4|fraction|ratio|eq|0.4|0.4|"},
	/* scores state no quantity: no row, and no half of one */
	{"en", "won 3-1", ""},
	{"en", "the Dodgers beat the Toronto Blue Jays 6-1 in Game 5", ""},
	{"en", "taking a 2-3 lead; the Senate voted 52-48.", ""},
	{"en", "Ohtani went 2-for-4", ""},
	{"en", "The budget passed by a vote of 1,412 to 968.", ""},	/* a vote: no quantity */
	{"en", "The board voted 5 to 4 to approve it; the plan passed, 7 to 2, on Monday.", ""},
	{"en", "Voters approved a $142.6 million budget for the 2025-26 school year on Tuesday, 1,904 to 1,577.",
	 "$142.6 million|142600000|USD|money|eq|142550000|142650000|2025/2026\n2025-26||date|date|range|||2025/2026"},	/* a vote after a long object and a comma */
	{"en", "A pass for a family of four costs $225. The report, No. 2025-14, is due. Oysters on the half shell.", "$225|225|USD|money|eq|224.5|225.5|"},	/* no rows: a verb, an identifier, a set phrase */
	{"en", "Growers get 85 cents an oyster, up from 70 cents.", "85 cents an oyster|0.85|USD/item|rate|eq|0.845|0.855|\n70 cents|0.7|USD/item|rate|eq|0.65|0.75|"},
	{"en", "Voters approved the bond, 1,904 to 1,577. The vote was 1,904-1,577.", ""},
	{"en", "The board approved the increase 7 to 2 on a Monday.", ""},	/* a vote after its object, no comma */	/* a vote after its object; a downward pair with thousands */
	{"en", "The board approved new classes, 3 to 5. Prices were 1,000-1,200.", "3 to 5|3||number|range|3|5|\n1,000-1,200|1000||number|range|1000|1200|"},	/* upwards: a range */
	{"en", "The board approved 3 to 5 new schools.", "3 to 5 new schools|3|item|count|range|3|5|"},	/* a range after the verb */
	{"en", "a 1-3 range, 15-20 mln dlrs",
	       "1-3|1||number|range|1|3|\n15-20 mln dlrs|15000000|USD|money|range|15000000|20000000|"},
	{"zh", "中国队以3比2击败日本队", ""},
	{"zh", "一项调查显示，一名飞手说", ""},
	{"zh", "事故造成一人死亡，约一名", "一人|1|person|count|eq|0.5|1.5|\n约一名|1|person|count|approx|0|2|"},
	{"zh", "开通航线250条，完成超过77万架次", "250条|250|item|count|eq|245|255|\n"
	       "超过77万架次|770000|flight|count|gt|770000||"},
	{"zh", "地铁3号线沿线，95后程序员", ""},
	{"zh", "全国约有1.2万所中小学", "约有1.2万所|12000|item|count|approx|11000|13000|"},
	{"en", "It cost A$22.7 billion, up to C$4 billion",
	       "A$22.7 billion|22700000000|AUD|money|eq|22650000000|22750000000|\n"
	       "up to C$4 billion|4000000000|CAD|money|le||4000000000|"},
	{"en", "It was 5% above the 1961-1990 average.", "5%|5|percent|percent|eq|4.5|5.5|\n1961-1990||date|date|range|||1961/1990"},
	{"en", "Sales rose from 2020 to 2024 by 5%.", "2020 to 2024||date|date|range|||2020/2024\n5%|5|percent|percent|eq|4.5|5.5|2020/2024"},
	{"en", "About one-quarter named it", "About one-quarter|0.25|fraction|ratio|approx|0.225|0.275|"},
	{"en", "In a June survey, 49% agreed", "June||date|date|eq|||2024-06\n49%|49|percent|percent|eq|48.5|49.5|2024-06"},
	{"zh", "公司需提前3个月申报", "3个月|3|month|duration|eq|2.5|3.5|"},
	{"zh", "新建改建国道300公里", "300公里|300|km|distance|eq|250|350|"},
	{"zh", "每股收益约0.5元", "每股收益约0.5元|0.5|CNY/share|rate|approx|0.4|0.6|"},
	{"en", "up from $4 billion a year earlier", "$4 billion|4000000000|USD|money|eq|3500000000|4500000000|2023"},
	{"en", "it lost 10-15 percent and won 20-30 seats",
	       "10-15 percent|10|percent|percent|range|10|15|\n20-30 seats|20|seat|count|range|20|30|"},
	{"en", "On March 10 and 14 people were hurt.",
	       "March 10||date|date|eq|||2024-03-10\n14 people|14|person|count|eq|13.5|14.5|2024-03-10"},
	{"en", "From 2024, the company hired 500 workers.",
	       "2024||date|date|eq|||2024\n500 workers|500|person|count|eq|450|550|2024"},
	{"en", "2,000 patients over 60 years", "2,000 patients|2000|person|count|eq|1500|2500|\nover 60 years|60|year|duration|gt|60||"},
	{"zh", "气温达到40摄氏度以上，零下3℃", "40摄氏度以上|40|degC|temperature|ge|40||\n零下3℃|-3|degC|temperature|eq|-3.5|-2.5|"},
	{"en", "lows of -5°C and 1.51 degrees Celsius, 98 °F",
	       "-5°C|-5|degC|temperature|eq|-5.5|-4.5|\n1.51 degrees Celsius|1.51|degC|temperature|eq|1.505|1.515|\n"
	       "98 °F|98|degF|temperature|eq|97.5|98.5|"},
	{"en", "a 2-3°C rise", "2-3°C|2|degC|temperature|range|2|3|"},
	{"zh", "增长百分之三点五，三点五亿元", "百分之三点五|3.5|percent|percent|eq|3.45|3.55|\n"
	       "三点五亿元|350000000|CNY|money|eq|345000000|355000000|"},
	{"zh", "自然增长率为负千分之零点九八", "负千分之零点九八|-0.098|percent|percent|eq|-0.0985|-0.0975|"},
	{"zh", "60岁及以上人口", "60岁及以上|60|year|age|ge|60||"},
	{"zh", "每千名新生儿中，台风19号", ""},
	{"zh", "2025年末全国人口140690万人", "2025年末||date|date|eq|||2025-12\n"
	       "140690万人|1406900000|person|count|eq|1406850000|1406950000|2025-12"},
	{"en", "at the end of 2022, growth of -0.5%", "end of 2022||date|date|eq|||2022-12\n-0.5%|-0.5|percent|percent|eq|-0.55|-0.45|2022-12"},
	{"zh", "用户数突破4亿", "突破4亿|400000000||number|gt|400000000||"},
	{"en", "the three-year-old startup", "three-year-old|3|year|age|eq|3|4|"},
	{"en", "Nine in ten supporters", "Nine in ten|0.9|fraction|ratio|eq|0.9|0.9|"},
	{"en", "in January and February", "January||date|date|eq|||2024-01\nFebruary||date|date|eq|||2024-02"},
	{"zh", "平均寿命79.3岁", "79.3岁|79.3|year|age|eq|79.25|79.35|"},	/* a tenth: no whole year */
	{"en", "a 62,850-seat stadium", "62,850-seat|62850|seat|count|eq|62845|62855|"},
	{"zh", "结果将于9月上旬公布", "9月上旬||date|date|eq|||2024-09"},
	{"en", "The Fed will meet in December.", "December||date|date|eq|||2024-12"},
	{"en", "Sales rose 5% in December.", "5%|5|percent|percent|eq|4.5|5.5|2023-12\nDecember||date|date|eq|||2023-12"},
	{"en", "cuts by December", "December||date|date|eq|||2024-12"},
	{"en", "1,012 likely voters", "1,012 likely voters|1012|person|count|eq|1011.5|1012.5|"},
	{"en", "nearly 50 investors representing various funds", "nearly 50 investors|50|person|count|nearly|40|50|"},
	{"zh", "用电量约为1100亿千瓦时，20千克", "约为1100亿千瓦时|110000000000|kWh|measure|approx|100000000000|120000000000|\n"
	       "20千克|20|kg|measure|eq|15|25|"},
	{"zh", "出口约占汽车出口总量的三成", "三成|30|percent|percent|approx|20|40|"},
	{"zh", "2023年前11个月，装机约为680吉瓦", "2023年前11个月||date|date|range|||2023-01/2023-11\n"
	       "约为680吉瓦|680|GW|measure|approx|670|690|2023-01/2023-11"},
	{"zh", "2023年上半年利润10亿元", "2023年||date|date|eq|||2023-01/2023-06\n10亿元|1000000000|CNY|money|eq|500000000|1500000000|2023-01/2023-06"},
	{"zh", "产量达5900多万吨。", "5900多万吨|59000000|t|measure|gt|59000000|60000000|"},
	{"zh", "300多亿元", "300多亿元|30000000000|CNY|money|gt|30000000000|40000000000|"},
	{"zh", "三四十万元", "三四十万元|300000|CNY|money|range|300000|400000|"},
	{"zh", "三四百名", "三四百名|300|person|count|range|300|400|"},
	{"en", "In the first half of 2023, sales rose 5%.", "2023||date|date|eq|||2023-01/2023-06\n5%|5|percent|percent|eq|4.5|5.5|2023-01/2023-06"},
	{"en", "Spending topped $1 trillion", "$1 trillion|1000000000000|USD|money|gt|1000000000000||"},
	{"en", "said Maya MacGuineas, 57, of the group", "57|57|year|age|eq|57|58|"},
	{"en", "buildings with five units or more", "five units or more|5|item|count|ge|5||"},
	{"en", "about 7.5 gigawatts and 440.2 million tonnes", "about 7.5 gigawatts|7.5|GW|measure|approx|7.4|7.6|\n"
	       "440.2 million tonnes|440200000|t|measure|eq|440150000|440250000|"},
	{"en", "roughly 750,000 furloughed federal employees", "roughly 750,000 furloughed federal employees|750000|person|count|approx|740000|760000|"},
	{"en", "a 30-year fixed mortgage", ""},
	{"en", "Dividends rose 2.4 cents to 17.9 cents", "2.4 cents|0.024|USD|money|eq|0.0235|0.0245|\n17.9 cents|0.179|USD|money|eq|0.1785|0.1795|"},
	{"en", "passengers top 41 million", "41 million|41000000||number|eq|40500000|41500000|"},
	{"en", "395.4 offenses per 100,000 residents", "395.4 offenses per 100,000 residents|0.003954|item/person|rate|eq|0.0039535|0.0039545|"},
	{"en", "in the October-December period", "October-December||date|date|range|||2023-10/2023-12"},
	{"en", "about 150,000 GPUs", "about 150,000 GPUs|150000|item|count|approx|140000|160000|"},
	{"zh", "分别上升6.1个和5.4个百分点", "6.1个|6.1|point|percent|eq|6.05|6.15|\n5.4个百分点|5.4|point|percent|eq|5.35|5.45|"},
	{"zh", "电影《星河守望者3》位列前五名", "前五名|5|rank|rank|eq|5|5|"},
	{"zh", "按照《拉链产业高质量发展三年行动方案》，到2028年，产值突破250亿元。",
	 "2028年||date|date|eq|||2028\n突破250亿元|25000000000|CNY|money|gt|25000000000||2028"},
	{"zh", "《2024年政府工作报告》提出，增长5%左右。", "2024年||date|date|eq|||2024\n5%左右|5|percent|percent|approx|4|6|2024"},
	{"zh", "集装箱吞吐量突破3500万标准箱", "突破3500万标准箱|35000000|TEU|count|gt|35000000||"},
	{"en", "It raises pay by 18% over four years.", "18%|18|percent|percent|eq|17.5|18.5|\nfour years|4|year|duration|eq|3.5|4.5|"},
	{"zh", "连续两个季度增长", "两个季度|2|quarter|duration|eq|1.5|2.5|"},
	{"en", "in the past four quarters", "four quarters|4|quarter|duration|eq|3.5|4.5|"},
	{"en", "between 150 and 200 people", "150 and 200 people|150|person|count|range|150|200|"},
	{"en", "around 340 to 350 jobs", "around 340 to 350 jobs|340|person|count|range|340|350|"},
	{"en", "two children", "two children|2|item|count|eq|1.5|2.5|"},
	{"en", "in 2022 sales rose", "2022||date|date|eq|||2022"},
	{"zh", "2024年度报告", "2024年度||date|date|eq|||2024"},	/* 年度 is the calendar year */
	{"zh", "1美元兑7.1元人民币", "1美元兑7.1元人民币|7.1|CNY/USD|rate|eq|7.05|7.15|"},
	{"zh", "汇率约为1美元兑7.12元。", "约为1美元兑7.12元|7.12|CNY/USD|rate|approx|7.11|7.13|"},
	{"zh", "投入不少于10亿元", "不少于10亿元|1000000000|CNY|money|ge|1000000000||"},
	{"zh", "不超过5亿元", "不超过5亿元|500000000|CNY|money|le||500000000|"},
	{"zh", "节省1个多小时", "1个多小时|1|hour|duration|gt|1|2|"},
	{"zh", "每股亏损0.35元", "每股亏损0.35元|0.35|CNY/share|rate|eq|0.345|0.355|"},
	{"zh", "去年四季度营收为1.2亿元", "1.2亿元|120000000|CNY|money|eq|115000000|125000000|2023-10/2023-12"},
	{"en", "not less than 3%", "not less than 3%|3|percent|percent|ge|3||"},
	{"en", "a quarter-point cut", "a quarter-point|0.25|point|percent|eq|0.25|0.25|"},
	{"en", "to lift 737 MAX output", ""},
	{"en", "between March 10 and 14, 2024", "March 10 and 14, 2024||date|date|range|||2024-03-10/2024-03-14"},
	{"en", "met on April 28-29", "April 28-29||date|date|range|||2024-04-28/2024-04-29"},
	{"en", "GDP grew 1.8% in the fourth quarter.", "1.8%|1.8|percent|percent|eq|1.75|1.85|2023-10/2023-12"},
	{"en", "the 10-year Treasury yield", ""},
	{"en", "in the 1990s", "1990s||date|date|eq|||1990/1999"},
	{"zh", "上世纪80年代，这里是工厂。", "上世纪80年代||date|date|eq|||1980/1989"},
	{"zh", "上世纪二十年代", "上世纪二十年代||date|date|eq|||1920/1929"},
	{"zh", "八十年代的老厂房", "八十年代||date|date|eq|||1980/1989"},
	{"zh", "本世纪20年代", "本世纪20年代||date|date|eq|||2020/2029"},
	{"zh", "磁带不会回到90年代的巅峰", "90年代||date|date|eq|||1990/1999"},
	{"en", "in the 2023-24 school year", "2023-24||date|date|range|||2023/2024"},
	{"en", "about one in four parents", "about one in four|0.25|fraction|ratio|approx|0.225|0.275|"},
	{"zh", "员工较去年底增加约10万人", "约10万人|100000|person|count|approx|0|200000|"},
	{"zh", "去年底余额为5万亿元", "5万亿元|5000000000000|CNY|money|eq|4500000000000|5500000000000|2023-12"},
	{"zh", "与去年相比增长5%", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "Sales rose 5% from a year earlier to $3 billion.",
	       "5%|5|percent|percent|eq|4.5|5.5|\n$3 billion|3000000000|USD|money|eq|2500000000|3500000000|"},
	{"en", "In 2023, sales were $5 billion compared with $3 billion in 2022.",
	       "2023||date|date|eq|||2023\n$5 billion|5000000000|USD|money|eq|4500000000|5500000000|2023\n"
	       "$3 billion|3000000000|USD|money|eq|2500000000|3500000000|2022\n2022||date|date|eq|||2022"},
	/* over a duration right after a figure is "during"; a date is no bound */
	{"en", "to spend $10 billion over five years",
	       "$10 billion|10000000000|USD|money|eq|5000000000|15000000000|\n"
	       "five years|5|year|duration|eq|4.5|5.5|"},
	{"en", "for over five years", "over five years|5|year|duration|gt|5||"},
	{"en", "Traffic was 1% above 2024 levels.",
	       "1%|1|percent|percent|eq|0.5|1.5|\n2024||date|date|eq|||2024"},
	/* a date in the figure's own clause wins over one in the clause before */
	{"en", "Inflation was 3% in September, while unemployment rose to 4.3% in August.",
	       "3%|3|percent|percent|eq|2.5|3.5|2023-09\nSeptember||date|date|eq|||2023-09\n"
	       "4.3%|4.3|percent|percent|eq|4.25|4.35|2023-08\nAugust||date|date|eq|||2023-08"},
	{"en", "3M and the first half", ""},
	/* an amount per share, barrel, person is a rate */
	{"en", "42 cents a share", "42 cents a share|0.42|USD/share|rate|eq|0.415|0.425|"},
	{"en", "EPS of $7.14 per share", "$7.14 per share|7.14|USD/share|rate|eq|7.135|7.145|"},
	{"en", "oil at $80 a barrel", "$80 a barrel|80|USD/barrel|rate|eq|75|85|"},
	{"en", "builds 38 jets a month", "38 jets a month|38|item/month|rate|eq|37.5|38.5|"},
	{"en", "builds 38 Boeing 737 jets a month", "38|38||number|eq|37.5|38.5|"},
	{"zh", "每桶80美元", "每桶80美元|80|USD/barrel|rate|eq|75|85|"},
	{"zh", "每公斤35元至40元", "每公斤35元至40元|35|CNY/kg|rate|range|35|40|"},
	{"en", "15 cents to 35 cents a share", "15 cents to 35 cents a share|0.15|USD/share|rate|range|0.15|0.35|"},
	{"zh", "一个半小时", "一个半小时|1.5|hour|duration|eq|1.25|1.75|"},
	{"zh", "三个半月", "三个半月|3.5|month|duration|eq|3.25|3.75|"},
	{"zh", "两年半后", "两年半|2.5|year|duration|eq|2.25|2.75|"},
	{"zh", "5公里半程", "5公里|5|km|distance|eq|4.5|5.5|"},
	{"en", "two and a half years", "two and a half years|2.5|year|duration|eq|2.25|2.75|"},
	{"en", "2½ years", "2½ years|2.5|year|duration|eq|2.25|2.75|"},
	{"zh", "身高168cm", "168cm|168|cm|distance|eq|167.5|168.5|"},
	{"zh", "12千米", "12千米|12|km|distance|eq|11.5|12.5|"},
	{"zh", "屏幕为6.1英寸。", "6.1英寸|6.1|in|distance|eq|6.05|6.15|"},
	{"zh", "晚上8点半开始。", "晚上8点半||time|time|eq|||T20:30"},
	{"zh", "2023年Q3营收增长5%。", "2023年||date|date|eq|||2023-07/2023-09\n5%|5|percent|percent|eq|4.5|5.5|2023-07/2023-09"},
	{"zh", "猪肉价格为25元/公斤。", "25元/公斤|25|CNY/kg|rate|eq|24.5|25.5|"},
	{"zh", "月租3000元/月", "3000元/月|3000|CNY/month|rate|eq|2500|3500|"},
	{"zh", "电费0.56元/度", "0.56元/度|0.56|CNY/kWh|rate|eq|0.555|0.565|"},
	{"zh", "PM2.5平均浓度为30微克/立方米", "30微克/立方米|30|ug/m3|rate|eq|25|35|"},
	{"zh", "近五年来，累计投入资金", "近五年来|5|year|duration|eq|4.5|5.5|"},
	{"zh", "100多人来到现场", "100多人|100|person|count|gt|100|200|"},
	{"zh", "车程约1小时20分钟。", "约1小时20分钟|1.33333333333333|hour|duration|approx|1.16666666666667|1.5|"},
	{"zh", "渔获量约占全国的四分之一。", "四分之一|0.25|fraction|ratio|approx|0.225|0.275|"},
	{"zh", "铁路运费约为公路的八分之一。", "八分之一|0.125|fraction|ratio|approx|0.1125|0.1375|"},
	{"zh", "销量约为去年的一半。", "一半|0.5|fraction|ratio|approx|0.45|0.55|"},
	{"zh", "根据《渔业法》第三十条规定", ""},
	{"zh", "与上一次调查相比", ""},
	{"zh", "发生6级以上地震", "6级以上|6|level|measure|ge|6||"},
	{"zh", "每户最高4万元。", "每户最高4万元|40000|CNY/household|rate|le||40000|"},
	{"zh", "震中位于北纬23.35度、东经101.62度。", ""},
	{"en", "It cost 1,800 Australian dollars.", "1,800 Australian dollars|1800|AUD|money|eq|1750|1850|"},
	{"en", "Sales rose more than fivefold.", "more than fivefold|5|times|ratio|gt|5||"},
	{"en", "\"We are ready,\" said Dana Whitfield, 52.", "52|52|year|age|eq|52|53|"},
	{"en", "Expo 2025 drew crowds.", ""},
	{"en", "Call 0800 138 7777 or (212) 555-0100 for help.", ""},
	{"zh", "咨询电话010-12345678，热线400-810-8888。", ""},
	{"zh", "沪铜主力合约15日收报", "15日||date|date|eq|||2024-07-15"},
	{"zh", "該合約15日到期", "15日||date|date|eq|||2024-07-15"},
	{"zh", "30多年来首次", "30多年来|30|year|duration|gt|30|40|"},
	{"zh", "公司Q30车型销量增长5%。", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"zh", "二级市场", ""},
	{"zh", "商品打八折出售。", "八折|80|percent|percent|eq|75|85|"},
	{"zh", "门票打八五折。", "八五折|85|percent|percent|eq|84.5|85.5|"},
	/* degrees alone: a temperature after a word of one, with no scale
	 * (degree) unless a temperature before it in the sentence has one; an
	 * angle after a word of one; else things (two degrees) */
	{"en", "Temperatures fell to 28 degrees overnight.", "28 degrees|28|degree|temperature|eq|27.5|28.5|"},
	{"en", "The high hit about 101 degrees.", "about 101 degrees|101|degree|temperature|approx|100|102|"},
	{"en", "Highs reached 68 degrees Fahrenheit, about 7 degrees above average.",
	       "68 degrees Fahrenheit|68|degF|temperature|eq|67.5|68.5|\nabout 7 degrees|7|degF|temperature|approx|6|8|"},
	{"en", "It was 5 degrees warmer than normal.", "5 degrees|5|degree|temperature|eq|4.5|5.5|"},
	{"en", "Temperatures ranged from 28 to 35 degrees.", "28 to 35 degrees|28|degree|temperature|range|28|35|"},
	{"en", "The road turns 90 degrees.", "90 degrees|90|deg|measure|eq|85|95|"},
	{"en", "The slope is steeper than 30 degrees.", "30 degrees|30|deg|measure|eq|25|35|"},
	{"en", "It offers a 360-degree view.", "360-degree|360|deg|measure|eq|355|365|"},
	{"en", "She earned two degrees.", "two degrees|2|item|count|eq|1.5|2.5|"},
	{"en", "It was 20C on Monday. Highs hit 25 degrees on Tuesday.",
	       "20C|20|degC|temperature|eq|15|25|\n25 degrees|25|degree|temperature|eq|24.5|25.5|"},
	{"en", "Temperatures reached 41C (106F) in Seville.", "41C|41|degC|temperature|eq|40.5|41.5|\n106F|106|degF|temperature|eq|105.5|106.5|"},
	{"en", "lows of -5C overnight", "-5C|-5|degC|temperature|eq|-5.5|-4.5|"},
	{"en", "a Type 2C visa, Section 3C of the act", ""},
	{"en", "The plant, once it opens, will", ""},	/* once: a conjunction, no count */
	{"en", "ran aground 15 nautical miles off the coast", "15 nautical miles|15|nmi|distance|eq|14.5|15.5|"},
	{"zh", "距离海岸约12海里", "约12海里|12|nmi|distance|approx|11|13|"},
	{"zh", "平均每天接待游客近5万人次。", "每天接待游客近5万人次|50000|trip/day|rate|nearly|40000|50000|"},
	{"zh", "收购价连降21个月 内蒙古奶农", "21个月|21|month|duration|eq|20.5|21.5|"},	/* a space breaks a headline */
	{"zh", "21个月内", "21个月内|21|month|duration|le||21|"},
	{"zh", "拨打服务热线0510-12369，电话：0510-12369", ""},
	{"zh", "今年，占比由2022年的71%提高至96.5%。", "2022年||date|date|eq|||2022\n71%|71|percent|percent|eq|70.5|71.5|2022\n96.5%|96.5|percent|percent|eq|96.45|96.55|2024"},
	{"zh", "与2023年初的高点4.32元相比，累计跌幅超过27%。", "2023年||date|date|eq|||2023\n4.32元|4.32|CNY|money|eq|4.315|4.325|2023\n超过27%|27|percent|percent|gt|27||"},
	{"zh", "今年以来，销量增长5%。", "今年||date|date|eq|||2024/2024-07-23\n5%|5|percent|percent|eq|4.5|5.5|2024/2024-07-23"},
	{"zh", "每户平均3.8万元", "每户平均3.8万元|38000|CNY/household|rate|eq|37500|38500|"},
	{"zh", "每卖一吨亏损500元", "500元|500|CNY|money|eq|450|550|"},
	{"zh", "预计6月前后上市。", "6月前后||date|date|approx|||2025-06"},
	{"zh", "2026年至2028年间，投资约50亿元。", "2026年至2028年||date|date|range|||2026/2028\n约50亿元|5000000000|CNY|money|approx|4000000000|6000000000|2026/2028"},
	{"zh", "2026—2028年", "2026—2028年||date|date|range|||2026/2028"},
	{"zh", "每亩补贴200元", "每亩补贴200元|200|CNY/mu|rate|eq|150|250|"},
	{"zh", "每袋售价120元", "每袋售价120元|120|CNY/bag|rate|eq|115|125|"},
	{"zh", "前三季度全国居民人均可支配收入32509元。", "32509元|32509|CNY/person|rate|eq|32508.5|32509.5|2024-01/2024-09"},
	{"zh", "人均年消费猪肉约40公斤", "约40公斤|40|kg/person|rate|approx|30|50|"},
	{"zh", "户均3.8万元，年产30万吨，日产5000吨", "3.8万元|38000|CNY/household|rate|eq|37500|38500|\n30万吨|300000|t/year|rate|eq|250000|350000|\n5000吨|5000|t/day|rate|eq|4500|5500|"},
	{"zh", "人均GDP的6.3倍", "6.3倍|6.3|times|ratio|eq|6.25|6.35|"},
	{"zh", "银幕6412块，10块钱", "6412块|6412|item|count|eq|6411.5|6412.5|\n10块钱|10|CNY|money|eq|5|15|"},
	{"zh", "中国神华（601088.SH）股价上涨2%", "2%|2|percent|percent|eq|1.5|2.5|"},
	{"zh", "近5年，全国新增产能3亿吨。", "近5年|5|year|duration|eq|4.5|5.5|\n3亿吨|300000000|t|measure|eq|250000000|350000000|"},
	{"zh", "耗时近5年", "近5年|5|year|duration|nearly|4|5|"},
	{"zh", "每分钟收费0.8元至1.5元", "每分钟收费0.8元至1.5元|0.8|CNY/minute|rate|range|0.8|1.5|"},
	{"zh", "每回收1吨废旧电池，公司发布半年报", ""},
	{"zh", "约占一期产能的九成", "九成|90|percent|percent|approx|80|100|"},
	{"zh", "注册资本超过一期和二期的总和，第一期投资5亿元", "5亿元|500000000|CNY|money|eq|450000000|550000000|"},	/* phases: names */
	{"zh", "广东GDP首破14万亿元，票房破50亿元，她打破3项世界纪录", "破14万亿元|14000000000000|CNY|money|gt|14000000000000||\n破50亿元|5000000000|CNY|money|gt|5000000000||\n3项|3|item|count|eq|2.5|3.5|"},	/* 破: past, not 打破 */
	{"zh", "每天计划开行旅客列车14000列以上，较去年同期增加约800列", "每天计划开行旅客列车14000列以上|14000|item/day|rate|ge|14000||\n约800列|800|item/day|rate|approx|700|900|"},	/* a plan, then the verb of running */
	{"zh", "一条年产30万吨的生产线", "30万吨|300000|t/year|rate|eq|250000|350000|"},
	{"zh", "今年产量100万吨", "100万吨|1000000|t|measure|eq|500000|1500000|2024"},
	{"zh", "价格为近十年最低", "近十年|10|year|duration|eq|5|15|"},
	{"zh", "占比高达78%", "高达78%|78|percent|percent|eq|77.5|78.5|"},
	{"zh", "0号柴油和92号汽油价格每吨上调200元", "每吨上调200元|200|CNY/t|rate|eq|150|250|"},
	{"zh", "购买2级能效产品补贴15%，1级能效补贴20%，并启动三级应急响应。", "15%|15|percent|percent|eq|14.5|15.5|\n20%|20|percent|percent|eq|15|25|"},	/* grades of efficiency, of response: no figure */
	{"zh", "每天4班，小岛航线普遍“开一班亏一班”", "每天4班|4|item/day|rate|eq|3.5|4.5|"},
	{"zh", "2025年产业链产值突破1000亿元", "2025年||date|date|eq|||2025\n突破1000亿元|100000000000|CNY|money|gt|100000000000||2025"},
	{"zh", "每斤售价可达80元至120元", "每斤售价可达80元至120元|80|CNY/jin|rate|range|80|120|"},
	{"zh", "从2022年的412家增至如今的735家", "2022年||date|date|eq|||2022\n412家|412|company|count|eq|411.5|412.5|2022\n735家|735|company|count|eq|734.5|735.5|"},
	{"zh", "LPR下调约20个基点", "约20个基点|0.2|point|percent|approx|0.1|0.3|"},
	{"zh", "商品半价出售，最长6个月", "半价|0.5|fraction|ratio|eq|0.5|0.5|\n最长6个月|6|month|duration|le||6|"},
	{"zh", "今年年底，销量增长5%", "5%|5|percent|percent|eq|4.5|5.5|2024-12"},
	{"zh", "咨询热线：12316，投资者热线：400-882-6655。", ""},
	{"zh", "玉米2601合约收于每吨2200元", "每吨2200元|2200|CNY/t|rate|eq|2150|2250|"},
	{"zh", "不到全国的三分之一", "三分之一|0.333333333333333|fraction|ratio|lt||0.333333333333333|"},
	{"zh", "每年生产汽车30万辆", "每年生产汽车30万辆|300000|item/year|rate|eq|250000|350000|"},
	{"zh", "会员享九五折优惠。", "九五折|95|percent|percent|eq|94.5|95.5|"},
	{"zh", "最高气温达40度。", "40度|40|degC|temperature|eq|35|45|"},
	{"en", "Debt rose by $98 billion to $13.1 trillion.",
	       "$98 billion|98000000000|USD|money|eq|97500000000|98500000000|\n$13.1 trillion|13100000000000|USD|money|eq|13050000000000|13150000000000|"},
	{"en", "It must cut emissions by 60% to 70%.", "60% to 70%|60|percent|percent|range|60|70|"},
	{"en", "Loans 90 or more days past due rose.", "90 or more days|90|day|duration|ge|90||"},
	{"en", "A 12-inch screen.", "12-inch|12|in|distance|eq|11.5|12.5|"},
	{"en", "AI is a double-edged sword.", ""},
	{"en", "Half a million people fled.", "Half a million people|500000|person|count|eq|450000|550000|"},
	{"en", "A quarter of a million homes lost power.", "A quarter of a million homes|250000|item|count|eq|200000|300000|"},
	{"en", "Officials are next scheduled to meet on Sept. 17-18.", "Sept. 17-18||date|date|range|||2024-09-17/2024-09-18"},
	{"zh", "折合3亿元。", "3亿元|300000000|CNY|money|eq|250000000|350000000|"},
	{"zh", "跻身全国前十，排名前三。", "前十|10|rank|rank|eq|10|10|\n前三|3|rank|rank|eq|3|3|"},
	{"zh", "每10股派发现金红利5元。", "每10股派发现金红利5元|0.5|CNY/share|rate|eq|0.45|0.55|"},
	{"zh", "利差扩大160个百分点。", "160个百分点|160|point|percent|eq|155|165|"},
	{"zh", "价值100澳元，约合500瑞典克朗。", "100澳元|100|AUD|money|eq|50|150|\n约合500瑞典克朗|500|SEK|money|approx|400|600|"},
	{"en", "It raised 185 billion Swedish crowns.", "185 billion Swedish crowns|185000000000|SEK|money|eq|184500000000|185500000000|"},
	{"en", "It will last at least the next two weeks.", "at least the next two weeks|2|week|duration|ge|2||"},
	{"en", "It will buy back stock over the next 18 months.", "18 months|18|month|duration|eq|17.5|18.5|"},
	{"zh", "至少未来两周不会下雨。", "至少未来两周|2|week|duration|ge|2||"},
	{"en", "The deal is worth $6-$9 billion.", "$6-$9 billion|6000000000|USD|money|range|6000000000|9000000000|"},
	{"en", "Revenue came in down from $9.5 billion-$10.5 billion.",
	       "$9.5 billion-$10.5 billion|9500000000|USD|money|range|9500000000|10500000000|"},
	{"en", "Output grew in 2020-24.", "2020-24||date|date|range|||2020/2024"},
	{"en", "said Kim Sung-ho, 64, a trader.", "64|64|year|age|eq|64|65|"},
	{"zh", "5个半成品", "5个|5|item|count|eq|4.5|5.5|"},
	{"en", "Sales rose 5% and over 10% next year.", "5%|5|percent|percent|eq|4.5|5.5|2025\nover 10%|10|percent|percent|gt|10||2025"},
	{"en", "Sales doubled year on year.", "doubled|2|times|ratio|eq|2|2|"},
	{"en", "The number of visitors has quadrupled.", "quadrupled|4|times|ratio|eq|4|4|"},
	{"en", "Prices trebled.", "trebled|3|times|ratio|eq|3|3|"},
	{"en", "The plan would quadruple capacity.", "quadruple|4|times|ratio|eq|4|4|"},
	/* a multiple word after an article before a noun is a kind of thing */
	{"en", "She won the triple jump.", ""},
	{"en", "It took in 2,860 dogs in 2023, nearly twice as many as in 2021.",
	 "2,860 dogs|2860|item|count|eq|2855|2865|2023\n2023||date|date|eq|||2023\nnearly twice|2|times|ratio|nearly|1|2|2023\n2021||date|date|eq|||2021"},
	/* a minus before the first figure of a range of temperatures */
	{"en", "It works between minus 110 and 78 degrees Celsius.", "minus 110 and 78 degrees Celsius|-110|degC|temperature|range|-110|78|"},
	{"en", "It works between -5 and 10 °C.", "-5 and 10 °C|-5|degC|temperature|range|-5|10|"},
	/* the year of the base of a multiple is no period of it, but dates the base's figure */
	{"en", "Wagers will reach $24.6 billion in 2027, nearly three times the 2021 level.",
	 "$24.6 billion|24600000000|USD|money|eq|24550000000|24650000000|2027\n2027||date|date|eq|||2027\n"
	 "nearly three times|3|times|ratio|nearly|2|3|2027\n2021||date|date|eq|||2021"},
	{"en", "Fires burned 318,000 acres this year, more than double the 2023 total of 151,000 acres.",
	 "318,000 acres|318000|acre|measure|eq|317500|318500|2024\nmore than double|2|times|ratio|gt|2||2024\n"
	 "2023||date|date|eq|||2023\n151,000 acres|151000|acre|measure|eq|150500|151500|2023"},
	{"en", "Rooms were still below the 2019 level of 132,000.", "2019||date|date|eq|||2019\n132,000|132000||number|eq|131500|132500|2019"},
	{"en", "It reported first-half profit of $5 million.", "$5 million|5000000|USD|money|eq|4500000|5500000|2024-01/2024-06"},
	{"en", "Second-half sales rose 5%.", "5%|5|percent|percent|eq|4.5|5.5|2024-07/2024-12"},
	{"en", "It is a double standard.", ""},
	{"en", "The tax will triple the price.", "triple|3|times|ratio|eq|3|3|"},
	{"en", "H1N1 cases rose 5%.", "5%|5|percent|percent|eq|4.5|5.5|"},
	{"en", "guided $1 to 150 cents a share", "$1 to 150 cents a share|1|USD/share|rate|range|1|1.5|"},
	{"en", "guided 90 cents to $1.10 a share", "90 cents to $1.10 a share|0.9|USD/share|rate|range|0.9|1.1|"},
	{"zh", "每100克3元至5元", "每100克3元至5元|0.03|CNY/g|rate|range|0.03|0.05|"},
	/* 预约 is a verb, its 约 no "about"; 一枚 is "a" */
	{"zh", "每月最多可预约4次。", "每月最多可预约4次|4|occurrence/month|rate|le||4|"},
	{"zh", "每月最多可申请补贴500元。", "每月最多可申请补贴500元|500|CNY/month|rate|le||500|"},	/* 可申请 and 补贴: two light verbs */
	{"zh", "出口均价为每公斤3.86美元，较去年同期的4.2美元下降约8%。", "每公斤3.86美元|3.86|USD/kg|rate|eq|3.855|3.865|\n4.2美元|4.2|USD/kg|rate|eq|4.15|4.25|2023\n约8%|8|percent|percent|approx|7|9|"},	/* the base after 较 and 的 */
	{"zh", "每单收取配送费3元。", "每单收取配送费3元|3|CNY/item|rate|eq|2.5|3.5|"},	/* 收取: a verb of charging before its noun */
	{"zh", "每人预约4次。", "每人预约4次|4|occurrence/person|rate|eq|3.5|4.5|"},
	{"zh", "零售价每磅约12美元。", "每磅约12美元|12|USD/lb|rate|approx|11|13|"},
	{"zh", "每次10元。", "每次10元|10|CNY/occurrence|rate|eq|5|15|"},
	{"zh", "县城第一小学有12节课。", "12|12||number|eq|11.5|12.5|"},
	/* 每年3月 is every March: a date, no rate, and no period of the figures */
	{"zh", "每年3月至5月是旺季，销量占六成。", "3月至5月||date|date|range|||2024-03/2024-05\n六成|60|percent|percent|eq|55|65|"},
	{"zh", "约12万单。", "约12万单|120000|item|count|approx|110000|130000|"},
	{"zh", "共有12对师徒。", "12对|12|item|count|eq|11.5|12.5|"},
	{"zh", "每件售价从49元到199元不等。", "每件售价从49元到199元|49|CNY/item|rate|range|49|199|"},
	{"zh", "均价为每个1.8元。", "每个1.8元|1.8|CNY/item|rate|eq|1.75|1.85|"},
	{"zh", "每月发放生活补贴2500元。", "每月发放生活补贴2500元|2500|CNY/month|rate|eq|2450|2550|"},
	/* the base figure after 比/较 and a date or year word and 的 has the base's date */
	{"zh", "今年的比例比2022年的11.2%提高了3个百分点。", "2022年||date|date|eq|||2022\n11.2%|11.2|percent|percent|eq|11.15|11.25|2022\n"
	 "3个百分点|3|point|percent|eq|2.5|3.5|2024"},
	{"zh", "较去年的271元有所下降。", "271元|271|CNY|money|eq|270.5|271.5|2023"},
	{"zh", "均价为5800元，比2021年高点的7200元下降约19%，比2020年增长了30%。", "5800元|5800|CNY|money|eq|5750|5850|\n2021年||date|date|eq|||2021\n7200元|7200|CNY|money|eq|7150|7250|2021\n约19%|19|percent|percent|approx|18|20|\n2020年||date|date|eq|||2020\n30%|30|percent|percent|eq|25|35|"},	/* a noun and 的 between the base date and its figure (not the change) */
	{"zh", "比2020年翻了一番。", "2020年||date|date|eq|||2020\n翻了一番|2|times|ratio|eq|2|2|"},
	{"zh", "比2020年的2倍还多。", "2020年||date|date|eq|||2020\n2倍|2|times|ratio|eq|1.5|2.5|"},
	{"zh", "价格从去年的260元涨到了340元。", "260元|260|CNY|money|eq|255|265|2023\n340元|340|CNY|money|eq|335|345|"},
	{"zh", "价格从去年初的1.9万元涨到了2.3万元。", "1.9万元|19000|CNY|money|eq|18500|19500|2023\n2.3万元|23000|CNY|money|eq|22500|23500|"},
	{"zh", "月租金已从2024年初的1800元涨至3800元。", "2024年||date|date|eq|||2024\n1800元|1800|CNY|money|eq|1750|1850|2024\n3800元|3800|CNY|money|eq|3750|3850|"},
	{"zh", "重达500磅。", "500磅|500|lb|measure|eq|450|550|"},
	{"zh", "读者可领取一枚纪念徽章。", ""},
	{"en", "A quake struck at magnitude 6.8.", "magnitude 6.8|6.8|magnitude|measure|eq|6.75|6.85|"},
	{"en", "April Smith, an analyst, said sales rose.", ""},
	{"en", "Debt topped $2 trillion in 2023 for the first time since 2019.",
	       "$2 trillion|2000000000000|USD|money|gt|2000000000000||2023\n2023||date|date|eq|||2023\n2019||date|date|eq|||2019/2024-07-23"},
	{"zh", "会议将于3月12日至13日举行。", "3月12日至13日||date|date|range|||2025-03-12/2025-03-13"},
	{"zh", "原定于3月12日举行的会议取消了。", "3月12日||date|date|eq|||2024-03-12"},
	{"zh", "10年期国债收益率为1.8%。", "1.8%|1.8|percent|percent|eq|1.75|1.85|"},
	{"zh", "为期3年。", "3年|3|year|duration|eq|2.5|3.5|"},
	{"en", "Inflation is nearly double digits.", ""},
	{"zh", "在每吨105美元上下波动。", "每吨105美元上下|105|USD/t|rate|approx|104|106|"},
	{"zh", "预计将持续至2025年上半年。\n9月以来价格上涨近40%。",
	       "2025年||date|date|eq|||2025-01/2025-06\n9月||date|date|eq|||2023-09/2024-07-23\n近40%|40|percent|percent|nearly|30|40|2023-09/2024-07-23"},
	{"en", "Applications from 18-year-olds rose.", "18-year-olds|18|year|age|eq|18|19|"},
	{"en", "Output fell to 9.2 mln bpd in Q3.", "9.2 mln bpd|9200000|barrel/day|rate|eq|9150000|9250000|2024-07/2024-09"},
	{"en", "Profit fell 2% in H1.", "2%|2|percent|percent|eq|1.5|2.5|2024-01/2024-06"},
	{"en", "The Q300 model sold 5 units.", "5 units|5|item|count|eq|4.5|5.5|"},
	{"zh", "出栏生猪1249头以上", "1249头以上|1249|item|count|ge|1249||"},
	{"en", "A 6.8-magnitude quake hit.", "6.8-magnitude|6.8|magnitude|measure|eq|6.75|6.85|"},
	{"en", "A magnitude 7.1 earthquake struck.", "magnitude 7.1|7.1|magnitude|measure|eq|7.05|7.15|"},
	{"en", "The Fed held rates at 3.50%-3.75%.", "3.50%-3.75%|3.5|percent|percent|range|3.5|3.75|"},
	{"en", "The two-year gilt yield rose", ""},
	{"en", "It held its rate for a fifth straight meeting and rose for a third time.", ""},
	/* the comma of 2,000 and a bracket closed before the date break no clause */
	{"en", "One in five paid more than 2,000 pounds last year.",
	       "One in five|0.2|fraction|ratio|eq|0.2|0.2|2023\nmore than 2,000 pounds|2000|GBP|money|gt|2000||2023"},
	{"en", "Premiums rose to 612 pounds ($814) in the first quarter.",
	       "612 pounds|612|GBP|money|eq|611.5|612.5|2024-01/2024-03\n$814|814|USD|money|eq|813.5|814.5|2024-01/2024-03"},
	/* the full stop of Feb. ends no clause: "will" still reaches March */
	{"en", "It will report on Jul. 26 and hold a day on Sept. 18.",
	       "Jul. 26||date|date|eq|||2024-07-26\nSept. 18||date|date|eq|||2024-09-18"},
	{"en", "December alone brought 3.6 million visitors.",
	       "December||date|date|eq|||2023-12\n3.6 million visitors|3600000|person|count|eq|3550000|3650000|2023-12"},
	{"en", "Prices rose from April to July.", "April to July||date|date|range|||2024-04/2024-07"},
	{"en", "Mark August Smith said", ""},
	/* in English a figure's date follows it */
	{"en", "Inflation eased to 3.4% in May from 3.6% in April.",
	       "3.4%|3.4|percent|percent|eq|3.35|3.45|2024-05\nMay||date|date|eq|||2024-05\n"
	       "3.6%|3.6|percent|percent|eq|3.55|3.65|2024-04\nApril||date|date|eq|||2024-04"},
	{"en", "Drivers paid 60 pounds an hour.", "60 pounds an hour|60|GBP/hour|rate|eq|55|65|"},
	{"en", "as much as 1 gigawatt", "as much as 1 gigawatt|1|GW|measure|le||1|"},
	{"en", "about 300,000 high-risk homes", "about 300,000 high-risk homes|300000|item|count|approx|200000|400000|"},
	{"en", "up from 1.1 million six months ago", "1.1 million|1100000||number|eq|1050000|1150000|\n"
	       "six months|6|month|duration|eq|5.5|6.5|"},
	{"zh", "2024年7月30日 来源：新华网", "2024年7月30日||date|date|eq|||2024-07-30"},
	{"zh", "1至5月，投资增长2.9%", "1至5月||date|date|range|||2024-01/2024-05\n2.9%|2.9|percent|percent|eq|2.85|2.95|2024-01/2024-05"},
	{"en", "Gas costs $4.50/gallon.", "$4.50/gallon|4.5|USD/gal|rate|eq|4.495|4.505|"},
	{"en", "Beef costs $5 a pound.", "$5 a pound|5|USD/lb|rate|eq|4.5|5.5|"},
	{"en", "People aged 65 and over were hit.", "65 and over|65|year|age|ge|65||"},
	{"en", "Adults 65 or older were hit.", "65 or older|65|year|age|ge|65||"},
	{"en", "Those aged 18 and under.", "18 and under|18|year|age|le||19|"},
	{"en", "tens of thousands of people", "tens of thousands of people||person|count|vague|20000|90000|"},
	{"en", "more than 10 1/2 miles of cable", "more than 10 1/2 miles|10.5|mile|distance|gt|10.5||"},
	{"en", "a 5 3/4% coupon", "5 3/4%|5.75|percent|percent|eq|5.625|5.875|"},
	{"zh", "万分之三", "万分之三|0.03|percent|percent|eq|0.025|0.035|"},
	{"en", "It weighs 200 lbs.", "200 lbs|200|lb|measure|eq|150|250|"},
	{"en", "at 60 mph", "60 mph|60|mph|measure|eq|55|65|"},
	{"en", "a six-mile trip", "six-mile|6|mile|distance|eq|5.5|6.5|"},
	{"en", "The 5G network", ""},
	{"en", "Rs 35 lakh", "Rs 35 lakh|3500000|INR|money|eq|3450000|3550000|"},
	{"en", "₹1,200 crore", "₹1,200 crore|12000000000|INR|money|eq|11500000000|12500000000|"},
	{"en", "12-hour shifts", "12-hour|12|hour|duration|eq|11.5|12.5|"},
	{"en", "cut by a quarter point", "a quarter point|0.25|point|percent|eq|0.25|0.25|"},
	{"en", "nearly half a percentage point", "nearly half a percentage point|0.5|point|percent|nearly|0.45|0.5|"},
	{"en", "cut by 25 basis points", "25 basis points|0.25|point|percent|eq|0.245|0.255|"},
	{"en", "38 Boeing 737 jets", "38|38||number|eq|37.5|38.5|"},
	{"en", "Sales of the iPhone 17 rose", ""},
	{"en", "unemployment edged up to 4.3%", "4.3%|4.3|percent|percent|eq|4.25|4.35|"},
	{"en", "shares rose more than 5%", "more than 5%|5|percent|percent|gt|5||"},
	{"en", "in the third quarter, up 8%", "8%|8|percent|percent|eq|7.5|8.5|2024-07/2024-09"},
	{"en", "children ages 6", "6|6|year|age|eq|6|7|"},
	{"en", "two children, ages 6 and 9,", "two children|2|item|count|eq|1.5|2.5|\n"
	       "6|6|year|age|eq|6|7|\n9|9|year|age|eq|9|10|"},
	{"en", "people aged 18 to 24", "18 to 24|18|year|age|range|18|25|"},
	{"zh", "16—24岁劳动力", "16—24岁|16|year|age|range|16|25|"},
	{"en", "In the first half, sales rose 5%.", "5%|5|percent|percent|eq|4.5|5.5|2024-01/2024-06"},
	/* "and" joins numeral words after a place only: between four and six */
	{"en", "The drive takes between four and six hours.", "four and six hours|4|hour|duration|range|4|6|"},
	{"en", "between twenty and thirty people", "twenty and thirty people|20|person|count|range|20|30|"},
	{"en", "three hundred and five people", "three hundred and five people|305|person|count|eq|304.5|305.5|"},
	{"en", "Drivers aged between 19 and 25 pay more.", "19 and 25|19|year|age|range|19|26|"},
	{"en", "Children between the ages of 5 and 12 can join.", "5 and 12|5|year|age|range|5|13|"},
	{"en", "Children between ages 5 and 12 can join.", "5 and 12|5|year|age|range|5|13|"},
	/* now after a date: the figures after it are of now */
	{"en", "A shop that opened 11 years ago now employs 24 people.",
	 "11 years ago||date|date|eq|||2013\n24 people|24|person|count|eq|23.5|24.5|2024-07-23"},
};

static void test_claims(void)
{
	static char buf[8192];
	size_t i;

	for (i = 0; i < sizeof CLAIMS / sizeof *CLAIMS; i++) {
		claims_of(sc, CLAIMS[i].in, buf, sizeof buf);
		CHECK(strcmp(buf, CLAIMS[i].want) == 0, "claims of '%s':\n got: %s\nwant: %s",
		      CLAIMS[i].in, buf, CLAIMS[i].want);
	}
	for (i = 0; i < sizeof OTHER / sizeof *OTHER; i++) {
		claims_of(strcmp(OTHER[i].lang, "zh") ? sc_en : sc_zh, OTHER[i].in, buf, sizeof buf);
		CHECK(strcmp(buf, OTHER[i].want) == 0, "%s claims of '%s':\n got: %s\nwant: %s",
		      OTHER[i].lang, OTHER[i].in, buf, OTHER[i].want);
	}
}

/* auto: the language of each sentence from its script */
static void test_detect(void)
{
	/* a Chinese document with a Japanese and an English sentence */
	static const char *const DOC =
		"他从森尼韦尔开车约60英里到旧金山市中心参加活动。活动由硅谷本地某美元基金的合伙人主办，"
		"出席者包括数十家人工智能初创公司的创始人以及代表各路资本的投资人。这样的场景在硅谷每周都在上演。"
		"シリコンバレーでは約 60 マイルを走った。He drove about 60 miles.\n";
	struct scanner *all[3];
	struct piece pc = {-1, 0, 0, {2024, 7, 23}};
	struct claim *c = NULL;
	size_t n = 0, i;

	all[0] = sc;
	all[1] = sc_zh;
	all[2] = sc_en;
	CHECK(scanner_run(all, 3, &pc, DOC, strlen(DOC), &c, &n) == 0 && n == 4,
	      "auto: %zu claims", n);
	if (n == 4) {	/* 数十家 is the second: leave it out */
		c[1] = c[2];
		c[2] = c[3];
		n = 3;
	}
	for (i = 0; i < n; i++)
		CHECK(c[i].value == 60 && strcmp(c[i].unit, "mile") == 0 && c[i].qual == Q_APPROX &&
		      c[i].lang == (i == 0 ? &lang_zh : i == 1 ? &lang_ja : &lang_en),
		      "auto: claim %zu in %s", i, c[i].lang->code);
	free(c);
	/* a Japanese document without kana: 円 says Japanese */
	c = NULL;
	CHECK(scanner_run(all, 3, &pc, "日給1万2000円。\n", strlen("日給1万2000円。\n"), &c, &n) == 0 && n == 1 &&
	      c[0].lang == &lang_ja && strcmp(c[0].unit, "JPY/day") == 0, "auto: 日給1万2000円 in %s",
	      n ? c[0].lang->code : "none");
	free(c);
	/* 々 in a Chinese sentence of a Chinese document: still Chinese */
	c = NULL;
	{
		static const char ZH[] = "道奇队投手佐々木朗希今年签约金为650万美元，比去年增长了两成。\n";

		CHECK(scanner_run(all, 3, &pc, ZH, strlen(ZH), &c, &n) == 0 && n >= 1 && c[0].lang == &lang_zh &&
		      strcmp(c[0].unit, "USD") == 0, "auto: 佐々木 in a Chinese sentence: %s",
		      n ? c[0].lang->code : "none");
	}
	free(c);
}

static void test_subjects(void)
{
	static const struct {
		const char *in, *subject;	/* of the first non-date claim */
		size_t nth;			/* or of the one after nth others */
		const char *lang;		/* NULL: Japanese */
	} T[] = {
		{"技術系の雇用は40万人以上削減された。", "技術系の雇用", 0, NULL},
		/* the kana ending of a word within a noun is part of it */
		{"空き室率は4.8％。", "空き室率", 0, NULL},
		{"建て替え費用は40億円と見込まれる。", "建て替え費用", 0, NULL},
		{"増えた件数は5件。", "件数", 0, NULL},
		{"しかし、400人以上の参加者が来た。", "参加者", 0, NULL},
		{"年収45万ドルで", "年収", 0, NULL},
		{"中国の研究者が38%、アメリカ人が37%を占めていた。", "中国の研究者", 0, NULL},
		{"エンジニアの平均年収は約45万ドルで", "エンジニアの平均年収", 0, NULL},
		{"AIアルゴリズム研究エンジニアの平均年収は約45万ドルで", "平均年収", 0, NULL},
		{"昨年末には米国のインフレ率は一時3%を下回り", "米国のインフレ率", 0, NULL},
		{"出席者には、数十の AI スタートアップの創設者", "AI スタートアップ", 0, NULL},
		{"今日は晴れ。5% だ", "", 0, NULL},
		{"この数字は 27% と 31% でした。", "数字", 0, NULL},
		/* a change and the level it reaches share a subject */
		{"売上高は4.8%増の4兆6,210億円だった。", "売上高", 1, NULL},
		{"春の採用計画は8%増の約4,300人。", "春の採用計画", 1, NULL},
		{"比亚迪营业收入同比增长5%至100亿元。", "比亚迪营业收入", 1, "zh"},
		{"前三季度全国居民人均可支配收入32509元。", "全国居民人均可支配收入", 0, "zh"},
		/* nouns with kana of the table */
		{"15歳未満の子どもは10万人。", "子ども", 1, NULL},
		{"空き家は2万戸。", "空き家", 0, NULL},
		/* a date between the marker and the figure: no bound, no part */
		{"送配電事業の受注残高は9月末時点で約5兆円に達した。", "送配電事業の受注残高", 0, NULL},
		{"1—9月新能源汽车销量达1122.8万辆。", "新能源汽车销量", 0, "zh"},
		/* a name's decimal is part of the subject: PM2.5 */
		{"全国PM2.5平均浓度为28.7微克/立方米。", "全国PM2.5平均浓度", 0, "zh"},
		/* 分别, 和 are no subject */
		{"产销分别完成245.1万辆和234.6万辆。", "产销", 1, "zh"},
		{"占比分别为45.6%和19.8%。", "占比", 0, "zh"},
		/* an abbreviation in brackets is no part of a subject, nor a clause break */
		{"国内生产总值（GDP）达101.5万亿元。", "国内生产总值", 0, "zh"},
		/* a note in brackets after a noun is part of a subject (two dams'
		 * rates are two measures), or is left off at its end */
		{"早明浦ダム（高知県）の貯水率は30%に低下した。", "早明浦ダム（高知県）の貯水率", 0, NULL},
		{"有効求人倍率（季節調整値）は1.22倍だった。", "有効求人倍率", 0, NULL},
		{"锂资源量（碳酸锂当量）约1700万吨。", "锂资源量", 0, "zh"},
		/* a comparison's base is no subject: two figures 较年初 are no one measure */
		{"货币资金约586亿元，较年初增加约40亿元。", "", 1, "zh"},
		/* but a date in brackets is no note: 前期 is no subject */
		{"前期（2025年2月期）は31億5000万円の最終赤字を計上した。", "最終赤字", 0, NULL},
		{"前10个月我国货物贸易进出口总值37.31万亿元。", "我国货物贸易进出口总值", 0, "zh"},
		{"9月份全国城镇调查失业率为5.2%。", "全国城镇调查失业率", 0, "zh"},
		{"全国共有624所学校。", "全国", 0, "zh"},	/* 共有 (there are in all) is no subject */
		{"出入境人员达1370万人次，日均171.2万人次。", "", 1, "zh"},	/* 日均: the rate's word, no subject */
		{"日均客流量达5万人次。", "客流量", 0, "zh"},
		{"合計の2026年春の採用計画は約4,300人。", "春の採用計画", 0, NULL},
		{"Its net loss widened to $5.4 billion, or $7.14 per share.", "net loss", 1, "en"},
		{"Chen's lead was 6%.", "Chen's lead", 0, "en"},
		{"Each female carries between 2,500 and 3,000 eggs.", "eggs", 0, "en"},	/* a range of a count: its noun, as one figure's */
		/* an "about" before the marker is no part of the subject (but the 約 of 予約 is) */
		{"其中，外国旅客约占三成。", "外国旅客", 0, "zh"},
		{"其中，外國旅客大約佔三成。", "外國旅客", 0, "zh"},
		{"新幹線の予約は前年比7％増。", "新幹線の予約", 0, NULL},
		/* a figure is no subject: $7.25 is worth */
		{"Adjusted for inflation, $7.25 is worth about 30% less.", "", 1, "en"},
	};
	size_t i, k, skip;

	for (i = 0; i < sizeof T / sizeof *T; i++) {
		struct piece pc = {0, 1, 0, {2024, 7, 23}};
		struct claim *c = NULL;
		size_t n = 0;
		const char *got = "";
		int len = 0;

		struct scanner *one = !T[i].lang ? sc : strcmp(T[i].lang, "zh") ? sc_en : sc_zh;

		if (scanner_run(&one, 1, &pc, T[i].in, strlen(T[i].in), &c, &n) < 0)
			continue;
		for (k = 0, skip = T[i].nth; k < n; k++)
			if (c[k].kind != K_DATE && skip-- == 0) {
				got = T[i].in + c[k].subj_start;
				len = (int)(c[k].subj_end - c[k].subj_start);
				break;
			}
		CHECK(k < n && (size_t)len == strlen(T[i].subject) &&
		      memcmp(got, T[i].subject, (size_t)len) == 0,
		      "subject of '%s': got '%.*s', want '%s'", T[i].in, len, got, T[i].subject);
		free(c);
	}
}

int main(void)
{
	char err[256];

	sc = scanner_new(&lang_ja, err, sizeof err);
	sc_zh = sc ? scanner_new(&lang_zh, err, sizeof err) : NULL;
	sc_en = sc_zh ? scanner_new(&lang_en, err, sizeof err) : NULL;
	/* every rule of every language compiles (scanner_run compiles lazily) */
	if (sc_en && (scanner_compile(sc, err, sizeof err) < 0 || scanner_compile(sc_zh, err, sizeof err) < 0 ||
		      scanner_compile(sc_en, err, sizeof err) < 0)) {
		scanner_free(sc_en);
		sc_en = NULL;
	}
	if (!sc_en) {
		fprintf(stderr, "scanner: %s\n", err);
		return 2;
	}
	if (getenv("KAZU_SCAN_EVERYWHERE") && strcmp(getenv("KAZU_SCAN_EVERYWHERE"), "1") == 0) {
		scanner_everywhere(sc);	/* the same claims: the windows and key words miss none */
		scanner_everywhere(sc_zh);
		scanner_everywhere(sc_en);
	}
	test_numerals();
	test_peer_numbers();
	test_format();
	test_format_decimals();
	test_utf8();
	test_prefix();
	test_covers();
	test_claims();
	test_subjects();
	test_detect();
	scanner_free(sc);
	scanner_free(sc_zh);
	scanner_free(sc_en);
	return REPORT();
}
