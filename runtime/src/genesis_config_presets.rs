//! Genesis presets: the initial state each kind of medchain network starts from.
//!
//! Every preset names its validators (with their session keys), its council (one seat per
//! founding member organization) and whether it has a sudo key:
//! - `development`: one validator and council seat (Alice), sudo Alice, for `medchain-node --dev`.
//! - `local_testnet`: four validators and seats (Alice, Bob, Charlie, Dave), sudo Alice.
//! - `consortium_local`: the same four, governed by the council alone (no sudo): a consortium
//!   network on one machine, for rehearsing governance.
//! - `consortium_a` to `consortium_d`: separate consortium chains that are later bridged, no
//!   sudo. Their GRANDPA authorities must differ: a GRANDPA vote signs round
//!   and set id but not the genesis hash, so a chain sharing keys with its peer would accept its
//!   own headers as the peer's. Chain A is validated and governed by Alice, chain B by Bob,
//!   chain C by Charlie, chain D by Dave. Four chains let one chain have three peers (a star)
//!   on one machine.
//!
//! All presets use the well-known development keys; a real consortium replaces them in its
//! chain spec before launch, as README describes.

use crate::{
	AccountId, BalancesConfig, ConsortiumConfig, CouncilMembershipConfig, NodeAuthorizationConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_core::OpaquePeerId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Preset of a four-member consortium without sudo, on one machine.
pub const CONSORTIUM_LOCAL_PRESET: &str = "consortium_local";
/// Preset of the first consortium chain.
pub const CONSORTIUM_A_PRESET: &str = "consortium_a";
/// Preset of the second consortium chain.
pub const CONSORTIUM_B_PRESET: &str = "consortium_b";
/// Preset of the third consortium chain.
pub const CONSORTIUM_C_PRESET: &str = "consortium_c";
/// Preset of the fourth consortium chain.
pub const CONSORTIUM_D_PRESET: &str = "consortium_d";

/// Balance given to each endowed development account: enough for any test or demo.
const ENDOWMENT: u128 = 1u128 << 60;

/// A validator: its account and session keys, derived from one development identity.
fn validator((who, grandpa): (Sr25519Keyring, Ed25519Keyring)) -> (AccountId, SessionKeys) {
	(
		who.to_account_id(),
		SessionKeys { aura: who.public().into(), grandpa: grandpa.public().into() },
	)
}

/// Public keys of the development node keys `--node-key 00…01` to `00…06` (ed25519 secret
/// seeds), the p2p identities docker-compose and the end-to-end tests give Alice … Ferdie's
/// nodes. The runtime cannot derive them (no key generation without `std`), so they are
/// written out; `dev_peer_ids_match_the_node_keys` checks them.
pub const DEV_NODE_PUBLIC_KEYS: [[u8; 32]; 6] = [
	// Alice
	[
		0x4c, 0xb5, 0xab, 0xf6, 0xad, 0x79, 0xfb, 0xf5, 0xab, 0xbc, 0xca, 0xfc, 0xc2, 0x69, 0xd8,
		0x5c, 0xd2, 0x65, 0x1e, 0xd4, 0xb8, 0x85, 0xb5, 0x86, 0x9f, 0x24, 0x1a, 0xed, 0xf0, 0xa5,
		0xba, 0x29,
	],
	// Bob
	[
		0x74, 0x22, 0xb9, 0x88, 0x75, 0x98, 0x06, 0x8e, 0x32, 0xc4, 0x44, 0x8a, 0x94, 0x9a, 0xdb,
		0x29, 0x0d, 0x0f, 0x4e, 0x35, 0xb9, 0xe0, 0x1b, 0x0e, 0xe5, 0xf1, 0xa1, 0xe6, 0x00, 0xfe,
		0x26, 0x74,
	],
	// Charlie
	[
		0xf3, 0x81, 0x62, 0x6e, 0x41, 0xe7, 0x02, 0x7e, 0xa4, 0x31, 0xbf, 0xe3, 0x00, 0x9e, 0x94,
		0xbd, 0xd2, 0x5a, 0x74, 0x6b, 0xee, 0xc4, 0x68, 0x94, 0x8d, 0x6c, 0x3c, 0x7c, 0x5d, 0xc9,
		0xa5, 0x4b,
	],
	// Dave
	[
		0xfd, 0x50, 0xb8, 0xe3, 0xb1, 0x44, 0xea, 0x24, 0x4f, 0xbf, 0x77, 0x37, 0xf5, 0x50, 0xbc,
		0x8d, 0xd0, 0xc2, 0x65, 0x0b, 0xbc, 0x1a, 0xad, 0xa8, 0x33, 0xca, 0x17, 0xff, 0x8d, 0xbf,
		0x32, 0x9b,
	],
	// Eve
	[
		0xfd, 0xe4, 0xfb, 0xa0, 0x30, 0xad, 0x00, 0x2f, 0x7c, 0x2f, 0x7d, 0x4c, 0x33, 0x1f, 0x49,
		0xd1, 0x3f, 0xb0, 0xec, 0x74, 0x7e, 0xce, 0xeb, 0xec, 0x63, 0x4f, 0x1f, 0xf4, 0xcb, 0xca,
		0x9d, 0xef,
	],
	// Ferdie
	[
		0xb4, 0xc9, 0x2a, 0xfb, 0x3b, 0xa5, 0x7f, 0x3a, 0xb9, 0x59, 0xff, 0xe6, 0xd3, 0x19, 0xc9,
		0x84, 0x84, 0xa2, 0x15, 0x5a, 0x0f, 0x4c, 0x65, 0xb2, 0xc3, 0x70, 0x11, 0xff, 0xd1, 0x97,
		0xb0, 0x75,
	],
];

/// The peer id of development node key number `index` (`--node-key 00…0<index + 1>`) as bytes:
/// the identity multihash of the protobuf-encoded ed25519 public key.
pub fn dev_peer_id(index: u8) -> OpaquePeerId {
	let public = DEV_NODE_PUBLIC_KEYS.get(index as usize).copied().unwrap_or_default();
	// multihash identity (0x00) of 36 bytes: protobuf { key_type: Ed25519 (0x08 0x01),
	// data: 32 bytes (0x12 0x20) }.
	let mut id = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	id.extend_from_slice(&public);
	OpaquePeerId(id)
}

/// The genesis state: validators with their session keys, the council, the member nodes
/// (validator `i` runs development node key `i`), endowed accounts and the sudo key, if any.
fn genesis(
	validators: Vec<(Sr25519Keyring, Ed25519Keyring)>,
	council: Vec<Sr25519Keyring>,
	sudo: Option<Sr25519Keyring>,
) -> Value {
	let nodes: Vec<(OpaquePeerId, AccountId)> = validators
		.iter()
		.map(|(who, _)| (dev_peer_id(dev_node_index(*who)), who.to_account_id()))
		.collect();
	let validators: Vec<(AccountId, SessionKeys)> = validators.into_iter().map(validator).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: dev_accounts().into_iter().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Aura and GRANDPA take their authorities from the session's genesis.
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(who, keys)| (who.clone(), who.clone(), keys.clone()))
				.collect::<Vec<_>>(),
		},
		consortium: ConsortiumConfig {
			validators: validators.iter().map(|(who, _)| who.clone()).collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: council
				.into_iter()
				.map(|k| k.to_account_id())
				.collect::<Vec<_>>()
				.try_into()
				.expect("preset councils are within COUNCIL_MAX_MEMBERS; qed"),
		},
		sudo: SudoConfig { key: sudo.map(|k| k.to_account_id()) },
		node_authorization: NodeAuthorizationConfig { nodes },
		// The lane to the peer chain exists from genesis; it carries nothing until governance
		// initialises the light client and names the peer.
		bridge_messages: pallet_bridge_messages::GenesisConfig {
			opened_lanes: vec![crate::configs::bridge::HEALTH_LANE],
		},
	})
}

