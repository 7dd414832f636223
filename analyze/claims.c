/* analyze/claims.c - reading the claims CSV with libcsv. */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "claims.h"

enum col {
	C_DOC, C_ID, C_LINE, C_TEXT, C_VALUE, C_UNIT, C_KIND, C_QUAL, C_LOW,
	C_HIGH, C_PERIOD, C_SUBJECT, C_SENTENCE, NCOLS
};
static const char *const COLS[NCOLS] = {
	"doc", "id", "line", "text", "value", "unit", "kind", "qualifier", "low",
	"high", "period", "subject", "sentence"
};
static const char *const KINDS[] = {
	"number", "percent", "money", "count", "duration", "distance", "age",
	"rank", "ratio", "rate", "date", "time", "temperature", "measure", NULL
};
static const char *const QUALS[] = {
	"eq", "approx", "nearly", "ge", "gt", "le", "lt", "range", "vague", NULL
};

struct reader {
	const char *name;
	struct claims *out;
	int where[NCOLS];	/* field index of each column, -1 if absent */
	char *text;		/* the fields of the current row, each ended by a NUL */
	size_t len, size;
	size_t *start;		/* where each field starts in text */
	size_t nf, cap;
	long row, line;		/* row number, CSV line where it starts */
	long lines;		/* newlines seen so far */
	size_t hdr_fields;	/* fields of the header */
	int status;
};

#define FIELD(r, i) ((r)->text + (r)->start[i])

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->status)
		return;
	if (r->nf == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 32;
		size_t *p = realloc(r->start, cap * sizeof *p);

		if (!p) {
			r->status = 2;
			return;
		}
		r->start = p;
		r->cap = cap;
	}
	if (r->size - r->len < len + 1) {
		size_t size = r->size ? r->size : 4096;
		char *p;

		while (size - r->len < len + 1)
			size *= 2;
		if (!(p = realloc(r->text, size))) {
			r->status = 2;
			return;
		}
		r->text = p;
		r->size = size;
	}
	memcpy(r->text + r->len, s, len);
	r->text[r->len + len] = 0;
	r->start[r->nf++] = r->len;
	r->len += len + 1;
}

static int bad(struct reader *r, const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "analyze: %s:%ld: ", r->name, r->line);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	r->status = 1;
	return 1;
}

