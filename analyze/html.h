/* analyze/html.h - report.html, one self-contained page. */
#ifndef KAZU_HTML_H
#define KAZU_HTML_H

#include <stdio.h>
#include "claims.h"
#include "relate.h"

/* Write the page for the claims c of input and what relate found in them
 * (c after relate: each claim's place in its sentence is known).  Returns
 * 0, or -1 on a write error. */
int write_html(FILE *out, const char *input, const struct claims *c, const struct findings *f);

#endif
