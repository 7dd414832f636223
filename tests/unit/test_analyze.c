/* tests/unit/test_analyze.c - interval arithmetic, the claims reader and
 * every check, on hand-made claims with hand-computed expectations. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "claims.h"
#include "harness.h"
#include "interval.h"
#include "relate.h"

#define TOL 1e-9

static int near(double x, double want)
{
	if (isinf(want))
		return x == want;
	return fabs(x - want) <= TOL * fmax(1, fabs(want));
}

static void test_intervals(void)
{
	struct iv r, w;

	r = iv_add(iv_make(1, 2), iv_make(3, 4));
	CHECK(near(r.lo, 4) && near(r.hi, 6), "add");
	r = iv_sub(iv_make(5, 6), iv_make(1, 2));
	CHECK(near(r.lo, 3) && near(r.hi, 5), "sub");
	r = iv_mul(iv_make(-1, 2), iv_make(3, 4));
	CHECK(near(r.lo, -4) && near(r.hi, 8), "mul across zero");
	r = iv_mul(iv_make(0, INFINITY), iv_point(0.5));
	CHECK(r.lo == 0 && r.hi == INFINITY, "mul open: [%g, %g]", r.lo, r.hi);
	r = iv_div(iv_make(1, 2), iv_make(4, 8));
	CHECK(near(r.lo, 0.125) && near(r.hi, 0.5), "div");
	r = iv_div(iv_make(1, 2), iv_make(-1, 1));
	CHECK(r.lo == -INFINITY && r.hi == INFINITY, "div by an interval holding 0");
	r = iv_scale(iv_make(1, 3), -2);
	CHECK(near(r.lo, -6) && near(r.hi, -2), "scale by a negative");
	CHECK(iv_integers(iv_make(3.5, 4.5), &w) && w.lo == 4 && w.hi == 4, "integers of [3.5, 4.5]");
	CHECK(!iv_integers(iv_make(200.5, 200.5), &w), "no integer in [200.5, 200.5]");
	CHECK(iv_overlap(iv_make(1, 2), iv_make(2, 3)), "touching intervals meet");
	CHECK(iv_overlap(iv_make(1, 0.3 * 3), iv_make(0.9, 2)), "rounding: 0.3*3 meets 0.9");
	CHECK(!iv_overlap(iv_make(1, 2), iv_make(2.001, 3)), "apart");
	CHECK(num_le(37083.33333333333, 37083.333333333336), "fcmp tolerance");
}

#define HEAD "doc,id,line,text,value,unit,kind,qualifier,low,high,period,subject,sentence\n"

/* Read csv; returns the status of claims_read, with c filled. */
static int read_csv(const char *csv, struct claims *c)
{
	FILE *f = fmemopen((void *)csv, strlen(csv), "r");
	int rc;

	if (!f)
		return -1;
	rc = claims_read(f, "t.csv", c);
	fclose(f);
	return rc;
}

static void test_reader(void)
{
	static const struct {
		const char *csv;
		int status;
	} T[] = {
		{HEAD "d,L1.1,1,38%,38,percent,percent,eq,37.5,38.5,2022,s,x\n", 0},
		/* a BOM, CRLF, columns in another order and an extra one */
		{"\xEF\xBB\xBF" "extra,id,doc,line,text,value,unit,kind,qualifier,low,high,period,subject,sentence\r\n"
		 "z,L1.1,d,1,38%,38,percent,percent,eq,37.5,38.5,2022,s,x\r\n", 0},
		{HEAD, 0},
		{"", 1},						/* no header */
		{"doc,id\nd,L1\n", 1},					/* missing columns */
		{HEAD "d,L1.1,1,\"38%,38,percent\n", 1},		/* unterminated quote */
		{HEAD "d,L1.1,1,38%,abc,percent,percent,eq,37.5,38.5,,,x\n", 1},
		{HEAD "d,L1.1,1,38%,nan,percent,percent,eq,37.5,38.5,,,x\n", 1},
		{HEAD "d,L1.1,1,38%,inf,percent,percent,eq,37.5,38.5,,,x\n", 1},
		{HEAD "d,L1.1,1,38%,1e999,percent,percent,eq,37.5,38.5,,,x\n", 1},
		{HEAD "d,L1.1,1,38%,38,percent,percent,eq,39,38.5,,,x\n", 1},	/* low > high */
		{HEAD "d,L1.1,1,38%,38,percent,share,eq,37.5,38.5,,,x\n", 1},	/* unknown kind */
		{HEAD "d,L1.1,1,38%,38,percent,percent,about,37.5,38.5,,,x\n", 1},
		{HEAD "d,L1.1,1,38%,38,percent,percent,eq,37.5,38.5,,,x\n"
		      "d,L1.1,1,38%,38,percent,percent,eq,37.5,38.5,,,x\n", 1},	/* id twice */
		{HEAD "d,L1.1,1,38%\n", 1},				/* too few fields */
	};
	size_t i;

	for (i = 0; i < sizeof T / sizeof *T; i++) {
		struct claims c;
		int rc = read_csv(T[i].csv, &c);

		CHECK(rc == T[i].status, "reader case %zu: status %d, want %d", i, rc, T[i].status);
		claims_free(&c);
	}
}

