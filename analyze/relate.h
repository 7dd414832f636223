/* analyze/relate.h - comparisons and consistency checks between claims. */
#ifndef KAZU_RELATE_H
#define KAZU_RELATE_H

#include <stddef.h>
#include "claims.h"
#include "interval.h"

enum verdict { V_PASS, V_FAIL, V_UNKNOWN };

struct comparison {
	const char *doc;		/* borrowed from the claims */
	char id[16];			/* C1, C2 ... within the doc */
	const char *measure;		/* static: "change", "per year" ... */
	const char *claims;		/* ids, ';'-separated (cut short past 511 bytes) */
	int has_value;			/* at the stated points */
	double value;
	struct iv iv;			/* infinite ends are written empty */
	char unit[48];
	const char *note;
};

struct check {
	const char *doc;
	char id[16];			/* K1, K2 ... within the doc */
	const char *check;		/* static: "shares-sum" ... */
	enum verdict verdict;
	const char *claims;
	struct iv iv;			/* what was computed */
	char expected[64];		/* what it must be: "<= 100" */
	const char *message;
};

/* The rows found, in order.  Their claims, notes and messages are kept in
 * blocks of text, each string as long as it is: a corpus's rows are many
 * and most of their strings short. */
struct findings {
	struct comparison *cmp;
	size_t ncmp, capcmp;
	struct check *chk;
	size_t nchk, capchk;
	char **blocks;
	size_t nblocks, capblocks, left;	/* left: bytes free in the last block */
};

/* Relate the claims of every document in c (grouped by doc, in order)
 * and append what is found to f.  Returns 0, or -1 when memory runs
 * out.  f borrows strings from c: free c after f. */
int relate(struct claims *c, struct findings *f);

/* Free the arrays of f (not the borrowed strings). */
void findings_free(struct findings *f);

const char *verdict_name(enum verdict v);

#endif
