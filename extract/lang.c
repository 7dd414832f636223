/* extract/lang.c - looking words up in the language tables. */
#include <ctype.h>
#include <stddef.h>
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

const struct period_word *lang_period(const struct lang *l, const char *s, size_t n)
{
	const struct period_word *p;

	for (p = l->periods; p && p->text; p++)
		if (is(l, p->text, s, n))
			return p;
	return NULL;
}

const struct fraction_word *lang_fraction(const struct lang *l, const char *s, size_t n)
{
	const struct fraction_word *f;

	for (f = l->fractions; f && f->text; f++)
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

int lang_word(const struct lang *l, const char *const *list, const char *s, size_t n)
{
	int i;

	for (i = 0; list && list[i]; i++)
		if (is(l, list[i], s, n))
			return i;
	return -1;
}

size_t lang_prefix(const struct lang *l, const char *const *list, const char *s, size_t n)
{
	size_t best = 0, len;
	int i;

	if (n == 0)
		return 0;
	for (i = 0; list && list[i]; i++) {
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

size_t lang_suffix_len(const struct lang *l, const char *const *list, const char *s, size_t p)
{
	for (; list && *list; list++) {
		size_t len = strlen(*list);

		if (len && p >= len && same(l, *list, s + p - len, len))
			return len;
	}
	return 0;
}

int lang_suffix(const struct lang *l, const char *const *list, const char *s, size_t p)
{
	return lang_suffix_len(l, list, s, p) > 0;
}
