/* extract/numeral.c - numerals: digits, kanji, multipliers, 数. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "numeral.h"

int numeral_digit(const char *s, const char *end, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] >= '0' && u[0] <= '9') {
		*len = 1;
		return u[0] - '0';
	}
	if (end - s >= 3 && u[0] == 0xEF && u[1] == 0xBC &&
	    u[2] >= 0x90 && u[2] <= 0x99) {		/* ０ .. ９ */
		*len = 3;
		return u[2] - 0x90;
	}
	return -1;
}

/* Length of the separator at s: 1 or 3 for "," / "，" (comma != 0) or
 * "." / "．" (comma == 0); 0 if none. */
static size_t sep_at(const char *s, const char *end, int comma)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == (comma ? ',' : '.'))
		return 1;
	if (end - s >= 3 && u[0] == 0xEF && u[1] == 0xBC &&
	    u[2] == (comma ? 0x8C : 0x8E))
		return 3;
	return 0;
}

/* Three digits at s and no fourth: what may follow a grouping comma. */
static int group_of_three(const char *s, const char *end)
{
	size_t len;
	int k;

	for (k = 0; k < 3; k++) {
		if (s >= end || numeral_digit(s, end, &len) < 0)
			return 0;
		s += len;
	}
	return s >= end || numeral_digit(s, end, &len) < 0;
}

/* Read a run of digits with grouping commas and a decimal part.
 * Returns bytes read; *val and *step get its value and precision. */
static size_t arabic(const char *s, const char *end, double *val, double *step)
{
	char buf[64];
	size_t nb = 0, len, sl;
	const char *p = s;
	int d, frac = 0, trailing = 0;

	while (p < end) {
		d = numeral_digit(p, end, &len);
		if (d >= 0) {
			if (nb + 1 >= sizeof buf)
				return 0;	/* 60 digits and more: no figure */
			buf[nb++] = (char)('0' + d);
			if (frac)
				frac++;
			else
				trailing = d == 0 ? trailing + 1 : 0;
			p += len;
			continue;
		}
		sl = sep_at(p, end, 1);
		if (!frac && sl && group_of_three(p + sl, end)) {
			p += sl;
			continue;
		}
		sl = sep_at(p, end, 0);
		if (!frac && sl && p + sl < end && numeral_digit(p + sl, end, &len) >= 0) {
			if (nb + 1 < sizeof buf)
				buf[nb++] = '.';
			frac = 1;
			p += sl;
			continue;
		}
		break;
	}
	buf[nb] = 0;
	*val = strtod(buf, NULL);
	if (frac)
		*step = pow(10, -(frac - 1));
	else
		*step = *val == 0 ? 1 : pow(10, trailing);
	return (size_t)(p - s);
}

static const struct numeral *numeral_at(const struct lang *l, const char *s,
					const char *end)
{
	const struct numeral *best = NULL, *q;
	size_t bl = 0;

	for (q = l->numerals; q->text; q++) {
		size_t tl = strlen(q->text);

		if (tl <= bl || (size_t)(end - s) < tl ||
		    (l->caseless ? strncasecmp(s, q->text, tl) : memcmp(s, q->text, tl)) != 0)
			continue;
		if (l->spaced && s + tl < end && isalpha((unsigned char)s[tl]))
			continue;	/* "ten" is not in "tenth" */
		best = q;
		bl = tl;
	}
	return best;
}

/* The state of one reading of a numeral, in the way of 二億五千三百万:
 * digits make cur, places (十 百 千) add cur x place to section, big
 * multipliers (万 億) add section x big to total.  Each *_step is the place
 * value of the last non-zero term written in that part. */
struct reading {
	double total, section, cur;
	double tot_step, sec_step, cur_step;
	double max_big;		/* the largest big multiplier so far */
	double last_place;	/* the place or big just read, 0 after a digit */
	int have_cur, positional, tens, zero_gap, after_place, any_place;
	double decimal;		/* after 点: the place of the next digit (0.1, 0.01 …), else 0 */
};

