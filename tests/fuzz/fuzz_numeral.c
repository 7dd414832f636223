/* tests/fuzz/fuzz_numeral.c - the numeral parser on any bytes, in every
 * language. */
#include <stddef.h>
#include <stdint.h>
#include "numeral.h"
#include "numfmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct numval nv;
	char buf[40];
	size_t i;

	for (i = 0; LANGS[i]; i++)
		if (numeral_parse(LANGS[i], (const char *)data, size, &nv) == 0) {
			num_format(nv.lo, buf);
			num_format(nv.step, buf);
		}
	return 0;
}
