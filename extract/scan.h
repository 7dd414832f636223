/* extract/scan.h - find the numeric claims of a document. */
#ifndef KAZU_SCAN_H
#define KAZU_SCAN_H

#include <stddef.h>
#include "claim.h"
#include "lang.h"

struct scanner;

struct date {
	int year, month, day;	/* year 0: no date */
};

/* Compile the rules of l (PCRE2, JIT when available).  Returns NULL and a
 * message in err (size errlen) when a rule does not compile or memory
 * runs out.  Free with scanner_free. */
struct scanner *scanner_new(const struct lang *l, char *err, size_t errlen);

/* Free a scanner.  No operation when sc is NULL. */
void scanner_free(struct scanner *sc);

/* Find the claims of doc[0..n), which must be valid UTF-8 followed by a
 * NUL byte, with the scanners sc[0..nsc), one per language: all of the
 * document with sc[fixed] when fixed >= 0, else each run of sentences
 * with the scanner of its language (detect.h).  pub is the publication
 * date; when pub->year is 0 the first full date in the first 10 lines is
 * taken.  On success returns 0, *out is a malloc'd array of *count claims
 * in text order (caller frees it).  Returns -1 when memory runs out. */
int scanner_run(struct scanner *const *sc, size_t nsc, int fixed, const char *doc,
		size_t n, const struct date *pub, struct claim **out, size_t *count);

/* Names of the enum values, as written in the CSV. */
const char *kind_name(enum kind k);
const char *qual_name(enum qual q);

#endif
