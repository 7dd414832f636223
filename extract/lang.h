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
	K_AGE, K_RANK, K_RATIO, K_RATE, K_DATE, K_TIME
};

enum qual { Q_EQ, Q_APPROX, Q_NEARLY, Q_GE, Q_GT, Q_LE, Q_LT, Q_RANGE, Q_VAGUE };

/* How a qualifier turns a figure v of precision step s into an interval. */
enum bound {
	B_ROUND,	/* [v - s/2, v + s/2] */
	B_ABOUT,	/* [v - s, v + s] */
	B_BELOW_STEP,	/* [v - s, v] */
	B_ABOVE_STEP,	/* [v, v + s] */
	B_FROM,		/* [v, inf) */
	B_UPTO		/* (-inf, v] */
};

/* What a numeral word is to the numeral parser. */
enum ntype {
	N_DIGIT,	/* 一 = 1: a digit */
	N_PLACE,	/* 十 百 千: multiplies the digit before it */
	N_BIG,		/* 万 億 兆: closes a section of places */
	N_SEVERAL,	/* 数: an unknown digit, 2..9 (1..9 after a place) */
	N_WORD		/* ゼロ: a whole number by itself */
};

struct numeral {
	const char *text;
	enum ntype type;
	double value;
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

/* A word that names a time relative to the publication date. */
struct period_word {
	const char *text;
	int years;		/* added to the publication year */
	int whole_date;		/* 1: the publication date itself (現在) */
};

/* A word that is a fraction by itself (半数 = 0.5). */
struct fraction_word {
	const char *text;
	double value;
};

/* What the captures of a rule mean. */
enum rule_type {
	R_QUANTITY,	/* pre? num unit? sub? post?  (sub: tenths of the unit, 3割5分) */
	R_DATE,		/* (y | rel)? m? d?, post? */
	R_TIME,		/* ampm? h min? */
	R_FRACTION,	/* den 分の num */
	R_FRACTION_WORD,/* pre? word post? */
	R_RANK,		/* n */
	R_AGE,		/* n */
	R_RATE		/* pre? dn du (per) n u post? */
};

/* A match rule: a PCRE2 pattern in which {NUM}, {DIGITS}, {DIGITS1..4}, {UNIT}, {PRE},
 * {POST}, {DUR}, {COUNTER}, {REL}, {FRAC}, {HONOR} and {AMPM} are replaced
 * by alternations built from the tables.  Rules are tried at every
 * position; the longest match wins, then the earlier rule. */
struct rule {
	const char *name;
	enum rule_type type;
	const char *pattern;
};

struct lang {
	const char *code;
	const struct numeral *numerals;
	const struct unit *units;
	const struct qualifier *prefixes;	/* before the number */
	const struct qualifier *suffixes;	/* after the number and unit */
	const struct period_word *periods;
	const struct fraction_word *fractions;
	const char *const *honorifics;		/* before an age in ( ) */
	const char *const *pm_words;		/* 午後: add 12 hours */
	const char *const *am_words;
	const char *const *range_joiners;	/* A ~ B */
	const char *const *range_open;		/* A から B ... */
	const char *const *range_close;		/* ... まで */
	const char *const *alternatives;	/* A または B */
	const char *const *since_words;		/* 2022年以降 */
	const char *const *subject_markers;	/* は が も */
	const char *const *subject_joiners;	/* の */
	const char *const *list_joiners;	/* 27% と 31%: one subject */
	const char *const *sentence_ends;
	const char *const *clause_breaks;
	const char *duration_of_year;		/* unit code that a 4-digit year must not take */
	const struct rule *rules;
};

extern const struct lang lang_ja;

/* The table entry whose text is exactly [s, s+n), or NULL. */
const struct unit *lang_unit(const struct lang *l, const char *s, size_t n);
const struct qualifier *lang_qualifier(const struct qualifier *q, const char *s, size_t n);
const struct period_word *lang_period(const struct lang *l, const char *s, size_t n);
const struct fraction_word *lang_fraction(const struct lang *l, const char *s, size_t n);
/* Index of the word of list that [s, s+n) equals, or -1. */
int lang_word(const char *const *list, const char *s, size_t n);
/* Length of the longest word of list that s starts with (s has n bytes), 0 if none. */
size_t lang_prefix(const char *const *list, const char *s, size_t n);

#endif
