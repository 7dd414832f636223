#define _POSIX_C_SOURCE 200809L	/* strncasecmp */
/* analyze/relate.c - which figures belong together, and what they say.
 *
 * Figures are related through the text they stand in: the same sentence,
 * a list in the next sentence of the same paragraph, the same subject and
 * unit, and the connecting words of lang.h.  Every computation is on
 * intervals, so rounding never makes a check fail. */
#include <gsl/gsl_const_mksa.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_math.h>
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "lang.h"
#include "numfmt.h"
#include "relate.h"

/* A comparison or check being written: its strings in buffers of their
 * own until the next one is added or the document ends. */
struct comparison_draft {
	const char *doc;
	char id[16];
	const char *measure;
	char claims[512];
	int has_value;
	double value;
	struct iv iv;
	char unit[48];
	char note[512];
};

struct check_draft {
	const char *doc;
	char id[16];
	const char *check;
	enum verdict verdict;
	char claims[512];
	struct iv iv;
	char expected[64];
	char message[512];
};

struct ctx {
	struct rec *v;		/* one document's claims, in text order */
	size_t n;
	size_t *sent;		/* sentence number of each claim */
	size_t *first;		/* first claim of each sentence, and n after the last */
	size_t nsent;
	struct findings *f;
	int ncmp, nchk;		/* numbering within the document */
	int oom;
	struct comparison_draft dc;	/* the last comparison added, when has_dc */
	struct check_draft dk;		/* the last check added, when has_dk */
	int has_dc, has_dk;
};

const char *verdict_name(enum verdict v)
{
	static const char *const N[] = {"pass", "fail", "unknown"};

	return N[v];
}

/* ---- claims ---- */

static int is(const struct rec *r, enum rkind k)
{
	return r->k == k;
}

static int measurable(const struct rec *r)
{
	return !is(r, RK_DATE) && !is(r, RK_TIME) && !is(r, RK_RANK) &&
	       (isfinite(r->iv.lo) || isfinite(r->iv.hi));
}

/* Can r be below zero (a number, a temperature, a percentage change)? */
static int signed_kind(const struct rec *r)
{
	return is(r, RK_NUMBER) || is(r, RK_TEMPERATURE) || is(r, RK_PERCENT);
}

/* The interval of a claim; a count, an amount, a duration is never
 * negative, nor is a percentage that is not written so (below 3% is
 * [0, 3]), so its open lower end is 0. */
static struct iv val(const struct rec *r)
{
	struct iv x = r->iv;

	if (x.lo < 0 && !is(r, RK_NUMBER) && !is(r, RK_TEMPERATURE) &&
	    !(is(r, RK_PERCENT) && r->has_value && r->value < 0))
		x.lo = 0;
	return x;
}

/* A count is a whole number: keep the integers of its interval. */
static struct iv count_val(const struct rec *r)
{
	struct iv x = val(r), w;

	return is(r, RK_COUNT) && iv_integers(x, &w) ? w : x;
}

/* The middle of a bounded interval, else its finite end. */
static double mid(struct iv x)
{
	return iv_bounded(x) ? (x.lo + x.hi) / 2 : isfinite(x.lo) ? x.lo : x.hi;
}

/* The point a figure states: its value, else the middle of its interval. */
static double point(const struct rec *r)
{
	return r->has_value ? r->value : mid(r->iv);
}

/* First and last year of a period ("2022", "2019/2023", "2024-05");
 * returns 0 when there is none. */
static int years(const char *p, int *from, int *to)
{
	const char *slash = strchr(p, '/');

	if (!*p || sscanf(p, "%4d", from) != 1)
		return 0;
	*to = *from;
	if (slash && sscanf(slash + 1, "%4d", to) != 1)
		return 0;
	return 1;
}

/* The first and last day of an ISO date as yyyymmdd ("2025" is 20250101
 * to 20251231, "2025-02" 20250201 to 20250231: a day past a month's end
 * orders right); 0 when p is no date. */
static int day_span(const char *p, size_t n, long *lo, long *hi)
{
	int y, m = 0, d = 0, k = 0;

	if (n < 4 || sscanf(p, "%4d%n", &y, &k) != 1 || k != 4)
		return 0;
	if (n >= 7 && p[4] == '-' && sscanf(p + 5, "%2d", &m) != 1)
		return 0;
	if (n >= 10 && p[7] == '-' && sscanf(p + 8, "%2d", &d) != 1)
		return 0;
	*lo = y * 10000L + (m ? m : 1) * 100 + (d ? d : 1);
	*hi = y * 10000L + (m ? m : 12) * 100 + (d ? d : 31);
	return 1;
}

/* The first and last day of a period ("2025", "2025-02-01/2025-03-31"). */
static int period_days(const char *p, long *lo, long *hi)
{
	const char *slash = strchr(p, '/');
	long a, b;

	if (!slash)
		return day_span(p, strlen(p), lo, hi);
	return day_span(p, (size_t)(slash - p), lo, &a) && day_span(slash + 1, strlen(slash + 1), &b, hi);
}

/* The first year of a period of one whole year (2025, and twelve months
 * from any month: the fiscal year 2025-04/2026-03), or 0. */
static int one_year(const char *p)
{
	int a, b, ma, mb, k = 0;

	if (strlen(p) == 4)
		return years(p, &a, &b) ? a : 0;
	if (strlen(p) == 15 && sscanf(p, "%4d-%2d/%4d-%2d%n", &a, &ma, &b, &mb, &k) == 4 && k == 15 &&
	    ma >= 1 && ma <= 12 && ((ma == 1 && mb == 12 && b == a) || (ma > 1 && mb == ma - 1 && b == a + 1)))
		return a;
	return 0;
}

static const char *after(const struct rec *r)
{
	return r->sentence + r->endpos;
}

/* How many bytes after r to look at: at most max, not past its sentence. */
static size_t near(const struct rec *r, size_t max)
{
	size_t n = strlen(after(r));

	return n < max ? n : max;
}

static int letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Does s[0..n) hold a word of list?  A word that starts or ends with a
 * Latin letter must not be part of a longer one ("rise" in "enterprise").
 * Candidates are found by the word's last byte: in CJK text a lead byte
 * (0xE4-0xE9) is every third byte, a last byte of a character far rarer. */
static int holds(const char *s, size_t n, const char *const *list)
{
	for (; list && *list; list++) {
		const char *w = *list, *q, *end = s + n;
		size_t len = strlen(w);

		if (len == 0 || len > n)
			continue;
		for (q = s + len - 1; q < end && (q = memchr(q, w[len - 1], (size_t)(end - q))); q++) {
			const char *p = q - (len - 1);

			if (memcmp(p, w, len - 1) == 0 &&
			    !(letter(w[0]) && p > s && letter(p[-1])) &&
			    !(letter(w[len - 1]) && q + 1 < end && letter(q[1])) &&
			    !(p > s && p[-1] >= '0' && p[-1] <= '9'))	/* 10年間: ten years, not yearly */
				return 1;
		}
	}
	return 0;
}

/* The bytes of r's sentence before it, at most max (fewer at the start
 * of the sentence); *n gets how many. */
static const char *before_n(const struct rec *r, size_t max, size_t *n)
{
	*n = r->pos < max ? r->pos : max;
	return r->sentence + r->pos - *n;
}

static const char *before(const struct rec *r, size_t *n)
{
	return before_n(r, 15, n);
}

#define ANY(member, s, n) any_lang(offsetof(struct alang, member), s, n)

/* The word list at offset member of language i's table. */
static const char *const *list_of(size_t i, size_t member)
{
	return *(const char *const *const *)((const char *)ALANGS[i] + member);
}

static int any_lang(size_t member, const char *s, size_t n)
{
	size_t i;

	for (i = 0; ALANGS[i]; i++)
		if (holds(s, n, list_of(i, member)))
			return 1;
	return 0;
}

/* Same head noun: equal, or one ends with the other (年収, 平均年収). */
static int same_subject(const struct rec *a, const struct rec *b)
{
	size_t la = strlen(a->subject), lb = strlen(b->subject);

	if (!la || !lb)
		return 0;
	if (la < lb)
		return la >= 4 && strcmp(b->subject + lb - la, a->subject) == 0;
	return lb >= 4 && strcmp(a->subject + la - lb, b->subject) == 0;
}

/* Does a word of rising (+1) or falling (-1) follow r closely, or none or
 * both (0)? */
static int moved(const struct rec *r)
{
	size_t n = near(r, 30);

	return ANY(up, after(r), n) - ANY(down, after(r), n);
}

/* Does a word of frames (では) stand right before r's subject in its
 * sentence (旭川市では空き室率が9％), or the subject right after the first
 * comma of a sentence a word of frame_openers and a name open ("In Marion
 * County, turnout reached 74.5%"; not "In fact,")? */
static int framed_subject(const struct rec *r)
{
	size_t i, k = strlen(r->subject);
	const char *const *w;
	const char *p;

	if (!k)
		return 0;
	for (i = 0; ALANGS[i]; i++) {
		for (w = ALANGS[i]->frames; w && *w; w++)
			for (p = strstr(r->sentence, *w); p && p < r->sentence + r->pos; p = strstr(p + 1, *w))
				if (strncmp(p + strlen(*w), r->subject, k) == 0)
					return 1;
		for (w = ALANGS[i]->frame_openers; w && *w; w++)
			if (strncmp(r->sentence, *w, strlen(*w)) == 0 &&
			    isupper((unsigned char)r->sentence[strlen(*w)]) &&	/* a name (not In fact, In the end) */
			    (p = strchr(r->sentence, ',')) && p < r->sentence + r->pos) {
				p += strspn(p + 1, " ") + 1;
				if (strncmp(p, "the ", 4) == 0)
					p += 4;
				if (strncmp(p, r->subject, k) == 0)
					return 1;
			}
	}
	return 0;
}

/* ---- writing findings ---- */

static void ids(char *buf, size_t size, const struct rec *const *r, size_t n)
{
	size_t i, len = 0;

	buf[0] = 0;
	for (i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ";" : "", r[i]->id);
}

/* Room for element n of v: v itself, or v reallocated (then *cap is
 * doubled); NULL when memory runs out, with v and *cap as they were. */
static void *grow(void *v, size_t *cap, size_t n, size_t size)
{
	size_t want = *cap ? *cap * 2 : 32;
	void *p;

	if (n < *cap)
		return v;
	p = realloc(v, want * size);
	if (p)
		*cap = want;
	return p;
}

#define BLOCK 65536	/* bytes of one block of text; a draft's string is at most 512 */

/* A copy of s in f's blocks of text, or NULL when memory runs out. */
static const char *keep(struct findings *f, const char *s)
{
	size_t n = strlen(s) + 1;
	char *b;

	if (n > f->left) {
		char **p = grow(f->blocks, &f->capblocks, f->nblocks, sizeof *p);

		if (!p)
			return NULL;
		f->blocks = p;
		if (!(b = malloc(BLOCK)))
			return NULL;
		f->blocks[f->nblocks++] = b;
		f->left = BLOCK;
	}
	b = f->blocks[f->nblocks - 1] + BLOCK - f->left;
	f->left -= n;
	return memcpy(b, s, n);
}

/* Move the comparison being written into c's findings. */
static void commit_cmp(struct ctx *c)
{
	struct findings *f = c->f;
	const struct comparison_draft *d = &c->dc;
	struct comparison *p;

	if (!c->has_dc || c->oom)
		return;
	c->has_dc = 0;
	if (!(p = grow(f->cmp, &f->capcmp, f->ncmp, sizeof *p))) {
		c->oom = 1;
		return;
	}
	f->cmp = p;
	p += f->ncmp;
	p->doc = d->doc;
	memcpy(p->id, d->id, sizeof p->id);
	p->measure = d->measure;
	p->has_value = d->has_value;
	p->value = d->value;
	p->iv = d->iv;
	memcpy(p->unit, d->unit, sizeof p->unit);
	p->claims = keep(f, d->claims);
	p->note = keep(f, d->note);
	if (p->claims && p->note)
		f->ncmp++;
	else
		c->oom = 1;
}

