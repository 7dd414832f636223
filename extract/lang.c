/* extract/lang.c - looking words up in the language tables. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "lang.h"

const struct lang *const LANGS[] = {&lang_ja, &lang_zh, &lang_en, NULL};

const struct lang *lang_find(const char *code)
{
	size_t i;

	for (i = 0; LANGS[i]; i++)
		if (strcmp(LANGS[i]->code, code) == 0)
			return LANGS[i];
	return NULL;
}

static int same(const struct lang *l, const char *a, const char *b, size_t n)
{
	return l && l->caseless ? strncasecmp(a, b, n) == 0 : memcmp(a, b, n) == 0;
}

static int same_byte(const struct lang *l, char a, char b)
{
	return a == b || (l && l->caseless && tolower((unsigned char)a) == tolower((unsigned char)b));
}

static int is(const struct lang *l, const char *word, const char *s, size_t n)
{
	return strlen(word) == n && same(l, word, s, n);
}

const struct unit *lang_unit(const struct lang *l, const struct unit *u, const char *s, size_t n)
{
	for (; u && u->text; u++)
		if (is(l, u->text, s, n))
			return u;
	return NULL;
}

const struct qualifier *lang_qualifier(const struct lang *l, const struct qualifier *q,
				       const char *s, size_t n)
{
	for (; q && q->text; q++)
		if (is(l, q->text, s, n))
			return q;
	return NULL;
}

const struct qualifier *lang_qualifier_at(const struct lang *l, const struct qualifier *q,
					  const char *s, size_t n, size_t *len)
{
	const struct qualifier *best = NULL;

	for (*len = 0; q && q->text; q++) {
		size_t k = strlen(q->text);

		if (k > *len && k <= n && same(l, q->text, s, k)) {
			best = q;
			*len = k;
		}
	}
	return best;
}

const struct period_word *lang_period(const struct lang *l, const char *s, size_t n)
{
	const struct period_word *p;

	for (p = l->periods; p && p->text; p++)
		if (is(l, p->text, s, n))
			return p;
	return NULL;
}

/* The longest period word that starts s, ending where a word may end
 * (a year earlier, not "a year earliest"); *len its length. */
const struct period_word *lang_period_at(const struct lang *l, const char *s, size_t n, size_t *len)
{
	const struct period_word *p, *best = NULL;
	size_t k;

	for (*len = 0, p = l->periods; p && p->text; p++) {
		k = strlen(p->text);
		if (k > *len && k <= n && same(l, p->text, s, k) &&
		    (k == n || !isalnum((unsigned char)s[k]))) {
			best = p;
			*len = k;
		}
	}
	return best;
}

const struct fraction_word *lang_fraction(const struct lang *l, const char *s, size_t n)
{
	const struct fraction_word *f;

	for (f = l->fractions; f && f->text; f++)
		if (is(l, f->text, s, n))
			return f;
	for (f = l->one_spans; f && f->text; f++)
		if (is(l, f->text, s, n))
			return f;
	return NULL;
}

int lang_month(const struct lang *l, const char *s, size_t n)
{
	const struct month_word *m;

	for (m = l->months; m && m->text; m++)
		if (is(l, m->text, s, n))
			return m->month;
	return 0;
}

/* Which bytes can start a word of a list, and which can follow the first:
 * most places of a text start no word of a list, and two bit tests say so
 * where a scan of the list took one compare a word.  Built on first use
 * of a list and kept per thread (the lists are the tables' own, a few
 * hundred; no locks), looked up by the list's address. */
struct word_index {
	const char *const *list;
	unsigned char first[32], second[32];	/* bit sets of bytes */
	unsigned char one[32];			/* first bytes of one-byte words */
	size_t longest;				/* bytes of the longest word */
};

#define INDEX_SLOTS 1024	/* 2^(64-54), well above the lists there are */
static _Thread_local struct word_index word_index[INDEX_SLOTS];

/* Both cases of a letter: a caseless language may look the list up too. */
static void set_byte(unsigned char *set, unsigned char b)
{
	set[b >> 3] |= 1u << (b & 7);
	if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
		b ^= 0x20;
		set[b >> 3] |= 1u << (b & 7);
	}
}

static int has_byte(const unsigned char *set, unsigned char b)
{
	return set[b >> 3] >> (b & 7) & 1;
}

