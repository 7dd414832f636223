/* extract/table.h - rows out as CSV, TSV or JSON Lines (both programs). */
#ifndef KAZU_TABLE_H
#define KAZU_TABLE_H

#include <stddef.h>
#include <stdio.h>

enum format { FMT_CSV, FMT_TSV, FMT_JSONL };

struct table {
	FILE *out;
	enum format fmt;
	const char *const *cols;	/* column names, ended by NULL */
	size_t ncols, col;		/* how many; the next one to write */
};

/* Parse "csv", "tsv" or "jsonl".  Returns 0, or -1. */
int format_parse(const char *s, enum format *f);

/* Start a table on out.  With header, CSV and TSV get the header row;
 * with bom, a UTF-8 BOM first (for spreadsheets). */
void table_start(struct table *t, FILE *out, enum format fmt, const char *const *cols,
		 int header, int bom);

/* Write the next field of the current row: text s[0..n), or a number in
 * its plain decimal form (number: an empty one is JSON null).  CSV
 * quotes a field only when it must (RFC 4180); TSV writes tabs and line
 * ends inside a field as spaces; JSON Lines writes one object a row. */
void table_text(struct table *t, const char *s, size_t n);
void table_str(struct table *t, const char *s);
void table_number(struct table *t, const char *s);

#endif
