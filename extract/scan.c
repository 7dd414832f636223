/* extract/scan.c - rules to claims: match, choose, join, resolve. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numeral.h"
#include "scan.h"
#include "text.h"

/* The named captures a rule may use. */
enum group {
	G_PRE, G_NUM, G_UNIT, G_POST, G_Y, G_M, G_D, G_REL, G_AMPM, G_H,
	G_MIN, G_DN, G_DU, G_N, G_U, G_DEN, G_WORD, G_SUB, NGROUPS
};
static const char *const GROUP_NAMES[NGROUPS] = {
	"pre", "num", "unit", "post", "y", "m", "d", "rel", "ampm", "h",
	"min", "dn", "du", "n", "u", "den", "word", "sub"
};

struct compiled {
	const struct rule *rule;
	pcre2_code *re;
	int group[NGROUPS];	/* capture number, or -1 */
};

struct scanner {
	const struct lang *lang;
	struct compiled *rules;
	size_t nrules;
	pcre2_code *periods;	/* any period word */
	pcre2_match_data *md;
};

/* A growable string for building patterns. */
struct buf {
	char *s;
	size_t len, cap;
	int oom;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = (b->len + n + 1) * 2;
		char *p = realloc(b->s, cap);

		if (!p) {
			b->oom = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_escaped(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\^$.|?*+()[]{}-/#~ ", *s))
			buf_add(b, "\\", 1);
		buf_add(b, s, 1);
	}
}

/* Append an alternation of words, longest first so that the longest
 * word wins where one is a prefix of another. */
static void buf_words(struct buf *b, const char *const *words, size_t n)
{
	size_t i, longest = 0, len;
	int first = 1;

	for (i = 0; i < n; i++)
		if (strlen(words[i]) > longest)
			longest = strlen(words[i]);
	buf_str(b, "(?:");
	for (len = longest; len > 0; len--)
		for (i = 0; i < n; i++)
			if (strlen(words[i]) == len) {
				if (!first)
					buf_str(b, "|");
				buf_escaped(b, words[i]);
				first = 0;
			}
	if (first)
		buf_str(b, "(*FAIL)");
	buf_str(b, ")");
}

/* Collect the texts of a table into a NULL-free array of at most max. */
#define COLLECT(arr, table, cond) do {					\
	n = 0;								\
	for (i = 0; (table)[i].text && n < sizeof arr / sizeof *arr; i++) \
		if (cond)						\
			arr[n++] = (table)[i].text;			\
} while (0)

/* Expand one placeholder of a rule pattern into b.  Returns 0, or -1 for
 * an unknown name. */
static int expand(const struct lang *l, const char *name, size_t nl, struct buf *b)
{
	const char *w[256];
	size_t i, n;

#define IS(s) (nl == strlen(s) && memcmp(name, s, nl) == 0)
	if (IS("NUM")) {
		struct buf k = {0};

		/* digits: grouped or plain, with a decimal part */
		static const char *const ARABIC =
			"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})++(?![0-9０-９])|[0-9０-９]++)"
			"(?:[.．][0-9０-９]++)?+";
		buf_str(&k, "[");
		for (i = 0; l->numerals[i].text; i++)
			if (l->numerals[i].type == N_DIGIT || l->numerals[i].type == N_PLACE ||
			    l->numerals[i].type == N_SEVERAL)
				buf_str(&k, l->numerals[i].text);
		buf_str(&k, "]");
		if (k.oom)
			return free(k.s), -1;
		buf_str(b, "(?<![0-9０-９.．,，])(?>(?:");
		buf_str(b, ARABIC);
		buf_str(b, "|");
		buf_str(b, k.s);
		buf_str(b, ")(?:");
		buf_str(b, ARABIC);
		buf_str(b, "|");
		buf_str(b, k.s);
		buf_str(b, "|\\h?[");
		for (i = 0; l->numerals[i].text; i++)
			if (l->numerals[i].type == N_BIG)
				buf_str(b, l->numerals[i].text);
		buf_str(b, "])*+|");
		COLLECT(w, l->numerals, l->numerals[i].type == N_WORD);
		buf_words(b, w, n);
		buf_str(b, ")");
		free(k.s);
	} else if (IS("DIGITS")) {
		buf_str(b, "(?<![0-9０-９.．,，])[0-9０-９]++");
	} else if (IS("DIGITS1") || IS("DIGITS2") || IS("DIGITS3") || IS("DIGITS4")) {
		buf_str(b, "(?<![0-9０-９.．,，])[0-9０-９]{");
		buf_str(b, IS("DIGITS1") ? "1" : IS("DIGITS2") ? "1,2" : IS("DIGITS3") ? "1,3" : "4");
		buf_str(b, "}(?![0-9０-９])");
	} else if (IS("UNIT")) {
		COLLECT(w, l->units, 1);
		buf_words(b, w, n);
	} else if (IS("DUR")) {
		COLLECT(w, l->units, l->units[i].kind == K_DURATION);
		buf_words(b, w, n);
	} else if (IS("PRE")) {
		COLLECT(w, l->prefixes, 1);
		buf_words(b, w, n);
	} else if (IS("POST")) {
		COLLECT(w, l->suffixes, 1);
		buf_words(b, w, n);
	} else if (IS("REL")) {
		COLLECT(w, l->periods, !l->periods[i].whole_date);
		buf_words(b, w, n);
	} else if (IS("FRAC")) {
		COLLECT(w, l->fractions, 1);
		buf_words(b, w, n);
	} else if (IS("HONOR")) {
		/* top-level alternation: a lookbehind takes branches of
		 * different fixed lengths only there */
		for (i = 0; l->honorifics[i]; i++) {
			if (i)
				buf_str(b, "|");
			buf_escaped(b, l->honorifics[i]);
		}
	} else if (IS("AMPM")) {
		n = 0;
		for (i = 0; l->am_words[i]; i++)
			w[n++] = l->am_words[i];
		for (i = 0; l->pm_words[i]; i++)
			w[n++] = l->pm_words[i];
		buf_words(b, w, n);
	} else {
		return -1;
	}
#undef IS
	return 0;
}

