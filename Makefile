# kazu - make: install missing packages, build, run the pipeline over data/.
#        make test: unit, golden and command-line tests.

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Werror -pedantic
DEBIAN_PACKAGES := libpcre2-dev libcsv-dev libgsl-dev pkg-config
PCRE_CFLAGS = $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE_LIBS   = $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)

EXTRACT_SRC := extract/text.c extract/numeral.c extract/lang.c extract/lang_ja.c \
               extract/scan.c extract/claims.c
EXTRACT_OBJ := $(EXTRACT_SRC:.c=.o)
EXTRACT_LIBS = $(PCRE_LIBS) -lcsv -lm

DATA := $(wildcard data/*.txt)

.PHONY: all deps build pipeline test check asan valgrind cppcheck clean

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

build: extract/extract

extract/extract: extract/main.o $(EXTRACT_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(EXTRACT_LIBS)

%.o: %.c extract/*.h
	$(CC) $(WARN) $(CFLAGS) $(PCRE_CFLAGS) -c -o $@ $<

pipeline: out/claims.csv

out/claims.csv: extract/extract $(DATA)
	./extract/extract -o $@ $(DATA)

tests/unit/run: tests/unit/test_extract.o $(EXTRACT_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(EXTRACT_LIBS)

tests/unit/test_extract.o: tests/unit/test_extract.c tests/unit/harness.h extract/*.h
	$(CC) $(WARN) $(CFLAGS) $(PCRE_CFLAGS) -Iextract -c -o $@ $<

tests/csvtool: tests/csvtool.c
	$(CC) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ $< -lcsv

test check: deps extract/extract tests/unit/run tests/csvtool
	sh tests/run.sh

asan:
	$(MAKE) clean
	$(MAKE) test CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
	$(MAKE) clean

valgrind: extract/extract tests/unit/run
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all ./tests/unit/run
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
	  ./extract/extract -o /dev/null $(DATA)

cppcheck:
	cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
	  --std=c11 --inline-suppr --suppress=missingIncludeSystem --suppress=variableScope \
	  extract tests/unit tests/csvtool.c

clean:
	rm -f extract/*.o extract/extract tests/unit/*.o tests/unit/run tests/csvtool out/*.csv out/*.tmp*
