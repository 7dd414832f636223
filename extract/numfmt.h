/* extract/numfmt.h - one number format for every CSV kazu writes. */
#ifndef KAZU_NUMFMT_H
#define KAZU_NUMFMT_H

/* Write x as a plain decimal (no exponent, no grouping, at most 15
 * significant digits, C locale) into buf of size 40; an infinite or NaN x
 * is written empty.  Numbers beyond 1e24 or below 1e-20, which extract
 * never makes, keep an exponent.  Returns buf. */
char *num_format(double x, char *buf);

#endif
