//! Chain specifications: which network the node joins and what its genesis holds.
//!
//! Each chain spec names one of the runtime's genesis presets. The consortium chains differ in
//! name, id and p2p protocol id, so two of them can run side by side and be bridged without
//! either mistaking the other for itself. Their properties (SS58 prefix, token symbol and
//! decimals) are the runtime's, which its metadata hash also covers.

use medchain_runtime::{
	genesis_config_presets as presets, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::{ChainType, Properties};

/// The node's chain spec type: a generic chain spec whose genesis the runtime builds.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

fn spec(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
	protocol_id: &str,
) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| "the runtime wasm was not built".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id(protocol_id)
		.with_properties(properties())
		.with_genesis_config_preset_name(preset)
		.build())
}

/// One-validator development chain (`--dev`).
pub fn development() -> Result<ChainSpec, String> {
	spec(
		"medchain Development",
		"medchain_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
		"med-dev",
	)
}

/// Four-validator local test network.
pub fn local_testnet() -> Result<ChainSpec, String> {
	spec(
		"medchain Local Testnet",
		"medchain_local_testnet",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
		"med-local",
	)
}

/// Four-validator consortium network governed by its council alone (no sudo).
pub fn consortium_local() -> Result<ChainSpec, String> {
	spec(
		"medchain Consortium Local",
		"medchain_consortium_local",
		ChainType::Local,
		presets::CONSORTIUM_LOCAL_PRESET,
		"med-consortium-local",
	)
}

/// Consortium chain A.
pub fn consortium_a() -> Result<ChainSpec, String> {
	spec(
		"medchain Consortium A",
		"medchain_consortium_a",
		ChainType::Live,
		presets::CONSORTIUM_A_PRESET,
		"med-a",
	)
}

/// Consortium chain B.
pub fn consortium_b() -> Result<ChainSpec, String> {
	spec(
		"medchain Consortium B",
		"medchain_consortium_b",
		ChainType::Live,
		presets::CONSORTIUM_B_PRESET,
		"med-b",
	)
}

/// Consortium chain C.
pub fn consortium_c() -> Result<ChainSpec, String> {
	spec(
		"medchain Consortium C",
		"medchain_consortium_c",
		ChainType::Live,
		presets::CONSORTIUM_C_PRESET,
		"med-c",
	)
}

/// Consortium chain D.
pub fn consortium_d() -> Result<ChainSpec, String> {
	spec(
		"medchain Consortium D",
		"medchain_consortium_d",
		ChainType::Live,
		presets::CONSORTIUM_D_PRESET,
		"med-d",
	)
}

/// The chain spec for a `--chain` value: a known chain's name or the path of a JSON spec.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development()?),
		"" | "local" => Box::new(local_testnet()?),
		"consortium-local" | "consortium_local" => Box::new(consortium_local()?),
		"consortium-a" | "consortium_a" => Box::new(consortium_a()?),
		"consortium-b" | "consortium_b" => Box::new(consortium_b()?),
		"consortium-c" | "consortium_c" => Box::new(consortium_c()?),
		"consortium-d" | "consortium_d" => Box::new(consortium_d()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}
