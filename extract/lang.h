/* extract/lang.h - the language tables that drive the scanner.
 *
 * Everything extract knows about a language (numerals, multipliers,
 * qualifiers, units, period words, connecting words and the match rules
 * built from them) is data of this shape.  Adding a language means adding
 * one lang_XX.c that fills a struct lang; no code path is per language.
 * Every list ends with an entry whose text is NULL.
 */
#ifndef KAZU_LANG_H
#define KAZU_LANG_H

enum kind {
	K_NUMBER, K_PERCENT, K_MONEY, K_COUNT, K_DURATION, K_DISTANCE,
	K_AGE, K_RANK, K_RATIO, K_RATE, K_DATE, K_TIME, K_TEMPERATURE, K_MEASURE
};

enum qual { Q_EQ, Q_APPROX, Q_NEARLY, Q_GE, Q_GT, Q_LE, Q_LT, Q_RANGE, Q_VAGUE };

/* How a qualifier turns a figure v of precision step s into an interval. */
enum bound {
	B_ROUND,	/* [v - s/2, v + s/2] */
	B_ABOUT,	/* [v - s, v + s] */
	B_BELOW_STEP,	/* [v - s, v] */
	B_ABOVE_STEP,	/* [v, v + s] */
	B_LOWER_HALF,	/* [v, v + s/2]: 3万円台前半 */
	B_UPPER_HALF,	/* [v + s/2, v + s]: 150円台後半 */
	B_FROM,		/* [v, inf) */
	B_UPTO		/* (-inf, v] */
};

/* What a numeral word is to the numeral parser. */
enum ntype {
	N_DIGIT,	/* 一 = 1: a digit */
	N_PLACE,	/* 十 百 千: multiplies the digit before it */
	N_BIG,		/* 万 億 兆: closes a section of places */
	N_SEVERAL,	/* 数: an unknown digit, 2..9 (1..9 after a place) */
	N_WORD,		/* ゼロ: a whole number by itself */
	N_TENS,		/* twenty: a digit after it is added (twenty-five) */
	N_PLACES,	/* hundreds, dozens: several (2..9) of a place */
	N_POINT		/* 点: digits after it are decimals (三点五 = 3.5) */
};

struct numeral {
	const char *text;
	enum ntype type;
	double value;
	int glued;		/* a multiplier written right after digits only (450k) */
};

struct unit {
	const char *text;	/* as written after the number */
	const char *code;	/* canonical unit, "" for none */
	enum kind kind;
	double factor;		/* 割 is 10 percent */
};

struct qualifier {
	const char *text;
	enum qual qual;
	enum bound bound;
};

/* A part of a month after it (中旬) and the day it starts on (11). */
struct month_part {
	const char *text;
	int day;
};

/* A word that names a time relative to the publication date. */
struct period_word {
	const char *text;
	int years;		/* added to the publication year */
	int whole_date;		/* 1: the publication date itself (現在) */
	int from_month, to_month;	/* a part of the year (上半年: 1, 6; 去年底: 12, 12),
					 * or a fiscal year (来年度: 4, 3), or 0 */
	int month_rel;			/* 1: a month counted from publication's ...,
					 * 2: a quarter (下季度: +1) ... */
	int months;			/* ... by this many (先月: -1, 今月: 0) */
};

/* A calendar era: its year N is the year first + N - 1 (令和6年 is 2024). */
struct era {
	const char *text;
	int first;		/* the Gregorian year of its first year (元年) */
};

/* A word that is a fraction or a multiple by itself (半数 = 0.5, twice). */
struct fraction_word {
	const char *text;
	double value;
	const char *unit;	/* "fraction", "times", or a unit of time (半年: 0.5 year) */
};

struct month_word {
	const char *text;
	int month;
};

/* The scripts that tell languages apart. */
enum script {
	SCRIPT_KANA,	/* kana, with or without kanji: Japanese */
	SCRIPT_HAN,	/* Han without kana: Chinese */
	SCRIPT_LATIN	/* Latin letters without Han or kana */
};

