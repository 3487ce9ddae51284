//! Genesis presets: the initial state each kind of medchain network starts from.
//!
//! - `development`: one validator (Alice), for `medchain-node --dev`.
//! - `local_testnet`: four validators (Alice, Bob, Charlie, Dave) on one machine or a compose
//!   network.
//! - `consortium_a` / `consortium_b`: two separate consortium chains that are later bridged.
//!   Their GRANDPA authorities must differ: a GRANDPA vote signs round and set id but not the
//!   genesis hash, so a chain sharing keys with its peer would accept its own headers as the
//!   peer's. Chain A is validated by Alice, chain B by Bob.
//!
//! All presets use the well-known development keys; a real consortium replaces them (and the
//! sudo key) in its chain spec before launch, as README describes.

use crate::{AccountId, BalancesConfig, RuntimeGenesisConfig, SudoConfig};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Preset of the first consortium chain.
pub const CONSORTIUM_A_PRESET: &str = "consortium_a";
/// Preset of the second consortium chain.
pub const CONSORTIUM_B_PRESET: &str = "consortium_b";

/// Balance given to each endowed development account: enough for any test or demo.
const ENDOWMENT: u128 = 1u128 << 60;

/// A validator's session keys, derived from one development keyring identity.
fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// The genesis state: validators, endowed accounts and the sudo key.
fn genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		// The lane to the peer chain exists from genesis; it carries nothing until governance
		// initialises the light client and names the peer.
		bridge_messages: pallet_bridge_messages::GenesisConfig {
			opened_lanes: vec![crate::bridge::HEALTH_LANE],
		},
	})
}

/// All well-known development accounts, endowed on every preset.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// Single-validator development chain (Alice).
pub fn development_config_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Four-validator local test network (Alice, Bob, Charlie, Dave).
pub fn local_testnet_genesis() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Consortium chain A: validated by Alice, governed by Alice.
pub fn consortium_a_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Consortium chain B: validated by Bob, governed by Bob; no key in common with chain A's
/// authority set.
pub fn consortium_b_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob)],
		dev_accounts(),
		Sr25519Keyring::Bob.to_account_id(),
	)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		CONSORTIUM_A_PRESET => consortium_a_genesis(),
		CONSORTIUM_B_PRESET => consortium_b_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(CONSORTIUM_A_PRESET),
		PresetId::from(CONSORTIUM_B_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;

	/// RFC 7386 JSON merge patch, as the node applies a preset over the default config.
	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (k, v) in patch {
					if v.is_null() {
						base.remove(&k);
					} else {
						merge(base.entry(k).or_insert(Value::Null), v);
					}
				}
			},
			(base, patch) => *base = patch,
		}
	}

	#[test]
	fn every_preset_builds_a_genesis_state() {
		for name in preset_names() {
			let patch: Value = serde_json::from_slice(&get_preset(&name).expect("listed"))
				.expect("presets are JSON");
			let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
				.expect("the default config serializes");
			merge(&mut config, patch);
			let json = serde_json::to_vec(&config).expect("serializes");
			sp_io::TestExternalities::default().execute_with(|| {
				frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(json)
					.unwrap_or_else(|e| panic!("preset {name:?} does not build: {e}"));
				assert!(!pallet_aura::Authorities::<crate::Runtime>::get().is_empty());
				assert!(pallet_sudo::Key::<crate::Runtime>::get().is_some());
			});
		}
	}

	#[test]
	fn consortium_chains_share_no_grandpa_authority() {
		let a = consortium_a_genesis();
		let b = consortium_b_genesis();
		let set = |v: &Value| v["grandpa"]["authorities"].as_array().cloned().unwrap_or_default();
		let (a, b) = (set(&a), set(&b));
		assert!(!a.is_empty() && !b.is_empty());
		for auth in &a {
			assert!(!b.contains(auth), "authority {auth} is in both consortium presets");
		}
	}

	#[test]
	fn unknown_preset_is_none() {
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}
}
