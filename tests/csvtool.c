/* tests/csvtool.c - CSV helpers for the shell tests, on libcsv.
 *
 *   csvtool cut COL,COL...      select columns by header name (stdin)
 *   csvtool spans DOC           check every claim row of stdin against
 *                               the bytes of DOC: [start,end) is text,
 *                               line and col point there, ids are unique,
 *                               the sentence holds the text.
 *   csvtool peak CMD [ARG...]   run CMD (stdout to /dev/null) and print its
 *                               peak resident memory in KiB, then its
 *                               exit status.
 * Exit 0 when all is well, 1 with a message otherwise. */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 64

struct rows {
	char *f[MAXF];		/* fields of the current row */
	size_t len[MAXF];
	int nf;
	int row;
	int (*on_row)(struct rows *);
	char *hdr[MAXF];
	int nh;
	int bad;
};

static void on_field(void *s, size_t n, void *data)
{
	struct rows *r = data;

	if (r->nf < MAXF) {
		r->f[r->nf] = malloc(n + 1);
		if (!r->f[r->nf])
			exit(2);
		memcpy(r->f[r->nf], s, n);
		r->f[r->nf][n] = 0;
		r->len[r->nf] = n;
	}
	r->nf++;
}

static void on_row(int c, void *data)
{
	struct rows *r = data;
	int i;

	(void)c;
	if (r->row == 0) {
		for (i = 0; i < r->nf && i < MAXF; i++)
			r->hdr[i] = r->f[i];
		r->nh = r->nf;
	} else {
		if (r->on_row(r))
			r->bad = 1;
		for (i = 0; i < r->nf && i < MAXF; i++)
			free(r->f[i]);
	}
	r->nf = 0;
	r->row++;
}

static int col(struct rows *r, const char *name)
{
	int i;

	for (i = 0; i < r->nh; i++)
		if (strcmp(r->hdr[i], name) == 0)
			return i;
	fprintf(stderr, "csvtool: no column '%s'\n", name);
	exit(1);
}

static void put(const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n"))
		csv_fwrite(stdout, s, strlen(s));
	else
		fputs(s, stdout);
	putchar(last ? '\n' : ',');
}

static char *cols_arg;
static int want[MAXF], nwant;

static int cut_row(struct rows *r)
{
	int i;

	if (!nwant) {
		char *tok = strtok(cols_arg, ",");

		for (; tok && nwant < MAXF; tok = strtok(NULL, ","))
			want[nwant++] = col(r, tok);
		for (i = 0; i < nwant; i++)
			put(r->hdr[want[i]], i == nwant - 1);
	}
	for (i = 0; i < nwant; i++)
		put(want[i] < r->nf ? r->f[want[i]] : "", i == nwant - 1);
	return 0;
}

static char *doc;
static size_t ndoc;
static char **ids;
static int nids;

static int spans_row(struct rows *r)
{
	const char *text = r->f[col(r, "text")], *sent = r->f[col(r, "sentence")];
	const char *id = r->f[col(r, "id")];
	size_t start = strtoul(r->f[col(r, "start")], NULL, 10);
	size_t end = strtoul(r->f[col(r, "end")], NULL, 10);
	size_t line = strtoul(r->f[col(r, "line")], NULL, 10);
	size_t c = strtoul(r->f[col(r, "col")], NULL, 10), l = 1, k = 1, p = 0;
	int i;

	if (end > ndoc || start >= end || end - start != strlen(text) ||
	    memcmp(doc + start, text, end - start) != 0) {
		fprintf(stderr, "row %d: bytes [%zu,%zu) are not '%s'\n", r->row, start, end, text);
		return 1;
	}
	if (ndoc >= 3 && memcmp(doc, "\xEF\xBB\xBF", 3) == 0)
		p = 3;
	for (; p < start; p++) {
		if (doc[p] == '\n') {
			l++;
			k = 1;
		} else if ((doc[p] & 0xC0) != 0x80 && doc[p] != '\r') {
			k++;
		}
	}
	if (l != line || k != c) {
		fprintf(stderr, "row %d: '%s' is at %zu:%zu, not %zu:%zu\n", r->row, text, l, k, line, c);
		return 1;
	}
	if (!strstr(sent, text)) {
		fprintf(stderr, "row %d: sentence does not hold '%s'\n", r->row, text);
		return 1;
	}
	for (i = 0; i < nids; i++)
		if (strcmp(ids[i], id) == 0) {
			fprintf(stderr, "row %d: id %s again\n", r->row, id);
			return 1;
		}
	{
		char **more = realloc(ids, (size_t)(nids + 1) * sizeof *ids);

		if (!more || !(more[nids] = strdup(id)))
			exit(2);
		ids = more;
		nids++;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct csv_parser p;
	struct rows r = {0};
	char buf[65536];
	size_t n;
	int i;

	if (argc >= 3 && strcmp(argv[1], "peak") == 0) {
		struct rusage ru;
		int st;
		pid_t pid = fork();

		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 1);
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &st, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru) < 0)
			return 2;
		printf("%ld %d\n", ru.ru_maxrss, WIFEXITED(st) ? WEXITSTATUS(st) : 128);
		return 0;
	}
	if (argc != 3) {
		fputs("usage: csvtool cut COLS | csvtool spans DOC | csvtool peak CMD...\n", stderr);
		return 2;
	}
	if (strcmp(argv[1], "cut") == 0) {
		cols_arg = argv[2];
		r.on_row = cut_row;
	} else {
		FILE *f = fopen(argv[2], "rb");
		size_t cap = 1 << 20;

		if (!f || !(doc = malloc(cap)))
			return 2;
		while ((n = fread(doc + ndoc, 1, cap - ndoc, f)) > 0) {
			char *more;

			if ((ndoc += n) < cap)
				continue;
			if (!(more = realloc(doc, cap *= 2)))
				return 2;
			doc = more;
		}
		fclose(f);
		r.on_row = spans_row;
	}
	if (csv_init(&p, CSV_STRICT | CSV_APPEND_NULL) != 0)
		return 2;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_row, &r) != n) {
			fprintf(stderr, "csvtool: %s\n", csv_strerror(csv_error(&p)));
			return 1;
		}
	if (csv_fini(&p, on_field, on_row, &r) != 0) {
		fprintf(stderr, "csvtool: %s\n", csv_strerror(csv_error(&p)));
		return 1;
	}
	csv_free(&p);
	for (i = 0; i < r.nh; i++)
		free(r.hdr[i]);
	for (i = 0; i < nids; i++)
		free(ids[i]);
	free(ids);
	free(doc);
	if (r.row < 1) {
		fputs("csvtool: no header\n", stderr);
		return 1;
	}
	return r.bad;
}
