/* extract/claims.h - the stages after matching: join, resolve, subjects. */
#ifndef KAZU_CLAIMS_H
#define KAZU_CLAIMS_H

#include <stddef.h>
#include "claim.h"
#include "lang.h"
#include "scan.h"

/* A period word (今年, 現在) at bytes [start, end) of the document. */
struct period_span {
	size_t start, end;
	const struct lang *lang;
	const struct period_word *word;	/* never NULL */
};

/* Make room for element n of the malloc'd array v of *cap elements of
 * size bytes (v NULL when *cap is 0).  Returns v when it has room, else v
 * reallocated to twice *cap (32 at first) with *cap updated; NULL when
 * memory runs out, v still valid and *cap unchanged.  Shared by scan.c. */
void *grow(void *v, size_t *cap, size_t n, size_t size);

/* Join the chosen claims v[0..*count) (text order, no overlaps) of
 * doc[0..n): A ~ B and A から B まで become one range claim, A または B以内
 * shares the qualifier of B.  Merged claims leave v; *count shrinks. */
void join(const struct lang *l, const char *doc, size_t n, struct claim *v, size_t *count);

/* When pub->year is 0, set *pub to the first full date of v[0..count)
 * in the first 10 lines of doc; it stays 0 when there is none. */
void publication_date(const char *doc, const struct claim *v, size_t count,
		      struct date *pub);

/* The days of month m (1..12) of year y (February of a leap year: 29). */
int days_in_month(int y, int m);

/* Write the ISO period of the dates and times of v[0..count) (text in
 * doc[0..n)), with years taken from pub, and the interval of every figure. */
void resolve(const char *doc, size_t n, const struct date *pub, struct claim *v, size_t count);

/* The level a change of a rate reaches is the same rate (从5万元增至8万元
 * after 户均: both CNY/household). */
void rate_levels(const char *doc, struct claim *v, size_t count);

/* Give each claim of v[0..count) its sentence and subject (by the tables
 * of its own language), and each figure
 * the period of the nearest date or period word of its sentence; w[0..nw)
 * are the period words of doc in text order (used only when pub->year is
 * set).  Returns 0, or -1 when memory runs out. */
int attach(const char *doc, size_t n, const struct date *pub,
	   const struct period_span *w, size_t nw, struct claim *v, size_t count);

#endif
