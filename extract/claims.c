/* extract/claims.c - after matching: join, resolve, periods, subjects. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "claims.h"
#include "numeral.h"
#include "text.h"

/* How far from a figure its subject and period are looked for, in bytes:
 * a sentence without end (a line of a scraped table) must not make the
 * work per figure grow with it. */
#define NEAR 4096

void *grow(void *v, size_t *cap, size_t n, size_t size)
{
	size_t c;

	if (n < *cap)
		return v;
	c = *cap ? *cap * 2 : 32;
	v = realloc(v, c * size);
	if (v)
		*cap = c;
	return v;
}

/* ---- ranges and intervals ---- */

static size_t skip_space(const char *doc, size_t n, size_t p)
{
	for (;;) {
		if (p < n && (doc[p] == ' ' || doc[p] == '\t'))
			p++;
		else if (p + 3 <= n && memcmp(doc + p, "\xE3\x80\x80", 3) == 0)
			p += 3;
		else
			return p;
	}
}

static int same_measure(const struct claim *a, const struct claim *b)
{
	return a->kind == b->kind && strcmp(a->unit, b->unit) == 0;
}

/* A bare number takes the unit of the figure it is joined to (2 ~ 3 日). */
/* Give a the unit (kind, code, factor) of b. */
static void take_unit(struct claim *a, const struct claim *b)
{
	a->kind = b->kind;
	memcpy(a->unit, b->unit, sizeof a->unit);
	a->value = a->num * b->factor;
	a->step = a->step / a->factor * b->factor;
	a->factor = b->factor;
	if (a->kind == K_AGE && a->qual == Q_EQ && a->step >= a->factor)
		a->bound = B_ABOVE_STEP;	/* 22 and 31 years old: whole years, as 31 */
}

static void adopt_unit(struct claim *a, const struct claim *b)
{
	if (a->kind != K_NUMBER || b->kind == K_NUMBER)
		return;
	/* 15-20 mln, 2~3万人; but 8000～1万2000円 is 8000 as written */
	if (a->mult == 1 && b->mult > 1 && !(a->num < b->num && a->num * b->mult > b->num)) {
		a->num *= b->mult;
		a->step *= b->mult;
		a->mult = b->mult;
	}
	take_unit(a, b);
}

/* The word right before start, as [*w, *e); 0 when there is none. */
static int word_before(const char *doc, size_t start, size_t *w, size_t *e)
{
	size_t p = start;

	while (p > 0 && (doc[p - 1] == ' ' || doc[p - 1] == '\t'))
		p--;
	/* a word is at most 64 bytes back: CJK text has no spaces to stop at */
	for (*w = p; *w > 0 && p - *w < 64 && doc[*w - 1] != ' ' && doc[*w - 1] != '\n'; (*w)--)
		;
	*e = p;
	return p > *w;
}

/* Is one of the max words before start a word of a or b, with no comma or
 * full stop and no word of stops before it? */
static int word_back(const struct lang *l, const char *doc, size_t start, int max,
		     const char *const *a, const char *const *b, const char *const *stops)
{
	size_t w, e;
	int k;

	for (k = 0; k < max && word_before(doc, start, &w, &e); k++) {
		if (lang_word(l, a, doc + w, e - w) >= 0 || lang_word(l, b, doc + w, e - w) >= 0)
			return 1;
		if (memchr(doc + w, ',', e - w) || memchr(doc + w, '.', e - w) ||
		    lang_word(l, stops, doc + w, e - w) >= 0)
			return 0;
		start = w;
	}
	return 0;
}

static size_t base_noun_start(const struct lang *l, const char *doc, size_t s);

/* In "rose from 100 to 200" the two figures are a change, not a range;
 * so they are in "rose by 98 to 13,100" (by after a word of the list, but
 * not in "cut emissions by 60% to 70%"). */
static int after_word(const struct lang *l, const char *const *list, const char *doc,
		      const struct claim *a)
{
	size_t w, e;

	if (!l->spaced) {	/* 人口减少139万人至14.08亿人: the word ends right before */
		for (e = a->start; e > 0 && (doc[e - 1] == ' ' || doc[e - 1] == '\t'); e--)
			;
		return a->kind != K_PERCENT && lang_suffix(l, list, doc, e);
	}
	/* between minus 110 and 78 (a start a range has moved over the sign: -2279-22%);
	 * rose an average of $6 to $48 (a base noun passed over) */
	w = base_noun_start(l, doc, a->start);
	if (!word_before(doc, w < a->start ? w : a->start >= a->minus ? a->start - a->minus : a->start, &w, &e))
		return 0;
	if (list == l->change_from && (lang_word(l, l->change_adverbs, doc + w, e - w) >= 0 ||
					 lang_word(l, l->change_by_verbs, doc + w, e - w) >= 0))
		return a->kind != K_PERCENT;	/* up $2 to $30, rise $4.10 a month to $62.35; but eating up 30% to 35% */
	if (lang_word(l, list, doc + w, e - w) >= 0)	/* but climbed 35% to 40%: a range (from 35% to 40%: a change) */
		return a->kind != K_PERCENT || list != l->change_from || lang_word(l, l->change_origins, doc + w, e - w) >= 0;
	if (lang_word(l, l->change_by, doc + w, e - w) < 0)
		return 0;
	if (a->kind == K_PERCENT)
		return 0;	/* by a percentage to another (cut by 60% to 70%, up by 10% to 20%): a range */
	/* the verb before "by", an object between or not (raised the price
	 * of the phone by $50 to $499.99) */
	return word_back(l, doc, w, 11, list, l->change_by_verbs, NULL) ||
	       (list == l->change_from && word_back(l, doc, w, 1, l->change_adverbs, NULL, NULL));	/* up by 20p to £1.80 */
}

/* Is r a rate of m's unit (每公斤35元 and 40元, 15 cents and 35 cents a
 * share)? */
static int rate_of(const struct claim *r, const struct claim *m)
{
	size_t k = strlen(m->unit);

	return r->kind == K_RATE && m->kind != K_RATE && k > 0 &&
	       strncmp(r->unit, m->unit, k) == 0 && r->unit[k] == '/';
}

/* b's value in the unit of rate a (40元 after 每公斤35元: 40 CNY/kg;
 * 5元 after 每100克3元: 0.05 CNY/g) */
static double in_rate(const struct claim *a, const struct claim *b)
{
	return b->value / a->per;
}

/* Give a, a figure of the money (or unit) that rate r is of, r's unit:
 * a bare number is in r's written unit (15 to 35 cents a share), a figure
 * with its own unit keeps its value ($1 to 150 cents a share: 1 USD). */
static void as_rate(struct claim *a, const struct claim *r)
{
	if (a->kind == K_NUMBER) {
		take_unit(a, r);
		return;
	}
	a->kind = r->kind;
	memcpy(a->unit, r->unit, sizeof a->unit);
	a->value /= r->per;
	a->step /= r->per;
	a->factor /= r->per;
	a->per = r->per;
}

/* Is b a band, from its figure to the next step (1800円台: [1800, 1900])? */
static int band(const struct claim *b)
{
	return b->qual == Q_GE && b->bound == B_ABOVE_STEP;
}

static int joinable(const struct claim *a, const struct claim *b)
{
	if (a->kind == K_DATE || a->kind == K_TIME || b->kind == K_DATE || b->kind == K_TIME)
		return same_measure(a, b);
	return a->has_value && b->has_value && !b->weak &&
	       (same_measure(a, b) || (a->kind == K_NUMBER && a->unit[0] == 0) ||
		rate_of(a, b) || rate_of(b, a));
}


/* What a's value would be as the low end of a range up to b. */
static double range_low(const struct claim *a, const struct claim *b)
{
	struct claim t = *a;

	if (rate_of(a, b))	/* 每公斤35元至40元: in b's unit, 35 */
		return a->value * a->per;
	if (rate_of(b, a))
		as_rate(&t, b);
	adopt_unit(&t, b);
	if (a->minus && signed_kind(t.kind))
		return -t.value;	/* minus 110 to 78 degrees */
	return t.value;
}

/* Is the joiner s[0..n) a dash or tilde (- – — ~ 〜 ～)? */
static int dash(const char *s, size_t n)
{
	static const char *const DASHES[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "~", "\xE3\x80\x9C",
					     "\xEF\xBD\x9E", NULL};
	const char *const *d;

	for (d = DASHES; *d; d++)
		if (strlen(*d) == n && memcmp(s, *d, n) == 0)
			return 1;
	return 0;
}

/* Where the spaces before p start. */
static size_t skip_back(const char *doc, size_t p)
{
	while (p > 0 && (doc[p - 1] == ' ' || doc[p - 1] == '\t'))
		p--;
	return p;
}

/* Does the word right before claim c's figure belong to list? */
static int word_is(const struct lang *l, const char *doc, const struct claim *c, const char *const *list)
{
	size_t w, e;

	return word_before(doc, c->start, &w, &e) && lang_word(l, list, doc + w, e - w) >= 0;
}

/* The length of a word of one or two CJK characters, of no table, at p
 * before a joiner and again at q after the range's second figure: the
 * unit both bare figures share (3300点至3450点, index points); or 0. */
static size_t same_word_after(const struct lang *l, const char *doc, size_t n, size_t p, size_t q)
{
	size_t w;

	for (w = 3; w <= 6; w += 3)
		if (p + w <= n && q + w <= n && (unsigned char)doc[p] >= 0xE3 &&
		    memcmp(doc + p, doc + q, w) == 0 && lang_prefix(l, l->range_joiners, doc + p + w, n - p - w))
			return w;
	return 0;
}

/* Does b restate a in apposition, a comma and a word of alternatives
 * between ("$1.64 billion, or $2.69 per share")? */
static int in_apposition(const struct lang *l, const char *doc, size_t n, const struct claim *a,
			 const struct claim *b)
{
	size_t p, j;

	if (a->end >= n || doc[a->end] != ',' || !l->alternatives)
		return 0;
	p = skip_space(doc, n, a->end + 1);
	return p < b->start && (j = lang_prefix(l, l->alternatives, doc + p, b->start - p)) > 0 &&
	       skip_space(doc, n, p + j) == b->start;
}

/* Where the clause of v[i] goes on past an apposition: after the comma
 * that closes v[i]'s own ("$1.9 billion, or $3.10 per share, in the first
 * quarter": for either figure, from after "share,"); else v[i]'s end. */
static size_t past_apposition(const struct lang *l, const char *doc, size_t n, const struct claim *v,
			      size_t count, size_t i)
{
	size_t e = v[i].end;

	if (i + 1 < count && in_apposition(l, doc, n, &v[i], &v[i + 1]))
		e = v[i + 1].end;
	else if (!(i > 0 && in_apposition(l, doc, n, &v[i - 1], &v[i])))
		return v[i].end;
	return e < n && doc[e] == ',' ? e + 1 : v[i].end;
}

/* How many digits stand at doc[p] (the 21 of 21年: 2). */
static int digits_at(const char *doc, size_t n, size_t p)
{
	size_t len;
	int d = 0;

	for (; p < n && numeral_digit(doc + p, doc + n, &len) >= 0; d++)
		p += len;
	return d;
}

/* Where words are not spaced, a hyphen is no joiner of a range (2-1で勝利
 * is a score), but a word of the table's year_dashes between a date of
 * four digits, a, and one of two, b, joins them: 2020-21年, and so
 * 2024年3月1日-21日 and 2023年12月-24年1月.  Its length at p, right after
 * a, when b starts right after it. */
static size_t year_hyphen(const struct lang *l, const char *doc, size_t n, size_t p,
			  const struct claim *a, const struct claim *b)
{
	size_t j;

	if (b->kind != K_DATE || skip_space(doc, n, a->end) != p ||
	    !(j = lang_prefix(l, l->year_dashes, doc + p, n - p)) || b->start != p + j)
		return 0;
	return digits_at(doc, n, a->num_start) == 4 && digits_at(doc, n, b->start) == 2 ? j : 0;
}

/* Is b the end of a range that starts with a (A ~ B, A から B まで,
 * between A and B)? */
static int range_end(const struct lang *l, const char *doc, size_t n,
		     const struct claim *a, const struct claim *b)
{
	size_t p = skip_space(doc, n, a->end), j, q, k;
	int closed = 1, alt = 0;

	if (a->kind == K_DATE) {	/* 5月下旬から7月: the part of the month goes with it */
		p += lang_prefix(l, l->date_tails, doc + p, n - p);
		k = lang_prefix(l, l->since_words, doc + p, n - p);
		if (k && lang_prefix(l, l->range_joiners, doc + p + k, n - p - k))
			p += k;	/* 自5月10日起至12月31日: from, then to */
	}
	else if (!l->spaced && a->kind == K_NUMBER && b->kind == K_NUMBER)
		p += same_word_after(l, doc, n, p, b->end);	/* 在3300点至3450点之间 */
	j = lang_prefix(l, l->range_joiners, doc + p, n - p);
	if (j && l->spaced && dash(doc + p, j) && p == a->end) {	/* 6- to 7-foot trees: the first's hyphen */
		q = skip_space(doc, n, p + j);
		if (q > p + j && (k = lang_prefix(l, l->range_joiners, doc + q, n - q)) && !dash(doc + q, k))
			j = q + k - p;
	}
	if (!j && a->kind == K_DATE)
		j = year_hyphen(l, doc, n, p, a, b);	/* 2020-21年 */
	if (!j) {
		j = lang_prefix(l, l->range_open, doc + p, n - p);
		closed = 0;
	}
	if (!j && (after_word(l, l->between, doc, a) ||	/* between A and B */
		   (a->kind == K_AGE && l->spaced &&	/* between the ages of 5 and 12 */
		    word_back(l, doc, a->start, 4, l->between, NULL, NULL)))) {
		j = lang_prefix(l, l->between_joiners, doc + p, n - p);
		closed = 1;
	}
	if (!j && a->qual == Q_EQ && b->qual == Q_EQ && a->unit_end == a->unit_start &&
	    (b->unit_end > b->unit_start || b->kind == K_RATE || (b->kind == K_COUNT && b->unit[0])) &&	/* three or four times */
	    a->kind != K_DATE && a->kind != K_TIME &&
	    a->has_value && b->has_value && a->value < b->value) {
		/* 20 or 30 percent, two or three days: the unit of the second
		 * says both, and the figure is between them */
		j = lang_prefix(l, l->alternatives, doc + p, n - p);
		if (!j && b->num == a->num + a->step && a->num == (double)(long)a->num)
			j = lang_prefix(l, l->or_marks, doc + p, n - p);	/* 2、3日 */
		closed = alt = 1;
	}
	/* a range runs upwards, and its second figure says the unit; either
	 * may carry an approximation, which the range drops (around 340 to
	 * 350, 350～400円程度) */
	if (a->kind == K_DATE && b->mrel)
		return 0;	/* 12月29日から今月3日: two dates, each of its own month */
	if (j && a->kind == K_DATE && b->kind == K_DATE && !b->year && b->month)	/* 11月15日至次年3月15日 */
		j += lang_prefix(l, l->next_year, doc + skip_space(doc, n, p + j), n - skip_space(doc, n, p + j)) +
		     skip_space(doc, n, p + j) - (p + j);
	if (j && a->kind == K_TIME && b->kind == K_TIME)	/* 22时至次日6时, 午後10時から翌朝5時 */
		j += lang_prefix(l, l->next_day, doc + skip_space(doc, n, p + j), n - skip_space(doc, n, p + j)) +
		     skip_space(doc, n, p + j) - (p + j);
	if (!j || skip_space(doc, n, p + j) != b->start ||	/* 2至3年内: within either */
	    (b->qual != Q_EQ && b->qual != Q_APPROX && b->qual != Q_NEARLY && b->qual != Q_LE && !band(b) &&
	     /* 例年の2〜3割を上回った: the range, the base of the verb */
	     !((b->qual == Q_GT || b->qual == Q_LT) && dash(doc + p, j))) ||
	    a->qual == Q_RANGE || a->qual == Q_VAGUE || !joinable(a, b))
		return 0;
	/* rose from 100 to 200 is a change; a dash makes a range whatever
	 * stands before (rose 10%-15%, down from $9.5 billion-$10.5 billion) */
	q = skip_space(doc, n, b->end);
	if (a->kind != K_DATE && a->kind != K_TIME && !alt &&
	    !lang_prefix(l, l->range_after, doc + q, n - q) &&	/* 从15元到380元不等: a range */
	    ((!dash(doc + p, j) && after_word(l, l->change_from, doc, a) &&
	      !word_back(l, doc, a->start, 5, l->range_verbs, NULL, NULL) &&	/* ranging in age from 4 to 52 */
	      /* 增加3万至5万人, 减少一至两成 and "cut by two to three minutes" are
	       * ranges; "rise by $6 to $18" is a change */
	      (l->spaced ? (!word_is(l, doc, a, l->change_by) && !word_is(l, doc, a, l->change_by_verbs)) ||
			   b->value > 2 * range_low(a, b)	/* (rise $2 to $3: a range, as by) */
			 : b->value > 3 * range_low(a, b))) ||
	     range_low(a, b) > b->value))
		return 0;
	q = skip_space(doc, n, b->end);
	if (b->kind == K_DATE)	/* 4月から10月末まで */
		q += lang_prefix(l, l->date_tails, doc + q, n - q);
	/* 70歳から74歳の住民, 3%から4%程度の賃上げ (but 8%から10%の水準に) */
	return closed || lang_prefix(l, l->range_close, doc + q, n - q) ||
	       (((a->kind == K_TIME && b->kind == K_TIME) ||	/* 午前9時から午後5時: hours open and close */
		 (a->kind == K_DATE && b->kind == K_DATE && a->day && b->day)) &&	/* 4月25日から5月4日に旅行: days */
		!((k = lang_prefix(l, l->level_to_end, doc + q, n - q)) &&	/* (午後8時から午後7時に変更: a change) */
		  (!l->time_changes || lang_prefix(l, l->time_changes, doc + q + k, n - q - k)))) ||
	       ((a->kind == K_AGE || a->kind == K_DATE || a->kind == K_TIME ||
		 /* (3市町から年間約900件の: a count and a rate, no range) */
		 (b->qual == Q_APPROX && (same_measure(a, b) || !a->unit[0]))) &&
		lang_prefix(l, l->range_close_of, doc + q, n - q)) ||
	       /* 10年から15年程度とされる: an approximation after B (not 程度に: a change) */
	       (l->change_close && b->qual == Q_APPROX && b->start == b->num_start &&
		!lang_prefix(l, l->change_close, doc + q, n - q));
}

/* The second figure b of a range from a, read as a reads it when only
 * a's words could say what it is: bare, where the rule of its unit needs
 * words before it and the same unit as written follows it (気温は5度から
 * 12度), or years after an age ("range in age from 8 to 90 years": an
 * age, in whole years). */
static void range_second(const struct lang *l, const char *doc, size_t n, const struct claim *a,
			 struct claim *b)
{
	size_t ul = a->unit_end - a->unit_start;
	struct claim c = *b;

	if (b->kind == K_NUMBER && ul && a->kind != K_DATE && a->kind != K_TIME && b->end + ul <= n &&
	    memcmp(doc + b->end, doc + a->unit_start, ul) == 0) {
		take_unit(&c, a);
		c.unit_start = b->end;
		c.unit_end = c.end = b->end + ul;
	} else if (a->kind == K_AGE && b->kind == K_DURATION && strcmp(a->unit, b->unit) == 0) {
		c.kind = K_AGE;
		c.step = c.factor;
	} else {
		return;
	}
	if (range_end(l, doc, n, a, &c))
		*b = c;
}

static void make_range(const struct lang *l, const char *doc, struct claim *a, const struct claim *b)
{
	double hi = rate_of(a, b) ? in_rate(a, b) : band(b) ? b->value + b->step : b->value;	/* 1500～1800円台: to 1900 */
	size_t p;

	a->day_half = b->day_half;	/* 午後4時から翌朝5時: 5 in the morning */
	for (p = a->end; p < b->start && !a->day_half; p++)
		a->day_half = lang_prefix(l, l->next_day, doc + p, b->start - p) > 0;

	if (rate_of(b, a))	/* 15 cents to 35 cents a share: the second says the unit */
		as_rate(a, b);
	if (same_measure(a, b) && a->mult == 1 && b->mult > 1 && a->num * b->mult <= b->num) {
		a->num *= b->mult;	/* $6-$9 billion: 6 billion, not 6 */
		a->value = a->num * a->factor;
		a->step *= b->mult;
		a->mult = b->mult;
	}
	adopt_unit(a, b);
	if (a->unit_end == a->unit_start) {	/* 40〜100キロ: the range's unit is written once, after its end */
		a->unit_start = b->unit_start;
		a->unit_end = b->unit_end;
	}
	if (a->minus && signed_kind(a->kind)) {
		a->start -= a->minus;	/* between minus 110 and 78 degrees Celsius */
		a->num = -a->num;
		a->value = -a->value;
	}
	a->end = b->end;
	a->qual = Q_RANGE;
	/* the end of the second, when it has one (2025年度: March 2026) */
	a->end_year = b->end_year ? b->end_year : b->year;
	a->end_rel = b->end_rel ? b->end_rel : b->rel;	/* 昨年度: March of this year */
	a->end_rel_years = b->end_rel ? b->end_rel_years : b->rel_years;
	a->end_month = b->end_year || b->end_month ? b->end_month : b->month;
	a->end_day = b->end_day ? b->end_day : b->day;
	a->end_hour = b->hour;
	a->end_minute = b->minute;
	if (a->has_value) {
		a->lo = a->value;
		a->hi = hi + (a->kind == K_AGE ? b->step : 0);	/* 18 to 24: until 25 */
		a->has_lo = a->has_hi = 1;
	}
	a->weak = 0;
}

/* Does the part of a compound duration that starts at s follow the part
 * that ends at e right away (2分30秒, 7 minutes 52 seconds), after "and"
 * or 零 (9 minutes and 40 seconds, 4年零3个月: the table's number_joiners)
 * or after a comma (2 hours, 8 minutes and 15 seconds)? */
static int next_part(const struct lang *l, const char *doc, size_t n, size_t e, size_t s)
{
	size_t k;

	e = skip_space(doc, n, e);
	if (e < n && doc[e] == ',' && l->spaced)
		e = skip_space(doc, n, e + 1);
	if (s == e)
		return 1;
	k = lang_prefix(l, l->number_joiners, doc + e, n - e);	/* 9 minutes and 40 seconds, 4年零3个月 */
	return k && e + k < n && (l->spaced ? doc[e + k] == ' ' && skip_space(doc, n, e + k) == s : e + k == s);
}

/* Are there no more than three lower-case words, none a word of the
 * table's during_breaks, and nothing else but a comma or a closing bracket
 * right after e, between e and s ("a 17% wage increase over four years",
 * "£4.5m, or 11%, over three years", "($2.5 million) over"; but "$2 million
 * to families over 10 years ago")? */
static int few_words(const struct lang *l, const char *doc, size_t e, size_t s)
{
	size_t p, q, words = 0;

	for (p = e; p < s; p++) {
		if (doc[p] == ' ' || ((doc[p] == ',' || doc[p] == ')') && p == e))
			continue;
		if (!islower((unsigned char)doc[p]))
			return 0;
		for (q = p; q + 1 < s && (islower((unsigned char)doc[q + 1]) ||	/* job-development */
					  (doc[q + 1] == '-' && q + 2 < s && islower((unsigned char)doc[q + 2]))); q++)
			;
		if (lang_word(l, l->during_breaks, doc + p, q + 1 - p) >= 0)
			return 0;
		words++;
		p = q;
	}
	return words <= 3;
}

/* 2026—2028年, 2020～2024年, 2020至2024年: a number of four digits that a joiner joins to a
 * year is a year too (made one here, the range is made after); and so to a
 * fiscal year, 2024〜26年度, with two digits too, 21〜23年度; and a hyphen,
 * no joiner of a range where words are not spaced, joins a year of four
 * digits to one of two: 2020-21年. */
static void year_before(const struct lang *l, const char *doc, size_t n, struct claim *a,
			const struct claim *b)
{
	size_t p = skip_space(doc, n, a->end), j;

	int fy = l->fiscal_start > 1 && b->month == l->fiscal_start && b->end_year == b->year + 1 &&
		 b->end_month == l->fiscal_start - 1;	/* 2024〜26年度: fiscal years */

	int yy = fy && a->end - a->num_start == 2 && a->value >= 10 && a->value < b->year % 100;	/* 21〜23年度 */

	if (a->kind != K_NUMBER || a->unit[0] || a->qual != Q_EQ || (a->end - a->num_start != 4 && !yy) ||
	    (!yy && (a->value < 1800 || a->value > 2100)) || a->value != (long)a->value ||
	    b->kind != K_DATE || !b->year || (b->month && !fy) || b->rel || (!yy && b->year <= a->value) ||
	    !((j = lang_prefix(l, l->range_joiners, doc + p, n - p)) ||
	      (j = year_hyphen(l, doc, n, p, a, b))) ||
	    (!dash(doc + p, j) && l->spaced) ||
	    skip_space(doc, n, p + j) != b->start)
		return;	/* (2020至2024年, 2020から2024年: any joiner where words are not spaced) */
	a->kind = K_DATE;
	snprintf(a->unit, sizeof a->unit, "date");
	a->year = yy ? b->year - b->year % 100 + (int)a->value : (int)a->value;
	if (fy) {
		a->month = b->month;
		a->end_year = a->year + 1;
		a->end_month = b->end_month;
	}
	a->has_value = 0;
	a->value = 0;
}

/* Is a a bare number that an or-mark joins to digits that start no claim
 * (6、7号機: the name takes both numbers)?  next is the claim after a. */
static int bare_before_name(const struct lang *l, const char *doc, size_t n,
			    const struct claim *a, const struct claim *next)
{
	size_t p = skip_space(doc, n, a->end), j, len;

	if (a->kind != K_NUMBER || a->unit[0] || a->qual != Q_EQ ||
	    !(j = lang_prefix(l, l->or_marks, doc + p, n - p)))
		return 0;
	p += j;
	return numeral_digit(doc + p, doc + n, &len) >= 0 && (!next || next->num_start != p);
}

static int one_sentence(const struct lang *l, const char *doc, size_t from, size_t to);
static void score_points(const struct lang *l, const char *doc, size_t n, struct claim *a);
static int game_sentence(const struct lang *l, const char *doc, size_t n, size_t s, size_t e);
static int whole_word_at(const struct lang *l, const char *const *list, const char *doc, size_t p, size_t e);
static int joined_by(const struct lang *l, const char *const *list, const char *doc, size_t n, size_t e, size_t s);
static size_t past_brackets(const char *doc, size_t n, size_t e);
static size_t open_bracket(const char *doc, size_t n, size_t p);
static void base_of_comparison(const struct lang *l, const char *doc, size_t n, struct claim *a,
			    const struct claim *v, size_t w);
static size_t word_right_before(const struct lang *l, const char *const *list, const char *doc, size_t p);

