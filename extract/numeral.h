/* extract/numeral.h - the worth of a numeral as written. */
#ifndef KAZU_NUMERAL_H
#define KAZU_NUMERAL_H

#include <stddef.h>
#include "lang.h"

struct numval {
	double lo, hi;		/* equal unless the numeral says "several" (数) */
	double step;		/* place value of the last non-zero digit written */
	double big;		/* the last big multiplier (万, million), or 1 */
	int several;		/* contains 数 */
	int words_only;		/* no ASCII or full-width digit (一, twenty) */
};

/* Parse the numeral s[0..n) with the numerals of l: ASCII and full-width
 * digits with grouping commas and a decimal point, the language's digits,
 * tens (twenty), places (十 百 千 hundred), big multipliers (万 億 兆
 * million, a space before them is allowed), "several" (数, hundreds) and
 * number words (ゼロ); spaces, and where words are spaced hyphens and
 * "and", may stand between them.
 * Returns 0 and fills *out, or -1 when s is not a numeral. */
int numeral_parse(const struct lang *l, const char *s, size_t n, struct numval *out);

/* Is s[0..n) a "several" word alone (数, 几)?  It is no numeral by itself
 * (ユーザー数), but before a unit it says "a few": 数人, 数ポイント are
 * [2, 9].  Returns 0 and fills *out, or -1. */
int numeral_several(const struct lang *l, const char *s, size_t n, struct numval *out);

/* Value of the ASCII or full-width digit at s (before end), or -1;
 * *len gets its byte length. */
int numeral_digit(const char *s, const char *end, size_t *len);

#endif