/// Which development node key a development validator runs: Alice 0, Bob 1, … (the keys
/// docker-compose and the end-to-end tests give them).
fn dev_node_index(who: Sr25519Keyring) -> u8 {
	Sr25519Keyring::iter().position(|k| k == who).unwrap_or_default() as u8
}

/// All well-known development accounts, endowed on every preset.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// The four validators of the local networks: Alice, Bob, Charlie, Dave.
fn four_validators() -> Vec<(Sr25519Keyring, Ed25519Keyring)> {
	vec![
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	]
}

/// Their council seats.
fn four_seats() -> Vec<Sr25519Keyring> {
	four_validators().into_iter().map(|(who, _)| who).collect()
}

/// Single-validator development chain (Alice).
pub fn development_config_genesis() -> Value {
	use Sr25519Keyring::Alice;
	genesis(vec![(Alice, Ed25519Keyring::Alice)], vec![Alice], Some(Alice))
}

/// Four-validator local test network (Alice, Bob, Charlie, Dave), sudo Alice.
pub fn local_testnet_genesis() -> Value {
	genesis(four_validators(), four_seats(), Some(Sr25519Keyring::Alice))
}

/// Four-validator consortium network governed by its council alone.
pub fn consortium_local_genesis() -> Value {
	genesis(four_validators(), four_seats(), None)
}

