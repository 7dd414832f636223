/* analyze/lang.c - the languages analyze knows. */
#include <stddef.h>
#include "lang.h"

const struct alang *const ALANGS[] = {&alang_ja, &alang_zh, &alang_en, NULL};
