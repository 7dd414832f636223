/* extract/main.c - the command line: read documents, write claims CSV. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <time.h>
#include <csv.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "corpus.h"
#include "numeral.h"
#include "numfmt.h"
#include "scan.h"
#include "table.h"
#include "text.h"

#define VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

#define MAX_JOBS 64

static const char *const HEADER[] = {
	"doc", "id", "line", "col", "start", "end", "text", "value", "unit",
	"kind", "qualifier", "low", "high", "period", "subject", "sentence", NULL
};

static void usage(FILE *f)
{
	fputs("Usage: extract [OPTIONS] [FILE...]\n"
	      "Write every numeric claim of the UTF-8 text FILEs (stdin when none,\n"
	      "or -) as CSV: " , f);
	for (int i = 0; HEADER[i]; i++)
		fprintf(f, "%s%s", HEADER[i], HEADER[i + 1] ? "," : ".\n\n");
	fputs("  -o, --output FILE   write to FILE (replaced only when the run succeeds)\n"
	      "      --date DATE     publication date YYYY-MM-DD (default: the first\n"
	      "                      date in the first 10 lines of each document)\n"
	      "      --lang LANG     ja, zh, en, or auto (default): decided per\n"
	      "                      document and per sentence from the script\n"
	      "  -r, --recursive     a directory FILE stands for the files below it\n"
	      "      --files-from F  read the paths of the documents from F (- for stdin)\n"
	      "  -j, --jobs N        extract N documents at a time (rows stay in order)\n"
	      "      --no-header     no header row (to concatenate the CSV of shards)\n"
	      "      --format F      csv (default), tsv or jsonl (one JSON object a row)\n"
	      "      --bom           start with a UTF-8 BOM (for spreadsheets)\n"
	      "      --name NAME     the doc of stdin (default -), for shards of a corpus\n"
	      "  -h, --help          show this help and exit\n"
	      "      --version       show the version and exit\n"
	      "\n"
	      "Exit status: 0 ran; 1 bad input data (invalid UTF-8, NUL byte);\n"
	      "2 usage or system error (bad option, unreadable file, write error).\n", f);
}

static void field_num(struct table *t, int present, double x)
{
	char buf[40];

	table_number(t, present ? num_format(x, buf) : "");
}

static void field_size(struct table *t, size_t x)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%zu", x);
	table_number(t, buf);
}

/* Write the claims of a piece of a document: base is its byte offset in
 * the document, line the line it starts on. */
static void write_claims(struct table *out, const char *name, const char *doc, size_t n,
			 const struct claim *c, size_t count, size_t base, size_t line)
{
	struct cursor cu;
	size_t i, last = 0, nth = 0;
	char id[32];

	cursor_start(&cu, doc, n, line, base == 0);
	for (i = 0; i < count; i++, c++) {
		cursor_advance(&cu, doc, c->start);
		nth = cu.line == last ? nth + 1 : 1;
		last = cu.line;
		snprintf(id, sizeof id, "L%zu.%zu", cu.line, nth);
		table_str(out, name);
		table_str(out, id);
		field_size(out, cu.line);
		field_size(out, cu.col);
		field_size(out, base + c->start);
		field_size(out, base + c->end);
		table_text(out, doc + c->start, c->end - c->start);
		field_num(out, c->has_value, c->value);
		table_str(out, c->unit);
		table_str(out, kind_name(c->kind));
		table_str(out, qual_name(c->qual));
		field_num(out, c->has_lo, c->lo);
		field_num(out, c->has_hi, c->hi);
		table_str(out, c->period);
		table_text(out, doc + c->subj_start, c->subj_end - c->subj_start);
		table_text(out, doc + c->sent_start, c->sent_end - c->sent_start);
	}
}

/* A growable piece of a document. */
struct piece_buf {
	char *s;
	size_t n, cap;
	char *line;		/* getline's buffer */
	size_t line_cap;
};

/* Read whole lines of f into b until it holds at least min_lines lines
 * and min_bytes bytes, or the input ends.  The piece is NUL-terminated
 * and the slack after it zeroed (PCRE2's JIT may read a little past the
 * subject; valgrind would call that uninitialised).  Returns 0, or -1
 * with errno set on a read error or no memory. */
static int read_piece(FILE *f, struct piece_buf *b, size_t min_lines, size_t min_bytes)
{
	size_t lines = 0;
	ssize_t got;

	b->n = 0;
	while (lines < min_lines || b->n < min_bytes) {
		errno = 0;
		got = getline(&b->line, &b->line_cap, f);
		if (got < 0) {
			if (!feof(f) || errno)	/* glibc: no memory is no ferror */
				return -1;
			break;
		}
		if (b->n + (size_t)got + 64 > b->cap) {
			size_t cap = (b->n + (size_t)got + 64) * 2;
			char *p = realloc(b->s, cap);

			if (!p) {
				errno = ENOMEM;
				return -1;
			}
			b->s = p;
			b->cap = cap;
		}
		memcpy(b->s + b->n, b->line, (size_t)got);
		b->n += (size_t)got;
		lines++;
	}
	if (b->s)
		memset(b->s + b->n, 0, 64);	/* cap >= n + 64 */
	return 0;
}

