/* analyze/html.c - report.html: one page, no network, for an editor.
 *
 * Failed and unknown checks first, with the figures they involve; the
 * figures marked in their sentences (a title on each says value, unit,
 * qualifier, interval, period); changes drawn as small SVG charts; a table
 * of all claims; the checks that pass. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "html.h"
#include "numfmt.h"

static void esc(FILE *out, const char *s, size_t n)
{
	size_t i, run = 0;	/* the bytes since the last escape go out at once */

	for (i = 0; i < n; i++) {
		const char *e = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" :
				s[i] == '"' ? "&quot;" : NULL;

		if (!e)
			continue;
		fwrite(s + run, 1, i - run, out);
		fputs(e, out);
		run = i + 1;
	}
	fwrite(s + run, 1, n - run, out);
}

static void escs(FILE *out, const char *s)
{
	esc(out, s, strlen(s));
}

/* An id usable in HTML: where the doc's claims start, and the claim id
 * (c0-L29.2). */
static void anchor(FILE *out, size_t doc, const char *id)
{
	fprintf(out, "c%zu-", doc);
	escs(out, id);
}


static const char STYLE[] =
	"body{font:15px/1.55 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}"
	"h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}"
	"table{border-collapse:collapse;width:100%;font-size:.9em}"
	"td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;vertical-align:top}"
	".fail{color:#b00020;font-weight:bold}.unknown{color:#a65e00;font-weight:bold}.pass{color:#1b7f3a}"
	"mark{background:#e7f0ff;border-radius:3px;padding:0 2px;cursor:help}"
	"mark.failed{background:#ffd6d9;outline:1px solid #b00020}"
	"p.sentence{margin:.4em 0}.line{color:#999;font-size:.8em;margin-right:.5em}"
	".charts{display:flex;flex-wrap:wrap;gap:1em}.chart{border:1px solid #eee;padding:.5em}"
	".summary{font-size:1.1em}";

static void check_rows(FILE *out, const struct claims *c, const struct findings *f,
		       int passed)
{
	size_t i, d;

	fputs("<table><tr><th>verdict</th><th>check</th><th>message</th><th>figures</th></tr>\n", out);
	for (i = 0, d = 0; i < f->nchk; i++) {
		const struct check *k = &f->chk[i];
		const char *p = k->claims;

		/* checks come in the order of the documents: find where the
		 * claims of this one start, moving forward only */
		while (d < c->n && strcmp(c->v[d].doc, k->doc))
			d++;
		if ((k->verdict == V_PASS) != passed)
			continue;
		fprintf(out, "<tr class=\"check\"><td class=\"%s\">%s</td><td>", verdict_name(k->verdict),
			verdict_name(k->verdict));
		escs(out, k->check);
		fputs("</td><td>", out);
		escs(out, k->message);
		fputs("</td><td>", out);
		while (*p) {	/* links to the figures in the text */
			size_t n = strcspn(p, ";");
			char id[64];

			snprintf(id, sizeof id, "%.*s", (int)(n < 63 ? n : 63), p);
			fputs("<a href=\"#", out);
			anchor(out, d, id);
			fputs("\">", out);
			escs(out, id);
			fputs("</a> ", out);
			p += n + (p[n] == ';');
		}
		fputs("</td></tr>\n", out);
	}
	fputs("</table>\n", out);
}

/* The claims sorted by document and id, to find a claim by its id in
 * log n (checks and comparisons name their claims by id). */
struct id_index {
	const struct rec **v;
	size_t n;
};

struct id_key {
	const char *doc, *id;
	size_t n;		/* id is [id, id + n) */
};

static int cmp_ids(const char *a, size_t na, const char *b, size_t nb)
{
	int d = memcmp(a, b, na < nb ? na : nb);

	return d ? d : na < nb ? -1 : na > nb;
}

static int by_doc_id(const void *x, const void *y)
{
	const struct rec *a = *(const struct rec *const *)x, *b = *(const struct rec *const *)y;
	int d = a->doc_no == b->doc_no ? 0 : strcmp(a->doc, b->doc);	/* (one doc: no names compared) */

	return d ? d : cmp_ids(a->id, strlen(a->id), b->id, strlen(b->id));
}

static int key_vs_rec(const void *k, const void *r)
{
	const struct id_key *key = k;
	const struct rec *rec = *(const struct rec *const *)r;
	int d = strcmp(key->doc, rec->doc);

	return d ? d : cmp_ids(key->id, key->n, rec->id, strlen(rec->id));
}

static int index_ids(struct id_index *ix, const struct claims *c)
{
	size_t i;

	ix->n = c->n;
	ix->v = malloc((c->n ? c->n : 1) * sizeof *ix->v);
	if (!ix->v)
		return -1;
	for (i = 0; i < c->n; i++)
		ix->v[i] = &c->v[i];
	qsort(ix->v, ix->n, sizeof *ix->v, by_doc_id);
	return 0;
}

