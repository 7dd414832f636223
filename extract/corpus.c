/* extract/corpus.c - the documents of a run, and threads that keep order. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "corpus.h"

static int add(struct doclist *d, const char *path, FILE *err)
{
	char *copy = strdup(path);

	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		char **v = realloc(d->v, cap * sizeof *v);

		if (!v) {
			free(copy);
			copy = NULL;
		} else {
			d->v = v;
			d->cap = cap;
		}
	}
	if (!copy) {
		fputs("extract: out of memory\n", err);
		return 2;
	}
	d->v[d->n++] = copy;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int doclist_add(struct doclist *d, const char *path, int recurse, FILE *err)
{
	struct stat st;
	struct dirent *e;
	struct doclist sub = {NULL, 0, 0};
	DIR *dir;
	size_t i;
	int rc = 0;

	if (!recurse || lstat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return add(d, path, err);	/* a missing file is reported when read; a
					 * link to a directory is not followed (no loops) */
	dir = opendir(path);
	if (!dir) {
		fprintf(err, "extract: %s: %s\n", path, strerror(errno));
		return 2;
	}
	while (rc == 0 && (e = readdir(dir))) {
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		char *full;

		if (e->d_name[0] == '.')
			continue;	/* ., .., and hidden files */
		full = malloc(len);
		if (!full) {
			fputs("extract: out of memory\n", err);
			rc = 2;
			break;
		}
		snprintf(full, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
		if (lstat(full, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
			rc = add(&sub, full, err);
		free(full);
	}
	closedir(dir);
	if (sub.n)
		qsort(sub.v, sub.n, sizeof *sub.v, by_name);
	for (i = 0; rc == 0 && i < sub.n; i++)
		rc = doclist_add(d, sub.v[i], 1, err);
	doclist_free(&sub);
	return rc;
}

int doclist_read(struct doclist *d, FILE *f, int recurse, FILE *err)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0;

	while (rc == 0 && (errno = 0, n = getline(&line, &cap, f)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (n > 0)
			rc = doclist_add(d, line, recurse, err);
	}
	if (rc == 0 && (ferror(f) || (n < 0 && errno))) {
		fprintf(err, "extract: --files-from: %s\n", strerror(errno));
		rc = 2;
	}
	free(line);
	return rc;
}

void doclist_free(struct doclist *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		free(d->v[i]);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

/* ---- threads ---- */

struct slot {
	char *out, *err;	/* what the document wrote */
	size_t outn, errn;
	int status;
	int done;
};

struct pool {
	const struct doclist *d;
	doc_fn fn;
	void *ctx;
	struct slot *slots;
	size_t next;		/* the next document to take */
	size_t written;		/* documents written so far */
	size_t window;		/* how far ahead of the writer a thread may go */
	int stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

struct worker {
	struct pool *p;
	size_t id;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->p;

	for (;;) {
		struct slot *s;
		FILE *out, *err;
		size_t i;
		int status;

		pthread_mutex_lock(&p->mu);
		while (!p->stop && p->next < p->d->n && p->next >= p->written + p->window)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->stop || p->next >= p->d->n) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		i = p->next++;
		pthread_mutex_unlock(&p->mu);

		s = &p->slots[i];
		out = open_memstream(&s->out, &s->outn);
		err = open_memstream(&s->err, &s->errn);
		if (out && err) {
			status = p->fn(p->ctx, w->id, p->d->v[i], out, err);
		} else {
			status = 2;
		}
		if (out && fclose(out) != 0)
			status = 2;
		if (err)
			fclose(err);

		pthread_mutex_lock(&p->mu);
		s->status = status;
		s->done = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

int run_docs(const struct doclist *d, size_t jobs, doc_fn fn, void *ctx, FILE *out, FILE *err)
{
	struct pool p;
	struct worker *w;
	pthread_t *t;
	size_t i, started = 0;
	int status = 0;

	if (jobs <= 1 || d->n <= 1) {
		for (i = 0; i < d->n && status == 0; i++) {
			status = fn(ctx, 0, d->v[i], out, err);
			if (status == 0 && ferror(out))
				status = 2;	/* stop at a full disk; main says why */
		}
		return status;
	}
	memset(&p, 0, sizeof p);
	p.d = d;
	p.fn = fn;
	p.ctx = ctx;
	p.window = 4 * jobs;
	p.slots = calloc(d->n, sizeof *p.slots);
	w = calloc(jobs, sizeof *w);
	t = calloc(jobs, sizeof *t);
	if (!p.slots || !w || !t) {
		free(p.slots);
		free(w);
		free(t);
		fputs("extract: out of memory\n", err);
		return 2;
	}
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	for (i = 0; i < jobs; i++) {
		w[i].p = &p;
		w[i].id = i;
		if (pthread_create(&t[i], NULL, work, &w[i]) != 0)
			break;
		started++;
	}
	if (started == 0) {
		fputs("extract: cannot start a thread\n", err);
		status = 2;
	}
	/* write the documents in order as they are done */
	for (i = 0; status == 0 && i < d->n; i++) {
		struct slot *s = &p.slots[i];

		pthread_mutex_lock(&p.mu);
		while (!s->done)
			pthread_cond_wait(&p.cv, &p.mu);
		pthread_mutex_unlock(&p.mu);
		if (s->outn)
			fwrite(s->out, 1, s->outn, out);
		if (s->errn)
			fwrite(s->err, 1, s->errn, err);
		status = s->status;
		if (status == 0 && ferror(out))
			status = 2;
		if (s->status == 2 && !s->errn && !s->out)
			fprintf(err, "extract: %s: out of memory\n", d->v[i]);
		free(s->out);
		free(s->err);
		s->out = s->err = NULL;
		pthread_mutex_lock(&p.mu);
		p.written = i + 1;
		pthread_cond_broadcast(&p.cv);
		pthread_mutex_unlock(&p.mu);
	}
	pthread_mutex_lock(&p.mu);
	p.stop = 1;	/* done, or a document failed: no more are taken */
	pthread_cond_broadcast(&p.cv);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	for (i = 0; i < d->n; i++) {	/* documents done but not written */
		free(p.slots[i].out);
		free(p.slots[i].err);
	}
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	free(p.slots);
	free(w);
	free(t);
	return status;
}