/* Move the check being written into c's findings. */
static void commit_chk(struct ctx *c)
{
	struct findings *f = c->f;
	const struct check_draft *d = &c->dk;
	struct check *p;

	if (!c->has_dk || c->oom)
		return;
	c->has_dk = 0;
	if (!(p = grow(f->chk, &f->capchk, f->nchk, sizeof *p))) {
		c->oom = 1;
		return;
	}
	f->chk = p;
	p += f->nchk;
	p->doc = d->doc;
	memcpy(p->id, d->id, sizeof p->id);
	p->check = d->check;
	p->verdict = d->verdict;
	p->iv = d->iv;
	memcpy(p->expected, d->expected, sizeof p->expected);
	p->claims = keep(f, d->claims);
	p->message = keep(f, d->message);
	if (p->claims && p->message)
		f->nchk++;
	else
		c->oom = 1;
}

/* A new comparison to fill in, valid until the next one is added; NULL
 * once memory has run out. */
static struct comparison_draft *add_cmp(struct ctx *c, const char *measure,
					const struct rec *const *r, size_t nr)
{
	struct comparison_draft *x = &c->dc;

	commit_cmp(c);
	if (c->oom)
		return NULL;
	memset(x, 0, sizeof *x);
	x->doc = r[0]->doc;
	snprintf(x->id, sizeof x->id, "C%d", ++c->ncmp);
	x->measure = measure;
	ids(x->claims, sizeof x->claims, r, nr);
	c->has_dc = 1;
	return x;
}

/* A new check to fill in, valid until the next one is added. */
static struct check_draft *add_chk(struct ctx *c, const char *check, enum verdict v,
				   const struct rec *const *r, size_t nr)
{
	struct check_draft *x = &c->dk;

	commit_chk(c);
	if (c->oom)
		return NULL;
	memset(x, 0, sizeof *x);
	x->doc = r[0]->doc;
	snprintf(x->id, sizeof x->id, "K%d", ++c->nchk);
	x->check = check;
	x->verdict = v;
	ids(x->claims, sizeof x->claims, r, nr);
	c->has_dk = 1;
	return x;
}

/* pass when all of x is within [lo, hi], fail when none of it is. */
static enum verdict within(struct iv x, double lo, double hi)
{
	if (num_le(lo, x.lo) && num_le(x.hi, hi))
		return V_PASS;
	if (num_lt(hi, x.lo) || num_lt(x.hi, lo))
		return V_FAIL;
	return V_UNKNOWN;
}

/* The same for shares, where an x that meets [lo, hi] in part passes:
 * the figures as rounded may be one whole (35% + 48% + 17% = [98, 102]),
 * and a share has no room above the whole (8割超 is [80, 100]). */
static enum verdict share_within(struct iv x, double lo, double hi)
{
	enum verdict v = within(x, lo, hi);

	return v == V_UNKNOWN ? V_PASS : v;
}

/* ---- comparisons ---- */

/* The change from a (earlier) to b (later), with ratio and growth. */
static void change(struct ctx *c, const struct rec *a, const struct rec *b, const char *label)
{
	const struct rec *r[2] = {a, b};
	int pct = strcmp(a->unit, "percent") == 0, ya = one_year(a->period),
	    yb = one_year(b->period);
	struct comparison_draft *x = add_cmp(c, "change", r, 2);
	struct iv d = iv_sub(val(b), val(a)), q = iv_div(val(b), val(a));
	char buf[96];
	const char *s;

	if (!x)
		return;
	x->has_value = 1;
	x->value = point(b) - point(a);
	x->iv = d;
	snprintf(x->unit, sizeof x->unit, "%s", pct ? "point" : a->unit);
	snprintf(x->note, sizeof x->note, "%s: %s (%s) → %s (%s)", label, a->text,
		 a->period, b->text, b->period);
	/* the direction words after the later figure must agree */
	s = after(b);
	if (ANY(up, s, strlen(s)) || ANY(down, s, strlen(s))) {
		int up = ANY(up, s, strlen(s));
		enum verdict v = up ? within(d, 0, INFINITY) : within(d, -INFINITY, 0);
		struct check_draft *k;

		if (!num_lt(0, d.hi) && up)
			v = V_FAIL;
		else if (!num_lt(d.lo, 0) && !up)
			v = V_FAIL;
		k = add_chk(c, "direction", v, r, 2);
		if (k) {
			k->iv = d;
			snprintf(k->expected, sizeof k->expected, up ? "> 0" : "< 0");
			snprintf(k->message, sizeof k->message,
				 "%s → %s is a change of %s, and the text says it %s (line %ld)",
				 a->text, b->text, iv_format(d, buf, sizeof buf), up ? "rose" : "fell",
				 b->line);
		}
	}
	if (num_le(q.lo, 0) || !isfinite(q.hi))
		return;
	x = add_cmp(c, pct ? "relative change" : "ratio", r, 2);
	if (!x)
		return;
	x->has_value = 1;
	x->value = pct ? (point(b) / point(a) - 1) * 100 : point(b) / point(a);
	x->iv = pct ? iv_scale(iv_sub(q, iv_point(1)), 100) : q;
	snprintf(x->unit, sizeof x->unit, "%s", pct ? "percent" : "times");
	snprintf(x->note, sizeof x->note, "%s: %s / %s", label, b->text, a->text);
	if (pct || !ya || !yb || yb <= ya)
		return;
	/* compound annual growth: exp(log(b/a) / years) - 1, via log1p/expm1 */
	x = add_cmp(c, "annual growth", r, 2);
	if (!x)
		return;
	x->has_value = 1;
	x->value = 100 * gsl_expm1(gsl_log1p(point(b) / point(a) - 1) / (yb - ya));
	x->iv = iv_make(100 * gsl_expm1(gsl_log1p(q.lo - 1) / (yb - ya)),
			100 * gsl_expm1(gsl_log1p(q.hi - 1) / (yb - ya)));
	snprintf(x->unit, sizeof x->unit, "percent/year");
	snprintf(x->note, sizeof x->note, "%s: %d → %d, compound", label, ya, yb);
}

/* Shares of one whole: the percentages of a sentence that says so (のうち,
 * を占め), and a list of as many in the next sentence of the paragraph
 * for another period (この 2 つの数字は…27% と 31%). */
static int signed_change(const struct rec *r);

/* Is r the base of a comparison (compared with 83.1%, 6%と比べ)? */
static int comparison_base_of(const struct rec *r)
{
	size_t nb;
	const char *b = before_n(r, 16, &nb);

	return ANY(compare_base, after(r), near(r, 12)) || ANY(compare_base, b, nb);
}

/* Does r's subject stand right before it as its whole (利用客の約6割,
 * 平日の昼間は8割近く)? */
static size_t ends_with(size_t member, const char *s, size_t n);

static int names_whole(const struct rec *r)
{
	size_t n, m, k = strlen(r->subject);
	const char *b = before_n(r, r->pos, &n);

	if (!k || !(m = ends_with(offsetof(struct alang, whole_marks), b, n)))
		return 0;
	n -= m;
	return n >= k && memcmp(b + n - k, r->subject, k) == 0;
}

/* Do two of the shares name wholes of their own, and different ones? */
static int wholes_apart(const struct rec *const *r, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (names_whole(r[i]) && names_whole(r[j]) && strcmp(r[i]->subject, r[j]->subject) != 0)
				return 1;
	return 0;
}

/* Is r a part of the share p right before it in its sentence, a word
 * of the table's among between (约95%…满意，其中"非常满意"的占七成; but
 * not a share after that part: …，不满意的占40%)? */
static int part_of_before(const struct rec *p, const struct rec *r)
{
	return p && strcmp(p->unit, "percent") == 0 && !signed_change(p) && strcmp(p->sentence, r->sentence) == 0 && r->pos > p->endpos &&
	       ANY(among, r->sentence + p->endpos, r->pos - p->endpos);
}

/* The group a share names right before it: 1 a kind of people (persons:
 * 男性, women), 2 an age, a word of age_groups with no clause mark after
 * it (30岁以下的占41%, 30至40岁占70%), 0 none. */
static int split_of(const struct rec *r)
{
	size_t nb, na, i, k, len;
	const char *b = before_n(r, 12, &nb), *a = before_n(r, 36, &na);
	const char *const *w;

	if (ANY(persons, b, nb))
		return 1;
	for (i = 0; ALANGS[i]; i++)	/* (after digits: 17岁之间的, which ANY passes over) */
		for (w = list_of(i, offsetof(struct alang, age_groups)); w && *w; w++)
			for (len = strlen(*w), k = 0; len && k + len <= na; k++)
				if (memcmp(a + k, *w, len) == 0 && !ANY(clause_marks, a + k + len, na - k - len))
					return 2;	/* (65歳以上で、8割近くを: a clause of its own) */
	return 0;
}

/* Do the shares r[0..n) name groups of different splits (30岁以下的占41%，
 * 男性占近九成; 年龄在15至17岁之间的约占92%，农村生源占比超过六成)? */
static int two_splits(const struct rec *const *r, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (split_of(r[i]) != split_of(r[0]))
			return 1;
	return 0;
}

/* 相当于正常保有量3900万头的103.7%, 完成年度投资计划的104%: a level
 * against another, or against a plan, no share */
static int equivalent(const struct rec *r)
{
	size_t nb, nn;
	const char *b = before_n(r, 48, &nb), *near_b = before_n(r, 18, &nn);

	return ANY(equivalents, b, nb) || (ANY(plan_bases, b, nb) && !ANY(part_of, near_b, nn));
}

/* 上位10%に入る論文, the top 10% of earners: a line that picks a group, no share */
static int threshold(const struct rec *r)
{
	size_t nb;
	const char *b = before_n(r, 16, &nb);

	while (nb > 0 && b[nb - 1] == ' ')
		nb--;
	return ends_with(offsetof(struct alang, thresholds), b, nb) != 0;
}

/* Is r the share p, a bound or an approximation, right before it said
 * again, closer: a word of the table's restates alone between, and r
 * within p (超过七成，达到72.3%; 7割を超え、72.3%)? */
static int restated(const struct rec *p, const struct rec *r)
{
	struct iv a = val(p), b = val(r);
	const char *const *w;
	size_t k, gap;

	if (strcmp(p->unit, "percent") != 0 || strcmp(p->qual, "eq") == 0 || strcmp(p->sentence, r->sentence) != 0 ||
	    r->pos <= p->endpos || b.lo < a.lo || b.hi > a.hi)
		return 0;
	gap = r->pos - p->endpos;
	while (gap > 0 && r->sentence[p->endpos + gap - 1] == ' ')
		gap--;
	for (k = 0; ALANGS[k]; k++)
		for (w = ALANGS[k]->restates; w && *w; w++)
			if (strlen(*w) == gap && memcmp(r->sentence + p->endpos, *w, gap) == 0)
				return 1;
	return 0;
}

