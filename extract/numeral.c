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
			if (nb + 1 < sizeof buf)
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

/* One evaluation, with 数 worth `several` (and 1 after a place when
 * several == 2, i.e. for the low end). */
static int evaluate(const struct lang *l, const char *s, size_t n,
		    int several_hi, struct numval *out)
{
	const char *p = s, *end = s + n;
	double total = 0, section = 0, cur = 0, cur_step = 1;
	double sec_step = 0, tot_step = 0;
	int have_cur = 0, after_place = 0, any_place = 0, positional = 0, tens = 0;
	size_t k;

	out->several = 0;
	out->words_only = 1;
	while (p < end) {
		const struct numeral *q;
		size_t len;
		double v, st;

		if (numeral_digit(p, end, &len) >= 0) {
			if (have_cur)
				return -1;
			p += arabic(p, end, &v, &st);
			cur = v;
			cur_step = st;
			have_cur = 1;
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
			if (p != end || have_cur || section || total)
				return -1;
			cur = q->value;
			cur_step = 1;
			have_cur = 1;
			break;
		case N_DIGIT:
			if (have_cur && tens) {
				cur += q->value;	/* twenty-five */
				cur_step = 1;
				tens = 0;
				break;
			}
			if (have_cur && (!positional || l->spaced))
				return -1;	/* 3一, 数一, five six */
			if (have_cur) {
				/* 二〇二四: digits read positionally */
				cur = cur * 10 + q->value;
				cur_step = q->value != 0 ? 1 : cur_step * 10;
				positional = 1;
			} else {
				cur = q->value;
				cur_step = 1;
				positional = 1;
			}
			have_cur = 1;
			break;
		case N_TENS:
			if (have_cur)
				return -1;
			cur = q->value;
			cur_step = 10;
			have_cur = 1;
			tens = 1;
			break;
		case N_SEVERAL:
			if (have_cur)
				return -1;
			out->several = 1;
			cur = several_hi ? 9 : (after_place ? 1 : 2);
			cur_step = 1;
			have_cur = 1;
			break;
		case N_PLACES:	/* hundreds: several hundred */
			if (have_cur)
				return -1;
			out->several = 1;
			cur = several_hi ? 9 : 2;
			cur_step = 1;
			have_cur = 1;
			/* fall through */
		case N_PLACE: {
			double mult = have_cur ? cur : 1;

			if (mult != 0)
				sec_step = (have_cur ? cur_step : 1) * q->value;
			section += mult * q->value;
			have_cur = 0;
			positional = 0;
			tens = 0;
			after_place = 1;
			any_place = 1;
			break;
		}
		case N_BIG:
			if (!have_cur && section == 0)
				return -1;
			if (have_cur && cur != 0)
				sec_step = cur_step;
			if (section + (have_cur ? cur : 0) != 0)
				tot_step = sec_step * q->value;
			total += (section + (have_cur ? cur : 0)) * q->value;
			section = 0;
			cur = 0;
			have_cur = 0;
			positional = 0;
			tens = 0;
			after_place = 1;
			any_place = 1;
			break;
		}
	}
	if (have_cur && cur != 0)
		sec_step = cur_step;
	if (section + (have_cur ? cur : 0) != 0)
		tot_step = sec_step;
	total += section + (have_cur ? cur : 0);
	if (out->several && !any_place)
		return -1;	/* 数 alone is a word (ユーザー数) */
	if (!have_cur && !any_place)
		return -1;
	out->lo = out->hi = total;
	out->step = tot_step > 0 ? tot_step : (cur_step < 1 ? cur_step : 1);
	return 0;
}

int numeral_parse(const struct lang *l, const char *s, size_t n, struct numval *out)
{
	struct numval hi;

	if (n == 0 || evaluate(l, s, n, 0, out) < 0)
		return -1;
	if (out->several) {
		if (evaluate(l, s, n, 1, &hi) < 0)
			return -1;
		out->hi = hi.hi;
	}
	return 0;
}
