# kefu: `make run` sets up, builds and serves the demo; `make test` sets up and runs every test.
SHELL := /bin/bash
JOBS ?= 2
PORT ?= 8080
DB ?= data/kefu.db

.PHONY: setup build build-release web run test test-cpp test-web bench bench-http bench-jobs bench-bodies bench-dispatch bench-dispatch-http mutants tidy format clean

setup:
	@bash scripts/setup.sh

build-release: setup
	@cmake --preset release >/dev/null && cmake --build build/release -j$(JOBS)

build: setup
	@cmake --preset dev >/dev/null && cmake --build build/dev -j$(JOBS)

web: setup
	@if [ -f web/package.json ]; then cd web && npm run --silent build; fi

run: build-release web
	@bash scripts/run.sh build/release/server/kefu $(DB) $(PORT)

test: build web
	@bash scripts/test.sh

bench: build-release
	@bash bench/vrptw/run.sh build/release/server/kefu

# HTTP transports: throughput, and latency under 500 slow / idle connections (ADR 0009).
bench-http: build-release
	@bash bench/http/run.sh

# Jobs (issue 9): a million jobs on SQLite; the list/detail/create/transition mix for 60 s.
bench-jobs: build-release
	@bash bench/jobs/run.sh

# Request bodies (ADR 0011): valijson against the contract vs JsonReader, µs per request.
bench-bodies: build-release
	@bash bench/bodies/run.sh

# Planning assistant (issue 11): a generated Jinan-like day of 200 jobs / 30 crews, and a week.
bench-dispatch: build-release
	@bash bench/dispatch/run.sh

# The same day's proposal through the API (issue 11's 3 s, request to response), with the check,
# the accept and the day's schedule.
bench-dispatch-http: build-release
	@bash bench/dispatch/http.sh

# clang-tidy 16 (.clang-tidy) on every C++ source: 27.5 min measured on 2 cores, so `make test` checks
# only the sources whose content key is not recorded in .tidy-clean (scripts/tidy_cache.py), and
# the last commit's. Both record what they find clean: commit .tidy-clean with the change.
tidy: build
	@bash scripts/tidy.sh build/dev

# Not part of `make test`: applies each mutant of scripts/mutants.txt and expects a failing test.
mutants: setup
	@bash scripts/mutants.sh '$(MUTANTS)'

format:
	@bash scripts/format.sh fix

clean:
	rm -rf build web/dist