static void shares(struct ctx *c, size_t i0, size_t i1, size_t j0, size_t j1)
{
	const struct rec *r[16];
	size_t i, n = 0;
	struct iv sum = iv_point(0);
	char buf[96], parts[256];
	size_t len = 0;
	const char *period = NULL;
	const struct rec *last = NULL;	/* the last share taken */

	/* shares, not changes (其中，出口增长62%，进口增长45%) nor the base of
	 * a comparison (84.7%, compared with 83.1% a year earlier: one measure
	 * twice), of one period */
	for (i = i0; i < i1 && n < 16; i++) {
		/* the share before: the claim before, or past a count to the last
		 * share taken (占总人口的22%，其中…2.2亿人，占15.6%) */
		const struct rec *prev = i == i0 ? NULL : strcmp(c->v[i - 1].unit, "percent") == 0 ? &c->v[i - 1] : last;

		if (strcmp(c->v[i].unit, "percent") == 0 && measurable(&c->v[i]) &&
		    !signed_change(&c->v[i]) && !comparison_base_of(&c->v[i]) && !equivalent(&c->v[i]) &&
		    !threshold(&c->v[i]) &&
		    !(i > i0 && restated(&c->v[i - 1], &c->v[i])) &&
		    (!period || strcmp(c->v[i].period, period) == 0) && !part_of_before(prev, &c->v[i])) {
			period = c->v[i].period;
			last = r[n++] = &c->v[i];
		}
	}
	for (i = 0; i < n; i++) {
		struct check_draft *k = add_chk(c, "share-range", share_within(val(r[i]), 0, 100), r + i, 1);

		if (k) {
			k->iv = val(r[i]);
			snprintf(k->expected, sizeof k->expected, "<= 100");
			snprintf(k->message, sizeof k->message, "%s %s 100%% (a share of a whole, line %ld)",
				 r[i]->text, k->verdict == V_FAIL ? ">" : "≤", r[i]->line);
		}
		sum = iv_add(sum, val(r[i]));
		len += (size_t)snprintf(parts + len, sizeof parts - len, "%s%s", i ? " + " : "", r[i]->text);
		if (len >= sizeof parts)
			len = sizeof parts - 1;
	}
	if (n >= 2) {
		enum verdict v = share_within(sum, 0, 100);
		/* 割合は男性が81.4%、女性が84.3%, 各地区占比分别为57.3%、55.8%: a
		 * rate word or a word of "each" may make each figure the rate or
		 * share of its own group, which sum to anything; and the answers
		 * of a survey may be several (アンケートでは…72.6%…3割余り) */
		const char *sen = r[0]->sentence;
		int survey = v == V_FAIL && ANY(surveys, sen, strlen(sen));
		int of_groups = v == V_FAIL && (ANY(rates, sen, strlen(sen)) || ANY(each, sen, strlen(sen)));
		/* 利用客の約6割が…、平日の昼間は8割近くを: each names its whole */
		int two_wholes = v == V_FAIL && wholes_apart(r, n);
		/* 30岁以下的占41%，男性占近九成: a share named by a group of people
		 * beside one that is not, two splits of one whole */
		int splits = v == V_FAIL && two_splits(r, n);
		struct check_draft *k = add_chk(c, "shares-sum", of_groups || survey || two_wholes || splits ? V_UNKNOWN : v, r, n);

		if (k) {
			k->iv = sum;
			snprintf(k->expected, sizeof k->expected, "<= 100");
			snprintf(k->message, sizeof k->message, "%s = %s%% %s 100%% (%s, line %ld)",
				 parts, iv_format(sum, buf, sizeof buf), v == V_FAIL ? ">" : v == V_PASS ? "≤" : "vs",
				 of_groups ? "shares of one whole, or rates of separate groups" :
				 two_wholes ? "shares of one whole, or of the two wholes the sentence names" :
				 survey ? "shares of one whole, or answers of a survey that allows several" :
				 splits ? "shares of one whole, or of two ways of dividing it" : "shares of one whole",
				 r[0]->line);
		}
	}
	/* the same list for another period: its shares, and the changes */
	if (j1 > j0) {
		const struct rec *s[16];
		size_t m = 0;

		for (i = j0; i < j1 && m < 16; i++)
			if (strcmp(c->v[i].unit, "percent") == 0 && measurable(&c->v[i]) &&
			    !signed_change(&c->v[i]))
				s[m++] = &c->v[i];
		if (m != n || m < 2)
			return;
		if (!one_year(s[0]->period) || !one_year(r[0]->period) ||
		    one_year(s[0]->period) == one_year(r[0]->period))
			return;
		shares(c, j0, j1, 0, 0);
		for (i = 0; i < n; i++) {
			int later = one_year(r[i]->period) > one_year(s[i]->period);
			const char *label = r[i]->subject[0] ? r[i]->subject : s[i]->subject;

			change(c, later ? s[i] : r[i], later ? r[i] : s[i], label);
		}
	}
}

/* The claims of sentence number s: [*from, *to). */
static int sentence_span(const struct ctx *c, size_t s, size_t *from, size_t *to)
{
	if (s >= c->nsent)
		return 0;
	*from = c->first[s];
	*to = c->first[s + 1];
	return 1;
}

static void share_groups(struct ctx *c)
{
	size_t s, from, to, f2, t2;

	for (s = 0; sentence_span(c, s, &from, &to); s++) {
		const char *sen = c->v[from].sentence;

		if (!ANY(part_of, sen, strlen(sen)))
			continue;
		if (sentence_span(c, s + 1, &f2, &t2) && c->v[f2].line == c->v[from].line &&
		    !ANY(part_of, c->v[f2].sentence, strlen(c->v[f2].sentence)))
			shares(c, from, to, f2, t2);
		else
			shares(c, from, to, 0, 0);
	}
}

/* A ratio word (半分, 2倍, 3分の1) between two figures of one unit:
 * the one before a comparison word (と比べ), else the nearer one, is the
 * base. */
/* Is f the base of the comparison that ratio r states: a word of
 * comparison right after it (6%と比べ) or shortly before it (compared with
 * 2023's rate of 6%), and r close to it (not "down from 23.4% a year
 * earlier but still nearly double the level of a decade ago")? */
static int compared(const struct rec *f, const struct rec *r)
{
	size_t nb, gap;
	const char *b = before_n(f, 32, &nb);

	if (strcmp(f->sentence, r->sentence) != 0)
		return 0;
	gap = r->pos > f->endpos ? r->pos - f->endpos : f->pos > r->endpos ? f->pos - r->endpos : 0;
	return gap <= 24 && (ANY(compare_base, after(f), near(f, 12)) || ANY(compare_base, b, nb));
}

/* Does figure f follow ratio r closely with a word of "of" between (nearly
 * double last year's 3.9 GW, three times the advance fare of £58)? */
static int of_after(const struct rec *r, const struct rec *f)
{
	size_t nb;
	const char *b = before_n(f, 8, &nb);

	if (strcmp(f->sentence, r->sentence) != 0 || f->pos < r->endpos || f->pos - r->endpos > 48)
		return 0;
	return ANY(of, b, nb) &&	/* the "of" right before the figure, */
	       !ANY(clause_marks, r->sentence + r->endpos, f->pos - r->endpos);	/* in the ratio's clause
					 * (nearly half of all sales, saw a gain of just 0.8%: another's) */
}

/* Does ratio r follow figure f of its sentence with no more than a word of
 * "of" (の, 的, of) between? */
static int of_before(const struct rec *f, const struct rec *r)
{
	const char *gap = r->sentence + f->endpos;
	size_t n;

	if (f->sentence != r->sentence && strcmp(f->sentence, r->sentence) != 0)
		return 0;
	if (r->pos < f->endpos || (n = r->pos - f->endpos) > 8)
		return 0;
	return n == 0 || ANY(of, gap, n);
}

/* Does s[0..n) end with a word of the member list of any language?  The
 * length of the longest such word, or 0. */
static size_t ends_with(size_t member, const char *s, size_t n)
{
	size_t i, len, best = 0;

	for (i = 0; ALANGS[i]; i++) {
		const char *const *w = list_of(i, member);

		for (; w && *w; w++)
			if ((len = strlen(*w)) <= n && len > best && memcmp(s + n - len, *w, len) == 0 &&
			    !(letter(**w) && len < n && letter(s[n - len - 1])))
				best = len;
	}
	return best;
}

/* Does fraction r say by how much a figure rose (+1) or fell (-1), not
 * to what it came: 3分の1ほど減りました, fell by a third, 减少了三分之一
 * (but 3分の1に減った, fell to a third, 降至三分之一 name the level)? */
static int change_by(const struct rec *r)
{
	const char *b;
	size_t n, nb, len;

	if (point(r) >= 1)
		return 0;
	n = near(r, 6);		/* a word right after it */
	if (ANY(down, after(r), n) || ANY(up, after(r), n))
		return ANY(down, after(r), n) ? -1 : 1;
	b = before_n(r, 24, &nb);	/* a word of change, a word of "by", spaces */
	while (nb > 0 && b[nb - 1] == ' ')
		nb--;
	if ((len = ends_with(offsetof(struct alang, by), b, nb)) > 0)
		nb -= len;
	else if (nb == 0 || (unsigned char)b[nb - 1] < 0x80)
		return 0;	/* "fell a third" wants its "by" */
	while (nb > 0 && b[nb - 1] == ' ')
		nb--;
	return ends_with(offsetof(struct alang, down), b, nb) ? -1 :
	       ends_with(offsetof(struct alang, up), b, nb) ? 1 : 0;
}

/* Does s start, after spaces, with a word of the member list of any
 * language, the word whole? */
static int starts_word(size_t member, const char *s)
{
	size_t i, len;

	while (*s == ' ')
		s++;
	for (i = 0; ALANGS[i]; i++) {
		const char *const *w = list_of(i, member);

		for (; w && *w; w++)
			if (strncmp(s, *w, len = strlen(*w)) == 0 && !(letter(s[len - 1]) && letter(s[len])))
				return 1;
	}
	return 0;
}

/* Does a change run from a to b with r right after it (从约2900家减少到
 * 1900余家，减少了三分之一)? */
static int from_to(const struct rec *a, const struct rec *b, const struct rec *r)
{
	size_t nb;
	const char *p = before_n(a, 16, &nb);

	return b < r && r->pos >= b->endpos && r->pos - b->endpos <= 24 && ANY(from, p, nb);
}

/* Add check name of figures x and y and the word r that states their
 * relation: q, computed from the figures, passes where it meets e, what r
 * says.  e is written into eb (size n, at least 96) as the expected. */
static struct check_draft *add_computed(struct ctx *c, const char *name, const struct rec *x,
				  const struct rec *y, const struct rec *r, struct iv q, struct iv e,
				  char *eb, size_t n)
{
	const struct rec *rr[3] = {x, y, r};
	struct check_draft *k = add_chk(c, name, iv_overlap(q, e) ? V_PASS : V_FAIL, rr, 3);

	iv_format(e, eb, n);
	if (k) {
		k->iv = q;
		snprintf(k->expected, sizeof k->expected, "%s", eb);
	}
	return k;
}

/* The length of a word of the member list of any language that s starts
 * with, or 0. */
static size_t starts_with(size_t member, const char *s)
{
	size_t i, len;

	for (i = 0; ALANGS[i]; i++) {
		const char *const *w = list_of(i, member);

		for (; w && *w; w++)
			if ((len = strlen(*w)) > 0 && strncmp(s, *w, len) == 0)
				return len;
	}
	return 0;
}

/* The first character after the last digit of r's text and any
 * multiplier (1万頭: 頭), as UTF-8 bytes in *n: its counter (20室未満: 室);
 * n is 0 for none or ASCII. */
static const char *counter_of(const struct rec *r, size_t *n)
{
	const char *t = r->text, *p = NULL;
	size_t k;

	for (; *t; t++)
		if (isdigit((unsigned char)*t))
			p = t + 1;
	*n = 0;
	while (p && (k = starts_with(offsetof(struct alang, multipliers), p)) > 0)
		p += k;
	if (!p || (unsigned char)*p < 0x80)
		return p;
	for (k = 1; p[k] && ((unsigned char)p[k] & 0xC0) == 0x80; k++)
		;
	*n = k;
	return p;
}

/* The noun a count of things ends with ("24 concrete raceways":
 * raceways), as bytes in *n; NULL for none ("1.28 million": a
 * multiplier is no noun). */
static const char *counted_noun(const struct rec *r, size_t *n)
{
	size_t e = strlen(r->text), s;

	while (e > 0 && !isalpha((unsigned char)r->text[e - 1]) && r->text[e - 1] != ' ')
		e--;	/* (a closing mark) */
	for (s = e; s > 0 && isalpha((unsigned char)r->text[s - 1]); s--)
		;
	*n = e - s;
	if (*n && starts_with(offsetof(struct alang, multipliers), r->text + s) == *n)
		return NULL;
	return *n && s > 0 && r->text[s - 1] == ' ' ? r->text + s : NULL;
}

/* Do a and b, both counts of things, end with different counters (5路線,
 * 4台: routes and buses; but 人 and 名 both count people)? */
static int counters_apart(const struct rec *a, const struct rec *b)
{
	size_t na, nb;
	const char *ca, *cb;

	if (strcmp(a->unit, "item") != 0 || strcmp(b->unit, "item") != 0)
		return 0;
	ca = counter_of(a, &na);
	cb = counter_of(b, &nb);
	return na && nb && (na != nb || memcmp(ca, cb, na) != 0);
}

/* Do a and b, both counts of things or of people, end with different
 * counters or nouns (24 concrete raceways, no more than 20 fish; 31
 * students, 31 teachers)?  Then they count different things, whatever
 * their subjects. */
static int things_apart(const struct rec *a, const struct rec *b)
{
	size_t na, nb;
	const char *ca, *cb;

	if (strcmp(a->unit, b->unit) != 0 || (strcmp(a->unit, "item") != 0 && strcmp(a->unit, "person") != 0))
		return 0;
	if (counters_apart(a, b))
		return 1;
	ca = counted_noun(a, &na);
	cb = counted_noun(b, &nb);
	return ca && cb && (na != nb || strncasecmp(ca, cb, na) != 0);
}

/* Do a and b count different things by their counters (約1400施設 and
 * 20室未満, both items), or is either a mean (averaged close to £45,000), which is no
 * part of a whole? */
