/* extract/numfmt.c - numbers as the CSV writes them (used by analyze too). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

/* x as "%.15g" writes it, when x is within a quarter of a unit of its
 * 15th significant digit of a decimal of at most 6 places and 15 digits
 * (37.5, 4.715, 0.333): then %.15g, which rounds the exact binary value,
 * writes that decimal.  Returns 0 (and leaves the work to printf) for any
 * other x, and for x near a tie.  Most figures are such decimals, and
 * printf's exact arithmetic is the dearest part of writing them. */
static int short_decimal(double x, char *buf)
{
	static const double P10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
	double ax = fabs(x), unit;
	int k, e;

	if (!(ax >= 1e-4 && ax < 1e9))
		return 0;
	e = (int)floor(log10(ax));
	if (pow(10, e) > ax)		/* (log10 rounds up just below a power of ten) */
		e--;
	unit = pow(10, e - 14);		/* the 15th significant digit's */
	for (k = 1; k <= 6; k++) {
		double m = floor(ax * P10[k] + 0.5);
		unsigned long long v;
		char digits[24];
		int n = 0, i;

		if (m >= 1e15)
			return 0;
		if (fabs(ax - m / P10[k]) >= 0.25 * unit)
			continue;
		for (v = (unsigned long long)m; v > 0 || n <= k; v /= 10)
			digits[n++] = (char)('0' + v % 10);	/* reversed, at least k + 1 */
		while (k > 0 && digits[0] == '0') {		/* trailing zeros of the fraction */
			memmove(digits, digits + 1, (size_t)--n);
			k--;
		}
		if (x < 0)
			*buf++ = '-';
		for (i = n - 1; i >= 0; i--) {
			*buf++ = digits[i];
			if (i == k && k > 0)
				*buf++ = '.';
		}
		*buf = 0;
		return 1;
	}
	return 0;
}

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
	if (short_decimal(x, buf))
		return buf;
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
