//! The TypeScript package `clients/js` (`@medchain/api`) and its polkadot.js test suite against
//! a real `--dev` node: `npm test` in the package (the generated types' drift check, the build,
//! the unit tests and the chain tests) with `MEDCHAIN_WS` pointing at the node. The suite's
//! report is printed; the test passes when the suite does.
//!
//! Needs Node.js 20 or later and the package's dependencies (`scripts/setup.sh` installs them
//! with `npm ci`); without either the test fails saying so.

use std::{
	fs,
	os::unix::process::CommandExt,
	path::PathBuf,
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use medchain_e2e::{Node, NodeConfig};

/// Longest `npm test` may run: the suite takes about two minutes on a dev chain with 6-second
/// blocks (its chain tests run concurrently); the rest is room for a loaded machine.
const SUITE_TIMEOUT: Duration = Duration::from_secs(600);

/// How often the suite's process is checked for having ended.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// The package's directory.
fn package_dir() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../clients/js")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_typescript_package_and_its_polkadot_js_suite_pass_against_a_dev_node() {
	let dir = package_dir();
	let npm = Command::new("npm").arg("--version").output();
	assert!(
		npm.as_ref().is_ok_and(|o| o.status.success()),
		"npm is not available ({npm:?}): install Node.js 20 or later, then run scripts/setup.sh"
	);
	assert!(
		dir.join("node_modules/@polkadot/api").is_dir(),
		"{}/node_modules is missing: run scripts/setup.sh (or `npm ci` there)",
		dir.display()
	);

	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();

	// The report goes to a file, not a pipe: it is longer than a pipe buffer, and is read once
	// the suite has ended.
	let report_dir = tempfile::tempdir().expect("a temporary directory");
	let report_path = report_dir.path().join("npm-test.log");
	let report = fs::File::create(&report_path).expect("the report file");
	let mut child = Command::new("npm")
		.arg("test")
		.current_dir(&dir)
		.env("MEDCHAIN_WS", node.ws_url())
		.stdin(Stdio::null())
		.stdout(report.try_clone().expect("the report file"))
		.stderr(report)
		// Its own process group, so a suite that overruns is stopped with all its processes.
		.process_group(0)
		.spawn()
		.expect("starting npm test");
	let started = Instant::now();
	let status = loop {
		if let Some(status) = child.try_wait().expect("waiting for npm test") {
			break Some(status);
		}
		if started.elapsed() > SUITE_TIMEOUT {
			// SAFETY: `kill` on the group of the child we started; no memory is involved.
			unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
			let _ = child.wait();
			break None;
		}
		tokio::time::sleep(POLL_INTERVAL).await;
	};
	let output = fs::read_to_string(&report_path).unwrap_or_default();
	println!("npm test in {} against {}:\n{output}", dir.display(), node.ws_url());
	let status = status.unwrap_or_else(|| panic!("npm test ran longer than {SUITE_TIMEOUT:?}"));
	assert!(
		status.success(),
		"npm test failed ({status}); the node's log ends:\n{}",
		node.log_tail()
	);
	assert!(output.contains("ℹ fail 0"), "the suite reports failures:\n{output}");
}
