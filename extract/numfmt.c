/* extract/numfmt.c - numbers as the CSV writes them (used by analyze too). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "numfmt.h"

char *num_format(double x, char *buf)
{
	char *e;

	x += 0.0;	/* -0 becomes 0 */
	if (x == floor(x) && fabs(x) < 1e18) {
		snprintf(buf, 40, "%.0f", x);
		return buf;
	}
	snprintf(buf, 40, "%.15g", x);
	if (strchr(buf, 'e')) {
		/* tiny or huge: spell it out, then trim trailing zeros */
		snprintf(buf, 40, fabs(x) < 1 ? "%.20f" : "%.0f", x);
		e = buf + strlen(buf) - 1;
		while (strchr(buf, '.') && (*e == '0' || *e == '.')) {
			int dot = *e == '.';

			*e-- = 0;
			if (dot)
				break;
		}
	}
	return buf;
}
