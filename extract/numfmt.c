/* extract/numfmt.c - numbers as the CSV writes them (used by analyze too). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

char *num_format(double x, char *buf)
{
	char digits[24], *p = buf;
	int exp, nd, i;

	x += 0.0;	/* -0 becomes 0 */
	if (!isfinite(x)) {
		snprintf(buf, 40, "%s", "");
		return buf;
	}
	if (x == floor(x) && fabs(x) < 1e15) {	/* a whole number: its digits, no printf */
		char rev[20];
		long long v = (long long)fabs(x);
		int k = 0;

		do
			rev[k++] = (char)('0' + v % 10);
		while ((v /= 10) > 0);
		if (x < 0)
			*p++ = '-';
		while (k > 0)
			*p++ = rev[--k];
		*p = 0;
		return buf;
	}
	snprintf(buf, 40, "%.15g", x);
	if (!strchr(buf, 'e'))
		return buf;
	/* tiny or huge: 15 significant digits spelt out, no exponent */
	snprintf(digits, sizeof digits, "%.14e", fabs(x));	/* d.dddddddddddddde+XX */
	exp = atoi(strchr(digits, 'e') + 1);
	memmove(digits + 1, digits + 2, 14);			/* drop the point */
	digits[15] = 0;
	for (nd = 15; nd > 1 && digits[nd - 1] == '0'; nd--)
		;
	if (exp > 24 || exp < -20) {		/* out of what extract reads */
		snprintf(buf, 40, "%.15g", x);
		return buf;
	}
	if (x < 0)
		*p++ = '-';
	if (exp >= 0) {
		for (i = 0; i <= exp || i < nd; i++) {
			if (i == exp + 1)
				*p++ = '.';
			*p++ = i < nd ? digits[i] : '0';
		}
	} else {
		*p++ = '0';
		*p++ = '.';
		for (i = 1; i < -exp; i++)
			*p++ = '0';
		for (i = 0; i < nd; i++)
			*p++ = digits[i];
	}
	*p = 0;
	return buf;
}
