/* analyze/lang_en.c - English connecting words. */
#include <stddef.h>
#include "lang.h"

static const char *const PART_OF[] = {"accounted for", "account for", "made up", "make up",
				      "share of", "of whom", "of which", NULL};
static const char *const AMONG[] = {"of which", "of whom", "among them", NULL};
static const char *const PRICES[] = {"price", "prices", "fee", "fees", "fare", "fares", "rent", "rents", "tariff", "tariffs",
				     "toll", "tolls", "premium", "premiums", "wage", "wages", NULL};
static const char *const PERSONS[] = {"man", "woman", "men", "women", "boy", "girl", "person", "driver", "victim", NULL};
static const char *const WHOLES[] = {"total", "the total", "all", "overall", NULL};
static const char *const SCOPES[] = {"national", "nationwide", "statewide", "countywide", "global", "worldwide", "same-store", "comparable", "like-for-like", "domestic", "international", NULL};
static const char *const USUAL[] = {"typical year", "usual year", "normal year", "average year", "usually", "normally", "typically", NULL};
static const char *const FRAME_OPENERS[] = {"In ", "Among ", "Across ", "Within ", NULL};
static const char *const PLANS[] = {"target", "goal", "forecast", "projected", "projection", "expects", "expected to", "aims to", NULL};
static const char *const AVERAGES[] = {"average", "averaged", "averages", "mean", "median", NULL};
static const char *const RATES[] = {"rate", "rates", "proportion", NULL};
static const char *const BASE[] = {"compared with", "compared to", "against", "than",
				   "relative to", "from", NULL};
static const char *const UP[] = {"rose", "rise", "risen", "increased", "grew", "grown", "climbed",
				 "jumped", "gained", "surged", "doubled", NULL};
static const char *const DOWN[] = {"fell", "fall", "fallen", "dropped", "declined", "decreased",
				   "slid", "slumped", "shrank", "halved", "cut", NULL};
static const char *const BY[] = {"by", NULL};
static const char *const FROM[] = {"from", NULL};
static const char *const UP_LEAD[] = {"up", "an increase of", "a rise of", "a gain of", "a jump of", NULL};
static const char *const DOWN_LEAD[] = {"down", "a decrease of", "a drop of", "a fall of", "a decline of", NULL};
static const char *const UNSTATED[] = {"what", "the level", "the rate", "the pace", "that of", "those of",
					"of them", "of those", "of these", NULL};	/* about a third of them: a part no figure states */
static const char *const EACH[] = {"respectively", NULL};
static const char *const SURVEYS[] = {"survey", "surveyed", "poll", "polled", "respondents", NULL};
static const char *const THEN[] = {"then", "later", "subsequently", "since then", "after that", NULL};
static const char *const AGAINST[] = {"year-on-year", "year on year", "month-on-month", "month on month",
				      "from a year earlier", "from a year ago", "than a year earlier",
				      "from the previous month", "annualized", NULL};
static const char *const PER_YEAR[] = {"a year", "per year", "annual", "annually", "yearly",
				       "per annum", NULL};
static const char *const PER_MONTH[] = {"a month", "per month", "monthly", NULL};
static const char *const OF[] = {"of", "'s", NULL};
static const struct definition DEFINITIONS[] = {
	{"unicorn", "USD", 1e9},
	{NULL, NULL, 0}
};

const struct alang alang_en = {
	.code = "en",
	.part_of = PART_OF,
	.rates = RATES,
	.share_words = (const char *const[]){"share", "proportion", NULL},
	.among = AMONG,
	.sum_words = (const char *const[]){"for a total of", "for a combined", NULL},
	.list_breaks = (const char *const[]){" but ", " while ", "whereas", ";", " compared with ", NULL},
	.clause_openers = (const char *const[]){"because", "while", "whereas", "although", "though", "since", NULL},
	.wholes = WHOLES,
	.scopes = SCOPES,
	.usual = USUAL,
	.plans = PLANS,
	.frame_openers = FRAME_OPENERS,
	.averages = AVERAGES,
	.persons = PERSONS,
	.crowds = (const char *const[]){"people", "persons", NULL},
	.multipliers = (const char *const[]){"million", "billion", "trillion", "thousand", "hundred", "dozen", NULL},	/* 1.28 million: no noun */
	.prices = PRICES,
	.compare_base = BASE,
	.up = UP,
	.down = DOWN,
	.by = BY,
	.amount_leads = (const char *const[]){"rose", "rose by", "fell", "fell by", "increased", "increased by", "decreased",
					      "decreased by", "grew", "grew by", "dropped", "dropped by", "declined", "declined by",
					      "climbed", "climbed by", "jumped", "gained", "lost", NULL},
	.from = FROM,
	.up_lead = UP_LEAD,
	.down_lead = DOWN_LEAD,
	.against = AGAINST,
	.then = THEN,
	.each = EACH,
	.surveys = SURVEYS,
	.per_year = PER_YEAR,
	.per_month = PER_MONTH,
	.sentence_ends = (const char *const[]){".", "!", "?", "\"", NULL},
	.clause_marks = (const char *const[]){",", ";", NULL},
	.seasons = (const char *const[]){"season", "winter", "school year", "academic year", "fiscal year", NULL},
	.per_not = (const char *const[]){"a year earlier", "a year ago", "a year before", "a year later", "a year-earlier",
					 "a month earlier", "a month ago", "a month before", "a month later",
					 "monthly record", "monthly high", "monthly low", "annual record", "annual decline",
					 "annual increase", "annual rise", "annual drop", "annual growth", "annual gain", NULL},
	.per_each = (const char *const[]){"per ", "each", "apiece", "a head", "a piece", "ranging from", "ranged from", "range from", NULL},
	.of = OF,
	.joins = (const char *const[]){", and ", ", but ", ", while ", ", whereas ", NULL},
	.says = (const char *const[]){"said", "say", "says", "told", NULL},
	.unstated = UNSTATED,
	.definitions = DEFINITIONS,
	.thresholds = (const char *const[]){"top", "bottom", "the top", "the bottom", NULL},
	.equivalents = (const char *const[]){"equivalent to", "the equivalent of", "recovered to", NULL},
	.restates = (const char *const[]){", or", ", at", NULL},
};
