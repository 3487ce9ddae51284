//! The message codec, the peer slots' interface and what became of an inbound message.
//!
//! A message is the pair bridge hubs carry, `(destination, xcm)`: the destination chain as a
//! versioned interior location `[GlobalConsensus(ByGenesis(destination))]`, then a versioned
//! XCM (V5): `UniversalOrigin(GlobalConsensus(ByGenesis(sender chain)))`, then — for operations
//! an account asks for — `DescendOrigin(AccountId32(signer))`, then one `Transact` whose call
//! bytes are a SCALE-encoded [`HealthOp`]. [`decode_message`] accepts exactly the shape
//! [`encode_message`] produces and nothing else — and, from chains not yet upgraded (spec 114
//! and before), the bare XCM without a destination.

use crate::{ChainId, FailReason, HealthOp, MessageNonce, Slot};

/// The runtime's peer slots: slot `k` is a light client of one peer chain and a message lane
/// to it (instances of `pallet-bridge-grandpa` and `pallet-bridge-messages`).
pub trait PeerLanes {
	/// How many slots the runtime has: the most peers without a runtime upgrade.
	const SLOTS: Slot;
	/// What starts a slot's light client (the peer's finalized header and authorities).
	type Init: codec::Codec
		+ codec::DecodeWithMemTracking
		+ Clone
		+ PartialEq
		+ core::fmt::Debug
		+ scale_info::TypeInfo;
	/// Messages accepted on the slot's outbound lane and not yet confirmed delivered.
	fn queued(slot: Slot) -> u64;
	/// Queue a message on the slot's lane; its nonce there.
	fn send(
		slot: Slot,
		payload: alloc::vec::Vec<u8>,
	) -> Result<MessageNonce, sp_runtime::DispatchError>;
	/// Start the slot's light client from `init` and open its lanes, both operating.
	fn open(slot: Slot, init: Self::Init) -> sp_runtime::DispatchResult;
	/// Halt the slot: no header, proof or message is accepted on it any more.
	fn halt(slot: Slot);
	/// Clear up to `limit` storage items of the slot's light client and lanes, leaving it
	/// halted and ready to be opened again; `true` once nothing is left.
	fn wipe(slot: Slot, limit: u32) -> bool;
	/// A valid `init` for `slot` whose start costs the most (the most authorities).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_init(slot: Slot) -> Self::Init;
}

/// What became of an inbound message (in the messages pallet's `MessagesReceived` event).
#[derive(
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	scale_info::TypeInfo,
)]
pub enum Outcome {
	/// The operation was applied.
	Applied,
	/// The message was not applied, for this reason: nothing of it remains.
	Rejected(FailReason),
}

/// Wrap `op` in a V5 XCM from `this` chain (and `sender`, for account operations), addressed
/// to `destination`.
pub fn encode_message<AccountId: Clone + Into<[u8; 32]> + codec::Encode>(
	this: ChainId,
	destination: ChainId,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> alloc::vec::Vec<u8> {
	use codec::Encode;
	use xcm::latest::prelude::*;
	let dest: InteriorLocation =
		GlobalConsensus(NetworkId::ByGenesis(destination.to_fixed_bytes())).into();
	(xcm::VersionedInteriorLocation::from(dest), encode_xcm(this, sender, op)).encode()
}

/// The XCM alone, as chains of spec 114 and before sent it (no destination).
fn encode_xcm<AccountId: Clone + Into<[u8; 32]> + codec::Encode>(
	this: ChainId,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> xcm::VersionedXcm<()> {
	use codec::Encode;
	use xcm::latest::prelude::*;
	let mut instructions =
		alloc::vec![UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(this.to_fixed_bytes())))];
	if let Some(s) = sender {
		instructions
			.push(DescendOrigin(AccountId32 { network: None, id: s.clone().into() }.into()));
	}
	instructions.push(Transact {
		origin_kind: OriginKind::SovereignAccount,
		fallback_max_weight: None,
		call: op.encode().into(),
	});
	xcm::VersionedXcm::<()>::from(Xcm(instructions))
}

/// A decoded message.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Decoded<AccountId> {
	/// The chain it names as its destination; `None` for a message of spec 114 or before.
	pub destination: Option<ChainId>,
	/// The chain that sent it.
	pub chain: ChainId,
	/// The account that sent it, for operations an account sends.
	pub sender: Option<AccountId>,
	pub op: HealthOp<AccountId>,
}

/// Unwrap a message. `None` unless it is exactly the shape [`encode_message`] produces, or the
/// bare XCM of spec 114 and before.
pub fn decode_message<AccountId: From<[u8; 32]> + codec::Decode>(
	bytes: &[u8],
) -> Option<Decoded<AccountId>> {
	use codec::DecodeLimit;
	use xcm::latest::prelude::*;
	let mut input = bytes;
	let addressed = xcm::VersionedInteriorLocation::decode_with_depth_limit(
		xcm::MAX_XCM_DECODE_DEPTH,
		&mut input,
	)
	.ok()
	.and_then(|dest| match dest {
		xcm::VersionedInteriorLocation::V5(l) => match l.as_slice() {
			[GlobalConsensus(NetworkId::ByGenesis(g))] => Some(ChainId::from(*g)),
			_ => None,
		},
		_ => None,
	})
	.and_then(|dest| decode_xcm(input).map(|m| Decoded { destination: Some(dest), ..m }));
	addressed.or_else(|| decode_xcm(bytes))
}

/// The XCM part of a message (the whole of one from spec 114 or before).
fn decode_xcm<AccountId: From<[u8; 32]> + codec::Decode>(
	bytes: &[u8],
) -> Option<Decoded<AccountId>> {
	use codec::DecodeAll;
	use xcm::latest::prelude::*;
	let xcm::VersionedXcm::V5(Xcm(instructions)) =
		xcm::VersionedXcm::<()>::decode_all_with_mem_and_depth_limit(&mut &bytes[..]).ok()?
	else {
		return None;
	};
	let (chain, sender, call) = match instructions.as_slice() {
		[UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(g))), Transact { origin_kind: OriginKind::SovereignAccount, call, .. }] => {
			(*g, None, call)
		},
		[UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(g))), DescendOrigin(who), Transact { origin_kind: OriginKind::SovereignAccount, call, .. }] =>
		{
			let [AccountId32 { network: None, id }] = who.as_slice() else { return None };
			(*g, Some(AccountId::from(*id)), call)
		},
		_ => return None,
	};
	let op = HealthOp::<AccountId>::decode_all(&mut call.encoded()).ok()?;
	Some(Decoded { destination: None, chain: ChainId::from(chain), sender, op })
}

/// The bare XCM a chain of spec 114 or before sent (no destination): for tests of the rollout.
pub fn encode_legacy_message<AccountId: Clone + Into<[u8; 32]> + codec::Encode>(
	this: ChainId,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> alloc::vec::Vec<u8> {
	codec::Encode::encode(&encode_xcm(this, sender, op))
}
