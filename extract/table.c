/* extract/table.c - one writer for every table kazu writes. */
#include <csv.h>
#include <string.h>
#include "table.h"

int format_parse(const char *s, enum format *f)
{
	if (strcmp(s, "csv") == 0)
		*f = FMT_CSV;
	else if (strcmp(s, "tsv") == 0)
		*f = FMT_TSV;
	else if (strcmp(s, "jsonl") == 0)
		*f = FMT_JSONL;
	else
		return -1;
	return 0;
}

void table_start(struct table *t, FILE *out, enum format fmt, const char *const *cols,
		 int header, int bom)
{
	t->out = out;
	t->fmt = fmt;
	t->cols = cols;
	t->col = 0;
	for (t->ncols = 0; cols[t->ncols]; t->ncols++)
		;
	if (bom)
		fputs("\xEF\xBB\xBF", out);
	if (header && fmt != FMT_JSONL) {
		size_t i;

		for (i = 0; i < t->ncols; i++)
			table_str(t, cols[i]);
	}
}

static void json_string(FILE *out, const char *s, size_t n)
{
	size_t i;

	fputc('"', out);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

/* Before a field: separators and the opening of a JSON object. */
static void open_field(struct table *t)
{
	if (t->fmt == FMT_JSONL) {
		fputs(t->col == 0 ? "{" : ",", t->out);
		json_string(t->out, t->cols[t->col], strlen(t->cols[t->col]));
		fputc(':', t->out);
	} else if (t->col > 0) {
		fputc(t->fmt == FMT_TSV ? '\t' : ',', t->out);
	}
}

static void close_field(struct table *t)
{
	if (++t->col == t->ncols) {
		fputs(t->fmt == FMT_JSONL ? "}\n" : "\n", t->out);
		t->col = 0;
	}
}

void table_text(struct table *t, const char *s, size_t n)
{
	size_t i;

	open_field(t);
	switch (t->fmt) {
	case FMT_CSV:
		if (memchr(s, ',', n) || memchr(s, '"', n) || memchr(s, '\n', n) ||
		    memchr(s, '\r', n))
			csv_fwrite(t->out, s, n);
		else
			fwrite(s, 1, n, t->out);
		break;
	case FMT_TSV:
		for (i = 0; i < n; i++)
			fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], t->out);
		break;
	case FMT_JSONL:
		json_string(t->out, s, n);
		break;
	}
	close_field(t);
}

void table_str(struct table *t, const char *s)
{
	table_text(t, s, strlen(s));
}

void table_number(struct table *t, const char *s)
{
	if (t->fmt != FMT_JSONL) {
		table_str(t, s);
		return;
	}
	open_field(t);
	fputs(*s ? s : "null", t->out);
	close_field(t);
}