static int no_part_and_whole(const struct rec *a, const struct rec *b)
{
	size_t na, nb;
	const char *ca = counter_of(a, &na), *cb = counter_of(b, &nb);

	if (na && nb && strcmp(a->unit, "item") == 0 && (na != nb || memcmp(ca, cb, na) != 0))
		return 1;	/* (名 and 人 both count people) */
	ca = before_n(a, 20, &na);
	cb = before_n(b, 20, &nb);
	return ANY(averages, ca, na) || ANY(averages, cb, nb);
}

/* Is f the whole of a share other than r in its sentence (約81万人）の8割
 *程度)?  Then the sentence speaks of that part, which no figure states,
 * and f is no top of r. */
static int whole_of_another(const struct ctx *c, size_t from, size_t to, const struct rec *f,
			    const struct rec *r)
{
	size_t j;

	for (j = from; j < to; j++)
		if (&c->v[j] != r && (is(&c->v[j], RK_PERCENT) || is(&c->v[j], RK_RATIO)) &&
		    of_before(f, &c->v[j]))
			return 1;
	return 0;
}

static void verbal_ratios(struct ctx *c)
{
	size_t i, j, from, to;
	char b1[96], b2[64];

	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i], *other[8], *base, *top;
		size_t n = 0, nb;
		const char *bb;
		struct iv q, e;
		struct check_draft *k;
		int by;
		int spans = 0;	/* 今年每车利润不到200元，只有前两年的三分之一: beside a
				 * figure of another kind, durations are the times
				 * the figures are of, no figures of the ratio */

		if (!is(r, RK_RATIO) || !sentence_span(c, c->sent[i], &from, &to))
			continue;
		for (j = from; j < to; j++)
			if (j != i && measurable(&c->v[j]) && !is(&c->v[j], RK_RATIO) && !is(&c->v[j], RK_DURATION))
				spans = 1;
		for (j = from; j < to; j++)
			if (j != i && measurable(&c->v[j]) && !is(&c->v[j], RK_RATIO) &&
			    !(spans && is(&c->v[j], RK_DURATION)) &&
			    n < 8 && (!n || strcmp(other[0]->unit, c->v[j].unit) == 0))
				other[n++] = &c->v[j];
		if (n != 2 || (ANY(part_of, r->sentence, strlen(r->sentence)) && no_part_and_whole(other[0], other[1])) ||
		    things_apart(other[0], other[1]))
			continue;	/* (給水所を前年の倍の24カ所, ミストシャワーも8基: two kinds of things) */
		/* the base: a figure a word of comparison follows (6%と比べ),
		 * one the ratio word follows with "of" between (75万円の2倍),
		 * or, where the sentence speaks of a part (占比, のうち), the
		 * nearer; else the ratio is of something no figure states (前年の
		 * 1.6倍, nearly double the level of a decade ago): no check */
		bb = before_n(r, 12, &nb);
		if (ANY(among, bb, nb) && other[1] < r)
			continue;	/* 其中近三分之二: of the figure before, a part not stated */
		if (starts_word(offsetof(struct alang, unstated), after(r)))
			continue;	/* three times what it spent in 2019: a base no figure states */
		if (ends_with(offsetof(struct alang, noun_of), bb, nb) && !of_before(other[0], r) && !of_before(other[1], r))
			continue;	/* 平年の約3倍の118センチ, 去年的3倍: of a noun, no figure */
		by = change_by(r);	/* fell by a third: the later is 1 - 1/3 of the earlier */
		base = compared(other[0], r) ? other[0] : compared(other[1], r) ? other[1] :
		       of_before(other[0], r) ? other[0] : of_before(other[1], r) ? other[1] :
		       of_after(r, other[0]) ? other[0] : of_after(r, other[1]) ? other[1] :
		       ANY(part_of, bb, nb) && !starts_word(offsetof(struct alang, of), after(r)) ?
		       (other[1] < r ? other[1] : other[0]) :	/* (accounts for nearly half of all
								 * sales: a whole no figure states) */
		       by && from_to(other[0], other[1], r) ? other[0] : NULL;
		if (!base)
			continue;
		top = base == other[0] ? other[1] : other[0];
		bb = before_n(top, 9, &nb);
		if (ANY(compare_base, bb, nb))
			continue;	/* 前年度より約8万人多く、…約304万人の3分の1: a difference, no figure of the ratio */
		if (whole_of_another(c, from, to, top, r))
			continue;	/* 2019年度（約81万人）の8割程度まで回復したものの、…の3分の1に届かない: of what is not stated */
		e = by ? iv_add(iv_point(1), iv_scale(val(r), by)) : val(r);
		if (e.lo < 0)
			e.lo = 0;	/* down by more than half: [0, 0.5] */
		if (num_lt(point(top), point(base)) != num_lt(mid(e), 1)) {
			/* the quotient is on the side of 1 the words say: X倍
			 * is how many times the smaller goes into the larger,
			 * 占比接近一半 the part over the whole */
			const struct rec *t = top;

			top = base;
			base = t;
		}
		q = iv_div(val(top), val(base));
		if (!isfinite(q.lo) && !isfinite(q.hi))
			continue;	/* from at most 96 to under 50: no ratio */
		k = add_computed(c, "verbal-ratio", top, base, r, q, e, b1, sizeof b1);
		if (k) {
			snprintf(k->message, sizeof k->message, "%s / %s = %s %s %s%s %s (line %ld)",
				 top->text, base->text, iv_format(q, b2, sizeof b2),
				 k->verdict == V_PASS ? "agrees with" : "does not agree with",
				 by < 0 ? "1 - " : by > 0 ? "1 + " : "", r->text, b1, r->line);
		}
	}
}

/* The sign of the change percentage r states: +1 for 30%増加, 上涨了30%,
 * rose 30% (and with leads, up 30%, an increase of 30%: stated-change
 * reads these, the share checks do not); -1 for the falls; 0 when no word
 * says. */
static int change_sign(const struct rec *r, int leads)
{
	const char *s = after(r), *b;
	size_t n = near(r, 12), nb;

	if (ANY(up, s, n) || ANY(down, s, n))	/* 30%以上下落 */
		return ANY(up, s, n) ? 1 : -1;
	b = before(r, &nb);
	if (leads) {		/* up 3.1% (over "students this fall, up 3.1%") */
		size_t m = nb;

		while (m > 0 && b[m - 1] == ' ')
			m--;
		if (ends_with(offsetof(struct alang, up_lead), b, m))
			return 1;
		if (ends_with(offsetof(struct alang, down_lead), b, m))
			return -1;
	}
	if (ANY(up, b, nb) || ANY(down, b, nb))	/* 下跌了30%, fell by 30% */
		return ANY(up, b, nb) ? 1 : -1;
	return 0;
}

static int against_base(const struct rec *r);

/* Is r where a change starts: from $1.8 billion, 从18亿元, 1.8億ドルから?
 * The word before it is looked for after the figure before it, which
 * ends at prev in the sentence. */
static int starts_change(const struct rec *r, size_t prev)
{
	size_t nb;

	before_n(r, 16, &nb);
	if (r->pos - nb < prev)
		nb = r->pos > prev ? r->pos - prev : 0;
	return ANY(from, r->sentence + r->pos - nb, nb) ||
	       starts_word(offsetof(struct alang, from_after), after(r));
}

/* Does r say a rate over years (年均增长5%, an annual 5%), no change
 * between two figures? */
static int per_year_change(const struct rec *r)
{
	size_t nb;
	const char *b = before_n(r, 24, &nb);

	return ANY(per_year, b, nb) || ANY(per_year, after(r), near(r, 16));
}

/* Is nothing but a few words between a and b, in either order: at most
 * 48 bytes, no comma, semicolon or CJK punctuation (U+3000-U+303F,
 * U+FF00-U+FF0F)? */
static int unbroken(const struct rec *a, const struct rec *b)
{
	const unsigned char *s = (const unsigned char *)a->sentence;
	size_t i, from = a->pos < b->pos ? a->endpos : b->endpos, to = a->pos < b->pos ? b->pos : a->pos;

	if (to < from || to - from > 48)
		return 0;
	for (i = from; i < to; i++)
		if (s[i] == ',' || s[i] == ';' || (s[i] == 0xE3 && i + 1 < to && s[i + 1] == 0x80) ||
		    (s[i] == 0xEF && i + 2 < to && s[i + 1] == 0xBC && s[i + 2] <= 0x8F))
			return 0;
	return 1;
}

/* Does a word of the table's clause_openers come first after a comma
 * (or CJK comma) in s[from, to): ", because values grew"? */
static int opens_clause(const char *s, size_t from, size_t to)
{
	size_t i, k;

	for (i = from; i < to; i++) {
		k = s[i] == ',' ? 1 : (unsigned char)s[i] == 0xEF && i + 2 < to && (unsigned char)s[i + 1] == 0xBC &&
				       (unsigned char)s[i + 2] == 0x8C ? 3 : 0;	/* ， */
		if (!k)
			continue;
		for (i += k; i < to && s[i] == ' '; i++)
			;
		if (starts_word(offsetof(struct alang, clause_openers), s + i))
			return 1;
		i--;
	}
	return 0;
}

/* Is b, beside a the change starts from, the amount it moved by: a word of
 * the table's amount_leads right before it, after a when a comes first
 * (从6014元增加211元, "rose $211 from $6,014"; but 增至6225元 is a level)? */
static int moved_by(const struct rec *a, const struct rec *b)
{
	size_t from = a->endpos <= b->pos ? a->endpos : (b->pos > 24 ? b->pos - 24 : 0), m = b->pos;

	while (m > from && b->sentence[m - 1] == ' ')
		m--;
	return ends_with(offsetof(struct alang, amount_leads), b->sentence + from, m - from) != 0;
}

#define CHANGE_GAP 96	/* bytes at most between a stated change's neighbours */

/* A change stated beside the two figures it runs between: "rose 16.7% from
 * $1.8 billion to $2.1 billion", 从18亿元增至21亿元，增长16.7%,
 * 1.8億ドルから2.1億ドルへ16.7%増えた.  The three are neighbours among the
 * measurable figures of one sentence, no more than CHANGE_GAP bytes apart, the two
 * levels of one unit, and one of them, the start, after from (从, 由) or
 * before から.  A percentage beside levels in percent may be relative or
 * in points, so only a change in points is checked there.  A change
 * against a base period (同比, year-on-year) is checked only where the
 * levels are a year apart or undated, and a rate over years not at all. */
