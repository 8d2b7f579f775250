# knoten: the two commands of the README are `make run` and `make test`.
# Each installs what is missing (scripts/install-deps.sh), builds and does its
# job. `make` alone builds the release binary at build/knoten.

BUILD_DIR      := build
TEST_BUILD_DIR := build-test
BENCH_BUILD_DIR := build-bench
FUZZ_BUILD_DIR := build-fuzz
FUZZ_SECONDS   ?= 60
DEMO_DB        := $(BUILD_DIR)/demo.db
JOBS           ?= $(shell nproc)
BENCH_ARGS     ?= --benchmark_report_aggregates_only=true
# Passed to `knoten serve` by `make run`, e.g. SERVE_ARGS="--listen 0.0.0.0:8080".
SERVE_ARGS     ?=

.PHONY: all deps deps-test deps-bench release web web-deps web-test run test fuzz lint bench bench-http format clean

all: release

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh --test --bench

deps-bench:
	@scripts/install-deps.sh --bench

release: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DKNOTEN_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(BUILD_DIR) --target knoten -j $(JOBS)

# The web app (web/, Preact + TypeScript + Vite) into build/web, where
# `knoten serve` finds it. npm packages come from package-lock.json, and are
# installed again only when it changed.
web-deps:
	@command -v npm >/dev/null || scripts/install-deps.sh --web
	@if [ ! -f web/node_modules/.package-lock.json ] || \
	   [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
	  cd web && npm ci --no-audit --no-fund --loglevel=error; fi

web: web-deps
	@cd web && npm run --silent build -- --logLevel warn

# Vitest unit tests of the web app, then the browser tests (web/e2e/run.mjs)
# against the test build's server in Debian's headless Chromium.
web-test: web
	@cd web && npx vitest run
	@node web/e2e/run.mjs $(TEST_BUILD_DIR)/knoten $(BUILD_DIR)/web

# Seeds the demo database once (never the user's own), gives the account
# 'demo' a one-time password and serves the web app with the demo network.
run: release web
	@if [ ! -f $(DEMO_DB) ]; then $(BUILD_DIR)/knoten --db $(DEMO_DB) demo; fi
	@$(BUILD_DIR)/knoten --db $(DEMO_DB) password --user demo --generate --create
	@echo "Log in as 'demo' with this one-time password (a new one at every make run); Ctrl-C stops."
	@exec $(BUILD_DIR)/knoten --db $(DEMO_DB) serve $(SERVE_ARGS)

# The ASan+UBSan test build lives in its own folder. It also compiles the
# benchmarks (so they never rot, and clang-tidy sees them) but does not run
# them: `make bench` does, in release mode.
test: deps-test
	@cmake -S . -B $(TEST_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	  -DKNOTEN_SANITIZE=ON -DKNOTEN_BUILD_BENCH=ON >/dev/null
	@cmake --build $(TEST_BUILD_DIR) -j $(JOBS)
	@tools/check_layering.sh
	@cd $(TEST_BUILD_DIR) && ASAN_OPTIONS=detect_leaks=1 \
	  UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory web-test
	@$(MAKE) --no-print-directory fuzz

# Each fuzz target runs FUZZ_SECONDS (60 in CI) from the seeds in fuzz/corpus,
# writing what it finds to a scratch folder, never to the repository.
fuzz: deps-test
	@CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD_DIR) -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKNOTEN_FUZZ=ON \
	  -DKNOTEN_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS)
	@for target in analyzer vcard csv; do \
	  rm -rf $(FUZZ_BUILD_DIR)/corpus-$$target && \
	  mkdir -p $(FUZZ_BUILD_DIR)/corpus-$$target && \
	  seeds=fuzz/corpus/$$target; \
	  if [ $$target != analyzer ] && [ -d ../shared/data/interop/$$target ]; then \
	    seeds="$$seeds ../shared/data/interop/$$target"; fi; \
	  $(FUZZ_BUILD_DIR)/fuzz/knoten_$${target}_fuzz \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD_DIR)/$$target- \
	    $(FUZZ_BUILD_DIR)/corpus-$$target $$seeds \
	    >$(FUZZ_BUILD_DIR)/$$target.log 2>&1; status=$$?; \
	  echo "fuzz $$target:"; tail -n 12 $(FUZZ_BUILD_DIR)/$$target.log; \
	  [ $$status -eq 0 ] || exit $$status; \
	done

# clang-format check on every source file; clang-tidy on the changed ones.
lint: deps-test
	@tools/check_format.sh
	@python3 tools/openapi/generate.py --check
	@tools/run_clang_tidy.sh $(TEST_BUILD_DIR)

# Release-mode benchmarks with their SQLite baselines (docs/benchmarks.md);
# never part of `make test`. BENCH_ARGS go to Google Benchmark, e.g.
# BENCH_ARGS=--benchmark_filter=Search; MATCH_SPEED_ARGS to
# knoten_match_speed, e.g. MATCH_SPEED_ARGS="--offers 100000 --members 10000".
bench: deps-bench
	@cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DKNOTEN_BUILD_TESTS=OFF -DKNOTEN_BUILD_BENCH=ON >/dev/null
	@cmake --build $(BENCH_BUILD_DIR) -j $(JOBS)
	@$(BENCH_BUILD_DIR)/bench/knoten_store_bench $(BENCH_ARGS)
	@bench/cli_times.sh $(BENCH_BUILD_DIR)/knoten
	@$(BENCH_BUILD_DIR)/bench/knoten_match_quality
	@$(BENCH_BUILD_DIR)/bench/knoten_match_speed $(MATCH_SPEED_ARGS)
	@$(BENCH_BUILD_DIR)/bench/knoten_relationship_bench $(BENCH_ARGS)

# The web server under wrk beside nginx (docs/benchmarks.md), release build;
# HTTP_BENCH_ARGS: e.g. 20000 for fewer people. Never part of `make test`.
bench-http: deps-bench release
	@bench/http_bench.sh $(BUILD_DIR)/knoten $(HTTP_BENCH_ARGS)

format:
	@git ls-files '*.cc' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(TEST_BUILD_DIR) $(BENCH_BUILD_DIR)