/* Close the section with big multiplier b. */
static void big(struct reading *r, double b)
{
	double rest = r->section + (r->have_cur ? r->cur : 0);

	if (r->have_cur && r->cur != 0)
		r->sec_step = r->cur_step;
	if (r->total > 0 && b >= r->max_big && (rest == 0 || b > r->max_big)) {
		/* 一万五千亿, 四万万: a larger big multiplies all before it */
		r->tot_step = (rest != 0 ? r->sec_step : r->tot_step) * b;
		r->total = (r->total + rest) * b;
	} else {
		if (rest != 0)
			r->tot_step = r->sec_step * b;
		r->total += rest * b;
	}
	if (b > r->max_big)
		r->max_big = b;
	r->section = r->cur = 0;
	r->have_cur = r->positional = r->tens = r->zero_gap = 0;
	r->after_place = r->any_place = 1;
	r->last_place = b;
}

/* One evaluation, with 数 worth 2 (1 after a place) for the low end, or 9
 * when several_hi. */
static int evaluate(const struct lang *l, const char *s, size_t n,
		    int several_hi, struct numval *out)
{
	const char *p = s, *end = s + n;
	struct reading r = {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	size_t k;

	out->several = 0;
	out->words_only = 1;
	out->big = 1;
	while (p < end) {
		const struct numeral *q, *nq;
		size_t len;
		double v, st;

		if (numeral_digit(p, end, &len) >= 0) {
			if (r.have_cur)
				return -1;
			k = arabic(p, end, &v, &st);
			if (k == 0)
				return -1;	/* too many digits */
			p += k;
			r.cur = v;
			r.cur_step = st;
			r.have_cur = 1;
			r.last_place = 0;
			out->words_only = 0;
			continue;
		}
		if (*p == ' ' || *p == '\t' || (*p == '-' && l->spaced)) {
			p++;
			continue;
		}
		if (l->spaced && (k = lang_prefix(l, l->number_joiners, p, (size_t)(end - p))) &&
		    (p + k == end || !isalpha((unsigned char)p[k]))) {
			p += k;		/* three hundred and five */
			continue;
		}
		if (end - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) {	/* U+3000 */
			p += 3;
			continue;
		}
		q = numeral_at(l, p, end);
		if (!q)
			return -1;
		p += strlen(q->text);
		switch (q->type) {
		case N_WORD:
			if (p != end || r.have_cur || r.section || r.total)
				return -1;
			r.cur = q->value;
			/* half a million: to its leading place, as 500,000 is;
			 * half a day as 0.5 days */
			r.cur_step = q->value > 0 ? pow(10, floor(log10(q->value))) : 1;
			r.have_cur = 1;
			break;
		case N_DIGIT:
			if (r.decimal > 0) {	/* 三点五: 5 tenths */
				r.cur += q->value * r.decimal;
				r.cur_step = r.decimal;
				r.decimal /= 10;
				break;
			}
			if (r.have_cur && r.tens) {
				r.cur += q->value;	/* twenty-five */
				r.cur_step = 1;
				r.tens = 0;
				break;
			}
			if (q->value == 0 && !r.have_cur && p < end) {
				r.zero_gap = 1;		/* 一千零五: a gap, no digit */
				r.last_place = 0;
				break;
			}
			if (r.have_cur && (!r.positional || l->spaced))
				return -1;	/* 3一, 数一, five six */
			if (r.have_cur && r.cur >= 1 && r.cur <= 8 &&
			    (q->value == r.cur + 1 || (r.cur == 3 && q->value == 5)) &&
			    (p == end || ((nq = numeral_at(l, p, end)) != NULL &&
					  (nq->type == N_PLACE || nq->type == N_BIG))))
				return -1;	/* 两三, 七八, 三五, 七八百: a range (its own rule), not 23 */
			if (r.have_cur) {
				/* 二〇二四: digits read positionally */
				r.cur = r.cur * 10 + q->value;
				r.cur_step = q->value != 0 ? 1 : r.cur_step * 10;
			} else if (l->tail_abbrev && r.last_place >= 100 && p == end) {
				/* 一万三, 二百五: a last digit right after a place
				 * counts in the place below it */
				r.cur = q->value * r.last_place / 10;
				r.cur_step = r.last_place / 10;
			} else {
				r.cur = q->value;
				r.cur_step = 1;
			}
			r.positional = 1;
			r.have_cur = 1;
			r.last_place = 0;
			break;
		case N_TENS:
			if (r.have_cur)
				return -1;
			r.cur = q->value;
			r.cur_step = fmod(q->value, 10) != 0 ? 1 : 10;	/* fourteen: 1; twenty: 10 */
			r.have_cur = 1;
			r.tens = 1;
			r.last_place = 0;
			break;
		case N_SEVERAL:
			if (r.have_cur)
				return -1;
			out->several = 1;
			r.cur = several_hi ? 9 : (r.after_place ? 1 : 2);
			r.cur_step = 1;
			r.have_cur = 1;
			r.last_place = 0;
			break;
		case N_PLACES:	/* hundreds: several hundred */
			if (r.have_cur || r.decimal > 0)
				return -1;
			out->several = 1;
			r.cur = several_hi ? 9 : 2;
			r.cur_step = 1;
			r.have_cur = 1;
			/* fall through */
		case N_PLACE: {
			double mult = r.have_cur ? r.cur : 1;

			if (r.decimal > 0)
				return -1;	/* 三点五十 */
			if (mult != 0)
				r.sec_step = (r.have_cur ? r.cur_step : 1) * q->value;
			r.section += mult * q->value;
			r.have_cur = r.positional = r.tens = r.zero_gap = 0;
			r.after_place = r.any_place = 1;
			r.last_place = q->value;
			break;
		}
		case N_POINT:
			if (!r.have_cur && r.zero_gap && r.section == 0 && r.total == 0) {
				r.have_cur = 1;		/* 零点九八 */
				r.cur = 0;
			}
			if (!r.have_cur || r.decimal > 0 || p == end)
				return -1;
			r.decimal = 0.1;
			break;
		case N_BIG:
			if (!r.have_cur && r.section == 0 && r.total == 0) {
				if (!l->bare_big || p - strlen(q->text) != s)
					return -1;
				r.cur = r.cur_step = 1;	/* 近万人 */
				r.have_cur = 1;
			}
			r.decimal = 0;
			big(&r, q->value);
			out->big = q->value;
			break;
		}
	}
	if (r.have_cur && r.cur != 0)
		r.sec_step = r.cur_step;
	if (r.section + (r.have_cur ? r.cur : 0) != 0)
		r.tot_step = r.sec_step;
	r.total += r.section + (r.have_cur ? r.cur : 0);
	if (out->several && !r.any_place)
		return -1;	/* 数 alone is a word (ユーザー数) */
	if (!r.have_cur && !r.any_place)
		return -1;
	out->lo = out->hi = r.total;
	out->step = r.tot_step > 0 ? r.tot_step : (r.cur_step < 1 ? r.cur_step : 1);
	return 0;
}

int numeral_several(const struct lang *l, const char *s, size_t n, struct numval *out)
{
	const struct numeral *q = numeral_at(l, s, s + n);

	if (!q || q->type != N_SEVERAL || strlen(q->text) != n)
		return -1;
	out->lo = 2;
	out->hi = 9;
	out->step = 1;
	out->big = 1;
	out->several = out->words_only = 1;
	return 0;
}

int numeral_parse(const struct lang *l, const char *s, size_t n, struct numval *out)
{
	struct numval hi;

	if (n == 0 || evaluate(l, s, n, 0, out) < 0 || !isfinite(out->lo) || out->lo > 1e24)
		return -1;	/* 1兆兆兆…: no figure of a news article */
	if (out->several) {
		if (evaluate(l, s, n, 1, &hi) < 0)
			return -1;
		out->hi = hi.hi;
	}
	return 0;
}