static void stated_changes(struct ctx *c)
{
	size_t i, j, from, to;
	char b1[96], b2[96];

	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i], *m[3], *a, *b;
		size_t idx[64], nm = 0, p = SIZE_MAX, t;
		int sign, pts = strcmp(r->unit, "point") == 0, ya, yb, amount;
		struct iv q, e;
		struct check_draft *k;

		if ((!pts && strcmp(r->unit, "percent")) || !measurable(r) ||
		    !sentence_span(c, c->sent[i], &from, &to) || to - from < 3)
			continue;
		for (j = from; j < to && nm < 64; j++)
			if (measurable(&c->v[j])) {
				if (j == i)
					p = nm;
				idx[nm++] = j;
			}
		if (p == SIZE_MAX || nm < 3 || !(sign = change_sign(r, 1)) || per_year_change(r) ||
		    starts_change(r, p > 0 ? c->v[idx[p - 1]].endpos : 0))
			continue;	/* (past the 64th figure of its sentence; 从25%降至8%: a level) */
		for (t = p >= 2 ? p - 2 : 0; t <= p && t + 2 < nm; t++) {
			size_t u;
			const struct rec *x[2] = {&c->v[idx[t == p ? t + 1 : t]],	/* the two besides r */
						  &c->v[idx[t + 2 == p ? t + 1 : t + 2]]};

			for (u = 0; u < 3; u++)
				m[u] = &c->v[idx[t + u]];
			if (m[1]->pos < m[0]->endpos || m[1]->pos - m[0]->endpos > CHANGE_GAP ||
			    m[2]->pos < m[1]->endpos || m[2]->pos - m[1]->endpos > CHANGE_GAP ||
			    strcmp(x[0]->unit, x[1]->unit) || (strcmp(x[0]->unit, "percent") == 0) != pts ||
			    (!pts && is(x[0], RK_TEMPERATURE)) ||	/* 16℃ to 20℃ is no relative change */
			    starts_change(x[0], 0) == starts_change(x[1], x[0]->endpos) ||
			    things_apart(x[0], x[1]))	/* from 48 states and 22 countries */
				continue;
			a = starts_change(x[0], 0) ? x[0] : x[1];
			b = a == x[0] ? x[1] : x[0];
			if (starts_with(offsetof(struct alang, up), after(b)) ||
			    starts_with(offsetof(struct alang, down), after(b)))
				continue;	/* 1055円から63円引き上げ: the change it rose by, no level */
			amount = starts_with(offsetof(struct alang, in_rate), after(b)) != 0 || moved_by(a, b);
			if (amount && pts)
				continue;	/* (a change in points of levels in points: no relative one) */
			if (!unbroken(a, r) && !unbroken(a, b))
				continue;	/* fell 8% to 3,912, and fatalities dropped from 41 */
			if (r->pos > a->endpos && r->pos > b->endpos && !unbroken(a, r) && !unbroken(b, r) &&
			    opens_clause(r->sentence, a->endpos > b->endpos ? a->endpos : b->endpos, r->pos))
				continue;	/* fell to 3.65 mills from 3.71 mills, because values grew 6% */
			if (r->pos < a->pos && !unbroken(a, r) &&
			    (ANY(up, after(r), a->pos - r->endpos) || ANY(down, after(r), a->pos - r->endpos)))
				continue;	/* grew 40%, while the population rose from 61,000: a change of its own */
			ya = one_year(a->period);
			yb = one_year(b->period);
			if (against_base(r) && *a->period && *b->period && strcmp(a->period, b->period) &&
			    !(ya && yb && yb - ya == 1))
				continue;
			/* (6014円から211円、率にして3.5％: 211円 the amount the level moved by) */
			q = pts ? iv_sub(val(b), val(a)) :
			    amount ? iv_scale(iv_div(val(b), val(a)), 100 * sign) :
			    iv_scale(iv_sub(iv_div(val(b), val(a)), iv_point(1)), 100);
			if (!isfinite(q.lo) && !isfinite(q.hi))
				break;	/* from a figure that may be 0: no ratio */
			e = iv_scale(val(r), sign);
			k = add_computed(c, "stated-change", a, b, r, q, e, b1, sizeof b1);
			if (k) {
				snprintf(k->message, sizeof k->message,
					 amount ? "%s from %s is a change of %s %s, and the text says %s%s (line %ld)" :
					 "%s → %s is a change of %s %s, and the text says %s%s (line %ld)",
					 amount ? b->text : a->text, amount ? a->text : b->text, iv_format(q, b2, sizeof b2), pts ? "points" : "percent",
					 sign < 0 ? "a fall of " : "a rise of ", r->text, r->line);
			}
			break;
		}
	}
}

/* 400人以上の参加者の半数: a fraction of a count is a count, and a whole
 * number of them (GRIM). */
static void share_of_count(struct ctx *c)
{
	size_t i;
	char b1[96];

	for (i = 1; i < c->n; i++) {
		/* 参加者の半数 (count first) or half of the attendees (fraction first) */
		int count_first = is(&c->v[i - 1], RK_COUNT);
		const struct rec *fr = count_first ? &c->v[i] : &c->v[i - 1];
		const struct rec *whole = count_first ? &c->v[i - 1] : &c->v[i], *r[2] = {whole, fr};
		/* offsets into one copy of the sentence (each claim has its own) */
		const char *gap = c->v[i].sentence + c->v[i - 1].endpos;
		const char *end = c->v[i].sentence + c->v[i].pos;
		struct iv w, x;
		struct comparison_draft *cm;
		struct check_draft *k;

		size_t nb;
		const char *b;

		if (!is(fr, RK_RATIO) || strcmp(fr->unit, "fraction") || !is(whole, RK_COUNT) ||
		    c->sent[i] != c->sent[i - 1] || end < gap || end - gap > 40)
			continue;
		b = before(whole, &nb);		/* of the 400 attendees, half */
		if (!ANY(of, gap, (size_t)(end - gap)) &&
		    !(count_first && ANY(of, b, nb) && strspn(gap, " ,") >= (size_t)(end - gap)))
			continue;	/* (14 of the district's 52 schools are less than two-thirds full:
					 * the of is the 14's) */
		if (count_first && ANY(wholes, gap, (size_t)(end - gap)))
			continue;	/* 32回と、全体の3分の2: two thirds of another whole */
		if (!count_first && !unbroken(fr, whole))
			continue;	/* 20代と30代が半数を占め、子どものいる世帯は11世帯: half of others */
		w = count_val(whole);
		x = iv_mul(w, val(fr));
		cm = add_cmp(c, "share of count", r, 2);
		if (cm) {
			cm->has_value = 1;
			cm->value = point(whole) * point(fr);
			cm->iv = x;
			snprintf(cm->unit, sizeof cm->unit, "%s", whole->unit);
			snprintf(cm->note, sizeof cm->note, "%s of %s", fr->text, whole->text);
		}
		{
			struct iv ints;
			int whole_ok = iv_integers(x, &ints) || strcmp(fr->qual, "eq") != 0;

			k = add_chk(c, "whole-number", whole_ok ? V_PASS : V_FAIL, r, 2);
			if (k) {
				k->iv = x;
				snprintf(k->expected, sizeof k->expected, "an integer");
				snprintf(k->message, sizeof k->message,
					 "%s of %s is %s %s, %s (line %ld)", fr->text, whole->text,
					 iv_format(x, b1, sizeof b1), whole->unit,
					 whole_ok ? "which holds a whole number" : "no whole number",
					 fr->line);
			}
		}
	}
}

/* A count or amount over a period is no more than over a period that
 * contains it (2023 within 2022/2023). */
static void period_bounds(struct ctx *c, const struct rec *a, const struct rec *b)
{
	const struct rec *inner, *outer, *r[2];
	long a0, a1, b0, b1;
	enum verdict v;
	struct check_draft *k;
	char x[96], y[64];

	if ((!is(a, RK_COUNT) && !is(a, RK_MONEY)) || !period_days(a->period, &a0, &a1) ||
	    !period_days(b->period, &b0, &b1) ||
	    ANY(prices, a->subject, strlen(a->subject)) || ANY(prices, b->subject, strlen(b->subject)))
		return;	/* a price is a level: no sum over time (the fee £159 in 2023) */
	if (b0 <= a0 && a1 <= b1)
		inner = a, outer = b;
	else if (a0 <= b0 && b1 <= a1)
		inner = b, outer = a;
	else
		return;
	v = num_le(val(inner).hi, val(outer).lo) ? V_PASS :
	    num_lt(val(outer).hi, val(inner).lo) ? V_FAIL : V_UNKNOWN;
	r[0] = inner;
	r[1] = outer;
	k = add_chk(c, "period-bounds", v, r, 2);
	if (k) {
		k->iv = val(inner);
		snprintf(k->expected, sizeof k->expected, "<= %s", iv_format(val(outer), x, sizeof x));
		snprintf(k->message, sizeof k->message,
			 "%s %s in %s (line %ld) against %s %s in %s (line %ld): a part of a period %s",
			 inner->text, iv_format(val(inner), x, sizeof x), inner->period, inner->line,
			 outer->text, iv_format(val(outer), y, sizeof y), outer->period, outer->line,
			 v == V_FAIL ? "has more than the whole" : v == V_PASS ? "has no more than the whole" :
			 "may have more than the whole");
	}
}

/* Claims that may state one measure: same kind and unit, and the same
 * last 4 bytes of subject (one subject ends the other in same_subject,
 * and the shorter has 4 bytes at least), so that sorting by this key
 * puts them side by side. */
struct item {
	const struct rec *r;
	size_t i;		/* index in the document */
};

static int key_cmp(const struct rec *a, const struct rec *b)
{
	size_t la = strlen(a->subject), lb = strlen(b->subject);
	int d;

	if (a->k != b->k)
		return a->k < b->k ? -1 : 1;
	if ((d = strcmp(a->unit, b->unit)) != 0)
		return d;
	return memcmp(a->subject + la - 4, b->subject + lb - 4, 4);
}

static int by_measure(const void *x, const void *y)
{
	const struct item *a = x, *b = y;
	int d = key_cmp(a->r, b->r);

	return d ? d : a->i < b->i ? -1 : a->i > b->i;
}

static int by_pair(const void *x, const void *y)
{
	const size_t *a = x, *b = y;

	return a[0] != b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1];
}

/* Is s a word of the list at member of any language's table? */
static int word_of(size_t member, const char *s)
{
	size_t i;

	for (i = 0; ALANGS[i]; i++) {
		const char *const *w = list_of(i, member);

		for (; w && *w; w++)
			if (strcmp(s, *w) == 0)
				return 1;
	}
	return 0;
}

/* Is subject s only a word of "the whole" (全体, 总数, the total), the
 * whole of whatever the sentence counts, which names no measure? */
static int whole_word(const char *s)
{
	return word_of(offsetof(struct alang, wholes), s);
}

/* Is the subject of claim i the counted noun of another figure of its
 * sentence ("5,200 people, or 0.5%": the 0.5% borrows "people")? */
static int neighbour_unit(const struct ctx *c, size_t i)
{
	const char *s = c->v[i].subject;
	size_t j, ls = strlen(s);

	for (j = i > 8 ? i - 8 : 0; j < c->n && j <= i + 8; j++) {
		size_t lt = strlen(c->v[j].text);

		if (j != i && c->sent[j] == c->sent[i] && !strstr(c->v[i].text, s) && lt > ls &&
		    strcmp(c->v[j].text + lt - ls, s) == 0)
			return 1;
	}
	return 0;
}

/* c's measurable claims with a subject of 4 bytes or more that is more
 * than the figure's own unit word or a word of the whole (nor the age of
 * a 男性: anyone so called), sorted by measure and then text order;
 * NULL (and c->oom) when out of memory. */
/* Is r one unit of a measure, exactly ("40 gallons of sap to make one
 * gallon of syrup", 1キロあたり)?  It names the unit a rate or a
 * conversion is of, no measure of anything. */
static int one_unit(const struct rec *r)
{
	return r->k == RK_MEASURE && r->has_value && r->value == 1 && strcmp(r->qual, "eq") == 0;
}

static struct item *by_measures(struct ctx *c, size_t *n)
{
	size_t i;
	struct item *ix = malloc((c->n ? c->n : 1) * sizeof *ix);

	*n = 0;
	if (!ix) {
		c->oom = 1;
		return NULL;
	}
	/* a subject that is the figure's own unit word (27 people, 5 points)
	 * or only a word of a rate (割合, rate) names no measure; a counted
	 * thing (42 playgrounds, unit item; 56 patients, person) does */
	for (i = 0; i < c->n; i++)
		if (measurable(&c->v[i]) && strlen(c->v[i].subject) >= 4 &&
		    (strcmp(c->v[i].unit, "item") == 0 ||
		     (strcmp(c->v[i].unit, "person") == 0 && !word_of(offsetof(struct alang, crowds), c->v[i].subject)) ||
		     !strstr(c->v[i].text, c->v[i].subject)) &&
		    !whole_word(c->v[i].subject) && !word_of(offsetof(struct alang, rates), c->v[i].subject) &&
		    !word_of(offsetof(struct alang, share_words), c->v[i].subject) &&
		    !neighbour_unit(c, i) && !one_unit(&c->v[i]) &&
		    /* 80代の男性; 老人每餐最低只需8元 and 老人每餐补贴5元: a person's
		     * figures, no one measure (a count of them is one) */
		    !(c->v[i].k != RK_COUNT && word_of(offsetof(struct alang, persons), c->v[i].subject))) {
			ix[*n].r = &c->v[i];
			ix[(*n)++].i = i;
		}
	qsort(ix, *n, sizeof *ix, by_measure);
	return ix;
}

/* Each statement is checked against at most this many statements of a
 * like measure before it, so that the work (and the rows) grow linearly
 * with a document in which one measure recurs thousands of times. */
#define PEERS 32

/* Does the subject of ix[x] end two or more different longer subjects of
 * its group [g, e) (客运量 of 上海公交客运量 and 北京地铁日均客运量), or is it
 * the subject of another figure more than twice apart from it (净利润
 * 2.99万亿元 and 净利润 304.85亿元)?  Then it names no one measure.  Looks at the 4 x PEERS of the group around x at
 * most. */