/* Is c the figure of a compound word ("its 10-day run", "a 212-bed
 * hospital"; not "180 full-time staff": the hyphen right after the
 * figure)? */
static int compound(const char *doc, const struct claim *c)
{
	size_t p = c->num_start;

	while (p < c->end && (isalnum((unsigned char)doc[p]) || doc[p] == ',' || doc[p] == '.'))
		p++;
	return p + 1 < c->end && doc[p] == '-' && isalpha((unsigned char)doc[p + 1]);
}

/* Does duration c frame a period (over the past five years, in the 12
 * months to Aug. 31): a word of frame_words before it, or one of
 * frame_articles before and one of frame_ends after? */
static int frames(const struct lang *l, const char *doc, size_t n, const struct claim *c)
{
	size_t p = skip_back(doc, c->start), q = skip_space(doc, n, c->end),
	       k = lang_prefix(l, l->frame_ends, doc + q, n - q);

	return word_right_before(l, l->frame_words, doc, p) ||
	       (k && (q + k == n || !isalpha((unsigned char)doc[q + k])) &&
		word_right_before(l, l->frame_articles, doc, p));
}

/* Where the stem of the possessive word doc[w, e) ends ("year's",
 * "year’s": before the apostrophe), or 0 if it is none. */
static size_t possessive_end(const char *doc, size_t w, size_t e)
{
	if (e - w > 2 && doc[e - 1] == 's' && doc[e - 2] == '\'')
		return e - 2;
	if (e - w > 4 && doc[e - 1] == 's' && memcmp(doc + e - 4, "\xE2\x80\x99", 3) == 0)
		return e - 4;
	return 0;
}

/* Where a noun phrase of a base before a figure at s starts ("down from a
 * peak of 310", "compared with a state average of 170": a word of the
 * table's base_nouns, up to two words before it and a stopword, a the
 * its, or a possessive, "Smith's record of", "last year's record of", a
 * word of the period table in it), or s when there is none. */
static size_t base_noun_start(const struct lang *l, const char *doc, size_t s)
{
	size_t p = skip_back(doc, s), k = lang_suffix_len(l, l->base_nouns, doc, p), w, e, i, pw, pe, len, q;

	if (!k || (p > k && doc[p - k - 1] != ' '))
		return s;
	for (p -= k, i = 0; i < 3 && word_before(doc, p, &w, &e); i++, p = w) {
		if (lang_word(l, l->stopwords, doc + w, e - w) >= 0)
			return w;
		if ((q = possessive_end(doc, w, e)) > 0) {	/* year's */
			if (word_before(doc, w, &pw, &pe) && lang_period_at(l, doc + pw, q - pw, &len) &&
			    len == q - pw)
				return pw;	/* last year's */
			return w;
		}
	}
	return s;
}

/* Is c the base of a change by the words before it: "from" after up or
 * down (down from 530), or "compared with"?  *we gets where the word
 * before "from" ends (0 when there is none): "up 23% from" ends in a
 * figure. */
static int base_words(const struct lang *l, const char *doc, const struct claim *c, size_t *we)
{
	size_t w, x;
	struct claim h = *c;

	*we = 0;
	h.start = base_noun_start(l, doc, c->start);	/* from a peak of 310 */
	if (h.start < c->start && lang_suffix(l, l->noun_compared, doc, skip_back(doc, h.start)))
		return 1;	/* above its record of 18.9 million */
	c = &h;
	if (word_is(l, doc, c, l->change_origins) && word_before(doc, c->start, &w, &x) &&
	    word_before(doc, w, &w, &x)) {
		*we = x;
		if (lang_word(l, l->change_adverbs, doc + w, x - w) >= 0)
			return 1;
	}
	return lang_suffix(l, l->compared_with, doc, skip_back(doc, c->start));
}

/* Past a word of change_origins and a word of the period table at p
 * ("from a year earlier"), if both stand there; else p. */
static size_t past_origin_period(const struct lang *l, const char *doc, size_t n, size_t p)
{
	size_t k = lang_prefix(l, l->change_origins, doc + p, n - p), q, len;

	if (!k || p + k >= n || doc[p + k] != ' ')
		return p;
	q = skip_space(doc, n, p + k);
	return lang_period_at(l, doc + q, n - q, &len) ? skip_space(doc, n, q + len) : p;
}

/* Is duration d the time the amount a right before it is spread over
 * ($10 billion over five years, 1,473 submissions over six weeks), its
 * qualifier word one of during ("over": not "more than"), or a word of
 * during_words right before it (312,000 people over its 10 days)?  Not
 * 500 workers over 10 years ago, 2,000 patients over 60 years (an age may
 * be years), waited over 12 hours. */
static int spread_over(const struct lang *l, const char *doc, const struct claim *a, const struct claim *d)
{
	size_t bw, be;

	return d->kind == K_DURATION &&
	       ((d->qual != Q_EQ && d->qual != Q_RANGE &&
		 lang_prefix(l, l->during, doc + d->start, d->num_start - d->start)) ||
		(d->qual == Q_EQ && word_right_before(l, l->during_words, doc, skip_back(doc, d->start)))) &&
	       (a->kind == K_MONEY || a->kind == K_PERCENT ||
		a->kind == K_RATE ||	/* £66 a month over five years */
		a->kind == K_DISTANCE || a->kind == K_MEASURE ||	/* six inches of rain fell over two days */
		(a->kind == K_COUNT &&
		 (strcmp(d->unit, "year") != 0 || (d->has_value && d->value < 18)) &&
		 !(word_before(doc, d->start, &bw, &be) &&
		   lang_word(l, l->lasting_verbs, doc + bw, be - bw) >= 0))) &&
	       few_words(l, doc, a->end, d->start);
}

/* Is a the start of a change from a to the rate b of its unit, only a
 * joiner between ("climb from $28 to $33 per quarter"; "fell $43 from a
 * year earlier to $1,812 a month": the change's base between; "rise by
 * $4.2 billion, to $12.1 billion a year": a comma)? */
static int rate_from_to(const struct lang *l, const char *doc, size_t n, const struct claim *a,
			const struct claim *b)
{
	size_t p = past_origin_period(l, doc, n, skip_space(doc, n, a->end)), j;

	if (p < n && doc[p] == ',')
		p = skip_space(doc, n, p + 1);

	return l->spaced && a->qual != Q_RANGE && rate_of(b, a) &&
	       (word_is(l, doc, a, l->change_origins) || word_is(l, doc, a, l->change_by) ||	/* rise by $4.10 to $62.35 a month */
		(a->kind != K_PERCENT && (word_is(l, doc, a, l->change_from) || word_is(l, doc, a, l->change_by_verbs)))) &&	/* rose 4 cents to $4.02 a bushel */
	       (j = lang_prefix(l, l->range_joiners, doc + p, n - p)) && skip_space(doc, n, p + j) == b->start;
}

/* Where the word before p starts, and before it a comma right there
 * (", to 27,600"), if any. */
static size_t comma_before_word(const char *doc, size_t p)
{
	p = skip_back(doc, p);
	while (p > 0 && isalpha((unsigned char)doc[p - 1]))
		p--;
	p = skip_back(doc, p);
	return p > 0 && doc[p - 1] == ',' ? p - 1 : p;
}

/* Can c give its unit to a bare figure of a change? */
static int unit_giver(const char *doc, const struct claim *c)
{
	return c->kind != K_NUMBER && c->kind != K_DATE && c->kind != K_TIME && c->kind != K_RATE &&
	       !compound(doc, c);
}

/* Can rate c give its unit to the bare figure of its base: per one, or
 * per as many (35.2 per 100,000 residents, from 43.1; but "one doctor
 * for every 1,200 people, down from 1,400" is of the base)? */
static int rate_giver(const struct claim *c)
{
	return c->kind == K_RATE && (c->per == 1 || !c->den);
}

/* Step *k back over the dates right before v[*k]. */
static void dates_back(const struct claim *v, size_t *k)
{
	while (*k > 0 && v[*k - 1].kind == K_DATE)
		--*k;
}

/* Does s[0..n) hold any of the bytes of set? */
static int strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(set, s[i]))
			return 1;
	return 0;
}

/* The bare figure of a change is in the unit of the other figure: "fell
 * by about 2,400 to 15,600 households", "grew from nine to 12 stores",
 * "grew to 12 stores from nine", "from nine stores in 2022 to 12".  v[0..w)
 * are the claims before a, next the one after it. */
static void change_unit(const struct lang *l, const char *doc, size_t n, struct claim *a,
			const struct claim *v, size_t w, const struct claim *next)
{
	const struct claim *c = NULL;
	struct claim h, g;	/* a and v[kd - 1] from the noun of a base before them */
	size_t p, j, k, kd = w;	/* kd: v[kd - 1] the last figure before a that is no date */

	if (!l->spaced || a->kind != K_NUMBER || a->unit[0])
		return;
	dates_back(v, &kd);
	h = *a;
	h.start = base_noun_start(l, doc, a->start);	/* from an average of 22 to 24 students */
	g = kd > 0 ? v[kd - 1] : *a;
	g.start = base_noun_start(l, doc, g.start);
	if (next && (unit_giver(doc, next) || next->kind == K_RATE) &&	/* (a bare number here) from 48 to 60 hours a week */
	    after_word(l, l->change_from, doc, &h) &&
	    (word_is(l, doc, &h, l->change_by) || word_is(l, doc, &h, l->change_origins)) &&
	    (p = skip_space(doc, n, a->end)) < next->start &&
	    (j = lang_prefix(l, l->range_joiners, doc + p, n - p)) && skip_space(doc, n, p + j) == next->start)
		c = next;	/* by or from A to B */
	else if (kd > 0 && word_is(l, doc, a, l->change_origins) &&
		 (unit_giver(doc, &v[kd - 1]) || rate_giver(&v[kd - 1])) &&
		 word_is(l, doc, &g, l->range_joiners) && a->start - v[kd - 1].end <= 32 &&	/* to an average of 26 students, from 22 */
		 (!strpbrk_n(doc + v[kd - 1].end, a->start - v[kd - 1].end, ",;.") ||
		  /* to 22 students, from 26: a comma right after B alone */
		  (doc[v[kd - 1].end] == ',' &&
		   !strpbrk_n(doc + v[kd - 1].end + 1, a->start - v[kd - 1].end - 1, ",;."))))
		c = &v[kd - 1];	/* to B from A; to B last year from A, to B in 2024 from A */
	else if (word_is(l, doc, a, l->range_joiners)) {	/* from A in 2022 to B, from five days to three */
		size_t from;	/* where the gap to a starts */

		/* grew by about 1.6 million people, or 0.5%, to 334.9 million:
		 * a percentage in apposition passed over */
		if (kd > 1 && v[kd - 1].kind == K_PERCENT && doc[v[kd - 2].end] == ',' &&
		    v[kd - 1].end < n && doc[v[kd - 1].end] == ',' &&
		    (p = skip_space(doc, n, v[kd - 2].end + 1)) < v[kd - 1].start &&
		    (j = lang_prefix(l, l->alternatives, doc + p, v[kd - 1].start - p)) > 0 &&
		    skip_space(doc, n, p + j) == v[kd - 1].start) {
			from = v[kd - 1].end + 1;
			kd--;
			g = v[kd - 1];
			g.start = base_noun_start(l, doc, g.start);
		} else
			from = kd > 0 ? v[kd - 1].end : a->start;
		/* grew by roughly 8,300 people to 716,000; from an average of
		 * 22 students to 24 */
		if (kd > 0 && unit_giver(doc, &v[kd - 1]) &&
		    (word_is(l, doc, &g, l->change_origins) ||
		     (word_is(l, doc, &v[kd - 1], l->change_by) && after_word(l, l->change_from, doc, &v[kd - 1]))) &&
		    a->start - v[kd - 1].end <= 48 && !strpbrk_n(doc + from, a->start - from, ";.") &&
		    (comma_before_word(doc, a->start) <= from ||
		     !strpbrk_n(doc + from, comma_before_word(doc, a->start) - from, ",")))
			c = &v[kd - 1];	/* (fell by 1,900 students since 2019, to 27,600: a comma right before the joiner) */
	} else if (base_words(l, doc, a, &j) || (j && w > 0 && v[w - 1].kind == K_PERCENT && v[w - 1].end == j)) {
		/* 318 babies last year, down from 530; 18,400 complaints in
		 * 2024, up 23% from 14,960 (the change passed over); 11 nights,
		 * compared with 19 */
		for (k = w; k > 0 && (v[k - 1].kind == K_DATE || compound(doc, &v[k - 1]) ||
				      (v[k - 1].kind == K_DURATION && frames(l, doc, n, &v[k - 1])) ||
				      /* 312,000 people over 10 days, up from 289,000 */
				      (k >= 2 && spread_over(l, doc, &v[k - 2], &v[k - 1])) ||
				      /* (up 11% from last season, topping the record of 574,000) */
				      (k == w && v[k - 1].kind == K_PERCENT &&
				       (v[k - 1].end == j || word_is(l, doc, &v[k - 1], l->change_from) ||
					word_is(l, doc, &v[k - 1], l->change_adverbs) ||
					word_is(l, doc, &v[k - 1], l->change_by_verbs)))); k--)
			;
		if (k > 0 && (unit_giver(doc, &v[k - 1]) || rate_giver(&v[k - 1])) &&
		    a->start - v[k - 1].end <= 96 &&
		    one_sentence(l, doc, v[k - 1].end, a->start) && !memchr(doc + v[k - 1].end, ';', a->start - v[k - 1].end))
			c = &v[k - 1];	/* (1.2 million gallons a week, up from 900,000: the rate's) */
	}
	if (c) {
		adopt_unit(a, c);
		a->weak = 0;
	}
}

/* Degrees with no scale (about 2 degrees above average) are in the scale
 * of a temperature before them in the sentence (16C in August, about 2
 * degrees above...).  v[0..w) are the claims before a. */
static void temperature_scale(const struct lang *l, const char *doc, struct claim *a,
			      const struct claim *v, size_t w)
{
	if (a->kind != K_TEMPERATURE || strcmp(a->unit, "degree") != 0)
		return;
	for (; w > 0 && one_sentence(l, doc, v[w - 1].end, a->start); w--)
		if (v[w - 1].kind == K_TEMPERATURE && strcmp(v[w - 1].unit, "degree") != 0) {
			memcpy(a->unit, v[w - 1].unit, sizeof a->unit);
			return;
		}
}

/* A bare figure before a word that only its context makes a unit, and
 * that a figure before it in the sentence took as one, is in that unit
 * (最高気温は26.3度で、夜間は5度前後: 5 °C, about), where a word of
 * unit_after follows the unit (前後, まで, を, に, 。) and none of
 * unit_not_before (3度あった, 2度、, 3度ほど吐いた, 2度にわたり: times).
 * Not where the table reads the word itself.  v[0..w) are the claims
 * before a. */
static void unit_of_sentence(const struct lang *l, const char *doc, size_t n, struct claim *a,
			     const struct claim *v, size_t w)
{
	size_t p = skip_space(doc, n, a->end), ql;

	if (a->kind != K_NUMBER || !a->has_value || a->qual != Q_EQ || p >= n || !l->unit_after)
		return;
	for (; w > 0 && one_sentence(l, doc, v[w - 1].end, a->start); w--) {
		const struct claim *b = &v[w - 1];
		size_t len = b->unit_end - b->unit_start, e = p + len;
		const struct qualifier *q;

		if (!len || b->kind == K_NUMBER || b->kind == K_RATE || b->kind == K_DATE || b->kind == K_TIME ||
		    len > n - p || memcmp(doc + p, doc + b->unit_start, len) != 0 ||
		    lang_unit(l, l->units, doc + b->unit_start, len))
			continue;
		if (!lang_prefix(l, l->unit_after, doc + e, n - e) || lang_prefix(l, l->unit_not_before, doc + e, n - e))
			return;
		q = lang_qualifier_at(l, l->suffixes, doc + e, n - e, &ql);
		if (q && lang_word(l, l->time_suffixes, q->text, ql) >= 0) {
			q = NULL;	/* 以来, 内: of a duration only */
			ql = 0;
		}
		take_unit(a, b);
		a->unit_start = p;
		a->unit_end = e;
		a->end = e + ql;
		if (q) {
			a->qual = q->qual;
			a->bound = q->bound;
		}
		if (a->kind == K_TEMPERATURE && a->minus) {	/* …、大野市で氷点下11.8度を: its sign */
			a->start -= a->minus;
			a->value = -a->value;
			a->num = -a->num;
			a->minus = 0;
		}
		return;
	}
}

/* Are the units of a and b written alike (both 5キロ, both pounds)? */
static int same_unit_text(const char *doc, const struct claim *a, const struct claim *b)
{
	size_t len = a->unit_end - a->unit_start;

	return b->unit_end - b->unit_start == len && memcmp(doc + a->unit_start, doc + b->unit_start, len) == 0;
}

/* One word, one sense in a sentence: a unit written as one before it in
 * the sentence was read otherwise by its context (約45キロを収穫し、前年同期
 * の約60キロを下回った: kg, not the table's km; about 45 pounds of
 * turkey, 20 pounds more) is read as that one.  v[0..w) are the claims
 * before a. */
static void same_word_unit(const struct lang *l, const char *doc, size_t n, struct claim *a,
			   const struct claim *v, size_t w)
{
	size_t len = a->unit_end - a->unit_start;
	const struct unit *t;

	if (len && a->kind == K_RATE && (t = lang_unit(l, l->units, doc + a->unit_start, len)) != NULL &&
	    strcspn(a->unit, "/") == strlen(t->code) && strncmp(a->unit, t->code, strlen(t->code)) == 0) {
		/* 24,000 pounds of milk a year, or about 78 pounds a day: lb/day */
		for (; w > 0 && one_sentence(l, doc, v[w - 1].end, a->start); w--) {
			const struct claim *b = &v[w - 1];
			size_t k = strcspn(b->unit, "/");
			char u[sizeof a->unit];

			if (!same_unit_text(doc, a, b))
				continue;
			if (k && (k != strlen(t->code) || strncmp(b->unit, t->code, k) != 0) &&
			    (size_t)snprintf(u, sizeof u, "%.*s%s", (int)k, b->unit, a->unit + strlen(t->code)) < sizeof u)
				memcpy(a->unit, u, sizeof u);
			return;
		}
		return;
	}
	if (!len) {
		unit_of_sentence(l, doc, n, a, v, w);
		return;
	}
	if (a->kind == K_RATE || a->kind == K_DATE || a->kind == K_TIME ||
	    !(t = lang_unit(l, l->units, doc + a->unit_start, len)) || strcmp(t->code, a->unit) != 0)
		return;	/* not the table's reading */
	for (; w > 0 && one_sentence(l, doc, v[w - 1].end, a->start); w--) {
		const struct claim *b = &v[w - 1];
		size_t j;

		if (!same_unit_text(doc, a, b))
			continue;
		if (b->kind == K_RATE && strncmp(b->unit, a->unit, strlen(a->unit)) != 0 && base_words(l, doc, a, &j)) {
			as_rate(a, b);	/* 900 pounds an acre, compared with 1,400 pounds: lb/acre */
			return;
		}
		if (b->kind != K_RATE && strcmp(b->unit, a->unit) != 0 && !strchr(b->unit, '/')) {	/* (時速60キロ: a speed) */
			take_unit(a, b);
			return;
		}
		if (b->kind == K_RATE && (j = strcspn(b->unit, "/")) > 0 &&
		    !(j == strlen(a->unit) && strncmp(b->unit, a->unit, j) == 0)) {
			/* 1人あたりの年間消費量は約51キロで、1962年度の118キロ:
			 * the rate's kg, a unit of the table */
			for (t = l->units; t->text; t++)
				if (strlen(t->code) == j && strncmp(t->code, b->unit, j) == 0) {
					a->kind = t->kind;
					snprintf(a->unit, sizeof a->unit, "%s", t->code);
					a->value = a->num * t->factor;
					a->step = a->step / a->factor * t->factor;
					a->factor = t->factor;
					return;
				}
			return;
		}
	}
}

/* Is a a day with its hour t[0] right after it, then a range's joiner
 * and a day t[1] with its hour t[2] (19日8时至21日8时)? */
static int hours_between_days(const struct lang *l, const char *doc, size_t n,
			      const struct claim *a, const struct claim *t)
{
	struct claim d = *a, b = t[1];

	if (a->kind != K_DATE || !a->day || a->qual != Q_EQ || t[0].kind != K_TIME || t[0].start != a->end ||
	    t[1].kind != K_DATE || !t[1].day || t[2].kind != K_TIME || t[2].start != t[1].end)
		return 0;
	d.end = t[0].end;
	b.end = t[2].end;	/* as join will make them */
	return range_end(l, doc, n, &d, &b);
}

void join(const struct lang *l, const char *doc, size_t n, struct claim *v, size_t *count)
{
	size_t r = 0, w = 0, p, j;

	while (r < *count) {
		struct claim *a = &v[w], *b;

		*a = v[r++];
		if (r < *count)
			year_before(l, doc, n, a, &v[r]);
		if (r < *count)
			range_second(l, doc, n, a, &v[r]);
		if (r + 2 < *count && hours_between_days(l, doc, n, a, &v[r])) {
			size_t e = v[r + 2].end;

			a->end = v[r].end;	/* 19日8时至21日8时: a range of days, */
			v[r + 2] = v[r + 1];	/* an hour at each end in its text */
			v[r + 2].end = e;
			r += 2;
		}
		while (r < *count && range_end(l, doc, n, a, &v[r])) {
			size_t shared = !l->spaced && a->kind == K_NUMBER && v[r].kind == K_NUMBER ?
					same_word_after(l, doc, n, skip_space(doc, n, a->end), v[r].end) : 0;

			make_range(l, doc, a, &v[r++]);
			a->end += shared;	/* 3300点至3450点: the shared word in its text */
		}
		if (r + 1 < *count && v[r].start >= a->start && v[r].end <= a->end &&
		    range_end(l, doc, n, a, &v[r + 1])) {
			/* 1箱（約10キロ）あたり8000円から1万円: past the figure
			 * inside the rate's words, which stays a row of its own */
			make_range(l, doc, a, &v[r + 1]);
			v[r + 1] = v[r];
			r++;
		}
		change_unit(l, doc, n, a, v, w, r < *count ? &v[r] : NULL);
		if (r < *count && rate_from_to(l, doc, n, a, &v[r]))
			as_rate(a, &v[r]);	/* from $28 to $33 per quarter */
		if (r < *count && rate_of(a, &v[r]) && l->rate_levels &&
		    joined_by(l, l->rate_levels, doc, n, a->end, v[r].start))
			as_rate(&v[r], a);	/* 1株あたり5円増の45円: the level the rate comes to */
		temperature_scale(l, doc, a, v, w);
		same_word_unit(l, doc, n, a, v, w);
		score_points(l, doc, n, a);
		base_of_comparison(l, doc, n, a, v, w);
		if (bare_before_name(l, doc, n, a, r < *count ? &v[r] : NULL))
			continue;	/* the 6 of 6、7号機 */
		if (r >= *count) {
			w++;
			break;
		}
		b = &v[r];
		p = skip_space(doc, n, a->end);
		j = lang_prefix(l, l->list_joiners, doc + p, n - p);
		if (j && skip_space(doc, n, p + j) == b->start && a->unit_end > a->unit_start &&
		    b->unit_end - b->unit_start > a->unit_end - a->unit_start &&
		    memcmp(doc + a->unit_start, doc + b->unit_start, a->unit_end - a->unit_start) == 0 &&
		    a->kind != b->kind)
			take_unit(a, b);	/* 6.1个和5.4个百分点: the first unit starts the second */
		j = lang_prefix(l, l->alternatives, doc + p, n - p);
		if (j && skip_space(doc, n, p + j) == b->start && joinable(a, b) &&
		    a->kind != K_DATE && a->kind != K_TIME &&
		    (a->qual == Q_EQ) != (b->qual == Q_EQ) &&
		    a->qual != Q_RANGE && b->qual != Q_RANGE) {
			/* 60日または90日以内, within 60 or 90 days: one qualifier */
			struct claim *plain = a->qual == Q_EQ ? a : b;
			const struct claim *said = plain == a ? b : a;

			adopt_unit(a, b);
			plain->qual = said->qual;
			plain->bound = said->bound;
			a->weak = 0;
		}
		w++;
	}
	*count = w;
	/* "3 and 5 percent", "22 and 31 years old": a bare number joined by a
	 * word of unit_lists to a larger figure with a unit takes the unit */
	for (r = w; l->unit_lists && r-- > 1;) {
		struct claim *a = &v[r - 1];
		const struct claim *b = &v[r];

		p = skip_space(doc, n, a->end);
		j = lang_prefix(l, l->unit_lists, doc + p, n - p);
		if (j && skip_space(doc, n, p + j) == b->start && a->kind == K_NUMBER && a->qual == Q_EQ &&
		    a->unit_end == a->unit_start && a->has_value && b->has_value && b->start == b->num_start &&
		    a->num < b->num &&	/* (closed at 39,000, 2 percent higher; won 3, and 40 percent) */
		    b->kind != K_NUMBER && b->kind != K_DATE && b->kind != K_TIME && b->kind != K_RATE &&
		    b->kind != K_RANK && b->kind != K_RATIO &&
		    !(doc[b->start] == '0' && b->start + 1 < n && isdigit((unsigned char)doc[b->start + 1])))
			adopt_unit(a, b);	/* (10 , 000 monkeys: the digits of one number, spaced) */
	}
	/* 11時間1分, 1年6か月, 约1小时20分钟: a duration and a smaller one
	 * right after it are one duration in the larger unit, with the
	 * first one's qualifier; and so a distance and a smaller one right
	 * after it, nothing but space between (2メートル80センチ, 6 feet 8 inches) */
	for (r = 0, j = 0; r < w; r++) {
		struct claim *d = &v[j];
		double k;
		char big[sizeof d->unit], small[sizeof d->unit];

		if (r > j)
			*d = v[r];
		if (d->weak && d->kind == K_NUMBER && j > 0 && r + 1 < w && v[j - 1].kind == K_DURATION &&
		    lang_prefix(l, l->number_joiners, doc + d->start, d->end - d->start) == d->end - d->start)
			continue;	/* 4年零3个月: 零 joins the parts, no zero */
		/* (1時間40分ほど: a qualifier after the smaller is the whole's) */
		if (j > 0)	/* and a rate of a duration: 1日11時間12分 */
			snprintf(big, sizeof big, "%.*s", (int)strcspn(v[j - 1].unit, "/"), v[j - 1].unit);
		snprintf(small, sizeof small, "%.*s", (int)strcspn(d->unit, "/"), d->unit);
		if (j > 0 &&
		    ((d->kind == K_DISTANCE && v[j - 1].kind == K_DISTANCE &&
		      skip_space(doc, n, v[j - 1].end) == d->start) ||
		     d->kind == K_DURATION ||
		     /* 4 minutes 49 seconds per mile: the smaller a rate's */
		     (d->kind == K_RATE && d->unit[strlen(small)] == '/' && d->per == 1 &&
		      v[j - 1].kind == K_DURATION)) &&
		    (v[j - 1].kind == K_DURATION || v[j - 1].kind == K_DISTANCE ||
		     (v[j - 1].kind == K_RATE && d->start == v[j - 1].end)) &&
		    next_part(l, doc, n, v[j - 1].end, d->start) &&
		    (d->qual == Q_EQ || (v[j - 1].qual == Q_EQ && d->start == d->num_start && d->qual != Q_RANGE &&
					 d->qual != Q_VAGUE) ||
		     /* 最大1メートル50センチ程度: the bound before the whole wins */
		     (d->qual == Q_APPROX && d->start == d->num_start && v[j - 1].qual >= Q_GE && v[j - 1].qual <= Q_LT)) &&
		    v[j - 1].qual != Q_RANGE && v[j - 1].qual != Q_VAGUE &&
		    d->has_value && v[j - 1].has_value &&
		    (k = unit_parts(big, small)) > 0 && d->value < k &&
		    v[j - 1].step * k > 1 + 1e-9) {	/* (2:07:41, 58 seconds behind: the first to the second already) */
			struct claim *a = &v[j - 1];

			if (d->qual != Q_EQ && a->qual == Q_EQ) {
				a->qual = d->qual;
				a->bound = d->bound;
			}
			if (d->kind == K_RATE) {	/* minute/mile */
				size_t bl = strlen(big), sl = strlen(d->unit) - strlen(small);

				memmove(small, d->unit + strlen(small), sl + 1);	/* the /mile */
				if (bl + sl < sizeof a->unit) {
					memcpy(a->unit, big, bl);
					memcpy(a->unit + bl, small, sl + 1);
				}
				a->kind = K_RATE;
				a->per = d->per;
			}
			a->value += d->value / k;
			a->num = a->value;
			a->step = d->step / k;
			a->end = d->end;
			continue;
		}
		j++;
	}
	w = j;
	*count = w;
	for (r = 1; r < w; r++) {	/* $10 billion over five years */
		struct claim *d = &v[r];

		if (spread_over(l, doc, &v[r - 1], d)) {
			d->qual = Q_EQ;
			d->bound = B_ROUND;
			d->start = d->num_start;
		}
	}
}

