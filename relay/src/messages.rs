//! Messages: S's outbound messages into T's inbound lane (the relayed slot's
//! `BridgeMessages{k}`, pallet-bridge-messages), as storage proofs at an S header T's light
//! client has imported.
//!
//! Every delivery also proves S's outbound lane state, which tells T which of its own
//! deliveries S has confirmed; when nothing else can go, that state alone is worth a delivery
//! once T's lane is half-way to refusing messages ([`crate::planning`] decides). A delivery
//! stays within the target's limits, read from its metadata when a session starts: the
//! dispatch weight of its messages, and a proof that fits a block, halving the batch until it
//! does.

use bp_messages::{
	storage_keys::{inbound_lane_data_key, message_key, outbound_lane_data_key},
	target_chain::FromBridgedChainMessagesProof,
	InboundLaneData, MessageNonce, OutboundLaneData, Weight,
};
use bp_runtime::{raw_storage_proof_size, HeaderId, RawStorageProof};
use codec::{Decode, DecodeAll};
use sp_core::{storage::StorageKey, H256};
use sp_runtime::AccountId32;

use crate::{
	calls::encode_receive_messages_proof_at,
	client::NodeClient,
	direction::Direction,
	planning::{first_half_end, message_count, plan_delivery, DeliveryLimits, DeliveryPlan},
	submission::{Sent, Submission},
	Error, Result, Slot, LANE, MEDCHAIN_BRIDGE_PALLET_NAME,
};

/// Names under which the medchain bridge pallet may expose the per-message dispatch weight.
const MESSAGE_DISPATCH_WEIGHT_NAMES: [&str; 2] =
	["MessageDispatchWeight", "message_dispatch_weight"];

/// The largest weight of one normal transaction, from the raw `System::BlockWeights`
/// constant: `frame_system::limits::BlockWeights` starts with base_block, max_block, then the
/// Normal class: base_extrinsic, max_extrinsic. `None` if it does not decode so or has no
/// limit.
fn max_extrinsic_weight(raw: &[u8]) -> Option<Weight> {
	<(Weight, Weight, Weight, Option<Weight>)>::decode(&mut &raw[..])
		.ok()
		.and_then(|(_, _, _, max_extrinsic)| max_extrinsic)
}

/// The largest length of a normal block, from the raw `System::BlockLength` constant:
/// `frame_system::limits::BlockLength` starts with the Normal class's maximal length.
fn max_block_length(raw: &[u8]) -> Option<u32> {
	u32::decode(&mut &raw[..]).ok()
}

/// `BridgeMessages{k}::receive_messages_proof` (of `slot`) of messages `start..=end` (none if
/// `end < start`: the lane state alone) proved by `storage_proof` at the S header `at`, each
/// message with `per_message` dispatch weight (zero if unknown: then only a lane state is sent).
fn delivery_call(
	slot: Slot,
	relayer: &AccountId32,
	at: H256,
	storage_proof: RawStorageProof,
	(start, end): (MessageNonce, MessageNonce),
	per_message: Option<Weight>,
) -> Result<Vec<u8>> {
	let count = message_count(start, end);
	let messages_count = u32::try_from(count)
		.map_err(|_| Error::Other(format!("{count} messages do not fit a delivery")))?;
	let dispatch_weight = per_message.unwrap_or_default().saturating_mul(count);
	let proof = FromBridgedChainMessagesProof {
		bridged_header_hash: at,
		storage_proof,
		lane: LANE,
		nonces_start: start,
		nonces_end: end,
	};
	Ok(encode_receive_messages_proof_at(slot, relayer, &proof, messages_count, dispatch_weight))
}

/// A delivery of `start..=end` in logs: the messages, or the lane state alone (which confirms
/// T's messages up to `confirmed`).
fn delivery_description(start: MessageNonce, end: MessageNonce, confirmed: MessageNonce) -> String {
	if message_count(start, end) == 0 {
		format!("lane state (confirmed up to {confirmed})")
	} else {
		format!("messages {start}..={end}")
	}
}