static int parse_date(const char *s, struct date *d)
{
	char tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &d->year, &d->month, &d->day, &tail) != 3 ||
	    strlen(s) != 10 || d->year < 1000 || d->month < 1 || d->month > 12 ||
	    d->day < 1 || d->day > 31)
		return -1;
	return 0;
}

/* The text of error number e, safe in the threads of -j. */
static const char *error_text(int e, char *buf, size_t size)
{
	if (strerror_r(e, buf, size) != 0)
		snprintf(buf, size, "error %d", e);
	return buf;
}

/* The scanners of every language; fixed: the one of --lang, or -1. */
struct scanners {
	struct scanner *v[8];
	size_t n;
	int fixed;
};

static void scanners_free(struct scanners *s)
{
	while (s->n)
		scanner_free(s->v[--s->n]);
}

/* A scanner of every language in s (s->fixed: the one of lang, or -1),
 * trying every rule everywhere when everywhere, taking the compiled rules
 * of master's when master is not NULL.  Returns 0, or -1 and a message in
 * err. */
static int scanners_make(struct scanners *s, const char *lang, int everywhere,
			 const struct scanners *master, char *err, size_t errlen)
{
	size_t i;

	s->fixed = -1;
	for (i = 0; LANGS[i] && s->n < sizeof s->v / sizeof *s->v; i++) {
		struct scanner *sc1 = scanner_new(LANGS[i], err, errlen);

		if (!sc1)
			return -1;
		if (strcmp(lang, LANGS[i]->code) == 0)
			s->fixed = (int)s->n;
		if (everywhere)
			scanner_everywhere(sc1);
		if (master)
			scanner_share(sc1, master->v[s->n]);
		s->v[s->n++] = sc1;
	}
	return 0;
}