/* The interval a figure asserts: its qualifier and written precision. */
static void interval(struct claim *c)
{
	double v = c->value, s = c->step;

	if (!c->has_value || c->qual == Q_RANGE)
		return;
	if (c->exact) {
		if (c->qual == Q_EQ) {
			c->lo = c->hi = v;
			c->has_lo = c->has_hi = 1;
			return;
		}
		/* a multiple word is as rounded as its digits (nearly twice
		 * as 2倍近く: [1, 2]); a fraction to a tenth of itself */
		s = c->kind == K_RANK || strcmp(c->unit, "times") == 0 ? 1 : v / 10;
	}
	if (c->den > 0 && (c->bound == B_ROUND || c->bound == B_ABOUT)) {
		/* 4.1秒に1回: [1/4.15, 1/4.05]; about: [1/4.2, 1/4.0] */
		double w = c->bound == B_ROUND ? c->den_step / 2 : c->den_step, f = v * c->den;

		c->lo = f / (c->den + w);
		c->has_lo = 1;
		c->has_hi = c->den > w;
		c->hi = c->has_hi ? f / (c->den - w) : 0;
		return;
	}
	c->has_lo = c->has_hi = 1;
	switch (c->bound) {
	case B_ROUND:
		c->lo = v - s / 2;
		c->hi = v + s / 2;
		break;
	case B_ABOUT:
		c->lo = v - s;
		c->hi = v + s;
		break;
	case B_BELOW_STEP:	/* nearly 0 is a little above it */
		c->lo = v == 0 ? 0 : v - s;
		c->hi = v == 0 ? s : v;
		break;
	case B_ABOVE_STEP:
		c->lo = v;
		c->hi = v + s;
		break;
	case B_LOWER_HALF:
		c->lo = v;
		c->hi = v + s / 2;
		break;
	case B_UPPER_HALF:
		c->lo = v + s / 2;
		c->hi = v + s;
		break;
	case B_FROM:
		c->lo = v;
		c->has_hi = 0;
		break;
	case B_UPTO:	/* 18 and under: until 19, as ages count up */
		c->hi = v + (c->kind == K_AGE && c->qual == Q_LE ? s : 0);
		c->has_lo = 0;
		break;
	}
	if (c->has_lo && c->lo < 0 && c->kind != K_TEMPERATURE && !(c->kind == K_PERCENT && c->value < 0))
		c->lo = 0;	/* extract reads the sign of temperatures and percentages only */
}

/* ---- dates and periods ---- */

/* Fill in the year of a date written without one; 0 when unknown. */
static int resolve_year(const struct date *pub, int year, int rel, int rel_years, int month)
{
	if (rel)
		return pub->year ? pub->year + rel_years : 0;
	if (year)
		return year;
	if (!pub->year || !month)
		return 0;
	if (month <= pub->month)	/* 2月12日 in a story of 9 February: to come */
		return pub->year;
	return pub->year - 1;
}

/* The year and month so many months from the publication's. */
static void months_from(const struct date *pub, int months, int *y, int *m)
{
	int k = pub->month - 1 + months;

	*y = pub->year + (k < 0 ? (k - 11) / 12 : k / 12);
	*m = (k % 12 + 12) % 12 + 1;
}