/* Analyze csv and find the first check named name; NULL if none. */
static struct claims cl;
static struct findings fi;

static void analyze(const char *csv)
{
	claims_free(&cl);
	findings_free(&fi);
	if (read_csv(csv, &cl) != 0 || relate(&cl, &fi) != 0)
		fprintf(stderr, "cannot analyze: %s\n", csv);
}

static const struct check *find_check(const char *name)
{
	size_t i;

	for (i = 0; i < fi.nchk; i++)
		if (strcmp(fi.chk[i].check, name) == 0)
			return &fi.chk[i];
	return NULL;
}

static const struct comparison *find_cmp(const char *measure)
{
	size_t i;

	for (i = 0; i < fi.ncmp; i++)
		if (strcmp(fi.cmp[i].measure, measure) == 0)
			return &fi.cmp[i];
	return NULL;
}

static int fails(void)
{
	size_t i;
	int n = 0;

	for (i = 0; i < fi.nchk; i++)
		n += fi.chk[i].verdict == V_FAIL;
	return n;
}

#define S1 "うち、Aが60%、Bが50%を占めた。"

static void test_checks(void)
{
	const struct check *k;
	const struct comparison *m;

	/* 1. shares of one whole: 60% + 50% = [109, 111] > 100 */
	analyze(HEAD "d,L1.1,1,60%,60,percent,percent,eq,59.5,60.5,,A," S1 "\n"
		     "d,L1.2,1,50%,50,percent,percent,eq,45,55,,B," S1 "\n");
	k = find_check("shares-sum");
	CHECK(k && k->verdict == V_FAIL && near(k->iv.lo, 104.5) && near(k->iv.hi, 115.5) &&
	      strcmp(k->claims, "L1.1;L1.2") == 0, "shares-sum fails");
	/* 1. a share after 其中 is a part of the one before, a count between */
	analyze(HEAD "d,L1.1,1,22%,22,percent,percent,eq,21.5,22.5,,老年人口,老年人口占总人口的22%，其中65岁及以上老年人口2.2亿人，占15.6%。\n"
		     "d,L1.2,1,2.2亿人,220000000,person,count,eq,215000000,225000000,,老年人口,老年人口占总人口的22%，其中65岁及以上老年人口2.2亿人，占15.6%。\n"
		     "d,L1.3,1,15.6%,15.6,percent,percent,eq,15.55,15.65,,,老年人口占总人口的22%，其中65岁及以上老年人口2.2亿人，占15.6%。\n");
	CHECK(!find_check("shares-sum"), "a part after 其中 is not summed");
	/* 2. a share above 100% */
	analyze(HEAD "d,L1.1,1,140%,140,percent,percent,eq,135,145,,A,Aが140%を占めた。\n");
	k = find_check("share-range");
	CHECK(k && k->verdict == V_FAIL, "share-range fails");
	/* 2. half of 401 people is no whole number (GRIM) */
	analyze(HEAD "d,L1.1,1,401人,401,person,count,eq,400.5,401.5,,参加者,401人の参加者の半数が来た。\n"
		     "d,L1.2,1,半数,0.5,fraction,ratio,eq,0.5,0.5,,参加者,401人の参加者の半数が来た。\n");
	k = find_check("whole-number");
	m = find_cmp("share of count");
	CHECK(k && k->verdict == V_FAIL && m && near(m->value, 200.5), "whole-number fails for 401");
	/* ... and half of 400 or more is at least 200 */
	analyze(HEAD "d,L1.1,1,400人以上,400,person,count,ge,400,,,参加者,400人以上の参加者の半数が来た。\n"
		     "d,L1.2,1,半数,0.5,fraction,ratio,eq,0.5,0.5,,参加者,400人以上の参加者の半数が来た。\n");
	k = find_check("whole-number");
	m = find_cmp("share of count");
	CHECK(k && k->verdict == V_PASS && m && near(m->iv.lo, 200) && isinf(m->iv.hi),
	      "half of 400+ is 200+");
	/* 3. verbal ratio: below 3% against 6% is about half; against 16% it is not */
	analyze(HEAD "d,L1.1,1,3%を下回り,3,percent,percent,lt,,3,,率,率は3%を下回り、6%と比べるとほぼ半分だ。\n"
		     "d,L1.2,1,6%,6,percent,percent,eq,5.5,6.5,,,率は3%を下回り、6%と比べるとほぼ半分だ。\n"
		     "d,L1.3,1,ほぼ半分,0.5,fraction,ratio,approx,0.45,0.55,,,率は3%を下回り、6%と比べるとほぼ半分だ。\n");
	k = find_check("verbal-ratio");
	CHECK(k && k->verdict == V_PASS && near(k->iv.lo, 0) && near(k->iv.hi, 3 / 5.5), "verbal-ratio passes");
	analyze(HEAD "d,L2.1,2,7.3%,7.3,percent,percent,eq,7.25,7.35,,prices,\"In the Northeast, prices jumped 7.3% to $452,100, while the South, which accounts for nearly half of all sales, saw a gain of just 0.8%.\"\n"
		     "d,L2.2,2,nearly half,0.5,fraction,ratio,nearly,0.45,0.5,,sales,\"In the Northeast, prices jumped 7.3% to $452,100, while the South, which accounts for nearly half of all sales, saw a gain of just 0.8%.\"\n"
		     "d,L2.3,2,0.8%,0.8,percent,percent,eq,0.75,0.85,,,\"In the Northeast, prices jumped 7.3% to $452,100, while the South, which accounts for nearly half of all sales, saw a gain of just 0.8%.\"\n");
	CHECK(!find_check("verbal-ratio"), "no verbal-ratio of a whole the words name (nearly half of all sales)");
	/* a rise and a fall are two measures, no figure stated twice */
	analyze(HEAD "d,L5.1,5,3.9%,3.9,percent,percent,eq,3.85,3.95,,商業地,住宅地は2.1%、商業地は3.9%それぞれ上がった。\n"
		     "d,L9.1,9,10%を超える,10,percent,percent,gt,10,,,商業地,輪島市では商業地が10%を超える下落となった。\n");
	CHECK(!find_check("bounds") && !find_check("stated-twice"), "a rise and a fall: no bounds check");
	analyze(HEAD "d,L5.1,5,3.9%,3.9,percent,percent,eq,3.85,3.95,,商業地,商業地は3.9%だった。\n"
		     "d,L9.1,9,10%を超える,10,percent,percent,gt,10,,,商業地,輪島市では、商業地が10%を超えた。\n");
	k = find_check("bounds");
	CHECK(k && k->verdict == V_UNKNOWN, "では and a comma frame a subject: unknown");
	analyze(HEAD "d,L1.1,1,3%を下回り,3,percent,percent,lt,,3,,率,率は3%を下回り、16%と比べるとほぼ半分だ。\n"
		     "d,L1.2,1,16%,16,percent,percent,eq,15.5,16.5,,,率は3%を下回り、16%と比べるとほぼ半分だ。\n"
		     "d,L1.3,1,ほぼ半分,0.5,fraction,ratio,approx,0.45,0.55,,,率は3%を下回り、16%と比べるとほぼ半分だ。\n");
	k = find_check("verbal-ratio");
	CHECK(k && k->verdict == V_FAIL && strcmp(k->claims, "L1.1;L1.2;L1.3") == 0, "verbal-ratio fails");
	/* 3. X倍: the larger over the smaller */
	analyze(HEAD "d,L1.1,1,10人,10,person,count,eq,9.5,10.5,,A,Aは10人で、Bの30人の3倍だ。\n"
		     "d,L1.2,1,30人,30,person,count,eq,25,35,,B,Aは10人で、Bの30人の3倍だ。\n"
		     "d,L1.3,1,3倍,3,times,ratio,eq,2.5,3.5,,,Aは10人で、Bの30人の3倍だ。\n");
	k = find_check("verbal-ratio");
	CHECK(k && k->verdict == V_PASS && near(k->iv.lo, 25 / 10.5) && near(k->iv.hi, 35 / 9.5),
	      "3倍 compares the larger to the smaller");
	/* 4. a figure stated twice */
	analyze(HEAD "d,L1.1,1,55万ドル,550000,USD,money,eq,545000,555000,,年収,年収55万ドル\n"
		     "d,L3.1,3,約45万ドル,450000,USD,money,approx,440000,460000,,平均年収,平均年収は約45万ドルだ。\n");
	k = find_check("stated-twice");
	CHECK(k && k->verdict == V_FAIL && fails() == 1, "stated-twice fails");
	/* 5. incompatible bounds on one measure */
	analyze(HEAD "d,L1.1,1,40万人以上,400000,person,count,ge,400000,,2022,雇用,雇用は40万人以上減った。\n"
		     "d,L2.1,2,30万人以下,300000,person,count,le,,300000,2022,雇用,雇用は30万人以下だ。\n");
	k = find_check("bounds");
	CHECK(k && k->verdict == V_FAIL, "bounds fail");
	/* 5. a year within a span cannot have more than the span */
	analyze(HEAD "d,L1.1,1,70万人,700000,person,count,eq,650000,750000,2023,雇用,2023年に雇用は70万人減った。\n"
		     "d,L2.1,2,50万人,500000,person,count,eq,450000,550000,2022/2023,雇用,2022年から2023年に雇用は50万人減った。\n");
	k = find_check("period-bounds");
	CHECK(k && k->verdict == V_FAIL && strcmp(k->claims, "L1.1;L2.1") == 0, "period-bounds fails");
	/* 6. four unicorns worth 3 billion in all cannot be */
	analyze(HEAD "d,L1.1,1,4 社,4,company,count,eq,3.5,4.5,,企業,4 社がユニコーンで、評価額は合計 30 億ドルだ。\n"
		     "d,L1.2,1,30 億ドル,3000000000,USD,money,eq,2500000000,3500000000,,評価額,4 社がユニコーンで、評価額は合計 30 億ドルだ。\n");
	k = find_check("definition");
	m = find_cmp("per-unit average");
	CHECK(k && k->verdict == V_FAIL && m && near(m->value, 750000000) &&
	      near(m->iv.lo, 625000000) && near(m->iv.hi, 875000000), "definition fails, average 7.5e8");
	/* 6. a per-unit average only of a total: not in a headline, nor of a
	 * price, a limit or a bound of each */
	analyze(HEAD "d,L2.1,2,約1900億円,190000000000,JPY,money,approx,180000000000,200000000000,,投資額,27件を着工し、投資額は約1900億円だった。\n"
		     "d,L2.2,2,27件,27,item,count,eq,26.5,27.5,,,27件を着工し、投資額は約1900億円だった。\n");
	m = find_cmp("per-unit average");
	CHECK(m && near(m->value, 190000000000.0 / 27), "per-unit average of a total");
	analyze(HEAD "d,L1.1,1,1万棟,10000,item,count,gt,10000,,,住宅被害,住宅被害1万棟超える　農業被害は少なくとも120億円\n"
		     "d,L1.2,1,少なくとも120億円,12000000000,JPY,money,ge,12000000000,,,農業被害,住宅被害1万棟超える　農業被害は少なくとも120億円\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average in a headline");
	analyze(HEAD "d,L2.1,2,736円,736,JPY,money,eq,735.5,736.5,,客単価,客単価は平均736円で、来店客数は約160億人だった。\n"
		     "d,L2.2,2,約160億人,16000000000,person,count,approx,15000000000,17000000000,,来店客数,客単価は平均736円で、来店客数は約160億人だった。\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average of a price");
	analyze(HEAD "d,L2.1,2,1万7828円,17828,JPY,money,eq,17827.5,17828.5,,回答額,回答額は1万7828円で、300人未満の企業に限ると4.92％だった。\n"
		     "d,L2.2,2,300人未満,300,person,count,lt,,300,,,回答額は1万7828円で、300人未満の企業に限ると4.92％だった。\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average over a limit");
	analyze(HEAD "d,L2.1,2,过亿元,100000000,CNY,money,gt,100000000,,,影片,票房过亿元的影片共有61部。\n"
		     "d,L2.2,2,61部,61,item,count,eq,60.5,61.5,,影片,票房过亿元的影片共有61部。\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average of a bar each passed");
	analyze(HEAD "d,L3.3,3,612億円,61200000000,JPY,money,eq,61150000000,61250000000,,純利益,純利益は612億円となり、2期連続で過去最高を更新した。\n"
		     "d,L3.4,3,2期,2,term,count,eq,1.5,2.5,,,純利益は612億円となり、2期連続で過去最高を更新した。\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average over a run of terms");
	analyze(HEAD "d,L2.1,2,$750 million,750000000,USD,money,eq,749500000,750500000,,aid,\"The government approved $750 million in aid, and crews from 35 states are helping.\"\n"
		     "d,L2.2,2,35 states,35,item,count,eq,34.5,35.5,,crews,\"The government approved $750 million in aid, and crews from 35 states are helping.\"\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average across , and");
	analyze(HEAD "d,L2.1,2,about $2.7 billion,2700000000,USD,money,approx,2650000000,2750000000,,deal,\"Northfield agreed to buy Ridgeway in a deal valued at about $2.7 billion, the two banks said Monday.\"\n"
		     "d,L2.2,2,two banks,2,item,count,eq,2,2,,,\"Northfield agreed to buy Ridgeway in a deal valued at about $2.7 billion, the two banks said Monday.\"\n");
	CHECK(!find_cmp("per-unit average"), "no per-unit average over who says");
	analyze(HEAD "d,L2.1,2,14,14,,number,eq,13.5,14.5,,,\"He said 14 of the district's 52 schools are now less than two-thirds full.\"\n"
		     "d,L2.2,2,52 schools,52,item,count,eq,51.5,52.5,,,\"He said 14 of the district's 52 schools are now less than two-thirds full.\"\n"
		     "d,L2.3,2,less than two-thirds,0.666666666666667,fraction,ratio,lt,,0.666666666666667,,,\"He said 14 of the district's 52 schools are now less than two-thirds full.\"\n");
	CHECK(!find_cmp("share of count"), "two-thirds full is no share of the 52 schools");
	analyze(HEAD "d,L2.1,2,400 attendees,400,person,count,eq,399.5,400.5,,,\"In all, of the 400 attendees, half came by train.\"\n"
		     "d,L2.2,2,half,0.5,fraction,ratio,eq,0.5,0.5,,,\"In all, of the 400 attendees, half came by train.\"\n");
	CHECK(find_cmp("share of count") != NULL, "of the 400 attendees, half");
	analyze(HEAD "d,L2.1,2,超过180亿美元,18000000000,USD,money,gt,18000000000,,,融资,4家公司共融资超过180亿美元。\n"
		     "d,L2.2,2,4家,4,company,count,eq,3.5,4.5,,公司,4家公司共融资超过180亿美元。\n");
	CHECK(find_cmp("per-unit average") != NULL, "a per-unit average of more than a total");
	/* per year only up to a clause break after the figure */
	analyze(HEAD "d,L2.1,2,突破10万亿元,10000000000000,CNY,money,gt,10000000000000,,,市场规模,当前市场规模已突破10万亿元，年均增速在8%至10%之间。\n");
	CHECK(!find_cmp("per month"), "a per-year word after a comma is another clause's");
	analyze(HEAD "d,L3.1,3,\"C$664,078\",664078,CAD,money,eq,664077.5,664078.5,,average price,\"The average price fell 1.8% from a year earlier to C$664,078.\"\n");
	CHECK(!find_cmp("per month"), "a year earlier is no yearly amount");
	analyze(HEAD "d,L3.1,3,$3.29 billion,3290000000,USD,money,eq,3285000000,3295000000,,fuel,Fuel cost fell 11% from $3.29 billion a year earlier.\n");
	CHECK(!find_cmp("per month"), "an amount a year earlier is no yearly amount");
	analyze(HEAD "d,L3.1,3,9.1 trillion yen,9100000000000,JPY,money,eq,9050000000000,9150000000000,,the previous monthly record,It passed the previous monthly record of 9.1 trillion yen.\n");
	CHECK(!find_cmp("per year"), "a monthly record is no monthly amount");
	analyze(HEAD "d,L2.1,2,10万元,100000,CNY,money,eq,50000,150000,,年薪,他的年薪10万元。\n");
	CHECK(find_cmp("per month") != NULL, "年薪10万元 per month");
	/* 7. a computed change against its direction word */
	analyze(HEAD "d,L1.1,1,100万ドル,1000000,USD,money,eq,950000,1050000,2022,売上,2022年の売上は100万ドルだった。\n"
		     "d,L2.1,2,80万ドル,800000,USD,money,eq,750000,850000,2023,売上,2023年の売上は80万ドルに増加した。\n");
	k = find_check("direction");
	m = find_cmp("change");
	CHECK(k && k->verdict == V_FAIL && m && near(m->value, -200000) && near(m->iv.lo, -300000) &&
	      near(m->iv.hi, -100000), "direction fails: 100万 → 80万 did not rise");
	m = find_cmp("annual growth");
	CHECK(m && near(m->value, -20), "annual growth -20%%");
	/* a season of two years is one: no per year */
	analyze(HEAD "d,L3.1,3,2024〜25年,,date,date,range,,,2024/2025,,2024〜25年シーズンの来場者は約612万人だった。\n"
		     "d,L3.2,3,約612万人,6120000,person,count,approx,6110000,6130000,2024/2025,来場者,2024〜25年シーズンの来場者は約612万人だった。\n");
	CHECK(!find_cmp("per year"), "2024〜25年シーズン is one season");
	analyze(HEAD "d,L3.1,3,2018〜19年,,date,date,range,,,2018/2019,,2018〜19年に来場者は約612万人だった。\n"
		     "d,L3.2,3,約612万人,6120000,person,count,approx,6110000,6130000,2018/2019,来場者,2018〜19年に来場者は約612万人だった。\n");
	CHECK(find_cmp("per year") != NULL, "2018〜19年 is two years");
	/* rates: a count over years, per month, miles */
	analyze(HEAD "d,L1.1,1,3000社近く,3000,company,count,nearly,2000,3000,2019/2023,企業,x\n"
		     "d,L2.1,2,年収45万ドル,450000,USD,money,eq,445000,455000,,年収,y\n"
		     "d,L3.1,3,約 60 マイル,60,mile,distance,approx,50,70,,,z\n");
	m = find_cmp("per year");
	CHECK(m && near(m->value, 600) && near(m->iv.lo, 400) && near(m->iv.hi, 600), "per year");
	m = find_cmp("per month");
	CHECK(m && near(m->value, 37500) && near(m->iv.lo, 445000.0 / 12), "per month");
	m = find_cmp("in km");
	CHECK(m && near(m->value, 96.56064) && near(m->iv.hi, 112.65408), "in km");
	CHECK(fi.nchk == 0, "no checks among unrelated figures");
	/* net change of a fall and a rise: 0.7 x 1.6 - 1 = +12% */
	analyze(HEAD "d,L1.1,1,30%以上,30,percent,percent,ge,30,,,株価,株価は30%以上下落した。\n"
		     "d,L1.2,1,60%以上,60,percent,percent,ge,60,,,株価,その後、株価は60%以上上昇した。\n");
	m = find_cmp("net change");
	CHECK(m && near(m->value, 12) && near(m->iv.lo, -100) && isinf(m->iv.hi), "net change");
	/* no net change of two measures with no word of sequence, nor of
	 * a second change that came first */
	analyze(HEAD "d,L1.1,1,11%,11,percent,percent,eq,10.5,11.5,,revenue,Revenue rose 11% and profit fell 23%.\n"
		     "d,L1.2,1,23%,23,percent,percent,eq,22.5,23.5,,profit,Revenue rose 11% and profit fell 23%.\n");
	CHECK(!find_cmp("net change"), "no net change of revenue and profit");
	analyze(HEAD "d,L1.1,1,30%,30,percent,percent,eq,29.5,30.5,2024,株価,株価は30%下落した。\n"
		     "d,L1.2,1,60%,60,percent,percent,eq,59.5,60.5,2023,株価,昨年、株価は60%上昇した。\n");
	CHECK(!find_cmp("net change"), "no net change back in time");
	analyze(HEAD "d,L1.1,1,37.2%,37.2,percent,percent,eq,37.15,37.25,,股价,两家公司股价分别上涨37.2%和41.6%。\n"
		     "d,L1.2,1,41.6%,41.6,percent,percent,eq,41.55,41.65,,股价,两家公司股价分别上涨37.2%和41.6%。\n");
	CHECK(!find_cmp("net change"), "no net change of figures one each (分别)");
	/* fiscal years are whole years: a change from one to the next */
	analyze(HEAD "d,L1.1,1,500億円,50000000000,JPY,money,eq,45000000000,55000000000,2024-04/2025-03,純利益,a\n"
		     "d,L2.1,2,425億円,42500000000,JPY,money,eq,42450000000,42550000000,2025-04/2026-03,純利益,b\n");
	m = find_cmp("ratio");
	CHECK(m && near(m->value, 0.85), "change between fiscal years");
	/* a series of three periods: slope 2 points a year */
	analyze(HEAD "d,L1.1,1,10%,10,percent,percent,eq,9.5,10.5,2019,率,a\n"
		     "d,L2.1,2,12%,12,percent,percent,eq,11.5,12.5,2020,率,b\n"
		     "d,L3.1,3,14%,14,percent,percent,eq,13.5,14.5,2021,率,c\n");
	m = find_cmp("trend");
	CHECK(m && near(m->value, 2) && strcmp(m->claims, "L1.1;L2.1;L3.1") == 0, "trend");
	/* documents are analysed apart */
	analyze(HEAD "a,L1.1,1,55万ドル,550000,USD,money,eq,545000,555000,,年収,x\n"
		     "b,L1.1,1,45万ドル,450000,USD,money,eq,445000,455000,,年収,y\n");
	CHECK(fi.nchk == 0, "no check across documents");
	/* the rows of one document apart in the CSV are still one document */
	analyze(HEAD "a,L1.1,1,55万ドル,550000,USD,money,eq,545000,555000,,年収,x\n"
		     "b,L1.1,1,3%,3,percent,percent,eq,2.5,3.5,,率,z\n"
		     "a,L3.1,3,45万ドル,450000,USD,money,eq,445000,455000,,年収,y\n");
	k = find_check("stated-twice");
	CHECK(k && k->verdict == V_FAIL && strcmp(k->doc, "a") == 0, "a document's rows apart");
	/* no hex, no spaces in numbers */
	{
		struct claims hx;

		CHECK(read_csv(HEAD "d,L1.1,1,x,0x10,,number,eq,,,,,s\n", &hx) == 1, "hex is no number");
		claims_free(&hx);
	}
	claims_free(&cl);
	findings_free(&fi);
}

int main(void)
{
	test_intervals();
	test_reader();
	test_checks();
	return REPORT();
}
