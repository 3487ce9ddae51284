/// The wasm build runs in its own project under the (shared, out-of-tree) target dir, where it
/// cannot find our `Cargo.lock`; point it at this workspace so the runtime builds with the
/// locked versions. Set here rather than in the environment: other crates' wasm builds (e.g.
/// the benchmarking CLI's test runtime) must not be pointed at our workspace.
///
/// The manifest directory is read when the script runs, not compiled in (`env!`): cargo reuses
/// this script's binary across checkouts that share the target dir, so a compiled-in path
/// would name whichever checkout built it first (e.g. a CI clone that no longer exists).
#[cfg(feature = "std")]
fn use_workspace_lock() {
	let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else { return };
	if let Some(workspace) = std::path::Path::new(&manifest_dir).parent() {
		std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
	}
}

/// The symbol and decimals the metadata hash is computed with: the runtime's own constants.
#[cfg(all(feature = "std", feature = "metadata-hash"))]
#[allow(dead_code)]
mod token {
	include!("src/token.rs");
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	use_workspace_lock();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(token::TOKEN_SYMBOL, token::TOKEN_DECIMALS)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	use_workspace_lock();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// No wasm build when the runtime itself is being compiled to wasm.
#[cfg(not(feature = "std"))]
fn main() {}
