/* tests/fuzz/fuzz_analyze.c - analyze on any CSV: read, relate, write
 * all three outputs. */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_errno.h>
#include <stdint.h>
#include <stdio.h>
#include "claims.h"
#include "relate.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct claims c;
	struct findings f = {0};
	FILE *in, *out;

	gsl_set_error_handler_off();
	if (size == 0 || !(in = fmemopen((void *)data, size, "r")))
		return 0;
	if (claims_read(in, "fuzz.csv", &c) == 0 && relate(&c, &f) == 0 &&
	    (out = fopen("/dev/null", "w"))) {
		write_comparisons(out, FMT_JSONL, 1, &f);
		write_checks(out, FMT_CSV, 0, &f);
		write_report(out, "fuzz.csv", &c, &f);
		fclose(out);
	}
	findings_free(&f);
	claims_free(&c);
	fclose(in);
	return 0;
}
