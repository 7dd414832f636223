/* extract/scan.c - rules to claims: compile, match, choose; the driver. */
#define _GNU_SOURCE	/* memmem */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "claims.h"
#include "detect.h"
#include "numeral.h"
#include "scan.h"
#include "text.h"

#define MAX_CAPTURES 64	/* ovector pairs: the whole match and 63 groups */

/* What a rate is per when it is a thing the tables do not name. */
static const struct unit ITEM = {"", "item", K_COUNT, 1};
static const struct unit PERSON = {"", "person", K_COUNT, 1};	/* 40 volunteers */

/* The named captures a rule may use. */
enum group {
	G_PRE, G_NUM, G_UNIT, G_POST, G_Y, G_M, G_D, G_REL, G_AMPM, G_H,
	G_MIN, G_DN, G_DU, G_N, G_U, G_DEN, G_WORD, G_SUB, G_CUR, G_MID, G_MON,
	G_A, G_B, G_WHOLE, G_THING, G_EM, G_FY, G_FYE, G_GAME, G_ED, G_EY, G_DECADE, G_PRE2, G_YEND, G_EMON, G_HALF, G_BIG,
	G_AGO, G_RMON, G_DECADES, G_LATER, G_RIN, G_SEC, NGROUPS
};
static const char *const GROUP_NAMES[NGROUPS] = {
	"pre", "num", "unit", "post", "y", "m", "d", "rel", "ampm", "h",
	"min", "dn", "du", "n", "u", "den", "word", "sub", "cur", "mid", "mon",
	"a", "b", "whole", "thing", "em", "fy", "fye", "game", "ed", "ey", "decade", "pre2", "yend", "emon", "half", "big",
	"ago", "rmon", "decades", "later", "rin", "sec"
};

#define KEY_WORDS 4		/* a set of key words: 256 bits */
#define MAX_KEYS (64 * KEY_WORDS)
typedef struct {
	uint64_t w[KEY_WORDS];
} keyset;

struct compiled {
	const struct rule *rule;
	pcre2_code *re;
	int group[NGROUPS];	/* capture number, or -1 */
	keyset needs;		/* the key words one of which it needs; none: no need */
	int near;		/* tried only in the windows near figure words */
};

/* The key words of all rules (rule.needs), found in a text in one pass:
 * words of one byte by a table of bytes, longer ones by a table of their
 * first two bytes (ASCII) or of their first character (年: most kanji
 * share their first two bytes). */
struct keys {
	const char *word[MAX_KEYS];
	size_t len[MAX_KEYS], n;
	keyset byte[256];		/* one-byte words: the byte */
	uint8_t one[256];		/* byte[] is not empty */
	uint8_t *pair;			/* 65536: bucket + 1 of two first bytes, or 0 */
	uint8_t *first;			/* 65536: bucket + 1 of a first character, or 0 */
	keyset bucket[255];		/* the longer words of a bucket */
	keyset all;			/* every word */
	size_t nbuckets;
	int caseless;			/* ASCII letters match in any case */
};

/* ASCII case, whatever the locale (tolower is the locale's) */
static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static unsigned char upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

/* Where a figure can start: at an ASCII or a full-width digit, or at a
 * figure word of the tables (numerals, months, fractions, period words:
 * 一, 万, two, dozen, May, 半数, 今年); a word of ASCII letters counts
 * whole and at the start of a word, any other by its first character. */
#define MAX_ASCII_WORDS 512
struct starts {
	uint8_t bmp[65536 / 8];		/* a bit per code point below U+10000 */
	const char *word[MAX_ASCII_WORDS];
	size_t len[MAX_ASCII_WORDS], n;
	int16_t next[MAX_ASCII_WORDS];	/* the next word of the same first letter */
	int16_t head[128];		/* by first letter, lower case if caseless: -1 none */
};

/* A match starts at most REACH bytes before the first figure word it
 * holds: 約, more than US$, 超过百分之 (the longest seen in some 1,900 texts
 * is 24), and the longest gaps the rules allow, 1日の利用者数は平均で and
 * 每平方米可节省超过, take some 50.  So a rule is tried only in windows that
 * end at a figure word, and PCRE2 does not walk the text between them.
 * Names and \K rules are tried everywhere; KAZU_SCAN_EVERYWHERE=1 tries
 * every rule everywhere, and the tests check that it changes no row. */
#define REACH 64

struct window {
	size_t start, last;	/* a match may start in [start, last] */
};

struct windows {
	struct window *v;
	size_t n, cap;
};

struct scanner {
	const struct lang *lang;
	struct compiled *rules;
	size_t nrules;
	struct keys keys;
	struct starts starts;
	int everywhere;		/* try every rule at every position, whatever key words
				 * the text holds: the check of REACH and of rule.needs */
	pcre2_match_context *mc;	/* the offset limit of a window */
	struct windows win;	/* of the text being matched */
	pcre2_code *periods;	/* any period word */
	pcre2_match_data *md;
	int ready;		/* rules compiled: 1, or -1 when they failed */
	char err[256];		/* why they failed */
	struct scanner *master;	/* compiles the rules, shared: scanner_share */
};

/* A growable string for building patterns. */
struct buf {
	char *s;
	size_t len, cap;
	int oom;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = (b->len + n + 1) * 2;
		char *p = realloc(b->s, cap);

