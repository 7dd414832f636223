/* tests/fuzz/fuzz_csv.c - analyze's claims reader on any bytes. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include "claims.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct claims c;
	FILE *f;

	if (size == 0 || !(f = fmemopen((void *)data, size, "r")))
		return 0;
	(void)claims_read(f, "fuzz.csv", &c);
	claims_free(&c);
	fclose(f);
	return 0;
}