/// Consortium chain A: validated and governed by Alice.
pub fn consortium_a_genesis() -> Value {
	use Sr25519Keyring::Alice;
	genesis(vec![(Alice, Ed25519Keyring::Alice)], vec![Alice], None)
}

/// Consortium chain B: validated and governed by Bob; no key in common with chain A's
/// authority set.
pub fn consortium_b_genesis() -> Value {
	use Sr25519Keyring::Bob;
	genesis(vec![(Bob, Ed25519Keyring::Bob)], vec![Bob], None)
}

/// Consortium chain C: validated and governed by Charlie; no key in common with A's or B's.
pub fn consortium_c_genesis() -> Value {
	use Sr25519Keyring::Charlie;
	genesis(vec![(Charlie, Ed25519Keyring::Charlie)], vec![Charlie], None)
}

/// Consortium chain D: validated and governed by Dave; no key in common with A's, B's or C's.
pub fn consortium_d_genesis() -> Value {
	use Sr25519Keyring::Dave;
	genesis(vec![(Dave, Ed25519Keyring::Dave)], vec![Dave], None)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		CONSORTIUM_LOCAL_PRESET => consortium_local_genesis(),
		CONSORTIUM_A_PRESET => consortium_a_genesis(),
		CONSORTIUM_B_PRESET => consortium_b_genesis(),
		CONSORTIUM_C_PRESET => consortium_c_genesis(),
		CONSORTIUM_D_PRESET => consortium_d_genesis(),
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
		PresetId::from(CONSORTIUM_LOCAL_PRESET),
		PresetId::from(CONSORTIUM_A_PRESET),
		PresetId::from(CONSORTIUM_B_PRESET),
		PresetId::from(CONSORTIUM_C_PRESET),
		PresetId::from(CONSORTIUM_D_PRESET),
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
				type R = crate::Runtime;
				let validators = pallet_consortium::Validators::<R>::get();
				assert!(!validators.is_empty());
				// Aura and GRANDPA run the consortium's list, through the session.
				assert_eq!(pallet_session::Validators::<R>::get(), validators.to_vec());
				assert_eq!(pallet_aura::Authorities::<R>::get().len(), validators.len());
				assert_eq!(
					pallet_grandpa::Pallet::<R>::grandpa_authorities().len(),
					validators.len()
				);
				assert!(!pallet_collective::Members::<R, pallet_collective::Instance1>::get()
					.is_empty());
				// Only development chains have a sudo key.
				let dev = [
					sp_genesis_builder::DEV_RUNTIME_PRESET,
					sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
				]
				.contains(&name.as_str());
				assert_eq!(pallet_sudo::Key::<R>::get().is_some(), dev, "sudo of {name:?}");
			});
		}
	}

	#[test]
	fn consortium_chains_share_no_grandpa_authority() {
		let set = |v: &Value| -> Vec<Value> {
			let keys = v["session"]["keys"].as_array().cloned().unwrap_or_default();
			keys.iter().map(|k| k[2]["grandpa"].clone()).collect()
		};
		let chains = [
			consortium_a_genesis(),
			consortium_b_genesis(),
			consortium_c_genesis(),
			consortium_d_genesis(),
		];
		let sets: Vec<Vec<Value>> = chains.iter().map(set).collect();
		for (i, a) in sets.iter().enumerate() {
			assert!(!a.is_empty());
			for b in &sets[i + 1..] {
				for auth in a {
					assert!(!b.contains(auth), "authority {auth} is in two consortium presets");
				}
			}
		}
	}

	#[test]
	fn dev_peer_ids_match_the_node_keys() {
		use sp_core::Pair;
		for index in 0..DEV_NODE_PUBLIC_KEYS.len() as u8 {
			let mut seed = [0u8; 32];
			seed[31] = index + 1;
			let public = sp_core::ed25519::Pair::from_seed(&seed).public();
			assert_eq!(&dev_peer_id(index).0[6..], public.as_ref() as &[u8]);
		}
		// The peer id README and docker-compose give Alice's node.
		let alice = dev_peer_id(0).0;
		assert_eq!(alice.len(), 38);
		assert_eq!(&alice[..6], &[0x00, 0x24, 0x08, 0x01, 0x12, 0x20]);
	}

	#[test]
	fn unknown_preset_is_none() {
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}
}
