#!/usr/bin/env python3
"""Runs every test binary of the workspace, several at a time.

`cargo test` runs test binaries one after another. Ours are dominated by end-to-end binaries
that mostly wait for blocks (6 s slots), so running them side by side cuts `make test` from
about 34 minutes to the longest chain of binaries in one job slot, on the same two cores.

Usage: run-tests.py JOBS -- CARGO_TEST_ARGS...
  Builds the test binaries with `cargo test --no-run CARGO_TEST_ARGS --message-format=json`,
  then runs each (in its package's directory, as cargo does) with at most JOBS at once,
  longest first, and prints each binary's whole output when it ends. Doc tests run last through
  cargo. Exits non-zero if any binary failed, after naming them.
"""

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# Binaries that must not run at the same time as each other: both build `clients/js`
# (`npm ci`, `tsc`) in place.
SERIAL_GROUPS = [("cli", "js_client")]

# Longest first (seconds measured on the 2-core CI machine, session 15), so that the long ones
# start at once and the short ones fill the gaps. Unknown binaries count as short.
KNOWN_SECONDS = {
    "governance": 505,
    "bridge_mesh": 525,
    "bridge": 258,
    "consent": 197,
    "gateway": 186,
    "gateway_federation": 150,
    "gateway_writes": 150,
    "gateway_proxy": 210,
    "gateway_audit_events": 180,
    "gateway_bench": 120,
    "upgrade": 181,
    "sponsorship": 175,
    "records": 112,
    "cli": 104,
    "js_client": 92,
    "local_testnet": 88,
    "dev_node": 74,
    "corpus": 27,
    "abuse": 12,
}

print_lock = threading.Lock()


def test_binaries(cargo_args):
    """(name, executable, package directory) of every test binary, built by cargo."""
    cmd = ["cargo", "test", "--no-run", "--message-format=json-render-diagnostics", *cargo_args]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.exit(f"run-tests: {' '.join(cmd)} failed ({proc.returncode})")
    found = []
    for line in proc.stdout.decode().splitlines():
        try:
            msg = json.loads(line)
        except json.JSONDecodeError:
            continue
        if msg.get("reason") != "compiler-artifact" or not msg.get("executable"):
            continue
        if not msg.get("profile", {}).get("test"):
            continue
        target = msg["target"]
        # Integration tests by their file name, unit tests by their crate's name.
        kind = target["kind"][0]
        name = target["name"] if kind == "test" else f"{target['name']} ({kind} unit tests)"
        found.append((name, msg["executable"], os.path.dirname(msg["manifest_path"])))
    return found


def run_group(group, test_args):
    """Runs the binaries of `group` one after another; returns the names that failed."""
    failed = []
    for name, exe, cwd in group:
        start = time.monotonic()
        proc = subprocess.run(
            [exe, *test_args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        took = time.monotonic() - start
        with print_lock:
            print(f"     Running {name} ({os.path.basename(exe)}), {took:.0f} s", flush=True)
            sys.stdout.write(proc.stdout.decode(errors="replace"))
            sys.stdout.flush()
        if proc.returncode != 0:
            failed.append(name)
    return failed


def main():
    args = sys.argv[1:]
    if len(args) < 2 or "--" not in args:
        sys.exit(__doc__)
    split = args.index("--")
    jobs = int(args[0])
    cargo_args = args[split + 1 :]
    test_args = []
    if "--" in cargo_args:
        at = cargo_args.index("--")
        cargo_args, test_args = cargo_args[:at], cargo_args[at + 1 :]

    binaries = test_binaries(cargo_args)
    by_name = {}
    for b in binaries:
        by_name.setdefault(b[0], []).append(b)
    groups = []
    grouped = set()
    for names in SERIAL_GROUPS:
        group = [b for n in names for b in by_name.get(n, [])]
        if group:
            groups.append(group)
            grouped.update(names)
    groups += [[b] for b in binaries if b[0] not in grouped]
    groups.sort(key=lambda g: -sum(KNOWN_SECONDS.get(b[0], 0) for b in g))

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        failed = [n for result in pool.map(lambda g: run_group(g, test_args), groups) for n in result]
    print(f"run-tests: {len(binaries)} test binaries, {jobs} at a time, in {time.monotonic() - start:.0f} s")

    doc = subprocess.run(["cargo", "test", "--doc", *cargo_args, "--", *test_args])
    if doc.returncode != 0:
        failed.append("doc tests")
    if failed:
        sys.exit(f"run-tests: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
