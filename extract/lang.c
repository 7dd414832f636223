/* extract/lang.c - looking words up in the language tables. */
#include <string.h>
#include "lang.h"

static int is(const char *word, const char *s, size_t n)
{
	return strlen(word) == n && memcmp(word, s, n) == 0;
}

const struct unit *lang_unit(const struct lang *l, const char *s, size_t n)
{
	const struct unit *u;

	for (u = l->units; u->text; u++)
		if (is(u->text, s, n))
			return u;
	return NULL;
}

const struct qualifier *lang_qualifier(const struct qualifier *q, const char *s, size_t n)
{
	for (; q->text; q++)
		if (is(q->text, s, n))
			return q;
	return NULL;
}

const struct period_word *lang_period(const struct lang *l, const char *s, size_t n)
{
	const struct period_word *p;

	for (p = l->periods; p->text; p++)
		if (is(p->text, s, n))
			return p;
	return NULL;
}

const struct fraction_word *lang_fraction(const struct lang *l, const char *s, size_t n)
{
	const struct fraction_word *f;

	for (f = l->fractions; f->text; f++)
		if (is(f->text, s, n))
			return f;
	return NULL;
}

int lang_word(const char *const *list, const char *s, size_t n)
{
	int i;

	for (i = 0; list && list[i]; i++)
		if (is(list[i], s, n))
			return i;
	return -1;
}

size_t lang_prefix(const char *const *list, const char *s, size_t n)
{
	size_t best = 0, len;
	int i;

	for (i = 0; list && list[i]; i++) {
		len = strlen(list[i]);
		if (len > best && len <= n && memcmp(list[i], s, len) == 0)
			best = len;
	}
	return best;
}