/* Compile pattern text, with placeholders expanded. */
static pcre2_code *compile(const struct lang *l, const char *name,
			   const char *pattern, char *err, size_t errlen)
{
	struct buf b = {0};
	const char *p, *q;
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	for (p = pattern; *p; p++) {
		if (*p == '{' && p[1] >= 'A' && p[1] <= 'Z' &&
		    (q = p + 1 + strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) &&
		    *q == '}') {
			if (expand(l, p + 1, (size_t)(q - p - 1), &b) < 0) {
				snprintf(err, errlen, "rule '%s': unknown placeholder %.*s",
					 name, (int)(q - p + 1), p);
				free(b.s);
				return NULL;
			}
			p = q;
		} else {
			buf_add(&b, p, 1);
		}
	}
	if (b.oom) {
		free(b.s);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	re = pcre2_compile((PCRE2_SPTR)b.s, b.len, PCRE2_UTF | PCRE2_UCP,
			   &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof msg);
		snprintf(err, errlen, "rule '%s': regex error at offset %zu: %s",
			 name, (size_t)erroff, (char *)msg);
	} else {
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* else interpreted */
	}
	free(b.s);
	return re;
}

struct scanner *scanner_new(const struct lang *l, char *err, size_t errlen)
{
	struct scanner *sc = calloc(1, sizeof *sc);
	struct buf pw = {0};
	const char *w[64];
	size_t i, n;
	int g;

	if (!sc)
		goto oom;
	sc->lang = l;
	while (l->rules[sc->nrules].name)
		sc->nrules++;
	sc->rules = calloc(sc->nrules, sizeof *sc->rules);
	sc->md = pcre2_match_data_create(64, NULL);
	if (!sc->rules || !sc->md)
		goto oom;
	for (i = 0; i < sc->nrules; i++) {
		struct compiled *c = &sc->rules[i];

		c->rule = &l->rules[i];
		c->re = compile(l, c->rule->name, c->rule->pattern, err, errlen);
		if (!c->re) {
			scanner_free(sc);
			return NULL;
		}
		for (g = 0; g < NGROUPS; g++) {
			int num = pcre2_substring_number_from_name(
				c->re, (PCRE2_SPTR)GROUP_NAMES[g]);
			c->group[g] = num > 0 ? num : -1;
		}
	}
	COLLECT(w, l->periods, 1);
	buf_words(&pw, w, n);
	if (pw.oom)
		goto oom;
	sc->periods = compile(l, "periods", pw.s, err, errlen);
	free(pw.s);
	if (!sc->periods) {
		scanner_free(sc);
		return NULL;
	}
	return sc;
oom:
	free(pw.s);
	scanner_free(sc);
	snprintf(err, errlen, "out of memory");
	return NULL;
}

void scanner_free(struct scanner *sc)
{
	size_t i;

	if (!sc)
		return;
	for (i = 0; sc->rules && i < sc->nrules; i++)
		pcre2_code_free(sc->rules[i].re);
	free(sc->rules);
	pcre2_code_free(sc->periods);
	pcre2_match_data_free(sc->md);
	free(sc);
}

const char *kind_name(enum kind k)
{
	static const char *const N[] = {
		"number", "percent", "money", "count", "duration", "distance",
		"age", "rank", "ratio", "rate", "date", "time"
	};
	return N[k];
}

