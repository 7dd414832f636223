/* tests/unit/harness.h - a plain harness: CHECK counts, REPORT prints
 * "N passed, N failed" as its last line and gives the exit status. */
#ifndef KAZU_HARNESS_H
#define KAZU_HARNESS_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond, ...) do {						\
	if (cond) {							\
		passed++;						\
	} else {							\
		failed++;						\
		fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);	\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
	}								\
} while (0)

#define REPORT() (printf("%d passed, %d failed\n", passed, failed), failed != 0)

#endif