		if (!p) {
			b->oom = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Append the bytes s[0..n), escaped for a pattern. */
static void buf_escaped_n(struct buf *b, const char *s, size_t n)
{
	for (; n; s++, n--) {
		if (strchr("\\^$.|?*+()[]{}-/#~ ", *s))
			buf_add(b, "\\", 1);
		buf_add(b, s, 1);
	}
}

static void buf_escaped(struct buf *b, const char *s)
{
	buf_escaped_n(b, s, strlen(s));
}

/* The length of the character at s, a word of a table (valid UTF-8). */
static size_t char_len(const char *s)
{
	size_t len;

	utf8_decode(s, s + strlen(s), &len);
	return len;
}

static int by_bytes(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The words w[0..n), sorted, that share their first depth bytes (already
 * written), as a trie: one branch for each next character, and the end of
 * a word last, so that at any place the longest word is tried first and a
 * shorter one only after it fails, as in an alternation longest first;
 * branches that start with different characters cannot both match. */
static void trie(struct buf *b, const char *const *w, size_t n, size_t depth)
{
	size_t i = 0, j, groups = 0, k;
	int end = 0;

	while (i < n && w[i][depth] == 0) {	/* sorted: the words that end here come first */
		end = 1;
		i++;
	}
	for (j = i; j < n; j += k, groups++)
		for (k = 1; j + k < n && strncmp(w[j] + depth, w[j + k] + depth, char_len(w[j] + depth)) == 0; k++)
			;
	if (groups == 0)
		return;
	if (groups > 1 || end)
		buf_str(b, "(?:");
	for (j = i, groups = 0; j < n; j += k, groups++) {
		size_t len = char_len(w[j] + depth);

		for (k = 1; j + k < n && strncmp(w[j] + depth, w[j + k] + depth, len) == 0; k++)
			;
		if (groups)
			buf_str(b, "|");
		buf_escaped_n(b, w[j] + depth, len);
		trie(b, w + j, k, depth + len);
	}
	if (end)
		buf_str(b, "|");
	if (groups > 1 || end)
		buf_str(b, ")");
}

static int by_folded(const void *x, const void *y)
{
	return strcasecmp(*(const char *const *)x, *(const char *const *)y);
}

/* Where the pattern is caseless (fold), do two of the words w[0..n)
 * (sorted without case) part at letters that differ only in case
 * (Bn, bn1)?  Both branches of the trie could match, the shorter first. */
static int case_twins(const char *const *w, size_t n)
{
	size_t i, l;

	for (i = 0; i + 1 < n; i++) {
		for (l = 0; w[i][l] && lower((unsigned char)w[i][l]) == lower((unsigned char)w[i + 1][l]); l++)
			;
		if (strncmp(w[i], w[i + 1], l) != 0)
			return 1;
	}
	return 0;
}

/* Append an alternation of words, as a trie that tries the longest word
 * first where one is a prefix of another (or, where case would make two
 * branches meet, as a list longest first). */
static void buf_words(struct buf *b, const char *const *words, size_t n, int fold)
{
	const char **w = malloc((n ? n : 1) * sizeof *w);
	size_t i, m = 0, len, longest = 0;
	int first = 1;

	if (!w) {
		b->oom = 1;
		return;
	}
	for (i = 0; i < n; i++)
		if (*words[i])
			w[m++] = words[i];
	buf_str(b, "(?:");
	qsort(w, m, sizeof *w, fold ? by_folded : by_bytes);
	if (m && !(fold && case_twins(w, m))) {
		qsort(w, m, sizeof *w, by_bytes);
		trie(b, w, m, 0);
	} else {
		for (i = 0; i < m; i++)
			if (strlen(w[i]) > longest)
				longest = strlen(w[i]);
		for (len = longest; len > 0; len--)
			for (i = 0; i < m; i++)
				if (strlen(w[i]) == len) {
					if (!first)
						buf_str(b, "|");
					buf_escaped(b, w[i]);
					first = 0;
				}
		if (first)
			buf_str(b, "(*FAIL)");
	}
	buf_str(b, ")");
	free(w);
}

/* Collect the texts of a table into a NULL-free array of at most max. */
#define COLLECT(arr, table, cond) do {					\
	n = 0;								\
	for (i = 0; (table)[i].text; i++)				\
		if (cond) {						\
			if (n == sizeof arr / sizeof *arr)		\
				return -1;	/* more words than room */ \
			arr[n++] = (table)[i].text;			\
		}							\
} while (0)

static int fill(const struct lang *l, const char *pattern, struct buf *b, const char **bad);

/* Where words are spaced (English), a word must not start or end inside
 * another: "one" is not in "someone". */
static void words(const struct lang *l, struct buf *b, const char *const *w, size_t n)
{
	/* only a word that starts (ends) with a letter needs a boundary there:
	 * three-year-old */
	if (l->spaced)
		buf_str(b, "(?:(?<![A-Za-z])|(?![A-Za-z]))");
	buf_words(b, w, n, l->caseless);
	if (l->spaced)
		buf_str(b, "(?:(?<![A-Za-z])|(?![A-Za-z]))");
}

/* An alternation of the words of a NULL-ended list; -1 when it has more
 * words than an alternation takes. */
static int word_list(const struct lang *l, struct buf *b, const char *const *list)
{
	const char *w[512];
	size_t n;

	for (n = 0; list && list[n]; n++) {
		if (n == sizeof w / sizeof *w)
			return -1;
		w[n] = list[n];
	}
	words(l, b, w, n);
	return 0;
}

/* Expand one placeholder of a rule pattern into b.  Returns 0, or -1 for
 * an unknown name or a table with more words than an alternation takes. */
static int expand(const struct lang *l, const char *name, size_t nl, struct buf *b)
{
	const char *w[512];	/* the words of one table: the English units are some 260 */
	size_t i, n;
	const char *bad;

#define IS(s) (nl == strlen(s) && memcmp(name, s, nl) == 0)
#define TYPE(t) (l->numerals[i].type == (t))
	if (IS("NUM")) {
		return fill(l, l->num_pattern, b, &bad);
	} else if (IS("ARABIC")) {
		/* digits: grouped or plain, with a decimal part */
		buf_str(b, "(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})++(?![0-9０-９])|[0-9０-９]++)"
			   "(?:[.．][0-9０-９]++)?+");
	} else if (IS("NUMCHARS")) {
		buf_str(b, "[");
		for (i = 0; l->numerals[i].text; i++)
			if (TYPE(N_DIGIT) || TYPE(N_PLACE) || TYPE(N_SEVERAL))
				buf_str(b, l->numerals[i].text);
		buf_str(b, "]");
	} else if (IS("BIG")) {
		COLLECT(w, l->numerals, TYPE(N_BIG) && !l->numerals[i].glued);
		words(l, b, w, n);
	} else if (IS("GLUED")) {	/* 450k, $1.8bn; lower case: 3M is a name */
		COLLECT(w, l->numerals, TYPE(N_BIG) && l->numerals[i].glued);
		buf_str(b, "(?-i:");
		words(l, b, w, n);
		buf_str(b, ")");
	} else if (IS("NUMWORDS")) {
		COLLECT(w, l->numerals, !l->numerals[i].glued);
		words(l, b, w, n);
	} else if (IS("ZERO")) {
		COLLECT(w, l->numerals, TYPE(N_WORD));
		words(l, b, w, n);
	} else if (IS("DIGITS")) {
		buf_str(b, "(?<![0-9０-９])(?<![0-9０-９][.．,，])[0-9０-９]++");
	} else if (IS("DIGITS1") || IS("DIGITS2") || IS("DIGITS3") || IS("DIGITS4")) {
		buf_str(b, "(?<![0-9０-９])(?<![0-9０-９][.．,，])[0-9０-９]{");
		buf_str(b, IS("DIGITS1") ? "1" : IS("DIGITS2") ? "1,2" : IS("DIGITS3") ? "1,3" : "4");
		buf_str(b, "}(?![0-9０-９])");
	} else if (IS("HAN")) {	/* a Chinese character (CJK Unified Ideographs) */
		buf_str(b, "[\\x{4E00}-\\x{9FFF}]");
	} else if (IS("UNIT")) {
		COLLECT(w, l->units, 1);
		words(l, b, w, n);
		if (l->unit_not_hyphen) {
			buf_str(b, "(?!-");
			if (word_list(l, b, l->unit_not_hyphen) < 0)
				return -1;
			buf_str(b, ")");
		}
	} else if (IS("CUR")) {	/* Rs is no end of "workers" */
		COLLECT(w, l->currency_prefixes, 1);
		words(l, b, w, n);
	} else if (IS("PER")) {
		if (!l->per_things) {
			buf_str(b, "(*FAIL)");
			return 0;
		}
		COLLECT(w, l->per_things, 1);
		words(l, b, w, n);
	} else if (IS("DUR")) {
		COLLECT(w, l->units, l->units[i].kind == K_DURATION);
		words(l, b, w, n);
	} else if (IS("PRE")) {	/* 约, or 约需: a prefix and a light verb */
		COLLECT(w, l->prefixes, 1);
		buf_str(b, "(?<![0-9]-)(?:");	/* (9-under 275: a golf score's word, no bound) */
		words(l, b, w, n);
		if (l->place_prefixes) {	/* 上千: 上 before a place word */
			COLLECT(w, l->place_prefixes, 1);
			buf_str(b, "|");
			words(l, b, w, n);
			buf_str(b, "(?=");
			COLLECT(w, l->numerals, (TYPE(N_PLACE) && l->numerals[i].value >= 100) ||
						(TYPE(N_BIG) && !l->numerals[i].glued));
			words(l, b, w, n);
			buf_str(b, ")");
		}
		buf_str(b, ")");
		if (l->prefix_verbs) {	/* one or two: 最多可获得补贴1.5万元 */
			buf_str(b, "(?:");
			if (word_list(l, b, l->prefix_verbs) < 0)
				return -1;
			buf_str(b, "){0,2}");
		}
	} else if (IS("POST")) {
		COLLECT(w, l->suffixes, 1);
		words(l, b, w, n);
		if (l->suffix_not_before) {
			buf_str(b, "(?!\\h+");
			if (word_list(l, b, l->suffix_not_before) < 0)
				return -1;
			buf_str(b, "(?![A-Za-z]))");
		}
	} else if (IS("REL")) {
		COLLECT(w, l->periods, !l->periods[i].whole_date);
		words(l, b, w, n);
	} else if (IS("PERIODS")) {
		COLLECT(w, l->periods, 1);
		words(l, b, w, n);
		/* a word that ends in a letter or digit ends there: Q3, not
		 * the Q300 model or H1N1 */
		buf_str(b, "(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))");
	} else if (IS("FRAC")) {
		COLLECT(w, l->fractions, 1);
		words(l, b, w, n);
	} else if (IS("ONESPAN")) {
		if (!l->one_spans) {
			buf_str(b, "(*FAIL)");
			return 0;
		}
		COLLECT(w, l->one_spans, 1);
		words(l, b, w, n);
	} else if (IS("SPAN")) {
		return word_list(l, b, l->spans);
	} else if (IS("HALF")) {
		return word_list(l, b, l->halves);
	} else if (IS("MONTH")) {	/* case counts: May is a month, may is not */
		COLLECT(w, l->months, 1);
		buf_str(b, "(?-i:");
		words(l, b, w, n);
		buf_str(b, ")");
	} else if (IS("HONOR")) {
		/* top-level alternation: a lookbehind takes branches of
		 * different fixed lengths only there */
		for (i = 0; l->honorifics && l->honorifics[i]; i++) {
			if (i)
				buf_str(b, "|");
			buf_escaped(b, l->honorifics[i]);
		}
		if (!l->honorifics || !l->honorifics[0])
			buf_str(b, "(*FAIL)");
	} else if (IS("TITLE")) {	/* 局长李明（48）: a title before a name */
		if (!l->name_titles) {
			buf_str(b, "(*FAIL)");
			return 0;
		}
		return word_list(l, b, l->name_titles);
	} else if (IS("ERA")) {	/* 令和6, 平成元, 令和六, 民國113: a year of an era */
		if (!l->eras) {
			buf_str(b, "(*FAIL)");
			return 0;
		}
		COLLECT(w, l->eras, 1);
		words(l, b, w, n);
		buf_str(b, "\\h*(?:[0-9０-９]{1,3}(?![0-9０-９])|");
		if (l->era_first && word_list(l, b, l->era_first) < 0)
			return -1;
		if (l->era_first)
			buf_str(b, "|");
		return fill(l, "{NUMCHARS}{1,4})", b, &bad);
	} else if (IS("ERANAMES")) {	/* branches of a lookbehind: 平成|昭和 */
		for (i = 0; l->eras && l->eras[i].text; i++) {
			if (i)
				buf_str(b, "|");
			buf_escaped(b, l->eras[i].text);
		}
		if (!l->eras || !l->eras[0].text)
			buf_str(b, "(*FAIL)");
	} else if (IS("NOTNAMED")) {	/* no capitalised word before: Type 2C is a name */
		for (i = 0; i <= 10; i++) {
			char lb[32];

			snprintf(lb, sizeof lb, "(?<![A-Z][a-z]{%zu}\\h)", i);
			buf_str(b, lb);
		}
	} else if (IS("AMPM")) {
		n = 0;
		for (i = 0; l->am_words[i] && n < sizeof w / sizeof *w; i++)
			w[n++] = l->am_words[i];
		for (i = 0; l->pm_words[i] && n < sizeof w / sizeof *w; i++)
			w[n++] = l->pm_words[i];
		words(l, b, w, n);
	} else {
		return -1;
	}
#undef TYPE
#undef IS
	return 0;
}

/* Append pattern to b with its placeholders expanded.  Returns 0, or -1
 * with *bad at the placeholder that could not be. */
static int fill(const struct lang *l, const char *pattern, struct buf *b, const char **bad)
{
	const char *p, *q;

	for (p = pattern; *p; p++) {
		if (*p == '{' && p[1] >= 'A' && p[1] <= 'Z' &&
		    (q = p + 1 + strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) &&
		    *q == '}') {
			if (expand(l, p + 1, (size_t)(q - p - 1), b) < 0) {
				*bad = p;
				return -1;
			}
			p = q;
		} else {
			buf_add(b, p, 1);
		}
	}
	return 0;
}

/* Compile pattern text, with placeholders expanded. */
static pcre2_code *compile(const struct lang *l, const char *name,
			   const char *pattern, char *err, size_t errlen)
{
	struct buf b = {0};
	const char *bad;
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	if (fill(l, pattern, &b, &bad) < 0) {
		snprintf(err, errlen, "rule '%s': cannot expand %.*s (unknown, or too many words)",
			 name, (int)(strcspn(bad, "}") + 1), bad);
		free(b.s);
		return NULL;
	}
	if (b.oom) {
		free(b.s);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	re = pcre2_compile((PCRE2_SPTR)b.s, b.len,
			   PCRE2_UTF | PCRE2_UCP | PCRE2_USE_OFFSET_LIMIT |
			   (l->caseless ? PCRE2_CASELESS : 0),
			   &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof msg);
		snprintf(err, errlen, "rule '%s': regex error at offset %zu: %s",
			 name, (size_t)erroff, (char *)msg);
	} else {
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* else interpreted */
	}
	free(b.s);
	return re;
}

static void set_add(keyset *a, const keyset *b)
{
	int i;

	for (i = 0; i < KEY_WORDS; i++)
		a->w[i] |= b->w[i];
}

static int set_meets(const keyset *a, const keyset *b)
{
	int i;

	for (i = 0; i < KEY_WORDS; i++)
		if (a->w[i] & b->w[i])
			return 1;
	return 0;
}

static int set_equal(const keyset *a, const keyset *b)
{
	int i;

	for (i = 0; i < KEY_WORDS; i++)
		if (a->w[i] != b->w[i])
			return 0;
	return 1;
}

static int set_empty(const keyset *a)
{
	int i;

	for (i = 0; i < KEY_WORDS; i++)
		if (a->w[i])
			return 0;
	return 1;
}

#define SET_BIT(set, i) ((set).w[(i) / 64] |= (uint64_t)1 << ((i) % 64))

/* The index of key word w in k, added when new; -1 when k is full. */
static int key_index(struct keys *k, const char *w)
{
	size_t i, len = strlen(w);
	unsigned pair;

	for (i = 0; i < k->n; i++)
		if (k->len[i] == len && (k->caseless ? strncasecmp(k->word[i], w, len) : strcmp(k->word[i], w)) == 0)
			return (int)i;
	if (k->n == MAX_KEYS || len == 0)
		return -1;
	k->word[k->n] = w;
	k->len[k->n] = len;
	if (len == 1) {
		unsigned char c = (unsigned char)w[0];

		SET_BIT(k->byte[c], k->n);
		k->one[c] = 1;
		if (k->caseless) {
			SET_BIT(k->byte[lower(c)], k->n);
			SET_BIT(k->byte[upper(c)], k->n);
			k->one[lower(c)] = k->one[upper(c)] = 1;
		}
	} else {
		uint8_t *slot;

		if ((unsigned char)w[0] >= 0x80) {
			size_t cl;

			slot = &k->first[utf8_decode(w, w + len, &cl) & 0xFFFF];
		} else {
			pair = k->caseless ? lower((unsigned char)w[0]) << 8 | lower((unsigned char)w[1]) :
					     (unsigned char)w[0] << 8 | (unsigned char)w[1];
			slot = &k->pair[pair];
		}
		if (!*slot) {
			if (k->nbuckets == 255)
				return -1;
			*slot = (uint8_t)++k->nbuckets;
		}
		SET_BIT(k->bucket[*slot - 1], k->n);
	}
	SET_BIT(k->all, k->n);
	return (int)k->n++;
}

static int index_keys(struct scanner *sc)
{
	size_t r;
	const char *const *w;

	sc->keys.caseless = sc->lang->caseless;
	sc->keys.pair = calloc(65536, 1);
	sc->keys.first = calloc(65536, 1);
	if (!sc->keys.pair || !sc->keys.first)
		return -1;
	for (r = 0; r < sc->nrules; r++)
		for (w = sc->rules[r].rule->needs; w && *w; w++) {
			int i = key_index(&sc->keys, *w);

			if (i < 0)
				return -1;
			SET_BIT(sc->rules[r].needs, i);
		}
	return 0;
}

/* The key words that s[0..n) holds. */
static keyset keys_in(const struct keys *k, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	keyset found = {{0}};
	size_t step;

	for (; p < end; p += step) {
		unsigned bucket;
		int j;

		step = 1;
		if (*p >= 0x80) {
			bucket = k->first[utf8_decode((const char *)p, (const char *)end, &step) & 0xFFFF];
		} else {
			if (k->one[*p]) {
				set_add(&found, &k->byte[*p]);
				if (set_equal(&found, &k->all))
					break;
			}
			if (p + 1 == end)
				break;
			bucket = k->pair[k->caseless ? lower(*p) << 8 | lower(p[1]) : *p << 8 | p[1]];
		}
		if (!bucket)
			continue;
		for (j = 0; j < KEY_WORDS; j++) {
			uint64_t b = k->bucket[bucket - 1].w[j] & ~found.w[j];

			while (b) {
				size_t i = (size_t)j * 64 + (size_t)__builtin_ctzll(b);

				b &= b - 1;
				if (k->len[i] <= (size_t)(end - p) &&
				    (k->caseless ? strncasecmp((const char *)p, k->word[i], k->len[i])
						 : memcmp(p, k->word[i], k->len[i])) == 0)
					SET_BIT(found, i);
			}
		}
		if (set_equal(&found, &k->all))
			break;
	}
	return found;
}

static int add_start(struct starts *st, int caseless, const char *text)
{
	unsigned char c = (unsigned char)text[0];
	size_t len;

	if (c >= 0x80) {
		uint32_t cp = utf8_decode(text, text + strlen(text), &len);

		if (cp < 0x10000)
			st->bmp[cp >> 3] |= (uint8_t)(1u << (cp & 7));
		return 0;
	}
	if (st->n == MAX_ASCII_WORDS)
		return -1;
	if (caseless)
		c = lower(c);
	st->word[st->n] = text;
	st->len[st->n] = strlen(text);
	st->next[st->n] = st->head[c];
	st->head[c] = (int16_t)st->n++;
	return 0;
}

/* The words a figure starts with, from the tables. */
static int index_starts(struct starts *st, const struct lang *l)
{
	uint32_t cp;
	size_t i;
	int bad = 0;

	memset(st->head, -1, sizeof st->head);
	for (cp = 0xFF10; cp <= 0xFF19; cp++)	/* ０-９ */
		st->bmp[cp >> 3] |= (uint8_t)(1u << (cp & 7));
	for (i = 0; l->numerals[i].text; i++)
		if (!l->numerals[i].glued)	/* 450k: the digits start it */
			bad |= add_start(st, l->caseless, l->numerals[i].text);
	for (i = 0; l->months && l->months[i].text; i++)
		bad |= add_start(st, l->caseless, l->months[i].text);
	for (i = 0; l->fractions && l->fractions[i].text; i++)
		bad |= add_start(st, l->caseless, l->fractions[i].text);
	for (i = 0; l->one_spans && l->one_spans[i].text; i++)
		bad |= add_start(st, l->caseless, l->one_spans[i].text);
	for (i = 0; l->periods && l->periods[i].text; i++)
		bad |= add_start(st, l->caseless, l->periods[i].text);
	return bad ? -1 : 0;
}

/* Does a numeral word of ASCII letters start at s[0..n)? */
static int ascii_numeral(const struct starts *st, int caseless, const char *s, size_t n)
{
	int i = st->head[caseless ? lower((unsigned char)*s) : (unsigned char)*s];

	for (; i >= 0; i = st->next[i])
		if (st->len[i] <= n &&
		    (st->len[i] < 2 || lower((unsigned char)s[1]) == lower((unsigned char)st->word[i][1])) &&
		    (caseless ? strncasecmp(s, st->word[i], st->len[i])
					     : memcmp(s, st->word[i], st->len[i])) == 0)
			return 1;
	return 0;
}

/* The windows of doc[from..to) in which a rule tried near figure words
 * can match: each from REACH bytes (on a character boundary) before a
 * figure word to it, overlapping ones merged.  One pass over the bytes. */
static int find_windows(const struct scanner *sc, const char *doc, size_t from, size_t to,
			struct windows *w)
{
	const struct starts *st = &sc->starts;
	const unsigned char *s = (const unsigned char *)doc;
	size_t p = from, len;

	w->n = 0;
	while (p < to) {
		unsigned char c = s[p];
		int hit;

		len = 1;
		if (c < 0x80) {
			hit = (c >= '0' && c <= '9') ||
			      (st->head[sc->lang->caseless ? lower(c) : c] >= 0 &&
			       !(p > 0 && isalpha(s[p - 1])) &&
			       ascii_numeral(st, sc->lang->caseless, doc + p, to - p));
		} else {
			uint32_t cp = utf8_decode(doc + p, doc + to, &len);

			hit = cp < 0x10000 && st->bmp[cp >> 3] >> (cp & 7) & 1;
		}
		if (hit) {
			size_t ws = p - from > REACH ? p - REACH : from;

			while (ws > from && (s[ws] & 0xC0) == 0x80)
				ws--;
			if (w->n && ws <= w->v[w->n - 1].last + 1) {
				w->v[w->n - 1].last = p;
			} else {
				struct window *v = grow(w->v, &w->cap, w->n, sizeof *v);

				if (!v)
					return -1;
				w->v = v;
				w->v[w->n].start = ws;
				w->v[w->n++].last = p;
			}
		}
		p += len;
	}
	return 0;
}

void scanner_everywhere(struct scanner *sc)
{
	sc->everywhere = 1;
}

void scanner_share(struct scanner *sc, struct scanner *master)
{
	if (!sc->ready)	/* (a scanner that compiled its own keeps them) */
		sc->master = master;
}

/* Compile the rules of sc's master, once for all the threads that share
 * it, and take them: compiled patterns are read-only when matched. */
static int compile_shared(struct scanner *sc, char *err, size_t errlen)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	struct scanner *m = sc->master;
	size_t i;
	int r;

	pthread_mutex_lock(&lock);
	r = scanner_compile(m, m->err, sizeof m->err);
	pthread_mutex_unlock(&lock);
	if (r < 0) {
		snprintf(err, errlen, "%s", m->err);
		sc->ready = -1;
		return -1;
	}
	for (i = 0; i < sc->nrules; i++) {
		sc->rules[i].re = m->rules[i].re;
		memcpy(sc->rules[i].group, m->rules[i].group, sizeof sc->rules[i].group);
	}
	sc->periods = m->periods;
	sc->ready = 1;
	return 0;
}

struct scanner *scanner_new(const struct lang *l, char *err, size_t errlen)
{
	struct scanner *sc = calloc(1, sizeof *sc);
	size_t i;

