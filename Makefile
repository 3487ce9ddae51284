# The everyday commands. `make run` builds and starts a development chain; `make test` runs
# every test. Both install what is missing first (scripts/setup.sh).

# Build outside the clone so every checkout (and CI) shares one warm cache.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/medchain/target
# (runtime/build.rs points the runtime's wasm build at this workspace's Cargo.lock.)
# Panic locations put source paths into the wasm, and so into the chain specs' genesis code.
# Map the machine-specific prefixes (this checkout, cargo's registry, rustup's standard library
# sources, the target dir) to fixed names so every checkout on every machine with the same Rust
# release builds the same runtime.
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
RUSTUP_HOME_DIR := $(or $(RUSTUP_HOME),$(HOME)/.rustup)
export WASM_BUILD_RUSTFLAGS ?= --remap-path-prefix=$(CURDIR)=/medchain --remap-path-prefix=$(CARGO_HOME_DIR)=/cargo --remap-path-prefix=$(RUSTUP_HOME_DIR)=/rustup --remap-path-prefix=$(CARGO_TARGET_DIR)=/target
NODE := $(CARGO_TARGET_DIR)/release/medchain-node
CARGO ?= cargo
# Test binaries run at once by `make test`: three keep two cores busy without starving the
# nodes' 6 s slots (the end-to-end tests wait on blocks, not on the CPU).
TEST_JOBS ?= 3
# Every workspace package but the try-runtime tool, which links the runtime natively with the
# `try-runtime` feature: in the same cargo run that feature would be unified into the node's
# runtime too. It is built in a cargo run of its own (without the wasm, which it does not use).
WORKSPACE := --workspace --exclude medchain-try-runtime
TRY_RUNTIME := SKIP_WASM_BUILD=1 $(CARGO) build --release --locked -p medchain-try-runtime

.PHONY: setup build run gateway-demo test test-unit test-e2e chain-specs metadata check-chain-specs bench perf fuzz fmt lint clean-chain

setup:
	@bash scripts/setup.sh

# Builds every workspace target (node, runtime, pallets, tests) in one go: building the node
# alone would resolve dependency features differently from `cargo test $(WORKSPACE)` and
# compile ~200 crates twice. Then the try-runtime tool, which the upgrade test runs.
build: setup
	$(CARGO) build --release --locked $(WORKSPACE) --all-targets
	$(TRY_RUNTIME)

## Start a single-validator development chain (RPC on ws://127.0.0.1:9944, state discarded on exit).
run: build
	$(NODE) --dev

## A dev node with the sample consortium and two FHIR gateways (ports 8081 and 8082) serving
## its sample data under on-chain consent; prints an access token and requests to try.
gateway-demo: build
	$(CARGO_TARGET_DIR)/release/gateway-demo

## Every test: pallet/runtime unit tests, the chain-spec check and the end-to-end tests.
## The test binaries run TEST_JOBS at a time (scripts/run-tests.py): the end-to-end ones mostly
## wait for blocks, so three side by side take about half the time of one after another.
test: build
	python3 scripts/run-tests.py $(TEST_JOBS) -- --release --locked $(WORKSPACE)
	@$(MAKE) --no-print-directory check-chain-specs

# Always select the same packages as `build` (`-p`/another `--exclude` would change feature
# resolution and rebuild dependencies); choose the test targets instead.
test-unit: build
	$(CARGO) test --release --locked $(WORKSPACE) --lib --bins

test-e2e: build
	$(CARGO) test --release --locked $(WORKSPACE) --test '*'

## Regenerate chain-specs/ from the node (after a runtime or genesis change).
chain-specs: build
	bash scripts/chain-specs.sh write

## Regenerate metadata/medchain.scale (the CLI's and the JS package's input) from the runtime,
## then the JS package's generated types from it.
metadata: build
	MEDCHAIN_WRITE_METADATA=1 $(CARGO) test --release --locked $(WORKSPACE) --test metadata
	npm --prefix clients/js run typegen

## Fail if chain-specs/ differs from what the node generates.
check-chain-specs: build
	bash scripts/chain-specs.sh check

## Build the node with the benchmark subcommand and run the FRAME pallet benchmarks.
bench: setup
	$(CARGO) build --release --locked -p medchain-node --features runtime-benchmarks
	bash scripts/benchmark.sh

## Benchmarks printed as tables: the fee of each patient action and who pays it, and what
## keeping every block full costs for an hour and a day; access-check latency with 100,000 grants and a grant's weight
## beside a transfer's; batch-anchoring throughput, verify latency with 1,000,000 records in
## state and bytes of state per record; cross-chain consent latency and lane throughput with
## one, two and three peers of a chain;
## lease renewal for a period with 10³ and 10⁶ live exports (messages and weight);
## finality lag during validator-set changes voted by the council; the FHIR gateway's latency
## over a direct read of its store, audited reads per second beside the chain's audit capacity,
## and its memory over a 10-minute soak.
perf: build
	$(CARGO) test --release --locked $(WORKSPACE) --test fees -- --nocapture --test-threads 1
	$(CARGO) test --release --locked $(WORKSPACE) --test lease_scale -- --ignored --nocapture
	$(CARGO_TARGET_DIR)/release/consent-bench
	$(CARGO_TARGET_DIR)/release/records-bench
	$(CARGO_TARGET_DIR)/release/bridge-bench
	$(CARGO_TARGET_DIR)/release/governance-bench
	$(CARGO_TARGET_DIR)/release/gateway-bench

## Fuzz each target with libFuzzer for FUZZ_SECONDS (default 60): inbound bridge messages,
## random call sequences on the runtime with every pallet's invariants, the FHIR hasher.
## Prints executions, executions per second, new inputs and crashes per target. `make test`
## replays the committed corpus (fuzz/corpus) uninstrumented, in seconds.
fuzz: setup
	bash scripts/fuzz.sh

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all -- --check
	SKIP_WASM_BUILD=1 $(CARGO) clippy --release --locked $(WORKSPACE) --all-targets -- -D warnings
	SKIP_WASM_BUILD=1 $(CARGO) clippy --release --locked -p medchain-try-runtime -- -D warnings
