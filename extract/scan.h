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

/* A scanner of the rules of l.  Returns NULL and a message in err (size
 * errlen) when memory runs out.  Free with scanner_free. */
struct scanner *scanner_new(const struct lang *l, char *err, size_t errlen);

/* Compile the rules of sc (PCRE2, JIT when available), once; scanner_run
 * does it for the languages it meets.  Returns 0, or -1 and a message in
 * err when a rule does not compile or memory runs out (and so every later
 * call). */
int scanner_compile(struct scanner *sc, char *err, size_t errlen);

/* Let sc take its compiled rules from master, a scanner of the same
 * language, compiled once for all that share it (under a lock): the
 * threads of a run share one copy.  master must outlive sc and be
 * compiled only through the scanners that share it; a scanner already
 * compiled keeps its own rules. */
void scanner_share(struct scanner *sc, struct scanner *master);

/* Why scanner_run failed: the compile error of a scanner of sc[0..nsc),
 * or "out of memory". */
const char *scanner_error(struct scanner *const *sc, size_t nsc);

/* Free a scanner.  No operation when sc is NULL. */
void scanner_free(struct scanner *sc);

/* Try every rule at every position, not only near numerals, and in every
 * text, whether or not it holds a key word of the rule (rule.needs):
 * slower, and the same claims (the test of the windows and of the key
 * words; KAZU_SCAN_EVERYWHERE=1). */
void scanner_everywhere(struct scanner *sc);

/* How to read a piece of a document (its head, then each line). */
struct piece {
	int lang;		/* the document's language: an index into the
				 * scanners, or -1 to take it from the piece */
	int fixed;		/* 1: all of the piece is in that language */
	int find_pub;		/* 1: take the first full date of the piece's
				 * first 10 lines as the publication date */
	struct date pub;	/* the publication date; year 0: none (yet) */
};

/* Index among sc[0..nsc) of the language of text[0..n), by script. */
int scanner_language(struct scanner *const *sc, size_t nsc, const char *text, size_t n);

/* Find the claims of doc[0..n), a piece of a document made of whole lines,
 * valid UTF-8 followed by a NUL byte, with the scanners sc[0..nsc), one
 * per language: all of it with sc[pc->lang] when pc->fixed, else each run
 * of sentences with the scanner of its language (detect.h).  When
 * pc->find_pub and pc->pub.year is 0, the date found is left in pc->pub.
 * Offsets are from doc.  On success returns 0, *out is a malloc'd array of
 * *count claims in text order (caller frees it).  Returns -1 when memory
 * runs out or the rules of a language met do not compile (scanner_compile
 * says why). */
int scanner_run(struct scanner *const *sc, size_t nsc, struct piece *pc, const char *doc,
		size_t n, struct claim **out, size_t *count);

/* Names of the enum values, as written in the CSV. */
const char *kind_name(enum kind k);
const char *qual_name(enum qual q);

#endif
