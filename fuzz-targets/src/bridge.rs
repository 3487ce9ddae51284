//! Target `bridge_inbound`: inbound bridge messages through the decoder and the bridge
//! pallet's `receive` (what `HealthDispatch` calls for each message the lane delivers), on
//! the populated runtime.
//!
//! The input is a sequence of steps, each led by a kind byte (`kind % 8`):
//! - 0: raw message bytes (a `u16` length, then the bytes);
//! - 1: an XCM envelope around raw `Transact` call bytes — chain selector, flags byte (variants
//!   of the envelope's shape: see [`envelope`]), the sender's 32 bytes if flag `0x20`, then
//!   the call bytes (length-prefixed);
//! - 2: a SCALE-encoded `HealthOp` (length-prefixed), wrapped as `encode_message` does —
//!   chain, destination and sender selectors first; undecodable bytes are sent as raw call
//!   bytes;
//! - 3..=5: a generated health operation from a generated chain to a generated destination
//!   (mostly this chain; sometimes none, as chains of spec 114 and before sent);
//! - 6: a payload the lane could not decode (`Err(())`);
//! - 7: 1–4 blocks (hooks and every invariant), the clock jumping up to an hour.
//!
//! Every message arrives on slot 0, whose peer is `PEER`. Properties: decoding never panics,
//! and what decodes re-encodes to the same message; a message that does not decode, is not
//! from the slot's peer, is addressed to another chain, or names a sender where the operation
//! has none (or none where it needs one) is rejected as such; a rejected message changes
//! nothing in the pallet's storage; the bridge's invariants hold after every message and
//! every pallet's after every block.

use codec::{Decode, Encode};
use frame_support::traits::PalletInfoAccess;
use medchain_runtime::{AccountId, MedchainBridge, Runtime};
use pallet_medchain_bridge::{
	decode_message, encode_legacy_message, encode_message, ChainId, FailReason, HealthOp, Outcome,
	Peers, Slots, ThisChain,
};

use crate::{
	chain::{self, PEER, THIS},
	cursor::Cursor,
	draw,
	trace::{fail, Decoded, Step},
};

/// Most steps read from one input (longer inputs are cut there).
const MAX_STEPS: usize = 64;

pub fn bridge_inbound(data: &[u8]) {
	// The input as a whole is a message too.
	decode(data);
	let mut c = Cursor::new(data);
	chain::run(|| {
		let mut steps = Vec::new();
		let mut nonce = 0u64;
		while !c.is_empty() && steps.len() < MAX_STEPS {
			let kind = c.u8();
			if kind % 8 == 7 {
				let count = 1 + c.below(4);
				let skew_ms = c.below(61) * 60_000;
				steps.push(Step::Blocks { count, skew_ms });
				for i in 0..count {
					if let Err(e) = chain::next_block(if i == 0 { skew_ms } else { 0 }) {
						fail(&e, &steps);
					}
				}
				continue;
			}
			nonce += 1;
			let payload = message(&mut c, kind);
			match deliver(nonce, payload) {
				Ok((decoded, outcome)) => {
					steps.push(Step::Message { nonce, decoded: decoded.map(Box::new), outcome })
				},
				Err(e) => fail(&e, &steps),
			}
		}
		if let Err(e) = chain::next_block(0) {
			fail(&e, &steps);
		}
	});
}

/// A message's payload (as the messages pallet hands it over) for step `kind`.
fn message(c: &mut Cursor, kind: u8) -> Result<Vec<u8>, ()> {
	match kind % 8 {
		0 => Ok(c.chunk().to_vec()),
		1 => {
			let chain = chain_id(c);
			let flags = c.u8();
			let sender = if flags & 0x20 != 0 { Some(c.bytes32()) } else { None };
			Ok(envelope(chain.0, sender, c.chunk().to_vec(), flags))
		},
		2 => {
			let chain = chain_id(c);
			let destination = destination(c);
			let sender = if c.chance(30) { None } else { Some(draw::account(c)) };
			let call = c.chunk();
			Ok(match HealthOp::<AccountId>::decode(&mut &call[..]) {
				Ok(op) => wrap(chain, destination, sender.as_ref(), &op),
				Err(_) => envelope(chain.0, sender.map(Into::into), call.to_vec(), 0),
			})
		},
		6 => Err(()),
		_ => Ok(generated(c)),
	}
}

/// A generated health operation, mostly from the peer and mostly with the sender its kind
/// needs, encoded as the peer's bridge pallet does.
pub fn generated(c: &mut Cursor) -> Vec<u8> {
	let chain = chain_id(c);
	let destination = destination(c);
	let op = draw::health_op(c, chain::now_ms());
	let sender = if op.from_account() != c.chance(5) { Some(draw::account(c)) } else { None };
	wrap(chain, destination, sender.as_ref(), &op)
}

