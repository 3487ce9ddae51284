//! The message codec, the lane interface and what became of an inbound message.
//!
//! A message is a versioned XCM (V5):
//! `UniversalOrigin(GlobalConsensus(ByGenesis(sender chain)))`, then — for operations an account
//! asks for — `DescendOrigin(AccountId32(signer))`, then one `Transact` whose call bytes are a
//! SCALE-encoded [`HealthOp`]. [`decode_message`] accepts exactly the shape [`encode_message`]
//! produces and nothing else.

use crate::{ChainId, FailReason, HealthOp, MessageNonce};

/// The outbound side of the message lane to the peer chain.
pub trait MessageSender {
	/// Messages accepted and not yet confirmed delivered.
	fn queued() -> u64;
	/// Queue a message for delivery; its nonce on the lane.
	fn send(payload: alloc::vec::Vec<u8>) -> Result<MessageNonce, sp_runtime::DispatchError>;
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

/// Wrap `op` in a V5 XCM from `this` chain (and `sender`, for account operations).
pub fn encode_message<AccountId: Clone + Into<[u8; 32]> + codec::Encode>(
	this: ChainId,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> alloc::vec::Vec<u8> {
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
	xcm::VersionedXcm::<()>::from(Xcm(instructions)).encode()
}

/// Unwrap a message: the sending chain, the sending account (if any) and the operation.
/// `None` unless it is exactly the shape [`encode_message`] produces.
pub fn decode_message<AccountId: From<[u8; 32]> + codec::Decode>(
	bytes: &[u8],
) -> Option<(ChainId, Option<AccountId>, HealthOp<AccountId>)> {
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
	Some((ChainId::from(chain), sender, op))
}
