/* extract/claim.h - one numeric claim, as the scanner finds it. */
#ifndef KAZU_CLAIM_H
#define KAZU_CLAIM_H

#include <stddef.h>
#include "lang.h"

struct claim {
	size_t start, end;		/* bytes [start, end) of the document */
	size_t num_start;		/* where its (first) numeral starts */
	size_t fig_start;		/* a rate: where its figure's numeral starts (1頭あたりの報奨金を
					 * 現在の8000円: the 8); 0 where it is num_start */
	int none;			/* a score, a name: takes its place, gives no claim */
	size_t trim_to;			/* nonzero: the text starts here once the match is chosen */
	size_t trim_end;		/* nonzero: and ends here (比2020年多: the date alone) */
	const struct rule *rule;
	const struct lang *lang;		/* whose rule found it */
	enum kind kind;
	char unit[32];			/* canonical unit, "" for none */
	enum qual qual;
	enum bound bound;
	int has_value;			/* 0 for vague amounts, dates, times */
	double value;
	double step;			/* precision of the figure as written */
	double num, factor;		/* value = num * factor (割 = 10) */
	double per;			/* a rate's base count: 100 of 每100克, else 1 */
	double den, den_step;		/* once in a span (4.1秒に1回): the span as written and
					 * its step, that bound the rate; 0 when none */
	double mult;			/* multiplier in the numeral (万, million), or 1 */
	int weak;			/* a number in words with no unit: kept only in a range */
	size_t minus;			/* a bare number after a minus sign or word: its length
					 * (read once a range gives it a kind that signed()) */
	size_t unit_start, unit_end;	/* the unit as written, when there is one */
	double lo, hi;			/* the interval ... */
	int has_lo, has_hi;		/* ... and which ends it has */
	int exact;			/* ranks, fractions: [v, v] */
	/* dates and times */
	int year, month, day;		/* 0 when not written */
	int rel;			/* a relative year word was written */
	int rel_years;
	int mrel, rel_months;		/* 今月26日, 先月: a month counted from publication */
	int hour, minute;		/* time of day, -1 when none */
	int day_half;			/* its half of the day is written (午前, p.m.); of a
					 * range, its end's, or the end is the next day's (翌朝) */
	int end_year, end_month, end_day, end_hour, end_minute; /* ranges */
	int end_rel, end_rel_years;
	char period[48];		/* ISO, resolved */
	size_t subj_start, subj_end;	/* subject, bytes; empty when equal */
	size_t sent_start, sent_end;	/* sentence, bytes */
};

/* The kinds whose sign extract reads (-5°C, 零下3℃, −0.5%). */
static inline int signed_kind(enum kind k)
{
	return k == K_TEMPERATURE || k == K_PERCENT;
}

#endif