/* The claim of document doc with id [id, id + n), or NULL. */
static const struct rec *find(const struct id_index *ix, const char *doc, const char *id, size_t n)
{
	struct id_key key = {doc, id, n};
	const struct rec **r = bsearch(&key, ix->v, ix->n, sizeof *ix->v, key_vs_rec);

	return r ? *r : NULL;
}

/* Mark bad[i] for each claim i of a failed check. */
static void failed(const struct claims *c, const struct id_index *ix, const struct findings *f,
		   unsigned char *bad)
{
	size_t i;

	for (i = 0; i < f->nchk; i++) {
		const struct check *k = &f->chk[i];
		const char *p = k->claims;

		if (k->verdict != V_FAIL)
			continue;
		while (*p) {
			size_t n = strcspn(p, ";");
			const struct rec *r = find(ix, k->doc, p, n);

			if (r)
				bad[r - c->v] = 1;
			p += n + (p[n] == ';');
		}
	}
}

/* The sentences that hold figures, each figure marked. */
static void text(FILE *out, const struct claims *c, const unsigned char *bad)
{
	size_t i = 0, doc = 0;
	char buf[100], v[40];

	while (i < c->n) {
		const struct rec *r = &c->v[i];
		size_t j, at = 0;

		if (i == 0 || strcmp(r->doc, c->v[i - 1].doc)) {
			doc = i;
			fputs("<h3>", out);
			escs(out, r->doc);
			fputs("</h3>\n", out);
		}
		fprintf(out, "<p class=\"sentence\"><span class=\"line\">%ld</span>", r->line);
		/* the claims of this sentence */
		for (j = i; j < c->n && c->v[j].line == r->line && strcmp(c->v[j].doc, r->doc) == 0 &&
			    strcmp(c->v[j].sentence, r->sentence) == 0; j++) {
			const struct rec *x = &c->v[j];

			if (x->pos < at || x->endpos > strlen(x->sentence))
				continue;	/* not found in its sentence */
			esc(out, r->sentence + at, x->pos - at);
			fprintf(out, "<mark class=\"claim kind-%s%s\" id=\"", x->kind,
				bad[j] ? " failed" : "");
			anchor(out, doc, x->id);
			fputs("\" title=\"", out);
			escs(out, x->id);
			fputs(": ", out);
			if (x->has_value)
				fprintf(out, "%s ", num_format(x->value, v));
			escs(out, x->unit);
			fprintf(out, " · %s · %s · %s", x->kind, x->qual,
				iv_format(x->iv, buf, sizeof buf));
			if (x->period[0]) {
				fputs(" · period ", out);
				escs(out, x->period);
			}
			if (x->subject[0]) {
				fputs(" · ", out);
				escs(out, x->subject);
			}
			fputs("\">", out);
			esc(out, x->sentence + x->pos, x->endpos - x->pos);
			fputs("</mark>", out);
			at = x->endpos;
		}
		escs(out, r->sentence + at);
		fputs("</p>\n", out);
		i = j > i ? j : i + 1;
	}
}

/* The claim id[0..n) of doc, whose claims start at from. */

/* A before/after chart of a change: two points and the line between. */
static void chart(FILE *out, const struct id_index *ix, const struct comparison *m)
{
	size_t n = strcspn(m->claims, ";");
	const struct rec *a = find(ix, m->doc, m->claims, n);
	const struct rec *b = m->claims[n] ? find(ix, m->doc, m->claims + n + 1,
						     strlen(m->claims + n + 1)) : NULL;
	double lo, hi, ya, yb;
	char v[40];

	if (!a || !b || !a->has_value || !b->has_value)
		return;
	lo = fmin(a->value, b->value);
	hi = fmax(a->value, b->value);
	if (hi == lo)
		hi = lo + 1;
	ya = 70 - (a->value - lo) / (hi - lo) * 50;
	yb = 70 - (b->value - lo) / (hi - lo) * 50;
	fputs("<figure class=\"chart\"><svg width=\"220\" height=\"100\" role=\"img\"><title>", out);
	escs(out, m->note);
	fprintf(out, "</title><line x1=\"40\" y1=\"%.1f\" x2=\"180\" y2=\"%.1f\" stroke=\"%s\" "
		"stroke-width=\"2\"/>", ya, yb, b->value >= a->value ? "#1b7f3a" : "#b00020");
	fprintf(out, "<circle cx=\"40\" cy=\"%.1f\" r=\"4\"/><circle cx=\"180\" cy=\"%.1f\" r=\"4\"/>",
		ya, yb);
	fprintf(out, "<text x=\"40\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\">", ya - 8);
	escs(out, a->text);
	fprintf(out, "</text><text x=\"180\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\">", yb - 8);
	escs(out, b->text);
	fputs("</text><text x=\"40\" y=\"95\" text-anchor=\"middle\" font-size=\"11\" fill=\"#777\">", out);
	escs(out, a->period);
	fputs("</text><text x=\"180\" y=\"95\" text-anchor=\"middle\" font-size=\"11\" fill=\"#777\">", out);
	escs(out, b->period);
	fputs("</text></svg><figcaption>", out);
	escs(out, m->note);
	fprintf(out, ": %s%s %s</figcaption></figure>\n", m->value >= 0 ? "+" : "",
		num_format(m->value, v), m->unit);
}

