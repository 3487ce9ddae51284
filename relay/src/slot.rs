//! Peer slots: which pallets bridge a pair of chains.
//!
//! A medchain runtime bridges up to [`MAX_PEERS`] peer chains, one per slot. Slot 0 is the
//! light client `BridgeGrandpa` (pallet index 40) and the message lanes `BridgeMessages` (41);
//! slot k (1..=4) is `BridgeGrandpa{k}` (40 + 2k) and `BridgeMessages{k}` (41 + 2k). Every slot's
//! pallets have the same calls, call indices, storage and lane ([`crate::LANE`]); only their
//! names (the storage prefixes) and pallet indices differ. A pair of chains uses the same slot
//! on both: a chain proves its lane to the other under its own slot's messages pallet name,
//! which the other reads in its slot of the same number.
//!
//! So everything slot-specific the relayer does is a function of a [`Slot`]: the storage keys
//! it reads (by pallet name) and the calls it encodes (by pallet index).

use std::fmt;

use crate::{
	calls::{BRIDGE_GRANDPA_PALLET, BRIDGE_MESSAGES_PALLET},
	Error, Result,
};

/// Peer slots of the medchain runtime (its `MedchainBridge::MaxPeers`).
pub const MAX_PEERS: u8 = 5;

/// The light-client pallet of each slot, by slot, as named in `construct_runtime`.
pub const GRANDPA_PALLET_NAMES: [&str; MAX_PEERS as usize] =
	["BridgeGrandpa", "BridgeGrandpa1", "BridgeGrandpa2", "BridgeGrandpa3", "BridgeGrandpa4"];

/// The message-lane pallet of each slot, by slot, as named in `construct_runtime`.
pub const MESSAGES_PALLET_NAMES: [&str; MAX_PEERS as usize] =
	["BridgeMessages", "BridgeMessages1", "BridgeMessages2", "BridgeMessages3", "BridgeMessages4"];

/// A peer slot, `0..MAX_PEERS`: the pallets that bridge one pair of chains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot(u8);

impl Slot {
	/// Slot 0: `BridgeGrandpa` and `BridgeMessages`, the bridge of a two-chain consortium.
	pub const ZERO: Slot = Slot(0);

	/// Slot `index`; an error unless `index < MAX_PEERS`.
	pub fn new(index: u8) -> Result<Self> {
		if index < MAX_PEERS {
			Ok(Slot(index))
		} else {
			Err(Error::Other(format!(
				"slot {index} does not exist: the runtime has slots 0 to {}",
				MAX_PEERS - 1
			)))
		}
	}

	/// Every slot, in order.
	pub fn all() -> impl Iterator<Item = Slot> {
		(0..MAX_PEERS).map(Slot)
	}

	/// The slot's number.
	pub fn index(self) -> u8 {
		self.0
	}

	/// Name of the slot's GRANDPA light-client pallet (the prefix of its storage keys).
	pub fn grandpa_pallet_name(self) -> &'static str {
		GRANDPA_PALLET_NAMES[usize::from(self.0)]
	}

	/// Name of the slot's message-lane pallet (the prefix of its storage keys).
	pub fn messages_pallet_name(self) -> &'static str {
		MESSAGES_PALLET_NAMES[usize::from(self.0)]
	}

	/// Index of the slot's light-client pallet in `construct_runtime` (the first byte of its
	/// calls): 40 + 2k.
	pub fn grandpa_pallet_index(self) -> u8 {
		BRIDGE_GRANDPA_PALLET + 2 * self.0
	}

	/// Index of the slot's message-lane pallet in `construct_runtime`: 41 + 2k.
	pub fn messages_pallet_index(self) -> u8 {
		BRIDGE_MESSAGES_PALLET + 2 * self.0
	}
}

impl TryFrom<u8> for Slot {
	type Error = Error;

	fn try_from(index: u8) -> Result<Self> {
		Slot::new(index)
	}
}

impl From<Slot> for u8 {
	fn from(slot: Slot) -> u8 {
		slot.0
	}
}

/// The slot's number.
impl fmt::Display for Slot {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}", self.0)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::calls::tests::runtime_metadata;
	use codec::DecodeAll;

	#[test]
	fn slots_exist_up_to_max_peers() {
		assert_eq!(Slot::all().count(), usize::from(MAX_PEERS));
		assert_eq!(Slot::all().map(Slot::index).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
		assert_eq!(Slot::new(4).map(u8::from), Ok(4));
		assert_eq!(Slot::try_from(0), Ok(Slot::ZERO));
		let error = Slot::new(MAX_PEERS).unwrap_err().to_string();
		assert_eq!(error, "slot 5 does not exist: the runtime has slots 0 to 4");
		assert_eq!(Slot::new(2).expect("a slot").to_string(), "2");
	}

	#[test]
	fn slot_k_is_pallets_40_plus_2k_and_41_plus_2k() {
		let slot = |k| Slot::new(k).expect("a slot");
		assert_eq!(Slot::ZERO.grandpa_pallet_name(), crate::BRIDGE_GRANDPA_PALLET_NAME);
		assert_eq!(Slot::ZERO.messages_pallet_name(), crate::BRIDGE_MESSAGES_PALLET_NAME);
		assert_eq!(
			(Slot::ZERO.grandpa_pallet_index(), Slot::ZERO.messages_pallet_index()),
			(40, 41)
		);
		assert_eq!(slot(3).grandpa_pallet_name(), "BridgeGrandpa3");
		assert_eq!(slot(3).messages_pallet_name(), "BridgeMessages3");
		assert_eq!((slot(4).grandpa_pallet_index(), slot(4).messages_pallet_index()), (48, 49));
	}

	#[test]
	fn every_slot_is_in_the_runtime_under_its_names_and_indices() {
		let metadata = runtime_metadata();
		for slot in Slot::all() {
			for (name, index) in [
				(slot.grandpa_pallet_name(), slot.grandpa_pallet_index()),
				(slot.messages_pallet_name(), slot.messages_pallet_index()),
			] {
				let pallet = metadata
					.pallet_by_name(name)
					.unwrap_or_else(|| panic!("the runtime has no pallet {name}"));
				assert_eq!(pallet.call_index(), index, "index of {name} (slot {slot})");
				// The pallet name is the storage prefix the relayer's keys are built from.
				let storage = pallet.storage().unwrap_or_else(|| panic!("{name} has no storage"));
				assert_eq!(storage.prefix(), name);
			}
		}
		// No slot beyond them: the next indices are not bridge pallets of a sixth slot.
		assert!(metadata.pallet_by_name("BridgeGrandpa5").is_none());
		assert!(metadata.pallet_by_name("BridgeMessages5").is_none());
	}

	#[test]
	fn the_runtime_has_as_many_slots_as_the_relayer() {
		let metadata = runtime_metadata();
		let raw = metadata
			.pallet_by_name(crate::MEDCHAIN_BRIDGE_PALLET_NAME)
			.and_then(|p| p.constant_by_name("MaxPeers"))
			.map(|c| c.value().to_vec())
			.expect("the runtime has MedchainBridge::MaxPeers");
		assert_eq!(u32::decode_all(&mut &raw[..]), Ok(u32::from(MAX_PEERS)));
	}
}
