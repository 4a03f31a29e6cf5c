# baogao — `make run` and `make test` work from a fresh Debian machine.
# System libraries come from Debian packages; they are installed when missing.

SWIFT ?= swift
DEBS := libedit-dev libopencc-dev opencc libicu-dev libxlsxwriter-dev libutf8proc-dev libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config tmux librsvg2-bin libsqlite3-dev sqlite3 python3-jieba
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCRATCH ?= .build

.PHONY: all deps build release run test bench clean goldens format fuzz install uninstall

all: build

deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --scratch-path $(SCRATCH)

# The release binary links Swift's runtime and Foundation statically: it starts in about 12 ms
# instead of 20 (the dynamic loader no longer resolves some 17,000 symbols of the Swift
# libraries), and runs on a machine without a Swift toolchain.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH)

# `make install PREFIX=~/.local` (default /usr/local): the release binary and the resource
# bundles it reads (help, vocabularies) go to PREFIX/lib/baogao, and PREFIX/bin/baogao links
# to it, so `baogao` runs from any folder. DESTDIR stages a package.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
LIBDIR = $(DESTDIR)$(PREFIX)/lib/baogao

install: release
	install -d "$(BINDIR)" "$(LIBDIR)"
	install -m 755 "$(SCRATCH)/release/baogao" "$(LIBDIR)/baogao"
	@for bundle in "$(SCRATCH)"/release/*.resources; do \
	  case "$$bundle" in *Tests.resources) continue ;; esac; \
	  rm -rf "$(LIBDIR)/$$(basename "$$bundle")"; cp -R "$$bundle" "$(LIBDIR)/"; \
	done
	ln -sf "../lib/baogao/baogao" "$(BINDIR)/baogao"
	@echo "installed $(BINDIR)/baogao"

uninstall:
	rm -f "$(BINDIR)/baogao"
	rm -rf "$(LIBDIR)"

run: build
	$(SCRATCH)/debug/baogao

test: deps
	$(SWIFT) build --build-tests --scratch-path $(SCRATCH)
	$(SWIFT) test --skip-build --scratch-path $(SCRATCH)
	@if ls Notebooks/*.md >/dev/null 2>&1; then $(SCRATCH)/debug/baogao notebook check Notebooks/*.md; fi

# Rewrites golden files from the current output; review the diff before committing.
goldens: deps
	BAOGAO_UPDATE_GOLDENS=1 $(SWIFT) test --scratch-path $(SCRATCH) || true

bench: release
	bash Benchmarks/load-throughput.sh $(SCRATCH)/release/baogao
	python3 Benchmarks/ingest-bench.py $(SCRATCH)/release/baogao
	bash Benchmarks/segment-bench.sh $(SCRATCH)/release/baogao
	bash Benchmarks/long-line.sh $(SCRATCH)/release/baogao
	bash Benchmarks/zip-bomb.sh $(SCRATCH)/release/baogao

# libFuzzer targets (Fuzz/, a package of its own so the normal build never sees -sanitize=fuzzer),
# each run SECONDS seconds on seeds from ../shared and Fuzz/Seeds: `make fuzz SECONDS=600`.
FUZZ_TARGETS := FuzzDecoding FuzzCleaning FuzzSplitting FuzzNumbers FuzzExtractor FuzzStatements FuzzNotebook
SECONDS ?= 30
fuzz: deps
	cd Fuzz && $(SWIFT) build --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
	bash Fuzz/run.sh .build-fuzz/debug $(SECONDS) $(or $(TARGETS),$(FUZZ_TARGETS))

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf $(SCRATCH)