static void iso_date(char *buf, size_t size, int y, int m, int d)
{
	if (!y)
		snprintf(buf, size, "%s", "");
	else if (!m)
		snprintf(buf, size, "%04d", y);
	else if (!d)
		snprintf(buf, size, "%04d-%02d", y, m);
	else
		snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

int days_in_month(int y, int m)
{
	static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : DAYS[m - 1];
}

/* to_come: the date is to come (予定, will: 1; "by", 将于 right before it:
 * 2), so a month or day after publication is this year's or this month's,
 * not the last; or its clause is in the past (値上げした: 4), so the month
 * after publication's is last year's. */
/* What to_come says of the clause of a date, as bits. */
enum {
	COME_CLAUSE = 1,	/* the clause says it is to come: will, 予定, 将于 */
	COME_WORD = 2,		/* a word right before it says so: by, 将于, from in such a clause */
	COME_PAST = 4,		/* the clause ends in the past: 3月から値上げした */
	COME_IN = 8,		/* after "in" or "on", in a clause to come with no word in the past */
	COME_PAST_BY = 16,	/* a word right before it, but a word of its clause is past */
	COME_NEXT = 32,		/* "next" right before it: the next such month from publication */
	COME_LAST = 64		/* "last" right before it: the last such month before publication's */
};

static void resolve_date(const struct date *pub, struct claim *c, int to_come)
{
	char a[16], b[16];
	int y, ey;

	if (c->mrel) {	/* 今月26日: the month counted from publication */
		if (!pub->year || !pub->month)
			return;
		months_from(pub, c->rel_months, &c->year, &c->month);
	}
	if (!c->month && c->day && !c->year) {
		/* 15日: the day in the month of publication, or in the month
		 * before when it would fall more than a week after publication
		 * (13日までに in a story of the 12th is to come) */
		if (!pub->year)
			return;
		y = pub->year;
		c->month = pub->month;
		/* back a month when the day is to come, and past months too
		 * short for it (31日 in July: May 31) */
		while ((c->month == pub->month && y == pub->year && c->day > pub->day + 7 && !(to_come & (COME_CLAUSE | COME_WORD))) ||
		       c->day > days_in_month(y, c->month)) {
			if (--c->month == 0) {
				c->month = 12;
				y--;
			}
		}
	} else {
		y = resolve_year(pub, c->year, c->rel, c->rel_years, c->month);
		if ((to_come & COME_NEXT) && !c->year && !c->rel && c->month && pub->year)
			y = pub->year + (c->month <= pub->month);	/* next June, in June: next year's */
		else if ((to_come & COME_LAST) && !c->year && !c->rel && c->month && pub->year)
			y = pub->year - (c->month >= pub->month);	/* last June, in June: last year's */
		else if (c->qual == Q_RANGE && !c->year && !c->rel && c->end_year && c->month)
			/* from January to March 2025: the end's year */
			y = c->end_year - (c->end_month && c->month > c->end_month);
		else if ((((to_come & (COME_CLAUSE | COME_WORD)) && !(to_come & COME_PAST_BY)) ||
			  (c->month == pub->month + 1 && c->lang->year_marked && !(to_come & COME_PAST))) &&
			 !c->year && !c->rel &&
			 c->month > pub->month && pub->year &&
			 /* (but 12〜2月に達する in January: the winter under way) */
			 !(c->qual == Q_RANGE && c->end_month && c->end_month < c->month && c->end_month >= pub->month))
			y = pub->year;	/* 予定 in a story of February: this March; and,
					 * where last year's months are marked, the next
					 * month is to come (10月2日 in September) */
		else if ((((to_come & COME_WORD) && (c->day || (to_come & COME_CLAUSE)) && !(to_come & COME_PAST_BY)) ||
			  (to_come & COME_IN)) &&
			 !c->year && !c->rel && pub->year &&
			 (c->month < pub->month || (c->month == pub->month && c->day && c->day + 7 < pub->day)) &&
			 /* (from May through September in June: the months under way;
			  * but from May 24 to Oct. 13 in June starts again next year) */
			 !(c->qual == Q_RANGE && !c->day && !c->end_year && c->end_month >= c->month &&
			   c->end_month >= pub->month))
			y = pub->year + 1;	/* 将于3月12日 in a story of October: next March;
					 * "will start next March" too, and "will begin in
					 * March" where no word of the clause is past; a day
					 * of this month more than a week gone too
					 * ("scheduled for Sept. 4" on the 20th) */
	}
	if (c->qual == Q_RANGE && !c->end_month && c->end_day)	/* 7月28日至29日; 8月31日から1日:
								 * into the next month */
		c->end_month = c->end_day >= c->day ? c->month : c->month % 12 + 1;

	iso_date(a, sizeof a, y, c->month, c->day);
	if ((c->qual != Q_RANGE && !c->end_year && !c->end_rel) || !a[0]) {	/* a fiscal year has an end */
		snprintf(c->period, sizeof c->period, "%s", a);
		return;
	}
	/* the end's own year, else the start's (7月から9月), or the next one
	 * when the end comes before the start (11月から2月) */
	ey = c->end_year || c->end_rel ?
	     resolve_year(pub, c->end_year, c->end_rel, c->end_rel_years, c->end_month) : y;
	if (!c->end_year && !c->end_rel && c->end_month &&
	    (c->end_month < c->month || (c->end_month == c->month && c->end_day < c->day)))
		ey = y + 1;
	iso_date(b, sizeof b, ey, c->end_month, c->end_day);
	snprintf(c->period, sizeof c->period, "%s/%s", a, b);
}

static void resolve_time(struct claim *c)
{
	int eh = c->end_hour, em = c->end_minute;

	if (c->qual != Q_RANGE) {
		snprintf(c->period, sizeof c->period, "T%02d:%02d", c->hour, c->minute);
		return;
	}
	/* 10時から6時, 午後5時から7時: an end before the start is in the
	 * afternoon or evening (23時から1時 ends the next morning) */
	if (!c->day_half && eh * 60 + em <= c->hour * 60 + c->minute && eh < 12 &&
	    (eh + 12) * 60 + em > c->hour * 60 + c->minute)
		eh += 12;
	snprintf(c->period, sizeof c->period, "T%02d:%02d/T%02d:%02d",
		 c->hour, c->minute, eh, em);
}

struct marker {
	size_t start, end;
	const struct lang *lang;
	char iso[48];
	size_t base_end;	/* nonzero: the date of the base figure that ends here
				 * and no other's (from $35.1 million a year earlier) */
	size_t base_first;	/* nonzero: and of the base before it in apposition that
				 * ends here ($1.64 billion, or $2.69 per share, a year earlier) */
	int silent;		/* a record's date (its fewest since 2014): its own row's
				 * period, no other figure's */
	size_t until;		/* nonzero: the date of figures before here only (与
				 * 2023年初的高点4.32元相比: the base phrase ends here) */
	int ahead;		/* the date of figures after it only (rose 11% and now
				 * make up 44%: now is the 44%'s) */
	int context_years;	/* nonzero: a year word that counts from the date before
				 * it ("the same period a year earlier": -1) */
	int since;		/* the date of a since: iso runs on to publication */
	int then_only;		/* a base's date, of its ", when" clause alone (rose
				 * 7.4% from last year, when the team drew 383,900) */
	char own[48];		/* and then the date's own iso (2019-20: 2019/2020) */
};

struct markers {
	struct marker *v;
	size_t n, cap;
};

static int add_marker(struct markers *m, size_t s, size_t e, const struct lang *l,
		      const char *iso)
{
	struct marker *p;

	if (!iso[0])
		return 0;
	p = grow(m->v, &m->cap, m->n, sizeof *p);
	if (!p)
		return -1;
	m->v = p;
	m->v[m->n].start = s;
	m->v[m->n].end = e;
	m->v[m->n].lang = l;
	m->v[m->n].base_end = m->v[m->n].base_first = m->v[m->n].until = 0;
	m->v[m->n].silent = m->v[m->n].ahead = m->v[m->n].context_years = m->v[m->n].since =
		m->v[m->n].then_only = 0;
	snprintf(m->v[m->n].iso, sizeof m->v[m->n].iso, "%s", iso);
	m->n++;
	return 0;
}

static int by_start(const void *a, const void *b)
{
	const struct marker *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* The period of mk runs from its start until the date iso: 2020-04/2021-03
 * since then is 2020-04/<iso>. */
static void until(struct marker *mk, const char *iso)
{
	char *slash = strchr(mk->iso, '/');
	size_t k = slash ? (size_t)(slash - mk->iso) : strlen(mk->iso);

	if (strncmp(mk->iso, iso, k) > 0)
		return;	/* 2026年4月以降 in March 2026: from a time to come, as it is */
	if (k + strlen(iso) + 2 > sizeof mk->iso)
		return;
	memcpy(mk->own, mk->iso, sizeof mk->own);
	mk->since = 1;
	mk->iso[k] = 0;
	strcat(mk->iso, "/");
	strcat(mk->iso, iso);
}

/* The length of the clause break of l at doc[p], or 0; the comma of 1,280
 * is none (when its digit before lies after lo: a comma right at lo, the
 * end of a figure, is a list's). */
static size_t clause_break_at(const struct lang *l, const char *doc, size_t n, size_t lo, size_t p)
{
	if (doc[p] == ',' && p > lo && p + 1 < n && isdigit((unsigned char)doc[p - 1]) &&
	    isdigit((unsigned char)doc[p + 1]))
		return 0;
	return lang_prefix(l, l->clause_breaks, doc + p, n - p);
}

/* A date followed (within a few characters of the same clause) by a
 * "since" word (以降) means "from then until publication". */
static void since(const char *doc, size_t n, const struct date *pub, struct marker *mk)
{
	const struct lang *l = mk->lang;
	size_t p, len;
	int k;
	char iso[16];
	const struct month_part *part;

	if (!pub->year)
		return;
	iso_date(iso, sizeof iso, pub->year, pub->month, pub->day);
	if (strlen(mk->iso) == 7 && strncmp(mk->iso, iso, 7) == 0)	/* a month of publication's */
		for (part = l->month_parts; part && part->text; part++)
			if (part->day > pub->day && mk->end - mk->start >= strlen(part->text) &&
			    memcmp(doc + mk->end - strlen(part->text), part->text, strlen(part->text)) == 0)
				return;	/* 4月中旬以降 on April 9: from a time to come, as it is */
	p = mk->start;		/* since 2020: the word before the date */
	while (p > 0 && doc[p - 1] == ' ')
		p--;
	for (k = 0; l->since_before && l->since_before[k]; k++) {
		len = strlen(l->since_before[k]);
		if (p >= len && lang_word(l, l->since_before, doc + p - len, len) >= 0 &&
		    (p == len || !isalnum((unsigned char)doc[p - len - 1]))) {	/* "Since 2021, */
			/* but since the 2008 financial crisis: a year that
			 * names a thing, the time since that thing */
			if (!(lang_word(l, l->since_named, doc + p - len, len) >= 0 && mk->end + 1 < n &&
			      doc[mk->end] == ' ' && islower((unsigned char)doc[mk->end + 1])))
				until(mk, iso);
			return;
		}
	}
	/* up to 10 characters between, a verb's clause (2020年脱贫摘帽以来,
	 * 2010年に統計を取り始めて以来); a word of one character (起) within 4 */
	p = mk->end;
	for (k = 0; k < 10 && p < n; k++) {
		size_t w = lang_prefix(l, l->since_words, doc + p, n - p);
		size_t ne = w ? lang_suffix_len(l, l->since_not_ending, doc, p + w) : 0;

		if (w && (k < 4 || utf8_count(doc + p, w) > 1) &&
		    !lang_prefix(l, l->since_not, doc + p, n - p) &&	/* 刚起步: no since */
		    (!ne || ne > p + w - mk->end)) {	/* 今年发起的: none (a word after the date) */
			if (k > 0 && lang_suffix(l, l->since_events, doc, p))
				return;	/* 2008年金融危机以来 */
			until(mk, iso);
			return;
		}
		if (clause_break_at(l, doc, n, 0, p) || doc[p] == '\n' ||
		    isdigit((unsigned char)doc[p]) || numeral_digit(doc + p, doc + n, &len) >= 0 ||
		    (k > 0 && lang_period_at(l, doc + p, n - p, &len)) ||	/* 10日出现今年以来: 今年's since */
		    (k == 0 && (lang_prefix(l, l->subject_joiners, doc + p, n - p) ||
				lang_prefix(l, l->subject_markers, doc + p, n - p))))
			return;	/* 去年的85起: the word of a figure between (85 cases); 2008年の金融危機以来
				 * names a crisis: 2008 stays 2008 (as "since the 2008 crisis"); 去年是有
				 * 气象记录以来最热的一年: the year is the topic, no start */
		utf8_decode(doc + p, doc + n, &len);
		p += len;
	}
}

/* Where a word of words starts in doc[from, from + max), before a clause
 * break (but not a quote mark of the table: 「ウッドショック」) and before a
 * word of stops; 0 when none does. */
static size_t word_ahead(const struct lang *l, const char *doc, size_t n, size_t from, size_t max,
			 const char *const *words, const char *const *stops)
{
	size_t q, len;

	for (q = from; q < n && q - from < max; q += len) {
		if (lang_prefix(l, words, doc + q, n - q))
			return q;
		if (lang_prefix(l, stops, doc + q, n - q) ||
		    (clause_break_at(l, doc, n, 0, q) &&
		     !lang_prefix(l, l->quote_marks, doc + q, n - q)))
			return 0;
		utf8_decode(doc + q, doc + n, &len);
	}
	return 0;
}

/* Does a word of l->since_before (since) stand in doc[from, to), within a
 * clause?  A date after it that is not the since date itself dates a
 * span's start, not a figure before it: up 6% from 2023 and the most
 * since the park was created in 1931. */
static int since_between(const struct lang *l, const char *doc, size_t n, size_t from, size_t to)
{
	size_t q;

	while (from < to && (q = word_ahead(l, doc, n, from, to - from, l->since_before, NULL)) > 0) {
		if (!isalnum((unsigned char)doc[q - 1]) && q + 5 <= n &&
		    !isalnum((unsigned char)doc[q + strlen(l->since_before[0])]))
			return 1;
		from = q + 1;
	}
	return 0;
}

/* Does the date that starts at s and ends at e open a longer base phrase
 * that a word of the table's base_close ends within its clause (与2023年初
 * 的高点4.32元相比, 2021年の「ウッドショック」前に比べて)?  Then where that
 * word starts: the date is the period of the figures before it only.
 * Where the table has base_open words (与), one must stand right before
 * the date; else no subject marker (は, が) may stand between
 * (2021年の売上高は前年に比べて: 2021年 is the period).  0: none. */
static size_t base_phrase(const struct lang *l, const char *doc, size_t n, size_t s, size_t e)
{
	if (!l->base_close || (l->base_open && !lang_suffix(l, l->base_open, doc, s)))
		return 0;
	return word_ahead(l, doc, n, e, 60, l->base_close, l->base_open ? NULL : l->subject_markers);
}

/* Does the object of a verb of comparison follow e (前年度を4.2ポイント上回った:
 * a word of base_object, then a verb of base_verbs within a few
 * characters)? */
static int object_of_comparison(const struct lang *l, const char *doc, size_t n, size_t e)
{
	size_t k = lang_prefix(l, l->base_object, doc + e, n - e);

	return k && word_ahead(l, doc, n, e + k, 36, l->base_verbs, NULL) != 0;
}

/* Where the figure after a base starts: past spaces and a word of
 * each_words (より、それぞれ4時間: respectively). */
static size_t past_each(const struct lang *l, const char *doc, size_t n, size_t q)
{
	q = skip_space(doc, n, q);
	return skip_space(doc, n, q + lang_prefix(l, l->each_words, doc + q, n - q));
}

/* Does a figure start at q (a prefix of the table may stand before it)
 * with a word of change_after a few bytes after its digits (約3割上がった)? */
static int change_follows(const struct lang *l, const char *doc, size_t n, size_t q)
{
	size_t r, dl, e;

	q = past_each(l, doc, n, q);
	for (r = q; r < n && r < q + 10 && numeral_digit(doc + r, doc + n, &dl) < 0; r += dl)
		utf8_decode(doc + r, doc + n, &dl);
	if (r >= n || numeral_digit(doc + r, doc + n, &dl) < 0 ||
	    (r > q && !lang_qualifier(l, l->prefixes, doc + q, r - q)))
		return 0;
	while (r < n && numeral_digit(doc + r, doc + n, &dl) >= 0)
		r += dl;
	for (e = r; e < n && e <= r + 12; e += dl) {
		size_t k;

		if (lang_prefix(l, l->change_after, doc + e, n - e))
			return 1;
		/* 約300万人、率にして2.4%減った: the change said again as a rate */
		if ((k = lang_prefix(l, l->restatements, doc + e, n - e)) > 0)
			return change_follows(l, doc, n, e + k);
		utf8_decode(doc + e, doc + n, &dl);
	}
	return 0;
}

/* Is the date or period word [s, e) the base of a comparison (较去年同期,
 * 昨年比, "from a year earlier"), the time a figure is compared with rather
 * than the time it is of? */

/* Does a figure follow the word of base_before_figure at q, a prefix of
 * the table at most between (1998年度より2割近く, 現在より約8000万円: a
 * comparison; 4月1日より導入: since)? */
static int figure_after_base(const struct lang *l, const char *doc, size_t n, size_t q)
{
	size_t len = lang_prefix(l, l->base_before_figure, doc + q, n - q), dl, r;

	if (!len)
		return 0;
	q = past_each(l, doc, n, q + len);
	for (r = q; r < n && r < q + 10; r += dl)
		if (numeral_digit(doc + r, doc + n, &dl) >= 0)
			return r == q || lang_qualifier(l, l->prefixes, doc + q, r - q) != NULL;
		else
			utf8_decode(doc + r, doc + n, &dl);
	return 0;
}

/* Is there a digit in the at most max bytes before p, in its clause? */
static int digit_back(const char *doc, size_t p, size_t max)
{
	size_t q;

	for (q = p; q > 0 && p - q < max && !strchr(",.;\n", doc[q - 1]); q--)
		if (isdigit((unsigned char)doc[q - 1]))
			return 1;
	return 0;
}

/* Is there a subject marker at t that ends a noun (売上は前年: not the
 * が of 上がり, which kana go on)? */
static int subject_marker_at(const struct lang *l, const char *doc, size_t n, size_t t)
{
	size_t len = lang_prefix(l, l->subject_markers, doc + t, n - t), cl;

	return len && !(t + len < n && is_hiragana(utf8_decode(doc + t + len, doc + n, &cl)));
}

/* The $312 million Powerball jackpot from the May 28 drawing: a from
 * between two nouns, a word and no figure before the first, and no word of
 * change (up from, rose from), names a source, no base; b ends the word
 * before base word w, e the date. */
static int source_from(const struct lang *l, const char *doc, size_t n, size_t b, const char *w,
		       size_t e)
{
	size_t a, k;

	if (!lang_prefix(l, l->change_origins, w, strlen(w)) || !islower((unsigned char)doc[b - 1]))
		return 0;
	for (a = b; a > 0 && isalpha((unsigned char)doc[a - 1]); a--)
		;
	if (lang_word(l, l->change_from, doc + a, b - a) >= 0 ||
	    lang_word(l, l->change_adverbs, doc + a, b - a) >= 0)
		return 0;
	for (k = a; k > 0 && doc[k - 1] == ' '; k--)
		;
	if (k > 0 && k < a && isalpha((unsigned char)doc[k - 1]))	/* a word before the noun */
		while (k > 0 && isalpha((unsigned char)doc[k - 1]))
			k--;
	else if (k > 0 && doc[k - 1] != '\n')
		return 0;	/* (rose to $5 million from the May 28 level: a figure's) */
	for (; k > 0 && doc[k - 1] == ' '; k--)
		;
	if (k > 0 && (isdigit((unsigned char)doc[k - 1]) || doc[k - 1] == '%'))
		return 0;
	k = skip_space(doc, n, e);
	return k > e && k < n && islower((unsigned char)doc[k]) &&
	       !lang_prefix(l, l->range_joiners, doc + k, n - k);
}

static int comparison_base(const struct lang *l, const char *doc, size_t n, size_t s, size_t e)
{
	const char *const *w;
	size_t p = s, q = e, len, hl;

	while (p > 0 && doc[p - 1] == ' ')
		p--;
	for (w = l->base_before; w && *w; w++) {
		size_t b;	/* where the word before it ends */

		len = strlen(*w);
		if (!lang_word_ends(l, *w, doc, p))	/* (no index for each tail of the list) */
			continue;
		if (!l->spaced || lang_prefix(l, l->base_before_of, *w, len))
			return 1;	/* (…, double the 2015 level: a multiple's base wherever it stands) */
		/* a word that opens its clause is no comparison: From 2024,
		 * the company hired; in 2024, over 2024 */
		for (b = p - len; b > 0 && doc[b - 1] == ' '; b--)
			;
		if (strchr(*w, ' ') && doc[p - len] >= 'A' && doc[p - len] <= 'Z' &&
		    !lang_prefix(l, l->change_origins, *w, len))
			return 1;	/* Compared with February 2024, sales were up 3.1% (not From the 2023 season,) */
		if (b < p - len && b > 0 && doc[b - 1] != ',' && doc[b - 1] != '\n' &&
		    !(doc[p - len] >= 'A' && doc[p - len] <= 'Z') &&
		    !source_from(l, doc, n, b, *w, e) &&
		    /* damage from last month's storm: of a noun, unless a
		     * figure is compared (up 5% from last year's level) */
		    !(lang_prefix(l, l->year_of, doc + e, n - e) && !digit_back(doc, p - len, 48)))
			return 1;
	}
	/* up 21% on 2023, on the previous year (but rose 4% on March 3: that day) */
	for (w = l->base_before_year; w && *w; w++)
		if (lang_word_ends(l, *w, doc, p) &&
		    (islower((unsigned char)doc[s]) || (e - s == 4 && isdigit((unsigned char)doc[s]))))
			return 1;
	/* the base of a multiple a few words before: more than three times last
	 * year's harvest, double the turnout of 2022, more than double the price
	 * a year earlier (but raised prices twice this year: when) */
	if (l->base_before_of) {
		size_t b = p - (p > 0 && doc[p - 1] == '-');	/* (the level of early 2024, of mid-2022) */

		if ((len = word_right_before(l, l->hyphen_words, doc, b)) > 0)
			for (b -= len; b > 0 && doc[b - 1] == ' '; b--)
				;
		else
			b = p;
		if (((len = word_right_before(l, l->noun_of, doc, b)) ||
		     lang_prefix(l, l->year_of, doc + e, n - e) ||
		     lang_word(l, l->context_years, doc + s, e - s) >= 0) &&
		    word_back(l, doc, skip_back(doc, b - len), 4, l->base_before_of, NULL, NULL))
			return 1;
	}
	if (l->level_nouns && word_right_before(l, l->noun_of, doc, p) && (q = skip_space(doc, n, e)) > e &&
	    (len = lang_prefix(l, l->level_nouns, doc + q, n - q)) > 0 && (q + len == n || !isalpha((unsigned char)doc[q + len])))
		return 1;	/* 88% of its 2019 level: that level is the base */
	q = e;
	while (q < n && doc[q] == ' ')
		q++;
	q += lang_prefix(l, l->date_tails, doc + q, n - q);	/* 前年度当初より, 昨年同期より */
	if (!l->spaced)
		q = past_brackets(doc, n, q);	/* 2019年（4120億円）を約18%上回った: the date's own figure between */
	len = l->spaced ? 0 : lang_prefix(l, l->subject_joiners, doc + q, n - q);
	if (!l->spaced && (len > 0 || (q < n && is_han(utf8_decode(doc + q, doc + n, &hl))))) {	/* or 2020年調査から: a noun right on */
		size_t t = q + len, cl, i;	/* 2020年の調査より6ポイント: a noun between */

		/* (今月の売上は前年より: a subject marker ends the noun, the
		 * date is the subject's; but 上がり幅 goes on) */
		for (i = 0; i < 6 && t < n && !lang_prefix(l, l->base_before_figure, doc + t, n - t) &&
			    !lang_prefix(l, l->base_before_change, doc + t, n - t) &&
			    !lang_prefix(l, l->base_object, doc + t, n - t) &&
			    numeral_digit(doc + t, doc + n, &cl) < 0 && !clause_break_at(l, doc, n, 0, t) &&
			    !subject_marker_at(l, doc, n, t); i++) {
			utf8_decode(doc + t, doc + n, &cl);
			t += cl;
		}
		if (i > 0 && (lang_prefix(l, l->base_before_figure, doc + t, n - t) ||
			      /* 前回2016年度の調査から…20ポイント減った, 2019年9月の水準を約3%上回った */
			      ((len = lang_prefix(l, l->base_before_change, doc + t, n - t)) > 0 &&
			       change_follows(l, doc, n, t + len)) ||
			      object_of_comparison(l, doc, n, t)))
			q = t;
	}
	if (lang_prefix(l, l->base_before_figure, doc + q, n - q))
		return figure_after_base(l, doc, n, q);
	if ((len = lang_prefix(l, l->base_before_change, doc + q, n - q)) > 0 && change_follows(l, doc, n, q + len))
		return 1;
	/* 2019年を1割ほど上回った: the object of a verb of comparison */
	return lang_prefix(l, l->base_after, doc + q, n - q) > 0 || object_of_comparison(l, doc, n, q);
}

/* The dates and relative words (今年, 現在) that periods are taken from;
 * a date range after "from" (from 2020 to 2024) is no comparison base. */
/* Is there only a word of list between e and s (double the $640 million)? */
static int joined_by(const struct lang *l, const char *const *list, const char *doc, size_t n, size_t e, size_t s)
{
	size_t p = skip_space(doc, n, e), k = p < s ? lang_prefix(l, list, doc + p, s - p) : 0;

	return k && skip_space(doc, n, p + k) == s;
}

/* Is doc[from, to) nothing but spaces and at most one joiner (の, 的, of)? */
static int joined(const struct lang *l, const char *doc, size_t n, size_t from, size_t to)
{
	return skip_space(doc, n, from) == to || joined_by(l, l->subject_joiners, doc, n, from, to);
}

/* joined, or through a noun of one to six characters and a joiner:
 * 2022年度の当初見込みの12億円, 今年度当初予算の3億2000万円 (languages
 * not spaced) */
static int joined_by_noun(const struct lang *l, const char *doc, size_t n, size_t from, size_t to)
{
	size_t p = skip_space(doc, n, from), k, len;
	int chars = 0, kana = 0, hops = 0;

	if (joined(l, doc, n, from, to))
		return 1;
	if (l->spaced)
		return 0;
	k = lang_prefix(l, l->subject_joiners, doc + p, to - p);	/* (今年度当初予算の: none) */
	for (p += k; p < to && chars < 6; p += len, chars++) {
		uint32_t c = utf8_decode(doc + p, doc + to, &len);

		if (chars > 0 && joined(l, doc, n, p, to))
			return 1;
		if (chars > 0 && !hops && (k = lang_prefix(l, l->subject_joiners, doc + p, to - p)) > 0 &&
		    p + k < to) {	/* 昨年の初競りの最高値300万円: a second noun and joiner */
			hops = 1;
			chars = kana = 0;
			p += k;
			c = utf8_decode(doc + p, doc + to, &len);
		}
		if (!is_han(c) && !is_katakana(c) &&
		    !(is_hiragana(c) && lang_word(l, l->particles, doc + p, len) < 0))
			return 0;	/* (見込み, but no particle: 売上高が前年の) */
		kana |= is_hiragana(c);
	}
	if (p == to && chars > 0 && !kana && to < n && numeral_digit(doc + to, doc + n, &len) >= 0)
		return 1;	/* 昨年の最高値60万円: a noun right before the digits names them
				 * (but 今年度の捕獲上限を1000頭から: 上限を is a bound of the figure) */
	return chars == 6 && p < to && joined(l, doc, n, p, to);	/* (a noun of six: 補正後予算額の) */
}

/* Is d a year alone, or a fiscal year (2025年度: April 2025 to March 2026,
 * *fiscal its first month)? */
static int whole_year(const struct claim *d, int *fiscal)
{
	*fiscal = d->month && d->month == d->lang->fiscal_start && d->end_year == d->year + 1 &&
		  d->end_month == d->month - 1 && !d->day ? d->month : 0;
	return d->kind == K_DATE && d->year && ((!d->month && !d->end_year) || *fiscal);
}

/* The year of a date of a year alone written right before or after the
 * period word w (2025年上半年, 2024年の第3四半期, the first half of 2025),
 * or 0; v[ci] is the first claim that ends after w starts.  *fiscal is
 * the first month of a fiscal year written before w (2025年度上半期), else 0. */
static int year_beside(const char *doc, size_t n, const struct claim *v, size_t count, size_t ci,
		       const struct period_span *w, int *fiscal, int *after)
{
	const struct claim *d;

	*after = 0;
	if (ci > 0 && whole_year(d = &v[ci - 1], fiscal) &&
	    joined(d->lang, doc, n, d->end, w->start))
		return d->year;
	*fiscal = 0;
	*after = 1;
	if (ci < count && (d = &v[ci])->kind == K_DATE && d->year && !d->month && !d->end_year &&
	    d->start >= w->end && joined(d->lang, doc, n, w->end, d->start))
		return d->year;
	return 0;
}

static int to_come(const char *doc, size_t n, const struct claim *c);
static int said_before(const struct lang *l, const char *doc, size_t s, int tense);
static int record_since(const struct lang *l, const char *doc, const struct claim *d);

/* Does a year word ending at e say the year of the part of a year that
 * starts at s: nothing between but spaces and a word of the table's
 * year_of (今年第四季度, 今年の下半期, this year's fourth quarter)? */
static int year_word_gap(const struct lang *l, const char *doc, size_t n, size_t e, size_t s)
{
	size_t k = lang_prefix(l, l->year_of, doc + e, n - e);

	return s >= e && skip_space(doc, n, e + k) == s;
}

/* Is the period word w to come ("will open in the third quarter")? */
static int word_to_come(const char *doc, size_t n, const struct period_span *w)
{
	struct claim c;

	memset(&c, 0, sizeof c);
	c.start = w->start;
	c.end = w->end;
	c.lang = w->lang;
	return (to_come(doc, n, &c) & (COME_CLAUSE | COME_WORD)) != 0;
}

/* Does a verb of saying stand right before s, or before "by" and a
 * capitalised name or two ("said last month", "polled by Reuters last
 * month")?  Then the month word at s is the time of the saying (but
 * "said third-quarter revenue" names the figures' period).  With tense,
 * only a saying in the past: not after a word of past_suffix_after ("will
 * be released in August" is to come). */
static int said_before(const struct lang *l, const char *doc, size_t s, int tense)
{
	size_t p = s, w, names = 0;

	for (;;) {
		while (p > 0 && doc[p - 1] == ' ')
			p--;
		for (w = p; w > 0 && isalpha((unsigned char)doc[w - 1]); w--)
			;
		if (w == p)
			return 0;
		if (lang_word(l, l->said_words, doc + w, p - w) >= 0) {
			size_t q = w, b;

			if (!tense)
				return 1;
			while (q > 0 && doc[q - 1] == ' ')
				q--;
			for (b = q; b > 0 && isalpha((unsigned char)doc[b - 1]); b--)
				;	/* (but "will be released in August": to come) */
			return !(b < q && q < w && lang_word(l, l->past_suffix_after, doc + b, q - b) >= 0);
		}
		if (lang_word(l, l->said_by, doc + w, p - w) >= 0 && names > 0) {
			p = w;
			continue;
		}
		if (!isupper((unsigned char)doc[w]) || ++names > 2)
			return 0;
		p = w;
	}
}

/* Is date d the time of a saying: a verb of saying before it and a word of
 * the table's said_on between ("said on Nov. 3 that sales rose 5%": Nov. 3
 * dates the saying, not the 5%), or right before it with a word of
 * said_that or a comma or full stop after it ("said Nov. 3 that")?  But
 * "reported 2025 revenue" names the year of the revenue. */
static int said_on(const struct lang *l, const char *doc, size_t n, const struct claim *d)
{
	size_t p = d->start, w, q = skip_space(doc, n, d->end);
	int on = 0;

	if (!l->said_words)
		return 0;
	while (p > 0 && doc[p - 1] == ' ')
		p--;
	for (w = p; w > 0 && isalpha((unsigned char)doc[w - 1]); w--)
		;
	if (w < p && lang_word(l, l->said_on, doc + w, p - w) >= 0) {
		p = w;
		on = 1;
	}
	return p < d->start && said_before(l, doc, p, 0) &&
	       (on || q >= n || doc[q] == ',' || doc[q] == '.' || lang_prefix(l, l->said_that, doc + q, n - q));
}

/* Where a bracket that opens at e, of 48 bytes at most, closes: its
 * end (e itself if none opens there). */
static const char *const OPEN_BRACKETS[] = {"(", "（"}, *const CLOSE_BRACKETS[] = {")", "）"};

/* The length of an opening bracket at doc[p] (before n), or 0. */
static size_t open_bracket(const char *doc, size_t n, size_t p)
{
	size_t k;

	for (k = 0; k < 2; k++)
		if (p + strlen(OPEN_BRACKETS[k]) <= n && memcmp(doc + p, OPEN_BRACKETS[k], strlen(OPEN_BRACKETS[k])) == 0)
			return strlen(OPEN_BRACKETS[k]);
	return 0;
}

static size_t past_brackets(const char *doc, size_t n, size_t e)
{
	const char *const *open = OPEN_BRACKETS, *const *close = CLOSE_BRACKETS;
	size_t k, p;

	for (k = 0; k < 2; k++)
		if (e + strlen(open[k]) <= n && memcmp(doc + e, open[k], strlen(open[k])) == 0)
			for (p = e + strlen(open[k]); p < n && p < e + 48 && doc[p] != '\n'; p++)
				if (p + strlen(close[k]) <= n && memcmp(doc + p, close[k], strlen(close[k])) == 0)
					return p + strlen(close[k]);
	return e;
}

/* Past a word of the same period, a word of a part of it (初め, 下旬) and
 * a noun of the date of up to twelve ideographs or katakana after e, a
 * date's end (前年同期的, 2000年代初めの, 2019年冬ダイヤ) in a language
 * written without spaces. */
static size_t date_noun_end(const struct lang *l, const char *doc, size_t n, size_t e)
{
	size_t q, len;
	int i = 0;
	uint32_t c;

	e += lang_prefix(l, l->same_period, doc + e, n - e);
	if (l->spaced)
		return e;
	e += lang_prefix(l, l->date_tails, doc + e, n - e);	/* 2000年代初めの10倍近く */
	for (q = e; q < n && i < 12 && !lang_prefix(l, l->subject_joiners, doc + q, n - q); q += len, i++)
		if (c = utf8_decode(doc + q, doc + n, &len), !is_han(c) && !is_katakana(c))
			break;	/* (2020年的3倍: 的 is the word of "of") */
	return q;
}

/* Is m a multiple or fraction (or, with percent, a percentage) right
 * after e, perhaps a noun of the date, and a word of "of" (の, 的)? */
static int part_after(const struct lang *l, const char *doc, size_t n, size_t e,
		      const struct claim *m, int percent)
{
	size_t k, len;
	int i;

	if (!(m->kind == K_RATIO && (strcmp(m->unit, "times") == 0 || strcmp(m->unit, "fraction") == 0)) &&
	    !(percent && m->kind == K_PERCENT && strcmp(m->unit, "percent") == 0))
		return 0;	/* 5年前の約2倍, 30年前の半分以下; 3.2キロの6割程度 */
	e = past_brackets(doc, n, date_noun_end(l, doc, n, e));	/* 2019年（42万1000人）の約91％ */
	k = lang_prefix(l, l->subject_joiners, doc + e, n - e);
	if (!k)
		return 0;
	if (skip_space(doc, n, e + k) == m->start)
		return 1;
	if (l->spaced)
		return 0;
	/* 8月の平年値の2倍以上, 1990年代のピーク時の3分の1: a noun of the date
	 * and a word of "of" between */
	for (e += k, i = 0; e < m->start && i < 10; e += len, i++) {	/* (国鉄分割民営化時: up to ten) */
		uint32_t c = utf8_decode(doc + e, doc + m->start, &len);

		if (!is_han(c) && !is_katakana(c))
			break;
	}
	k = i ? lang_prefix(l, l->subject_joiners, doc + e, m->start - e) : 0;
	return k && skip_space(doc, n, e + k) == m->start;
}

/* Is doc[s, e) a word of subject_joiners and a noun of one to eight
 * ideographs (2025年度の施設修繕予算4億5000万円: the budget of the year),
 * or a noun of one to eight ideographs or katakana and then the joiner
 * (2022年シーズンの約1771万羽)? */
static int of_noun(const struct lang *l, const char *doc, size_t s, size_t e)
{
	size_t k = lang_prefix(l, l->subject_joiners, doc + s, e - s), len;
	int i = 0, noun_first = 0;

	if (l->spaced)
		return 0;
	if (!k) {
		k = lang_suffix_len(l, l->subject_joiners, doc + s, e - s);
		e -= k;
		noun_first = 1;
	} else
		s += k;
	for (; k && s < e && i <= 8; s += len, i++) {
		uint32_t c = utf8_decode(doc + s, doc + e, &len);

		if (!is_han(c) && !(noun_first && is_katakana(c)))
			return 0;
	}
	return k && s == e && i >= 1 && i <= 8;
}

static int multiple_after(const struct lang *l, const char *doc, size_t n, size_t e,
			  const struct claim *m)
{
	return part_after(l, doc, n, e, m, 0);
}


/* Is the date or period word at doc[s, e) the base of the multiple or
 * fraction m that follows it with a word of "of" between (5年前の約2倍,
 * 10年前的1.5倍, 30年前の半分以下)? */
static int base_of_part(const struct lang *l, const char *doc, size_t n, size_t s, size_t e,
			const struct claim *m)
{
	size_t q = skip_space(doc, n, m->end);

	while (s > 0 && doc[s - 1] == ' ')
		s--;
	/* and a percentage where a word says it is of the date: 约为2019年的
	 * 八成, 2019年度の9割程度まで回復, 前年同期の4割程度にとどまる (2024年の3割
	 * alone is 2024's) */
	return multiple_after(l, doc, n, e, m) ||
	       (part_after(l, doc, n, e, m, 1) &&
		(lang_suffix(l, l->base_lead, doc, s) || lang_prefix(l, l->base_tail, doc + q, n - q)));
}

static int base_of_multiple(const char *doc, size_t n, const struct claim *d, const struct claim *m)
{
	return base_of_part(d->lang, doc, n, d->start, d->end, m);
}

/* Does period iso begin after the publication date pub?  Then it is no
 * base of a comparison, which is past ("from September 2027"). */
static int to_come_iso(const struct date *pub, const char *iso)
{
	char p[16];

	if (!pub->year || !iso[0])
		return 0;
	iso_date(p, sizeof p, pub->year, pub->month, pub->day);
	return strncmp(iso, p, strlen(p) < strcspn(iso, "/") ? strlen(p) : strcspn(iso, "/")) > 0;
}

/* The last marker of a date that ends at or before p, or NULL. */
static const struct marker *marker_before(const struct markers *out, size_t p)
{
	const struct marker *last = NULL;
	size_t k;

	for (k = 0; k < out->n; k++)
		if (out->v[k].end <= p && isdigit((unsigned char)out->v[k].iso[0]) &&
		    (!last || out->v[k].start > last->start))
			last = &out->v[k];
	return last;
}

/* The last date or period word with a date, of the markers so far,
 * written before w in its sentence; else NULL. */
static const struct marker *dated_before(const char *doc, const struct period_span *w,
					 const struct markers *out)
{
	const struct marker *last = marker_before(out, w->start);

	return last && one_sentence(w->lang, doc, last->end, w->start) ? last : NULL;
}

/* Does iso (2025-01, 2024-12-01/2025-01-12) span less than a year? */
static int within_a_year(const char *iso)
{
	const char *to = strchr(iso, '/');

	if (!to)
		return 1;
	to++;
	return iso[4] == '-' && strlen(to) >= 7 && to[4] == '-' &&
	       (atoi(to) * 12 + atoi(to + 5)) - (atoi(iso) * 12 + atoi(iso + 5)) < 12;
}

/* For a word of context_years (a year earlier) right after a base
 * figure, the period of the figure it is compared with: of the last date
 * or period word written before it in its sentence, where a figure ends
 * right before that (£412 million in 2025, $4.12 a gallon in the first
 * quarter; not "founded in 1998"), from the markers so far; else NULL. */
static int same_clause(const struct lang *l, const char *doc, size_t from, size_t to);

static int from_before(const struct lang *l, const char *doc, const struct claim *a);

/* Is doc[e, s) one lower-case word between spaces, where words are spaced
 * (a $12 million profit a year earlier: the figure's noun)? */
static int one_noun_between(const struct lang *l, const char *doc, size_t e, size_t s)
{
	size_t p = e;

	if (!l->spaced || p >= s || doc[p] != ' ')
		return 0;
	while (p < s && doc[p] == ' ')
		p++;
	if (p >= s || !islower((unsigned char)doc[p]))
		return 0;
	while (p < s && islower((unsigned char)doc[p]))
		p++;
	while (p < s && doc[p] == ' ')
		p++;
	return p == s;
}

static const char *compared_period(const char *doc, const struct claim *v, size_t ci,
				   const struct period_span *w, const struct markers *out)
{
	const struct marker *last;
	size_t j, k, next;	/* v[next]: the first figure after the date */

	if (lang_word(w->lang, w->lang->context_years, doc + w->start, w->end - w->start) < 0 ||
	    ci == 0 || v[ci - 1].kind == K_DATE || (skip_space(doc, w->start, v[ci - 1].end) != w->start &&
						    !one_noun_between(w->lang, doc, v[ci - 1].end, w->start) &&
						    /* $1.64 billion, or $2.69 per share, a year earlier */
						    !(ci > 1 && doc[v[ci - 1].end] == ',' &&
						      skip_space(doc, w->start, v[ci - 1].end + 1) == w->start &&
						      in_apposition(w->lang, doc, w->start, &v[ci - 2], &v[ci - 1]))))
		return NULL;	/* the base figure right before it: from £29.4m a year earlier
				 * (but up 2.1% on a year earlier is a change, of now) */
	if (!(last = dated_before(doc, w, out)))
		return NULL;
	for (j = ci; j-- > 0 && v[j].end > last->start;)
		;
	/* up from $4.15 in December and double the $2.52 a year earlier:
	 * another base's date; the one before it, of the figure compared */
	while (j < ci && v[j].kind != K_DATE && v[j].kind != K_TIME && from_before(v[j].lang, doc, &v[j])) {
		const struct marker *prev = marker_before(out, v[j].start);

		if (!prev || !one_sentence(w->lang, doc, prev->end, w->start))
			return NULL;
		last = prev;
		for (j = ci; j-- > 0 && v[j].end > last->start;)
			;
	}
	if (j < ci && v[j].kind != K_DATE && v[j].kind != K_TIME &&
	    (last->start - v[j].end <= 48 ||	/* (spent $1.2 million on e-books and audiobooks in the year that ended June 30) */
	     (last->start - v[j].end <= 80 && same_clause(w->lang, doc, v[j].end, last->start))))
		return last->iso;
	/* or the figure a few words after it: "the quarter ended Nov. 30 was
	 * $219.1 million, up from $28.9 million a year earlier", "third-quarter
	 * net income of $1.4 billion, or $2.17 per share, compared with …" */
	for (next = 0; next < ci && v[next].start < last->end; next++)
		;
	if (next + 1 < ci && (v[next].kind == K_DATE || v[next].kind == K_TIME))
		return NULL;
	if (next + 1 < ci && v[next].start - last->end <= 24 && same_clause(w->lang, doc, last->end, v[next].start))
		return last->iso;
	/* or, where it opens the sentence ("In January,"; not "founded in
	 * 1998,"), the first figure after it, a few words on: "In January,
	 * the count found 1,842 people, up from 1,616 a year earlier" */
	for (k = last->start; k > 0 && doc[k - 1] == ' '; k--)
		;
	for (j = k; k > 0 && j - k < 3 && isalpha((unsigned char)doc[k - 1]); k--)
		;	/* In, By */
	while (k > 0 && doc[k - 1] == ' ')
		k--;
	if (k > 0 && doc[k - 1] != '\n' && !lang_suffix(w->lang, w->lang->sentence_ends, doc, k + 1))
		return NULL;
	return next + 1 < ci && v[next].start - last->end <= 64 ? last->iso : NULL;
}

/* iso with each year in it moved by k (2025-03 by -1: 2024-03). */
static void shift_years(char *out, size_t size, const char *iso, int k)
{
	size_t i = 0, o = 0;

	while (iso[i] && o + 1 < size) {
		if ((i == 0 || iso[i - 1] == '/') && isdigit((unsigned char)iso[i]) && strlen(iso + i) >= 4 &&
		    o + 5 < size) {
			o += (size_t)snprintf(out + o, size - o, "%04d", atoi(iso + i) + k);
			i += 4;
		} else
			out[o++] = iso[i++];
	}
	out[o < size ? o : size - 1] = 0;
}

/* For a word of sentence_years (前年), the marker it counts from: of the
 * last date or period word written before it in its sentence
 * (2025年の取得率は72.4%で、前年の65.1%から: 2024; 市は3月15日、前年の…:
 * the year of it), from the markers so far; else NULL. */
static const struct marker *sentence_period(const char *doc, const struct period_span *w,
					    const struct markers *out)
{
	const struct marker *last = dated_before(doc, w, out);

	return last && within_a_year(last->iso) ? last : NULL;	/* (not 2008年以降: a span of years) */
}

/* Past a joiner and a noun of one to four characters right after e (前年の
 * 実績を上回った), in languages not spaced; else e. */
static size_t past_noun_of(const struct lang *l, const char *doc, size_t n, size_t e)
{
	size_t k = l->spaced ? 0 : lang_prefix(l, l->subject_joiners, doc + e, n - e), p = e + k, cl;
	int i;

	for (i = 0; k && i < 4 && p < n; i++, p += cl) {
		uint32_t c = utf8_decode(doc + p, doc + n, &cl);

		if (!is_han(c) && !is_katakana(c))	/* (データ: ー too) */
			break;
	}
	return i ? p : e;
}

/* Does a word of relative_base_after (から, より, の同じ時期より) start at p
 * (right after a date, 1年前より, or past its noun, 5年前の前回調査から)? */
static int relative_base_at(const struct lang *l, const char *doc, size_t n, size_t p)
{
	return lang_prefix(l, l->relative_base_after, doc + p, n - p) > 0;
}

/* Is f, right after e and a joiner, a change (前年の2割高, 前年の3割ほど
 * 上がった), in languages not spaced? */
static int changed_after(const struct lang *l, const char *doc, size_t n, size_t e, const struct claim *f)
{
	size_t p = e + (l->spaced ? 0 : lang_prefix(l, l->subject_joiners, doc + e, n - e));

	if (l->spaced || (f && lang_prefix(l, l->relative_base_after, doc + f->end, n - f->end)))
		return 0;	/* 前年の65.1%から上昇した: the base of the change */
	return change_follows(l, doc, n, p) ||
	       (f && f->start == p && lang_prefix(l, l->change_marks, doc + f->end, n - f->end));
}

/* Is w a year and no more (今年, last year: no part, month or date)? */
static int plain_year_word(const struct period_word *w)
{
	return !w->from_month && !w->month_rel && !w->whole_date;
}

/* Is the word after e one of list ("now expects": the time of a forecast)? */
static int word_after_in(const struct lang *l, const char *doc, size_t n, size_t e,
			 const char *const *list)
{
	size_t w = skip_space(doc, n, e), q = w;

	while (q < n && isalpha((unsigned char)doc[q]))
		q++;
	return q > w && lang_word(l, list, doc + w, q - w) >= 0;
}

/* Is doc[p, s) a joiner and a word of base_levels, the base's figure at s
 * (较2024年的高点16.9元)? */
static int base_level(const struct lang *l, const char *doc, size_t n, size_t p, size_t s)
{
	size_t j = p < s ? lang_prefix(l, l->subject_joiners, doc + p, s - p) : 0, k;

	if (!j || !l->base_levels)
		return 0;
	p = skip_space(doc, n, p + j);
	k = p < s ? lang_prefix(l, l->base_levels, doc + p, s - p) : 0;
	return k && skip_space(doc, n, p + k) == s;
}

/* Does a joiner (的), and perhaps a word of base_levels after it (的高点),
 * end at s? */
static int of_level_before(const struct lang *l, const char *doc, size_t s)
{
	size_t k = lang_suffix_len(l, l->base_levels, doc, s);

	return lang_suffix(l, l->subject_joiners, doc, s) || (k && lang_suffix(l, l->subject_joiners, doc, s - k));
}

/* Is f the figure of a comparison's base that ends at e, joined to it by
 * a word of "of" (比2024年的11.2%, 较去年的271元, the 2025 total of 151,000
 * acres, than last year's $15.75: of that date; but not
 * 比2020年翻了一番, nor a multiple, 2020年的2倍, whose base it is)? */
static int base_figure(const struct lang *l, const char *doc, size_t n, size_t e,
		       const struct claim *f)
{
	size_t p = skip_space(doc, n, e);

	if (f->kind == K_DATE || f->kind == K_TIME)
		return 0;
	if (l->spaced) {	/* double the 2025 total of 151,000 acres: a noun, then "of" */
		size_t k = lang_prefix(l, l->year_of, doc + e, n - e), q;

		if (k) {	/* higher than last year's $15.75, and with a word
				 * (and of) between: last year's record 2.3 million
				 * gallons, last year's total of 151,000 */
			for (q = skip_space(doc, n, e + k);
			     q < n && (islower((unsigned char)doc[q]) || doc[q] == '-'); q++)
				;
			if (joined(l, doc, n, q, f->start))
				return 1;
		}
		while (p < n && islower((unsigned char)doc[p]))
			p++;
		return p > skip_space(doc, n, e) && p < f->start && doc[p] == ' ' &&
		       joined(l, doc, n, p, f->start) && skip_space(doc, n, p) < f->start;
	}
	e += lang_prefix(l, l->same_period, doc + e, n - e);	/* 昨年同期の287件 */
	p = skip_space(doc, n, e);
	/* 较2022年11月近60万元的高点: right after the date, a figure of a noun
	 * (not 比2020年翻一番: the multiple); 比2021年高点的7200元: a noun and
	 * 的 between (not 比2020年增长30%: the change) */
	return ((p == f->start && lang_prefix(l, l->subject_joiners, doc + f->end, n - f->end)) ||
		(p < f->start && joined(l, doc, n, e, f->start)) ||
		(p < f->start && lang_suffix(l, l->subject_joiners, doc, skip_back(doc, f->start)) &&
		 !lang_prefix(l, l->base_after, doc + p, n - p) &&	/* (前年比の-5%: the change) */
		 joined_by_noun(l, doc, n, e, f->start)) ||
		base_level(l, doc, n, p, f->start)) &&
	       !multiple_after(l, doc, n, e, f);
}

/* A year of the same period as the part of a year before it in its
 * sentence ("$5 million in the first half of 2025, compared with $4 million
 * in the same period of 2024", 今年上半期…、前年同期は) has that part's
 * months. */
static void same_period(const char *doc, size_t n, struct markers *out, size_t i)
{
	struct marker *m = &out->v[i];
	const struct lang *l = m->lang;
	size_t p, j;

	if (strlen(m->iso) != 4 || !isdigit((unsigned char)m->iso[0]))
		return;
	for (p = m->start; p > 0 && doc[p - 1] == ' '; p--)
		;
	if (!word_right_before(l, l->same_period_before, doc, p) && !lang_suffix(l, l->same_period, doc, m->end) &&
	    !lang_prefix(l, l->same_period, doc + m->end, n - m->end))
		return;
	for (j = i; j-- > 0 && out->v[j].lang == l && one_sentence(l, doc, out->v[j].end, m->start);)
		if (strlen(out->v[j].iso) > 4 && isdigit((unsigned char)out->v[j].iso[0]) &&
		    within_a_year(out->v[j].iso)) {	/* (since January; not 2008年以降) */
			char iso[sizeof m->iso];

			shift_years(iso, sizeof iso, out->v[j].iso,	/* a year earlier: from that date */
				    m->context_years ? m->context_years : atoi(m->iso) - atoi(out->v[j].iso));
			memcpy(m->iso, iso, sizeof iso);
			return;
		}
}

/* 2019年（42万1000人）の約91％, 2019年冬ダイヤ（週約95便）の1.3倍: is date
 * v[i] the base of the multiple v[i + 2], with its own figure v[i + 1] in
 * brackets between (a noun of the date before them or none)? */
static int bracket_base(const char *doc, size_t n, const struct claim *v, size_t i, size_t count)
{
	return i + 2 < count && v[i + 1].start >= v[i].end &&
	       v[i + 1].end <= past_brackets(doc, n, date_noun_end(v[i].lang, doc, n, v[i].end)) &&
	       base_of_multiple(doc, n, &v[i], &v[i + 2]);
}

/* Does a clause of then_clauses (", when") start right at e? */
static int then_follows(const struct lang *l, const char *doc, size_t n, size_t e)
{
	return l->then_clauses && lang_prefix(l, l->then_clauses, doc + e, n - e) > 0;
}

/* 每户补贴由去年的1200元: is [s, e), a date or period word, between a
 * rate's base and its figure? */
static int inside_base(const struct claim *c, size_t s, size_t e)
{
	return c->kind == K_RATE && s >= c->start && e <= c->num_start;
}

static int find_markers(const char *doc, size_t n,
			const struct date *pub, const struct claim *v, size_t count,
			const struct period_span *w, size_t nw, struct markers *out)
{
	size_t i, j, ci = 0, part_of = (size_t)-1;	/* the year word of a part before it */
	char part_iso[48] = "";

	for (i = 0; i < count; i++) {
		size_t had = out->n;

		if (v[i].kind == K_DATE && !(i + 1 < count && base_of_multiple(doc, n, &v[i], &v[i + 1])) &&
		    /* 2019年（42万1000人）の約91％: the date's own figure in brackets between */
		    !bracket_base(doc, n, v, i, count) &&
		    !said_on(v[i].lang, doc, n, &v[i]) &&
		    !(v[i].rel && v[i].rel_years < 0 && !v[i].month &&	/* 1年前より45円: a base (and 5年前の前回調査から) */
		      (relative_base_at(v[i].lang, doc, n, v[i].end) ||	/* (1年前の同じ時期より) */
		       relative_base_at(v[i].lang, doc, n, past_noun_of(v[i].lang, doc, n, v[i].end)))) &&
		    ((v[i].qual == Q_RANGE && after_word(v[i].lang, v[i].lang->change_from, doc, &v[i])) ||
		     !comparison_base(v[i].lang, doc, n, v[i].start, v[i].end) ||
		     /* (3月より154円安く: a base even to come) */
		     (to_come_iso(pub, v[i].period) &&
		      !figure_after_base(v[i].lang, doc, n, skip_space(doc, n, v[i].end)))) &&
		    add_marker(out, v[i].start, v[i].end, v[i].lang, v[i].period) < 0)
			return -1;
		if (out->n > had) {
			out->v[had].until = base_phrase(v[i].lang, doc, n, v[i].start, v[i].end);
			out->v[had].silent = record_since(v[i].lang, doc, &v[i]) ||
				/* 每年6月: every June, no period of the figures */
				word_right_before(v[i].lang, v[i].lang->habitual, doc, v[i].start) ||
				/* 新华社北京3月5日电: the dateline's day */
				lang_prefix(v[i].lang, v[i].lang->datelines, doc + v[i].end, n - v[i].end) > 0 ||
				/* 2000年生まれの25歳: a birth's year */
				lang_prefix(v[i].lang, v[i].lang->birth_tails, doc + v[i].end, n - v[i].end) > 0 ||
				/* above the record set in 2008: the base record's */
				(word_right_before(v[i].lang, v[i].lang->record_set, doc, skip_back(doc, v[i].start)) > 0 &&
				 word_back(v[i].lang, doc, v[i].start, 6, v[i].lang->base_before, v[i].lang->record_gaps,
					   v[i].lang->during_breaks));
			/* 每单派费从2020年的1.5元降至1.1元: a year between a rate's base
			 * and its figure, after the start of a change, dates that rate alone */
			if (i > 0 && inside_base(&v[i - 1], v[i].start, v[i].end) &&
			    word_right_before(v[i].lang, v[i].lang->change_from, doc, v[i].start))
				out->v[had].base_end = v[i - 1].end;
			if (i + 2 < count && v[i + 1].kind != K_DATE && v[i + 1].kind != K_TIME &&
			    v[i + 1].start >= v[i].end && v[i + 1].start - v[i].end <= 27 &&	/* the date's own figure */
			    ((v[i + 1].start - v[i].end <= 9 &&
			      lang_suffix(v[i].lang, v[i].lang->subject_joiners, doc, v[i + 1].start)) ||
			     of_noun(v[i].lang, doc, v[i].end, v[i + 1].start) ||
			     /* 2016年に示した2兆1000億円の約1.9倍: a verb in the past
			      * that makes the date the figure's */
			     (!v[i].lang->spaced && v[i + 1].start - v[i].end <= 21 &&
			      lang_suffix(v[i].lang, v[i].lang->past_forms, doc, v[i + 1].start) &&
			      same_clause(v[i].lang, doc, v[i].end, v[i + 1].start))) &&
			    part_after(v[i].lang, doc, n, v[i + 1].end, &v[i + 2], 1))
				/* 1975年産の366万5000トンの5分の1以下: the date of the
				 * base figure, not of the fraction */
				out->v[had].base_end = v[i + 1].end;
		} else if (v[i].kind == K_DATE && v[i].period[0] && i + 1 < count &&
			   ((base_figure(v[i].lang, doc, n, v[i].end, &v[i + 1]) &&
			     comparison_base(v[i].lang, doc, n, v[i].start, v[i].end)) ||
			    /* 2019年冬ダイヤ（週約95便）の1.3倍: of the figure in brackets */
			    bracket_base(doc, n, v, i, count))) {
			if (add_marker(out, v[i].start, v[i].end, v[i].lang, v[i].period) < 0)
				return -1;
			out->v[had].base_end = v[i + 1].end;	/* the date of that figure alone */
		} else if (v[i].kind == K_DATE && v[i].period[0] && then_follows(v[i].lang, doc, n, v[i].end) &&
			   comparison_base(v[i].lang, doc, n, v[i].start, v[i].end)) {
			if (add_marker(out, v[i].start, v[i].end, v[i].lang, v[i].period) < 0)
				return -1;
			out->v[had].then_only = 1;	/* from 2024, when the team drew 383,900 */
		}
	}
	if (pub->year) {
		for (i = 0; i < nw; i++) {
			char iso[48];
			const char *compared;
			int wy, wfy, waft, base_fig, then_only;

			while (ci < count && v[ci].end <= w[i].start)
				ci++;
			/* from the first quarter of 2027: a part of a year to come is
			 * when something starts, no base */
			wy = w[i].word->from_month && !w[i].word->years ?
			     year_beside(doc, n, v, count, ci, &w[i], &wfy, &waft) : 0;
			base_fig = ci < count && base_figure(w[i].lang, doc, n, w[i].end, &v[ci]);
			then_only = then_follows(w[i].lang, doc, n, w[i].end) &&
				    comparison_base(w[i].lang, doc, n, w[i].start, w[i].end);
			if (!then_only && ((ci < count && v[ci].start < w[i].end && !inside_base(&v[ci], w[i].start, w[i].end)) ||
			    (ci < count && base_of_part(w[i].lang, doc, n, w[i].start, w[i].end, &v[ci])) ||	/* 現在の1.5倍 */
			    (comparison_base(w[i].lang, doc, n, w[i].start, w[i].end) && !base_fig &&
			     !(wy && (wy > pub->year || (wy == pub->year && w[i].word->from_month > pub->month)))) ||
			    (w[i].word->years < 0 &&
			     (lang_prefix(w[i].lang, w[i].lang->relative_base_after, doc + w[i].end, n - w[i].end) ||
			      object_of_comparison(w[i].lang, doc, n, w[i].end) ||
			      /* 前年の実績を8%上回った, 前年の2割高: a noun of the year, or a change of a figure */
			      object_of_comparison(w[i].lang, doc, n, past_noun_of(w[i].lang, doc, n, w[i].end)) ||
			      changed_after(w[i].lang, doc, n, w[i].end, ci < count ? &v[ci] : NULL))) ||
			    (w[i].word->month_rel && w[i].lang->said_words && said_before(w[i].lang, doc, w[i].start, 0)) ||
			    (w[i].lang->ahead_not && word_after_in(w[i].lang, doc, n, w[i].end, w[i].lang->ahead_not) &&
			     lang_word(w[i].lang, w[i].lang->ahead_words, doc + w[i].start, w[i].end - w[i].start) >= 0)))
				continue;
			if (w[i].word->whole_date && ci > 0 &&
			    (v[ci - 1].kind == K_DATE || v[ci - 1].kind == K_TIME) &&
			    /* but "11 years ago now employs 24": now dates what follows */
			    lang_word(w[i].lang, w[i].lang->ahead_words, doc + w[i].start, w[i].end - w[i].start) < 0 &&
			    skip_space(doc, n, v[ci - 1].end +
				       lang_prefix(w[i].lang, w[i].lang->date_tails, doc + v[ci - 1].end,
						   n - v[ci - 1].end)) == w[i].start)
				continue;	/* 10月1日現在, 17日午後3時現在, 2月末現在: as of then, not of publication */
			if (w[i].word->month_rel == 2) {	/* 下季度, next quarter: its three months */
				int y, m, y2, m2, first = (pub->month - 1) / 3 * 3 + 1;

				if (!pub->month)
					continue;
				months_from(pub, first - pub->month + 3 * w[i].word->months, &y, &m);
				months_from(pub, first - pub->month + 3 * w[i].word->months + 2, &y2, &m2);
				snprintf(iso, sizeof iso, "%04d-%02d/%04d-%02d", y, m, y2, m2);
			} else if (w[i].word->month_rel) {	/* 先月, last month */
				int y, m;

				if (!pub->month)
					continue;
				months_from(pub, w[i].word->months, &y, &m);
				iso_date(iso, sizeof iso, y, m, 0);
			} else if (w[i].word->whole_date)
				iso_date(iso, sizeof iso, pub->year, pub->month, pub->day);
			else if (w[i].word->from_month && w[i].word->from_month == w[i].word->to_month)
				/* 去年底: 2023-12 */
				snprintf(iso, sizeof iso, "%04d-%02d",
					 pub->year + w[i].word->years, w[i].word->from_month);
			else if (w[i].word->from_month) {	/* 上半年: 2024-01/2024-06; 来年度 */
				/* a part of this year that has not begun is last
				 * year's, as a month alone is ("fourth quarter" in
				 * March), unless its clause says it is to come
				 * ("expected in the fourth quarter"); a fiscal year (今年度) begun last year in
				 * January to March is last year's */
				const struct period_word *pw = w[i].word;
				int fiscal = pw->to_month < pw->from_month;
				int y = pub->year + pw->years -
					(fiscal ? pub->month < pw->from_month :
						  !pw->years && pw->from_month > pub->month &&
						  !word_to_come(doc, n, &w[i]));
				int fy = 0, after = 0, from = pw->from_month, to = pw->to_month;
				int written = pw->years ? 0 : year_beside(doc, n, v, count, ci, &w[i], &fy, &after);
				int year_first = 0;
				const struct marker *prior;

				if (!pw->years && !written && game_sentence(w[i].lang, doc, n, w[i].start, w[i].end))
					continue;	/* in the fourth quarter, the first half: a game's */

				if (!written && lang_word(w[i].lang, w[i].lang->sentence_years, doc + w[i].start,
							  w[i].end - w[i].start) >= 0 &&
				    (prior = sentence_period(doc, &w[i], out)) != NULL &&
				    strlen(prior->iso) >= 7 && atoi(prior->iso + 5) == from)
					/* 昨年度は82件で、前年度の64件: the year before that one */
					y = atoi(prior->iso) + pw->years;
				if (written)	/* 2025年上半年 */
					y = written;
				else if (i > 0 && year_word_gap(w[i - 1].lang, doc, n, w[i - 1].end, w[i].start) &&
					 plain_year_word(w[i - 1].word)) {
					y = pub->year + w[i - 1].word->years;	/* 今年第四季度, 去年下半年 */
					year_first = 1;
				} else if (i > 0 && year_word_gap(w[i - 1].lang, doc, n, w[i - 1].end, w[i].start) &&
					   w[i - 1].word->to_month < w[i - 1].word->from_month && !pw->years) {
					/* 今年度上半期, 昨年度の第2四半期: a part of a fiscal year */
					fy = w[i - 1].word->from_month;
					y = pub->year + w[i - 1].word->years - (pub->month < fy);
					year_first = 1;
				}
				else if (i + 1 < nw && plain_year_word(w[i + 1].word) &&
					 joined(w[i].lang, doc, n, w[i].end, w[i + 1].start)) {
					y = pub->year + w[i + 1].word->years;	/* the first half of last year */
					part_of = i + 1;
				}
				if (fy && to >= from && !(from == fy && to == fy + 5)) {
					/* 2025年度上半期, 2025年度の第2四半期: months
					 * of the fiscal year (but 上期 is one already) */
					from = (from + fy - 2) % 12 + 1;
					to = (to + fy - 2) % 12 + 1;
					y += from < fy;
				}
				snprintf(iso, sizeof iso, "%04d-%02d/%04d-%02d", y, from, y + (to < from), to);
				if (fiscal && pw == w[i].word && w[i].lang->year_ends &&
				    lang_prefix(w[i].lang, w[i].lang->year_ends, doc + w[i].end, n - w[i].end))
					/* 昨年度末: the last month of the fiscal year */
					snprintf(iso, sizeof iso, "%04d-%02d", y + (to < from), to);
				if (part_of == i + 1)
					snprintf(part_iso, sizeof part_iso, "%s", iso);
				if (written || year_first)
					/* the first half of 2025, 2025年第四季度, 今年上半期:
					 * the year means the part too (…で推移した今年上半期
					 * dates a figure before it) */
					for (j = 0; j < out->n; j++)
						if (out->v[j].start == (year_first ? w[i - 1].start :
									after ? v[ci].start : v[ci - 1].start))
							snprintf(out->v[j].iso, sizeof out->v[j].iso, "%s", iso);
			}
			else if (part_of == i)	/* this year of "the first half of this year" */
				snprintf(iso, sizeof iso, "%s", part_iso);
			else if ((compared = compared_period(doc, v, ci, &w[i], out)) != NULL)
				/* in 2025 from £29.4m a year earlier: 2024 */
				shift_years(iso, sizeof iso, compared, w[i].word->years);
			else if (lang_word(w[i].lang, w[i].lang->sentence_years, doc + w[i].start, w[i].end - w[i].start) >= 0) {
				const struct marker *from = sentence_period(doc, &w[i], out);

				if (!from)
					continue;	/* 前年は77万人だった: the year of another sentence */
				iso_date(iso, sizeof iso, atoi(from->iso) + w[i].word->years, 0, 0);
			} else
				iso_date(iso, sizeof iso, pub->year + w[i].word->years, 0, 0);
			if (add_marker(out, w[i].start, w[i].end, w[i].lang, iso) < 0)
				return -1;
			if (then_only)
				out->v[out->n - 1].then_only = 1;	/* from last year, when */
			else if (iso[0]) {
				out->v[out->n - 1].until = base_phrase(w[i].lang, doc, n, w[i].start, w[i].end);
				out->v[out->n - 1].ahead = lang_word(w[i].lang, w[i].lang->ahead_words, doc + w[i].start,
								     w[i].end - w[i].start) >= 0;
				if (lang_word(w[i].lang, w[i].lang->context_years, doc + w[i].start,
					      w[i].end - w[i].start) >= 0)
					out->v[out->n - 1].context_years = w[i].word->years;
				if ((base_fig && (comparison_base(w[i].lang, doc, n, w[i].start, w[i].end) ||
						  /* 昨年の2億700万円の約1.5倍: the base's date, not the multiple's */
						  (ci + 1 < count && part_after(w[i].lang, doc, n, v[ci].end, &v[ci + 1], 1)) ||
						  /* 前年の31人から17人増え、3年ぶりに: the base's alone */
						  lang_prefix(w[i].lang, w[i].lang->relative_base_after, doc + v[ci].end,
							      n - v[ci].end))) ||
				    /* 每亩保额由去年的3000元提高到4000元: the start of a change in
				     * a rate's words dates that rate alone */
				    (ci < count && inside_base(&v[ci], w[i].start, w[i].end) &&
				     word_right_before(w[i].lang, w[i].lang->change_from, doc, w[i].start)))
					out->v[out->n - 1].base_end = v[ci].end;
			}
		}
	}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, by_start);
	for (i = 0; i < out->n; i++)	/* (since January: that span, a year back, is its same period) */
		since(doc, n, pub, &out->v[i]);
	for (i = 0; i < out->n; i++)
		same_period(doc, n, out, i);
	return 0;
}

/* ---- sentences and subjects ---- */

/* Is the full stop at p the end of an abbreviation (U.S., Mr.) or an
 * initial (J.)? */
static int abbreviation(const struct lang *l, const char *doc, size_t from, size_t p)
{
	size_t w = p;

	while (w > from && doc[w - 1] != ' ' && doc[w - 1] != '\n' && doc[w - 1] != '(')
		w--;
	if (p - w == 1 && doc[w] >= 'A' && doc[w] <= 'Z')
		return 1;
	return lang_word(l, l->abbreviations, doc + w, p + 1 - w) >= 0;
}

/* The sentence around pos: from after the previous sentence end (or line
 * start) to after the next sentence end and its closing brackets (or
 * line end), without surrounding space. */
static void sentence(const struct lang *l, const char *doc, size_t n, size_t pos,
		     size_t line_start, size_t *s, size_t *e)
{
	static const char *const CLOSERS[] = {"」", "』", "）", ")", "”", "\"", "】", NULL};
	size_t p = line_start, begin = line_start, len;

	/* forward from the line start, so that a sentence end is recognised
	 * only where a sentence can end */
	for (;;) {
		size_t k = lang_prefix(l, l->sentence_ends, doc + p, n - p);

		if (p >= n || doc[p] == '\n' || doc[p] == '\r') {
			*e = p;
			break;
		}
		if (k && doc[p] == '.' && abbreviation(l, doc, line_start, p)) {
			p++;	/* U.S. ends no sentence */
			continue;
		}
		if (k) {
			p += k;
			while ((k = lang_prefix(l, CLOSERS, doc + p, n - p)))
				p += k;
			if (p > pos) {
				*e = p;
				break;
			}
			begin = p;
			continue;
		}
		utf8_decode(doc + p, doc + n, &len);
		p += len;
	}
	*s = skip_space(doc, n, begin);
	while (*e > *s && (doc[*e - 1] == ' ' || doc[*e - 1] == '\t'))
		(*e)--;
}

static int noun_char(uint32_t c)
{
	return is_han(c) || is_katakana(c) || is_ascii_letter(c) || c == '\'' || c == 0x2019 ||	/* Chen's */
	       (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
	       (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static uint32_t cp_before(const char *doc, size_t n, size_t p, size_t *at)
{
	size_t len;

	*at = utf8_back(doc, p);
	return utf8_decode(doc + *at, doc + n, &len);
}

/* Is doc[s, e) a stopword of l (the, its, 同比增长)? */
static int stopword(const struct lang *l, const char *doc, size_t s, size_t e)
{
	return lang_word(l, l->stopwords, doc + s, e - s) >= 0;
}

/* Cut a subject [*s, *e) to l->subject_max: where words are spaced, the
 * words nearest the figure (the last ones when back, else the first)
 * without stopwords at either end; elsewhere the last の-parts that fit,
 * then the last characters. */
static void fit(const struct lang *l, const char *doc, size_t n, size_t *s, size_t *e, int back)
{
	size_t len, k, w;
	int words;

	if (l->spaced) {
		for (;;) {	/* trim stopwords and spaces at both ends */
			while (*s < *e && doc[*s] == ' ')
				(*s)++;
			while (*e > *s && doc[*e - 1] == ' ')
				(*e)--;
			for (w = *s; w < *e && doc[w] != ' '; w++)
				;
			if (w > *s && stopword(l, doc, *s, w)) {
				*s = w;
				continue;
			}
			for (w = *e; w > *s && doc[w - 1] != ' '; w--)
				;
			if (w > *s && stopword(l, doc, w, *e)) {
				*e = w;
				continue;
			}
			break;
		}
		for (words = 1, k = *s; k < *e; k++)
			words += doc[k] == ' ';
		while (words-- > l->subject_max) {
			if (back)
				*s = *s + strcspn(doc + *s, " ") + 1;
			else
				while (*e > *s && doc[--*e] != ' ')
					;
		}
		return;
	}
	if ((k = lang_prefix(l, l->subject_joiners, doc + *s, *e - *s)))
		*s += k;	/* の…: no subject starts with a joiner */
	for (;;) {		/* nor with a stopword (其中), nor ends with one (同比增长) */
		const char *const *sw;
		int cut = 0;

		/* a stopword of one character (増, 高) goes only when it is all
		 * there is: 売上高 keeps its 高 */
		if ((k = lang_prefix(l, l->stopwords, doc + *s, *e - *s)) &&
		    (utf8_count(doc + *s, k) > 1 || k == *e - *s)) {
			*s += k;
			cut = 1;
		}
		for (sw = l->stopwords; sw && *sw; sw++) {
			len = strlen(*sw);
			if (len <= *e - *s && memcmp(doc + *e - len, *sw, len) == 0 &&
			    (utf8_count(*sw, len) > 1 || len == *e - *s)) {
				*e -= len;
				cut = 1;
				break;
			}
		}
		if (!cut)
			break;
	}
	while ((int)utf8_count(doc + *s, *e - *s) > l->subject_max) {
		k = *s;
		while (k < *e && !lang_prefix(l, l->subject_joiners, doc + k, *e - k)) {
			utf8_decode(doc + k, doc + n, &len);
			k += len;
		}
		if (k >= *e)
			break;
		*s = k + lang_prefix(l, l->subject_joiners, doc + k, *e - k);
	}
	while ((int)utf8_count(doc + *s, *e - *s) > l->subject_max) {
		if (back) {
			utf8_decode(doc + *s, doc + n, &len);
			*s += len;
		} else {
			*e = utf8_back(doc, *e);
		}
	}
}

/* The noun phrase that ends at end, not reaching before limit: nouns
 * joined by の and Latin words joined by a space, cut by fit() to the
 * language's length. */
/* Does doc[.., end) end in an abbreviation in brackets, （GDP） or (AI)?
 * Then *open is where its bracket opens (not before limit). */
static int abbreviation_before(const char *doc, size_t n, size_t limit, size_t end, size_t *open)
{
	size_t at, q;
	uint32_t c = end > limit ? cp_before(doc, n, end, &at) : 0;

	if ((c != 0xFF09 && c != ')') || at <= limit)
		return 0;
	for (q = at; q > limit && isalnum((unsigned char)doc[q - 1]); q--)
		;
	if (q == at || q <= limit)
		return 0;
	c = cp_before(doc, n, q, open);
	return (c == 0xFF08 || c == '(') && *open >= limit;
}

/* The length of a noun of the table that holds kana (子ども, 空き家) and
 * ends at p (not before limit), or 0. */
static size_t kana_noun_before(const struct lang *l, const char *doc, size_t limit, size_t p)
{
	const char *const *w;

	for (w = l->kana_nouns; w && *w; w++) {
		size_t len = strlen(*w);

		if (p >= limit + len && memcmp(doc + p - len, *w, len) == 0)
			return len;
	}
	return 0;
}

/* Is the bracket that closes at close (（高知県）) a short note after a
 * noun, with no digit, bracket or clause mark inside?  Then *open is where it
 * opens (not before limit). */
static int note_before(const char *doc, size_t n, size_t limit, size_t close, size_t *open)
{
	size_t p = close, at, chars = 0;
	uint32_t c;

	while (p > limit && chars++ < 16) {
		c = cp_before(doc, n, p, &at);
		if (at < limit)
			return 0;
		if (c == 0xFF08 || c == '(') {
			c = at > limit ? cp_before(doc, n, at, &p) : 0;
			*open = at;
			return p >= limit && noun_char(c) && at < close - 1;
		}
		if ((!noun_char(c) && c != 0x30FB) ||	/* ・ */
		    (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19))
			return 0;	/* 前期（2025年2月期）: a date, no note */
		p = at;
	}
	return 0;
}

static int phrase_back(const struct lang *l, const char *doc, size_t n,
		       size_t limit, size_t end, size_t *s, size_t *e)
{
	size_t p = end, at, q;
	uint32_t c;

	/* 国内生产总值（GDP）达, 有効求人倍率（季節調整値）は: an abbreviation or
	 * a note in brackets is no part */
	if (abbreviation_before(doc, n, limit, end, &q) ||
	    (end > limit && (cp_before(doc, n, end, &q) == 0xFF09 || doc[end - 1] == ')') &&
	     note_before(doc, n, limit, q, &q)))
		end = p = q;

	while (p > limit) {
		size_t k = kana_noun_before(l, doc, limit, p);

		if (k) {	/* 15歳未満の子ども */
			p -= k;
			continue;
		}
		c = cp_before(doc, n, p, &at);
		if (at < limit)
			break;
		if (noun_char(c)) {
			p = at;
			continue;
		}
		/* 空き室率, 貸し出し上限: the kana ending of a word within the noun */
		if (p < end && at > limit && lang_word(l, l->okurigana, doc + at, p - at) >= 0 &&
		    is_han(cp_before(doc, n, at, &q)) && q >= limit) {
			p = at;
			continue;
		}
		if (c == '.' && at > limit && isdigit((unsigned char)doc[at - 1]) && p < end &&
		    isdigit((unsigned char)doc[p])) {
			size_t w = at;	/* PM2.5平均浓度: a name's decimal */

			while (w > limit && isdigit((unsigned char)doc[w - 1]))
				w--;
			if (w > limit && is_ascii_letter((unsigned char)doc[w - 1])) {
				p = w;
				continue;
			}
		}
		if ((lang_word(l, l->subject_joiners, doc + at, p - at) >= 0 || c == ' ') &&
		    at > limit && p < end) {
			uint32_t b = cp_before(doc, n, at, &q);

			if (q >= limit && noun_char(b) && (c != ' ' || is_ascii_letter(b))) {
				p = at;
				continue;
			}
			if (c != ' ' && (b == 0xFF09 || b == ')') && note_before(doc, n, limit, q, &q)) {
				p = q;	/* 早明浦ダム（高知県）の貯水率: a note in brackets */
				continue;
			}
		}
		break;
	}
	*s = p;
	*e = end;
	fit(l, doc, n, s, e, 1);
	return *e > *s;
}

static int phrase_forward(const struct lang *l, const char *doc, size_t n, size_t limit,
			  size_t p, size_t *s, size_t *e)
{
	size_t q, len;
	uint32_t c;

	p = skip_space(doc, n, p);
	q = p;
	while (q < limit) {
		size_t k = lang_prefix(l, l->kana_nouns, doc + q, limit - q);

		if (k) {	/* の子ども */
			q += k;
			continue;
		}
		c = utf8_decode(doc + q, doc + n, &len);
		if (noun_char(c) && !(c >= '0' && c <= '9') && !(c >= 0xFF10 && c <= 0xFF19)) {
			q += len;
		} else if (c == ' ' && q > p && q + 1 < limit) {
			size_t l2;
			uint32_t nx = utf8_decode(doc + q + 1, doc + n, &l2);

			if (!noun_char(nx))
				break;
			q++;
		} else {
			break;
		}
	}
	*s = p;
	*e = q;
	fit(l, doc, n, s, e, 0);
	return *e > *s;
}

/* Does doc[s, e) end with a word of list? */
static int ends_with(const struct lang *l, const char *const *list, const char *doc,
		     size_t s, size_t e)
{
	size_t len;

	for (; list && *list; list++) {
		len = strlen(*list);
		if (len <= e - s && lang_word(l, list, doc + e - len, len) >= 0)
			return 1;
	}
	return 0;
}

/* Where words are spaced, the head of a noun phrase [s, e) ends before
 * its first joiner word (of): "the average salary of an engineer". */
static size_t head_end(const struct lang *l, const char *doc, size_t s, size_t e)
{
	size_t p, k;

	for (p = s; p < e; p++)
		if (doc[p] == ' ' && (k = lang_prefix(l, l->subject_joiners, doc + p + 1, e - p - 1)) &&
		    p + 1 + k < e && doc[p + 1 + k] == ' ')
			return p;
	return e;
}

/* The length of an "about" of l's prefixes that ends at e, after s (约 of
 * 外国旅客约占三成; not the 約 of 予約, a word of prefix_words), or 0. */
static size_t approx_before(const struct lang *l, const char *doc, size_t s, size_t e)
{
	const struct qualifier *q;
	const char *const *w;
	size_t k, best = 0;

	for (q = l->prefixes; q && q->text; q++)
		if (q->qual == Q_APPROX && (k = strlen(q->text)) <= e - s && k > best &&
		    memcmp(doc + e - k, q->text, k) == 0)
			best = k;	/* the longest: 大约, not its 约 */
	for (w = l->prefix_words; best && w && *w; w++)
		if ((k = strlen(*w)) > best && k <= e - s && memcmp(doc + e - k, *w, k) == 0)
			return 0;	/* 新幹線予約は: 約 ends a word */
	return best;
}

/* Does s[0, n) hold a Latin letter (a subject "25" of $7.25 does not)? */
static int has_letter(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isalpha((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Find the subject of claim c between the clause breaks around it; prev
 * is where the previous claim ends. */
static void subject(const struct lang *l, const char *doc, size_t n,
		    struct claim *c, size_t prev)
{
	size_t cs = c->start, ce = c->end, p, at, k, len;
	uint32_t ch;

	if (c->kind == K_DATE || c->kind == K_TIME)
		return;
	/* clause around the claim, within its sentence and NEAR bytes */
	while (cs > c->sent_start && c->start - cs < NEAR) {
		at = utf8_back(doc, cs);
		if (abbreviation_before(doc, n, c->sent_start, cs, &k) ||
		    ((cp_before(doc, n, cs, &k) == 0xFF09 || doc[cs - 1] == ')') &&
		     note_before(doc, n, c->sent_start, k, &k))) {
			cs = k;		/* （GDP）, （高知県） end no clause */
			continue;
		}
		if (lang_prefix(l, l->clause_breaks, doc + at, n - at))
			break;
		cs = at;
	}
	while (ce < c->sent_end && ce - c->end < NEAR &&
	       !lang_prefix(l, l->clause_breaks, doc + ce, n - ce)) {
		utf8_decode(doc + ce, doc + n, &len);
		ce += len;
	}
	/* a figure before this one in the clause bounds its subject; where
	 * words are spaced the subject may stand before both (the salary of
	 * an engineer with 3 years of experience is $450,000) */
	if (prev > cs && prev <= c->start && !l->spaced)
		cs = prev;
	/* 1. the phrase before the nearest marker (は, 占, accounted for) */
	for (p = c->start; p > cs; p = at) {
		size_t end;

		at = utf8_back(doc, p);
		k = lang_prefix(l, l->subject_markers, doc + at, c->start - at);
		if (!k || at <= cs || (l->spaced && (doc[at - 1] != ' ' ||
						     isalpha((unsigned char)doc[at + k]))))
			continue;
		for (end = at; l->spaced && end > cs && doc[end - 1] == ' '; end--)
			;
		if (l->spaced)	/* the salary of an engineer ... is: the words before "of" */
			end = head_end(l, doc, cs, end);
		else
			end -= approx_before(l, doc, cs, end);	/* 外国旅客约占: the 约 no part of it */
		ch = cp_before(doc, n, end, &len);
		if ((noun_char(ch) || ch == 0xFF09 || ch == ')' || kana_noun_before(l, doc, cs, end)) &&
		    phrase_back(l, doc, n, cs, end, &c->subj_start, &c->subj_end)) {
			if (l->spaced && !has_letter(doc + c->subj_start, c->subj_end - c->subj_start))
				c->subj_start = c->subj_end = 0;	/* $7.25 is worth: a figure */
			return;
		}
	}
	/* 2. the noun after の (of) that follows the claim */
	p = l->spaced ? skip_space(doc, n, c->end) : c->end;
	k = lang_prefix(l, l->subject_joiners, doc + p, n - p);
	if (k && (!l->spaced || doc[p + k] == ' ') &&
	    phrase_forward(l, doc, n, ce, p + k, &c->subj_start, &c->subj_end))
		return;
	/* 2b. where words are spaced, the counted noun: 400 attendees */
	if (l->spaced && c->kind == K_COUNT && c->unit_end > c->unit_start) {
		c->subj_start = c->unit_start;
		c->subj_end = c->unit_end;
		return;
	}
	/* 3. the noun right before the claim, skipping a の; where words are
	 * spaced, only the noun before "of" (an annual salary of $450,000) */
	p = c->start;
	while (p > cs && (doc[p - 1] == ' ' || doc[p - 1] == '\t'))
		p--;
	if (l->spaced) {
		for (at = p; at > cs && isalpha((unsigned char)doc[at - 1]); at--)
			;
		if (at < p && lang_word(l, l->subject_joiners, doc + at, p - at) >= 0 &&
		    phrase_back(l, doc, n, cs, at > cs ? at - 1 : at, &c->subj_start, &c->subj_end))
			return;
		c->subj_start = c->subj_end = 0;
		return;
	}
	if (l->subject_before && p > cs) {
		at = utf8_back(doc, p);
		if (lang_word(l, l->subject_joiners, doc + at, p - at) >= 0)
			p = at;
		if (!phrase_back(l, doc, n, cs, p, &c->subj_start, &c->subj_end))
			c->subj_start = c->subj_end = 0;
		if ((int)utf8_count(doc + c->subj_start, c->subj_end - c->subj_start) >
		    l->subject_before) {
			/* too long to be one noun, unless it ends in a head noun
			 * (人均可支配收入): then its last characters, as many as a
			 * subject may have */
			if (!ends_with(l, l->subject_heads, doc, c->subj_start, c->subj_end))
				c->subj_start = c->subj_end;
			while ((int)utf8_count(doc + c->subj_start, c->subj_end - c->subj_start) >
			       l->subject_max) {
				utf8_decode(doc + c->subj_start, doc + n, &len);
				c->subj_start += len;
			}
		}
	}
}

/* 27% と 31%: two figures of one list share their subject. */
static int same_list(const struct lang *l, const char *doc, size_t n,
		     const struct claim *a, const struct claim *b)
{
	size_t p = skip_space(doc, n, a->end), k;

	k = lang_prefix(l, l->subject_carriers, doc + p, n - p);
	if (k && skip_space(doc, n, p + k) == b->start && b->kind != K_DATE && b->kind != K_TIME)
		return 1;	/* 4.8%増の4兆6,210億円 */
	if (a->kind != b->kind || strcmp(a->unit, b->unit) != 0)
		return 0;
	k = lang_prefix(l, l->list_joiners, doc + p, n - p);
	return k && skip_space(doc, n, p + k) == b->start;
}

/* ---- the stages scan.c calls ---- */

void publication_date(const char *doc, const struct claim *v, size_t count,
		      struct date *pub)
{
	struct cursor cu;
	size_t i;

	if (pub->year || count == 0)
		return;
	cursor_init(&cu, doc, v[count - 1].end);
	for (i = 0; i < count; i++) {
		const struct claim *c = &v[i];

		cursor_advance(&cu, doc, c->start);	/* one walk, not one a claim */
		if (cu.line > 10)
			break;
		if (c->kind == K_DATE && c->year && c->month && c->day && !c->rel) {
			pub->year = c->year;
			pub->month = c->month;
			pub->day = c->day;
			break;
		}
	}
}

/* Does the clause of date c say it is to come?  The sum of 2 when a
 * word of the table stands right before it (by, next, 将于) and 1 when its
 * clause has one (予定, 预计, will); 0 when neither. */
/* Is doc[p..q) the last kana of a verb not in the past (引き上げる, 募る)
 * that ends the clause at e or stands before a word of nonpast_quote
 * (引き上げると発表した)? */
static int nonpast_verb(const struct lang *l, const char *doc, size_t n, size_t p, size_t q, size_t e)
{
	size_t b = utf8_back(doc, p);

	if (!l->nonpast_ends || lang_word(l, l->nonpast_ends, doc + p, q - p) < 0 ||
	    lang_word(l, l->nonpast_not, doc + b, q - b) >= 0)
		return 0;
	return q == e || lang_prefix(l, l->nonpast_quote, doc + q, n - q);
}

/* The length of the word of list that ends at p, where a word may end
 * (by March 12, 将于3月12日; not "standby"), or 0. */
static size_t word_right_before(const struct lang *l, const char *const *list, const char *doc, size_t p)
{
	size_t k;

	for (; list && *list; list++) {
		k = strlen(*list);
		if (p >= k && (l->caseless ? strncasecmp(doc + p - k, *list, k) : memcmp(doc + p - k, *list, k)) == 0 &&
		    (p == k || !isalpha((unsigned char)doc[p - k - 1])))
			return k;
	}
	return 0;
}

/* Does a verb in the past stand in doc[s, e) in a language without
 * spaces: a form of the table's past_forms (した, れた, てから) not
 * before a word of past_forms_not (したい, したら: 5月に発行された論文では,
 * オープンしたばかりの)? */
static int past_form_in(const struct lang *l, const char *doc, size_t s, size_t e)
{
	size_t p, k, len;

	for (p = s; l->past_forms && p < e; p += len) {
		if ((k = lang_prefix(l, l->past_forms, doc + p, e - p)) > 0 &&
		    !lang_prefix(l, l->past_forms_not, doc + p + k, e - p - k))
			return 1;
		utf8_decode(doc + p, doc + e, &len);
	}
	return 0;
}

/* Does doc[s, e) hold a word in the past: one of past_words (was, rose),
 * or one that ends in a past suffix (reached) and is not of
 * past_suffix_not (need, hundred, planned); and not after a word of
 * past_suffix_after (could be finished, to cut: no past)? */
static int past_in(const struct lang *l, const char *doc, size_t s, size_t e)
{
	const char *const *x;
	size_t p = s, w, k, pw = 0, pe = 0;	/* the word before */
	int past;

	while (p < e) {
		if (!isalpha((unsigned char)doc[p])) {
			p++;
			continue;
		}
		for (w = p; w < e && isalpha((unsigned char)doc[w]); w++)
			;
		past = lang_word(l, l->past_words, doc + p, w - p) >= 0;
		for (x = l->past_suffixes; x && *x && !past; x++)
			past = w - p > (k = strlen(*x)) + 2 && strncasecmp(doc + w - k, *x, k) == 0 &&
			       lang_word(l, l->past_suffix_not, doc + p, w - p) < 0;
		if (past && !(pe > pw && lang_word(l, l->past_suffix_after, doc + pw, pe - pw) >= 0))
			return 1;
		pw = p;
		pe = w;
		p = w;
	}
	return 0;
}

/* Is a word of list at p, then a space and a word ("to cover"), before e? */
static int word_at(const struct lang *l, const char *doc, size_t p, size_t e, const char *const *list)
{
	size_t k = lang_prefix(l, list, doc + p, e - p);

	return k && p + k + 1 < e && doc[p + k] == ' ' && isalpha((unsigned char)doc[p + k + 1]);
}

static int word_within(const char *const *list, const char *doc, size_t s, size_t e);

/* Does a word of list start at p, a whole word before e (in, but not the
 * in of international)? */
static int whole_word_at(const struct lang *l, const char *const *list, const char *doc, size_t p, size_t e)
{
	size_t k = p < e ? lang_prefix(l, list, doc + p, e - p) : 0;

	return k && (p + k == e || !isalpha((unsigned char)doc[p + k]));
}

static int ends_sentence(const struct lang *l, const char *doc, size_t p, size_t to);

/* Does a word of l's future_words stand whole in doc[s, e) (would, will;
 * not would have, nor a word of future_attributive: 40 scheduled flights)? */
static int future_word_in(const struct lang *l, const char *doc, size_t s, size_t e)
{
	size_t p, k;

	for (p = s; p < e; p++)
		if ((p == 0 || !isalpha((unsigned char)doc[p - 1])) && whole_word_at(l, l->future_words, doc, p, e) &&
		    lang_prefix(l, l->future_not, doc + p, e - p) == 0 &&
		    !((k = lang_prefix(l, l->future_words, doc + p, e - p)) > 0 &&
		      lang_word(l, l->future_attributive, doc + p, k) >= 0))
			return 1;
	return 0;
}

/* Does the clause of date c say it is to come (or is past)?  The COME_
 * bits. */
static int to_come(const char *doc, size_t n, const struct claim *c)
{
	const struct lang *l = c->lang;
	size_t s = c->start, e = c->end, p, len, br, said, tail, fv;
	int before = 0, from = 0, effective, start, in;

	/* a word of the table right before it: by March 12, 将于3月12日;
	 * and before a part of the month (through mid-November) */
	for (p = c->start; p > 0 && doc[p - 1] == ' '; p--)
		;
	if (p > 0 && doc[p - 1] == '-') {
		for (len = p - 1; len > 0 && isalpha((unsigned char)doc[len - 1]); len--)
			;
		if (len < p - 1 && lang_word(l, l->hyphen_words, doc + len, p - 1 - len) >= 0)
			p = skip_back(doc, len);
	} else if (l->spaced && p < c->start && (len = word_right_before(l, l->hyphen_words, doc, p)) > 0) {
		p = skip_back(doc, p - len);	/* through early November */
	}
	if (word_right_before(l, l->past_before, doc, p))
		return COME_LAST;	/* last October */
	if ((said = word_right_before(l, l->said_in, doc, p)) && said_before(l, doc, p - said, 1))
		return 0;	/* said in November they would */
	effective = word_right_before(l, l->effective_words, doc, p) != 0;	/* voted …, effective June 1 */
	start = word_right_before(l, l->future_start, doc, p) != 0;	/* …, reducing the cap starting April 1 */
	tail = c->end + lang_prefix(l, l->date_tails, doc + c->end, n - c->end);	/* 3月末に, 3月中旬まで */
	in = word_right_before(l, l->future_in, doc, p) != 0 ||	/* will begin in March, in mid-March (mid- passed over above) */
	     (c->qual != Q_RANGE &&	/* (1月から9月までの: the range's まで) */
	      lang_prefix(l, l->future_after, doc + tail, n - tail) &&	/* 3月に稼働する予定, 3月2日に開業する */
	      !lang_prefix(l, l->future_after_not, doc + tail, n - tail) &&
	      !word_right_before(l, l->habitual, doc, p));	/* (毎年6月に: every June) */
	if (word_right_before(l, l->next_words, doc, p))
		return COME_WORD | COME_NEXT;
	if ((fv = word_right_before(l, l->future_verbs, doc, p)) > 0 &&
	    !word_right_before(l, l->noun_markers, doc, skip_back(doc, p - fv)))
		return COME_WORD | COME_CLAUSE;	/* approved a budget for the year that begins July 1
						 * (since its start March 3: a noun) */
	if (word_right_before(l, l->future_before, doc, p))
		before = COME_WORD;
	else if (word_right_before(l, l->future_from, doc, p))
		from = COME_WORD;	/* counts only in a clause to come */
	/* the clause: back and forth to a clause break or sentence end (not
	 * the full stop of Feb. or U.S.) */
	while (s > 0 && c->start - s < 200 && doc[s - 1] != '\n' &&
	       !clause_break_at(l, doc, n, 0, utf8_back(doc, s)) &&
	       !(s >= 2 && lang_prefix(l, l->sentence_ends, doc + s - 2, n - (s - 2)) == 2 &&
		 !(doc[s - 2] == '.' && abbreviation(l, doc, 0, s - 2))))
		s = utf8_back(doc, s);
	for (;;) {
		while (e < n && e - c->end < 200 && doc[e] != '\n' && !clause_break_at(l, doc, n, 0, e) &&
		       !(lang_prefix(l, l->sentence_ends, doc + e, n - e) && !(doc[e] == '.' && abbreviation(l, doc, 0, e)))) {
			utf8_decode(doc + e, doc + n, &len);
			e += len;
		}
		/* 12月には、…があった: a topic's comma, the clause goes on; and
		 * so the comma right after "Starting March 1," and "Through
		 * February," */
		if (e >= n || e - c->end >= 200 || !(br = clause_break_at(l, doc, n, 0, e)) ||
		    !(lang_suffix(l, l->topic_ends, doc, e) || ((from || before) && skip_space(doc, n, c->end) == e)) ||
		    /* (before March, when stored supplies shrink: a clause of its own) */
		    then_follows(l, doc, n, e))
			break;
		e += br;
	}
	for (p = s; p < e; p += len) {
		size_t k = lang_prefix(l, l->future_words, doc + p, e - p);

		if (k && (!l->spaced || ((p == 0 || !isalpha((unsigned char)doc[p - 1])) &&
					 (p + k == n || !isalpha((unsigned char)doc[p + k])))) &&
		    lang_prefix(l, l->future_not, doc + p, e - p) < k &&	/* would have */
		    !(lang_word(l, l->future_attributive, doc + p, k) >= 0 && p + k < e && doc[p + k] == ' ' &&
		      islower((unsigned char)doc[p + k + 1]) &&	/* scheduled flights (but scheduled for May, */
		      !whole_word_at(l, l->date_preps, doc, p + k + 1, e) &&	/* scheduled to meet; and */
		      !whole_word_at(l, l->infinitives, doc, p + k + 1, e) &&	/* is scheduled, a word */
		      !whole_word_at(l, l->future_before, doc, p + k + 1, e))) {	/* of its own) */
			if ((p + k < c->start && past_in(l, doc, p, c->start)) ||
			    (p >= c->end && past_in(l, doc, s, c->start)))
				return before | from;	/* will pay after trains ran late in December: the ran's;
							 * began on Sept. 29 and should run: the began's */
			return before | from | COME_CLAUSE | (in && !past_in(l, doc, s, e) && !past_form_in(l, doc, s, e) ? COME_IN : 0);
		}
		utf8_decode(doc + p, doc + n, &len);
		if (p > s && nonpast_verb(l, doc, n, p, p + len, e) && !word_within(l->present_marks, doc, s, e))
			return before | from | COME_CLAUSE | (in && !past_in(l, doc, s, e) && !past_form_in(l, doc, s, e) ? COME_IN : 0);
	}
	if (before && l->past_words) {	/* 140 pilots by March: a deadline, no word in the past; */
		/* approved $310,000 to cover purchases through March 31: the
		 * date is the infinitive's, after "to" and a verb */
		for (p = c->start; p > s; p--)
			if (!isalpha((unsigned char)doc[p - 1]) && word_at(l, doc, p, c->start, l->infinitives))
				break;
		return before | (past_in(l, doc, p > s ? p : s, e) ? COME_PAST_BY : COME_CLAUSE);	/* was complete by Oct. 28 */
	}
	if (!before && l->past_ends && e > s) {	/* 3月から値上げした。 */
		p = utf8_back(doc, e);
		if (lang_word(l, l->past_ends, doc + p, e - p) >= 0 &&
		    !lang_suffix(l, l->past_not, doc, e))	/* 2月使用分の料金を発表した: the saying's */
			return COME_PAST;
	}
	if (effective) {
		/* …, effective Jan. 1: to come, as from in such a clause (but
		 * "The fee, effective Jan. 1, raised costs": a verb in the past
		 * after the aside) */
		for (p = e; p < n && p - e < 200 && doc[p] != '\n' && !lang_prefix(l, l->sentence_ends, doc + p, n - p); p++)
			;
		return before | (past_in(l, doc, c->end, p) ? 0 : from) | COME_CLAUSE;
	}
	if (start && !past_in(l, doc, s, e)) {
		/* "would rise $9 a month, starting in January", "said it would
		 * slow the pace, reducing the cap starting Jan. 1": the next such
		 * month where the sentence before has a word to come ("Prices
		 * have risen 5%, starting in January": that January) */
		for (p = s; p > 0 && s - p < 300 && !ends_sentence(l, doc, p - 1, n); p--)
			;
		return before | COME_CLAUSE | (future_word_in(l, doc, p, s) ? COME_WORD : 0);
	}
	return before;
}

/* Is date d the end of a record's "since" (its fewest since 2014, the
 * highest since 2008)?  It dates the record, not the figures near it. */
static size_t ahead_len(const char *s, size_t max);

static int record_since(const struct lang *l, const char *doc, const struct claim *d)
{
	size_t w, e, p, q = d->end, k, len;
	int i;

	/* 1999年以降で2番目に少ない, 2011年以来の低水準, 2015年以来最高; and a
	 * verb's clause of up to 10 characters between, 今年1月调整统计口径以来的最高值 */
	for (i = 0; l->record_after && i <= 10 && doc[q]; i++, q += len) {
		uint32_t c;

		/* (words of a few bytes: no strlen of a long line at each step) */
		if ((k = lang_prefix(l, l->since_words, doc + q, ahead_len(doc + q, 64))) > 0) {
			p = q + k;
			p += lang_prefix(l, l->subject_joiners, doc + p, ahead_len(doc + p, 64));	/* の, 的 */
			p += lang_prefix(l, l->record_joiners, doc + p, ahead_len(doc + p, 64));	/* で */
			while (isdigit((unsigned char)doc[p]))
				p++;	/* 2番目 */
			if (lang_prefix(l, l->record_after, doc + p, ahead_len(doc + p, 64)) > 0)
				return 1;
		}
		c = utf8_decode(doc + q, doc + q + ahead_len(doc + q, 8), &len);
		if (!is_han(c) && !is_hiragana(c) && !is_katakana(c))
			break;
	}
	if (!l->record_words || !word_before(doc, d->start, &w, &e) ||
	    lang_word(l, l->since_before, doc + w, e - w) < 0)
		return 0;
	/* the highest since 2008, the lowest total since 2015, the snowiest
	 * two-day total since 2014, the largest at the stadium since 2019
	 * (but at least 20 people have died since Monday: a bound) */
	for (i = 0, p = w; i < 4 && word_before(doc, p, &w, &e); i++, p = w) {
		size_t w2, e2;

		if (lang_word(l, l->record_words, doc + w, e - w) >= 0)
			return !(word_before(doc, w, &w2, &e2) &&
				 lang_word(l, l->record_not_after, doc + w2, e2 - w2) >= 0);
		if (memchr(doc + w, ',', e - w) || memchr(doc + w, '.', e - w) ||
		    lang_word(l, l->during_breaks, doc + w, e - w) >= 0)
			return 0;
	}
	return 0;
}

/* Does a word of l's base_from stand before claim a, right before it or
 * a few words before with no comma between (from a peak of $2,770; but
 * from March to 214.5 in April: April is the level's)? */
static int from_before(const struct lang *l, const char *doc, const struct claim *a)
{
	return word_back(l, doc, a->start, 4, l->base_from, NULL, l->during_breaks);
}

/* harvest 95,000 pounds from the farm's 38 acres: a from after a figure
 * of another unit in its clause names a source, no base of a change
 * (but 1,200 pounds an acre from 900 pounds: lb/acre is of pounds) */
static int from_source(const struct lang *l, const char *doc, const struct claim *p,
		       const struct claim *c)
{
	return p->kind != K_DATE && p->kind != K_TIME && p->kind != K_PERCENT && p->kind != K_RATIO &&
	       p->unit[0] && c->unit[0] && c->kind != K_PERCENT && c->kind != K_RATIO &&
	       (strcspn(p->unit, "/") != strcspn(c->unit, "/") ||
		strncmp(p->unit, c->unit, strcspn(p->unit, "/")) != 0) &&
	       same_clause(l, doc, p->end, c->start) && one_sentence(l, doc, p->end, c->start);
}

/* Does a sentence end of l (or a line) start at doc[p], before to? */
static int ends_sentence(const struct lang *l, const char *doc, size_t p, size_t to)
{
	return doc[p] == '\n' || doc[p] == '\r' ||
	       (lang_prefix(l, l->sentence_ends, doc + p, to - p) &&
		!(doc[p] == '.' && abbreviation(l, doc, 0, p)));
}

/* Is there no sentence end of l in doc[from, to)? */
static int one_sentence(const struct lang *l, const char *doc, size_t from, size_t to)
{
	size_t p, len;

	for (p = from; p < to; p += len) {
		if (ends_sentence(l, doc, p, to))
			return 0;
		utf8_decode(doc + p, doc + to, &len);
	}
	return 1;
}

/* A figure right after a percentage or a multiple and a word of
 * comparison_prefixes ("20% more than 300 units", "three times more than
 * 40 tons") is the base the first is measured against, as stated: no
 * bound (but "in the past 24 hours more than 100 people", "of the 50
 * members more than 30" keep it).  v[0..w) are the
 * claims before a. */
static void base_of_comparison(const struct lang *l, const char *doc, size_t n, struct claim *a,
			    const struct claim *v, size_t w)
{
	const struct claim *b = w ? &v[w - 1] : NULL;
	size_t k;

	/* (not after any other figure: in the past 24 hours more than 100) */
	if (!b || !l->comparison_prefixes || a->start >= a->num_start ||
	    (b->kind != K_PERCENT && b->kind != K_RATIO) || skip_space(doc, n, b->end) != a->start ||
	    !(k = lang_prefix(l, l->comparison_prefixes, doc + a->start, a->num_start - a->start)) ||
	    skip_space(doc, n, a->start + k) != a->num_start)
		return;
	a->qual = Q_EQ;
	a->bound = B_ROUND;
	a->start = a->num_start;
}

/* Does the comma at doc[p] open or close an aside: a word after it, not a
 * figure ("Hill, who signed a four-year, $112 million contract in July,
 * added")? */
static int aside_comma(const char *doc, size_t n, size_t p)
{
	size_t q = skip_space(doc, n, p + 1);

	return q < n && isalpha((unsigned char)doc[q]);
}

/* Is the sentence around doc[s, e) of a game: a word of score_words in
 * it and none of score_not (a percent, money: "scored record revenue of
 * $39 billion in the fourth quarter") outside an aside ("Hill, who
 * signed a four-year, $112 million contract in July, added 25 points":
 * from a comma and a word of the table's asides to a comma before a
 * word), or in the aside the figure at s stands in?  The sentence is looked at 300 bytes either side at most. */
static int game_sentence(const struct lang *l, const char *doc, size_t n, size_t s, size_t e)
{
	size_t from = s, p, q, cs = s, as = 0;
	int game = 0, aside = 0, aside_not = 0;

	if (!l->score_words)
		return 0;
	while (s > 0 && from - s < 300 && !ends_sentence(l, doc, s - 1, n))
		s--;
	for (from = e; e < n && e - from < 300 && !ends_sentence(l, doc, e, n); e++)
		;
	for (p = s; p < e; p++) {
		if (doc[p] == ',') {
			q = skip_space(doc, e, p + 1);
			if (aside && aside_comma(doc, e, p)) {
				if (aside_not && cs >= as && cs < p)
					return 0;	/* the figure is in the aside of money */
				aside = aside_not = 0;
			}
			if (!aside && l->asides && whole_word_at(l, l->asides, doc, q, e)) {
				aside = 1;
				as = p;
			}
		}
		if (p > s && isalpha((unsigned char)doc[p]) && isalnum((unsigned char)doc[p - 1]))
			continue;	/* (a word starts here, or a sign: 5%, $39) */
		if (whole_word_at(l, l->score_not, doc, p, e)) {
			if (!aside)
				return 0;
			aside_not = 1;
		}
		game |= whole_word_at(l, l->score_words, doc, p, e);
	}
	if (aside && aside_not && cs >= as)
		return 0;	/* (an aside to the sentence's end) */
	return game;
}

/* Bare points in a sentence of a game (scored 31 points) are a score's:
 * a count, no percentage points. */
static void score_points(const struct lang *l, const char *doc, size_t n, struct claim *a)
{
	if (a->kind == K_PERCENT && strcmp(a->unit, "point") == 0 &&
	    lang_word(l, l->loyalty_points, doc + a->unit_start, a->unit_end - a->unit_start) >= 0 &&
	    game_sentence(l, doc, n, a->start, a->end))
		a->kind = K_COUNT;
}

/* Is there only a word of range_open or range_joiners between e and s
 * (3月から5月, 3月至5月)? */
static int range_next(const struct lang *l, const char *doc, size_t e, size_t s)
{
	return joined_by(l, l->range_open, doc, s, e, s) || joined_by(l, l->range_joiners, doc, s, e, s);
}

/* Is there only a word of list_joiners between e and s (14日と15日)? */
static int list_next(const struct lang *l, const char *doc, size_t e, size_t s)
{
	return joined_by(l, l->list_joiners, doc, s, e, s);
}

/* Does a word of l's same_year (同年) end right before s? */
static int same_year_before(const struct lang *l, const char *doc, size_t s)
{
	while (s > 0 && doc[s - 1] == ' ')
		s--;
	return lang_suffix(l, l->same_year, doc, s);
}

/* Does one word before s open its sentence ("In 2012,", not "$5 billion
 * in 2023,")? */
static int one_word_opens(const char *doc, size_t s)
{
	size_t w = s, e;

	while (w > 0 && doc[w - 1] == ' ')
		w--;
	for (e = w; w > 0 && isalpha((unsigned char)doc[w - 1]); w--)
		;
	return w < e && opens_sentence(doc, w);
}

/* The year of a word of the period table for a past year alone that
 * frames the sentence of the date that starts at s, a word of the
 * table's year_frames right after it (昨年は3月24日に開花した: 2025 in
 * 2026), within 120 bytes before; or 0. */
static int framing_year_word(const struct lang *l, const char *doc, size_t n, const struct date *pub, size_t s)
{
	size_t q = s, len;
	const struct period_word *pw;

	if (!l->year_frames || !pub->year)
		return 0;
	while (q > 0 && s - q < 120) {
		q = utf8_back(doc, q);
		if (doc[q] == '\n' || !one_sentence(l, doc, q, s))
			break;
		if ((pw = lang_period_at(l, doc + q, n - q, &len)) == NULL)
			continue;
		for (;;) {	/* the whole word that ends there: 一昨年, not its 昨年 */
			size_t b = q > 0 ? utf8_back(doc, q) : q, blen;
			const struct period_word *bw = b < q ? lang_period_at(l, doc + b, n - b, &blen) : NULL;

			if (!bw || b + blen != q + len)
				break;
			pw = bw;
			q = b;
			len = blen;
		}
		if (pw->whole_date || pw->from_month || pw->month_rel)
			continue;	/* (a word of a month, now: no year alone) */
		/* the nearest year alone decides: 昨年は…、今年は8月15日に is this year's */
		return pw->years < 0 && lang_prefix(l, l->year_frames, doc + q + len, n - q - len) ?
		       pub->year + pw->years : 0;
	}
	return 0;
}

void resolve(const char *doc, size_t n, const struct date *pub, struct claim *v, size_t count)
{
	size_t i;
	const struct claim *year = NULL;	/* the last past year that frames its sentence */
	const struct claim *dated = NULL;	/* the last date with a year */
	int month_written = 0;			/* the claim before is a date with its month */
	const struct claim *day_dated = NULL;	/* the last date with its month and day */

	for (i = 0; i < count; i++) {
		if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && v[i].month &&
		    dated && dated->lang == v[i].lang && same_year_before(v[i].lang, doc, v[i].start))
			v[i].year = dated->year;	/* 2027年4月に…、同年10月に: 2027's */
		if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && v[i].month &&
		    year && year->lang == v[i].lang && one_sentence(v[i].lang, doc, year->end, v[i].start))
			v[i].year = year->year;	/* 2005年には、…9月7日に: that year's */
		if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && v[i].month && !v[i].lang->spaced)
			v[i].year = framing_year_word(v[i].lang, doc, n, pub, v[i].start);	/* 昨年は3月24日に */
		if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && v[i].month && i > 0 &&
		    v[i - 1].kind == K_DATE && v[i - 1].year && v[i - 1].month && v[i - 1].lang == v[i].lang &&
		    range_next(v[i].lang, doc, v[i - 1].end, v[i].start))	/* 2027年3月から5月に: 2027's */
			v[i].year = v[i - 1].year + (v[i].month < v[i - 1].month);
		if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && !v[i].month && v[i].day &&
		    i > 0 && v[i - 1].kind == K_DATE && month_written && v[i - 1].day && v[i - 1].qual != Q_RANGE &&
		    v[i - 1].lang == v[i].lang && isdigit((unsigned char)v[i - 1].period[0]) &&
		    list_next(v[i].lang, doc, v[i - 1].end, v[i].start)) {
			v[i].year = atoi(v[i - 1].period);	/* 来年1月14日と15日: that month's */
			v[i].month = v[i - 1].month;
		} else if (v[i].kind == K_DATE && !v[i].year && !v[i].rel && !v[i].mrel && !v[i].month && v[i].day &&
			   v[i].qual != Q_RANGE && day_dated && day_dated->lang == v[i].lang &&
			   v[i].day > (day_dated->end_day ? day_dated->end_day : day_dated->day) &&
			   v[i].start - day_dated->end <= 150 && one_sentence(v[i].lang, doc, day_dated->end, v[i].start)) {
			/* 6月7日至8日举行，…延长至9日: a later day of that month in its
			 * sentence (of a range, its end's: 12月30日至1月2日…延长至5日) */
			const char *end = strchr(day_dated->period, '/');
			int y = atoi(end ? end + 1 : day_dated->period),
			    m = day_dated->end_month ? day_dated->end_month : day_dated->month;

			if (v[i].day <= days_in_month(y, m)) {	/* (2月27日至28日…延长至30日: no such day) */
				v[i].year = y;
				v[i].month = m;
			}
		}
		month_written = v[i].kind == K_DATE && v[i].month;
		if (v[i].kind == K_DATE)	/* (the date of a saying is past) */
			resolve_date(pub, &v[i], said_on(v[i].lang, doc, n, &v[i]) ? 0 : to_come(doc, n, &v[i]));
		else if (v[i].kind == K_TIME)
			resolve_time(&v[i]);
		interval(&v[i]);
		if (v[i].kind == K_DATE && v[i].year)
			dated = &v[i];
		if (v[i].kind == K_DATE && v[i].month && v[i].day && isdigit((unsigned char)v[i].period[0]))
			day_dated = &v[i];
		if (v[i].kind == K_DATE)	/* a year of the past alone, a frame (2005年には) */
			year = v[i].year && !v[i].month && !v[i].rel && v[i].qual != Q_RANGE &&
			       !v[i].end_year && (!pub->year || v[i].year < pub->year) &&
			       (lang_prefix(v[i].lang, v[i].lang->then_clauses, doc + v[i].end, n - v[i].end) ||
				((!v[i].lang->spaced ||	/* where words are spaced, "In 2012," opening the sentence */
				  one_word_opens(doc, v[i].start)) &&
				 !word_right_before(v[i].lang, v[i].lang->since_before, doc, skip_back(doc, v[i].start)))) &&
			       lang_prefix(v[i].lang, v[i].lang->year_frames, doc + v[i].end, n - v[i].end) ?
			       &v[i] : NULL;
	}
}

/* The length of a few quoted words at p, a name or a term and no speech
 * (a "rapid assessment" area: no comma, stop or newline inside), else 0;
 * in a language of spaced words (“超大班额” is a clause of its own). */
static size_t quoted_words(const char *doc, size_t to, size_t p)
{
	int curly = to - p >= 3 && memcmp(doc + p, "\xE2\x80\x9C", 3) == 0;	/* “ … ” */
	size_t q = p + (curly ? 3 : 1);

	if (!curly && doc[p] != '"')
		return 0;
	for (; q < to && q - p <= 40; q++) {
		if (strchr(",;:.!?\n", doc[q]))
			return 0;
		if (curly ? to - q >= 3 && memcmp(doc + q, "\xE2\x80\x9D", 3) == 0 : doc[q] == '"')
			return q - p > (curly ? 3u : 1u) ? q + (curly ? 3 : 1) - p : 0;
	}
	return 0;
}

/* The length of a figure in apposition at the comma at p, to the comma
 * that closes it: ", or about 4% of its workforce," (a word of the table's
 * alternatives, a figure within 48 bytes, no other mark), else 0. */
static size_t apposition(const struct lang *l, const char *doc, size_t to, size_t p)
{
	size_t q, j, e;
	int figure = 0;

	if (doc[p] != ',' || (q = skip_space(doc, to, p + 1)) >= to ||
	    !(j = lang_prefix(l, l->alternatives, doc + q, to - q)) || q + j >= to || doc[q + j] != ' ')
		return 0;
	for (e = q + j; e < to && e - q < 48; e++) {
		if (doc[e] == ',' && !(isdigit((unsigned char)doc[e - 1]) && e + 1 < to && isdigit((unsigned char)doc[e + 1])))
			return figure ? e + 1 - p : 0;
		if (strchr(";:.()\n", doc[e]) && !(doc[e] == '.' && e + 1 < to && isdigit((unsigned char)doc[e + 1])))
			return 0;
		figure |= isdigit((unsigned char)doc[e]);
	}
	return 0;
}

/* The first clause break of l in doc[from, to), or to.  The comma of
 * 2,000 is none, and a bracket that closes before to is skipped whole (612
 * pounds ($814) in the first quarter). */
static size_t clause_break(const struct lang *l, const char *doc, size_t from, size_t to)
{
	size_t p, len;

	for (p = from; p < to; p += len) {
		const char *close;

		if (l->spaced && ((len = quoted_words(doc, to, p)) != 0 || (len = apposition(l, doc, to, p)) != 0))
			continue;

		if (doc[p] == '(' && (close = memchr(doc + p, ')', to - p)) != NULL &&
		    !memchr(doc + p, '\n', (size_t)(close - (doc + p)))) {
			len = (size_t)(close - (doc + p)) + 1;
			continue;
		}
		if (to - p >= 3 && memcmp(doc + p, "\xEF\xBC\x88", 3) == 0) {	/* （ … ） */
			size_t q = p + 3;

			while (q + 3 <= to && doc[q] != '\n' && memcmp(doc + q, "\xEF\xBC\x89", 3) != 0)
				q++;
			if (q + 3 <= to && doc[q] != '\n') {
				len = q + 3 - p;
				continue;
			}
		}
		if (doc[p] == ')' && skip_space(doc, to, from) == p) {
			len = 1;	/* ($814) in the first quarter */
			continue;
		}
		if (p == from && to - p >= 3 && memcmp(doc + p, "\xEF\xBC\x89", 3) == 0) {
			len = 3;	/* 区間（約1.5キロ）を2025年1月に */
			continue;
		}
		if (p == from && (doc[p] == '(' || (to - p >= 3 && memcmp(doc + p, "\xEF\xBC\x88", 3) == 0))) {
			len = doc[p] == '(' ? 1 : 3;	/* 3317円（2024年4月時点）: a note of the figure's date */
			continue;
		}
		if (clause_break_at(l, doc, to, from, p))
			return p;
		utf8_decode(doc + p, doc + to, &len);
	}
	return to;
}

static int same_clause(const struct lang *l, const char *doc, size_t from, size_t to)
{
	return clause_break(l, doc, from, to) == to;
}

/* Does a period word that dates the figures after it ("now") reach to:
 * its clause, and the clauses that a comma and a word of ahead_joins add
 * to its list ("now costs £2.40, and a crab sandwich £8.95")? */
static int ahead_reaches(const struct lang *l, const char *doc, size_t from, size_t to)
{
	size_t p;

	while ((p = clause_break(l, doc, from, to)) < to) {
		size_t q = skip_space(doc, to, p + 1);

		if (doc[p] != ',' || !l->ahead_joins || !word_after_in(l, doc, to, p + 1, l->ahead_joins) ||
		    q >= to)
			return 0;
		from = q;
	}
	return 1;
}

/* "$58 a month, would climb to": doc[s, e) is a comma, perhaps an
 * auxiliary (past_suffix_after: would, could) and a verb of change, with
 * no subject of its own between: the clause of the figure at s goes on. */
static int clause_goes_on(const struct lang *l, const char *doc, size_t s, size_t e)
{
	size_t p = skip_space(doc, e, s), q;
	int words = 0;

	if (p >= e || doc[p] != ',')
		return 0;
	for (p = skip_space(doc, e, p + 1); p < e && words < 2; p = skip_space(doc, e, q), words++) {
		for (q = p; q < e && isalpha((unsigned char)doc[q]); q++)
			;
		if (q == p)
			return 0;
		if (lang_word(l, l->change_by_verbs, doc + p, q - p) >= 0 ||
		    lang_word(l, l->change_from, doc + p, q - p) >= 0)
			return 1;
		if (words > 0 || lang_word(l, l->past_suffix_after, doc + p, q - p) < 0)
			return 0;
	}
	return 0;
}

/* Is c the level that a change from p reaches: only a few characters
 * between them that end in a word of the table's level_to (由71%提高至96.5%,
 * 38.6%から24.1%に)? */
static int level_reached(const struct lang *l, const char *doc, const struct claim *p,
			 const struct claim *c)
{
	size_t e = c->start;

	if (p->kind == K_DATE || p->kind == K_TIME || p->end > e ||
	    (strcmp(p->unit, c->unit) != 0 && c->kind != K_RATIO && c->kind != K_PERCENT))
		return 0;	/* 2687軒から6分の1以下に, 154店から4割余り減り: a part of the base */
	/* 現在の計78人から、統合後は55人程度に減る: a clause on, when the level
	 * ends in a word of level_to_end */
	if (lang_prefix(l, l->level_to, doc + p->end, e - p->end) && l->level_to_end && e - p->end <= 40 &&
	    one_sentence(l, doc, p->end, e) && lang_prefix(l, l->level_to_end, doc + c->end, strlen(doc + c->end)))
		return 1;
	if (e - p->end > 18)
		return 0;
	while (e > p->end && doc[e - 1] == ' ')
		e--;
	return lang_suffix(l, l->level_to, doc, e) &&
	       (same_clause(l, doc, p->end, c->start) || clause_goes_on(l, doc, p->end, e)) &&
	       one_sentence(l, doc, p->end, c->start);	/* (…$18 a dozen. Revenue rose to $1.1 million) */
}

/* Is c the base of a change after figure r, in its sentence: "$2.87 a
 * gallon, up from $2.41", "…, compared with $2.41", "to $21.50 an hour
 * this summer from $19"? */
static int base_after(const struct lang *l, const char *doc, const struct claim *c, const struct claim *r)
{
	size_t we, e = r->end;
	struct claim h = *c;

	h.start = base_noun_start(l, doc, c->start);	/* (to $690 a ton from a peak of $1,900) */
	return c->start > e && c->start - e <= 96 && one_sentence(l, doc, e, c->start) &&
	       (base_words(l, doc, c, &we) ||
		/* rose to $21.50 an hour this summer from $19, to an average of
		 * $3.05 a pound from $2.85 */
		(word_is(l, doc, &h, l->change_origins) && word_back(l, doc, r->start, 4, l->range_joiners, NULL, NULL)));
}

/* Does a word of list stand anywhere in doc[s, e)? */
static int word_within(const char *const *list, const char *doc, size_t s, size_t e)
{
	const char *const *w;
	size_t p;

	for (p = s; list && p < e; p++)
		for (w = list; *w; w++)
			if (strlen(*w) <= e - p && memcmp(doc + p, *w, strlen(*w)) == 0)
				return 1;
	return 0;
}

/* The length of s, at most max. */
static size_t ahead_len(const char *s, size_t max)
{
	size_t k = 0;

	while (k < max && s[k])
		k++;
	return k;
}

/* 1食あたり、小学校で約290円、中学校で約340円: is c right after the rate r,
 * only a list joiner (、), a word of up to five Han characters and a frame
 * mark (で) between, the word of one kind with the one before r's own
 * figure (the same last character: 小学校 and 中学校), no whole (全校)? */
static int next_frame(const struct lang *l, const char *doc, const struct claim *r, const struct claim *c)
{
	size_t f = r->fig_start ? r->fig_start : r->num_start, p, q, len, k, m, mk;

	/* 、 (a list joiner of the language), a word, and a frame mark (で) */
	if (!l->frame_marks || c->start <= r->end || !(k = lang_prefix(l, l->list_joiners, doc + r->end, c->start - r->end)) ||
	    !(m = lang_suffix_len(l, l->frame_marks, doc, c->start)) || c->start < r->end + k + m)
		return 0;
	p = r->end + k;
	if (lang_prefix(l, l->whole_words, doc + p, c->start - m - p))
		return 0;	/* (全校で, 合計で: the whole, no item of the kind) */
	for (k = 0; p < c->start - m; p += len, k++)
		if (k == 5 || !is_han(utf8_decode(doc + p, doc + c->start, &len)))
			return 0;
	/* the frame mark before r's own figure, and the same character before both marks */
	for (q = f; q > r->start && !(mk = lang_suffix_len(l, l->frame_marks, doc, q)); q = utf8_back(doc, q))
		;
	if (k == 0 || q <= r->start || q - mk <= r->start)
		return 0;
	q -= mk;
	p = c->start - m;
	return memcmp(doc + utf8_back(doc, q), doc + utf8_back(doc, p), q - utf8_back(doc, q)) == 0 &&
	       q - utf8_back(doc, q) == p - utf8_back(doc, p);
}

/* Is doc[e, s) a word of change_gaps (", up "), or where words are
 * spaced up to three words of when or where with no figure (a word of
 * gap_leads first) and then one ("$9.62 a bushel last week, down $3";
 * not "a bushel and rent jumped, up $300")? */
static int change_gap(const struct lang *l, const char *doc, size_t e, size_t s)
{
	size_t c, q;
	int words = 0;

	if (s <= e)
		return 0;
	if (lang_prefix(l, l->change_gaps, doc + e, s - e) == s - e)
		return 1;
	if (!l->spaced || !l->gap_leads)
		return 0;
	for (c = s; c > e && doc[c - 1] != ','; c--)
		;
	q = skip_space(doc, c, e);
	if (c == e || lang_prefix(l, l->change_gaps, doc + c - 1, s - c + 1) != s - c + 1 ||
	    !whole_word_at(l, l->gap_leads, doc, q, c) || !one_sentence(l, doc, e, c))
		return 0;
	for (q = e; q + 1 < c; q++) {
		if (!isalpha((unsigned char)doc[q]) && doc[q] != ' ' && doc[q] != '.')
			return 0;
		words += isalpha((unsigned char)doc[q]) && (q == e || doc[q - 1] == ' ');
	}
	return words <= 3;
}

/* Are rate r and figure c counts of things written with other counters
 * (1日2往復に増やすほか、新型機を2機追加: flights and aircraft, both
 * `item`)? */
static int other_things(const char *doc, const struct claim *r, const struct claim *c)
{
	return strcmp(c->unit, "item") == 0 && r->unit_end > r->unit_start && c->unit_end > c->unit_start &&
	       !same_unit_text(doc, r, c);
}

/* 户均年收入从2020年的6.8万元增至8万元: the level a change of a rate (per
 * one) reaches, written as a plain amount of its unit, is that rate too. */
void rate_levels(const char *doc, struct claim *v, size_t count)
{
	size_t i, p = (size_t)-1;

	for (i = 0; i < count; i++) {
		struct claim *c = &v[i], q;
		size_t k;

		if (c->kind == K_DATE || c->kind == K_TIME ||
		    (p != (size_t)-1 && c->end <= v[p].end))	/* 1俵（60キロ）あたり: a figure in the rate's words */
			continue;
		if (p != (size_t)-1 && ((v[p].kind == K_RATE && v[p].per == 1) ||
					(v[p].kind == K_MEASURE && strcmp(v[p].unit, "km/h") == 0)) &&	/* 每小时42公里降至26公里 */
		    c->kind != K_RATE &&
		    /* from $2 an hour to $30 for the day: a span of its own */
		    !(c->lang->own_spans && (k = skip_space(doc, c->end + ahead_len(doc + c->end, 64), c->end)) > c->end &&
		      lang_prefix(c->lang, c->lang->own_spans, doc + k, ahead_len(doc + k, 64))) &&
		    (k = strcspn(v[p].unit, "/")) == strlen(c->unit) && k > 0 &&
		    strncmp(v[p].unit, c->unit, k) == 0 &&
		    /* $1.29 per share, …, down from $2.05 billion: a thousand
		     * times the rate is no level or change of it */
		    !(c->has_value && v[p].has_value && v[p].value > 0 && c->value > 1000 * v[p].value) &&
		    !other_things(doc, &v[p], c)) {
			q = *c;
			memcpy(q.unit, v[p].unit, sizeof q.unit);
			if (i > 0 && v[i - 1].kind == K_DATE && v[i - 1].start > v[p].end &&
			    joined(c->lang, doc, c->start, v[i - 1].end, c->start))
				q.start = v[i - 1].start;	/* 增至2025年的11.2万元 */
			else if ((k = lang_suffix_len(c->lang, c->lang->subject_joiners, doc, c->start)) > 0) {
				size_t b = c->start - k, j;	/* 提高至今年的1.2万元: a word and 的 between */

				for (j = 0; j < 4 && b > v[p].end && !lang_suffix(c->lang, c->lang->level_to, doc, b); j++)
					b = utf8_back(doc, b);
				if (lang_suffix(c->lang, c->lang->level_to, doc, b))
					q.start = b;
			}
			if (level_reached(c->lang, doc, &v[p], &q) ||
			    /* (and the fee climbs from $8.40 to $9.80: a change of its own) */
			    (base_after(c->lang, doc, c, &v[p]) && !(i + 1 < count && range_next(c->lang, doc, c->end, v[i + 1].start))) ||
			    /* a clause on, the level a change reaches (每亩采摘成本约1200元，如今使用机械后降至800元左右)
			     * or the change itself (每斤3元左右，比去年高了0.5元, 1俵2万6000円台で、3年前に比べ約5000円上がった) */
			    (!c->lang->spaced && c->start - v[p].end <= 60 && one_sentence(c->lang, doc, v[p].end, c->start) &&
			     !word_within(c->lang->statement_breaks, doc, v[p].end, c->start) &&
			     (lang_suffix(c->lang, c->lang->level_to, doc, q.start) ||
			      /* 1株当たり50円と、前期より10円増やす: the change from a time */
			      lang_suffix(c->lang, c->lang->relative_base_after, doc, q.start) ||
			      lang_suffix(c->lang, c->lang->change_before, doc, c->start) ||
			      lang_prefix(c->lang, c->lang->change_after, doc + c->end, strlen(doc + c->end)) ||
			      lang_prefix(c->lang, c->lang->change_acts, doc + c->end, strlen(doc + c->end)) ||
			      /* 1キロあたり136万円で、昨年の118万円を大きく上回った: the base */
			      object_of_comparison(c->lang, doc, c->end + ahead_len(doc + c->end, 64), c->end) ||
			      /* 1人あたり約10万6000円で、前年同月の約15万3000円から3割ほど低下した, …から減った */
			      ((k = lang_prefix(c->lang, c->lang->base_before_change, doc + c->end, ahead_len(doc + c->end, 64))) > 0 &&
			       (change_follows(c->lang, doc, c->end + k + ahead_len(doc + c->end + k, 64), c->end + k) ||
				lang_prefix(c->lang, c->lang->change_after, doc + c->end + k, ahead_len(doc + c->end + k, 64)))) ||
			      ((c->qual == Q_GT || c->qual == Q_LT) &&	/* 約1万3000円を上回った, 約920グラムを下回る */
			       word_within(c->lang->base_verbs, doc, c->num_start, c->end)) ||
			      next_frame(c->lang, doc, &v[p], c) ||
			      /* 每公斤3.86美元，较去年同期的4.2美元: the base, 较 and 的 before it
			       * (and a word of base_levels after 的: 较节前的高点9.6元) */
			      (of_level_before(c->lang, doc, c->start) &&
			       word_within(c->lang->base_before, doc, c->start >= v[p].end + 30 ? c->start - 30 : v[p].end,
					   c->start)))) ||
			    /* 每月分别增加10元、15元和20元: a list after a rate, only a
			     * joiner between, is of that rate */
			    (!c->lang->spaced && c->start > v[p].end &&
			     lang_prefix(c->lang, c->lang->list_joiners, doc + v[p].end, c->start - v[p].end) ==
			     c->start - v[p].end) ||
			    /* "$6 a dozen, up $1 from last summer": the change right after the rate */
			    change_gap(c->lang, doc, v[p].end, c->start) ||
			    /* 1件あたり110円引き上げ、880円とした: the change, then the level */
			    (c->start > v[p].end &&
			     lang_prefix(c->lang, c->lang->changes_by, doc + v[p].end, c->start - v[p].end) ==
			     c->start - v[p].end &&
			     lang_prefix(c->lang, c->lang->changes_to, doc + c->end, strlen(doc + c->end)))) {
				memcpy(c->unit, v[p].unit, sizeof c->unit);
				c->kind = v[p].kind;
			}
		}
		p = i;
	}
}

/* Is b a figure in brackets right after a, its conversion ("5 billion
 * yen ($32.4 million)")?  1 or 0, to skip it. */
static size_t bracketed(const char *doc, size_t n, const struct claim *a, const struct claim *b)
{
	size_t p = skip_space(doc, n, a->end), q;

	if (!b || b->kind == K_DATE || b->kind == K_TIME)
		return 0;
	if (p + 3 <= n && memcmp(doc + p, "\xEF\xBC\x88", 3) == 0)	/* （ */
		p += 3;
	else if (p < n && doc[p] == '(')
		p++;
	else
		return 0;
	q = skip_space(doc, n, b->end);
	return skip_space(doc, n, p) == b->start && q < n &&
	       (doc[q] == ')' || (q + 3 <= n && memcmp(doc + q, "\xEF\xBC\x89", 3) == 0));
}

static int figure_between(const struct claim *v, size_t from, size_t count, size_t pos)
{
	for (; from < count && v[from].start < pos; from++)
		if (v[from].kind != K_DATE && v[from].kind != K_TIME)
			return 1;
	return 0;
}

/* Start c's subject after the date that ends at e within it, and after
 * a joiner (の) or space that follows the date. */
static void cut_date(const struct lang *l, const char *doc, struct claim *c, size_t e)
{
	size_t k;

	while (e < c->subj_end && (doc[e] == ' ' || doc[e] == '\t'))
		e++;
	k = lang_prefix(l, l->subject_joiners, doc + e, c->subj_end - e);
	if (k && (!l->spaced || (e + k < c->subj_end && doc[e + k] == ' ')))
		e += k;
	while (e < c->subj_end && (doc[e] == ' ' || doc[e] == '\t'))
		e++;
	c->subj_start = e < c->subj_end ? e : c->subj_end;
	if (c->subj_start == c->subj_end)
		c->subj_start = c->subj_end = 0;
}

/* nearly three times the amount in 2020: a date after a multiple's base
 * words (the, its, a few words, then in) is the base's, no period of the
 * multiple (but fewer than half of the penalties issued in 2023 are that
 * year's: a part of them); so is a date that needs no in (the fare five
 * years ago) where bare is set, and a year right after the base's words
 * (30% fewer than under the 2020 plan).  bases are the words that open the
 * base's phrase, and most how many more words may stand before the date's in. */
static int date_of_base(const struct lang *l, const char *const *bases, const char *doc, size_t n,
			size_t e, size_t s, int most, int bare)
{
	size_t p = skip_space(doc, n, e), k;
	int words;

	if (p >= s || !(k = lang_prefix(l, bases, doc + p, s - p)) || doc[p + k] != ' ')
		return 0;
	if (skip_space(doc, n, p + k) == s && isdigit((unsigned char)doc[s]))
		return 1;	/* 30% fewer than under the 2020 plan: the year opens the base */
	for (p = skip_space(doc, n, p + k), words = 0; p < s && words <= most; words++) {
		if ((k = lang_prefix(l, l->date_preps, doc + p, s - p)) && (doc[p + k] == ' ' || doc[p + k] == '-')) {
			size_t q = skip_space(doc, n, p + k + 1);
			int lower;

			/* in 2023, in mid-2023; in fall 2010, in the spring of 2019 */
			for (lower = 0; q < s && lower < 3 && islower((unsigned char)doc[q]); lower++) {
				while (q < s && islower((unsigned char)doc[q]))
					q++;
				if (q >= s || doc[q] != ' ')
					break;
				q = skip_space(doc, n, q);
			}
			if (q == s)
				return 1;
		}
		while (p < s && (isalnum((unsigned char)doc[p]) || strchr("$.'-", doc[p]) ||
				 (doc[p] == ',' && p + 1 < s && isdigit((unsigned char)doc[p + 1]))))
			p++;	/* a word or a figure: below the $24.30 paid in April 2022, the peak of 211,900 */
		if (p >= s || doc[p] != ' ' || doc[p - 1] == '.')
			return 0;
		p = skip_space(doc, n, p);
	}
	/* nearly double what it was five years ago (but the $3.4 million
	 * budgeted for the 2025-26 season: a year needs its in) */
	return bare && p == s && words <= most && !isdigit((unsigned char)doc[s]);
}

/* 1回あたりの自己負担は現在200円, 1頭あたりの報奨金を現在の8000円から: now, a
 * word of the rate's text between its base and its figure, says when; the
 * figure takes no period at all, none of a date before or after it.  w
 * from j on. */
static int now_inside(const struct period_span *w, size_t nw, size_t j, const struct claim *c)
{
	if (c->kind != K_RATE || c->fig_start <= c->num_start)
		return 0;
	for (; j < nw && w[j].start < c->fig_start; j++)
		if (w[j].start >= c->start && w[j].word->whole_date)
			return 1;
	return 0;
}

/* Does a clause of then_clauses (", when") start at e and run on to s? */
static int then_clause(const struct lang *l, const char *doc, size_t e, size_t s)
{
	size_t g = e < s ? lang_prefix(l, l->then_clauses, doc + e, s - e) : 0;

	return g > 0 && same_clause(l, doc, e + g, s);
}

/* Is date k in an aside set off by commas that c stands outside of (a
 * word of the table's asides right after the comma before it, a verb in
 * the past before the date; or a participle, in or on and the date, no
 * verb in the past between the comma before and the one before that): "Lincoln
 * Elementary, which opened in 1958, and two campuses serve 800 students",
 * "The bridge, built in 1963, carries 38,000 vehicles a day"?
 * A comma before no word (a figure) is inside the aside: "who signed a
 * four-year, $112 million contract in July". */
static int outside_aside(const struct lang *l, const char *doc, size_t n, const struct marker *k,
			 const struct claim *c)
{
	size_t p = k->start, q, g, a;
	int participle;	/* (an aside describes its noun: "The talks, held in 2019, produced
			 * 12 agreements" leaves the 12 with no period too) */

	if (!l->asides)
		return 0;
	do {
		while (p > c->sent_start && doc[p - 1] != ',')
			p--;
		if (p <= c->sent_start)
			return 0;
	} while (!aside_comma(doc, n, p - 1) && --p);
	if (p == 0)
		return 0;	/* (no comma before a word: ",-2007-23") */
	q = skip_space(doc, n, p);
	for (g = q; g < k->start && islower((unsigned char)doc[g]); g++)
		;
	if (g > q && g < k->start && lang_word(l, l->aside_adverbs, doc + q, g - q) >= 0) {
		q = skip_space(doc, n, g);	/* "The regatta, first held in 1972," */
		for (g = q; g < k->start && islower((unsigned char)doc[g]); g++)
			;
	}
	/* "The bridge, built in 1963, carries": a participle, in or on and the
	 * date open the aside, no verb in the past before it in its sentence
	 * ("moved to Ohio, expanded in 2020, and added": a list of verbs) */
	for (a = p - 1; a > c->sent_start && doc[a - 1] != ','; a--)
		;	/* the words before the aside back to a comma */
	participle = g > q && g < k->start && doc[g] == ' ' && past_in(l, doc, q, g) &&
		     joined_by(l, l->date_preps, doc, n, g, k->start) && !past_in(l, doc, a, p);
	if (!participle &&
	    (!(g = lang_prefix(l, l->asides, doc + q, n - q)) || isalpha((unsigned char)doc[q + g]) ||
	     !past_in(l, doc, q, k->start)))
		return 0;	/* (the fee, which takes effect Aug. 1, rises to $310,000: the fee's time) */
	for (q = k->end; q < c->sent_end && doc[q] != ','; q++)
		;
	return q < c->sent_end && (c->start > q || c->end < p);
}

int attach(const char *doc, size_t n, const struct date *pub,
	   const struct period_span *w, size_t nw, struct claim *v, size_t count)
{
	struct markers mk = {0};
	const struct marker *base_date, *spent;
	size_t i, j, m0 = 0, w0 = 0, line_start = 0, lines_seen = 0, prev_end = 0, date_end = 0,
	       from;

	if (find_markers(doc, n, pub, v, count, w, nw, &mk) < 0) {
		free(mk.v);
		return -1;
	}
	/* a date's row says what its marker came to mean: 2024年以降 is
	 * 2024 to publication, 2025年第四季度 the quarter */
	for (i = 0, j = 0; i < count && j < mk.n; i++) {
		while (j < mk.n && mk.v[j].start < v[i].start)
			j++;
		if (j < mk.n && v[i].kind == K_DATE && mk.v[j].start == v[i].start &&
		    mk.v[j].end == v[i].end && mk.v[j].iso[0])
			snprintf(v[i].period, sizeof v[i].period, "%s", mk.v[j].iso);
	}
	/* from $35.1 million a year earlier, compared with 78% a year earlier:
	 * where dates follow figures, a date right after a base figure is
	 * that figure's alone */
	for (i = 0, j = 0; j < mk.n; j++) {
		size_t bi;	/* the base: v[i], or the figure v[i] restates */

		while (i + 1 < count && v[i + 1].end <= mk.v[j].start)
			i++;
		bi = i > 0 && i < count && in_apposition(v[i].lang, doc, n, &v[i - 1], &v[i]) ? i - 1 : i;
		if (i < count && v[i].end <= mk.v[j].start && v[i].kind != K_DATE &&
		    v[i].kind != K_TIME && v[i].lang->dates_follow &&
		    ((from_before(v[i].lang, doc, &v[bi]) && !(bi > 0 && from_source(v[i].lang, doc, &v[bi - 1], &v[bi]))) ||
		     /* compared with 78% a year earlier */
		     lang_suffix(v[i].lang, v[i].lang->compared_with, doc, skip_back(doc, v[bi].start)))) {
			size_t p = skip_space(doc, n, v[i].end), k;

			if (bi < i && p < mk.v[j].start && doc[p] == ',')
				p = skip_space(doc, n, p + 1);	/* …, or $2.69 per share, a year earlier */

			if (p < mk.v[j].start &&	/* from 2,649 at the same point a year earlier */
			    (k = lang_prefix(v[i].lang, v[i].lang->base_context, doc + p, mk.v[j].start - p)))
				p = skip_space(doc, n, p + k);
			if (p < mk.v[j].start &&	/* from $4 billion in 2024 */
			    (k = lang_prefix(v[i].lang, v[i].lang->date_preps, doc + p, mk.v[j].start - p)) &&
			    (doc[p + k] == ' ' || doc[p + k] == '-'))	/* in mid-January */
				p = skip_space(doc, n, p + k + (doc[p + k] == '-'));
			if (p == mk.v[j].start) {
				mk.v[j].base_end = v[i].end;
				mk.v[j].base_first = bi < i ? v[bi].end : 0;
			}
		}
		/* nearly double the $640 million estimate released in 2021: the
		 * date of a multiple's base is the base's alone, no later figure's */
		if (i > 0 && i < count && v[i].end <= mk.v[j].start && v[i - 1].kind == K_RATIO &&
		    strcmp(v[i - 1].unit, "times") == 0 && v[i].lang->multiple_bases &&
		    joined_by(v[i].lang, v[i].lang->multiple_bases, doc, n, v[i - 1].end, v[i].start) &&
		    date_of_base(v[i].lang, v[i].lang->multiple_bases, doc, n, v[i - 1].end, mk.v[j].start, 4, 1))
			mk.v[j].base_end = v[i].end;
	}
	if (n >= 3 && memcmp(doc, "\xEF\xBB\xBF", 3) == 0)
		line_start = lines_seen = 3;	/* a BOM is no part of a sentence */
	base_date = NULL;	/* the date of a change's base, that the figure before did not take */
	spent = NULL;		/* and the last such, that no later figure of its sentence takes */
	for (i = 0; i < count; i++) {
		struct claim *c = &v[i];
		const struct lang *l = c->lang;
		const struct marker *before = NULL, *after = NULL, *earlier = NULL;
		struct claim lv;
		size_t b, bs, g;	/* g: the bytes before a figure or of a gap */

		if (c->kind == K_DATE || c->kind == K_TIME)
			base_date = NULL;
		while (lines_seen < c->start) {
			if (doc[lines_seen] == '\n' || doc[lines_seen] == '\r')
				line_start = lines_seen + 1;
			lines_seen++;
		}
		/* scan from the sentence of the claim before, not from the
		 * line start: a line may be a whole book */
		if (i > 0 && v[i - 1].sent_start >= line_start && v[i - 1].sent_end > c->start &&
		    v[i - 1].lang == l && c->end <= v[i - 1].sent_end) {
			/* the sentence of the claim before: no need to look again */
			c->sent_start = v[i - 1].sent_start;
			c->sent_end = v[i - 1].sent_end;
		} else {
			if (i > 0 && v[i - 1].sent_end <= c->start && v[i - 1].sent_end > line_start)
				from = v[i - 1].sent_end;
			else
				from = line_start;
			sentence(l, doc, n, c->start, from, &c->sent_start, &c->sent_end);
		}
		if (c->sent_start > c->start)
			c->sent_start = c->start;
		if (c->sent_end < c->end)
			c->sent_end = c->end;
		subject(l, doc, n, c, prev_end);
		if (c->subj_end > c->subj_start &&
		    lang_prefix(l, l->subject_bases, doc + c->subj_start, c->subj_end - c->subj_start))
			c->subj_start = c->subj_end = 0;	/* 较年初: a base, no subject */
		if (c->subj_start < date_end && date_end <= c->subj_end)
			cut_date(l, doc, c, date_end);	/* 9月新能源汽车销量 */
		while (w0 < nw && (w[w0].end <= c->sent_start || w[w0].end + NEAR <= c->start))
			w0++;	/* a subject is within NEAR bytes before its claim */
		for (j = w0; j < nw && w[j].start < c->subj_end; j++)
			if (w[j].end > c->subj_start && w[j].end <= c->subj_end)
				cut_date(l, doc, c, w[j].end);	/* 前三季度全国居民… */
		if (c->subj_end == c->subj_start && i > 0 && same_list(l, doc, n, &v[i - 1], c)) {
			c->subj_start = v[i - 1].subj_start;
			c->subj_end = v[i - 1].subj_end;
		}
		if (c->kind == K_DATE || c->kind == K_TIME) {
			/* a date bounds no subject (受注残高は9月末時点で約5兆円)
			 * but is no part of one */
			date_end = c->end;
			continue;
		}
		prev_end = c->end;
		if (c->kind == K_DURATION && lang_suffix(l, l->ago_ends, doc, c->end))
			continue;	/* 約1900年前: counted back from now, no period */
		/* markers are in text order and sentences only move forward */
		while (m0 < mk.n && (mk.v[m0].start < c->sent_start ||
				     mk.v[m0].start + NEAR < c->start))
			m0++;
		for (j = m0; j < mk.n && mk.v[j].start < c->sent_end &&
			     mk.v[j].start < c->end + NEAR; j++) {
			const struct marker *k = &mk.v[j];

			if (k->end > c->sent_end ||
			    /* (the first increase since 2019, when the toll rose
			     * from $2.50: a record's date dates its when-clause) */
			    (k->silent && !(k->since && then_clause(l, doc, k->end, c->start))) ||
			    (k->then_only && !then_clause(l, doc, k->end, c->start)) ||
			    (k->base_end && k->base_end != c->end && k->base_first != c->end &&
			     !then_clause(l, doc, k->end, c->start)) ||
			    (k->until && c->start >= k->until) || outside_aside(l, doc, n, k, c))
				continue;	/* (down from $265,000 in 2023, when 402 claims were approved: 2023's too) */
			if (k->end <= c->start || inside_base(c, k->start, k->end)) {
				if (k->ahead && !ahead_reaches(l, doc, k->end, c->start))
					continue;	/* Call 911 now; 911 calls rose 12% */
				earlier = before;
				before = k;
			}
			else if (k->start >= c->end && !after && !k->ahead &&
				 (same_clause(l, doc, c->end, k->start) ||	/* (past an apposition: $1.64 billion, */
				  same_clause(l, doc, past_apposition(l, doc, n, v, count, i), k->start)) &&	/* or $2.69 per share, a year earlier) */
				 (k->since || !since_between(l, doc, n, c->end, k->start)) &&
				 !(c->kind == K_RATIO && strcmp(c->unit, "times") == 0 &&
				   date_of_base(l, l->multiple_bases, doc, n, c->end, k->start, 3, 1)) &&
				 /* …, roughly half the total in 2007 */
				 !(c->kind == K_RATIO && strcmp(c->unit, "fraction") == 0 &&
				   (((g = skip_back(doc, c->start)) > 0 && doc[g - 1] == ',' &&
				     date_of_base(l, l->fraction_bases, doc, n, c->end, k->start, 3, 0)) ||
				    date_of_base(l, l->clause_bases, doc, n, c->end, k->start, 3, 0))) &&	/* about half of what it paid in 2022 */
				 /* 40% more than the authority spent on fuel in 2021 */
				 /* $90 less than their peak in mid-2023 (but 2 degrees above
				  * the average in August: August's weather) */
				 /* (20 cents above the national average today: today's); 9% more
				  * than the county spent last year: a past year needs no in */
				 !(c->kind != K_DATE && c->kind != K_TIME && c->kind != K_TEMPERATURE &&
				   date_of_base(l, l->than_bases, doc, n, c->end, k->start, 6,
						(unsigned)atoi(k->iso) < (unsigned)pub->year)) &&
				 !(c->kind == K_RATIO && i + 1 < count && v[i + 1].kind != K_DATE &&
				   v[i + 1].start < k->start && joined_by(l, l->multiple_bases, doc, n, c->end, v[i + 1].start)) &&
				 /* (up 7.4% and nearly double what they spent in 2014: the
				  * date of the base of the multiple between) */
				 !(i + 1 < count && v[i + 1].kind == K_RATIO && strcmp(v[i + 1].unit, "times") == 0 &&
				   v[i + 1].end <= k->start &&
				   date_of_base(l, l->multiple_bases, doc, n, v[i + 1].end, k->start, 3, 1)))
				after = k;	/* (nearly double the 1.3 million it set out in 2023: the base's) */
		}
		/* a date after the figure in its own clause, with no other
		 * figure between, wins over one before it in another clause
		 * (3% in September, ... 4.3% in August), and in a language
		 * whose dates follow their figures over any before it (eased
		 * to 3.4% in December from 3.6% in November) */
		if (before && after &&
		    ((l->dates_follow && after->start - c->end <= 40) ||	/* in November, on Feb. 18; the £39m the charity received in 2021 */
		     !same_clause(l, doc, before->end, c->start)) &&
		    (!figure_between(v, i + 1 + bracketed(doc, n, c, i + 1 < count ? &v[i + 1] : NULL),
				     count, after->start) ||
		     after->base_first == c->end))	/* (its apposition between) */
			before = NULL;
		/* 由2022年的71%提高至96.5%: the date joined to the base is the
		 * base's, and the level reached has the period before it, if any
		 * (but 2022年の比率は71%から80%に: both are 2022's) */
		/* the base, right before the level or before the span of time
		 * the change took (2015年の約80トンから10年で5倍余りに) */
		b = i > 1 && v[i - 1].kind == K_DURATION && !l->spaced && c->start - v[i - 1].end <= 6 &&
		    lang_suffix(l, l->level_to, doc, v[i - 1].start) ? i - 2 : i - 1;
		lv = *c;
		lv.start = b + 1 < i ? v[i - 1].start : c->start;
		bs = i == 0 ? 0 : before && before->start >= v[b].start ? v[b].num_start : v[b].start;
		/* 从去年初的1.9万元: a part of the date between */
		g = before && before->end <= bs ?
		    before->end + lang_prefix(l, l->date_tails, doc + before->end, bs - before->end) : 0;
		if (g)	/* 2016年度（812人）から: the date's own figure in brackets, the base */
			g += open_bracket(doc, bs, g);
		if (before && i > 0 && level_reached(l, doc, &v[b], &lv) && before->end <= bs &&
		    (joined_by_noun(l, doc, n, g, bs) ||
		     joined_by_noun(l, doc, n, g, v[b].num_start))) {	/* 昨年の平均約480万円から: a noun and a qualifier */
			base_date = spent = before;
			before = earlier && earlier->start >= c->sent_start ? earlier : NULL;
		} else if (before && before == base_date && (c->kind == K_PERCENT || c->kind == K_RATIO) &&
			   c->start - v[i - 1].end <= 24 && one_sentence(l, doc, v[i - 1].end, c->start))
			/* 現在の25万5000円から4万5000円、率にして17.6％: the percentage
			 * of the change is no more the base's than the change */
			before = earlier && earlier->start >= c->sent_start ? earlier : NULL;
		else {
			base_date = NULL;
			/* 10年前の11人から4人に減り、直近3年間の赤字は: the base's
			 * date is no later figure's either */
			if (before && before == spent)
				before = earlier && earlier->start >= c->sent_start && earlier != spent ? earlier : NULL;
		}
		if ((before || after) && !now_inside(w, nw, w0, c))
			snprintf(c->period, sizeof c->period, "%s", (before ? before : after)->iso);
		if (before && before->since && before->end < c->start && !now_inside(w, nw, w0, c) &&
		    (g = lang_prefix(l, l->then_clauses, doc + before->end, c->start - before->end)) > 0 &&
		    same_clause(l, doc, before->end + g, c->start))
			/* up 38% since 2019, when the parks counted 10.3 million: that year's */
			snprintf(c->period, sizeof c->period, "%s", before->own);
		/* 9.8 million pounds ($13.1 million): a conversion has its figure's period */
		if (i > 0 && c->kind != K_DATE && c->kind != K_TIME && bracketed(doc, n, &v[i - 1], c))
			memcpy(c->period, v[i - 1].period, sizeof c->period);
		/* now holds $4.6 billion, or 14% of spending: an apposition with no
		 * date of its own has the period of the figure it restates */
		if (i > 0 && !c->period[0] && c->kind != K_DATE && c->kind != K_TIME &&
		    v[i - 1].kind != K_DATE && v[i - 1].kind != K_TIME && in_apposition(l, doc, n, &v[i - 1], c))
			memcpy(c->period, v[i - 1].period, sizeof c->period);
	}
	free(mk.v);
	return 0;
}
