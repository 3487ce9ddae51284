#!/usr/bin/env bash
# Runs the FRAME pallet benchmarks with the node's `benchmark pallet` subcommand (the node must
# be built with `--features runtime-benchmarks`; `make bench` does both) and writes each
# medchain pallet's generated weights to pallets/<dir>/src/weights.rs, and those of the FRAME
# pallets listed in `runtime_pallets` below to runtime/src/weights/.
#
#   scripts/benchmark.sh            every medchain pallet that has benchmarks
#   scripts/benchmark.sh --list     list every benchmark the runtime contains
#   ONLY=pallet_ehr_anchor scripts/benchmark.sh   just the named pallets (space-separated)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$HOME/.cache/medchain/target}
node=${MEDCHAIN_NODE:-$target/release/medchain-node}
# The runtime the node was built with, and the genesis preset the benchmarks start from.
runtime=${MEDCHAIN_RUNTIME:-$target/release/wbuild/medchain-runtime/medchain_runtime.compact.compressed.wasm}
genesis=(--runtime "$runtime" --genesis-builder runtime --genesis-builder-preset development)

# Benchmark steps and repetitions: 50 × 20, the values Parity uses for production weights.
STEPS=${STEPS:-50}
REPEAT=${REPEAT:-20}

if [ "${1:-}" = "--list" ]; then
	exec "$node" benchmark pallet "${genesis[@]}" --list
fi

# "<pallet name as in define_benchmarks!> <crate directory>" for each medchain pallet whose
# benchmarks exist.
pallets=(
	"pallet_patient_identity patient-identity"
	"pallet_consent consent"
	"pallet_ehr_anchor ehr-anchor"
	"pallet_medchain_bridge xcm-bridge"
	"pallet_consortium consortium"
)

if [ ${#pallets[@]} -eq 0 ]; then
	echo "benchmark: no medchain pallet has benchmarks yet; listing what the runtime contains"
	exec "$node" benchmark pallet "${genesis[@]}" --list
fi

# FRAME pallets whose runtime weights are measured on this machine too, so that medchain's
# calls and theirs are priced on the same hardware: "<pallet> <file under runtime/src/weights>".
runtime_pallets=(
	"pallet_balances pallet_balances.rs"
	"pallet_bridge_grandpa pallet_bridge_grandpa.rs"
	"pallet_bridge_messages pallet_bridge_messages.rs"
	"pallet_collective pallet_collective.rs"
	"pallet_membership pallet_membership.rs"
)

# Whether `$1` is among the pallets `ONLY` names (all when it is unset).
selected() {
	[ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]
}

for entry in "${runtime_pallets[@]}"; do
	read -r pallet file <<<"$entry"
	selected "$pallet" || continue
	echo "benchmark: $pallet -> runtime/src/weights/$file"
	"$node" benchmark pallet "${genesis[@]}" --wasm-execution compiled \
		--pallet "$pallet" --extrinsic '*' --steps "$STEPS" --repeat "$REPEAT" \
		--output "$here/runtime/src/weights/$file" \
		--header "$here/scripts/weights-header.txt"
done

for entry in "${pallets[@]}"; do
	read -r pallet dir <<<"$entry"
	selected "$pallet" || continue
	echo "benchmark: $pallet -> pallets/$dir/src/weights.rs"
	"$node" benchmark pallet "${genesis[@]}" --wasm-execution compiled \
		--pallet "$pallet" --extrinsic '*' --steps "$STEPS" --repeat "$REPEAT" \
		--output "$here/pallets/$dir/src/weights.rs" \
		--header "$here/scripts/weights-header.txt" \
		--template "$here/scripts/weights-template.hbs"
done