/* Index of s in list, or -1. */
static int one_of(const char *s, const char *const *list)
{
	int i;

	for (i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return i;
	return -1;
}

/* Parse a number field: empty is "none" (returns 0), a C-locale decimal
 * is "some" (returns 1), anything else is bad data (returns -1). */
static int number(const char *s, double *x)
{
	char *end;

	if (!*s)
		return 0;
	if (strspn(s, "0123456789.+-eE") != strlen(s))
		return -1;	/* no spaces, no hex, no inf or nan */
	errno = 0;
	*x = strtod(s, &end);
	if (*end || end == s || errno == ERANGE || !isfinite(*x))
		return -1;
	return 1;
}

static int header(struct reader *r)
{
	size_t i;
	int c;

	r->hdr_fields = r->nf;
	if (r->nf && strncmp(FIELD(r, 0), "\xEF\xBB\xBF", 3) == 0)
		r->start[0] += 3;
	for (c = 0; c < NCOLS; c++) {
		r->where[c] = -1;
		for (i = 0; i < r->nf; i++)
			if (strcmp(FIELD(r, i), COLS[c]) == 0) {
				if (r->where[c] >= 0)
					return bad(r, "column '%s' twice%s", COLS[c], "");
				r->where[c] = (int)i;
			}
	}
	for (c = 0; c < NCOLS; c++)
		if (r->where[c] < 0)
			return bad(r, "no column '%s' in the header%s", COLS[c], "");
	return 0;
}

/* The columns a claim keeps, in one allocation that starts with doc. */
static int keep(struct reader *r, struct rec *x)
{
	static const enum col C[] = {
		C_DOC, C_ID, C_TEXT, C_UNIT, C_KIND, C_QUAL, C_PERIOD, C_SUBJECT, C_SENTENCE
	};
	char **to[] = {
		&x->doc, &x->id, &x->text, &x->unit, &x->kind, &x->qual, &x->period, &x->subject,
		&x->sentence
	};
	size_t i, n[sizeof C / sizeof C[0]], total = 0;
	char *p;

	for (i = 0; i < sizeof C / sizeof C[0]; i++)
		total += n[i] = strlen(FIELD(r, r->where[C[i]])) + 1;
	if (!(p = malloc(total)))
		return r->status = 2;
	for (i = 0; i < sizeof C / sizeof C[0]; i++) {
		*to[i] = memcpy(p, FIELD(r, r->where[C[i]]), n[i]);
		p += n[i];
	}
	return 0;
}

static int record(struct reader *r)
{
	struct claims *out = r->out;
	struct rec *x;
	double lo, hi, line;
	int hl, hh, hv;
	size_t i;

	for (i = 0; i < NCOLS; i++)
		if ((size_t)r->where[i] >= r->nf) {
			char got[24], want[24];

			snprintf(got, sizeof got, "%zu", r->nf);
			snprintf(want, sizeof want, "%zu", (size_t)r->hdr_fields);
			return bad(r, "%s fields where the header has %s", got, want);
		}
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 64;
		struct rec *p = realloc(out->v, cap * sizeof *p);

		if (!p)
			return r->status = 2;
		out->v = p;
		out->cap = cap;
	}
	x = &out->v[out->n];
	memset(x, 0, sizeof *x);
	if ((hv = number(FIELD(r, r->where[C_VALUE]), &x->value)) < 0)
		return bad(r, "value is not a number: '%s'%s", FIELD(r, r->where[C_VALUE]), "");
	if ((hl = number(FIELD(r, r->where[C_LOW]), &lo)) < 0)
		return bad(r, "low is not a number: '%s'%s", FIELD(r, r->where[C_LOW]), "");
	if ((hh = number(FIELD(r, r->where[C_HIGH]), &hi)) < 0)
		return bad(r, "high is not a number: '%s'%s", FIELD(r, r->where[C_HIGH]), "");
	if (number(FIELD(r, r->where[C_LINE]), &line) <= 0 || line < 1 || line > 1e15 ||
	    line != floor(line))
		return bad(r, "line is not a line number: '%s'%s", FIELD(r, r->where[C_LINE]), "");
	if (one_of(FIELD(r, r->where[C_KIND]), KINDS) < 0)
		return bad(r, "unknown kind '%s'%s", FIELD(r, r->where[C_KIND]), "");
	if (one_of(FIELD(r, r->where[C_QUAL]), QUALS) < 0)
		return bad(r, "unknown qualifier '%s'%s", FIELD(r, r->where[C_QUAL]), "");
	if (hl > 0 && hh > 0 && lo > hi)
		return bad(r, "low %s is above high %s", FIELD(r, r->where[C_LOW]),
			   FIELD(r, r->where[C_HIGH]));
	if (!FIELD(r, r->where[C_ID])[0])
		return bad(r, "empty id%s%s", "", "");
	x->k = (enum rkind)one_of(FIELD(r, r->where[C_KIND]), KINDS);
	x->has_value = hv > 0;
	x->iv = iv_make(hl > 0 ? lo : -INFINITY, hh > 0 ? hi : INFINITY);
	x->line = (long)line;
	x->csv_line = r->line;
	if (keep(r, x))
		return r->status;
	out->n++;
	return 0;
}

static void on_row(int c, void *data)
{
	struct reader *r = data;

	(void)c;
	if (!r->status) {
		if (r->row == 0)
			header(r);
		else
			record(r);
	}
	r->nf = 0;
	r->len = 0;
	r->row++;
	r->line = r->lines + 2;	/* the next row starts after this line */
}

static int by_doc_id(const void *a, const void *b)
{
	const struct rec *x = *(const struct rec *const *)a, *y = *(const struct rec *const *)b;
	int c = (x->doc_no > y->doc_no) - (x->doc_no < y->doc_no);

	if (!c)
		c = strcmp(x->id, y->id);
	return c ? c : (x->csv_line > y->csv_line) - (x->csv_line < y->csv_line);
}

/* Number the documents: one doc_no per doc name, in order of first
 * appearance, through a hash table of open addressing (FNV-1a) that
 * doubles as it fills, so a corpus costs one hash per run of rows of a
 * document, not a string comparison per comparison of a sort. */