int write_html(FILE *out, const char *input, const struct claims *c, const struct findings *f)
{
	size_t i, fail = 0, unknown = 0;
	unsigned char *bad;
	struct id_index ix;
	char buf[100], v[40];

	for (i = 0; i < f->nchk; i++) {
		fail += f->chk[i].verdict == V_FAIL;
		unknown += f->chk[i].verdict == V_UNKNOWN;
	}
	fputs("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>kazu report: ", out);
	escs(out, input);
	fprintf(out, "</title><style>%s</style></head><body>\n<h1>kazu report: ", STYLE);
	escs(out, input);
	fprintf(out, "</h1>\n<p class=\"summary\">%zu claims; %zu checks: <span class=\"fail\">%zu fail</span>, "
		"<span class=\"unknown\">%zu unknown</span>, <span class=\"pass\">%zu pass</span>; "
		"%zu comparisons.</p>\n", c->n, f->nchk, fail, unknown, f->nchk - fail - unknown, f->ncmp);
	fputs("<section id=\"problems\"><h2>Checks that fail or are unknown</h2>\n", out);
	if (fail + unknown)
		check_rows(out, c, f, 0);
	else
		fputs("<p>None.</p>\n", out);
	fputs("</section>\n<section id=\"text\"><h2>The figures in their sentences</h2>\n"
	      "<p>Point at a figure for its value, unit, qualifier, interval and period; "
	      "figures of failed checks are red.</p>\n", out);
	bad = calloc(c->n ? c->n : 1, 1);
	if (!bad || index_ids(&ix, c) < 0) {
		free(bad);
		return -1;
	}
	failed(c, &ix, f, bad);
	text(out, c, bad);
	free(bad);
	fputs("</section>\n<section id=\"comparisons\"><h2>Comparisons</h2>\n<div class=\"charts\">\n", out);
	for (i = 0; i < f->ncmp; i++)
		if (strcmp(f->cmp[i].measure, "change") == 0)
			chart(out, &ix, &f->cmp[i]);
	free(ix.v);
	fputs("</div>\n<table><tr><th>measure</th><th>value</th><th>interval</th><th>unit</th><th>note</th></tr>\n", out);
	for (i = 0; i < f->ncmp; i++) {
		const struct comparison *m = &f->cmp[i];

		fputs("<tr><td>", out);
		escs(out, m->measure);
		fprintf(out, "</td><td>%s</td><td>%s</td><td>", m->has_value ? num_format(m->value, v) : "",
			iv_format(m->iv, buf, sizeof buf));
		escs(out, m->unit);
		fputs("</td><td>", out);
		escs(out, m->note);
		fputs("</td></tr>\n", out);
	}
	fputs("</table></section>\n<section id=\"claims\"><h2>All claims</h2>\n<table><tr><th>id</th>"
	      "<th>text</th><th>value</th><th>unit</th><th>kind</th><th>qualifier</th><th>interval</th>"
	      "<th>period</th><th>subject</th></tr>\n", out);
	for (i = 0; i < c->n; i++) {
		const struct rec *r = &c->v[i];

		fputs("<tr class=\"claim-row\"><td>", out);
		escs(out, r->id);
		fputs("</td><td>", out);
		escs(out, r->text);
		fprintf(out, "</td><td>%s</td><td>", r->has_value ? num_format(r->value, v) : "");
		escs(out, r->unit);
		fprintf(out, "</td><td>%s</td><td>%s</td><td>%s</td><td>", r->kind, r->qual,
			iv_format(r->iv, buf, sizeof buf));
		escs(out, r->period);
		fputs("</td><td>", out);
		escs(out, r->subject);
		fputs("</td></tr>\n", out);
	}
	fputs("</table></section>\n<section id=\"passed\"><h2>Checks that pass</h2>\n", out);
	check_rows(out, c, f, 1);
	fputs("</section>\n</body></html>\n", out);
	return ferror(out) ? -1 : 0;
}