impl Direction {
	/// The dispatch weight the target assigns to every inbound message: the override, else the
	/// `MedchainBridge` constant from the target's metadata (named `MessageDispatchWeight`, or
	/// `message_dispatch_weight` as an unrenamed `#[pallet::extra_constants]` function is).
	async fn message_dispatch_weight(&mut self, target: &NodeClient) -> Result<Option<Weight>> {
		if let Some(weight) = self.options.message_dispatch_weight {
			return Ok(Some(weight));
		}
		let url = target.url();
		for name in MESSAGE_DISPATCH_WEIGHT_NAMES {
			if let Some(raw) = target.constant(MEDCHAIN_BRIDGE_PALLET_NAME, name).await? {
				match Weight::decode_all(&mut &raw[..]) {
					Ok(weight) => return Ok(Some(weight)),
					Err(e) => {
						self.log(format!(
							"{url}: {MEDCHAIN_BRIDGE_PALLET_NAME}::{name} is not a weight ({e}): \
							 messages will not be delivered (pass --message-dispatch-weight)"
						));
						return Ok(None);
					},
				}
			}
		}
		self.log(format!(
			"{url} has no {MEDCHAIN_BRIDGE_PALLET_NAME}::MessageDispatchWeight constant: messages \
			 will not be delivered (pass --message-dispatch-weight)"
		));
		Ok(None)
	}

	/// Read the target's delivery limits from its metadata (see [`DeliveryLimits`]).
	pub(crate) async fn delivery_limits(&mut self, target: &NodeClient) -> Result<DeliveryLimits> {
		let dispatch_weight = self.message_dispatch_weight(target).await?;
		let max_extrinsic = target
			.constant("System", "BlockWeights")
			.await?
			.and_then(|raw| max_extrinsic_weight(&raw));
		let max_length =
			target.constant("System", "BlockLength").await?.and_then(|raw| max_block_length(&raw));
		Ok(DeliveryLimits::new(dispatch_weight, max_extrinsic, max_length))
	}