/* What the captures of a rule mean. */
enum rule_type {
	R_QUANTITY,	/* pre? num unit? sub? post?  (sub: tenths of the unit, 3割5分) */
	R_DATE,		/* (y | rel)? (m | mon)? d?, post?; m? em (4～9月; 前10个月 from
			 * January); y fy (2025年度); y m fye (3月期);
			 * d ed (April 28-29); y ey (2023-24); y decade (2020年代);
			 * y yend (2025年末: December); mon emon (October-December) */
	R_TIME,		/* ampm? h min? */
	R_FRACTION,	/* den 分の num; whole-num/den (11-1/2) */
	R_FRACTION_WORD,/* pre? word post?; word unit: a fraction of the implied unit */
	R_RANK,		/* n */
	R_AGE,		/* n; n decade: 20代, [20, 30] */
	R_RATE,		/* pre? dn? du (per) pre2? n (u | cur) post?  (dn absent: 1; du a
			 * duration, a unit or a per thing: $7.14 a share) */
	R_PAIR,		/* a b unit: 两三年, two adjacent digits, a range */
	R_NAME,		/* a name that holds a number (国道246号, 737 MAX): it takes
			 * its place and gives no claim */
	R_SCORE		/* a b game?: 6-1, 3対2, a match that holds figures but states
			 * no quantity: it takes its place and gives no claim; a
			 * first figure below the second only where (?<game>) is set */
};

/* A match rule: a PCRE2 pattern in which {NUM}, {DIGITS}, {DIGITS1..4},
 * {UNIT}, {CUR}, {PER}, {PRE}, {POST}, {DUR}, {REL}, {FRAC}, {HONOR}, {AMPM},
 * {MONTH}, {PERIODS}, {ONESPAN} (one_spans) and {HAN} (a Chinese character)
 * are replaced by alternations built from the tables
 * ({NUM} from the language's num_pattern, in which {ARABIC}, {NUMCHARS},
 * {BIG}, {GLUED}, {NUMWORDS} and {ZERO} stand for its parts).  Rules are
 * tried at every position near a figure word (scan.c: REACH), names and
 * rules with \K at every position; where matches overlap the one that starts first
 * wins, at the same start the longer, then the earlier rule.
 * \K may start the claim after context that the match needs. */
struct rule {
	const char *name;
	enum rule_type type;
	const char *pattern;
	const struct unit *implied;	/* the unit the pattern itself says (百分之), or NULL */
	const char *const *needs;	/* words one of which a text must hold for the
					 * rule to match in it (年, 第); NULL: none */
};