/* The index of list, or NULL when the slots are full (then a scan). */
static const struct word_index *index_of(const char *const *list)
{
	static _Thread_local struct word_index *last;	/* a list is often asked many times in a row */
	size_t h, i;
	struct word_index *x;

	if (last && last->list == list)
		return last;
	h = (size_t)(((uint64_t)(uintptr_t)list >> 3) * UINT64_C(0x9E3779B97F4A7C15) >> 54);
	for (i = 0; i < INDEX_SLOTS; i++) {
		x = &word_index[(h + i) & (INDEX_SLOTS - 1)];
		if (x->list == list)
			return last = x;
		if (x->list == NULL)
			break;
	}
	if (i == INDEX_SLOTS)
		return NULL;
	x->list = list;
	for (i = 0; list[i]; i++) {
		set_byte(x->first, (unsigned char)list[i][0]);
		if (list[i][0] && list[i][1])
			set_byte(x->second, (unsigned char)list[i][1]);
		else
			set_byte(x->one, (unsigned char)list[i][0]);
		if (strlen(list[i]) > x->longest)
			x->longest = strlen(list[i]);
	}
	return last = x;
}

/* Can a word of x's list start s (n > 0 bytes)? */
static int could_start(const struct word_index *x, const char *s, size_t n)
{
	return has_byte(x->first, (unsigned char)s[0]) &&
	       (has_byte(x->one, (unsigned char)s[0]) ||
		(n >= 2 && has_byte(x->second, (unsigned char)s[1])));
}

int lang_word(const struct lang *l, const char *const *list, const char *s, size_t n)
{
	const struct word_index *x;
	int i;

	if (!list || (n > 0 && (x = index_of(list)) != NULL && !could_start(x, s, n)))
		return -1;
	for (i = 0; list[i]; i++)
		if (is(l, list[i], s, n))
			return i;
	return -1;
}

size_t lang_prefix(const struct lang *l, const char *const *list, const char *s, size_t n)
{
	const struct word_index *x;
	size_t best = 0, len;
	int i;

	if (n == 0 || !list)
		return 0;
	x = index_of(list);
	if (x && !could_start(x, s, n))
		return 0;
	for (i = 0; list[i]; i++) {
		/* most words differ in their first two bytes: one UTF-8 lead
		 * byte starts most kana or most kanji, the next one less so */
		if (!same_byte(l, list[i][0], s[0]) ||
		    (list[i][1] && (n < 2 || !same_byte(l, list[i][1], s[1]))))
			continue;
		len = strlen(list[i]);
		if (len > best && len <= n && same(l, list[i], s, len))
			best = len;
	}
	return best;
}

int lang_covers(const struct lang *l, const char *const *list, const char *s, size_t n, size_t p)
{
	return lang_cover_start(l, list, s, n, p) > 0;
}

size_t lang_cover_start(const struct lang *l, const char *const *list, const char *s, size_t n, size_t p)
{
	const struct word_index *x;
	size_t longest = 0, q;
	int i;

	if (!list)
		return 0;
	if ((x = index_of(list)) != NULL)
		longest = x->longest;
	else
		for (i = 0; list[i]; i++)
			if (strlen(list[i]) > longest)
				longest = strlen(list[i]);
	for (q = p >= longest ? p - longest + 1 : 0; q <= p && q < n; q++)
		if (lang_prefix(l, list, s + q, n - q) > p - q)
			return q + 1;
	return 0;
}

size_t lang_suffix_len(const struct lang *l, const char *const *list, const char *s, size_t p)
{
	for (; list && *list; list++) {
		size_t len = strlen(*list);

		if (len && p >= len && same(l, *list, s + p - len, len))
			return len;
	}
	return 0;
}

int lang_word_ends(const struct lang *l, const char *word, const char *s, size_t p)
{
	size_t len = strlen(word);

	return len && p >= len && same(l, word, s + p - len, len);
}

int lang_suffix(const struct lang *l, const char *const *list, const char *s, size_t p)
{
	return lang_suffix_len(l, list, s, p) > 0;
}

double unit_parts(const char *big, const char *small)
{
	static const struct {
		const char *big, *small;
		double k;
	} PAIRS[] = {	/* the first of each big unit is its next smaller */
		{"year", "month", 12}, {"day", "hour", 24}, {"hour", "minute", 60}, {"week", "day", 7},
		{"minute", "second", 60}, {"hour", "second", 3600},	/* 2小时8分15秒: after the minutes */
		{"m", "cm", 100}, {"km", "m", 1000}, {"ft", "in", 12}	/* 2メートル80センチ, 6 feet 8 inches */
	};
	size_t i;

	for (i = 0; i < sizeof PAIRS / sizeof *PAIRS; i++)
		if (strcmp(big, PAIRS[i].big) == 0 && (!small || strcmp(small, PAIRS[i].small) == 0))
			return PAIRS[i].k;
	return 0;
}