	/// Step 2: deliver S's new messages (or just S's lane state) to T, proved at the S header
	/// `at` (one T knows, or the one just sent to it).
	pub(crate) async fn relay_messages<'t>(
		&mut self,
		source: &NodeClient,
		target: &'t NodeClient,
		at: HeaderId<H256, u32>,
		limits: &DeliveryLimits,
	) -> Result<Option<Submission<'t>>> {
		let pallet = self.slot.messages_pallet_name();
		let outbound_key = outbound_lane_data_key(pallet, &LANE);
		let Some(outbound) =
			source.storage::<OutboundLaneData>(&outbound_key, Some(at.hash())).await?
		else {
			self.status(
				"messages",
				format!(
					"waiting: lane {LANE:?} is not open on {} at #{}",
					self.source.name,
					at.number()
				),
			);
			return Ok(None);
		};
		let inbound_key = inbound_lane_data_key(pallet, &LANE);
		let Some(inbound) =
			target.storage::<InboundLaneData<AccountId32>>(&inbound_key, None).await?
		else {
			self.status(
				"messages",
				format!("waiting: lane {LANE:?} is not open on {}", self.target.name),
			);
			return Ok(None);
		};
		self.metrics.pending_messages(
			outbound.latest_generated_nonce.saturating_sub(inbound.last_delivered_nonce()),
		);

		let (start, end) = match plan_delivery(&outbound, &inbound, limits.max_messages) {
			DeliveryPlan::Nothing => {
				self.clear_status("messages");
				return Ok(None);
			},
			DeliveryPlan::Messages(range) => {
				if limits.dispatch_weight.is_none() {
					self.status(
						"messages",
						format!(
							"waiting: {} messages pending but their dispatch weight is unknown",
							range.end() - range.start() + 1
						),
					);
					return Ok(None);
				}
				(*range.start(), *range.end())
			},
			// An empty range (end = start - 1) with the lane state only.
			DeliveryPlan::LaneStateOnly => {
				let delivered = inbound.last_delivered_nonce();
				(delivered.saturating_add(1), delivered)
			},
		};
		self.clear_status("messages");
		if !self.delivery_attempt.allows(&(at.hash(), start, end)) {
			return Ok(None);
		}

		// Prove the messages and the outbound lane state (which tells T which of its deliveries
		// S has confirmed), halving the batch until the proof fits.
		let mut end_proved = end;
		let storage_proof = loop {
			let mut keys: Vec<StorageKey> =
				(start..=end_proved).map(|nonce| message_key(pallet, LANE, nonce)).collect();
			keys.push(outbound_key.clone());
			let proof = source.read_proof(&keys, at.hash()).await?;
			if raw_storage_proof_size(&proof) <= limits.max_proof_bytes
				|| message_count(start, end_proved) <= 1
			{
				break proof;
			}
			end_proved = first_half_end(start, end_proved);
		};
		let call = delivery_call(
			self.slot,
			&self.relayer,
			at.hash(),
			storage_proof,
			(start, end_proved),
			limits.dispatch_weight,
		)?;
		let what = delivery_description(start, end_proved, outbound.latest_received_nonce);
		self.delivery_attempt.note((at.hash(), start, end));
		self.send(target, &call, Sent::Delivery { what, start, end: end_proved }).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

	use crate::{
		calls::{encode_receive_messages_proof, tests::runtime_metadata},
		planning::MAX_DELIVERY_PROOF_BYTES,
	};

	#[test]
	fn lane_id_encodes_as_four_bytes() {
		assert_eq!(LANE.encode(), vec![0, 0, 0, 1]);
	}

	#[test]
	fn the_limits_of_a_transaction_are_read_from_the_system_constants() {
		let w = Weight::from_parts;
		// base_block, max_block, then Normal: base_extrinsic, max_extrinsic, and more after.
		let weights = (w(1, 2), w(3, 4), w(5, 6), Some(w(7, 8)), Some(w(9, 10)), 11u8).encode();
		assert_eq!(max_extrinsic_weight(&weights), Some(w(7, 8)));
		let unlimited = (w(1, 2), w(3, 4), w(5, 6), None::<Weight>).encode();
		assert_eq!(max_extrinsic_weight(&unlimited), None);
		// Cut short in the third weight.
		assert_eq!(max_extrinsic_weight(&weights[..4]), None);
		// Normal, Operational, Mandatory lengths: the first is the normal one.
		let length = (3_932_160u32, 5_242_880u32, 5_242_880u32).encode();
		assert_eq!(max_block_length(&length), Some(3_932_160));
		assert_eq!(max_block_length(&[1, 2]), None);
	}

	#[test]
	fn the_runtime_has_the_constants_the_delivery_limits_are_read_from() {
		let metadata = runtime_metadata();
		let constant = |pallet: &str, name: &str| {
			metadata
				.pallet_by_name(pallet)
				.and_then(|p| p.constant_by_name(name))
				.map(|c| c.value().to_vec())
				.unwrap_or_else(|| panic!("the runtime has no constant {pallet}::{name}"))
		};
		let max_extrinsic = max_extrinsic_weight(&constant("System", "BlockWeights"));
		assert!(max_extrinsic.is_some_and(|w| w.ref_time() > 0), "{max_extrinsic:?}");
		let max_length = max_block_length(&constant("System", "BlockLength"));
		assert!(max_length.is_some_and(|len| len > 0), "{max_length:?}");
		let raw = constant(MEDCHAIN_BRIDGE_PALLET_NAME, MESSAGE_DISPATCH_WEIGHT_NAMES[0]);
		let per_message = Weight::decode_all(&mut &raw[..]).expect("a weight");
		assert!(per_message.ref_time() > 0);

		let limits = DeliveryLimits::new(Some(per_message), max_extrinsic, max_length);
		assert!(limits.max_messages >= 1, "{limits:?}");
		assert!(limits.max_proof_bytes <= MAX_DELIVERY_PROOF_BYTES, "{limits:?}");
	}

	#[test]
	fn a_delivery_declares_its_messages_and_their_dispatch_weight() {
		let relayer = AccountId32::new([4; 32]);
		let at = H256::repeat_byte(5);
		let per_message = Weight::from_parts(1_000, 10);
		let call =
			delivery_call(Slot::ZERO, &relayer, at, vec![vec![1, 2]], (4, 6), Some(per_message))
				.expect("fits");
		assert_eq!(call, {
			let proof = FromBridgedChainMessagesProof {
				bridged_header_hash: at,
				storage_proof: vec![vec![1, 2]],
				lane: LANE,
				nonces_start: 4,
				nonces_end: 6,
			};
			encode_receive_messages_proof(&relayer, &proof, 3, Weight::from_parts(3_000, 30))
		});
	}

	#[test]
	fn a_lane_state_alone_declares_no_messages_and_no_weight() {
		let relayer = AccountId32::new([4; 32]);
		let at = H256::repeat_byte(5);
		let proof = FromBridgedChainMessagesProof {
			bridged_header_hash: at,
			storage_proof: vec![vec![3]],
			lane: LANE,
			nonces_start: 8,
			nonces_end: 7,
		};
		let expected = encode_receive_messages_proof(&relayer, &proof, 0, Weight::zero());
		let weight = Some(Weight::from_parts(1_000, 10));
		assert_eq!(
			delivery_call(Slot::ZERO, &relayer, at, vec![vec![3]], (8, 7), weight),
			Ok(expected.clone())
		);
		// An unknown dispatch weight counts as zero.
		assert_eq!(
			delivery_call(Slot::ZERO, &relayer, at, vec![vec![3]], (8, 7), None),
			Ok(expected.clone())
		);
		// To the lane of another slot: the same arguments, to its pallet (41 + 2k).
		let slot = Slot::new(2).expect("a slot");
		let call = delivery_call(slot, &relayer, at, vec![vec![3]], (8, 7), None).expect("fits");
		assert_eq!(call[..2], [45, 2]);
		assert_eq!(call[2..], expected[2..]);
	}

	#[test]
	fn a_delivery_of_more_than_u32_messages_is_refused() {
		let relayer = AccountId32::new([4; 32]);
		let end = u64::from(u32::MAX) + 1;
		let error =
			delivery_call(Slot::ZERO, &relayer, H256::zero(), vec![], (1, end), None).unwrap_err();
		assert_eq!(error, Error::Other(format!("{end} messages do not fit a delivery")));
	}

	#[test]
	fn deliveries_are_described_by_what_they_carry() {
		assert_eq!(delivery_description(4, 6, 2), "messages 4..=6");
		assert_eq!(delivery_description(4, 4, 2), "messages 4..=4");
		assert_eq!(delivery_description(8, 7, 5), "lane state (confirmed up to 5)");
	}

	#[test]
	fn the_lane_storage_the_relayer_reads_is_in_every_slot_of_the_runtime() {
		use bp_messages::storage_keys::{
			INBOUND_LANES_MAP_NAME, OPERATING_MODE_VALUE_NAME, OUTBOUND_LANES_MAP_NAME,
			OUTBOUND_MESSAGES_MAP_NAME,
		};
		let metadata = runtime_metadata();
		for slot in Slot::all() {
			let pallet = slot.messages_pallet_name();
			let storage = metadata
				.pallet_by_name(pallet)
				.and_then(|pallet| pallet.storage())
				.unwrap_or_else(|| panic!("the runtime's message lanes {pallet} have storage"));
			// The pallet name is the storage prefix the keys are built from.
			assert_eq!(storage.prefix(), pallet);
			for name in [
				INBOUND_LANES_MAP_NAME,
				OUTBOUND_LANES_MAP_NAME,
				OUTBOUND_MESSAGES_MAP_NAME,
				OPERATING_MODE_VALUE_NAME,
			] {
				assert!(storage.entry_by_name(name).is_some(), "no {pallet}::{name}");
			}
		}
	}
}
