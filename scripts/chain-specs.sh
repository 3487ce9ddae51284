#!/usr/bin/env bash
# Generates the plain and raw chain specs of the named chains into chain-specs/ (`write`),
# or checks that the committed ones equal what the node generates now (`check`): the same
# genesis state, names, ids and properties, and a runtime with the same version and APIs
# (scripts/spec_compare.py says why the wasm bytes themselves are not compared).
set -euo pipefail
mode=${1:-check}
here=$(cd "$(dirname "$0")/.." && pwd)
node=${MEDCHAIN_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/medchain/target}/release/medchain-node}
chains=(local consortium-local consortium-a consortium-b consortium-c consortium-d)
out="$here/chain-specs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for chain in "${chains[@]}"; do
	"$node" build-spec --chain "$chain" --disable-default-bootnode 2>/dev/null >"$tmp/$chain.json"
	"$node" build-spec --chain "$chain" --disable-default-bootnode --raw 2>/dev/null >"$tmp/$chain-raw.json"
done

case "$mode" in
write)
	mkdir -p "$out"
	cp "$tmp"/*.json "$out/"
	echo "chain-specs: wrote ${chains[*]} (plain + raw) to chain-specs/"
	;;
check)
	status=0
	for f in "$tmp"/*.json; do
		name=$(basename "$f")
		if [ ! -f "$out/$name" ] || ! python3 "$here/scripts/spec_compare.py" "$out/$name" "$f"; then
			echo "chain-specs: chain-specs/$name differs from what the node generates; run 'make chain-specs'" >&2
			status=1
		fi
	done
	if [ $status -eq 0 ]; then
		echo "chain-specs: ${#chains[@]} chains × (plain + raw) match what the node generates"
		echo "chain-specs: 1 passed, 0 failed"
	else
		echo "chain-specs: 0 passed, 1 failed"
	fi
	exit $status
	;;
*)
	echo "usage: $0 write|check" >&2
	exit 2
	;;
esac
