/* extract/text.c - UTF-8 checks, line/column bookkeeping and sentence starts. */
#include <string.h>
#include "text.h"

size_t utf8_invalid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned char b = u[i];
		size_t len, k;
		uint32_t cp;

		if (b == 0)
			return i + 1;
		if (b < 0x80) {
			i++;
			continue;
		}
		if (b >= 0xC2 && b <= 0xDF) {
			len = 2;
			cp = b & 0x1F;
		} else if (b >= 0xE0 && b <= 0xEF) {
			len = 3;
			cp = b & 0x0F;
		} else if (b >= 0xF0 && b <= 0xF4) {
			len = 4;
			cp = b & 0x07;
		} else {
			return i + 1;
		}
		for (k = 1; k < len; k++) {
			if (i + k >= n || (u[i + k] & 0xC0) != 0x80)
				return i + 1;
			cp = (cp << 6) | (u[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i + 1;
		i += len;
	}
	return 0;
}

uint32_t utf8_decode(const char *s, const char *end, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = (size_t)(end - s), k;
	uint32_t cp;

	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (u[0] < 0xE0) {
		*len = 2;
		cp = u[0] & 0x1F;
	} else if (u[0] < 0xF0) {
		*len = 3;
		cp = u[0] & 0x0F;
	} else {
		*len = 4;
		cp = u[0] & 0x07;
	}
	if (*len > n) {
		*len = 1;
		return 0xFFFD;
	}
	for (k = 1; k < *len; k++)
		cp = (cp << 6) | (u[k] & 0x3F);
	return cp;
}

size_t utf8_back(const char *s, size_t p)
{
	const unsigned char *u = (const unsigned char *)s;

	if (p == 0)
		return 0;
	p--;
	while (p > 0 && (u[p] & 0xC0) == 0x80)
		p--;
	return p;
}

size_t utf8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += (u[i] & 0xC0) != 0x80;
	return c;
}

void cursor_init(struct cursor *c, const char *s, size_t n)
{
	cursor_start(c, s, n, 1, 1);
}

void cursor_start(struct cursor *c, const char *s, size_t n, size_t line, int doc_start)
{
	c->pos = 0;
	c->line = line;
	c->col = 1;
	if (doc_start && n >= 3 && (unsigned char)s[0] == 0xEF &&
	    (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
		c->pos = 3;
}

void cursor_advance(struct cursor *c, const char *s, size_t to)
{
	const unsigned char *u = (const unsigned char *)s;

	for (; c->pos < to; c->pos++) {
		unsigned char b = u[c->pos];

		if (b == '\n' || (b == '\r' && u[c->pos + 1] != '\n')) {
			c->line++;
			c->col = 1;
		} else if (b != '\r' && (b & 0xC0) != 0x80) {
			c->col++;
		}
	}
}

int is_ascii_letter(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int is_hiragana(uint32_t c)
{
	return c >= 0x3041 && c <= 0x309F;
}

int is_katakana(uint32_t c)
{
	return (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
	       (c >= 0xFF66 && c <= 0xFF9F);
}

int is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005 /* 々 */;
}

/* Does the word at w open its sentence (nothing, or an end of sentence,
 * a colon or a line's end before it, quotes and spaces aside)? */
int opens_sentence(const char *doc, size_t w)
{
	while (w > 0 && (doc[w - 1] == ' ' || doc[w - 1] == '"' || doc[w - 1] == '\''))
		w--;
	return w == 0 || strchr(".!?:\n", doc[w - 1]) != NULL;
}
