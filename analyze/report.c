/* analyze/report.c - the three outputs of analyze. */
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"
#include "report.h"

static const char *const CMP_COLS[] = {
	"doc", "id", "measure", "claims", "value", "low", "high", "unit", "note", NULL
};
static const char *const CHK_COLS[] = {
	"doc", "id", "check", "verdict", "claims", "low", "high", "expected", "message", NULL
};

static void field_num(struct table *t, double x, int present)
{
	char buf[40];

	table_number(t, present && isfinite(x) ? num_format(x, buf) : "");
}

void write_comparisons(FILE *out, enum format fmt, int bom, const struct findings *f)
{
	struct table t;
	size_t i;

	table_start(&t, out, fmt, CMP_COLS, 1, bom);
	for (i = 0; i < f->ncmp; i++) {
		const struct comparison *c = &f->cmp[i];

		table_str(&t, c->doc);
		table_str(&t, c->id);
		table_str(&t, c->measure);
		table_str(&t, c->claims);
		field_num(&t, c->value, c->has_value);
		field_num(&t, c->iv.lo, 1);
		field_num(&t, c->iv.hi, 1);
		table_str(&t, c->unit);
		table_str(&t, c->note);
	}
}

void write_checks(FILE *out, enum format fmt, int bom, const struct findings *f)
{
	struct table t;
	size_t i;

	table_start(&t, out, fmt, CHK_COLS, 1, bom);
	for (i = 0; i < f->nchk; i++) {
		const struct check *k = &f->chk[i];

		table_str(&t, k->doc);
		table_str(&t, k->id);
		table_str(&t, k->check);
		table_str(&t, verdict_name(k->verdict));
		table_str(&t, k->claims);
		field_num(&t, k->iv.lo, 1);
		field_num(&t, k->iv.hi, 1);
		table_str(&t, k->expected);
		table_str(&t, k->message);
	}
}

/* Text in a Markdown table cell: | escaped. */
static void cell(FILE *out, const char *s)
{
	fputs(" ", out);
	for (; *s; s++) {
		if (*s == '|')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputs(" |", out);
}

static void check_rows(FILE *out, const struct findings *f, int passed)
{
	size_t i;

	fputs("| doc | id | check | verdict | claims | message |\n|---|---|---|---|---|---|\n", out);
	for (i = 0; i < f->nchk; i++) {
		const struct check *k = &f->chk[i];

		if ((k->verdict == V_PASS) != passed)
			continue;
		fputs("|", out);
		cell(out, k->doc);
		cell(out, k->id);
		cell(out, k->check);
		cell(out, k->verdict == V_FAIL ? "**fail**" : verdict_name(k->verdict));
		cell(out, k->claims);
		cell(out, k->message);
		fputs("\n", out);
	}
}

static int by_kind_unit(const void *a, const void *b)
{
	const struct rec *x = *(const struct rec *const *)a, *y = *(const struct rec *const *)b;
	int k = x->k == y->k ? 0 : strcmp(x->kind, y->kind);	/* (one kind: no names compared) */

	return k ? k : strcmp(x->unit, y->unit);
}

/* The figures by kind and unit, with GSL's summary statistics. */
static int figures(FILE *out, const struct claims *c)
{
	const struct rec **r = malloc((c->n ? c->n : 1) * sizeof *r);
	double *x = malloc((c->n ? c->n : 1) * sizeof *x);
	size_t i, j, n = 0;
	char a[40], b[40], m[40];

	if (!r || !x) {
		free(r);
		free(x);
		return -1;
	}
	for (i = 0; i < c->n; i++)
		r[n++] = &c->v[i];
	qsort(r, n, sizeof *r, by_kind_unit);
	fputs("| kind | unit | figures | with a value | min | max | mean |\n|---|---|---|---|---|---|---|\n", out);
	for (i = 0; i < n; i = j) {
		size_t k = 0;

		for (j = i; j < n && by_kind_unit(&r[i], &r[j]) == 0; j++)
			if (r[j]->has_value)
				x[k++] = r[j]->value;
		fprintf(out, "| %s | %s | %zu | %zu |", r[i]->kind, r[i]->unit, j - i, k);
		if (k) {
			double lo, hi;

			gsl_stats_minmax(&lo, &hi, x, 1, k);
			fprintf(out, " %s | %s | %s |\n", num_format(lo, a), num_format(hi, b),
				num_format(gsl_stats_mean(x, 1, k), m));
		} else {
			fputs(" | | |\n", out);
		}
	}
	free(r);
	free(x);
	return 0;
}

int write_report(FILE *out, const char *input, const struct claims *c,
		 const struct findings *f)
{
	size_t i, fail = 0, unknown = 0;
	char a[40];

	for (i = 0; i < f->nchk; i++) {
		fail += f->chk[i].verdict == V_FAIL;
		unknown += f->chk[i].verdict == V_UNKNOWN;
	}
	fprintf(out, "# kazu report: %s\n\n", input);
	fprintf(out, "%zu claims; %zu checks: %zu fail, %zu unknown, %zu pass; %zu comparisons.\n\n",
		c->n, f->nchk, fail, unknown, f->nchk - fail - unknown, f->ncmp);
	fputs("## Checks that fail or are unknown\n\n", out);
	if (fail + unknown)
		check_rows(out, f, 0);
	else
		fputs("None.\n", out);
	fputs("\n## Figures by kind\n\n", out);
	if (figures(out, c) < 0)
		return -1;
	fputs("\n## Comparisons\n\n| doc | id | measure | value | interval | unit | note |\n|---|---|---|---|---|---|---|\n", out);
	for (i = 0; i < f->ncmp; i++) {
		const struct comparison *m = &f->cmp[i];
		char iv[100];

		iv_format(m->iv, iv, sizeof iv);
		fputs("|", out);
		cell(out, m->doc);
		cell(out, m->id);
		cell(out, m->measure);
		cell(out, m->has_value ? num_format(m->value, a) : "");
		cell(out, iv);
		cell(out, m->unit);
		cell(out, m->note);
		fputs("\n", out);
	}
	fputs("\n## Checks that pass\n\n", out);
	check_rows(out, f, 1);
	return 0;
}