static int ambiguous(const struct item *ix, size_t g, size_t e, size_t x)
{
	const char *s = ix[x].r->subject, *first = NULL;
	size_t ls = strlen(s), k = x > g + 2 * PEERS ? x - 2 * PEERS : g, seen = 0;

	for (; k < e && seen < 4 * PEERS; k++, seen++) {	/* the nearest in the group */
		const char *t = ix[k].r->subject;
		size_t lt = strlen(t);

		if (k != x && lt == ls && strcmp(t, s) == 0 &&
		    (point(ix[k].r) > 2 * point(ix[x].r) || point(ix[x].r) > 2 * point(ix[k].r)))
			return 1;	/* 净利润 2.99万亿元 of a market and 304.85亿元 of a firm */
		if (lt <= ls || strcmp(t + lt - ls, s) != 0)
			continue;
		if (!first)
			first = t;
		else if (strcmp(first, t) != 0)
			return 1;
	}
	return 0;
}

/* The same measure stated twice (same unit, subject and period, other
 * sentences): the intervals must meet.  Where one subject only ends the
 * other and the shorter one ends several subjects of the document, the two
 * may be different measures: a gap between them is unknown, not a
 * contradiction. */
/* Can a slip of scale, a factor of 10^k (万 for 億, thousand for
 * million), make the intervals of a and b meet? */
static int scale_slip(const struct rec *a, const struct rec *b)
{
	struct iv x = count_val(a), y = count_val(b);
	double f = 1;
	int k;

	for (k = 1; k <= 12; k++) {
		f *= 10;
		if (iv_overlap(iv_scale(x, f), y) || iv_overlap(iv_scale(y, f), x))
			return 1;
	}
	return 0;
}

/* Does the longer subject of a and b name a group of people (女子组冠军成绩)
 * that the shorter does not (成绩): perhaps another's figure? */
static int persons_apart(const struct rec *a, const struct rec *b)
{
	const char *l = strlen(a->subject) > strlen(b->subject) ? a->subject : b->subject,
		   *s = l == a->subject ? b->subject : a->subject;

	return ANY(persons, l, strlen(l)) && !ANY(persons, s, strlen(s));
}

/* What the sentence and subject of a claim say of it, as bits, once
 * (fl[i]: 0 until computed). */
enum {
	F_DONE = 1,
	F_PART = 2,	/* its sentence holds a word of a part (占比) */
	F_SCOPE = 4,	/* its subject a word of a wider or narrower scope (全国, 既存店) */
	F_USUAL = 8,	/* its sentence is of a usual year (例年) */
	F_PLAN = 16,	/* of a target or forecast (目指す) */
	F_FRAMED = 32	/* では right before its subject */
};

static unsigned flags_of(const struct ctx *c, unsigned char *fl, size_t i)
{
	const struct rec *r = &c->v[i];
	size_t n = strlen(r->sentence);

	if (!fl[i])
		fl[i] = (unsigned char)(F_DONE | (ANY(part_of, r->sentence, n) ? F_PART : 0) |
					(ANY(scopes, r->subject, strlen(r->subject)) ? F_SCOPE : 0) |
					(ANY(usual, r->sentence, n) ? F_USUAL : 0) |
					(ANY(plans, r->sentence, n) ? F_PLAN : 0) |
					(framed_subject(r) ? F_FRAMED : 0));
	return fl[i];
}

/* Is r a bound or a range (15万元以上, 7至10年)? */
static int bound_or_range(const struct rec *r)
{
	static const char *const q[] = {"ge", "gt", "le", "lt", "range", NULL};
	const char *const *w;

	for (w = q; *w; w++)
		if (strcmp(r->qual, *w) == 0)
			return 1;
	return 0;
}

/* The figure that says which of its subject r speaks of, a bound, a
 * range or an age right before the subject or with a word of "of"
 * between (15万元以上车辆不足一成, 7至10年的车辆占比超过三成, 19歳の投票率:
 * a group; not a date, which says when, nor a plain figure, スキー場3カ所
 * の来場者, which says how many).  NULL for none. */
/* Is s[0..n) hiragana alone (た, える)? */
static int hiragana_only(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; i + 3 <= n; i += 3)
		if (u[i] != 0xE3 || !((u[i + 1] == 0x81 && u[i + 2] >= 0x81) || (u[i + 1] == 0x82 && u[i + 2] <= 0x96)))
			return 0;
	return n > 0 && i == n;
}

static const struct rec *subject_figure(const struct ctx *c, size_t i)
{
	const struct rec *r = &c->v[i];
	size_t k = strlen(r->subject), from, to, j, s;
	const char *p, *last = NULL;

	if (!k || !sentence_span(c, c->sent[i], &from, &to))
		return NULL;
	for (p = strstr(r->sentence, r->subject); p && (size_t)(p - r->sentence) + k <= r->pos;
	     p = strstr(p + 1, r->subject))
		last = p;
	if (!last)
		return NULL;
	s = (size_t)(last - r->sentence);
	for (j = from; j < to; j++) {
		const struct rec *q = &c->v[j];

		if (q != r && !is(q, RK_DATE) && !is(q, RK_TIME) && q->endpos <= s &&
		    (bound_or_range(q) || is(q, RK_AGE)) &&
		    (q->endpos == s || (s - q->endpos <= 3 && ANY(of, r->sentence + q->endpos, s - q->endpos)) ||
		     /* 志願者が10万人を超えた大学: the end of a verb between */
		     (s - q->endpos <= 6 && hiragana_only(r->sentence + q->endpos, s - q->endpos))))
			return q;
	}
	return NULL;
}

/* 県内病院の4割 and 応募がない病院は7割を超え: a share whose subject is only
 * the things it is a share of, no rate or share word, names no measure
 * of its own (what they do is in the words after it) */
static int share_of_things(const struct rec *r)
{
	size_t k = strlen(r->subject);

	return is(r, RK_PERCENT) && names_whole(r) && !ANY(rates, r->subject, k) &&
	       !ANY(share_words, r->subject, k);
}

static void stated_twice(struct ctx *c)
{
	size_t i, j, g, n, np = 0, cap = 0, (*pairs)[2] = NULL;
	struct item *ix = by_measures(c, &n);
	char b1[96], b2[64];
	unsigned char *amb, *fl;

	if (!ix)
		return;
	amb = calloc(c->n ? c->n : 1, 2);	/* by document index: ambiguous, then the flags */
	if (!amb) {
		c->oom = 1;
		free(ix);
		return;
	}
	fl = amb + (c->n ? c->n : 1);
	/* a pair for each claim and its like peers before it, in key order:
	 * at most PEERS of them, looked for among 4 x PEERS claims that end
	 * their subject alike */
	for (g = 0; g < n; g = j) {
		for (j = g + 1; j < n && key_cmp(ix[g].r, ix[j].r) == 0; j++)
			;
		for (i = g; i < j && j - g > 2; i++)
			amb[ix[i].i] = (unsigned char)ambiguous(ix, g, j, i);
		for (i = g + 1; i < j; i++) {
			size_t p, seen = 0, found = 0;

			for (p = i; p-- > g && seen < 4 * PEERS && found < PEERS; seen++) {
				if (c->sent[ix[p].i] == c->sent[ix[i].i] || !same_subject(ix[p].r, ix[i].r))
					continue;
				if (np == cap) {
					size_t (*more)[2] = grow(pairs, &cap, np, sizeof *pairs);

					if (!more) {
						c->oom = 1;
						free(pairs);
						free(ix);
						free(amb);
						return;
					}
					pairs = more;
				}
				pairs[np][0] = ix[p].i;
				pairs[np++][1] = ix[i].i;
				found++;
			}
		}
	}
	free(ix);
	if (np)		/* text order, as read */
		qsort(pairs, np, sizeof *pairs, by_pair);
	for (i = 0; i < np; i++) {
		const struct rec *a = &c->v[pairs[i][0]], *b = &c->v[pairs[i][1]], *r[2] = {a, b};
		int open = !iv_bounded(a->iv) || !iv_bounded(b->iv);
		size_t shorter = strlen(a->subject) < strlen(b->subject) ? pairs[i][0] :
				 strlen(b->subject) < strlen(a->subject) ? pairs[i][1] : c->n;
		/* where one subject only ends the other, or both are only the
		 * things counted, two measures are likelier than one stated wrong
		 * when the subject ends several (客运量) or the figures are more
		 * than twice apart (outlays $7.0 trillion, Social Security outlays
		 * $1.6 trillion) */
		int several = shorter < c->n && amb[shorter];
		/* a counted thing alone ("287 homes", "1,450 homes") says
		 * little more of its measure than a subject that ends another */
		int counted = strstr(a->text, a->subject) && strstr(b->text, b->subject);
		int apart = (shorter < c->n || counted) && (point(a) > 2 * point(b) || point(b) > 2 * point(a));
		/* one called a total (合計約61万人, a total of), the other not:
		 * perhaps a part and its whole */
		size_t na, nb;
		const char *ba = before_n(a, 12, &na), *bb = before_n(b, 12, &nb);
		int total = ANY(wholes, ba, na) != ANY(wholes, bb, nb) ||
			    /* 出口额为2.1亿元，占比超过五成: one sentence says its
			     * figure is a part */
			    ((flags_of(c, fl, pairs[i][0]) ^ flags_of(c, fl, pairs[i][1])) & (F_PART | F_SCOPE));
		/* 例年のへい死率は2〜3割: a typical year's figure, no other of this one */
		int usual = ((flags_of(c, fl, pairs[i][0]) ^ flags_of(c, fl, pairs[i][1])) & F_USUAL) != 0;
		/* 輸出額は約3億1000万円 and 輸出額5億円を目指したい: the outcome and a plan */
		int plan = ((flags_of(c, fl, pairs[i][0]) ^ flags_of(c, fl, pairs[i][1])) & F_PLAN) != 0;
		/* 近隣の旭川市では空き室率が9％を超え: another place's figure */
		int framed = ((flags_of(c, fl, pairs[i][0]) ^ flags_of(c, fl, pairs[i][1])) & F_FRAMED) != 0;
		/* more than twice apart, and no slip of scale explains it:
		 * 約1万2000戸 of a city, 27戸 of one block */
		int unexplained = (point(a) > 2 * point(b) || point(b) > 2 * point(a)) && !scale_slip(a, b);
		int persons = persons_apart(a, b);
		/* 15万元以上车辆 and 7至10年的车辆: figures say which vehicles */
		const struct rec *fa = subject_figure(c, pairs[i][0]), *fb = subject_figure(c, pairs[i][1]);
		int which = (fa || fb) && !(fa && fb && strcmp(fa->text, fb->text) == 0);
		int things = share_of_things(a) && share_of_things(b);
		int maybe_other = several || apart || total || unexplained || persons || usual || plan || framed || which ||
				  things;
		struct check_draft *k;

		if (things_apart(a, b) || moved(a) * moved(b) < 0 || change_sign(a, 1) * change_sign(b, 1) < 0)
			continue;	/* (商業地は3.9%上がった, 商業地が10%を超える下落; 同比下降1.2%, 上涨1.1%:
					 * a rise and a fall) */
		if (strcmp(a->period, b->period)) {
			if (!maybe_other)
				period_bounds(c, a, b);
			continue;
		}
		/* in one period, counted things alone ("42 playgrounds" of "57
		 * public playgrounds", a flock of 1,200 ewes and a typical one
		 * of 800) are two measures as often as one: undecided at any gap */
		maybe_other = maybe_other || counted;
		k = add_chk(c, open ? "bounds" : "stated-twice",
			    iv_overlap(count_val(a), count_val(b)) ? V_PASS : maybe_other ? V_UNKNOWN : V_FAIL, r, 2);
		if (k) {
			k->iv = val(b);
			snprintf(k->expected, sizeof k->expected, "%s", iv_format(val(a), b1, sizeof b1));
			snprintf(k->message, sizeof k->message,
				 "%s %s (line %ld) and %s %s (line %ld) %s (%s)",
				 a->text, iv_format(val(a), b1, sizeof b1), a->line, b->text,
				 iv_format(val(b), b2, sizeof b2), b->line,
				 k->verdict == V_PASS ? "agree" : k->verdict == V_FAIL ? "contradict each other" :
				 several ? "differ, but the shorter subject names more than one measure here" :
				 apart ? "differ more than twice over: two measures, likelier than one misstated" :
				 total ? "differ, but only one is called a total or a part: perhaps a part and its whole" :
				 persons ? "differ, but only one names a group of people: perhaps another's figure" :
				 unexplained ? "differ more than twice over, and no slip of scale explains it: perhaps two measures" :
				 usual ? "differ, but only one is said of a usual year: perhaps another period" :
				 plan ? "differ, but only one is a target or forecast: perhaps the plan and the outcome" :
				 framed ? "differ, but only one is framed by a place or group (では, に限ると, \"In …,\"): perhaps another's figure" :
				 which ? "differ, but a figure before the subject says which of them: perhaps two groups" :
				 things ? "differ, but both are shares of the things they name, of no rate: perhaps two shares" :
				 "differ, but name only the things counted: perhaps two measures",
				 strlen(a->subject) > strlen(b->subject) ? a->subject : b->subject);
		}
	}
	free(pairs);
	free(amb);
}

