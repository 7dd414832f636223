/* analyze/lang.h - the words that connect figures, per language.
 *
 * analyze decides which figures belong together from these words (and
 * from sentence, subject, period and unit).  Each language is one table;
 * analyze looks for the words of every table in every sentence, so a
 * document may mix languages.  Lists end with NULL. */
#ifndef KAZU_ANALYZE_LANG_H
#define KAZU_ANALYZE_LANG_H

/* A word whose meaning sets a bound: a unicorn is worth >= 1e9 USD. */
struct definition {
	const char *word;
	const char *unit;	/* unit of the total it bounds */
	double min_each;	/* each item is worth at least this much */
};

struct alang {
	const char *code;
	const char *const *part_of;	/* のうち 占め: shares of one whole */
	const char *const *clause_openers;	/* because 因为: after a comma, a clause of its own
					 * (fell to 3.65 mills from 3.71, because values grew 6%) */
	const char *const *sum_words;	/* の計 共计 for a total of: right before a figure,
					 * the sum of the figures of its unit listed before it */
	const char *const *list_breaks;	/* が、 但 but: between two figures, no one list of parts
					 * (昨年は150店だったが、今年は国内120店、…の計200店) */
	const char *const *among;	/* 其中 のうち of which: a part of the figure before
					 * follows, stated after the word if at all */
	const char *const *wholes;	/* 全体 总数 the total: a subject of any whole, no measure */
	const char *const *scopes;	/* 全国 nationwide: a subject of a wider whole (全国の被害額
					 * beside 被害額: perhaps the whole and a part) */
	const char *const *whole_marks;	/* の は: right after the subject of a share, the
					 * subject is its whole (利用客の約6割, 平日の昼間は8割) */
	const char *const *averages;	/* 平均 averaged: before a figure, a mean, no part
					 * of a whole */
	const char *const *frames;	/* では: right before a figure's subject, a place or
					 * group it is of (旭川市では空き室率が9％: perhaps another's) */
	const char *const *frame_openers;	/* In, Among: opening a sentence, a place or group
					 * before its first comma, the subject right after it
					 * ("In Marion County, turnout reached 74.5%") */
	const char *const *plans;	/* 目標 预计 target forecast: a sentence of a plan or
					 * forecast, no figure of the outcome */
	const char *const *usual;	/* 例年 往年 in a typical year: a sentence of a usual
					 * year, no figure of this one */
	const char *const *prices;	/* 価格 fee: a level, not a sum over time (no period-bounds) */
	const char *const *persons;	/* 男性 man: the age of anyone so called, no one measure */
	const char *const *noun_of;	/* の 的: after a noun, right before a ratio, the ratio is of
					 * that noun, no figure (平年の約3倍の118センチ) */
	const char *const *crowds;	/* people: a count's own unit word as its subject, no
					 * measure (27 people; but 56 patients, a counted noun, is one) */
	const char *const *multipliers;	/* 万 億 million: after the digits, before a counter (1万頭), no noun (1.28 million) */
	const char *const *rates;	/* 率 割合 rate: each figure may be a rate of its
					 * own group (男性が81.4%、女性が84.3%), no share */
	const char *const *share_words;	/* 占比 share: a subject of a share alone, no one measure */
	const char *const *compare_base;/* と比べ: the figure before it is the base */
	const char *const *up;		/* 上昇 増加: the figure rose */
	const char *const *down;	/* 下落 減少: the figure fell */
	const char *const *by;		/* by 了 达: between a word of change and
					 * the size of the change (fell by a third) */
	const char *const *from;	/* from 从: the figure after it is where a
					 * change starts */
	const char *const *from_after;	/* から: the figure before it is where a
					 * change starts */
	const char *const *up_lead;	/* up, an increase of: right before a
					 * percentage, the change it rose by */
	const char *const *down_lead;	/* down, a drop of: the change it fell by */
	const char *const *in_rate;	/* 、率にして: right after the figure a change starts
					 * from reaches, it was the amount of the change
					 * (6014円から211円、率にして3.5％上がった) */
	const char *const *amount_leads;	/* 增加了 rose by: right before a figure, the
					 * amount a change moved by, no level it reached
					 * (从6014元增加211元，增幅3.5%) */
	const char *const *against;	/* 同比 环比 前年比: a change against a base period,
					 * not one step of a sequence */
	const char *const *then;	/* その後 随后 then: the next step of a sequence */
	const char *const *each;	/* 分别 それぞれ respectively: one figure each, no sequence */
	const char *const *surveys;	/* アンケート 问卷 survey: its answers may be several, so their
					 * shares may sum past 100 */
	const char *const *per_year;	/* 年収: a subject counted per year */
	const char *const *per_month;	/* 月給: a subject counted per month */
	const char *const *seasons;	/* 季 シーズン season: after a span of two years, one season
					 * (2024〜25年シーズン, 2024—2025年冰雪季) */
	const char *const *sentence_ends;	/* 。 . ?: a line that ends in none is a headline */
	const char *const *clause_marks;	/* ，、 , ;: where a clause ends */
	const char *const *per_not;	/* a year earlier: no word of per_year, per_month there */
	const char *const *per_each;	/* 每 あたり per: before an amount, so much for each
					 * thing, no total to average */
	const char *const *of;		/* の: 参加者の半数 */
	const char *const *joins;	/* ", and": between two figures, clauses of two
					 * subjects (approved $750 million in aid, and
					 * crews from 35 states) */
	const char *const *says;	/* said によると: right after a count, who says,
					 * no things counted (, the two banks said) */
	const char *const *streaks;	/* 連続 连续: beside a count, a run of terms or
					 * years (2期連続), no count of things */
	const char *const *modifies;	/* 的 の: right after a figure, it describes the noun
					 * after it (票房过亿元的影片: a bar each passed) */
	const char *const *age_groups;	/* 岁 歳: a little before a share, then a word of
					 * modifies (年龄在15至17岁之间的约占92%): a group by age */
	const char *const *thresholds;	/* 上位 top: right before a percentage, a line that
					 * picks a group (上位10%に入る論文), no share of its own */
	const char *const *equivalents;	/* 相当于: before a percentage, a level against another, no share */
	const char *const *plan_bases;	/* 计划的: before a percentage, a plan it is measured against
					 * (完成年度计划的104%), no share, unless a word of part_of
					 * stands right before it (占总计划的30%) */
	const char *const *restates;	/* 达到: after a bounded share, the figure it rounds off
					 * (超过七成，达到72.3%: one share twice) */
	const char *const *unstated;	/* what: right after a ratio, its base is a
					 * clause, no figure ("three times what it
					 * spent in 2019") */
	const struct definition *definitions;
};

extern const struct alang alang_ja, alang_zh, alang_en;

/* All languages, ended by NULL. */
extern const struct alang *const ALANGS[];

#endif
