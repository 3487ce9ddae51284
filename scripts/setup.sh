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

# npm packages pinned by a package-lock.json, for tests in `make test`: installed into DIR when
# missing or older than the lockfile. Usage: npm_install DIR WHAT NODE-VERSION
npm_install() {
	if ! command -v npm >/dev/null 2>&1; then
		say "npm not found: install Node.js $3 or later for $2"
	elif [ ! -f "$1/node_modules/.package-lock.json" ] ||
		[ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
		say "installing $2 dependencies (npm ci in $1)"
		(cd "$1" && npm ci --no-audit --no-fund)
	else
		say "$2 dependencies present"
	fi
}

# The TypeScript client (clients/js), built and tested by e2e/tests/js_client.rs.
npm_install "$(dirname "$0")/../clients/js" "the TypeScript client" 20
# The proxy-mode tests' FHIR server (Medplum's FHIR router), run by e2e/tests/gateway_proxy.rs.
npm_install "$(dirname "$0")/../gateway/tests/fhir-server" "the gateway's test FHIR server" 20.19