const char *qual_name(enum qual q)
{
	static const char *const N[] = {
		"eq", "approx", "nearly", "ge", "gt", "le", "lt", "range", "vague"
	};
	return N[q];
}

/* ---- interpreting one match ---- */

struct span {
	size_t s, e;	/* e == s: unset */
};

struct match {
	const char *doc;
	size_t n;
	const struct compiled *c;
	PCRE2_SIZE ov[2 * 64];
};

static struct span grp(const struct match *m, enum group g)
{
	struct span sp = {0, 0};
	int k = m->c->group[g];

	if (k > 0 && m->ov[2 * k] != PCRE2_UNSET) {
		sp.s = m->ov[2 * k];
		sp.e = m->ov[2 * k + 1];
	}
	return sp;
}

static int has(struct span sp)
{
	return sp.e > sp.s;
}

/* The integer written with (full-width) digits in sp. */
static int int_at(const struct match *m, struct span sp)
{
	size_t i, len;
	int v = 0;

	for (i = sp.s; i < sp.e; i += len) {
		int d = numeral_digit(m->doc + i, m->doc + sp.e, &len);

		if (d < 0)
			break;
		v = v * 10 + d;
	}
	return v;
}

/* A number is part of a name (GPT-4, A100, H-1B, DALL-E 2) when it
 * touches a Latin letter, follows letter + hyphen, or follows a Latin
 * word and a space and has no unit. */
static int in_name(const char *doc, size_t n, size_t ns, size_t ne, int has_unit_after)
{
	size_t p, len;
	uint32_t c;

	if (ne < n) {
		c = utf8_decode(doc + ne, doc + n, &len);
		if (is_ascii_letter(c) && !has_unit_after)
			return 1;
	}
	if (ns == 0)
		return 0;
	p = utf8_back(doc, ns);
	c = utf8_decode(doc + p, doc + n, &len);
	if (is_ascii_letter(c))
		return 1;
	if ((c == '-' || c == 0x2010) && p > 0) {
		c = utf8_decode(doc + utf8_back(doc, p), doc + n, &len);
		if (is_ascii_letter(c))
			return 1;
	}
	if (c == ' ' && p > 0 && !has_unit_after) {
		c = utf8_decode(doc + utf8_back(doc, p), doc + n, &len);
		if (is_ascii_letter(c))
			return 1;
	}
	return 0;
}

static void set_qualifier(struct claim *cl, const struct qualifier *q)
{
	if (q) {
		cl->qual = q->qual;
		cl->bound = q->bound;
	}
}

/* Apply the qualifier words of a match (a suffix overrides a prefix). */
static void qualifiers(const struct lang *l, const struct match *m, struct claim *cl)
{
	struct span pre = grp(m, G_PRE), post = grp(m, G_POST);

	if (has(pre))
		set_qualifier(cl, lang_qualifier(l->prefixes, m->doc + pre.s, pre.e - pre.s));
	if (has(post))
		set_qualifier(cl, lang_qualifier(l->suffixes, m->doc + post.s, post.e - post.s));
}

static int parse_span(const struct lang *l, const struct match *m, struct span sp,
		      struct numval *nv)
{
	return numeral_parse(l, m->doc + sp.s, sp.e - sp.s, nv);
}

/* Turn a match into a claim.  Returns 0, or -1 when the match is not a
 * claim after all (a name, a word, an impossible date). */
