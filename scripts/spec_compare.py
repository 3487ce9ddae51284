#!/usr/bin/env python3
"""Compare a committed chain spec with one the node generates now.

Everything must be equal except the bytes of the runtime wasm: cargo hashes a path
dependency's location into its symbols, so a checkout at another path compiles a runtime
with the same behaviour but a different byte layout. For the runtime, the check compares
what the runtime declares about itself: the `runtime_version` and `runtime_apis` custom
sections of the wasm (spec name and version, transaction version, API versions).

usage: spec_compare.py COMMITTED GENERATED   (exit 0: equal, 1: differ)
"""
import json
import subprocess
import sys

CODE_KEY = "0x3a636f6465"  # twox-free well-known key ":code"
ZSTD_PREFIX = bytes.fromhex("52bc537646db8e05")  # sp-maybe-compressed-blob magic


def split_code(spec):
    genesis = spec["genesis"]
    if "raw" in genesis:
        code = genesis["raw"]["top"].pop(CODE_KEY)
    else:
        code = genesis["runtimeGenesis"].pop("code")
    return spec, bytes.fromhex(code[2:])


def wasm_of(blob):
    if blob.startswith(ZSTD_PREFIX):
        out = subprocess.run(["zstd", "-d", "-c", "-q"], input=blob[len(ZSTD_PREFIX):],
                             capture_output=True, check=True)
        return out.stdout
    return blob


def leb128(data, pos):
    result, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def custom_sections(wasm):
    assert wasm[:4] == b"\0asm", "not a wasm module"
    pos, sections = 8, {}
    while pos < len(wasm):
        sid = wasm[pos]
        size, pos = leb128(wasm, pos + 1)
        end = pos + size
        if sid == 0:
            name_len, p = leb128(wasm, pos)
            name = wasm[p:p + name_len].decode()
            sections[name] = wasm[p + name_len:end]
        pos = end
    return sections


def api_set(section):
    return sorted(section[i:i + 12] for i in range(0, len(section), 12))


def main():
    committed, code_a = split_code(json.load(open(sys.argv[1])))
    generated, code_b = split_code(json.load(open(sys.argv[2])))
    problems = []
    if committed != generated:
        problems.append("genesis state, name, id, properties or boot nodes differ")
    sa, sb = custom_sections(wasm_of(code_a)), custom_sections(wasm_of(code_b))
    if "runtime_version" not in sa or sa.get("runtime_version") != sb.get("runtime_version"):
        problems.append("the runtime's version (spec name/version, transaction version) differs")
    # (api id, version) records; the linker concatenates them in no particular order.
    if api_set(sa.get("runtime_apis", b"")) != api_set(sb.get("runtime_apis", b"")):
        problems.append("the runtime's API set or an API version differs")
    for p in problems:
        print(f"  {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
