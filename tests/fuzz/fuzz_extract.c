/* tests/fuzz/fuzz_extract.c - extract on any bytes: the UTF-8 check, then
 * every language's rules with the language chosen per sentence. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"
#include "scan.h"
#include "text.h"

static struct scanner *sc[3];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct piece pc = {-1, 0, 1, {0, 0, 0}};
	struct claim *c = NULL;
	char *doc, buf[40], err[256];
	size_t n = 0, i;

	if (!sc[0])
		for (i = 0; i < 3; i++)
			if (!(sc[i] = scanner_new(LANGS[i], err, sizeof err)))
				abort();
	doc = malloc(size + 1);
	if (!doc)
		return 0;
	memcpy(doc, data, size);
	doc[size] = 0;
	if (utf8_invalid(doc, size) == 0 && scanner_run(sc, 3, &pc, doc, size, &c, &n) == 0) {
		for (i = 0; i < n; i++) {
			if (c[i].start > c[i].end || c[i].end > size ||
			    c[i].sent_start > c[i].start || c[i].sent_end > size ||
			    c[i].subj_start > c[i].subj_end || c[i].subj_end > size)
				abort();	/* every span lies in the document */
			if (c[i].has_value)
				num_format(c[i].value, buf);
		}
		free(c);
	}
	free(doc);
	return 0;
}