static int interpret(const struct lang *l, const struct match *m, struct claim *cl)
{
	struct numval nv;
	struct span num, unit;
	const struct unit *u = NULL;

	memset(cl, 0, sizeof *cl);
	cl->start = m->ov[0];
	cl->end = m->ov[1];
	cl->rule = m->c->rule;
	cl->qual = Q_EQ;
	cl->bound = B_ROUND;
	cl->hour = cl->minute = cl->end_hour = cl->end_minute = -1;
	cl->factor = 1;

	switch (m->c->rule->type) {
	case R_QUANTITY:
		num = grp(m, G_NUM);
		unit = grp(m, G_UNIT);
		if (parse_span(l, m, num, &nv) < 0)
			return -1;
		if (has(unit))
			u = lang_unit(l, m->doc + unit.s, unit.e - unit.s);
		if (!u && nv.kanji_only && !nv.several && nv.lo != 0)
			return -1;	/* 一部, 十分: words, not figures */
		if (in_name(m->doc, m->n, num.s, num.e, u != NULL))
			return -1;
		cl->num_start = num.s;
		cl->kind = u ? u->kind : K_NUMBER;
		snprintf(cl->unit, sizeof cl->unit, "%s", u ? u->code : "");
		cl->factor = u ? u->factor : 1;
		qualifiers(l, m, cl);
		if (nv.several) {
			if (cl->qual == Q_EQ)
				cl->qual = Q_VAGUE;
			cl->lo = nv.lo * cl->factor;
			cl->hi = nv.hi * cl->factor;
			cl->has_lo = cl->has_hi = 1;
			return 0;
		}
		cl->num = nv.lo;
		cl->has_value = 1;
		cl->value = nv.lo * cl->factor;
		cl->step = nv.step * cl->factor;
		if (has(grp(m, G_SUB))) {	/* 3割5分: tenths of the unit */
			cl->value += int_at(m, grp(m, G_SUB)) * cl->factor / 10;
			cl->step = cl->factor / 10;
			cl->num = cl->value / cl->factor;
		}
		if (cl->kind == K_AGE)
			cl->bound = cl->qual == Q_EQ ? B_ABOVE_STEP : cl->bound;
		return 0;

	case R_RATE: {
		struct numval dn;
		const struct unit *du;
		struct span sdn = grp(m, G_DN), sdu = grp(m, G_DU), sn = grp(m, G_N),
			    su = grp(m, G_U);

		if (parse_span(l, m, sdn, &dn) < 0 || parse_span(l, m, sn, &nv) < 0 ||
		    nv.several || dn.several || dn.lo == 0)
			return -1;
		du = lang_unit(l, m->doc + sdu.s, sdu.e - sdu.s);
		u = lang_unit(l, m->doc + su.s, su.e - su.s);
		if (!du || !u || in_name(m->doc, m->n, sdn.s, sdn.e, 1))
			return -1;
		cl->num_start = sdn.s;
		cl->kind = K_RATE;
		snprintf(cl->unit, sizeof cl->unit, "%s/%s", u->code, du->code);
		qualifiers(l, m, cl);
		cl->factor = u->factor / dn.lo;
		cl->num = nv.lo;
		cl->has_value = 1;
		cl->value = nv.lo * cl->factor;
		cl->step = nv.step * cl->factor;
		return 0;
	}

	case R_FRACTION: {
		struct numval den;

		if (parse_span(l, m, grp(m, G_DEN), &den) < 0 ||
		    parse_span(l, m, grp(m, G_NUM), &nv) < 0 ||
		    den.several || nv.several || den.lo == 0)
			return -1;
		cl->num_start = grp(m, G_DEN).s;
		cl->kind = K_RATIO;
		strcpy(cl->unit, "fraction");
		cl->has_value = 1;
		cl->value = nv.lo / den.lo;
		cl->exact = 1;
		qualifiers(l, m, cl);
		return 0;
	}

	case R_FRACTION_WORD: {
		struct span w = grp(m, G_WORD);
		const struct fraction_word *f = lang_fraction(l, m->doc + w.s, w.e - w.s);

		if (!f)
			return -1;
		cl->num_start = w.s;
		cl->kind = K_RATIO;
		strcpy(cl->unit, "fraction");
		cl->has_value = 1;
		cl->value = f->value;
		cl->exact = 1;
		qualifiers(l, m, cl);
		return 0;
	}

	case R_RANK:
	case R_AGE:
		num = grp(m, G_N);
		if (parse_span(l, m, num, &nv) < 0 || nv.several ||
		    in_name(m->doc, m->n, num.s, num.e, 1))
			return -1;
		cl->num_start = num.s;
		cl->has_value = 1;
		cl->value = nv.lo;
		cl->step = 1;
		if (m->c->rule->type == R_RANK) {
			cl->kind = K_RANK;
			strcpy(cl->unit, "rank");
			cl->exact = 1;
		} else {
			cl->kind = K_AGE;
			strcpy(cl->unit, "year");
			cl->bound = B_ABOVE_STEP;
		}
		return 0;

	case R_DATE: {
		struct span y = grp(m, G_Y), mo = grp(m, G_M), d = grp(m, G_D),
			    rel = grp(m, G_REL);

		cl->num_start = has(y) ? y.s : has(mo) ? mo.s : rel.s;
		if (in_name(m->doc, m->n, cl->num_start, cl->num_start, 1))
			return -1;
		cl->kind = K_DATE;
		strcpy(cl->unit, "date");
		if (has(y))
			cl->year = int_at(m, y);
		if (has(mo))
			cl->month = int_at(m, mo);
		if (has(d))
			cl->day = int_at(m, d);
		if (has(rel)) {
			const struct period_word *pw =
				lang_period(l, m->doc + rel.s, rel.e - rel.s);

			cl->rel = 1;
			cl->rel_years = pw ? pw->years : 0;
		}
		if ((has(y) && (cl->year < 1000 || cl->year > 2999)) ||
		    (has(mo) && (cl->month < 1 || cl->month > 12)) ||
		    (has(d) && (cl->day < 1 || cl->day > 31)))
			return -1;
		qualifiers(l, m, cl);
		return 0;
	}

	case R_TIME: {
		struct span h = grp(m, G_H), mi = grp(m, G_MIN), ap = grp(m, G_AMPM);

		if (in_name(m->doc, m->n, h.s, h.e, 1))
			return -1;
		cl->num_start = has(ap) ? ap.s : h.s;
		cl->kind = K_TIME;
		strcpy(cl->unit, "time");
		cl->hour = int_at(m, h);
		cl->minute = has(mi) ? int_at(m, mi) : 0;
		if (has(ap) && lang_word(l->pm_words, m->doc + ap.s, ap.e - ap.s) >= 0 &&
		    cl->hour < 12)
			cl->hour += 12;
		if (cl->hour > 24 || cl->minute > 59)
			return -1;
		qualifiers(l, m, cl);
		return 0;
	}
	}
	return -1;
}

