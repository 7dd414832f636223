/* extract/detect.c - language by script, per document and per sentence. */
#include <stdlib.h>
#include "claims.h"
#include "detect.h"
#include "text.h"

struct counts {
	size_t kana, han, latin;
	size_t jhan;	/* 々, Japanese in a document, not in a sentence */
};

/* Kana say Japanese, and so does 円 (Chinese writes 日元): 日給1万2000円。
 * has no kana; 々 does only in a whole document (a Chinese sentence may
 * name 佐々木). */
static void count_one(uint32_t cp, struct counts *c)
{
	if (is_hiragana(cp) || (is_katakana(cp) && cp != 0x30FB && cp != 0x30FC) || cp == 0x5186)
		c->kana++;
	else if (cp == 0x3005)
		c->jhan++;
	else if (is_han(cp))
		c->han++;
	else if (is_ascii_letter(cp))
		c->latin++;
}

static void count(const char *s, size_t n, struct counts *c)
{
	size_t i = 0, len;

	c->kana = c->han = c->latin = c->jhan = 0;
	while (i < n) {
		count_one(utf8_decode(s + i, s + n, &len), c);
		i += len;
	}
}

static enum script doc_script(const struct counts *c)
{
	size_t kana = c->kana + c->jhan;

	if (kana * 5 > c->han + kana && kana >= 2)	/* Japanese is >20% kana */
		return SCRIPT_KANA;
	if (c->han * 4 > c->latin)
		return SCRIPT_HAN;
	return SCRIPT_LATIN;
}

/* The script of one sentence in a document of script d. */
static enum script sentence_script(const struct counts *c, enum script d)
{
	if (c->kana)
		return SCRIPT_KANA;
	if (c->han)
		return d == SCRIPT_LATIN ? SCRIPT_HAN : d;
	if (c->latin >= 3)
		return SCRIPT_LATIN;
	return d;
}

static size_t lang_of(const struct lang *const *langs, size_t nl, enum script s, size_t dflt)
{
	size_t i;

	for (i = 0; i < nl; i++)
		if (langs[i]->script == s)
			return i;
	return dflt;
}

/* End of the sentence that starts at p: after 。！？!? or ". " or at a
 * line end, LF or CR (the line end itself included).  A coarser cut than
 * claims.c's sentences: it only has to keep scripts apart.  The scripts
 * of its characters go to c, in the same pass. */
static size_t sentence_end(const char *s, size_t n, size_t p, struct counts *c)
{
	size_t len;

	c->kana = c->han = c->latin = c->jhan = 0;
	while (p < n) {
		uint32_t cp = utf8_decode(s + p, s + n, &len);

		p += len;
		count_one(cp, c);
		if (cp == '\n' || cp == '\r' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' ||
		    cp == '?' || (cp == '.' && (p >= n || s[p] == ' ' || s[p] == '\n')))
			return p;
	}
	return p;
}

int detect_language(const char *doc, size_t n, const struct lang *const *langs, size_t nl)
{
	struct counts c;

	count(doc, n, &c);
	return (int)lang_of(langs, nl, doc_script(&c), 0);
}

long detect_segments(const char *doc, size_t n, const struct lang *const *langs,
		     size_t nl, int fixed, int dflt, struct segment **out)
{
	struct segment *v = NULL;
	size_t cap = 0, nv = 0, p = 0, d;
	struct counts c;
	enum script ds;

	if (fixed >= 0 || nl == 1) {
		v = malloc(sizeof *v);
		if (!v)
			return -1;
		v->start = 0;
		v->end = n;
		v->lang = fixed >= 0 ? (size_t)fixed : 0;
		*out = v;
		return 1;
	}
	if (dflt < 0)
		dflt = detect_language(doc, n, langs, nl);
	d = (size_t)dflt;
	ds = langs[d]->script;
	while (p < n || nv == 0) {
		size_t e = sentence_end(doc, n, p, &c), l;

		l = lang_of(langs, nl, sentence_script(&c, ds), d);
		if (nv && v[nv - 1].lang == l) {
			v[nv - 1].end = e;
		} else {
			struct segment *g = grow(v, &cap, nv, sizeof *g);

			if (!g) {
				free(v);
				return -1;
			}
			v = g;
			v[nv].start = p;
			v[nv].end = e;
			v[nv].lang = l;
			nv++;
		}
		if (e == p)
			break;
		p = e;
	}
	*out = v;
	return (long)nv;
}
