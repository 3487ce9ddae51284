//! The runtime's metadata, committed as `metadata/medchain.scale`: the input of the `medchain`
//! CLI's static types (subxt) and of the TypeScript package's generated types
//! (`clients/js`, `@polkadot/typegen`). This test fails when the runtime's metadata changed and
//! the file was not regenerated, so neither client is built against a stale picture of the chain.
//!
//! Regenerate with `make metadata` (this test with `MEDCHAIN_WRITE_METADATA=1`), then the JS
//! types with `npm --prefix clients/js run typegen`.

use std::path::PathBuf;

use medchain_runtime::Runtime;

/// Metadata V15: the newest version both subxt 0.51 and `@polkadot/api` 16.5 decode, and the
/// first with the runtime APIs (`api.call.*`, subxt's runtime API types) in it.
const METADATA_VERSION: u32 = 15;

fn committed_path() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../metadata/medchain.scale")
}

#[test]
fn committed_metadata_is_the_runtimes() {
	let current = Runtime::metadata_at_version(METADATA_VERSION)
		.expect("the runtime serves metadata V15")
		.to_vec();
	// `RuntimeMetadataPrefixed`: the magic `meta`, then the version byte.
	assert_eq!(&current[..5], b"meta\x0f", "V15 metadata starts with its prefix");
	let path = committed_path();
	if std::env::var_os("MEDCHAIN_WRITE_METADATA").is_some() {
		std::fs::write(&path, &current).expect("writing metadata/medchain.scale");
		return;
	}
	let committed = std::fs::read(&path).unwrap_or_default();
	assert!(
		committed == current,
		"metadata/medchain.scale is not this runtime's metadata ({} bytes committed, {} now): \
		 run `make metadata` and `npm --prefix clients/js run typegen`, and commit both",
		committed.len(),
		current.len()
	);
}
