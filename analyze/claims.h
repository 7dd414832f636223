/* analyze/claims.h - the claims CSV that extract writes, read back. */
#ifndef KAZU_ANALYZE_CLAIMS_H
#define KAZU_ANALYZE_CLAIMS_H

#include <stddef.h>
#include <stdio.h>
#include "interval.h"

/* The kinds extract writes, in the order of claims.c's table. */
enum rkind {
	RK_NUMBER, RK_PERCENT, RK_MONEY, RK_COUNT, RK_DURATION, RK_DISTANCE, RK_AGE,
	RK_RANK, RK_RATIO, RK_RATE, RK_DATE, RK_TIME, RK_TEMPERATURE, RK_MEASURE
};

struct rec {
	char *doc, *id, *text, *unit, *kind, *qual, *period, *subject, *sentence;
	enum rkind k;		/* kind, as a number */
	long line;		/* input line of the article */
	int has_value;
	double value;
	struct iv iv;		/* low/high; an empty end is infinite */
	long csv_line;		/* line of the CSV it came from */
	size_t doc_no;		/* its document's number: one per doc name, in order
				 * of first appearance (compared instead of the name) */
	size_t pos, endpos;	/* where text starts and ends in sentence (both
				 * at its end when text is not in it) */
};

struct claims {
	struct rec *v;
	size_t n, cap;
	size_t docs;		/* how many doc names */
};

/* Read the claims CSV from f (name for messages).  Columns are found by
 * header name; extra columns are ignored; a BOM and CRLF are accepted.
 * Returns 0; or 1 after printing "analyze: NAME:LINE: message" to
 * stderr for bad data; or 2 for a read error or no memory.  The caller
 * frees *out with claims_free, also after a failure. */
int claims_read(FILE *f, const char *name, struct claims *out);

/* Free what claims_read allocated.  No operation on an empty set. */
void claims_free(struct claims *c);

#endif
