/* extract/corpus.h - many documents: which, and in how many threads. */
#ifndef KAZU_CORPUS_H
#define KAZU_CORPUS_H

#include <stddef.h>
#include <stdio.h>

/* The documents of a run, in the order their rows are written. */
struct doclist {
	char **v;
	size_t n, cap;
};

/* Add path; with recurse, a directory adds the regular files below it in
 * byte order of their names.  Returns 0, or 2 after a message on err
 * (a directory that cannot be read, no memory). */
int doclist_add(struct doclist *d, const char *path, int recurse, FILE *err);

/* Add the paths of f, one a line (blank lines skipped).  Returns 0 or 2. */
int doclist_read(struct doclist *d, FILE *f, int recurse, FILE *err);

/* Free the list.  No operation on an empty one. */
void doclist_free(struct doclist *d);

/* Extract one document: write its rows to out, its messages to err, and
 * return an exit status.  worker numbers the thread (0 .. jobs-1), so
 * that each may keep its own scanners. */
typedef int (*doc_fn)(void *ctx, size_t worker, const char *path, FILE *out, FILE *err);

/* Run fn on every document of d with jobs threads, writing the rows to
 * out and the messages to err in the order of d, as one thread would.
 * The run stops at the first document whose status is not 0; documents
 * after it are not written.  Returns that status, or 0, or 2 when a
 * thread cannot be started or memory runs out. */
int run_docs(const struct doclist *d, size_t jobs, doc_fn fn, void *ctx, FILE *out, FILE *err);

#endif