/* ---- a document ---- */

struct vec {
	struct claim *v;
	size_t n, cap;
};

static int push(struct vec *v, const struct claim *c)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 64;
		struct claim *p = realloc(v->v, cap * sizeof *p);

		if (!p)
			return -1;
		v->v = p;
		v->cap = cap;
	}
	v->v[v->n++] = *c;
	return 0;
}

/* Earlier first; at the same place the longer, then the earlier rule. */
static int by_place(const void *a, const void *b)
{
	const struct claim *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->rule < y->rule ? -1 : x->rule > y->rule;
}

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
static void adopt_unit(struct claim *a, const struct claim *b)
{
	if (a->kind != K_NUMBER || b->kind == K_NUMBER)
		return;
	a->kind = b->kind;
	memcpy(a->unit, b->unit, sizeof a->unit);
	a->value = a->num * b->factor;
	a->step *= b->factor;
	a->factor = b->factor;
}

static int joinable(const struct claim *a, const struct claim *b)
{
	if (a->kind == K_DATE || a->kind == K_TIME || b->kind == K_DATE || b->kind == K_TIME)
		return same_measure(a, b);
	return a->has_value && b->has_value &&
	       (same_measure(a, b) || (a->kind == K_NUMBER && a->unit[0] == 0));
}

/* A ~ B and A から B まで become one range claim; in A または B以内 the
 * first figure shares the second's qualifier. */
static void join(const struct lang *l, const char *doc, size_t n, struct vec *v)
{
	size_t i = 0, k, p, q, j;

	while (i + 1 < v->n) {
		struct claim *a = &v->v[i], *b = &v->v[i + 1];
		int closed = 1;

		p = skip_space(doc, n, a->end);
		j = lang_prefix(l->range_joiners, doc + p, n - p);
		if (!j) {
			j = lang_prefix(l->range_open, doc + p, n - p);
			closed = 0;
		}
		if (j && skip_space(doc, n, p + j) == b->start && a->qual == Q_EQ &&
		    joinable(a, b)) {
			q = skip_space(doc, n, b->end);
			if (closed || lang_prefix(l->range_close, doc + q, n - q)) {
				adopt_unit(a, b);
				a->end = b->end;
				a->qual = Q_RANGE;
				a->end_year = b->year;
				a->end_month = b->month;
				a->end_day = b->day;
				a->end_hour = b->hour;
				a->end_minute = b->minute;
				if (a->has_value) {
					a->lo = a->value;
					a->hi = b->value;
					a->has_lo = a->has_hi = 1;
				}
				for (k = i + 1; k + 1 < v->n; k++)
					v->v[k] = v->v[k + 1];
				v->n--;
				continue;
			}
		}
		j = lang_prefix(l->alternatives, doc + p, n - p);
		if (j && skip_space(doc, n, p + j) == b->start && a->qual == Q_EQ &&
		    b->qual != Q_EQ && b->qual != Q_RANGE && joinable(a, b) &&
		    a->kind != K_DATE && a->kind != K_TIME) {
			adopt_unit(a, b);
			a->qual = b->qual;
			a->bound = b->bound;
		}
		i++;
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
		s = c->kind == K_RANK ? 1 : v / 10;
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
	case B_BELOW_STEP:
		c->lo = v - s;
		c->hi = v;
		break;
	case B_ABOVE_STEP:
		c->lo = v;
		c->hi = v + s;
		break;
	case B_FROM:
		c->lo = v;
		c->has_hi = 0;
		break;
	case B_UPTO:
		c->hi = v;
		c->has_lo = 0;
		break;
	}
	if (c->has_lo && c->lo < 0)
		c->lo = 0;	/* extract reads no signs: figures are >= 0 */
}

/* ---- dates and periods ---- */