static uint64_t fnv1a(const char *s)
{
	uint64_t h = 14695981039346656037u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static int number_docs(struct claims *c)
{
	size_t *slot = NULL, cap = 0, used = 0, i, k;
	uint64_t h;

	for (i = 0; i < c->n; i++) {
		if (i > 0 && strcmp(c->v[i].doc, c->v[i - 1].doc) == 0) {
			c->v[i].doc_no = c->v[i - 1].doc_no;	/* the run goes on */
			continue;
		}
		if (2 * (used + 1) > cap) {	/* grow: rehash the representatives */
			size_t ncap = cap ? 2 * cap : 64, *ns = malloc(ncap * sizeof *ns);

			if (!ns) {
				free(slot);
				return -1;
			}
			for (k = 0; k < ncap; k++)
				ns[k] = SIZE_MAX;
			for (k = 0; k < cap; k++)
				if (slot[k] != SIZE_MAX) {
					for (h = fnv1a(c->v[slot[k]].doc); ns[h & (ncap - 1)] != SIZE_MAX; h++)
						;
					ns[h & (ncap - 1)] = slot[k];
				}
			free(slot);
			slot = ns;
			cap = ncap;
		}
		for (h = fnv1a(c->v[i].doc); slot[h & (cap - 1)] != SIZE_MAX &&
					      strcmp(c->v[slot[h & (cap - 1)]].doc, c->v[i].doc) != 0; h++)
			;
		if (slot[h & (cap - 1)] == SIZE_MAX) {
			slot[h & (cap - 1)] = i;
			c->v[i].doc_no = used++;
		} else {
			c->v[i].doc_no = c->v[slot[h & (cap - 1)]].doc_no;
		}
	}
	free(slot);
	c->docs = used;
	return 0;
}

/* An id twice in one doc: sort by (doc, id) and look at neighbours, so a
 * million claims take n log n.  Names the later of the two rows. */
static int unique_ids(struct reader *r)
{
	struct claims *c = r->out;
	struct rec **v;
	size_t i;
	int rc = 0;

	if (c->n < 2)
		return 0;
	v = malloc(c->n * sizeof *v);
	if (!v)
		return r->status = 2;
	for (i = 0; i < c->n; i++)
		v[i] = &c->v[i];
	qsort(v, c->n, sizeof *v, by_doc_id);
	for (i = 1; i < c->n && !rc; i++)
		if (v[i]->doc_no == v[i - 1]->doc_no && strcmp(v[i]->id, v[i - 1]->id) == 0) {
			r->line = v[i]->csv_line;
			rc = bad(r, "id %s again in doc %s", v[i]->id, v[i]->doc);
		}
	free(v);
	return rc;
}

int claims_read(FILE *f, const char *name, struct claims *out)
{
	struct csv_parser p;
	struct reader r;
	char buf[65536];
	size_t n, i, done;
	int read_error = 0;

	memset(&r, 0, sizeof r);
	r.name = name;
	r.out = out;
	r.line = 1;
	memset(out, 0, sizeof *out);
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return 2;
	while (!r.status && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		/* feed line by line, so that messages can name the CSV line */
		for (i = 0; i < n && !r.status; i = done) {
			char *nl = memchr(buf + i, '\n', n - i);

			done = nl ? (size_t)(nl - buf) + 1 : n;
			if (csv_parse(&p, buf + i, done - i, on_field, on_row, &r) != done - i) {
				r.line = r.lines + 1;
				bad(&r, "malformed field: a quote out of place%s%s", "", "");
				break;
			}
			if (nl)
				r.lines++;
		}
	}
	if (!r.status && ferror(f)) {
		fprintf(stderr, "analyze: %s: %s\n", name, strerror(errno));
		r.status = 2;
		read_error = 1;
	}
	if (!r.status && csv_fini(&p, on_field, on_row, &r) != 0)
		bad(&r, "unterminated quoted field%s%s", "", "");
	if (!r.status && r.row == 0) {
		r.line = 1;
		bad(&r, "no header%s%s", "", "");
	}
	if (!r.status && number_docs(out) < 0)
		r.status = 2;
	if (!r.status)
		unique_ids(&r);
	csv_free(&p);
	free(r.text);
	free(r.start);
	if (r.status == 2 && !read_error)
		fprintf(stderr, "analyze: %s: out of memory\n", name);
	return r.status;
}

void claims_free(struct claims *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i].doc);	/* and the other strings of the claim */
	free(c->v);
	memset(c, 0, sizeof *c);
}