	if (!sc)
		goto oom;
	sc->lang = l;
	while (l->rules[sc->nrules].name)
		sc->nrules++;
	sc->rules = calloc(sc->nrules, sizeof *sc->rules);
	sc->md = pcre2_match_data_create(MAX_CAPTURES, NULL);
	sc->mc = pcre2_match_context_create(NULL);
	if (!sc->rules || !sc->md || !sc->mc)
		goto oom;
	for (i = 0; i < sc->nrules; i++) {
		sc->rules[i].rule = &l->rules[i];
		/* a name need not hold a figure word (《…条例》), and \K keeps
		 * context of any length before the claim out of it */
		sc->rules[i].near = l->rules[i].type != R_NAME && !strstr(l->rules[i].pattern, "\\K");
	}
	if (index_starts(&sc->starts, l) < 0) {
		snprintf(err, errlen, "more than %d figure words of ASCII letters", MAX_ASCII_WORDS);
		scanner_free(sc);
		return NULL;
	}
	if (index_keys(sc) < 0) {
		snprintf(err, errlen, "rules need more than %d key words", MAX_KEYS);
		scanner_free(sc);
		return NULL;
	}
	return sc;
oom:
	scanner_free(sc);
	snprintf(err, errlen, "out of memory");
	return NULL;
}

/* Compile the rules of sc once: a corpus of one language never pays for
 * the others'. */
int scanner_compile(struct scanner *sc, char *err, size_t errlen)
{
	const struct lang *l = sc->lang;
	uint32_t captures;
	size_t i;
	int g;

	if (sc->ready)
		return sc->ready > 0 ? 0 : -1;
	if (sc->master)
		return compile_shared(sc, err, errlen);
	sc->ready = -1;
	for (i = 0; i < sc->nrules; i++) {
		struct compiled *c = &sc->rules[i];

		c->re = compile(l, c->rule->name, c->rule->pattern, err, errlen);
		if (!c->re)
			return -1;
		pcre2_pattern_info(c->re, PCRE2_INFO_CAPTURECOUNT, &captures);
		if (captures >= MAX_CAPTURES) {
			snprintf(err, errlen, "rule '%s': more than %d captures", c->rule->name,
				 MAX_CAPTURES - 1);
			return -1;
		}
		for (g = 0; g < NGROUPS; g++) {
			int num = pcre2_substring_number_from_name(
				c->re, (PCRE2_SPTR)GROUP_NAMES[g]);
			c->group[g] = num > 0 ? num : -1;
		}
	}
	sc->periods = compile(l, "periods", "{PERIODS}", err, errlen);
	if (!sc->periods)
		return -1;
	sc->ready = 1;
	return 0;
}

const char *scanner_error(struct scanner *const *sc, size_t nsc)
{
	size_t i;

	for (i = 0; i < nsc; i++)
		if (sc[i]->ready < 0)
			return sc[i]->err;
	return "out of memory";
}

void scanner_free(struct scanner *sc)
{
	size_t i;

	if (!sc)
		return;
	for (i = 0; sc->rules && !sc->master && i < sc->nrules; i++)
		pcre2_code_free(sc->rules[i].re);
	free(sc->rules);
	if (!sc->master)
		pcre2_code_free(sc->periods);
	pcre2_match_data_free(sc->md);
	pcre2_match_context_free(sc->mc);
	free(sc->keys.pair);
	free(sc->keys.first);
	free(sc->win.v);
	free(sc);
}

const char *kind_name(enum kind k)
{
	static const char *const N[] = {
		"number", "percent", "money", "count", "duration", "distance",
		"age", "rank", "ratio", "rate", "date", "time", "temperature", "measure"
	};
	return N[k];
}

const char *qual_name(enum qual q)
{
	static const char *const N[] = {
		"eq", "approx", "nearly", "ge", "gt", "le", "lt", "range", "vague"
	};
	return N[q];
}

/* ---- interpreting one match ---- */

struct span {
	size_t s, e;	/* e == s: unset */
};

struct match {
	const char *doc;
	size_t n;
	const struct compiled *c;
	PCRE2_SIZE ov[2 * MAX_CAPTURES];
};

static struct span grp(const struct match *m, enum group g)
{
	struct span sp = {0, 0};
	int k = m->c->group[g];