static int line_of(const char *doc, size_t pos)
{
	struct cursor cu;

	cursor_init(&cu, doc, pos);
	cursor_advance(&cu, doc, pos);
	return (int)cu.line;
}

/* Fill in the year of a date written without one; 0 when unknown. */
static int resolve_year(const struct date *pub, int year, int rel, int rel_years,
			int month, int day)
{
	if (rel)
		return pub->year ? pub->year + rel_years : 0;
	if (year)
		return year;
	if (!pub->year || !month)
		return 0;
	if (month < pub->month || (month == pub->month && (!day || day <= pub->day)))
		return pub->year;
	return pub->year - 1;
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

static void resolve_date(const struct date *pub, struct claim *c)
{
	char a[16], b[16];
	int y = resolve_year(pub, c->year, c->rel, c->rel_years, c->month, c->day);

	iso_date(a, sizeof a, y, c->month, c->day);
	if (c->qual != Q_RANGE || !a[0]) {
		snprintf(c->period, sizeof c->period, "%s", a);
		return;
	}
	iso_date(b, sizeof b, c->end_year ? c->end_year : y, c->end_month, c->end_day);
	snprintf(c->period, sizeof c->period, "%s/%s", a, b);
}

static void resolve_time(struct claim *c)
{
	int eh = c->end_hour, em = c->end_minute;

	if (c->qual != Q_RANGE) {
		snprintf(c->period, sizeof c->period, "T%02d:%02d", c->hour, c->minute);
		return;
	}
	/* 10時から6時: an end before the start is in the afternoon */
	if (eh * 60 + em <= c->hour * 60 + c->minute && eh < 12)
		eh += 12;
	snprintf(c->period, sizeof c->period, "T%02d:%02d/T%02d:%02d",
		 c->hour, c->minute, eh, em);
}

struct marker {
	size_t start, end;
	char iso[48];
};

struct markers {
	struct marker *v;
	size_t n, cap;
};

static int add_marker(struct markers *m, size_t s, size_t e, const char *iso)
{
	if (!iso[0])
		return 0;
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 32;
		struct marker *p = realloc(m->v, cap * sizeof *p);

		if (!p)
			return -1;
		m->v = p;
		m->cap = cap;
	}
	m->v[m->n].start = s;
	m->v[m->n].end = e;
	snprintf(m->v[m->n].iso, sizeof m->v[m->n].iso, "%s", iso);
	m->n++;
	return 0;
}

static int by_start(const void *a, const void *b)
{
	const struct marker *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* A date followed (within a few characters of the same clause) by a
 * "since" word (以降) means "from then until publication". */
static void since(const struct lang *l, const char *doc, size_t n,
		  const struct date *pub, struct marker *mk)
{
	size_t p = mk->end, len;
	int k;
	char iso[16];

	if (!pub->year)
		return;
	for (k = 0; k < 4 && p < n; k++) {
		if (lang_prefix(l->since_words, doc + p, n - p)) {
			iso_date(iso, sizeof iso, pub->year, pub->month, pub->day);
			if (strlen(mk->iso) + strlen(iso) + 2 <= sizeof mk->iso) {
				strcat(mk->iso, "/");
				strcat(mk->iso, iso);
			}
			return;
		}
		if (lang_prefix(l->clause_breaks, doc + p, n - p) || doc[p] == '\n')
			return;
		utf8_decode(doc + p, doc + n, &len);
		p += len;
	}
}

/* The dates and relative words (今年, 現在) that periods are taken from. */
static int find_markers(struct scanner *sc, const char *doc, size_t n,
			const struct date *pub, const struct vec *v, struct markers *out)
{
	const struct lang *l = sc->lang;
	size_t i, start = 0, ci = 0;
	int rc;

	for (i = 0; i < v->n; i++) {
		if (v->v[i].kind == K_DATE &&
		    add_marker(out, v->v[i].start, v->v[i].end, v->v[i].period) < 0)
			return -1;
	}
	if (pub->year) {
		while ((rc = pcre2_match(sc->periods, (PCRE2_SPTR)doc, n, start,
					 PCRE2_NO_UTF_CHECK, sc->md, NULL)) > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
			const struct period_word *pw = lang_period(l, doc + ov[0], ov[1] - ov[0]);
			char iso[16];

			while (ci < v->n && v->v[ci].end <= ov[0])
				ci++;
			if (pw && !(ci < v->n && v->v[ci].start < ov[1])) {
				if (pw->whole_date)
					iso_date(iso, sizeof iso, pub->year, pub->month, pub->day);
				else
					iso_date(iso, sizeof iso, pub->year + pw->years, 0, 0);
				if (add_marker(out, ov[0], ov[1], iso) < 0)
					return -1;
			}
			start = ov[1];
		}
	}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, by_start);
	for (i = 0; i < out->n; i++)
		since(l, doc, n, pub, &out->v[i]);
	return 0;
}