/* Does the sentence end as a sentence does (not a headline, whose
 * figures are often of two stories: 住宅被害1万棟超える　農業被害は少なくとも120億円)? */
static int ends_sentence(const char *s)
{
	size_t n = strlen(s), i, len;
	const char *const *w;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (i = 0; ALANGS[i]; i++)
		for (w = ALANGS[i]->sentence_ends; w && *w; w++)
			if (n >= (len = strlen(*w)) && memcmp(s + n - len, *w, len) == 0)
				return 1;
	return 0;
}

/* Is money no total of count's things: in a headline; a count that is a
 * limit (組合員300人未満の企業) or a modifier (a 62,850-seat stadium); an
 * amount at most or at least so much each (最大で約220円, 日工资200元以上),
 * or one that a price, a wage, a mean or a word of "each" right before it
 * makes so much for each thing (客単価は平均736円, the median rent of
 * $4,700, 每出栏一头猪亏损约100元)? */
static int no_total(const struct rec *money, const struct rec *count)
{
	const char *b;
	size_t n;

	const struct rec *first = money->pos < count->pos ? money : count,
			 *last = first == money ? count : money;

	b = before_n(count, 6, &n);
	if (ANY(streaks, after(count), near(count, 6)) || ANY(streaks, b, n))
		return 1;	/* 2期連続で過去最高: a run of terms */
	if (starts_word(offsetof(struct alang, says), after(count)) ||	/* …, the two banks said */
	    (last->pos > first->endpos &&
	     ANY(joins, first->sentence + first->endpos, last->pos - first->endpos)))
		return 1;	/* approved $750 million in aid, and crews from 35 states */
	if (!ends_sentence(money->sentence) || strchr(count->text, '-') ||
	    !strcmp(count->qual, "lt") || !strcmp(count->qual, "le") ||
	    !strcmp(money->qual, "le") || !strcmp(money->qual, "ge") ||
	    ((!strcmp(money->qual, "gt") || !strcmp(money->qual, "lt")) &&
	     starts_with(offsetof(struct alang, modifies), after(money))))
		return 1;
	b = before_n(money, 40, &n);
	return ANY(prices, b, n) || ANY(averages, b, n) || ANY(per_each, b, n) ||
	       ANY(per_year, b, n) || ANY(per_month, b, n);
}

/* A total right after a word of sum_words and the figures of its unit
 * and kind listed before it in its sentence (国内120店、海外80店の計200店;
 * dates between passed over, at least two): the sum of the parts, as
 * rounded, must meet it.  None where a word of among stands between (of
 * whom: a part of a part), or a part is a change or a comparison's base. */
static void parts_sum(struct ctx *c)
{
	size_t s, from, to, i, j, nb;
	char b1[96], b2[96], parts[256];

	for (s = 0; sentence_span(c, s, &from, &to); s++)
		for (i = from + 1; i < to; i++) {
			const struct rec *t = &c->v[i], *r[16], *q[16];
			const char *b = before_n(t, t->pos, &nb);
			size_t np = 0, len = 0;
			struct iv sum = iv_point(0);
			struct check_draft *k;
			enum verdict v;

			while (nb > 0 && b[nb - 1] == ' ')
				nb--;
			if (!measurable(t) || is(t, RK_PERCENT) || is(t, RK_RATE) || is(t, RK_NUMBER) ||
			    !ends_with(offsetof(struct alang, sum_words), b, nb))
				continue;
			for (j = i; j-- > from && np < 15;) {
				const struct rec *p = &c->v[j], *next = np ? r[np] : t;

				if (is(p, RK_DATE) || is(p, RK_TIME))
					continue;
				if (p->k != t->k || strcmp(p->unit, t->unit) != 0 || !measurable(p) ||
				    (next->pos > p->endpos && ANY(list_breaks, p->sentence + p->endpos, next->pos - p->endpos)) ||
				    counters_apart(p, t))
					break;	/* (昨年は150店だったが、: no part of the list; 6カ所, 4路線の計8区間: other
						 * things; but "12 sheds and 16 barns, for a total of 40 buildings") */
				r[++np] = p;	/* r[1..np]: the parts, last first */
			}
			if (np < 2)
				continue;
			if (ANY(among, r[np]->sentence + r[np]->endpos, t->pos - r[np]->endpos))
				continue;	/* 120人のうち80人が…、計: a part of a part */
			for (j = 1; j <= np; j++)
				if (signed_change(r[j]) || comparison_base_of(r[j]))
					break;
			if (j <= np)
				continue;
			for (j = 0; j < np; j++) {	/* the parts in text order, then the total */
				q[j] = r[np - j];
				sum = iv_add(sum, val(q[j]));
				len += (size_t)snprintf(parts + len, sizeof parts - len, "%s%s", j ? " + " : "", q[j]->text);
				if (len >= sizeof parts)
					len = sizeof parts - 1;
			}
			q[np] = t;
			v = num_lt(sum.hi, val(t).lo) || num_lt(val(t).hi, sum.lo) ? V_FAIL : V_PASS;
			k = add_chk(c, "parts-sum", v, q, np + 1);
			if (k) {
				k->iv = sum;
				snprintf(k->expected, sizeof k->expected, "%s", iv_format(val(t), b2, sizeof b2));
				snprintf(k->message, sizeof k->message, "%s = %s %s %s (its parts, line %ld)",
					 parts, iv_format(sum, b1, sizeof b1), v == V_FAIL ? "does not meet" : "meets",
					 t->text, t->line);
			}
		}
}

/* Per-unit averages and definitions: a money total and a count in one
 * sentence; where the sentence names a kind of thing with a minimum
 * worth (unicorn), the total must reach count x minimum. */
static void totals(struct ctx *c)
{
	size_t s, from, to, i, nm, nc;
	char b1[96], b2[64];

	for (s = 0; sentence_span(c, s, &from, &to); s++) {
		const struct rec *money = NULL, *count = NULL, *r[2];
		const char *sen = c->v[from].sentence;
		struct comparison_draft *cm;
		struct iv avg, n;
		size_t li;

		for (i = from, nm = nc = 0; i < to; i++) {
			if (is(&c->v[i], RK_MONEY) && measurable(&c->v[i]))
				money = &c->v[i], nm++;
			if (is(&c->v[i], RK_COUNT) && measurable(&c->v[i]))
				count = &c->v[i], nc++;
		}
		if (nm != 1 || nc != 1)
			continue;
		r[0] = money;
		r[1] = count;
		n = count_val(count);
		avg = iv_div(val(money), n);
		cm = no_total(money, count) ? NULL : add_cmp(c, "per-unit average", r, 2);
		if (cm) {
			cm->has_value = 1;
			cm->value = point(money) / point(count);
			cm->iv = avg;
			snprintf(cm->unit, sizeof cm->unit, "%s/%s", money->unit, count->unit);
			snprintf(cm->note, sizeof cm->note, "%s over %s", money->text, count->text);
		}
		for (li = 0; ALANGS[li]; li++) {
			const struct definition *d;

			for (d = ALANGS[li]->definitions; d && d->word; d++) {
				struct iv need = iv_scale(n, d->min_each);
				enum verdict v;
				struct check_draft *k;

				if (!strstr(sen, d->word) || strcmp(d->unit, money->unit))
					continue;
				v = num_le(need.hi, val(money).lo) ? V_PASS :
				    num_lt(val(money).hi, need.lo) ? V_FAIL : V_UNKNOWN;
				k = add_chk(c, "definition", v, r, 2);
				if (k) {
					k->iv = val(money);
					snprintf(k->expected, sizeof k->expected, ">= %s", iv_format(need, b1, sizeof b1));
					snprintf(k->message, sizeof k->message,
						 "%s %s for %s %s, each at least %s %s (%s, line %ld)",
						 money->text, iv_format(val(money), b2, sizeof b2), count->text,
						 v == V_FAIL ? "is too little" : "is enough",
						 num_format(d->min_each, b1), d->unit, d->word, money->line);
				}
			}
		}
	}
}

/* Is r counted per period (member: per_year or per_month words)? The
 * word is in its subject (年収), right after it ("a year"), or a little
 * before it in its sentence (每月的推理成本, the monthly cost runs to). */
#define PER(member, r) per(offsetof(struct alang, member), r)

#define PER_BUF 256

/* Copy s[0..n) to buf (size PER_BUF), blanking the words of every
 * language's per_not (a year earlier); returns the length copied. */
static size_t without_per_not(const char *s, size_t n, char *buf)
{
	size_t i, k, len;

	n = n < PER_BUF - 1 ? n : PER_BUF - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	for (i = 0; ALANGS[i]; i++)
		for (k = 0; ALANGS[i]->per_not && ALANGS[i]->per_not[k]; k++) {
			char *p = buf;

			len = strlen(ALANGS[i]->per_not[k]);
			while ((p = strstr(p, ALANGS[i]->per_not[k])) != NULL) {
				memset(p, ' ', len);
				p += len;
			}
		}
	return n;
}

static int per(size_t member, const struct rec *r)
{
	char bb[PER_BUF], ab[PER_BUF], sb[PER_BUF];
	size_t ns;
	size_t n = strlen(after(r)) < 12 ? strlen(after(r)) : 12, nb, i;
	const char *b = before_n(r, 40, &nb), *a = after(r), *q;
	const char *const *w;

	/* not past a clause break after it: 突破10万亿元，年均增速在8%至10%之间 */
	for (i = 0; ALANGS[i]; i++)
		for (w = ALANGS[i]->clause_marks; w && *w; w++)
			if ((q = strstr(a, *w)) != NULL && (size_t)(q - a) < n)
				n = (size_t)(q - a);
	/* (the words of per_not blanked in a longer stretch, then cut: $3.29 billion a year earlier) */
	without_per_not(a, strlen(a), ab);
	a = ab;

	nb = without_per_not(b, nb, bb);	/* from a year earlier to C$664,078: no yearly amount */
	ns = without_per_not(r->subject, strlen(r->subject), sb);	/* the previous monthly record */
	return any_lang(member, sb, ns) ||
	       any_lang(member, a, n) || any_lang(member, bb, nb);
}

/* Is period p (Y/Y+1) written in c as a season or fiscal year of two
 * years (2025-26, 2025/26产季): one year, no span of two?  A date row of
 * that period whose text is four digits, a dash or slash and two digits. */
static int season(const struct ctx *c, const char *p)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const char *t = c->v[i].text;
		size_t k = 0;

		if (!is(&c->v[i], RK_DATE) || strcmp(c->v[i].period, p) != 0)
			continue;
		while (*t && !isdigit((unsigned char)*t))
			t++;
		while (isdigit((unsigned char)t[k]))
			k++;
		if (k != 4)
			continue;
		t += k;
		k = *t == '-' || *t == '/' ? 1 :
		    strncmp(t, "\xE2\x80\x93", 3) == 0 || strncmp(t, "\xE2\x80\x94", 3) == 0 ||
		    strncmp(t, "\xEF\xBC\x8F", 3) == 0 ? 3 : 0;	/* – — ／ */
		if (k && isdigit((unsigned char)t[k]) && isdigit((unsigned char)t[k + 1]) &&
		    !isdigit((unsigned char)t[k + 2]))
			return 1;
		/* 2024〜25年シーズン, 2024—2025年冰雪季: any dash and a word of a
		 * season right after */
		if (!k)
			k = strncmp(t, "\xE3\x80\x9C", 3) == 0 || strncmp(t, "\xEF\xBD\x9E", 3) == 0 ? 3 : 0;	/* 〜 ～ */
		if (k && isdigit((unsigned char)t[k]) && ANY(seasons, after(&c->v[i]), near(&c->v[i], 12)))
			return 1;
	}
	return 0;
}

/* Counts over a span of years, per year; per-year and per-month money;
 * miles in km. */