struct lang {
	const char *code;
	enum script script;
	int caseless;				/* words match in any case */
	int spaced;				/* words stand between spaces: \b matters */
	int fiscal_start;			/* month a fiscal year (年度) starts; 0: the calendar year */
	int dates_follow;			/* a figure's date comes after it (3.6% in November) */
	int tail_abbrev;			/* 二百五 is 250: a last digit after a place counts below it */
	int bare_big;				/* 万 alone is ten thousand where the pattern lets
						 * it begin a figure: 近万人, 万余名 */
	const char *num_pattern;		/* what {NUM} is */
	const struct numeral *numerals;
	const struct unit *units;
	const struct unit *currency_prefixes;	/* $ £ €: units before the number */
	const struct unit *per_things;		/* share, 株, 桶: what an amount is per (a rate) */
	const struct month_word *months;
	const struct qualifier *prefixes;	/* before the number */
	const struct qualifier *place_prefixes;	/* only before a bare place word of a
						 * hundred or more: 上千, 过万 */
	const struct qualifier *suffixes;	/* after the number and unit */
	const char *const *unit_not_hyphen;	/* round, half: a unit word before a hyphen and one
						 * is an ordinal's (a 2027 second-round pick) */
	const char *const *suffix_not_before;	/* the, its: a word of suffixes right before one
						 * opens a phrase (4.1% and below the state average) */
	const struct period_word *periods;
	const struct fraction_word *fractions;
	const struct fraction_word *one_spans;	/* a decade, a year: one unit of time, a figure
						 * after a qualifier only (more than a decade) */
	const char *const *honorifics;		/* before an age in ( ) */
	const char *const *name_titles;		/* before a name and an age in ( ): 局长李明（48） */
	const char *const *pm_words;		/* 午後: add 12 hours */
	const char *const *am_words;
	const char *const *range_joiners;	/* A ~ B */
	const char *const *range_open;		/* A から B ... */
	const char *const *range_close;		/* ... まで */
	const char *const *range_close_of;	/* ... の: for ages, dates, times only (70歳から74歳の) */
	const char *const *change_close;	/* に, となった, と増え: after AからB程度, a change; whatever
						 * else follows makes a range (10年から15年程度とされる) */
	const char *const *alternatives;	/* A または B */
	const char *const *or_marks;		/* 、 between numbers that follow each other:
						 * 2、3日 is two or three days */
	const char *const *change_from;		/* from A to B: a change, no range */
	const char *const *change_adverbs;	/* up, down: a change before a figure, but
						 * a range before percentages ("eating up
						 * 30% to 35%") */
	const char *const *record_words;	/* fewest, highest: before "since", a record's date */
	const char *const *record_not_after;	/* at: before a record word, a bound (at least 20
						 * people have died since Monday: no record) */
	const char *const *record_after;	/* 最多, 番目: after a date, its since word and で or の,
						 * a record's date (1999年以降で2番目に少ない) */
	const char *const *record_joiners;	/* で: between the since word and the record */
	const char *const *base_from;		/* from: before a base figure, whose date then
						 * follows it (from $35.1 million a year earlier) */
	const char *const *date_preps;		/* in, on: between a figure and its date */
	const char *const *base_object;		/* を: a base as the object of ... */
	const char *const *base_verbs;		/* 上回る: ... a verb of comparison */
	const char *const *base_before_figure;	/* より: after a date, a base when a figure follows */
	const char *const *base_before_year;	/* % on: right before a year or a year word, a base
						 * (up 21% on 2023; but rose 4% on March 3 is that day) */
	const char *const *base_before_of;	/* times: before a period word with year_of after it,
						 * the base of a multiple (three times last year's) */
	const char *const *noun_of;		/* of: after a multiple and a noun, before its base's
						 * date (double the turnout of 2022) */
	const char *const *base_levels;		/* 高点: after a base's date and 的, right before
						 * its figure (较2024年的高点16.9元) */
	const char *const *level_nouns;		/* level: after noun_of and a date, a base's noun
						 * (88% of its 2019 level, 92% of 2019 levels) */
	const char *const *base_before_change;	/* から: after a date, a base when a figure and a
						 * word of change_after follow (2021年から約3割上がった) */
	const char *const *base_open;		/* 与: opens a base phrase that 相比 closes */
	const char *const *base_close;		/* 相比, に比べ: ends a base phrase that holds a date */
	const char *const *quote_marks;		/* 「」: inside a base phrase, no clause break */
	const char *const *year_frames;		/* には: after a year, it frames the sentence's
						 * months (2005年には、…9月7日に: 2005's) */
	const char *const *level_to;		/* 降至, から: before the level a change reaches */
	const char *const *level_to_end;	/* に: after AからB, B is the level a change reaches */
	const char *const *determiners;		/* some: a prefix before another prefix is no
						 * qualifier (some more than 80 years old) */
	const char *const *next_year;		/* 次年, 翌年: between two dates of a range, the end in
						 * the year after (每年11月15日至次年3月15日) */
	const char *const *next_day;		/* 次日, 翌朝: between the two times of a range that
						 * ends the next day (22时至次日6时) */
	const char *const *changes_by;		/* 引き上げ、: between a rate's change and the
						 * level it came to (1件あたり110円引き上げ、880円とした) */
	const char *const *changes_to;		/* に と: right after that level */
	const char *const *change_before;	/* 提高, 高了: right before an amount, its change
						 * (每斤3元左右，比去年高了0.5元: of the rate) */
	const char *const *change_gaps;		/* ", up ": the whole gap between a rate and a
						 * change of it right after ($6 a dozen, up $1) */
	const char *const *gap_leads;		/* last, on, in: the first word of a time or place
						 * between a rate and its change ("$9.62 a bushel last
						 * week, down $3") */
	const char *const *change_after;	/* 上がった: right after it (1俵2万6000円台で、
						 * 3年前に比べ約5000円上がった) */
	const char *const *change_marks;	/* 増, 高: right after a figure, a change of it
						 * (前年の2割高: no figure of that year) */
	const char *const *frame_words;		/* the past: before a duration that frames a period
						 * (over the past five years), no base's unit */
	const char *const *frame_ends;		/* to, ended: after a word of frame_articles and a
						 * duration, the same (in the 12 months to Aug. 31;
						 * not the 30 days required) */
	const char *const *frame_articles;	/* the */
	const char *const *statement_breaks;	/* ；: a break after which no clause carries a rate on
						 * (年加工能力达80万吨；冷库储藏能力达到260万吨) */
	const char *const *change_acts;		/* 引き上げた: the same, of a change someone sets
						 * (10月から150円値上げ: from October, no base) */
	const char *const *time_changes;	/* 変更: after AからBに of two times, a change of
						 * the time (else the hours between: 午後5時から7時に集中) */
	const char *const *change_by_verbs;	/* rise: a change only with "by" after it */
	const char *const *since_words;		/* 2022年以降 */
	const char *const *since_not;		/* 起步 起来: words that start with a since word but are none */
	const char *const *since_not_ending;	/* 发起, 一起: a word that ends in a since word
						 * (起) and is none */
	const char *const *since_events;	/* 危机 地震: an event that a year names, when it ends the
						 * words between the date and its since word: no span
						 * (2008年金融危机以来 is 2008, as "since the 2008 crisis") */
	const char *const *subject_markers;	/* は が も */
	const char *const *subject_joiners;	/* の */
	const char *const *list_joiners;	/* 27% と 31%: one subject */
	const char *const *particles;		/* は が を: kana that end a noun phrase, not a noun */
	const char *const *fraction_bases;	/* the, its: after a fraction set off by a comma,
						 * its base (…, roughly half the total in 2007; not
						 * "half of the", a part, nor "Half the students in
						 * 2024 passed") */
	const char *const *clause_bases;	/* of what: after a fraction, a clause of its base
						 * (about half of what developers paid in 2022) */
	const struct unit *fraction_units;	/* 千 of 千分之一: the unit a fraction of that denominator is (‰) */
	const char *const *own_spans;	/* "for the day" after a level: its own span, not the rate's base */
	const struct qualifier *decade_parts;	/* low 30s: the part of a decade a word before it names */
	const char *const *asides;		/* which who: right after a comma, an aside up to the
						 * next comma whose date dates no figure outside it */
	const char *const *then_clauses;	/* ", when": after a date of since, the figures of
						 * its clause are of that date (up 38% since 2019,
						 * when the parks counted 10.3 million visitors) */
	const char *const *than_bases;		/* more than the, below the: after a percentage, a
						 * clause of the base whose date is the base's
						 * (40% more than the authority spent in 2021; not
						 * "higher than a year earlier in March") */
	const char *const *multiple_bases;	/* double the $640 million: the words before
						 * a multiple's base figure after it */
	const char *const *subject_carriers;	/* 4.8%増の4兆円, rose 5% to $3 billion:
						 * the second figure has the first's subject */
	int subject_max;			/* characters, or words where spaced */
	int subject_before;			/* longest noun right before a figure that is its subject (0: none) */
	const char *const *subject_bases;	/* 较: a phrase that starts so is a base, no subject */
	const char *const *subject_heads;	/* 年薪: a longer phrase ending so is cut to its end */
	const char *const *kana_nouns;		/* 子ども 空き家: nouns with kana a subject may hold */
	const char *const *sentence_ends;
	const char *const *clause_breaks;
	const char *const *abbreviations;	/* U.S.: a full stop that ends nothing */
	const char *const *name_exceptions;	/* In 2022: a word that makes no name */
	const char *const *ing_names;		/* Boeing: a name in -ing (a sentence's first
						 * word in -ing is else a verb: Hiring 20) */
	const char *const *weight_or_length;	/* キロ: a unit that per an area is a weight (10アールあたり480キロ) */
	const char *const *device_units;	/* meters: a unit that after a noun is a counted
						 * thing (40 parking meters) */
	const char *const *verb_units;		/* won: a unit that is a verb too; after a number
						 * in words, the verb (All eight won medals) */
	const char *const *aside_adverbs;	/* first, originally: before the participle that
						 * opens an aside ("The regatta, first held in 1972,") */
	const char *const *year_dashes;		/* - －: between a year of four digits and one of
						 * two, a range of years (2020-21年), where words
						 * are not spaced and a hyphen joins no other range */
	const char *const *people;		/* teachers: a counted noun of people, no unit of
						 * the table (40 volunteers: person, not item) */
	const char *const *period_masks;	/* 过去, 昆明: words that hold the start of a period word (过去年均) */
	const char *const *ahead_words;		/* now: a period word that dates the figures after it only */
	const char *const *ahead_not;		/* expects: after such a word, no period (now expects 5%) */
	const char *const *topic_ends;		/* には, 引き上げ: before its comma, a clause goes on */
	const char *const *frame_marks;		/* で: 小学校で約290円, a frame of the figure after it */
	const char *const *whole_words;		/* 全, 総: a frame word of the whole (全校で) */
	const char *const *year_ends;		/* 末: after a year word, its last month (昨年度末: March) */
	const char *const *date_tails;		/* 末, 中旬: a part of the date before it (2月末現在) */
	const char *const *rate_levels;		/* 増の: between a rate's change and the level it
						 * comes to (1株あたり5円増の45円: JPY/share) */
	const char *const *birth_tails;		/* 生まれ 出生: right after a date, a birth's, no
						 * period of the sentence (2000年生まれの25歳) */
	const char *const *each_words;		/* それぞれ: "respectively", between a base
						 * and the change it is the base of */
	const char *const *month_units;		/* 月: a unit that after 1 to 12 and before a word
						 * of month_marks names a month, no span */
	const char *const *month_marks;		/* 份 历史 同期: after 1月, of the month
						 * (跌破1月历史极值: January; 约需3月完成 is a span) */
	const char *const *noun_markers;	/* its, the: before a word of future_verbs, a noun
						 * ("since its start March 3") */
	const char *const *ago_ends;		/* 年前 ago: the end of a span counted back from
						 * now, no period (約1900年前, about 1,900 years ago) */
	const struct month_part *month_parts;	/* 中旬 11: where a part of a month after it starts
						 * (4月中旬以降 on April 9 is to come, no since) */
	const char *const *range_after;		/* 不等: after A to B, a range whatever stands before */
	const char *const *same_year;		/* 同年: a month after it is of the year last written */
	const char *const *same_period;		/* 同期: 前年同期的2.3倍 is a multiple of that period */
	const char *const *same_period_before;	/* the same period of: a year with the months
						 * of the period before it (2024-01/2024-06) */
	const char *const *ahead_joins;		/* and, with: after a comma, such a word's list goes on */
	const char *const *said_words;		/* said last month: a period of the saying, not of figures */
	const char *const *said_by;		/* polled by Reuters last month: the agent's word */
	const char *const *said_on;		/* said on Nov. 3: a date of the saying */
	const char *const *habitual;		/* 每年, every: right before a date, a time that recurs,
						 * no period of the figures */
	const char *const *unit_names;		/* 札 玉: right after a unit, a name of a note or
						 * coin (1万円札), no amount */
	const char *const *unit_names_not;	/* 札幌: right after a unit, no such name */
	const char *const *datelines;		/* 北京2月22日电（: right after a date, a news
						 * agency's dateline, the filing's day, no period of the figures */
	const char *const *record_set;		/* set in: right before a date, the date of a
						 * record (above the record set in 2008), no period of the figures */
	const char *const *record_gaps;		/* behind, off, short (of): one word each, as base_before,
						 * a figure's gap to a record (58 seconds behind the record
						 * set in 2023) */
	const char *const *said_in;		/* said in November (they would...): a date of the saying,
						 * past, whatever the clause says of what is to come */
	const char *const *said_that;		/* said Nov. 3 that: the same */
	const char *const *since_named;		/* since the 2008 crisis: a year naming a thing, no span */
	const char *const *during_breaks;	/* to, for: no "during" over them ($2 million to families over 10 years) */
	const char *const *year_of;		/* 今年の第4四半期, this year's: a year word's part of it */
	const char *const *last_century;	/* 上世纪, 20世紀: a decade of two digits after it is of the 1900s */
	const char *const *this_century;	/* 本世纪, 21世紀: of the 2000s (with neither, 00年代 to
						 * 20年代 are of the 2000s, 30年代 on of the 1900s) */
	const char *const *hyphen_words;	/* mid-2025: a word before a hyphen that makes no name */
	const char *const *number_joiners;	/* and, between numeral words, and 零 and "and"
						 * between the parts of a compound figure */
	const char *const *articles;		/* 一项, 一名: "a", no count (一人 is one) */
	const char *const *superlatives;	/* 最大: right before an article, an adjective (其中最大一家:
						 * the largest one), no bound */
	const char *const *minus_words;		/* 零下 氷点下 minus: below zero (temperatures) */
	const char *const *minus_not_after;	/* plus or: before minus, a margin (plus or minus 2%) */
	const char *const *numeral_neighbours;	/* 計 年 毎: kanji after which a kanji numeral
						 * is a figure (計三人); after any other it is
						 * part of a word (誠一, 統一); NULL: no such test */
	const char *const *future_words;	/* 予定 将于 will: a date of the clause is to come */
	const char *const *future_before;	/* by, next: right before a date, the same */
	const char *const *future_verbs;	/* begins: a verb not in the past right before a
						 * date, to come whatever the clause's other verbs
						 * (approved a budget for the year that begins July 1) */
	const char *const *sentence_years;	/* 前年: a year counted from the year of a date
						 * before it in its sentence, and with none no period */
	const char *const *context_years;	/* a year earlier: counted from the date
						 * written before it in its sentence, if
						 * any, not from publication */
	const char *const *effective_words;	/* effective: right before a date, a month
						 * after publication is this year's whatever
						 * the clause ("voted …, effective June 1") */
	const char *const *future_from;		/* from: right before a date in a clause to come,
						 * the same (will rise from 1 January) */
	const char *const *future_start;	/* starting: right before a date in a clause with
						 * no verb in the past, the same (said it would
						 * slow …, reducing the cap starting April 1) */
	const char *const *future_not;		/* would have: a future word that starts so is none */
	const char *const *future_attributive;	/* scheduled: a future word that is none before a
						 * noun (canceled 1.4% of scheduled flights) */
	const char *const *present_marks;	/* すでに: in the clause, a verb not in the past is
						 * of now, not to come (12月以降…すでに14日を数える) */
	const char *const *past_before;		/* last: right before a date, it is past (forecast
						 * last October that trade would grow) */
	const char *const *past_words;		/* was, rose: a clause in the past; without one, a
						 * month after "by" is a deadline to come */
	const char *const *past_suffixes;	/* -ed: a word so ended is in the past ... */
	const char *const *past_suffix_not;	/* ... but for these (need, hundred, planned) */
	const char *const *past_suffix_after;	/* ... nor after these (be, to, could: could be
						 * finished is no past) */
	const char *const *base_lead;		/* 约为: right before a date and 的 and a percentage
						 * (约为2019年的八成), the date is the base's */
	const char *const *base_tail;		/* まで回復: right after such a percentage, the same
						 * (2019年度の9割程度まで回復) */
	const char *const *range_verbs;		/* ranging: "from A to B" after it, a few words
						 * back, is a range, no change */
	const char *const *future_in;		/* in: right before a month with no day in a clause
						 * to come with no word in the past, a month before
						 * publication is next year's (will begin in March) */
	const char *const *future_after;	/* に から まで: right after a month or day not a
						 * range's end, as future_in before one
						 * (3月に稼働する予定 in October is next March) ... */
	const char *const *future_after_not;	/* ... but for these (3月に比べ: a base) */
	const char *const *past_forms;		/* した れた てから: a verb in the past in the
						 * clause keeps such a date where it is ... */
	const char *const *past_forms_not;	/* ... but for these after it (したい, したら) */
	const char *const *restatements;	/* 、率にして: the change of a figure said again as
						 * another (約300万人、率にして2.4%減った) */
	const char *const *nonpast_ends;	/* る う く: a verb's last kana not in the past ... */
	const char *const *nonpast_not;		/* ... but for these (いる ある: a present state) */
	const char *const *nonpast_quote;	/* と: after such a verb, or the clause's end */
	const char *const *past_ends;		/* た: the last character of a clause in the past */
	const char *const *past_not;		/* 発表した: but a verb of saying or deciding, whose past it is */
	const char *const *stopwords;		/* the, of: no subject starts or ends with them */
	const char *const *minus_after;		/* below zero: after a temperature, its minus */
	const char *const *base_context;	/* at the same point: between a base figure and
						 * its date (from 2,649 at the same point a year earlier) */
	const char *const *base_nouns;		/* peak of: a base's noun before its figure
						 * (down from a peak of 310) */
	const char *const *relative_base_after;	/* 前年度から, 前年より: after a relative period word, a base */
	const char *const *loyalty_points;	/* ポイント: above 100 a count of points, no percentage points */
	const char *const *score_words;	/* scored, rebounds: bare points in their sentence are a score's */
	const char *const *score_not;	/* $, revenue: a sentence of money, no game's */
	const char *const *comparison_prefixes;	/* more than: right after a figure, a comparison's base */
	const char *const *spans;		/* 今後, 未来, the next: between a qualifier and a
					 * duration (少なくとも今後2週間) */
	const char *const *unit_after;		/* 前後 まで を: after a bare figure and a word that only
						 * context makes a unit, words that let a unit of the
						 * sentence carry to it (夜間は5度前後) */
	const char *const *unit_not_before;	/* にわた: ... but not these (2度にわたり: twice) */
	const char *const *okurigana;		/* き し り: kana that end a word within a noun
						 * (空き室率, 貸し出し上限) */
	const char *const *infinitives;		/* to: a verb after it starts a clause of its own
						 * (approved … to cover purchases through March 31) */
	const char *const *next_words;		/* next: right before a month, the next one to come
						 * ("by next June" in June is next year's) */
	const char *const *change_by;		/* by: rose by 98 to 13,100 (after a verb of change) */
	const char *const *noun_compared;	/* above, topping: before a base noun (its record
					 * of 18.9 million), the figure is a base too */
	const char *const *compared_with;	/* compared with: the figure after it is in the
						 * unit of the one it is compared to */
	const char *const *change_origins;	/* from: grew from nine to 12 stores, to 12 stores
						 * from nine (the bare figure in the other's unit) */
	const char *const *recent_before;	/* 为, 创: before 近 too (为近十年最低) */
	const char *const *window_nouns;	/* 降雨量: right after a duration, a measure over
						 * that window, which a prefix qualifies
						 * (最大24小时降雨量: no "at most 24 hours") */
	const char *const *recent_prefixes;	/* 近 at a clause's start before a duration: the
						 * past (近5年，: the past five years) */
	const char *const *time_suffixes;	/* suffixes that qualify a duration only (近五年来) */
	const char *const *word_suffixes;	/* 强: no suffix where a Han character follows, the
						 * start of a word (3次强降雨); plus: none after a
						 * unit before a word or figure (7% plus inflation) */
	const char *const *halves;		/* 1年半, two and a half: a half of the unit more */
	const char *const *not_claims;		/* 一成不变, first half: words that hold a numeral */
	const char *const *since_before;	/* since 2020: from then on */
	const char *const *base_before;		/* 较去年, than last year: the base of a */
	const char *const *base_after;		/* 昨年比, 去年相比: comparison, no period */
	const char *const *between;		/* between A and B: a range */
	const char *const *between_joiners;	/* and */
	const char *const *unit_lists;		/* and: 3 and 5 percent, the first takes the unit */
	const char *const *void_prefix_after;	/* edged (up to 4.3%): no qualifier then */
	const char *const *prefix_words;	/* words that end in a prefix but are none (合约, 予約) */
	const char *const *voidable_prefixes;	/* up to: the prefixes this applies to */
	const char *const *lasting_verbs;	/* waited, lasted: "over" after them is more
						 * than, even after a count (1.7 million
						 * patients waited over 12 hours) */
	const char *const *during_prefixes;	/* over: "during" before a duration that a
						 * second qualifier follows (over about six weeks) */
	const char *const *verb_prefixes;	/* topped, 约占: a prefix that is a verb: it
						 * qualifies, the text starts after it */
	const char *const *prefix_verbs;	/* 需, 可获得: light verbs between a prefix and
						 * its number (约需15天, 最多可获得2万元) */
	const char *const *during;		/* $10 billion over five years: a prefix of a
						 * duration right after a figure means "during" */
	const char *plural_suffix;		/* s: makes a counted noun's plural, whose unit a
						 * hyphened one takes (a 650-student school: students) */
	const char *const *during_words;	/* over its, during the: "during" right before a
						 * duration (312,000 people over its 10 days) */
	int space_breaks;			/* a space between a figure and its suffix ends the
						 * figure (zh headlines: 21个月 内蒙古) */
	int year_marked;			/* news marks a month of last year (昨年9月, 去年9月):
						 * the month after publication's is to come */
	const struct era *eras;			/* 令和 平成: a year counted from an era's first */
	const char *const *era_first;		/* 元 (令和元年): the first year of an era */
	const struct rule *rules;
};

