//! `gateway-bench --smoke` (the benchmark `make perf` runs, `e2e/src/bin/gateway-bench.rs`),
//! briefly: it starts a node with the sample consortium and a gateway, measures every part and
//! fails unless every read it made through the gateway reached the audit chain. Here: it exits
//! successfully and prints all its tables, both latency rows included.

use std::process::Command;

/// What the run must print: each table's heading, both latency rows and the audit check.
const EXPECTED: [&str; 7] = [
	"Added latency of the gateway",
	"| direct: a copy of the same store",
	"| through the gateway:",
	"The chain's capacity for audit entries",
	"Sustained audited reads",
	"Gateway memory over a soak",
	"every release is on the audit chain",
];

#[test]
fn the_gateway_benchmark_runs_and_every_read_it_makes_is_audited_on_chain() {
	let output = Command::new(env!("CARGO_BIN_EXE_gateway-bench"))
		.arg("--smoke")
		.output()
		.expect("gateway-bench starts");
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(
		output.status.success(),
		"gateway-bench --smoke failed ({}):\n{stdout}\n{}",
		output.status,
		String::from_utf8_lossy(&output.stderr)
	);
	for expected in EXPECTED {
		assert!(stdout.contains(expected), "no {expected:?} in:\n{stdout}");
	}
	// A smoke run judges no target.
	assert!(!stdout.contains("MISSED"), "{stdout}");

	// Arguments it does not know are refused before anything starts.
	let refused = Command::new(env!("CARGO_BIN_EXE_gateway-bench"))
		.arg("--fast")
		.output()
		.expect("gateway-bench starts");
	assert_eq!(refused.status.code(), Some(2));
	assert!(String::from_utf8_lossy(&refused.stderr).contains("unknown argument"));
}