	if (k > 0 && m->ov[2 * k] != PCRE2_UNSET) {
		sp.s = m->ov[2 * k];
		sp.e = m->ov[2 * k + 1];
	}
	return sp;
}

/* Did group g take part in the match, even empty ((?<game>))? */
static int took_part(const struct match *m, enum group g)
{
	int k = m->c->group[g];

	return k > 0 && m->ov[2 * k] != PCRE2_UNSET;
}

static int has(struct span sp)
{
	return sp.e > sp.s;
}

/* The integer written with (full-width) digits in sp. */
static int int_at(const struct match *m, struct span sp)
{
	size_t i, len;
	int v = 0;

	for (i = sp.s; i < sp.e; i += len) {
		int d = numeral_digit(m->doc + i, m->doc + sp.e, &len);

		if (d < 0)
			break;
		v = v * 10 + d;
	}
	return v;
}

/* The Gregorian year of an era's year (令和6: 2024, 平成元: 1989) at sp, or
 * 0 when sp starts with no era. */
static int era_year(const struct lang *l, const struct match *m, struct span sp)
{
	const char *s = m->doc + sp.s;
	size_t n = sp.e - sp.s, k, len;
	struct numval nv;

	for (k = 0; l->eras && l->eras[k].text; k++) {
		len = strlen(l->eras[k].text);
		if (len > n || memcmp(s, l->eras[k].text, len) != 0)
			continue;
		while (len < n && (s[len] == ' ' || s[len] == '\t' ||
				   (n - len >= 3 && memcmp(s + len, "\xE3\x80\x80", 3) == 0)))
			len += s[len] == ' ' || s[len] == '\t' ? 1 : 3;	/* \\h: 令和　6年 */
		if (lang_word(l, l->era_first, s + len, n - len) >= 0)
			return l->eras[k].first;
		if (numeral_parse(l, s + len, n - len, &nv) < 0 || nv.several || nv.lo != nv.hi ||
		    nv.lo < 1 || nv.lo > 999 || nv.lo != (int)nv.lo)
			return -1;
		return l->eras[k].first + (int)nv.lo - 1;
	}
	return 0;
}

/* A number is part of a name (GPT-4, A100, H-1B, DALL-E 2) when it
 * touches a Latin letter, follows letter + hyphen, or follows a Latin
 * word and a space and has no unit. */
static int has_capital(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 1;	/* Boeing, iPhone */
	return 0;
}

/* Do ASCII letters end right before p?  *w gets where they begin. */
static int letters_before(const char *doc, size_t p, size_t *w)
{
	for (*w = p; *w > 0 && is_ascii_letter((unsigned char)doc[*w - 1]); (*w)--)
		;
	return *w < p;
}

/* Does a range's joiner and a digit follow e (18 to 29, 18-29)? */
static int range_after(const struct lang *l, const char *doc, size_t n, size_t e)
{
	size_t k;

	while (e < n && doc[e] == ' ')
		e++;
	k = lang_prefix(l, l->range_joiners, doc + e, n - e);
	if (!k)
		k = lang_prefix(l, l->list_joiners, doc + e, n - e);	/* Workers 14 and 15 years old */
	if (!k)
		return 0;
	for (e += k; e < n && doc[e] == ' '; e++)
		;
	return e < n && doc[e] >= '0' && doc[e] <= '9';
}

static int in_name(const struct lang *l, const char *doc, size_t n, size_t ns, size_t ne,
		   int has_unit_after)
{
	size_t p, len, w;
	uint32_t c;

	if (ne < n) {
		c = utf8_decode(doc + ne, doc + n, &len);
		if (is_ascii_letter(c) && !has_unit_after)
			return 1;
		if (c == '.' && ne + 1 < n && doc[ne + 1] >= 'A' && doc[ne + 1] <= 'Z' &&
		    (ne + 2 >= n || !(doc[ne + 2] >= 'a' && doc[ne + 2] <= 'z')))
			return 1;	/* a stock code: 7203.T, 601088.SH (but 2,000.The) */
		if (c == '-' && ne + 1 < n && doc[ne + 1] >= 'A' && doc[ne + 1] <= 'Z' &&
		    (ne + 2 >= n || !isalpha((unsigned char)doc[ne + 2])))
			return 1;	/* 4-H, 3-D, a 10-K filing */
	}
	if (ns == 0)
		return 0;
	p = utf8_back(doc, ns);
	c = utf8_decode(doc + p, doc + n, &len);
	if (is_ascii_letter(c) || (is_katakana(c) && c != 0x30FC && c != 0x30FB && !has_unit_after))
		return 1;	/* A100, プレイステーション5 */
	if (is_hiragana(c) && !has_unit_after && ne < n && lang_prefix(l, l->quote_marks, doc + ne, n - ne)) {
		size_t q = ns, kana = 0;	/* 「しまかぜ3」: a name in quotes, three kana or more
						 * (but 「あと3」: two) */

		while (q > 0 && is_hiragana(utf8_decode(doc + utf8_back(doc, q), doc + n, &len))) {
			q = utf8_back(doc, q);
			kana++;
		}
		if (kana >= 3 && lang_suffix(l, l->quote_marks, doc, q))
			return 1;
	}
	if (c == 0x30FC && !has_unit_after && p > 0) {	/* スーパー3, オーシャンスター3 (not a dash: 10ー20) */
		size_t q = utf8_back(doc, p);

		if (is_katakana(utf8_decode(doc + q, doc + n, &len)))
			return 1;
	}
	if ((c == '-' || c == 0x2010) && p > 0)	/* COVID-19, not mid-2025 */
		return letters_before(doc, p, &w) && lang_word(l, l->hyphen_words, doc + w, p - w) < 0;
	if (c == ' ' && p > 0 && !has_unit_after) {
		/* the word before: a name (Boeing 747), unless it is a word
		 * like "in" that numbers follow */
		if (!letters_before(doc, p, &w))
			return 0;
		if (l->spaced && !has_capital(doc + w, p - w))
			return 0;	/* where words are spaced, names are capitalised */
		if (l->spaced && p - w >= 5 && memcmp(doc + p - 3, "ing", 3) == 0 &&
		    opens_sentence(doc, w) && lang_word(l, l->ing_names, doc + w, p - w) < 0)
			return 0;	/* Hiring 20 officers: a verb (but Boeing 737 jets) */
		if (l->spaced && opens_sentence(doc, w) && range_after(l, doc, n, ne))
			return 0;	/* Voters 18 to 29, Workers 14 and 15: a range or a list, no name */
		return lang_word(l, l->name_exceptions, doc + w, p - w) < 0;
	}
	return 0;
}

/* Where words are spaced, is the year at p part of a name: after a
 * capitalised word that does not open its sentence and is no month or
 * word of the table's name_exceptions (Stop Hunger 2030, Net Zero 2040,
 * the Tokyo 2020 Olympics; but In 2030, March 2025)? */
static int named_year(const struct lang *l, const char *doc, size_t p)
{
	size_t e = p, w, b;

	if (!l->spaced)
		return 0;
	while (e > 0 && doc[e - 1] == ' ')
		e--;
	if (e == p || !letters_before(doc, e, &w) || !(doc[w] >= 'A' && doc[w] <= 'Z') ||
	    lang_word(l, l->name_exceptions, doc + w, e - w) >= 0 || lang_month(l, doc + w, e - w))
		return 0;
	for (b = w; b > 0 && doc[b - 1] == ' '; b--)
		;
	return b > 0 && b < w && (is_ascii_letter((unsigned char)doc[b - 1]) ||	/* a word before it, */
				  (doc[b - 1] == ')' && b > 1 && is_ascii_letter((unsigned char)doc[b - 2])));	/* or (Amendment) */
}

/* Set cl's qualifier to q, but an approximation never replaces a bound
 * (最大約190兆円, 最大6.5兆円程度 stay "up to"). */
static void set_qualifier(struct claim *cl, const struct qualifier *q)
{
	if (q && !(q->qual == Q_APPROX && cl->qual != Q_EQ && cl->qual != Q_APPROX)) {
		cl->qual = q->qual;
		cl->bound = q->bound;
	}
}

/* Is the word before p one after which a prefix is no qualifier (the
 * rate edged up to 4.3%: "up to" is the direction, not a bound)? */
static int after_void_word(const struct lang *l, const char *doc, size_t p)
{
	size_t e = p, w;

	while (e > 0 && doc[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && is_ascii_letter((unsigned char)doc[w - 1]); w--)
		;
	return e > w && lang_word(l, l->void_prefix_after, doc + w, e - w) >= 0;
}

/* Does a clause start at p: a line start or a clause break right before? */
static int clause_start(const struct lang *l, const char *doc, size_t n, size_t p)
{
	size_t b;

	for (;;)	/* spaces, and the full-width one that indents a paragraph */
		if (p > 0 && (doc[p - 1] == ' ' || doc[p - 1] == '\t'))
			p--;
		else if (p >= 3 && memcmp(doc + p - 3, "\xE3\x80\x80", 3) == 0)
			p -= 3;
		else
			break;
	if (p == 0 || doc[p - 1] == '\n')
		return 1;
	b = utf8_back(doc, p);
	return lang_prefix(l, l->clause_breaks, doc + b, n - b) == p - b ||
	       lang_prefix(l, l->sentence_ends, doc + b, n - b) == p - b;
}

/* Does "from" and a figure follow e ("subscriptions up to 3,150 from 2,870":
 * up is the verb, the figure a level, no bound)? */
static int from_after(const struct lang *l, const char *doc, size_t n, size_t e)
{
	size_t k;

	while (e < n && doc[e] == ' ')
		e++;
	k = lang_prefix(l, l->base_from, doc + e, n - e);
	if (!k || e + k >= n || doc[e + k] != ' ')
		return 0;
	for (e += k; e < n && doc[e] == ' '; e++)
		;
	return e < n && (isdigit((unsigned char)doc[e]) || doc[e] == '$' ||
			 (unsigned char)doc[e] >= 0xC2);	/* £, €, ¥ */
}

/* The length of a word of minus_after right after p, a space before it
 * (18 degrees below zero), or 0. */
static size_t minus_after(const struct lang *l, const char *doc, size_t n, size_t p)
{
	size_t q = p, k;

	while (q < n && doc[q] == ' ')
		q++;
	return q > p && (k = lang_prefix(l, l->minus_after, doc + q, n - q)) ? q + k - p : 0;
}

/* The length of a minus sign or word right before p (-, −, 零下, minus), or
 * 0. */
static size_t minus_before(const struct lang *l, const char *doc, size_t p)
{
	static const char *const SIGNS[] = {"-", "\xE2\x88\x92", "\xEF\xBC\x8D", NULL};	/* - − － */
	const char *const *w;
	size_t len, q = p;

	for (w = SIGNS; *w; w++) {
		len = strlen(*w);
		if (p >= len && memcmp(doc + p - len, *w, len) == 0 &&
		    (p == len || (!isalnum((unsigned char)doc[p - len - 1]) && doc[p - len - 1] != '%' &&
				  !(p >= len + 3 && memcmp(doc + p - len - 3, "\xEF\xBC\x85", 3) == 0))))
			return len;	/* not the hyphen of 2-3, A-5 or 3.50%-3.75% (％) */
	}
	while (q > 0 && doc[q - 1] == ' ')
		q--;
	for (w = l->minus_words; w && *w; w++) {
		const char *const *x;
		size_t b;

		len = strlen(*w);
		if (!lang_word_ends(l, *w, doc, q))
			continue;
		for (b = q - len; b > 0 && doc[b - 1] == ' '; b--)
			;
		for (x = l->minus_not_after; x && *x; x++)
			if (lang_word_ends(l, *x, doc, b))
				return 0;	/* plus or minus 2%: a margin, no sign */
		return p - (q - len);
	}
	return 0;
}

/* Is the character before p a kanji that makes a word with a kanji numeral
 * after it (誠一, 統一), not a numeral or a word of the table's list (約, 計)? */
static int inside_word(const struct lang *l, const char *doc, size_t p)
{
	size_t at, len;
	uint32_t c;

	const struct numeral *q;

	if (p == 0 || !l->numeral_neighbours)
		return 0;
	at = utf8_back(doc, p);
	c = utf8_decode(doc + at, doc + p, &len);
	if (!(c >= 0x4E00 && c <= 0x9FFF))
		return 0;
	for (q = l->numerals; q->text; q++)
		if (strlen(q->text) == p - at && memcmp(q->text, doc + at, p - at) == 0)
			return 0;	/* 五十, 数十 */
	return lang_word(l, l->numeral_neighbours, doc + at, p - at) < 0;
}

static const struct qualifier *qualifier_word(const struct lang *l, const char *s, size_t n)
{
	const struct qualifier *q = lang_qualifier(l, l->prefixes, s, n);

	return q ? q : lang_qualifier(l, l->place_prefixes, s, n);
}

/* The qualifier of a prefix, which may end in a light verb (约需); *len
 * gets the qualifier's length. */
static const struct qualifier *prefix(const struct lang *l, const char *s, size_t n, size_t *len)
{
	const struct qualifier *q = qualifier_word(l, s, n);
	size_t k;

	*len = n;
	for (k = n; !q && k-- > 1;)	/* the pattern read the verbs after it */
		if (l->prefix_verbs && (q = qualifier_word(l, s, k)) != NULL)
			*len = k;
	return q;
}

/* Does a word of list end at e and begin before s (合约 over 约, but not
 * over 折合约, a prefix of its own)? */
static int word_over(const char *const *list, const char *doc, size_t s, size_t e)
{
	for (; list && *list; list++) {
		size_t len = strlen(*list);

		if (e >= len && e - len < s && memcmp(doc + e - len, *list, len) == 0)
			return 1;
	}
	return 0;
}

/* Does a joiner of the language (的, の) stand in doc[s, e), where no
 * spaces part the words: a noun phrase between a rate's base and its
 * figure (每天饮奶的比例)? */
static int joiner_between(const struct lang *l, const char *doc, size_t s, size_t e)
{
	const char *const *w;

	for (w = l->subject_joiners; !l->spaced && w && *w && e > s; w++)
		if (memmem(doc + s, e - s, *w, strlen(*w)))
			return 1;
	return 0;
}

/* Does a word or a figure follow doc[p] after a space ("plus tax",
 * "plus $2", "plus €3"; not "plus — far more")? */
static int word_after(const char *doc, size_t n, size_t p)
{
	size_t len;
	uint32_t c;

	if (p >= n || doc[p] != ' ')
		return 0;
	while (p < n && doc[p] == ' ')
		p++;
	if (p >= n)
		return 0;
	if ((unsigned char)doc[p] < 0x80)
		return isalnum((unsigned char)doc[p]) || doc[p] == '$';
	c = utf8_decode(doc + p, doc + n, &len);	/* £ ¥ €, a Latin letter */
	return c == 0xA3 || c == 0xA5 || c == 0x20AC || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static int is_bound(enum qual q)
{
	return q == Q_GT || q == Q_GE || q == Q_LT || q == Q_LE;
}

static void qualifiers(const struct lang *l, const struct match *m, struct claim *cl)
{
	struct span pre = grp(m, G_PRE), mid = grp(m, G_MID), post = grp(m, G_POST);
	size_t qlen = 0;
	const struct qualifier *pq = has(pre) ? prefix(l, m->doc + pre.s, pre.e - pre.s, &qlen) : NULL;

	if (has(pre) && word_over(l->prefix_words, m->doc, pre.s, pre.s + qlen)) {
		cl->start = pre.e;	/* 合约15日, 予約3万件: 约 ends a word, the */
		pre.s = pre.e = 0;	/* figure starts after it */
	}
	if (has(pre)) {	/* 過去最高　5年連続: an ideographic space parts a headline's phrases */
		size_t t = pre.e;
		int ideographic = 0;

		for (;;)
			if (t < m->n && (m->doc[t] == ' ' || m->doc[t] == '\t'))
				t++;
			else if (t + 3 <= m->n && memcmp(m->doc + t, "\xE3\x80\x80", 3) == 0)
				t += 3, ideographic = 1;
			else
				break;
		if (ideographic) {
			cl->start = t;
			pre.s = pre.e = 0;
		}
	}
	if (has(pre) && lang_word(l, l->voidable_prefixes, m->doc + pre.s, pre.e - pre.s) >= 0 &&
	    after_void_word(l, m->doc, pre.s)) {
		size_t t = pre.e;	/* add up to $700,000: the verb's, no part of the text */

		while (t < m->n && m->doc[t] == ' ')
			t++;
		cl->trim_to = t;
	}
	if (has(pre) && cl->kind == K_DURATION &&
	    lang_prefix(l, l->window_nouns, m->doc + cl->end, m->n - cl->end)) {
		cl->start = pre.e;	/* 最大24小时降雨量: the rainfall's most */
		pre.s = pre.e = 0;
	}
	if (has(pre) && !(lang_word(l, l->voidable_prefixes, m->doc + pre.s, pre.e - pre.s) >= 0 &&
			  (after_void_word(l, m->doc, pre.s) || from_after(l, m->doc, m->n, cl->end))) &&
	    !(cl->kind == K_DURATION && lang_word(l, l->recent_prefixes, m->doc + pre.s, pre.e - pre.s) >= 0 &&
	      (clause_start(l, m->doc, m->n, pre.s) || lang_suffix(l, l->recent_before, m->doc, pre.s))))
		set_qualifier(cl, pq);	/* (近5年，: the past five years, no "nearly") */
	if (has(pre) && lang_word(l, l->verb_prefixes, m->doc + pre.s, pre.e - pre.s) >= 0) {
		size_t t = pre.e;	/* topped $1 trillion: the verb qualifies, */

		while (t < m->n && m->doc[t] == ' ')
			t++;
		cl->trim_to = t;	/* but is no part of the figure's text */
	}
	if (has(grp(m, G_PRE2))) {	/* 1世帯当たり最大100万円: a prefix further on */
		const struct qualifier *q2 = prefix(l, m->doc + grp(m, G_PRE2).s,
						    grp(m, G_PRE2).e - grp(m, G_PRE2).s, &qlen);

		/* over about six weeks: during; and before another prefix of
		 * anything else, a verb's particle (turn over less than twice);
		 * some more than 80 years old: a determiner */
		if (has(pre) && (lang_word(l, l->during_prefixes, m->doc + pre.s, pre.e - pre.s) >= 0 ||
				 lang_word(l, l->determiners, m->doc + pre.s, pre.e - pre.s) >= 0 ||
				 /* under as much as 62 inches: a bound after a bound, the
				  * first a preposition (but under about $5 is less) */
				 (l->spaced && pq && q2 && is_bound(pq->qual) && is_bound(q2->qual)))) {
			cl->qual = Q_EQ;
			cl->start = grp(m, G_PRE2).s;
		}

		if (!word_over(l->prefix_words, m->doc, grp(m, G_PRE2).s, grp(m, G_PRE2).s + qlen))
			set_qualifier(cl, q2);	/* but 每月可预约4次: no 约 */
	}
	if (has(mid))	/* 400多名: between the number and its unit */
		set_qualifier(cl, lang_qualifier(l, l->suffixes, m->doc + mid.s, mid.e - mid.s));
	if (has(post)) {
		const struct qualifier *q = lang_qualifier(l, l->suffixes, m->doc + post.s, post.e - post.s);
		int time = lang_word(l, l->time_suffixes, m->doc + post.s, post.e - post.s) >= 0;
		size_t len;
		/* 3次强降雨: a suffix that starts a word (强降雨, 强对流) is none;
		 * and 7% plus inflation, $50 plus tax: a sum, after a unit */
		int word = lang_word(l, l->word_suffixes, m->doc + post.s, post.e - post.s) >= 0 &&
			   (l->spaced ? (has(grp(m, G_CUR)) || (cl->unit_end > cl->unit_start && cl->unit_start < post.s)) &&
					word_after(m->doc, m->n, post.e)
				      : post.e < m->n && is_han(utf8_decode(m->doc + post.e, m->doc + m->n, &len)));

		/* 100多人来到: a verb, no qualifier; and where a space breaks
		 * phrases, it ends the figure (21个月 内蒙古: no "within") */
		if ((time && cl->kind != K_DURATION) || word || (l->space_breaks && post.s > cl->start &&
								  (m->doc[post.s - 1] == ' ' || m->doc[post.s - 1] == '\t')))
			for (cl->end = post.s; cl->end > cl->start && m->doc[cl->end - 1] == ' ';)
				cl->end--;
		else if (!(time && has(mid)))	/* 30多年来 stays more than 30 */
			set_qualifier(cl, q);
	}
}

/* Does a word of unit_names follow a unit that ends at e (1万円札: the
 * name of a note), and no word of unit_names_not (30億円札幌市: a city)? */
static int unit_name_after(const struct lang *l, const char *doc, size_t n, size_t e)
{
	return lang_prefix(l, l->unit_names, doc + e, n - e) &&
	       !lang_prefix(l, l->unit_names_not, doc + e, n - e);
}

/* 10个多小时: a counter between a number and its more is more than so
 * many units, less than one more (but 10多个小时, 10 and more, is to 20). */
static int more_of_units(const struct match *m, struct span num, const struct claim *cl)
{
	size_t p = num.e;

	while (has(num) && p < m->n && (m->doc[p] == ' ' || m->doc[p] == '\t'))
		p++;	/* (10 多个小时: a space is no counter) */
	return has(grp(m, G_MID)) && has(num) && grp(m, G_MID).s > p &&
	       cl->qual == Q_GT && cl->bound == B_ABOVE_STEP;
}

static int parse_span(const struct lang *l, const struct match *m, struct span sp,
		      struct numval *nv)
{
	char zero[16] = "0";

	if (sp.e - sp.s > 1 && sp.e - sp.s < sizeof zero - 1 && m->doc[sp.s] == '.') {
		memcpy(zero + 1, m->doc + sp.s, sp.e - sp.s);	/* .292: a decimal with no whole part */
		return numeral_parse(l, zero, sp.e - sp.s + 1, nv);
	}
	return numeral_parse(l, m->doc + sp.s, sp.e - sp.s, nv);
}

/* The year, month or day at sp: its digits (2024, 10), or its numerals
 * (二〇二四, 十月, 一日); 0 when it is neither. */
static int date_part(const struct lang *l, const struct match *m, struct span sp)
{
	struct numval nv;
	int v = int_at(m, sp);

	return v || parse_span(l, m, sp, &nv) < 0 || nv.several ? v : (int)nv.lo;
}

/* Add to cl the part sp of its unit, a whole number of 1/scale of it
 * below scale (3割5分: 5 tenths; 3割1分2厘: 2 hundredths); the step becomes
 * that part.  -1 when sp is no such number. */
static int add_part(const struct lang *l, const struct match *m, struct span sp, double scale,
		    struct claim *cl)
{
	struct numval v;

	if (parse_span(l, m, sp, &v) < 0 || v.several || v.lo >= scale || v.lo != (int)v.lo)
		return -1;
	cl->value += v.lo * cl->factor / scale;
	cl->step = cl->factor / scale;
	cl->num = cl->value / cl->factor;
	return 0;
}

/* 5900多万吨, 三四十万: the multiplier of a match's big group multiplies
 * the number before it. */
static int times_big(const struct lang *l, const struct match *m, struct numval *nv)
{
	struct span g = grp(m, G_BIG);
	struct numval k;
	char one[32] = "1";

	if (!has(g))
		return 0;
	if (g.e - g.s >= sizeof one - 1)
		return -1;
	memcpy(one + 1, m->doc + g.s, g.e - g.s);	/* 万 alone is no numeral: 1万 is */
	if (numeral_parse(l, one, g.e - g.s + 1, &k) < 0 || k.several)
		return -1;
	nv->lo *= k.lo;
	nv->hi *= k.lo;
	nv->step *= k.lo;
	nv->big = k.lo;
	return 0;
}

/* Is code a unit of area (a, ha, m2, mu, acre)? */
static int area(const char *code)
{
	static const char *const AREAS[] = {"a", "ha", "m2", "km2", "mu", "acre", "sqft", "sqmi", NULL};
	const char *const *a;

	for (a = AREAS; *a; a++)
		if (strcmp(code, *a) == 0)
			return 1;
	return 0;
}

/* The plural of the noun s[0, n) in buf (student: students), its length;
 * 0 where l makes none or buf is too small. */
static size_t plural_of(const struct lang *l, const char *s, size_t n, char *buf, size_t size)
{
	size_t ps = l->plural_suffix ? strlen(l->plural_suffix) : 0;

	if (!ps || n + ps > size)
		return 0;
	memcpy(buf, s, n);
	memcpy(buf + n, l->plural_suffix, ps);
	return n + ps;
}

/* PERSON if the last word of doc[s, e), or its plural, is a noun of l's
 * people (40 new teachers, a 30-teacher school, $77 per inmate), else NULL. */
static const struct unit *people_unit(const struct lang *l, const char *doc, size_t s, size_t e)
{
	char plural[64];
	size_t k;

	while (s < e && memchr(doc + s, ' ', e - s))
		s = (size_t)((const char *)memchr(doc + s, ' ', e - s) - doc) + 1;
	if (lang_word(l, l->people, doc + s, e - s) >= 0)
		return &PERSON;
	k = plural_of(l, doc + s, e - s, plural, sizeof plural);
	return k && lang_word(l, l->people, plural, k) >= 0 ? &PERSON : NULL;
}

/* Turn a match into a claim.  Returns 0, or -1 when the match is not a
 * claim after all (a name, a word, an impossible date). */
static int interpret(const struct lang *l, const struct match *m, struct claim *cl)
{
	struct numval nv;
	struct span num, unit;
	const struct unit *u = NULL;

	memset(cl, 0, sizeof *cl);
	cl->start = m->ov[0];
	cl->end = m->ov[1];
	cl->rule = m->c->rule;
	cl->lang = l;
	cl->qual = Q_EQ;
	cl->bound = B_ROUND;
	cl->hour = cl->minute = cl->end_hour = cl->end_minute = -1;
	cl->factor = 1;
	cl->per = 1;
	cl->mult = 1;

	switch (m->c->rule->type) {
	case R_QUANTITY: {
		size_t cl_len;
		double last = 1;	/* the unit over the last part read (2:02.31: a minute's sixtieth) */

		num = grp(m, G_NUM);
		unit = grp(m, G_UNIT);
		if (has(unit) && unit_name_after(l, m->doc, m->n, unit.e))
			return -1;	/* 1万円札: a note's name */
		if ((parse_span(l, m, num, &nv) < 0 &&	/* 数ポイント: a few points */
		     ((!has(unit) && !m->c->rule->implied) || numeral_several(l, m->doc + num.s, num.e - num.s, &nv) < 0)) ||
		    times_big(l, m, &nv) < 0)
			return -1;
		if (has(unit))
			u = lang_unit(l, l->units, m->doc + unit.s, unit.e - unit.s);
		if (u && u->kind == K_DURATION && l->space_breaks && unit.s > num.e &&
		    (m->doc[unit.s - 1] == ' ' || m->doc[unit.s - 1] == '\t') && unit.e < m->n &&
		    is_han(utf8_decode(m->doc + unit.e, m->doc + m->n, &cl_len))) {
			/* 突破320万 日均…: where a space breaks phrases, a unit
			 * of time that starts the next word is none of the figure */
			cl->end = num.e;
			unit.s = unit.e = 0;
			u = NULL;
		}
		if (u && u->kind == K_COUNT && has(grp(m, G_CUR))) {
			/* the $13 million engineers say is needed: money, and
			 * the noun after it another clause's */
			struct span big = grp(m, G_BIG);

			cl->end = has(big) && big.e > num.e ? big.e : num.e;
			unit.s = unit.e = 0;
		}
		if (!has(unit))
			u = has(grp(m, G_CUR)) ?	/* $450,000 */
			    lang_unit(l, l->currency_prefixes, m->doc + grp(m, G_CUR).s,
				      grp(m, G_CUR).e - grp(m, G_CUR).s) :
			    m->c->rule->implied;	/* 百分之三十 */
		if (has(grp(m, G_THING))) {	/* 750,000 furloughed federal employees */
			struct span th = grp(m, G_THING);
			const struct unit *t = lang_unit(l, l->units, m->doc + th.s, th.e - th.s);
			int between = 0;	/* 9 distribution points: words between */
			size_t q;
			char plural[64];

			if (!t && (q = plural_of(l, m->doc + th.s, th.e - th.s, plural, sizeof plural)) > 0) {
				/* a 650-student school: the noun's plural, if a count (students: person) */
				t = lang_unit(l, l->units, plural, q);
				if (t && t->kind != K_COUNT)
					t = NULL;
			}
			if (!t)
				t = people_unit(l, m->doc, th.s, th.e);	/* 40 new teachers */
			for (q = num.e; q < grp(m, G_THING).s && !between; q++)
				between = m->doc[q] != ' ';
			if (between && lang_word(l, l->device_units, m->doc + grp(m, G_THING).s,
						 grp(m, G_THING).e - grp(m, G_THING).s) >= 0)
				t = NULL;	/* 40 parking meters: things */
			if (t && t->kind != K_COUNT && !(between && t->kind == K_PERCENT))
				return -1;	/* 1.1 million six months ago: a unit, no thing */
			if (t && t->kind == K_COUNT)
				u = t;
		}
		if (nv.words_only && nv.hi < 100 && has(unit) &&
		    lang_word(l, l->verb_units, m->doc + unit.s, unit.e - unit.s) >= 0)
			return -1;	/* All eight won medals: the verb, no money (but five hundred
					 * won, a million won) */
		/* 一部, 零售, one of: words, not figures, unless in a range or
		 * qualified (ほとんどゼロ) */
		cl->weak = !u && nv.words_only && !nv.several && !has(grp(m, G_PRE)) && !has(grp(m, G_POST));
		if (nv.words_only && !nv.several && !has(grp(m, G_PRE)) && !l->spaced &&
		    num.s == m->ov[0] && utf8_count(m->doc + num.s, num.e - num.s) == 1 &&
		    inside_word(l, m->doc, num.s))
			return -1;	/* 田中誠一社長, 統一: a one-kanji numeral in a word */
		if (!u && nv.words_only && !nv.several && !l->spaced && !has(grp(m, G_POST)) &&
		    utf8_count(m->doc + num.s, num.e - num.s) == 1 && num.e < m->n && is_han(utf8_decode(m->doc + num.e, m->doc + m->n, &cl_len)) &&
		    !lang_prefix(l, l->range_joiners, m->doc + num.e, m->n - num.e))
			return -1;	/* 超过二级标准: a one-kanji numeral before an ideograph of its
					 * word (but 两到三倍: a range) */
		/* 一项调查, 一名飞手: "a", not a count, unless qualified (一位来自:
		 * a verb after it, no qualifier) */
		if ((!has(grp(m, G_PRE)) ||	/* 其中最大一家: the largest one */
		     (grp(m, G_PRE).e == num.s && lang_word(l, l->superlatives, m->doc + grp(m, G_PRE).s,
							     grp(m, G_PRE).e - grp(m, G_PRE).s) >= 0)) &&
		    !has(grp(m, G_MID)) &&
		    (!has(grp(m, G_POST)) || lang_word(l, l->time_suffixes, m->doc + grp(m, G_POST).s,
						       grp(m, G_POST).e - grp(m, G_POST).s) >= 0) &&
		    lang_word(l, l->articles, m->doc + num.s,
			      (has(unit) ? unit.e : (size_t)m->ov[1]) - num.s) >= 0)
			cl->weak = 1;	/* the counter may be the rule's own (一次) */
		/* a count of things (Boeing 737 jets) is no unit that makes 737
		 * a figure: the name rule still applies */
		if (!(m->c->rule->implied && num.s > m->ov[0]) &&	/* M6.8: the rule read the M */
		    in_name(l, m->doc, m->n, num.s, num.e, u != NULL && !has(grp(m, G_THING))))
			return -1;
		cl->num_start = num.s;
		cl->mult = nv.big;
		if (has(unit) || has(grp(m, G_THING))) {	/* the unit as written */
			cl->unit_start = has(unit) ? unit.s : grp(m, G_THING).s;
			cl->unit_end = has(unit) ? unit.e : grp(m, G_THING).e;
		} else if (u && u == m->c->rule->implied && u->text[0] && u->kind != K_COUNT) {	/* (7 times: no noun) */
			size_t p = num.e;	/* 気温は5度, weighing 250 pounds: the rule's own unit, right after */

			while (p < (size_t)m->ov[1] && m->doc[p] == ' ')
				p++;
			if (p + strlen(u->text) <= m->n && memcmp(m->doc + p, u->text, strlen(u->text)) == 0) {
				cl->unit_start = p;
				cl->unit_end = p + strlen(u->text);
			}
		}
		cl->kind = u ? u->kind : K_NUMBER;
		snprintf(cl->unit, sizeof cl->unit, "%s", u ? u->code : "");
		cl->factor = u ? u->factor : 1;
		if (!l->spaced && cl->kind == K_DURATION && strcmp(cl->unit, "year") == 0 && !nv.several &&
		    nv.lo >= 1800 && nv.lo <= 2100 && nv.lo == (long)nv.lo && !has(grp(m, G_MID)) &&
		    utf8_count(m->doc + num.s, num.e - num.s) == 4 &&
		    !(u == m->c->rule->implied && !u->text[0] && has(grp(m, G_PRE))))
			return -1;	/* 高于2010年: a year, never 2010 years (but 2000多年 are,
					 * and 約1900年前, a span the rule reads; 2030年前 is
					 * before 2030) */
		if (cl->kind == K_DURATION && has(unit) && !nv.several && nv.lo >= 1 && nv.lo <= 12 &&
		    nv.lo == (long)nv.lo && !has(grp(m, G_MID)) &&
		    lang_word(l, l->month_units, m->doc + unit.s, unit.e - unit.s) >= 0 &&
		    lang_prefix(l, l->month_marks, m->doc + unit.e, m->n - unit.e))
			return -1;	/* 跌破1月历史极值: a month, January (约需3月完成 is three months) */
		qualifiers(l, m, cl);
		if (nv.several) {
			if (cl->qual == Q_EQ || cl->qual == Q_APPROX)
				cl->qual = Q_VAGUE;	/* 数万台規模: "about" adds nothing to 数 */
			cl->lo = nv.lo * cl->factor;
			cl->hi = nv.hi * cl->factor;
			cl->has_lo = cl->has_hi = 1;
			return 0;
		}
		cl->num = nv.lo;
		cl->has_value = 1;
		cl->value = nv.lo * cl->factor;
		cl->step = nv.step * cl->factor;
		if (has(grp(m, G_SEC))) {	/* 2:21:40: minutes and seconds of the hours; 2:02.31:
						 * seconds of the minutes (and their hundredths, below);
						 * 6-foot-8: the inches of the feet */
			last = has(grp(m, G_MIN)) ? 3600 : unit_parts(cl->unit, NULL);
			if ((has(grp(m, G_MIN)) && add_part(l, m, grp(m, G_MIN), 60, cl) < 0) ||
			    add_part(l, m, grp(m, G_SEC), last, cl) < 0)
				return -1;
		}
		if (has(grp(m, G_SUB))) {	/* 3割5分, 八成五: tenths of the unit; 9秒98: hundredths */
			struct span sub = grp(m, G_SUB);
			double scale = last;
			size_t d = utf8_count(m->doc + sub.s, sub.e - sub.s);

			while (d--)
				scale *= 10;
			if (add_part(l, m, sub, scale, cl) < 0)
				return -1;
		}
		if (has(grp(m, G_RIN)) && add_part(l, m, grp(m, G_RIN), 100, cl) < 0)
			return -1;	/* 3割1分2厘: hundredths of the unit */
		if (cl->kind == K_PERCENT && strcmp(cl->unit, "point") == 0 && cl->value > 100 &&
		    has(unit) && lang_word(l, l->loyalty_points, m->doc + unit.s, unit.e - unit.s) >= 0) {
			/* 1万ポイント: loyalty points (but 160 percentage points) */
			cl->kind = K_COUNT;
		}
		if (cl->kind == K_AGE && nv.step >= 1 && !has(grp(m, G_MID))) {
			/* 70歳 is [70, 71]: ages count whole years (79.3岁 is
			 * written to a tenth and rounds as any figure; 70多岁 is
			 * any age of the seventies) */
			cl->step = cl->factor;
			cl->bound = cl->qual == Q_EQ ? B_ABOVE_STEP : cl->bound;
		}
		if (more_of_units(m, grp(m, G_NUM), cl))
			cl->step = cl->factor * cl->mult;
		if (has(grp(m, G_HALF)) || (has(grp(m, G_MID)) &&
		    lang_word(l, l->halves, m->doc + grp(m, G_MID).s,
			      grp(m, G_MID).e - grp(m, G_MID).s) >= 0)) {
			/* 1年半, 一个半小时, two and a half years: a half of the
			 * unit more, to the half (3歳半 is [3.5, 4]); two and a
			 * half million: a half of the multiplier */
			cl->num += 0.5 * cl->mult;
			cl->value = cl->num * cl->factor;
			cl->step = cl->factor * cl->mult / 2;
		}
		if (has(grp(m, G_DECADE)) && cl->qual == Q_EQ) {	/* highs in the 40s: 40 to 50 */
			const struct qualifier *part = cl->num_start > cl->start + 1 && l->decade_parts ?
				lang_qualifier(l, l->decade_parts, m->doc + cl->start, cl->num_start - cl->start - 1) : NULL;

			cl->step = 10 * cl->factor;
			cl->bound = part ? part->bound : B_ABOVE_STEP;	/* in the low 30s: 30 to 35 */
			if (cl->bound == B_UPPER_HALF) {	/* the upper 90s: 95 to 100, its value */
				cl->value += cl->step / 2;	/* within them */
				cl->num = cl->value / cl->factor;
				cl->bound = B_LOWER_HALF;
			}
		}
		if (signed_kind(cl->kind)) {
			/* -5°C, 氷点下5℃, 负千分之零点九八, −0.5%: the kinds whose
			 * sign extract reads */
			size_t k = minus_before(l, m->doc, cl->start), z;

			if (!k && cl->kind == K_TEMPERATURE && (z = minus_after(l, m->doc, m->n, cl->end))) {
				cl->end += z;	/* 18 degrees below zero */
				cl->value = -cl->value;
				cl->num = -cl->num;
			}
			if (k) {
				const struct qualifier *q;
				size_t p;

				cl->start -= k;
				cl->value = -cl->value;
				cl->num = -cl->num;
				for (p = cl->start; p > 0 && m->doc[p - 1] == ' '; p--)
					;
				for (z = 0; z < 2 && (k = lang_suffix_len(l, l->prefix_verbs, m->doc, p)) > 0; z++)
					p -= k;	/* 最低可达零下30℃: a light verb between */
				for (q = l->prefixes; cl->qual == Q_EQ && q && q->text; q++)
					if (strlen(q->text) <= p &&
					    memcmp(m->doc + p - strlen(q->text), q->text, strlen(q->text)) == 0 &&
					    !(l->spaced && p > strlen(q->text) &&
					      isalpha((unsigned char)m->doc[p - strlen(q->text) - 1]))) {
						set_qualifier(cl, q);	/* 低于零下10℃ */
						cl->start = p - strlen(q->text);
					}
			}
		} else if (cl->kind == K_NUMBER)	/* minus 110 and 78 degrees Celsius */
			cl->minus = minus_before(l, m->doc, cl->start);
		return 0;
	}

	case R_RATE: {
		struct numval dn;
		const struct unit *du;
		struct span sdn = grp(m, G_DN), sdu = grp(m, G_DU), sn = grp(m, G_N),
			    su = grp(m, G_U);

		if (!has(sdn)) {	/* one person a week */
			dn.lo = 1;
			dn.several = 0;
		} else if (parse_span(l, m, sdn, &dn) < 0) {
			return -1;
		}
		if ((parse_span(l, m, sn, &nv) < 0 &&	/* 年に数回: a few a year */
		     ((!has(su) && !m->c->rule->implied) ||
		      numeral_several(l, m->doc + sn.s, sn.e - sn.s, &nv) < 0)) ||
		    times_big(l, m, &nv) < 0 ||	/* 日均500多万亩 */
		    (nv.several && has(grp(m, G_B))) || dn.several || dn.lo == 0)
			return -1;
		/* what a rate is per: a share, a barrel, a キロ of rice; else a unit */
		du = lang_unit(l, l->per_things, m->doc + sdu.s, sdu.e - sdu.s);
		if (!du)
			du = lang_unit(l, l->units, m->doc + sdu.s, sdu.e - sdu.s);
		if (!du)	/* $1 = 153.7 yen */
			du = lang_unit(l, l->currency_prefixes, m->doc + sdu.s, sdu.e - sdu.s);
		if (!du && !has(sdu) && has(grp(m, G_THING)) &&	/* $77 per inmate */
		    !(du = people_unit(l, m->doc, grp(m, G_THING).s, grp(m, G_THING).e)))
			du = &ITEM;	/* $166 per pothole: a thing the tables do not name */
		if (has(su) && unit_name_after(l, m->doc, m->n, su.e))
			return -1;	/* 1枚あたりの製造費は1万円札で: a note's name */
		if (has(su))
			u = lang_unit(l, l->units, m->doc + su.s, su.e - su.s);
		else if (has(grp(m, G_CUR)))	/* $7.14 a share */
			u = lang_unit(l, l->currency_prefixes, m->doc + grp(m, G_CUR).s,
				      grp(m, G_CUR).e - grp(m, G_CUR).s);
		else if (has(sdu) && has(grp(m, G_THING)) &&	/* 10 seasonal workers each winter */
			 (((u = lang_unit(l, l->units, m->doc + grp(m, G_THING).s,
					  grp(m, G_THING).e - grp(m, G_THING).s)) != NULL && u->kind == K_COUNT) ||
			  (u = people_unit(l, m->doc, grp(m, G_THING).s, grp(m, G_THING).e)) != NULL))
			;
		else
			u = m->c->rule->implied;
		if (u && du && strcmp(u->code, "km") == 0 && area(du->code) &&
		    (!has(su) || lang_word(l, l->weight_or_length, m->doc + su.s, su.e - su.s) >= 0)) {
			const struct unit *w;	/* 10アールあたり480キロ: a yield, by weight */

			for (w = l->units; w->text && strcmp(w->code, "kg") != 0; w++)
				;
			if (w->text)
				u = w;
		}
		if (!du || !u ||
		    in_name(l, m->doc, m->n, sn.s, sn.e, has(su) || has(grp(m, G_CUR)) ||
			    (m->c->rule->implied && sn.e < m->n && isalpha((unsigned char)m->doc[sn.e]))) ||	/* 49p a kilogram */
		    (strcmp(du->code, "year") == 0 && dn.lo >= 1000) ||
		    (u->kind == K_PERCENT && (du->kind != K_DURATION || joiner_between(l, m->doc, sdu.e, sn.s))))
			return -1;	/* 2024年に3社: a date, not three a year; 每吨收购价跌了四成:
					 * a change of the price, no percent per ton; 每天饮奶的比例不足四成:
					 * a share of those who do so each day */
		cl->num_start = has(sdn) ? sdn.s : sn.s;
		cl->fig_start = sn.s;
		if (has(su)) {	/* the unit as written */
			cl->unit_start = su.s;
			cl->unit_end = su.e;
		} else if (m->c->rule->implied) {	/* 900 pounds an acre: the rule's own word */
			size_t q = sn.e, k = strlen(m->c->rule->implied->text);

			while (q < m->n && m->doc[q] == ' ')
				q++;
			if (q + k <= m->n && memcmp(m->doc + q, m->c->rule->implied->text, k) == 0) {
				cl->unit_start = q;
				cl->unit_end = q + k;
			}
		}
		cl->kind = K_RATE;
		snprintf(cl->unit, sizeof cl->unit, "%s/%s", u->code, du->code);
		if (dn.lo == 1 && (strcmp(cl->unit, "km/hour") == 0 || strcmp(cl->unit, "mile/hour") == 0)) {
			/* 每小时40公里, 40 miles an hour: a speed, as 时速40公里 */
			snprintf(cl->unit, sizeof cl->unit, "%s", cl->unit[0] == 'k' ? "km/h" : "mph");
			cl->kind = K_MEASURE;
		}
		if (dn.lo == 1 && strcmp(cl->unit, "m/second") == 0)
			cl->kind = K_MEASURE;	/* 33米/秒, 每秒25米: a wind's speed, as 風速40メートル */
		qualifiers(l, m, cl);
		cl->factor = u->factor / dn.lo;
		cl->per = dn.lo;
		if (nv.several) {	/* 年間数百匹: a vague rate */
			if (cl->qual == Q_EQ || cl->qual == Q_APPROX)
				cl->qual = Q_VAGUE;
			cl->lo = nv.lo * cl->factor;
			cl->hi = nv.hi * cl->factor;
			cl->has_lo = cl->has_hi = 1;
			return 0;
		}
		cl->num = nv.lo;
		cl->has_value = 1;
		cl->value = nv.lo * cl->factor;
		cl->step = nv.step * cl->factor;
		if (has(sdn) && !has(grp(m, G_B)) && nv.lo == 1 && nv.step >= 1 && dn.lo != 1 && dn.step > 0) {
			cl->den = dn.lo;	/* 4.1秒に1回: one is exact, the span as */
			cl->den_step = dn.step;	/* rounded bounds the rate */
		}
		if (more_of_units(m, sn, cl))	/* 每天工作10个多小时 */
			cl->step = cl->factor;
		if (has(grp(m, G_HALF))) {	/* 1か所あたり2時間半: to the half */
			cl->num += 0.5;
			cl->value = cl->num * cl->factor;
			cl->step = cl->factor / 2;
		}
		if (has(grp(m, G_B))) {	/* 1リットルあたり170～175円: a range of the rate */
			struct numval b;

			if (parse_span(l, m, grp(m, G_B), &b) < 0 || b.several || b.lo < nv.lo)
				return -1;
			cl->qual = Q_RANGE;
			cl->lo = cl->value;
			cl->hi = b.lo * cl->factor;
			cl->has_lo = cl->has_hi = 1;
			if (has(grp(m, G_POST))) {	/* 1人2万～3万円台: to 40000 */
				const struct qualifier *q = lang_qualifier(l, l->suffixes, m->doc + grp(m, G_POST).s,
									   grp(m, G_POST).e - grp(m, G_POST).s);

				if (q && q->bound == B_ABOVE_STEP)
					cl->hi += b.step * cl->factor;
			}
		}
		return 0;
	}

	case R_FRACTION: {
		struct numval den, whole;
		int figure = 1;	/* a quantity of a unit (or none), not a bare fraction */

		if (parse_span(l, m, grp(m, G_DEN), &den) < 0 ||
		    parse_span(l, m, grp(m, G_NUM), &nv) < 0 ||
		    den.several || nv.several || den.lo == 0 || nv.lo >= den.lo)
			return -1;	/* (3人に5人, 3分の5: no part of a whole) */
		if (has(grp(m, G_WHOLE))) {	/* 11-1/2, 10 1/2 miles: in halves, eighths */
			unit = grp(m, G_UNIT);
			if (parse_span(l, m, grp(m, G_WHOLE), &whole) < 0 || nv.lo >= den.lo)
				return -1;
			if (has(unit)) {
				u = lang_unit(l, l->units, m->doc + unit.s, unit.e - unit.s);
				cl->unit_start = unit.s;
				cl->unit_end = unit.e;
			} else if (has(grp(m, G_THING)) && m->c->rule->implied) {
				u = m->c->rule->implied;	/* 2 1/2 lengths: so many of a thing */
				cl->unit_start = grp(m, G_THING).s;
				cl->unit_end = grp(m, G_THING).e;
			}
			cl->num_start = grp(m, G_WHOLE).s;
			cl->num = whole.lo + nv.lo / den.lo;
			cl->step = 1 / den.lo;
		} else if (l->fraction_units &&
			   (u = lang_unit(l, l->fraction_units, m->doc + grp(m, G_DEN).s,
					  grp(m, G_DEN).e - grp(m, G_DEN).s)) != NULL) {
			cl->num_start = grp(m, G_DEN).s;	/* 不到进口量的千分之一: 0.1% */
			cl->num = nv.lo;
			cl->step = nv.step;
		} else
			figure = 0;
		if (figure) {
			cl->kind = u ? u->kind : K_NUMBER;
			snprintf(cl->unit, sizeof cl->unit, "%s", u ? u->code : "");
			cl->factor = u ? u->factor : 1;
			cl->has_value = 1;
			cl->value = cl->num * cl->factor;
			cl->step *= cl->factor;
			qualifiers(l, m, cl);
			return 0;
		}
		cl->num_start = grp(m, G_DEN).s;
		cl->kind = K_RATIO;
		strcpy(cl->unit, "fraction");
		cl->has_value = 1;
		cl->value = nv.lo / den.lo;
		cl->exact = 1;
		qualifiers(l, m, cl);
		return 0;
	}

	case R_FRACTION_WORD: {
		struct span w = grp(m, G_WORD);
		const struct fraction_word *f = lang_fraction(l, m->doc + w.s, w.e - w.s);
		size_t i;

		if (!f)
			return -1;
		cl->num_start = w.s;
		cl->kind = K_RATIO;
		snprintf(cl->unit, sizeof cl->unit, "%s", f->unit);
		cl->has_value = 1;
		cl->value = f->value;
		if (strcmp(f->unit, "fraction") != 0 && strcmp(f->unit, "times") != 0) {
			/* 半年: half a unit of time, rounded as 0.5 years is; an
			 * hour and a half, to the half as "two and a half hours" */
			cl->kind = K_DURATION;
			cl->step = f->value > 1 ? 0.5 : 0.1;
			for (i = 0; l->one_spans && l->one_spans[i].text; i++)
				if (f == &l->one_spans[i])
					cl->step = f->value / 10;	/* nearly a decade: [9, 10] years */
			qualifiers(l, m, cl);
			return 0;
		}
		if (has(grp(m, G_UNIT)) && (u = m->c->rule->implied) != NULL) {
			/* a quarter point: a fraction of the rule's unit */
			if (strcmp(f->unit, "fraction") != 0)
				return -1;
			cl->kind = u->kind;
			snprintf(cl->unit, sizeof cl->unit, "%s", u->code);
			cl->value = f->value * u->factor;
		} else if ((u = m->c->rule->implied) != NULL) {
			/* twice in March: a multiple word that counts occasions,
			 * as rounded as "2 times" */
			if (strcmp(f->unit, "times") != 0)
				return -1;
			cl->kind = u->kind;
			snprintf(cl->unit, sizeof cl->unit, "%s", u->code);
			cl->step = 1;
			qualifiers(l, m, cl);
			return 0;
		}
		cl->exact = 1;
		qualifiers(l, m, cl);
		return 0;
	}

	case R_RANK:
	case R_AGE:
		num = grp(m, G_N);
		/* a rule that reads the words before the number (第, top-)
		 * has already decided that it is no name */
		if (parse_span(l, m, num, &nv) < 0 || nv.several ||
		    (num.s == m->ov[0] && !has(grp(m, G_POST)) &&	/* Adults 65 or older */
		     in_name(l, m->doc, m->n, num.s, num.e, 1)))
			return -1;
		cl->num_start = num.s;
		cl->has_value = 1;
		cl->value = nv.lo;
		cl->step = 1;
		if (m->c->rule->type == R_RANK) {
			cl->kind = K_RANK;
			strcpy(cl->unit, "rank");
			cl->exact = 1;
			qualifiers(l, m, cl);	/* 20位以内: the top 20 */
		} else {
			cl->kind = K_AGE;
			strcpy(cl->unit, "year");
			cl->bound = B_ABOVE_STEP;
			if (has(grp(m, G_DECADE)))	/* 20代: 20 to 29 */
				cl->step = 10;
			qualifiers(l, m, cl);	/* 60代以上 */
		}
		return 0;

	case R_PAIR: {	/* 两三年: a range of two adjacent digits (or as the table's pattern
			 * allows, 三五天: three to five) */
		struct numval b;
		struct span sa = grp(m, G_A), sb = grp(m, G_B);

		unit = grp(m, G_UNIT);
		u = has(unit) ? lang_unit(l, l->units, m->doc + unit.s, unit.e - unit.s) : NULL;
		if (!u || parse_span(l, m, sa, &nv) < 0 || parse_span(l, m, sb, &b) < 0 ||
		    b.lo <= nv.lo || b.lo > nv.lo + 2)
			return -1;
		if (times_big(l, m, &nv) < 0 || times_big(l, m, &b) < 0)
			return -1;	/* 三四十万元: 300,000 to 400,000 */
		cl->num_start = sa.s;
		cl->kind = u->kind;
		snprintf(cl->unit, sizeof cl->unit, "%s", u->code);
		cl->factor = u->factor;
		cl->num = nv.lo;
		cl->has_value = 1;
		cl->value = nv.lo * u->factor;
		cl->qual = Q_RANGE;
		cl->lo = cl->value;
		cl->hi = b.lo * u->factor;
		cl->has_lo = cl->has_hi = 1;
		return 0;
	}

	case R_NAME:
		cl->num_start = m->ov[0];
		cl->none = 1;
		return 0;

	case R_SCORE: {	/* 6-1, 2-2; 1-3 only where the rule saw a game */
		struct numval b;

		if (parse_span(l, m, grp(m, G_A), &nv) < 0 || parse_span(l, m, grp(m, G_B), &b) < 0 ||
		    (nv.lo < b.lo && !took_part(m, G_GAME)))
			return -1;
		cl->num_start = grp(m, G_A).s;
		cl->none = 1;
		return 0;
	}

	case R_DATE: {
		struct span y = grp(m, G_Y), mo = grp(m, G_M), d = grp(m, G_D),
			    rel = grp(m, G_REL), mon = grp(m, G_MON);

		/* (20日: the day, else where the match starts; a set phrase at
		 * the start of the text must not take a date with no number) */
		cl->num_start = has(y) ? y.s : has(mo) ? mo.s : has(mon) ? mon.s : has(rel) ? rel.s :
				has(d) ? d.s : m->ov[0];
		if (has(d) && d.s < cl->num_start)
			cl->num_start = d.s;	/* 11 February: the day first */
		if (in_name(l, m->doc, m->n, cl->num_start, cl->num_start, 1) ||
		    (has(y) && !has(mo) && !has(mon) && !has(d) && named_year(l, m->doc, y.s)))
			return -1;
		cl->kind = K_DATE;
		strcpy(cl->unit, "date");
		if (has(y) && (cl->year = era_year(l, m, y)) < 0)
			return -1;
		if (has(y) && !cl->year) {
			cl->year = date_part(l, m, y);	/* 2024, 二〇二四 */
			if (cl->year < 100 && utf8_count(m->doc + y.s, y.e - y.s) == 2)
				cl->year += cl->year < 70 ? 2000 : 1900;	/* 26年度: 2026, 00年度: 2000 */
		}
		if (has(mo))
			cl->month = date_part(l, m, mo);	/* 10月, 十月 */
		if (has(mon))	/* July */
			cl->month = lang_month(l, m->doc + mon.s, mon.e - mon.s);
		if (has(grp(m, G_EMON))) {	/* October-December */
			cl->end_month = lang_month(l, m->doc + grp(m, G_EMON).s,
						   grp(m, G_EMON).e - grp(m, G_EMON).s);
			if (cl->end_month == cl->month)
				return -1;
			if (cl->end_month < cl->month && cl->year)
				cl->year--;	/* December-February 2025: into the year written */
			cl->qual = Q_RANGE;	/* (late December and mid-February: into the next year) */
		}
		if (has(grp(m, G_EM))) {	/* 4～9月: a range of months */
			cl->end_month = int_at(m, grp(m, G_EM));
			if (!cl->end_month && parse_span(l, m, grp(m, G_EM), &nv) == 0 && !nv.several)
				cl->end_month = (int)nv.lo;	/* 前十个月 */
			if (!has(mo))
				cl->month = 1;	/* 前10个月: from January */
			if (cl->end_month < 1 || cl->end_month > 12 || cl->end_month == cl->month ||
			    (cl->end_month < cl->month && !has(mo)))
				return -1;	/* (12～2月: into the next year) */
			cl->qual = Q_RANGE;
		}
		if (has(d))
			cl->day = date_part(l, m, d);	/* 1日, 一日 */
		if (has(grp(m, G_ED))) {	/* April 28-29: a range of days */
			cl->end_day = int_at(m, grp(m, G_ED));
			cl->end_month = cl->month;
			if (cl->end_day <= cl->day || cl->end_day > 31)
				return -1;
			cl->qual = Q_RANGE;
		}
		if (has(grp(m, G_YEND)) && !has(grp(m, G_FY)))	/* 2025年末: its December */
			cl->month = 12;
		if (has(grp(m, G_DECADE))) {	/* 2020年代, the 1990s */
			if (utf8_count(m->doc + y.s, y.e - y.s) == 2)	/* 上世纪90年代, 20年代 */
				cl->year = cl->year % 100 + (lang_suffix(l, l->last_century, m->doc, y.s) ? 1900 :
							     lang_suffix(l, l->this_century, m->doc, y.s) ? 2000 :
							     cl->year % 100 < 30 ? 2000 : 1900);
			if (cl->year % 10)
				return -1;
			cl->end_year = cl->year + 9;
		}
		if (has(grp(m, G_EY))) {	/* 2023-24: a school or fiscal year; 2020-24 */
			cl->end_year = cl->year - cl->year % 100 + int_at(m, grp(m, G_EY));
			if (cl->end_year < cl->year)
				cl->end_year += 100;	/* 1999-00 */
			if (cl->end_year <= cl->year || cl->end_year > cl->year + 10)
				return -1;
			cl->qual = Q_RANGE;
		}
		if (has(grp(m, G_FY)) && l->fiscal_start > 1 && has(y) && has(grp(m, G_YEND))) {
			/* 2027年度末: the last month of the fiscal year, March 2028 */
			cl->year += 1;
			cl->month = l->fiscal_start - 1;
		} else if (has(grp(m, G_FY)) && l->fiscal_start > 1 && has(y)) {
			/* 2025年度: April 2025 to March 2026 */
			cl->month = l->fiscal_start;
			cl->end_year = cl->year + 1;
			cl->end_month = l->fiscal_start - 1;
		}
		if (has(grp(m, G_FYE)) && has(y) && has(mo)) {
			/* 2026年3月期: the twelve months to March 2026 */
			if (cl->month < 1 || cl->month > 12)
				return -1;
			cl->end_year = cl->year;
			cl->end_month = cl->month;
			cl->year -= cl->month < 12;
			cl->month = cl->month % 12 + 1;
		}
		if (has(rel)) {
			const struct period_word *pw =
				lang_period(l, m->doc + rel.s, rel.e - rel.s);

			cl->rel = 1;
			cl->rel_years = pw ? pw->years : 0;
			if (has(grp(m, G_EMON)) && cl->end_month < cl->month)
				cl->rel_years--;	/* December-February last year: into the year said */
			if (pw && pw->from_month && pw->to_month && !has(mo)) {
				/* 昨年度以降: from April of last year, as 2025年度 */
				cl->month = pw->from_month;
				cl->end_rel = 1;
				cl->end_rel_years = cl->rel_years + (pw->to_month < pw->from_month);
				cl->end_month = pw->to_month;
			}
			if (has(grp(m, G_FYE)) && has(mo)) {	/* 来年3月期: the twelve months to next March */
				cl->end_rel = 1;
				cl->end_rel_years = cl->rel_years;
				cl->end_month = cl->month;
				cl->rel_years -= cl->month < 12;
				cl->month = cl->month % 12 + 1;
			}
		}
		if (has(grp(m, G_RMON))) {	/* 今月26日, 上月15日 */
			const struct period_word *pw = lang_period(l, m->doc + grp(m, G_RMON).s,
								   grp(m, G_RMON).e - grp(m, G_RMON).s);

			if (!pw || pw->month_rel != 1)
				return -1;
			cl->num_start = grp(m, G_RMON).s;
			cl->mrel = 1;
			cl->rel_months = pw->months;
		}
		if (has(grp(m, G_AGO)) || has(grp(m, G_DECADES))) {
			/* 5年前, five years ago, a decade ago: a year back from publication */
			if (!has(grp(m, G_AGO)))
				nv.lo = 1;	/* a decade */
			else if (parse_span(l, m, grp(m, G_AGO), &nv) < 0 || nv.several || nv.lo < 1 ||
				 nv.lo > 200 || nv.lo != (int)nv.lo)
				return -1;
			cl->num_start = has(grp(m, G_AGO)) ? grp(m, G_AGO).s : grp(m, G_DECADES).s;
			cl->rel = 1;
			cl->rel_years = -(int)nv.lo * (has(grp(m, G_DECADES)) ? 10 : 1);
		}
		if (has(grp(m, G_LATER))) {	/* 3年後, three years from now: a year on from publication */
			if (parse_span(l, m, grp(m, G_LATER), &nv) < 0 || nv.several || nv.lo < 1 ||
			    nv.lo > 200 || nv.lo != (int)nv.lo)
				return -1;
			cl->num_start = grp(m, G_LATER).s;
			cl->rel = 1;
			cl->rel_years = (int)nv.lo;
		}
		if ((has(y) && (cl->year < 1000 || cl->year > 2999)) ||
		    ((has(mo) || has(mon)) && (cl->month < 1 || cl->month > 12)) ||
		    (has(d) && (cl->day < 1 || cl->day > 31 ||
				(cl->month && cl->day > days_in_month(cl->year ? cl->year : 2000,
								       cl->month)))))	/* 2月30日 */
			return -1;
		qualifiers(l, m, cl);
		if (cl->qual != Q_EQ && cl->qual != Q_APPROX && cl->qual != Q_RANGE) {
			/* above 2024 levels: a date is no bound; the word is
			 * left out of the text once the match is chosen */
			cl->qual = Q_EQ;
			cl->bound = B_ROUND;
			cl->trim_to = cl->num_start;
			if (has(grp(m, G_POST))) {	/* 比2020年多了: the year alone */
				cl->trim_end = grp(m, G_POST).s;
				while (cl->trim_end > cl->start && (m->doc[cl->trim_end - 1] == ' ' ||
								     m->doc[cl->trim_end - 1] == '\t'))
					cl->trim_end--;
			}
		}
		return 0;
	}

	case R_TIME: {
		struct span h = grp(m, G_H), mi = grp(m, G_MIN), ap = grp(m, G_AMPM);

		if (in_name(l, m->doc, m->n, h.s, h.e, 1))
			return -1;
		cl->num_start = has(ap) ? ap.s : h.s;
		cl->kind = K_TIME;
		strcpy(cl->unit, "time");
		cl->hour = int_at(m, h);
		cl->minute = has(mi) ? int_at(m, mi) : has(grp(m, G_HALF)) ? 30 : 0;	/* 3時半 */
		cl->day_half = has(ap);
		if (has(ap) && lang_word(l, l->pm_words, m->doc + ap.s, ap.e - ap.s) >= 0 &&
		    cl->hour < 12)
			cl->hour += 12;
		else if (has(ap) && cl->hour == 12 &&
			 lang_word(l, l->am_words, m->doc + ap.s, ap.e - ap.s) >= 0)
			cl->hour = 0;	/* 12:01 a.m. is past midnight */
		if (cl->hour > 24 || cl->minute > 59 || (cl->hour == 24 && cl->minute > 0))
			return -1;
		qualifiers(l, m, cl);
		return 0;
	}
	}
	return -1;
}

/* ---- a document ---- */

struct vec {
	struct claim *v;
	size_t n, cap;
};

static int push(struct vec *v, const struct claim *c)
{
	struct claim *p = grow(v->v, &v->cap, v->n, sizeof *p);

	if (!p)
		return -1;
	v->v = p;
	v->v[v->n++] = *c;
	return 0;
}

/* Earlier first; at the same place the longer, then the earlier rule. */
static int by_place(const void *a, const void *b)
{
	const struct claim *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->rule < y->rule ? -1 : x->rule > y->rule;
}

struct periods {
	struct period_span *v;
	size_t n, cap;
};

/* The period words (今年, 現在) of doc, in text order. */
static int find_periods(struct scanner *sc, const char *doc, size_t from, size_t to,
			struct periods *out)
{
	size_t start = from;
	int rc;

	while ((rc = pcre2_match(sc->periods, (PCRE2_SPTR)doc, to, start,
				 PCRE2_NO_UTF_CHECK, sc->md, NULL)) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
		const struct period_word *pw = lang_period(sc->lang, doc + ov[0], ov[1] - ov[0]);

		if (pw && !lang_covers(sc->lang, sc->lang->period_masks, doc, to, ov[0])) {
			struct period_span *p = grow(out->v, &out->cap, out->n, sizeof *p);

			if (!p)
				return -1;
			out->v = p;
			out->v[out->n].start = ov[0];
			out->v[out->n].end = ov[1];
			out->v[out->n].word = pw;
			out->v[out->n].lang = sc->lang;
			out->n++;
		}
		start = ov[1];
	}
	return 0;
}

/* Is p inside the figure of claim c as written from its number on: its
 * digits and points, and a fraction after a space (188 2/3; but not the
 * 60 of "4 60-barrel fermenters")? */
static int within_figure(const char *doc, const struct claim *c, size_t p)
{
	size_t q = c->num_start, f;

	while (q < c->end && (isdigit((unsigned char)doc[q]) || doc[q] == '.' || doc[q] == ','))
		q++;
	if (q < c->end && doc[q] == ' ') {
		for (f = q + 1; f < c->end && isdigit((unsigned char)doc[f]); f++)
			;
		if (f > q + 1 && f + 1 < c->end && doc[f] == '/' && isdigit((unsigned char)doc[f + 1]))
			q = f + 2;
	}
	return p < q;
}

/* ---- the scan ---- */


/* Is claim c in a phrase of not_claims ("the first three months": a part
 * of the year), unless a period mask opens it and c is a span ("in its
 * first three months": the thing's own months, a duration)? */
static int not_claim(const struct lang *l, const char *doc, size_t n, const struct claim *c)
{
	size_t q = lang_cover_start(l, l->not_claims, doc, n, c->num_start);

	return q && !(c->kind == K_DURATION && lang_covers(l, l->period_masks, doc, n, q - 1));
}

/* Append to all the claims of the matches of rule m->c in m->doc[..m->n)
 * that start in the windows w[0..nw), in text order. */
static int match_rule(struct scanner *sc, struct match *m, const struct window *w, size_t nw,
		      struct vec *all)
{
	const char *doc = m->doc;
	size_t k, i, start = 0, to = m->n;
	int rc;

	for (k = 0; k < nw; k++) {
		if (start < w[k].start)
			start = w[k].start;
		pcre2_set_offset_limit(sc->mc, w[k].last);
		while (start <= w[k].last && (rc = pcre2_match(m->c->re, (PCRE2_SPTR)doc, to, start,
							       PCRE2_NO_UTF_CHECK, sc->md, sc->mc)) >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
			uint32_t pairs = pcre2_get_ovector_count(sc->md);
			struct claim cl;
			size_t len;

			for (i = 0; i < 2 * (size_t)pairs && i < sizeof m->ov / sizeof *m->ov; i++)
				m->ov[i] = i < 2 * (size_t)rc ? ov[i] : PCRE2_UNSET;
			for (; i < sizeof m->ov / sizeof *m->ov; i++)
				m->ov[i] = PCRE2_UNSET;
			if (ov[1] > ov[0]) {
				if (interpret(sc->lang, m, &cl) == 0 && !not_claim(sc->lang, doc, to, &cl) &&
				    push(all, &cl) < 0)
					return -1;
				start = ov[1];
				continue;
			}
			if (ov[0] >= to)
				break;
			utf8_decode(doc + ov[0], doc + to, &len);
			start = ov[0] + len;
		}
	}
	return 0;
}

/* Is doc[s, e) inside brackets that close before lim, with at most 24
 * bytes and no other bracket between it and each (（60キロ）, （玄米60キロ）,
 * （60キロ入り）)? */
static int in_brackets(const char *doc, size_t s, size_t e, size_t lim)
{
	static const char *const open[] = {"(", "（"}, *const close[] = {")", "）"};
	size_t k, p, q;

	for (k = 0; k < 2; k++) {
		size_t ol = strlen(open[k]), cl = strlen(close[k]);

		for (p = s; p >= ol && s - p <= 24 && memcmp(doc + p - ol, open[k], ol) != 0 &&
			    !(p >= cl && memcmp(doc + p - cl, close[k], cl) == 0); p--)
			;
		if (p < ol || s - p > 24 || memcmp(doc + p - ol, open[k], ol) != 0)
			continue;
		for (q = e; q + cl <= lim && q - e <= 24 && memcmp(doc + q, close[k], cl) != 0 &&
			    memcmp(doc + q, open[k], ol) != 0; q++)
			;
		if (q + cl <= lim && q - e <= 24 && memcmp(doc + q, close[k], cl) == 0)
			return 1;
	}
	return 0;
}

/* Match every rule of sc in doc[from..to) and append the chosen claims
 * (longest first where they overlap, then joined) to out. */
static int match_range(struct scanner *sc, const char *doc, size_t from, size_t to,
		       struct vec *out)
{
	const struct lang *l = sc->lang;
	struct vec all = {0};
	struct match m;
	size_t r, i, last_end = from, first = out->n, inner_end = 0;
	const struct claim *outer = NULL;	/* the count whose words may hold figures */
	keyset keys = keys_in(&sc->keys, doc + from, to - from);
	const struct window whole = {from, to};
	int taken = 0;

	m.doc = doc;
	m.n = to;
	if (!sc->everywhere && find_windows(sc, doc, from, to, &sc->win) < 0)
		return -1;
	for (r = 0; r < sc->nrules; r++) {
		m.c = &sc->rules[r];
		if (!sc->everywhere && !set_empty(&m.c->needs) && !set_meets(&m.c->needs, &keys))
			continue;	/* no 年 in the text: no date-ymd to look for */
		if (sc->everywhere || !m.c->near ? match_rule(sc, &m, &whole, 1, &all) < 0
						 : match_rule(sc, &m, sc->win.v, sc->win.n, &all) < 0) {
			free(all.v);
			return -1;
		}
	}
	if (all.n)
		qsort(all.v, all.n, sizeof *all.v, by_place);
	for (i = 0; i < all.n; i++) {
		if (all.v[i].start < last_end && taken) {
			/* four 60-barrel fermenters: a figure in digits among
			 * the words of a count, before its noun, is a claim of
			 * its own (not 310 double rooms), and so is a compound
			 * in a rate's words (11 calls per 12-hour shift; not
			 * 3 mites per 100 bees) */
			if (!(outer && all.v[i].start >= inner_end &&
			      ((all.v[i].start > outer->num_start && doc[all.v[i].start - 1] == ' ' &&
				!within_figure(doc, outer, all.v[i].start) &&	/* (the 2/3 of 188 2/3 innings) */
				(isdigit((unsigned char)doc[all.v[i].start]) ||
				 /* two five-year options (but 9.8 million twenty-foot
				  * equivalent units: the name of the unit) */
				 (l->spaced && !isdigit((unsigned char)doc[outer->num_start]) &&
				  memchr(doc + all.v[i].start, '-', all.v[i].end - all.v[i].start))) &&
				(outer->kind == K_COUNT ? all.v[i].end <= outer->unit_start
							: l->spaced && all.v[i].end <= outer->end &&
							  memchr(doc + all.v[i].start, '-', all.v[i].end - all.v[i].start))) ||
			       /* 1俵（60キロ）あたり2万3000円, 每箱（约3公斤）售价约120元: and so a
				* figure in brackets in a rate's words */
			       (outer->kind == K_RATE && all.v[i].end <= outer->end && in_brackets(doc, all.v[i].start, all.v[i].end, outer->end)) ||
			       /* 每单派费从2020年的1.5元: a date between a rate's base and its figure */
			       (outer->kind == K_RATE && all.v[i].kind == K_DATE && outer->fig_start &&
				all.v[i].end <= outer->fig_start &&
				all.v[i].end - all.v[i].start >= 4 && isdigit((unsigned char)doc[all.v[i].start]) &&
				isdigit((unsigned char)doc[all.v[i].start + 3])))))
				continue;
			inner_end = all.v[i].end;
		} else {
			outer = (all.v[i].kind == K_COUNT && all.v[i].unit_start > all.v[i].num_start) ||
				all.v[i].kind == K_RATE ? &all.v[i] : NULL;
			inner_end = 0;
		}
		taken = 1;
		if (!inner_end)
			last_end = all.v[i].end;
		if (all.v[i].none)
			continue;	/* a score: its numbers are no claims */
		if (all.v[i].trim_to)
			all.v[i].start = all.v[i].trim_to;
		if (all.v[i].trim_end)
			all.v[i].end = all.v[i].trim_end;
		if (push(out, &all.v[i]) < 0) {
			free(all.v);
			return -1;
		}
	}
	free(all.v);
	i = out->n - first;
	if (i)
		join(l, doc, to, out->v + first, &i);
	out->n = first;
	for (r = first; r < first + i; r++)	/* words that no range took */
		if (!out->v[r].weak)
			out->v[out->n++] = out->v[r];
	return 0;
}

int scanner_language(struct scanner *const *sc, size_t nsc, const char *text, size_t n)
{
	const struct lang *langs[16];
	size_t i;

	for (i = 0; i < nsc && i < 16; i++)
		langs[i] = sc[i]->lang;
	return detect_language(text, n, langs, i);
}

int scanner_run(struct scanner *const *sc, size_t nsc, struct piece *pc, const char *doc,
		size_t n, struct claim **out, size_t *count)
{
	const struct lang *langs[16];
	struct vec chosen = {0};
	struct periods pw = {0};
	struct segment *seg = NULL;
	long ns, k;
	size_t i;

	for (i = 0; i < nsc && i < 16; i++)
		langs[i] = sc[i]->lang;
	ns = detect_segments(doc, n, langs, i, pc->fixed ? pc->lang : -1, pc->lang, &seg);
	if (ns < 0)
		return -1;
	for (k = 0; k < ns; k++)
		if (scanner_compile(sc[seg[k].lang], sc[seg[k].lang]->err, sizeof sc[seg[k].lang]->err) < 0) {
			free(seg);
			return -1;
		}
	for (k = 0; k < ns; k++)
		if (match_range(sc[seg[k].lang], doc, seg[k].start, seg[k].end, &chosen) < 0)
			goto oom;
	if (pc->find_pub)
		publication_date(doc, chosen.v, chosen.n, &pc->pub);
	resolve(doc, n, &pc->pub, chosen.v, chosen.n);
	rate_levels(doc, chosen.v, chosen.n);
	for (k = 0; pc->pub.year && k < ns; k++)
		if (find_periods(sc[seg[k].lang], doc, seg[k].start, seg[k].end, &pw) < 0)
			goto oom;
	if (attach(doc, n, &pc->pub, pw.v, pw.n, chosen.v, chosen.n) < 0)
		goto oom;
	free(pw.v);
	free(seg);
	*out = chosen.v;
	*count = chosen.n;
	return 0;
oom:
	free(chosen.v);
	free(pw.v);
	free(seg);
	return -1;
}