extern const struct lang lang_ja, lang_zh, lang_en;

/* A rule fragment of the tables: a short aside in brackets after a thing
 * of a rate, what it holds (1俵（60キロ）, 每箱（约3公斤）) */
#define BRACKETED "[（(][^（()）\\n]{1,16}[）)]"

/* Every language, ended by NULL. */
extern const struct lang *const LANGS[];

/* The language of code ("ja"), or NULL. */
const struct lang *lang_find(const char *code);

/* The table entry whose text is [s, s+n) (in any case where l->caseless),
 * or NULL. */
const struct unit *lang_unit(const struct lang *l, const struct unit *u, const char *s, size_t n);
const struct qualifier *lang_qualifier(const struct lang *l, const struct qualifier *q,
				       const char *s, size_t n);
/* The longest entry of q that [s, s+n) starts with (*len its length), or NULL. */
const struct qualifier *lang_qualifier_at(const struct lang *l, const struct qualifier *q,
					  const char *s, size_t n, size_t *len);
const struct period_word *lang_period(const struct lang *l, const char *s, size_t n);
const struct period_word *lang_period_at(const struct lang *l, const char *s, size_t n, size_t *len);
const struct fraction_word *lang_fraction(const struct lang *l, const char *s, size_t n);
int lang_month(const struct lang *l, const char *s, size_t n);	/* 1..12, or 0 */
/* Index of the word of list that [s, s+n) is, or -1. */
int lang_word(const struct lang *l, const char *const *list, const char *s, size_t n);
/* Length of the longest word of list that s starts with (s has n bytes),
 * 0 if none. */
size_t lang_prefix(const struct lang *l, const char *const *list, const char *s, size_t n);
/* Does a word of list cover s[p], start at or before it and end after
 * it (s has n bytes)? */
int lang_covers(const struct lang *l, const char *const *list, const char *s, size_t n, size_t p);
/* The same: where that word starts, plus 1; 0 if none. */
size_t lang_cover_start(const struct lang *l, const char *const *list, const char *s, size_t n, size_t p);
/* Does a word of list end at s[p] (s starts p bytes before)? */
int lang_suffix(const struct lang *l, const char *const *list, const char *s, size_t p);
/* The length of the word of list that ends at s[p], or 0. */
size_t lang_suffix_len(const struct lang *l, const char *const *list, const char *s, size_t p);
/* Does s[0..p) end with word (as the language compares words)? */
int lang_word_ends(const struct lang *l, const char *word, const char *s, size_t p);
/* How many of unit small make one of unit big (hour, minute: 60; ft, in:
 * 12), or 0; with small NULL, of big's next smaller unit (minute: 60). */
double unit_parts(const char *big, const char *small);

#endif
