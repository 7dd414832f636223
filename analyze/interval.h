/* analyze/interval.h - closed intervals of reals, possibly unbounded.
 *
 * Every figure is an interval [lo, hi]; -INFINITY / +INFINITY stand for
 * an open end.  Arithmetic is outward: the result holds every value the
 * operands allow. */
#ifndef KAZU_INTERVAL_H
#define KAZU_INTERVAL_H

#include <stddef.h>

struct iv {
	double lo, hi;
};

struct iv iv_make(double lo, double hi);
struct iv iv_point(double x);
struct iv iv_add(struct iv a, struct iv b);
struct iv iv_sub(struct iv a, struct iv b);
struct iv iv_mul(struct iv a, struct iv b);
/* a / b; when b holds 0 the result is unbounded: (-inf, inf). */
struct iv iv_div(struct iv a, struct iv b);
struct iv iv_scale(struct iv a, double k);
/* The integers in a count interval: [ceil(lo), floor(hi)] (GRIM-style
 * granularity).  Returns 0 when a holds no integer, with *out = a. */
int iv_integers(struct iv a, struct iv *out);
int iv_bounded(struct iv a);
/* 1 when a and b share a point, allowing for rounding (gsl_fcmp, 1e-9). */
int iv_overlap(struct iv a, struct iv b);
/* Write a as "[lo, hi]" into buf (size at least 96), open ends as -∞ and
 * ∞.  Returns buf. */
char *iv_format(struct iv a, char *buf, size_t size);

/* x <= y and x < y, allowing for rounding (gsl_fcmp, 1e-9). */
int num_le(double x, double y);
int num_lt(double x, double y);

#endif
