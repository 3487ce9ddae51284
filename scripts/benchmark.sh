#!/usr/bin/env bash
# Runs the FRAME pallet benchmarks with the node's `benchmark pallet` subcommand (the node must
# be built with `--features runtime-benchmarks`; `make bench` does both) and writes each
# medchain pallet's generated weights to pallets/<dir>/src/weights.rs.
#
#   scripts/benchmark.sh            every medchain pallet that has benchmarks
#   scripts/benchmark.sh --list     list every benchmark the runtime contains
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
node=${MEDCHAIN_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/medchain/target}/release/medchain-node}

# Benchmark steps and repetitions: 50 × 20, the values Parity uses for production weights.
STEPS=${STEPS:-50}
REPEAT=${REPEAT:-20}

if [ "${1:-}" = "--list" ]; then
	exec "$node" benchmark pallet --chain dev --list
fi

# "<pallet name as in define_benchmarks!> <crate directory>" for each medchain pallet whose
# benchmarks exist; the identity/consent, anchoring and bridge issues add theirs here.
pallets=(
	"pallet_patient_identity patient-identity"
	"pallet_consent consent"
)

if [ ${#pallets[@]} -eq 0 ]; then
	echo "benchmark: no medchain pallet has benchmarks yet; listing what the runtime contains"
	exec "$node" benchmark pallet --chain dev --list
fi

for entry in "${pallets[@]}"; do
	read -r pallet dir <<<"$entry"
	echo "benchmark: $pallet -> pallets/$dir/src/weights.rs"
	"$node" benchmark pallet --chain dev --wasm-execution compiled \
		--pallet "$pallet" --extrinsic '*' --steps "$STEPS" --repeat "$REPEAT" \
		--output "$here/pallets/$dir/src/weights.rs" \
		--header "$here/scripts/weights-header.txt" \
		--template "$here/scripts/weights-template.hbs"
done
