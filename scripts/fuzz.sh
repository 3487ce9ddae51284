#!/usr/bin/env bash
# Fuzzes medchain with libFuzzer (cargo-fuzz) for a bounded time per target, then prints a
# table: executions, executions per second, new corpus entries and crashes per target.
#
# Targets (fuzz/fuzz_targets/*.rs, each calling one function of the medchain-fuzz crate in
# fuzz-targets/):
#   bridge_inbound  inbound bridge messages through the decoder and the bridge pallet's receive
#   runtime_calls   call sequences of the identity/consent/anchor/bridge pallets, every
#                   pallet's invariants checked after each block
#   fhir_hash       the canonical FHIR JSON hasher (RFC 8785)
#
# Usage: scripts/fuzz.sh [TARGET...]          (default: every target)
# Environment:
#   FUZZ_SECONDS=60        time per target (libFuzzer -max_total_time)
#   FUZZ_TIMEOUT=10        seconds one input may take before it counts as a hang
#   FUZZ_SANITIZER=none    cargo fuzz --sanitizer (none|address|...); `none` builds on stable
#                          Rust; the others need -Z flags, which RUSTC_BOOTSTRAP=1 lets
#                          stable rustc accept
#   FUZZ_JOBS=1            libFuzzer -fork workers per target (the machine has 2 cores)
#   FUZZ_MERGE=0           1: afterwards merge what was found into the committed corpus
#                          (libFuzzer -merge=1: only inputs that add coverage)
#   FUZZ_CODEGEN_UNITS=16  codegen units of the instrumented build (cargo fuzz forces 1 in
#                          release mode otherwise: faster fuzzing, a much longer first build)
#   FUZZ_ARGS=""           extra libFuzzer arguments
#
# Builds once into $HOME/.cache/medchain/fuzz-target (the node's target dir is not touched:
# instrumented artefacts cannot be shared with it), without the wasm runtime
# (SKIP_WASM_BUILD=1: the targets run the native runtime). The first build takes long.
#
# Corpus: fuzz/corpus/<target>/ is committed and read; new inputs go to
# fuzz/new-corpus/<target>/ (git-ignored) until merged (FUZZ_MERGE=1). Crashes, hangs and
# out-of-memory inputs go to fuzz/artifacts/<target>/; reproduce one with
#   cargo fuzz run --sanitizer none <target> fuzz/artifacts/<target>/<file>
# or by copying it into fuzz/corpus/<target>/ and running `cargo test -p medchain-fuzz`.
# libFuzzer's full output is in fuzz/logs/<target>.log.
#
# Exit status: 1 if any target crashed (or failed to build), else 0.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '[fuzz] %s\n' "$*" >&2; }

ALL_TARGETS=(bridge_inbound runtime_calls fhir_hash)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
TIMEOUT="${FUZZ_TIMEOUT:-10}"
SANITIZER="${FUZZ_SANITIZER:-none}"
JOBS="${FUZZ_JOBS:-1}"
MERGE="${FUZZ_MERGE:-0}"
CODEGEN_UNITS="${FUZZ_CODEGEN_UNITS:-16}"
read -r -a EXTRA_ARGS <<<"${FUZZ_ARGS:-}"

FUZZ_TARGET_DIR="$HOME/.cache/medchain/fuzz-target"
# The Makefile exports the node's target dir; the instrumented build gets its own.
export CARGO_TARGET_DIR="$FUZZ_TARGET_DIR"
export SKIP_WASM_BUILD=1
# cargo fuzz passes -Z flags for sanitizers; this machine has stable Rust only.
export RUSTC_BOOTSTRAP=1

if ! command -v cargo-fuzz >/dev/null 2>&1; then
	say "installing cargo-fuzz"
	cargo install cargo-fuzz --locked || { say "cannot install cargo-fuzz"; exit 1; }
fi

# Build the fuzzers from the node's dependency versions: the fuzz workspace starts from the
# main workspace's lock (cargo then drops what it does not use and adds libFuzzer).
if [ ! -f fuzz/Cargo.lock ]; then
	say "starting fuzz/Cargo.lock from Cargo.lock"
	cp Cargo.lock fuzz/Cargo.lock
fi

