#!/usr/bin/env bash
# Installs what building medchain needs on a fresh Debian machine that has only Rust:
# protoc (libp2p's protobufs), clang/libclang (bindgen-based -sys crates), zstd (to read the
# runtime in chain specs), the wasm targets the runtime compiles to, and rust-src.
# Idempotent: it installs only what is missing and says what it does.
set -euo pipefail

say() { printf '[setup] %s\n' "$*"; }

need_apt=()
command -v protoc >/dev/null 2>&1 || need_apt+=(protobuf-compiler)
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || need_apt+=(libclang-dev)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v zstd >/dev/null 2>&1 || need_apt+=(zstd)

if [ ${#need_apt[@]} -gt 0 ]; then
	say "installing Debian packages: ${need_apt[*]}"
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
else
	say "Debian packages present (protoc, clang, libclang, make, curl, zstd)"
fi

installed_targets=$(rustup target list --installed)
for t in wasm32-unknown-unknown wasm32v1-none; do
	if ! grep -qx "$t" <<<"$installed_targets"; then
		say "adding rust target $t"
		rustup target add "$t"
	fi
done
if ! rustup component list --installed | grep -q '^rust-src'; then
	say "adding rust component rust-src"
	rustup component add rust-src
fi
say "toolchain ready: $(rustc --version)"

# The TypeScript client's dependencies (clients/js, pinned by its package-lock.json), for its
# tests in `make test`: installed when missing or older than the lockfile.
js_client="$(dirname "$0")/../clients/js"
if ! command -v npm >/dev/null 2>&1; then
	say "npm not found: install Node.js 20 or later to build and test clients/js"
elif [ ! -f "$js_client/node_modules/.package-lock.json" ] ||
	[ "$js_client/package-lock.json" -nt "$js_client/node_modules/.package-lock.json" ]; then
	say "installing clients/js dependencies (npm ci)"
	(cd "$js_client" && npm ci --no-audit --no-fund)
else
	say "clients/js dependencies present"
fi

# The gateway's proxy-mode test server (gateway/tests/fhir-server: Medplum's FHIR router, pinned
# by its package-lock.json), for e2e/tests/gateway_proxy.rs in `make test`: installed when
# missing or older than the lockfile.
fhir_server="$(dirname "$0")/../gateway/tests/fhir-server"
if ! command -v npm >/dev/null 2>&1; then
	say "npm not found: install Node.js 20.19 or later to run the gateway's proxy-mode tests"
elif [ ! -f "$fhir_server/node_modules/.package-lock.json" ] ||
	[ "$fhir_server/package-lock.json" -nt "$fhir_server/node_modules/.package-lock.json" ]; then
	say "installing gateway/tests/fhir-server dependencies (npm ci)"
	(cd "$fhir_server" && npm ci --no-audit --no-fund)
else
	say "gateway/tests/fhir-server dependencies present"
fi