/// `op` as the bridge pallet of `chain` sends it to `destination`, or as a chain of spec 114
/// and before sent it (no destination).
fn wrap(
	chain: ChainId,
	destination: Option<ChainId>,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> Vec<u8> {
	match destination {
		Some(d) => encode_message(chain, d, sender, op),
		None => encode_legacy_message(chain, sender, op),
	}
}

/// Mostly this chain; sometimes none (a chain not yet upgraded), the peer or any 32 bytes.
fn destination(c: &mut Cursor) -> Option<ChainId> {
	match c.below(8) {
		0 => None,
		1 => Some(ChainId::from(PEER)),
		2 => Some(ChainId::from(c.bytes32())),
		_ => Some(ChainId::from(THIS)),
	}
}

/// Mostly the peer; sometimes this chain, a zero hash or any 32 bytes.
fn chain_id(c: &mut Cursor) -> ChainId {
	ChainId::from(match c.below(8) {
		0 => THIS,
		1 => [0; 32],
		2 => c.bytes32(),
		_ => PEER,
	})
}

/// A V5 XCM `UniversalOrigin(ByGenesis(chain))`, [`DescendOrigin(AccountId32(sender))`],
/// `Transact(call)` — the shape `encode_message` produces when `flags` is 0 (bit `0x20` only
/// says whether a sender is present). Other flags change the shape: `0x01` names a network
/// in the sender, `0x02` asks for the `Native` origin kind, `0x04` gives a fallback weight,
/// `0x08` appends a `ClearOrigin`, `0x10` reverses the instructions, `0x40` relabels the
/// message as XCM v4 and `0x80` as v3.
fn envelope(chain: [u8; 32], sender: Option<[u8; 32]>, call: Vec<u8>, flags: u8) -> Vec<u8> {
	use xcm::latest::{Instruction, Junction, NetworkId, OriginKind, Weight, Xcm};
	let mut instructions: Vec<Instruction<()>> =
		vec![Instruction::UniversalOrigin(Junction::GlobalConsensus(NetworkId::ByGenesis(chain)))];
	if let Some(id) = sender {
		let network = if flags & 0x01 != 0 { Some(NetworkId::Polkadot) } else { None };
		instructions.push(Instruction::DescendOrigin(Junction::AccountId32 { network, id }.into()));
	}
	instructions.push(Instruction::Transact {
		origin_kind: if flags & 0x02 != 0 {
			OriginKind::Native
		} else {
			OriginKind::SovereignAccount
		},
		fallback_max_weight: if flags & 0x04 != 0 {
			Some(Weight::from_parts(u64::from(flags), 0))
		} else {
			None
		},
		call: call.into(),
	});
	if flags & 0x08 != 0 {
		instructions.push(Instruction::ClearOrigin);
	}
	if flags & 0x10 != 0 {
		instructions.reverse();
	}
	let mut bytes = xcm::VersionedXcm::<()>::from(Xcm(instructions)).encode();
	if flags & 0x40 != 0 {
		bytes[0] = 4;
	} else if flags & 0x80 != 0 {
		bytes[0] = 3;
	}
	bytes
}

/// Decode `bytes` as the pallet does; what decodes must survive a re-encoding unchanged.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
	let decoded = decode_message::<AccountId>(bytes)?;
	let again = wrap(decoded.chain, decoded.destination, decoded.sender.as_ref(), &decoded.op);
	let round_trip = decode_message::<AccountId>(&again);
	assert!(
		round_trip.as_ref() == Some(&decoded),
		"a decoded message does not survive re-encoding: {decoded:?} from 0x{} re-encodes as \
		 0x{}, which decodes as {round_trip:?}",
		hex(bytes),
		hex(&again),
	);
	Some(decoded)
}

/// Hand message `nonce` to the bridge pallet as the lane's dispatcher does, and check what it
/// made of it (see the module docs).
pub fn deliver(
	nonce: u64,
	payload: Result<Vec<u8>, ()>,
) -> Result<(Option<Decoded>, Outcome), String> {
	let decoded = payload.as_ref().ok().and_then(|bytes| decode(bytes));
	// Slot 0's peer, while it is active.
	let peer = Slots::<Runtime>::get(0)
		.filter(|c| Peers::<Runtime>::get(c).is_some_and(|p| p.is_active()));
	let this = ThisChain::<Runtime>::get();
	let before = pallet_storage();
	let outcome = MedchainBridge::receive(0, nonce, payload);
	let expected = match &decoded {
		None => Some(FailReason::BadMessage),
		Some(d) if peer != Some(d.chain) => Some(FailReason::WrongOrigin),
		Some(d) if d.destination.is_some_and(|x| Some(x) != this) => {
			Some(FailReason::WrongDestination)
		},
		Some(d) if d.sender.is_some() != d.op.from_account() => Some(FailReason::BadMessage),
		Some(_) => None,
	};
	if let Some(reason) = expected {
		if outcome != Outcome::Rejected(reason) {
			return Err(format!(
				"message {nonce} ({decoded:?}): {outcome:?}, expected a rejection as {reason:?}"
			));
		}
	}
	if matches!(outcome, Outcome::Rejected(_)) && pallet_storage() != before {
		return Err(format!(
			"message {nonce} ({decoded:?}) was rejected ({outcome:?}) but changed the bridge \
			 pallet's storage"
		));
	}
	MedchainBridge::do_try_state()
		.map_err(|e| format!("after message {nonce} ({decoded:?}): bridge invariant: {e:?}"))?;
	Ok((decoded, outcome))
}

/// Every key and value under the bridge pallet's storage prefix.
fn pallet_storage() -> Vec<(Vec<u8>, Vec<u8>)> {
	let prefix = <MedchainBridge as PalletInfoAccess>::name_hash();
	let mut entries = Vec::new();
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		let value = frame_support::storage::unhashed::get_raw(&next).unwrap_or_default();
		entries.push((next.clone(), value));
		key = next;
	}
	entries
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