/* What every document of a run shares: the scanners of each thread. */
struct run {
	struct scanners *sc;	/* one set per thread */
	struct date pub;	/* --date, or year 0 */
	enum format fmt;	/* --format */
	const char *stdin_name;	/* doc of stdin: -, or --name */
	int progress;		/* stderr is a terminal: show how far the run is */
	pthread_mutex_t mu;	/* guards the counts below */
	size_t docs, claims;
	double bytes, started, shown;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Count a piece of a document; on a terminal, say how far the run is
 * (at most twice a second, and once more at the end). */
static void progress(struct run *run, size_t docs, size_t bytes, size_t claims, int last)
{
	double t;

	if (!run->progress)
		return;
	pthread_mutex_lock(&run->mu);
	run->docs += docs;
	run->bytes += (double)bytes;
	run->claims += claims;
	t = now();
	if (last || t - run->shown >= 0.5) {
		fprintf(stderr, "\rextract: %zu documents, %.1f MB, %zu claims, %.1f MB/s%s",
			run->docs, run->bytes / 1e6, run->claims,
			run->bytes / 1e6 / (t - run->started > 1e-6 ? t - run->started : 1e-6),
			last ? "\n" : "");
		run->shown = t;
	}
	pthread_mutex_unlock(&run->mu);
}

/* Extract one document to out, a piece at a time (its first 10 lines and
 * 4 KiB, then each line), so that memory is bounded by the longest line.
 * Returns an exit status. */
static int one(void *ctx, size_t worker, const char *path, FILE *out, FILE *err)
{
	struct run *run = ctx;
	struct scanners *sc = &run->sc[worker];
	const struct date *pub = &run->pub;
	struct table t;
	const char *name = strcmp(path, "-") ? path : run->stdin_name;
	char msg[128];
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	struct piece pc = {sc->fixed, sc->fixed >= 0, 1, *pub};
	struct piece_buf b = {NULL, 0, 0, NULL, 0};
	struct stat st;
	size_t base = 0, line = 1, bad, count;
	int status = EXIT_OK;

	if (!f) {
		fprintf(err, "extract: %s: %s\n", path, error_text(errno, msg, sizeof msg));
		return EXIT_USAGE;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(err, "extract: %s: %s\n", path, error_text(EISDIR, msg, sizeof msg));
		fclose(f);
		return EXIT_USAGE;
	}
	for (;;) {
		struct claim *claims = NULL;
		struct cursor cu;

		if (read_piece(f, &b, base ? 1 : 10, base ? 0 : 4096) < 0) {
			fprintf(err, "extract: %s: %s\n", path, error_text(errno, msg, sizeof msg));
			status = EXIT_USAGE;
			break;
		}
		if (b.n == 0)
			break;
		bad = utf8_invalid(b.s, b.n);
		if (bad) {
			unsigned char c = (unsigned char)b.s[bad - 1];

			cursor_start(&cu, b.s, b.n, line, base == 0);
			cursor_advance(&cu, b.s, bad - 1);
			if (c == 0)
				fprintf(err, "extract: %s:%zu:%zu: NUL byte\n", name, cu.line, cu.col);
			else
				fprintf(err, "extract: %s:%zu:%zu: invalid UTF-8 (byte 0x%02X)\n",
					name, cu.line, cu.col, c);
			status = EXIT_DATA;
			break;
		}
		if (pc.lang < 0)	/* the document's language, from its head */
			pc.lang = scanner_language(sc->v, sc->n, b.s, b.n);
		if (scanner_run(sc->v, sc->n, &pc, b.s, b.n, &claims, &count) < 0) {
			fprintf(err, "extract: %s: %s\n", name, scanner_error(sc->v, sc->n));
			status = EXIT_USAGE;
			break;
		}
		table_start(&t, out, run->fmt, HEADER, 0, 0);
		write_claims(&t, name, b.s, b.n, claims, count, base, line);
		progress(run, 0, b.n, count, 0);
		free(claims);
		cursor_start(&cu, b.s, b.n, line, base == 0);
		cursor_advance(&cu, b.s, b.n);
		line = cu.line;
		base += b.n;
		pc.find_pub = 0;
	}
	if (f != stdin)
		fclose(f);
	free(b.s);
	free(b.line);
	progress(run, 1, 0, 0, 0);
	return status;
}

int main(int argc, char **argv)
{
	static const struct option LONG[] = {
		{"output", required_argument, NULL, 'o'},
		{"date", required_argument, NULL, 'D'},
		{"lang", required_argument, NULL, 'L'},
		{"recursive", no_argument, NULL, 'r'},
		{"files-from", required_argument, NULL, 'F'},
		{"jobs", required_argument, NULL, 'j'},
		{"no-header", no_argument, NULL, 'N'},
		{"format", required_argument, NULL, 'f'},
		{"bom", no_argument, NULL, 'B'},
		{"name", required_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}
	};
	const char *output = NULL;
	char *tmp = NULL, err[256];
	struct date pub = {0, 0, 0};
	struct scanners sc[MAX_JOBS], shared;
	struct run run;
	struct doclist docs = {NULL, 0, 0};
	const char *lang = "auto", *files_from = NULL;
	const char *env = getenv("KAZU_SCAN_EVERYWHERE");	/* the test of the windows */
	int everywhere = env && strcmp(env, "1") == 0;
	struct stat st;
	FILE *out = stdout;
	int opt, status = EXIT_OK, i, recurse = 0, header = 1, bom = 0;
	const char *stdin_name = "-";
	enum format fmt = FMT_CSV;
	struct table table;
	size_t jobs = 1, k;
	char *end;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":o:hrj:", LONG, NULL)) != -1) {
		switch (opt) {
		case 'r':
			recurse = 1;
			break;
		case 'F':
			files_from = optarg;
			break;
		case 'N':
			header = 0;
			break;
		case 'B':
			bom = 1;
			break;
		case 'n':
			stdin_name = optarg;
			break;
		case 'f':
			if (format_parse(optarg, &fmt) < 0) {
				fprintf(stderr, "extract: --format: not csv, tsv or jsonl: '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'j':
			errno = 0;
			jobs = strtoul(optarg, &end, 10);
			if (*end || end == optarg || errno || jobs < 1 || jobs > MAX_JOBS) {
				fprintf(stderr, "extract: --jobs: not a number from 1 to %d: '%s'\n",
					MAX_JOBS, optarg);
				return EXIT_USAGE;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case 'D':
			if (parse_date(optarg, &pub) < 0) {
				fprintf(stderr, "extract: --date: not a date YYYY-MM-DD: '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'L':
			if (strcmp(optarg, "auto") && !lang_find(optarg)) {
				fprintf(stderr, "extract: --lang: unknown language '%s' (ja, zh, en, auto)\n",
					optarg);
				return EXIT_USAGE;
			}
			lang = optarg;
			break;
		case 'h':
			usage(stdout);
			return fclose(stdout) ? EXIT_USAGE : EXIT_OK;
		case 'V':
			puts("extract (kazu) " VERSION);
			return fclose(stdout) ? EXIT_USAGE : EXIT_OK;
		case ':':
			fprintf(stderr, "extract: option '%s' needs an argument\n", argv[optind - 1]);
			fputs("Try 'extract --help' for more information.\n", stderr);
			return EXIT_USAGE;
		default:
			fprintf(stderr, "extract: unknown option '%s'\n", argv[optind - 1]);
			fputs("Try 'extract --help' for more information.\n", stderr);
			return EXIT_USAGE;
		}
	}
	/* the documents */
	for (i = optind; i < argc && status == EXIT_OK; i++)
		status = doclist_add(&docs, argv[i], recurse, stderr);
	if (status == EXIT_OK && files_from) {
		FILE *f = strcmp(files_from, "-") ? fopen(files_from, "r") : stdin;

		if (!f) {
			fprintf(stderr, "extract: %s: %s\n", files_from, strerror(errno));
			status = EXIT_USAGE;
		} else {
			status = doclist_read(&docs, f, recurse, stderr);
			if (f != stdin)
				fclose(f);
		}
	}
	if (status == EXIT_OK && docs.n == 0 && !files_from)
		status = doclist_add(&docs, "-", 0, stderr);
	if (status != EXIT_OK) {
		doclist_free(&docs);
		return EXIT_USAGE;
	}
	/* a set of scanners for each thread, no more threads than documents;
	 * with more than one, they share the compiled rules of one more set */
	if (jobs > docs.n)
		jobs = docs.n ? docs.n : 1;
	memset(sc, 0, sizeof sc);
	memset(&shared, 0, sizeof shared);
	if (jobs > 1 && scanners_make(&shared, lang, 0, NULL, err, sizeof err) < 0)
		status = EXIT_USAGE;
	for (k = 0; k < jobs && status == EXIT_OK; k++)
		if (scanners_make(&sc[k], lang, everywhere, jobs > 1 ? &shared : NULL, err,
				  sizeof err) < 0)
			status = EXIT_USAGE;
	if (status != EXIT_OK)
		fprintf(stderr, "extract: %s\n", err);
	run.sc = sc;
	run.pub = pub;
	run.fmt = fmt;
	run.stdin_name = stdin_name;
	run.progress = isatty(2);
	run.docs = run.claims = 0;
	run.bytes = 0;
	run.started = run.shown = now();
	pthread_mutex_init(&run.mu, NULL);
	if (status != EXIT_OK)
		goto done;
	if (output && stat(output, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* a device or a pipe (/dev/null, /dev/stdout): written as it
		 * is, never replaced */
		if (!(out = fopen(output, "w"))) {
			fprintf(stderr, "extract: %s: %s\n", output, strerror(errno));
			status = EXIT_USAGE;
			goto done;
		}
	} else if (output) {
		int fd;

		tmp = malloc(strlen(output) + 16);
		if (!tmp) {
			fprintf(stderr, "extract: out of memory\n");
			status = EXIT_USAGE;
			goto done;
		}
		sprintf(tmp, "%s.tmpXXXXXX", output);
		fd = mkstemp(tmp);
		if (fd < 0 || !(out = fdopen(fd, "w"))) {
			fprintf(stderr, "extract: %s: %s\n", output, strerror(errno));
			if (fd >= 0) {
				close(fd);
				unlink(tmp);
			}
			tmp = NULL;
			status = EXIT_USAGE;
			goto done;
		}
		{	/* the mode a new file would get */
			mode_t mask = umask(0);

			umask(mask);
			fchmod(fd, 0666 & ~mask);
		}
	}
	table_start(&table, out, fmt, HEADER, header, bom);
	status = run_docs(&docs, jobs, one, &run, out, stderr);
	progress(&run, 0, 0, 0, 1);
	pthread_mutex_destroy(&run.mu);

	if (fflush(out) != 0 || ferror(out)) {
		fprintf(stderr, "extract: %s: %s\n", output ? output : "stdout", strerror(errno));
		status = EXIT_USAGE;
	}
	if (output) {
		if (fclose(out) != 0 && status == EXIT_OK) {
			fprintf(stderr, "extract: %s: %s\n", output, strerror(errno));
			status = EXIT_USAGE;
		}
		if (tmp && status == EXIT_OK && rename(tmp, output) != 0) {
			fprintf(stderr, "extract: %s: %s\n", output, strerror(errno));
			status = EXIT_USAGE;
		}
		if (tmp && status != EXIT_OK)
			unlink(tmp);
		free(tmp);
	} else if (fclose(stdout) != 0 && status == EXIT_OK) {
		fprintf(stderr, "extract: stdout: %s\n", strerror(errno));
		status = EXIT_USAGE;
	}
	out = NULL;
done:
	if (out && out != stdout)
		fclose(out);
	for (k = 0; k < jobs; k++)
		scanners_free(&sc[k]);
	scanners_free(&shared);
	doclist_free(&docs);
	return status;
}