static void rates(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i], *rr[1] = {r};
		struct comparison_draft *cm;
		int from, to;
		const char *p = r->period;

		if (!measurable(r))
			continue;
		if ((is(r, RK_COUNT) || is(r, RK_MONEY)) && strchr(p, '/') &&
		    strlen(p) == 9 && years(p, &from, &to) && to > from &&
		    !(from % 10 == 0 && to == from + 9) &&	/* a decade is no sum of its years */
		    !(to == from + 1 && season(c, p))) {	/* nor a season, 2025-26 */
			int span = to - from + 1;

			cm = add_cmp(c, "per year", rr, 1);
			if (cm) {
				cm->has_value = r->has_value;
				cm->value = point(r) / span;
				cm->iv = iv_scale(val(r), 1.0 / span);
				snprintf(cm->unit, sizeof cm->unit, "%s/year", r->unit);
				snprintf(cm->note, sizeof cm->note, "%s over %d years (%s)", r->text, span, p);
			}
		}
		if (is(r, RK_MONEY) && (PER(per_year, r) || PER(per_month, r))) {
			int yearly = PER(per_year, r);
			double k = yearly ? 1.0 / 12 : 12;

			cm = add_cmp(c, yearly ? "per month" : "per year", rr, 1);
			if (cm) {
				cm->has_value = r->has_value;
				cm->value = point(r) * k;
				cm->iv = iv_scale(val(r), k);
				snprintf(cm->unit, sizeof cm->unit, "%s/%s", r->unit, yearly ? "month" : "year");
				snprintf(cm->note, sizeof cm->note, "%s (%s) %s", r->text,
					 r->subject[0] ? r->subject : yearly ? "per year" : "per month",
					 yearly ? "/ 12" : "x 12");
			}
		}
		if (strcmp(r->unit, "mile") == 0) {
			double km = GSL_CONST_MKSA_MILE / 1000;

			cm = add_cmp(c, "in km", rr, 1);
			if (cm) {
				cm->has_value = r->has_value;
				cm->value = point(r) * km;
				cm->iv = iv_scale(val(r), km);
				snprintf(cm->unit, sizeof cm->unit, "km");
				snprintf(cm->note, sizeof cm->note, "%s, 1 mile = 1.609344 km", r->text);
			}
		}
	}
}

/* Signed changes in percent (30%以上下落, 60%以上上昇) in one paragraph
 * compose: (1 + a)(1 + b) - 1. */
static int signed_change(const struct rec *r)
{
	return strcmp(r->unit, "percent") || !measurable(r) ? 0 : change_sign(r, 0);
}

/* Is r a change against a base period (同比, 前年比, year-on-year)? */
static int against_base(const struct rec *r)
{
	size_t nb;
	const char *b = before_n(r, 30, &nb);

	return ANY(against, b, nb) || ANY(against, after(r), near(r, 24));
}

/* Does a word of "then" stand between claims i and j of one line (in
 * j's sentence, before j)? */
static int then_between(const struct ctx *c, size_t i, size_t j)
{
	const struct rec *a = &c->v[i], *b = &c->v[j];
	size_t from = c->sent[i] == c->sent[j] ? a->endpos : 0;

	return b->pos > from && ANY(then, b->sentence + from, b->pos - from);
}

static void net_changes(struct ctx *c)
{
	size_t i, j;

	for (i = 0; i < c->n; i++) {
		int si = signed_change(&c->v[i]), sj = 0;
		const struct rec *a = &c->v[i], *b, *r[2];
		struct iv fa, fb, net;
		struct comparison_draft *cm;
		char b1[96];

		if (!si)
			continue;
		for (j = i + 1; j < c->n && c->v[j].line == a->line; j++)
			if ((sj = signed_change(&c->v[j])))
				break;
		/* two changes against base periods (同比 then 环比) are no
		 * sequence of changes; two are one when they change one
		 * measure or a word says the second came next, in time order
		 * (not revenue +11%, profit −23%) */
		if (!sj || j >= c->n || c->v[j].line != a->line || against_base(a) ||
		    against_base(&c->v[j]))
			continue;
		b = &c->v[j];
		if (!(same_subject(a, b) || then_between(c, i, j)) ||
		    ANY(each, b->sentence, strlen(b->sentence)) ||	/* 分别上涨37.2%和41.6% */
		    (a->period[0] && b->period[0] && strcmp(b->period, a->period) < 0))
			continue;
		r[0] = a;
		r[1] = b;
		fa = iv_add(iv_point(1), iv_scale(val(a), si / 100.0));
		fb = iv_add(iv_point(1), iv_scale(val(b), sj / 100.0));
		fa.lo = fmax(fa.lo, 0);
		fb.lo = fmax(fb.lo, 0);
		net = iv_scale(iv_sub(iv_mul(fa, fb), iv_point(1)), 100);
		cm = add_cmp(c, "net change", r, 2);
		if (!cm)
			return;
		cm->has_value = 1;
		cm->value = ((1 + si * point(a) / 100) * (1 + sj * point(b) / 100) - 1) * 100;
		cm->iv = net;
		snprintf(cm->unit, sizeof cm->unit, "percent");
		snprintf(cm->note, sizeof cm->note, "%s%s then %s%s: %s at the stated points, %s",
			 si > 0 ? "+" : "-", a->text, sj > 0 ? "+" : "-", b->text,
			 num_format(cm->value, b1),
			 iv_bounded(net) ? "bounded" : "bounds open, so the net change is unknown");
	}
}

/* The same subject and unit at other periods: changes; three or more
 * periods: a linear trend (gsl_fit_linear). */
/* One measure of a series: kind, unit and subject alike. */
static int same_series(const struct rec *a, const struct rec *b)
{
	return a->k == b->k && !strcmp(a->unit, b->unit) && !strcmp(a->subject, b->subject);
}

static int by_series(const void *x, const void *y)
{
	const struct item *a = x, *b = y;
	int d;

	if (a->r->k != b->r->k)
		return a->r->k < b->r->k ? -1 : 1;
	if ((d = strcmp(a->r->unit, b->r->unit)) != 0 || (d = strcmp(a->r->subject, b->r->subject)) != 0)
		return d;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* A measure of a series: the index of its first figure, and where its
 * figures start in the sorted list. */
struct measure {
	size_t first;
	const struct item *at;
};

static int by_first(const void *x, const void *y)
{
	const struct measure *a = x, *b = y;

	return a->first < b->first ? -1 : a->first > b->first;
}

static void series(struct ctx *c)
{
	size_t i, j, g, m = 0, ng = 0;
	struct item *ix = malloc((c->n ? c->n : 1) * sizeof *ix);
	struct measure *groups = NULL;

	if (ix)
		groups = malloc((c->n ? c->n : 1) * sizeof *groups);
	if (!groups) {
		c->oom = 1;
		free(ix);
		return;
	}
	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i];

		if (measurable(r) && r->has_value && one_year(r->period) && r->subject[0]) {
			ix[m].r = r;
			ix[m++].i = i;
		}
	}
	/* one measure after another, each in text order; then the measures
	 * in the order of their first figure */
	qsort(ix, m, sizeof *ix, by_series);
	for (g = 0; g < m; g = j) {
		for (j = g + 1; j < m && same_series(ix[g].r, ix[j].r); j++)
			;
		groups[ng].first = ix[g].i;
		groups[ng++].at = &ix[g];
	}
	qsort(groups, ng, sizeof *groups, by_first);
	for (g = 0; g < ng; g++) {
		const struct item *it = groups[g].at, *end = ix + m;
		const struct rec *a = it->r, *pts[32];
		double x[32], y[32];
		size_t n = 1;

		pts[0] = a;
		for (it++; it < end && n < 32 && same_series(a, it->r); it++)
			if (one_year(it->r->period) != one_year(pts[n - 1]->period))
				pts[n++] = it->r;
		if (n == 2 && !ANY(part_of, a->sentence, strlen(a->sentence)))
			change(c, one_year(a->period) < one_year(pts[1]->period) ? a : pts[1],
			       one_year(a->period) < one_year(pts[1]->period) ? pts[1] : a, a->subject);
		if (n >= 3) {
			double c0, c1, cov00, cov01, cov11, sumsq;
			struct comparison_draft *cm;

			for (j = 0; j < n; j++) {
				x[j] = one_year(pts[j]->period);
				y[j] = pts[j]->value;
			}
			if (gsl_fit_linear(x, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11, &sumsq) != GSL_SUCCESS)
				continue;
			cm = add_cmp(c, "trend", pts, n);
			if (!cm)
				break;
			cm->has_value = 1;
			cm->value = c1;
			cm->iv = iv_make(c1 - sqrt(cov11), c1 + sqrt(cov11));
			snprintf(cm->unit, sizeof cm->unit, "%s/year", a->unit);
			snprintf(cm->note, sizeof cm->note, "%s: least-squares slope over %zu periods, ± one standard error",
				 a->subject, n);
		}
	}
	free(groups);
	free(ix);
}

/* A count, an amount, a duration is not negative (rows only for those
 * that are: every figure extract writes is >= 0). */
static void not_negative(struct ctx *c)
{
	size_t i;
	char b1[96];

	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i], *rr[1] = {r};
		struct check_draft *k;

		if (signed_kind(r) || !measurable(r) || !isfinite(r->iv.lo) || !num_lt(r->iv.lo, 0))
			continue;
		k = add_chk(c, "not-negative", num_lt(r->iv.hi, 0) ? V_FAIL : V_UNKNOWN, rr, 1);
		if (k) {
			k->iv = r->iv;
			snprintf(k->expected, sizeof k->expected, ">= 0");
			snprintf(k->message, sizeof k->message, "%s %s is a %s below zero (line %ld)",
				 r->text, iv_format(r->iv, b1, sizeof b1), r->kind, r->line);
		}
	}
}

static int one_doc(struct rec *v, size_t n, struct findings *f)
{
	struct ctx c;
	size_t i, s = 0;

	memset(&c, 0, sizeof c);
	c.v = v;
	c.n = n;
	c.f = f;

	c.sent = malloc((n ? n : 1) * sizeof *c.sent);
	c.first = malloc((n + 1) * sizeof *c.first);
	if (!c.sent || !c.first) {
		free(c.sent);
		free(c.first);
		return -1;
	}
	for (i = 0; i < n; i++) {
		size_t start = 0;	/* search the text after the one before */
		const char *from;

		if (i && (v[i].line != v[i - 1].line || strcmp(v[i].sentence, v[i - 1].sentence)))
			s++;
		else if (i)
			start = v[i - 1].endpos;
		c.sent[i] = s;
		if (!i || s != c.sent[i - 1])
			c.first[c.nsent++] = i;
		from = strstr(v[i].sentence + start, v[i].text);
		if (!from)
			from = strstr(v[i].sentence, v[i].text);
		if (from) {
			v[i].pos = (size_t)(from - v[i].sentence);
			v[i].endpos = v[i].pos + strlen(v[i].text);
		} else {
			v[i].pos = v[i].endpos = strlen(v[i].sentence);
		}
	}
	c.first[c.nsent] = n;
	share_groups(&c);
	series(&c);
	verbal_ratios(&c);
	stated_changes(&c);
	share_of_count(&c);
	stated_twice(&c);
	totals(&c);
	parts_sum(&c);
	rates(&c);
	net_changes(&c);
	not_negative(&c);
	commit_cmp(&c);
	commit_chk(&c);
	free(c.sent);
	free(c.first);
	return c.oom ? -1 : 0;
}

/* Documents by number (the order they first appear in), rows in CSV order. */
static int by_doc_order(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	if (x->doc_no != y->doc_no)
		return x->doc_no < y->doc_no ? -1 : 1;
	return (x->csv_line > y->csv_line) - (x->csv_line < y->csv_line);
}

/* Rows of one document may be apart in the CSV (files concatenated): put
 * each document's rows together, documents in the order they first
 * appear, rows in CSV order; no sort where each document is one run. */
static void group_docs(struct claims *c)
{
	size_t i, runs = c->n > 0;

	for (i = 1; i < c->n; i++)
		runs += c->v[i].doc_no != c->v[i - 1].doc_no;
	if (runs != c->docs)
		qsort(c->v, c->n, sizeof *c->v, by_doc_order);
}

int relate(struct claims *c, struct findings *f)
{
	size_t i = 0, j;

	group_docs(c);

	while (i < c->n) {
		for (j = i; j < c->n && c->v[j].doc_no == c->v[i].doc_no; j++)
			;
		if (one_doc(c->v + i, j - i, f) < 0)
			return -1;
		i = j;
	}
	return 0;
}

void findings_free(struct findings *f)
{
	while (f->nblocks > 0)
		free(f->blocks[--f->nblocks]);
	free(f->blocks);
	free(f->cmp);
	free(f->chk);
	memset(f, 0, sizeof *f);
}
