# kazu - make: install missing packages, build, run the pipeline over data/.
#        make test: unit, golden and command-line tests of both stages.

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Werror -pedantic
DEBIAN_PACKAGES := libpcre2-dev libcsv-dev libgsl-dev pkg-config
PCRE_CFLAGS = $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE_LIBS   = $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)

GSL_LIBS    = $(shell pkg-config --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm)

EXTRACT_SRC := extract/text.c extract/numeral.c extract/numfmt.c extract/table.c extract/lang.c \
               extract/detect.c \
               extract/corpus.c \
               extract/lang_ja.c extract/lang_zh.c extract/lang_en.c extract/scan.c extract/claims.c
EXTRACT_OBJ := $(EXTRACT_SRC:.c=.o)
EXTRACT_LIBS = $(PCRE_LIBS) -lcsv -lm -lpthread

ANALYZE_SRC := analyze/claims.c analyze/interval.c analyze/lang.c analyze/lang_ja.c \
               analyze/lang_zh.c analyze/lang_en.c analyze/relate.c analyze/report.c \
               analyze/html.c
ANALYZE_OBJ := $(ANALYZE_SRC:.c=.o) extract/numfmt.o extract/table.o
ANALYZE_LIBS = $(GSL_LIBS) -lcsv -lm

DATA := $(wildcard data/*.txt)

.PHONY: all deps build pipeline test check asan valgrind cppcheck fuzz bench install clean

all: deps build pipeline

# Install what is missing: as root directly, else with sudo, else say how.
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "kazu needs:$$missing"; echo "run: sudo apt-get install$$missing"; exit 1; fi; \
	fi

build: extract/extract analyze/analyze

extract/extract: extract/main.o $(EXTRACT_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(EXTRACT_LIBS)

analyze/analyze: analyze/main.o $(ANALYZE_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(ANALYZE_LIBS)

extract/%.o: extract/%.c extract/*.h
	$(CC) $(WARN) $(CFLAGS) $(PCRE_CFLAGS) -c -o $@ $<

analyze/%.o: analyze/%.c analyze/*.h extract/numfmt.h extract/table.h
	$(CC) $(WARN) $(CFLAGS) -Iextract -c -o $@ $<

pipeline: out/report.md

out/claims.csv: extract/extract $(DATA)
	./extract/extract -o $@ $(DATA)

out/report.md: analyze/analyze out/claims.csv
	./analyze/analyze -d out out/claims.csv

tests/unit/run: tests/unit/test_extract.o $(EXTRACT_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(EXTRACT_LIBS)

tests/unit/test_extract.o: tests/unit/test_extract.c tests/unit/harness.h extract/*.h
	$(CC) $(WARN) $(CFLAGS) $(PCRE_CFLAGS) -Iextract -c -o $@ $<

tests/unit/analyze: tests/unit/test_analyze.o $(ANALYZE_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(ANALYZE_LIBS)

tests/unit/test_analyze.o: tests/unit/test_analyze.c tests/unit/harness.h analyze/*.h
	$(CC) $(WARN) $(CFLAGS) -Ianalyze -Iextract -c -o $@ $<

tests/csvtool: tests/csvtool.c
	$(CC) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ $< -lcsv

test check: deps build tests/unit/run tests/unit/analyze tests/csvtool
	sh tests/run.sh

asan:
	$(MAKE) clean
	KAZU_SANITIZED=1 $(MAKE) test CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
	$(MAKE) clean

VALGRIND = valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all

valgrind: build tests/unit/run tests/unit/analyze
	$(VALGRIND) ./tests/unit/run
	$(VALGRIND) ./tests/unit/analyze 2>/dev/null
	$(VALGRIND) ./extract/extract -o /tmp/kazu-valgrind.csv $(DATA)
	$(VALGRIND) ./analyze/analyze -d /tmp /tmp/kazu-valgrind.csv
	rm -f /tmp/kazu-valgrind.csv /tmp/comparisons.csv /tmp/checks.csv /tmp/report.md

# Fuzzing (libFuzzer, clang): each target runs FUZZ_SECONDS on a corpus
# seeded from the tests, kept in out/fuzz/ between runs.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS := numeral extract csv analyze

out/fuzz/fuzz_numeral out/fuzz/fuzz_extract: out/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(EXTRACT_SRC) extract/*.h
	@mkdir -p out/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) $(PCRE_CFLAGS) -Iextract -o $@ $< $(EXTRACT_SRC) $(EXTRACT_LIBS)

out/fuzz/fuzz_csv out/fuzz/fuzz_analyze: out/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(ANALYZE_SRC) extract/numfmt.c extract/table.c analyze/*.h
	@mkdir -p out/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -Ianalyze -Iextract -o $@ $< $(ANALYZE_SRC) extract/numfmt.c extract/table.c $(ANALYZE_LIBS)

fuzz: build $(FUZZ_TARGETS:%=out/fuzz/fuzz_%)
	sh tests/fuzz/seed.sh out/fuzz
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz $$t: $(FUZZ_SECONDS) s"; \
	  ./out/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=out/fuzz/$$t- out/fuzz/corpus-$$t >out/fuzz/$$t.log 2>&1 \
	    || { tail -n 60 out/fuzz/$$t.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^Done' out/fuzz/$$t.log; \
	done

PREFIX ?= /usr/local
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 extract/extract analyze/analyze $(DESTDIR)$(PREFIX)/bin
	install -m 644 extract/extract.1 analyze/analyze.1 $(DESTDIR)$(PREFIX)/share/man/man1

# Throughput and memory on a 100 MB corpus (BENCH_MB to change): medians
# of 3 runs, printed; no test depends on them.
bench: build tests/csvtool
	sh tests/bench.sh

cppcheck:
	cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
	  --std=c11 --inline-suppr --suppress=missingIncludeSystem --suppress=variableScope \
	  -Iextract -Ianalyze extract analyze tests/unit tests/fuzz tests/csvtool.c

clean:
	rm -f extract/*.o extract/extract analyze/*.o analyze/analyze \
	  tests/unit/*.o tests/unit/run tests/unit/analyze tests/csvtool out/*.md out/*.csv out/*.tmp*