BUILD_FLAGS=(--sanitizer "$SANITIZER" --debug-assertions --codegen-units "$CODEGEN_UNITS"
	--target-dir "$FUZZ_TARGET_DIR")

say "building ${TARGETS[*]} (sanitizer $SANITIZER, target dir $FUZZ_TARGET_DIR)"
for target in "${TARGETS[@]}"; do
	if ! cargo fuzz build "${BUILD_FLAGS[@]}" "$target"; then
		say "build of $target failed"
		exit 1
	fi
done

mkdir -p fuzz/logs
count_files() { find "$1" -maxdepth 1 -type f 2>/dev/null | wc -l | tr -d ' '; }

# stat::<name> from libFuzzer's final statistics (-print_final_stats=1), if printed.
final_stat() { grep -a "^stat::$2:" "$1" | tail -n 1 | awk '{print $2}'; }

rows=()
failed=0
for target in "${TARGETS[@]}"; do
	corpus="fuzz/corpus/$target"
	found="fuzz/new-corpus/$target"
	artifacts="fuzz/artifacts/$target"
	log="fuzz/logs/$target.log"
	mkdir -p "$corpus" "$found" "$artifacts"
	artifacts_before=$(count_files "$artifacts")
	fork=()
	[ "$JOBS" -gt 1 ] && fork=(-fork="$JOBS" -ignore_crashes=1)

	say "fuzzing $target for ${SECONDS_PER_TARGET}s (log: $log)"
	# New inputs are written to the first directory; both are read.
	cargo fuzz run "${BUILD_FLAGS[@]}" "$target" "$found" "$corpus" -- \
		-max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -print_final_stats=1 \
		"${fork[@]}" "${EXTRA_ARGS[@]}" >"$log" 2>&1
	status=$?

	runs=$(final_stat "$log" number_of_executed_units)
	per_second=$(final_stat "$log" average_exec_per_sec)
	new_units=$(final_stat "$log" new_units_added)
	done_line=$(grep -a '^Done [0-9]* runs in [0-9]* second' "$log" | tail -n 1)
	if [ -z "$runs" ] && [ -n "$done_line" ]; then
		runs=$(awk '{print $2}' <<<"$done_line")
		elapsed=$(awk '{print $5}' <<<"$done_line")
		[ "${elapsed:-0}" -gt 0 ] && per_second=$((runs / elapsed))
	fi
	if [ -z "$runs" ]; then
		# Interrupted by a crash before the final statistics: the last status line.
		status_line=$(grep -a '^#[0-9]' "$log" | tail -n 1)
		runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$status_line")
		per_second=$(sed -nE 's/.*exec\/s:? ([0-9]+).*/\1/p' <<<"$status_line")
	fi
	crashes=$(($(count_files "$artifacts") - artifacts_before))
	newest=""
	if [ "$crashes" -gt 0 ] || [ "$status" -ne 0 ]; then
		failed=1
		newest=$(ls -t "$artifacts" 2>/dev/null | head -n 1)
		[ "$crashes" -eq 0 ] && crashes="? (exit $status)"
	fi
	rows+=("$(printf '%-16s %8ss %12s %10s %9s %10s %-10s %s' "$target" "$SECONDS_PER_TARGET" \
		"${runs:-?}" "${per_second:-?}" "${new_units:-?}" "$(count_files "$found")" \
		"$crashes" "${newest:+$artifacts/$newest}")")

	if [ "$MERGE" = 1 ] && [ "$(count_files "$found")" -gt 0 ]; then
		say "merging $found into $corpus"
		if cargo fuzz run "${BUILD_FLAGS[@]}" "$target" "$corpus" "$found" -- -merge=1 \
			-timeout="$TIMEOUT" >>"$log" 2>&1; then
			rm -rf "$found"
		else
			say "merge of $target failed; $found kept"
		fi
	fi
done

printf '\n%-16s %9s %12s %10s %9s %10s %-10s %s\n' target time runs exec/s new-units \
	found crashes artifact
for row in "${rows[@]}"; do
	printf '%s\n' "$row"
done
printf '\n(new-units: inputs this run added to the corpus; found: inputs waiting in fuzz/new-corpus)\n'
exit "$failed"
