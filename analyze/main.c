/* analyze/main.c - the command line: claims CSV in, findings out. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "claims.h"
#include "relate.h"
#include "html.h"
#include "report.h"

#define VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

#define NOUT 4	/* comparisons, checks, report.md, report.html */

static void usage(FILE *f)
{
	fputs("Usage: analyze [OPTIONS] [CLAIMS.csv]\n"
	      "Read the claims CSV that extract writes (stdin when none, or -) and\n"
	      "write comparisons.csv, checks.csv, report.md and report.html into a\n"
	      "folder.\n"
	      "\n"
	      "  -d, --dir DIR   write the outputs into DIR, made if missing (default: .)\n"
	      "      --strict    exit 1 when a check fails\n"
	      "      --format F  csv (default), tsv or jsonl: comparisons.F, checks.F\n"
	      "      --bom       start the tables with a UTF-8 BOM (for spreadsheets)\n"
	      "  -h, --help      show this help and exit\n"
	      "      --version   show the version and exit\n"
	      "\n"
	      "Exit status: 0 ran (a failed check is a finding); 1 bad input data,\n"
	      "or a failed check with --strict; 2 usage or system error.\n", f);
}

/* An output file: written to a temporary beside it, renamed when all
 * outputs are complete. */
struct output {
	const char *name;
	char *path, *tmp;
	FILE *f;
};

static int open_output(struct output *o, const char *dir)
{
	int fd;

	o->path = malloc(strlen(dir) + strlen(o->name) + 2);
	o->tmp = malloc(strlen(dir) + strlen(o->name) + 16);
	if (!o->path || !o->tmp)
		return -1;
	sprintf(o->path, "%s/%s", dir, o->name);
	sprintf(o->tmp, "%s/.%s.XXXXXX", dir, o->name);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	fchmod(fd, 0644);
	o->f = fdopen(fd, "w");
	if (!o->f) {
		close(fd);
		return -1;
	}
	return 0;
}

/* Close o; rename it into place when keep.  Returns 0 or -1 (errno). */
static int close_output(struct output *o, int keep)
{
	int rc = 0;

	if (o->f && (fflush(o->f) != 0 || ferror(o->f)))
		rc = -1;
	if (o->f && fclose(o->f) != 0)
		rc = -1;
	o->f = NULL;
	if (o->tmp) {
		if (keep && rc == 0 && rename(o->tmp, o->path) != 0)
			rc = -1;
		if (!keep || rc != 0)
			unlink(o->tmp);
	}
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option LONG[] = {
		{"dir", required_argument, NULL, 'd'},
		{"strict", no_argument, NULL, 'S'},
		{"format", required_argument, NULL, 'f'},
		{"bom", no_argument, NULL, 'B'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}
	};
	struct output outs[NOUT] = {{"comparisons.csv", NULL, NULL, NULL},
				    {"checks.csv", NULL, NULL, NULL},
				    {"report.md", NULL, NULL, NULL},
				    {"report.html", NULL, NULL, NULL}};
	const char *dir = ".", *input = "-";
	struct claims c;
	struct findings f = {0};
	struct stat st;
	FILE *in = stdin;
	int opt, strict = 0, status, i, failed = 0, bom = 0;
	enum format fmt = FMT_CSV;
	static const char *const EXT[] = {"csv", "tsv", "jsonl"};
	char cmp_name[32], chk_name[32];
	size_t k;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":d:h", LONG, NULL)) != -1) {
		switch (opt) {
		case 'd':
			dir = optarg;
			break;
		case 'S':
			strict = 1;
			break;
		case 'B':
			bom = 1;
			break;
		case 'f':
			if (format_parse(optarg, &fmt) < 0) {
				fprintf(stderr, "analyze: --format: not csv, tsv or jsonl: '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h':
			usage(stdout);
			return fclose(stdout) ? EXIT_USAGE : EXIT_OK;
		case 'V':
			puts("analyze (kazu) " VERSION);
			return fclose(stdout) ? EXIT_USAGE : EXIT_OK;
		case ':':
			fprintf(stderr, "analyze: option '%s' needs an argument\n", argv[optind - 1]);
			fputs("Try 'analyze --help' for more information.\n", stderr);
			return EXIT_USAGE;
		default:
			fprintf(stderr, "analyze: unknown option '%s'\n", argv[optind - 1]);
			fputs("Try 'analyze --help' for more information.\n", stderr);
			return EXIT_USAGE;
		}
	}
	snprintf(cmp_name, sizeof cmp_name, "comparisons.%s", EXT[fmt]);
	snprintf(chk_name, sizeof chk_name, "checks.%s", EXT[fmt]);
	outs[0].name = cmp_name;
	outs[1].name = chk_name;
	if (argc - optind > 1) {
		fputs("analyze: one CLAIMS.csv at most\nTry 'analyze --help' for more information.\n", stderr);
		return EXIT_USAGE;
	}
	if (optind < argc)
		input = argv[optind];
	/* DIR is made (as mkdir makes it) once the input has been read */
	if (stat(dir, &st) == 0 ? !S_ISDIR(st.st_mode) : errno != ENOENT) {
		fprintf(stderr, "analyze: %s: %s\n", dir, stat(dir, &st) ? strerror(errno) : "Not a directory");
		return EXIT_USAGE;
	}
	if (strcmp(input, "-") != 0) {
		in = fopen(input, "rb");
		if (!in || (fstat(fileno(in), &st) == 0 && S_ISDIR(st.st_mode))) {
			fprintf(stderr, "analyze: %s: %s\n", input, in ? strerror(EISDIR) : strerror(errno));
			if (in)
				fclose(in);
			return EXIT_USAGE;
		}
	}
	gsl_set_error_handler_off();	/* every GSL status is checked */
	status = claims_read(in, input, &c);
	if (in != stdin)
		fclose(in);
	if (status == 0 && relate(&c, &f) < 0) {
		fprintf(stderr, "analyze: out of memory\n");
		status = EXIT_USAGE;
	}
	if (status == 0 && mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "analyze: %s: %s\n", dir, strerror(errno));
		status = EXIT_USAGE;
	}
	for (i = 0; status == 0 && i < NOUT; i++)
		if (open_output(&outs[i], dir) < 0) {
			fprintf(stderr, "analyze: %s/%s: %s\n", dir, outs[i].name, strerror(errno));
			status = EXIT_USAGE;
		}
	if (status == 0) {
		write_comparisons(outs[0].f, fmt, bom, &f);
		write_checks(outs[1].f, fmt, bom, &f);
		if (write_report(outs[2].f, input, &c, &f) < 0) {
			fprintf(stderr, "analyze: out of memory\n");
			status = EXIT_USAGE;
		}
		write_html(outs[3].f, input, &c, &f);	/* errors: at close */
	}
	for (i = 0; i < NOUT; i++)
		if (outs[i].f && fflush(outs[i].f) != 0 && status == 0) {
			fprintf(stderr, "analyze: %s/%s: %s\n", dir, outs[i].name, strerror(errno));
			status = EXIT_USAGE;
		}
	for (i = 0; i < NOUT; i++)
		if (close_output(&outs[i], status == 0) < 0 && status == 0) {
			fprintf(stderr, "analyze: %s/%s: %s\n", dir, outs[i].name, strerror(errno));
			status = EXIT_USAGE;
		}
	for (k = 0; k < f.nchk; k++)
		failed |= f.chk[k].verdict == V_FAIL;
	findings_free(&f);
	claims_free(&c);
	if (status == 0 && strict && failed)
		status = EXIT_DATA;
	return status;
}
