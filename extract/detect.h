/* extract/detect.h - which language each part of a document is in. */
#ifndef KAZU_DETECT_H
#define KAZU_DETECT_H

#include <stddef.h>
#include "lang.h"

/* A run of sentences in one language: bytes [start, end). */
struct segment {
	size_t start, end;
	size_t lang;		/* index into the langs given */
};

/* The language of doc[0..n) among langs[0..nl), from its script (kana:
 * the SCRIPT_KANA language; Han without kana: SCRIPT_HAN; else
 * SCRIPT_LATIN).  Returns its index. */
int detect_language(const char *doc, size_t n, const struct lang *const *langs, size_t nl);

/* Split doc[0..n) (valid UTF-8) into runs of sentences of one language
 * among langs[0..nl).  With fixed >= 0 the whole text is langs[fixed];
 * otherwise the document's language is langs[dflt] (from the script of
 * doc itself when dflt < 0) and a sentence takes another language only when its script says so
 * clearly (kana in it, or Han in a Latin document, or Latin letters and
 * no Han or kana in a CJK one).  Returns the number of segments, *out
 * malloc'd (caller frees), or -1 when memory runs out. */
long detect_segments(const char *doc, size_t n, const struct lang *const *langs,
		     size_t nl, int fixed, int dflt, struct segment **out);

#endif