/* ---- sentences and subjects ---- */

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
		size_t k = lang_prefix(l->sentence_ends, doc + p, n - p);

		if (p >= n || doc[p] == '\n' || doc[p] == '\r') {
			*e = p;
			break;
		}
		if (k) {
			p += k;
			while ((k = lang_prefix(CLOSERS, doc + p, n - p)))
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
	return is_han(c) || is_katakana(c) || is_ascii_letter(c) ||
	       (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
	       (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static uint32_t cp_before(const char *doc, size_t n, size_t p, size_t *at)
{
	size_t len;

	*at = utf8_back(doc, p);
	return utf8_decode(doc + *at, doc + n, &len);
}

/* The noun phrase that ends at end, not reaching before limit: nouns
 * joined by の and Latin words joined by a space, kept to its last
 * の-parts within 12 characters. */
static int phrase_back(const struct lang *l, const char *doc, size_t n,
		       size_t limit, size_t end, size_t *s, size_t *e)
{
	size_t p = end, at, q, len;
	uint32_t c;

	while (p > limit) {
		c = cp_before(doc, n, p, &at);
		if (at < limit)
			break;
		if (noun_char(c)) {
			p = at;
			continue;
		}
		if ((lang_word(l->subject_joiners, doc + at, p - at) >= 0 || c == ' ') &&
		    at > limit && p < end) {
			uint32_t b = cp_before(doc, n, at, &q);

			if (q >= limit && noun_char(b) && (c != ' ' || is_ascii_letter(b))) {
				p = at;
				continue;
			}
		}
		break;
	}
	/* keep the last parts within 12 characters */
	while (utf8_count(doc + p, end - p) > 12) {
		size_t k = p;

		while (k < end && !lang_prefix(l->subject_joiners, doc + k, end - k)) {
			utf8_decode(doc + k, doc + n, &len);
			k += len;
		}
		if (k >= end)
			break;
		p = k + lang_prefix(l->subject_joiners, doc + k, end - k);
	}
	*s = p;
	*e = end;
	return end > p;
}

static int phrase_forward(const char *doc, size_t n, size_t limit, size_t p,
			  size_t *s, size_t *e)
{
	size_t q, len;
	uint32_t c;

	p = skip_space(doc, n, p);
	q = p;
	while (q < limit) {
		c = utf8_decode(doc + q, doc + n, &len);
		if (noun_char(c)) {
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
	return q > p;
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
	/* clause around the claim, within its sentence */
	while (cs > c->sent_start) {
		at = utf8_back(doc, cs);
		if (lang_prefix(l->clause_breaks, doc + at, n - at))
			break;
		cs = at;
	}
	while (ce < c->sent_end && !lang_prefix(l->clause_breaks, doc + ce, n - ce)) {
		utf8_decode(doc + ce, doc + n, &len);
		ce += len;
	}
	if (prev > cs && prev <= c->start)
		cs = prev;
	/* 1. the phrase before the nearest は/が/も */
	for (p = c->start; p > cs; p = at) {
		at = utf8_back(doc, p);
		if (lang_word(l->subject_markers, doc + at, p - at) >= 0 && at > cs) {
			ch = cp_before(doc, n, at, &k);
			if (noun_char(ch) &&
			    phrase_back(l, doc, n, cs, at, &c->subj_start, &c->subj_end))
				return;
		}
	}
	/* 2. the noun after の that follows the claim */
	k = lang_prefix(l->subject_joiners, doc + c->end, n - c->end);
	if (k && phrase_forward(doc, n, ce, c->end + k, &c->subj_start, &c->subj_end))
		return;
	/* 3. the noun right before the claim, skipping a の */
	p = c->start;
	while (p > cs && (doc[p - 1] == ' ' || doc[p - 1] == '\t'))
		p--;
	if (p > cs) {
		at = utf8_back(doc, p);
		if (lang_word(l->subject_joiners, doc + at, p - at) >= 0)
			p = at;
		if (!phrase_back(l, doc, n, cs, p, &c->subj_start, &c->subj_end))
			c->subj_start = c->subj_end = 0;
	}
}

/* 27% と 31%: two figures of one list share their subject. */
static int same_list(const struct lang *l, const char *doc, size_t n,
		     const struct claim *a, const struct claim *b)
{
	size_t p = skip_space(doc, n, a->end), k;

	if (a->kind != b->kind || strcmp(a->unit, b->unit) != 0)
		return 0;
	k = lang_prefix(l->list_joiners, doc + p, n - p);
	return k && skip_space(doc, n, p + k) == b->start;
}

/* ---- the scan ---- */

int scanner_run(struct scanner *sc, const char *doc, size_t n,
		const struct date *pub_in, struct claim **out, size_t *count)
{
	const struct lang *l = sc->lang;
	struct vec all = {0}, chosen = {0};
	struct markers mk = {0};
	struct date pub = *pub_in;
	struct match m;
	size_t r, i, j, last_end = 0, line_start = 0, lines_seen = 0, prev_end = 0;

	m.doc = doc;
	m.n = n;
	if (n >= 3 && memcmp(doc, "\xEF\xBB\xBF", 3) == 0)
		line_start = lines_seen = 3;	/* a BOM is no part of a sentence */
	for (r = 0; r < sc->nrules; r++) {
		size_t start = 0;
		int rc;

		m.c = &sc->rules[r];
		while (start <= n && (rc = pcre2_match(m.c->re, (PCRE2_SPTR)doc, n, start,
						       PCRE2_NO_UTF_CHECK, sc->md, NULL)) >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
			uint32_t pairs = pcre2_get_ovector_count(sc->md);
			struct claim cl;

			for (i = 0; i < 2 * (size_t)pairs && i < sizeof m.ov / sizeof *m.ov; i++)
				m.ov[i] = i < 2 * (size_t)rc ? ov[i] : PCRE2_UNSET;
			for (; i < sizeof m.ov / sizeof *m.ov; i++)
				m.ov[i] = PCRE2_UNSET;
			if (ov[1] > ov[0] && interpret(l, &m, &cl) == 0 && push(&all, &cl) < 0)
				goto oom;
			if (ov[1] > ov[0]) {
				start = ov[1];
			} else {
				size_t len;

				if (ov[0] >= n)
					break;
				utf8_decode(doc + ov[0], doc + n, &len);
				start = ov[0] + len;
			}
		}
	}
	/* the longest claim wins where claims overlap */
	if (all.n)
		qsort(all.v, all.n, sizeof *all.v, by_place);
	for (i = 0; i < all.n; i++) {
		if (chosen.n && all.v[i].start < last_end)
			continue;
		if (push(&chosen, &all.v[i]) < 0)
			goto oom;
		last_end = all.v[i].end;
	}
	free(all.v);
	all.v = NULL;
	join(l, doc, n, &chosen);

	/* the publication date: the first full date of the first 10 lines */
	if (!pub.year)
		for (i = 0; i < chosen.n; i++) {
			struct claim *c = &chosen.v[i];

			if (line_of(doc, c->start) > 10)
				break;
			if (c->kind == K_DATE && c->year && c->month && c->day && !c->rel) {
				pub.year = c->year;
				pub.month = c->month;
				pub.day = c->day;
				break;
			}
		}
	for (i = 0; i < chosen.n; i++) {
		if (chosen.v[i].kind == K_DATE)
			resolve_date(&pub, &chosen.v[i]);
		else if (chosen.v[i].kind == K_TIME)
			resolve_time(&chosen.v[i]);
		interval(&chosen.v[i]);
	}
	if (find_markers(sc, doc, n, &pub, &chosen, &mk) < 0)
		goto oom;

	for (i = 0; i < chosen.n; i++) {
		struct claim *c = &chosen.v[i];
		const struct marker *before = NULL, *after = NULL;

		while (lines_seen < c->start) {
			if (doc[lines_seen] == '\n' || doc[lines_seen] == '\r')
				line_start = lines_seen + 1;
			lines_seen++;
		}
		sentence(l, doc, n, c->start, line_start, &c->sent_start, &c->sent_end);
		if (c->sent_start > c->start)
			c->sent_start = c->start;
		if (c->sent_end < c->end)
			c->sent_end = c->end;
		subject(l, doc, n, c, prev_end);
		if (c->subj_end == c->subj_start && i > 0 && same_list(l, doc, n, &chosen.v[i - 1], c)) {
			c->subj_start = chosen.v[i - 1].subj_start;
			c->subj_end = chosen.v[i - 1].subj_end;
		}
		prev_end = c->end;
		if (c->kind == K_DATE || c->kind == K_TIME)
			continue;
		for (j = 0; j < mk.n; j++) {
			const struct marker *k = &mk.v[j];

			if (k->start < c->sent_start || k->end > c->sent_end)
				continue;
			if (k->end <= c->start)
				before = k;
			else if (k->start >= c->end && !after)
				after = k;
		}
		if (before || after)
			snprintf(c->period, sizeof c->period, "%s", (before ? before : after)->iso);
	}
	free(mk.v);
	*out = chosen.v;
	*count = chosen.n;
	return 0;
oom:
	free(all.v);
	free(chosen.v);
	free(mk.v);
	return -1;
}
