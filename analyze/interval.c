/* analyze/interval.c - outward interval arithmetic. */
#include <gsl/gsl_math.h>
#include <math.h>
#include <stdio.h>
#include "interval.h"
#include "numfmt.h"

#define EPS 1e-9

struct iv iv_make(double lo, double hi)
{
	struct iv r = {lo, hi};

	return r;
}

struct iv iv_point(double x)
{
	return iv_make(x, x);
}

struct iv iv_add(struct iv a, struct iv b)
{
	return iv_make(a.lo + b.lo, a.hi + b.hi);
}

struct iv iv_sub(struct iv a, struct iv b)
{
	return iv_make(a.lo - b.hi, a.hi - b.lo);
}

/* x * y where 0 * inf is 0: an end at zero stays at zero. */
static double mul0(double x, double y)
{
	return x == 0 || y == 0 ? 0 : x * y;
}

struct iv iv_mul(struct iv a, struct iv b)
{
	double p[4] = {mul0(a.lo, b.lo), mul0(a.lo, b.hi), mul0(a.hi, b.lo), mul0(a.hi, b.hi)};
	struct iv r = {p[0], p[0]};
	int i;

	for (i = 1; i < 4; i++) {
		r.lo = fmin(r.lo, p[i]);
		r.hi = fmax(r.hi, p[i]);
	}
	return r;
}

struct iv iv_div(struct iv a, struct iv b)
{
	struct iv inv;

	if (b.lo <= 0 && b.hi >= 0)
		return iv_make(-INFINITY, INFINITY);
	inv = iv_make(1 / b.hi, 1 / b.lo);
	return iv_mul(a, inv);
}

struct iv iv_scale(struct iv a, double k)
{
	return k >= 0 ? iv_make(mul0(a.lo, k), mul0(a.hi, k)) : iv_make(mul0(a.hi, k), mul0(a.lo, k));
}

int iv_integers(struct iv a, struct iv *out)
{
	double lo = ceil(a.lo - EPS), hi = floor(a.hi + EPS);

	*out = a;
	if (lo > hi)
		return 0;
	*out = iv_make(lo, hi);
	return 1;
}

int iv_bounded(struct iv a)
{
	return isfinite(a.lo) && isfinite(a.hi);
}

int num_le(double x, double y)
{
	if (isinf(x) || isinf(y))
		return x <= y;
	if (x == 0 || y == 0)
		return x <= y + EPS;
	return gsl_fcmp(x, y, EPS) <= 0;
}

int num_lt(double x, double y)
{
	if (isinf(x) || isinf(y))
		return x < y;
	if (x == 0 || y == 0)
		return x < y - EPS;
	return gsl_fcmp(x, y, EPS) < 0;
}

char *iv_format(struct iv a, char *buf, size_t size)
{
	char lo[40], hi[40];

	snprintf(buf, size, "[%s, %s]", isfinite(a.lo) ? num_format(a.lo, lo) : "-∞",
		 isfinite(a.hi) ? num_format(a.hi, hi) : "∞");
	return buf;
}

int iv_overlap(struct iv a, struct iv b)
{
	return num_le(a.lo, b.hi) && num_le(b.lo, a.hi);
}
