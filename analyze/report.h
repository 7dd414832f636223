/* analyze/report.h - writing comparisons.csv, checks.csv and report.md. */
#ifndef KAZU_REPORT_H
#define KAZU_REPORT_H

#include <stdio.h>
#include "claims.h"
#include "relate.h"
#include "table.h"

/* The comparisons and the checks as a table (CSV, TSV, JSON Lines), with
 * a UTF-8 BOM first when bom. */
void write_comparisons(FILE *out, enum format fmt, int bom, const struct findings *f);
void write_checks(FILE *out, enum format fmt, int bom, const struct findings *f);
/* A readable summary: failed and unknown checks first, the figures by
 * kind (GSL summary statistics), the comparisons, the passed checks.
 * Returns 0, or -1 when memory runs out. */
int write_report(FILE *out, const char *input, const struct claims *c,
		 const struct findings *f);

#endif
