/* extract/text.h - UTF-8 and the layout of a document: lines, sentences. */
#ifndef KAZU_TEXT_H
#define KAZU_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Check that s[0..n) is UTF-8 without NUL bytes (no overlong forms, no
 * surrogates, nothing above U+10FFFF).  Returns 0 when it is; otherwise
 * one plus the offset of the byte that starts the first bad sequence. */
size_t utf8_invalid(const char *s, size_t n);

/* Decode the code point at s (valid UTF-8, at least one byte before end).
 * Stores its length in *len. */
uint32_t utf8_decode(const char *s, const char *end, size_t *len);

/* Offset of the start of the code point that ends at or before p. */
size_t utf8_back(const char *s, size_t p);

/* Count code points in s[0..n). */
size_t utf8_count(const char *s, size_t n);

/* Line and column (1-based, columns in code points) of offset p; a BOM
 * at offset 0 is not counted as a column.  CRLF, LF and lone CR end
 * lines.  Incremental: pass the same cursor for increasing offsets.
 * s must be NUL-terminated (s[n] == 0). */
struct cursor {
	size_t pos;
	size_t line, col;
};
void cursor_init(struct cursor *c, const char *s, size_t n);
/* The same for a piece of a document that starts at line: a BOM is
 * skipped only at the start of the document (doc_start). */
void cursor_start(struct cursor *c, const char *s, size_t n, size_t line, int doc_start);
void cursor_advance(struct cursor *c, const char *s, size_t to);

int is_ascii_letter(uint32_t c);
int is_hiragana(uint32_t c);
int is_katakana(uint32_t c);
int is_han(uint32_t c);

/* Does the word at w open its sentence (In 2012, …; Voters 18 to 29)? */
int opens_sentence(const char *doc, size_t w);

#endif
