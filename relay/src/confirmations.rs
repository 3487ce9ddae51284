//! Confirmations: the deliveries S has made of T's messages, carried back to T's outbound lane
//! (`BridgeMessages::receive_messages_delivery_proof`), as a storage proof of S's inbound lane
//! at an S header T's light client has imported.
//!
//! A confirmation lets T reward the relayers who delivered and prune the delivered messages;
//! without confirmations T's lane stops taking messages once
//! [`crate::MAX_UNCONFIRMED_MESSAGES`] are unconfirmed. Its outcome is logged and counted under
//! the reverse direction T→S, whose messages it confirms.

use bp_messages::{
	source_chain::FromBridgedChainMessagesDeliveryProof,
	storage_keys::{inbound_lane_data_key, outbound_lane_data_key},
	InboundLaneData, OutboundLaneData, UnrewardedRelayersState,
};
use bp_runtime::{HeaderId, RawStorageProof};
use sp_core::H256;
use sp_runtime::AccountId32;

use crate::{
	calls::encode_receive_messages_delivery_proof_at,
	client::NodeClient,
	direction::Direction,
	planning::confirmation_due,
	submission::{Sent, Submission},
	Result, Slot, LANE,
};

/// `BridgeMessages{k}::receive_messages_delivery_proof` (of `slot`) of `inbound` (S's inbound
/// lane) proved by `storage_proof` at the S header `at`, with the relayers' state the proof
/// must match.
fn confirmation_call<R>(
	slot: Slot,
	at: H256,
	storage_proof: RawStorageProof,
	inbound: &InboundLaneData<R>,
) -> Vec<u8> {
	let proof = FromBridgedChainMessagesDeliveryProof {
		bridged_header_hash: at,
		storage_proof,
		lane: LANE,
	};
	encode_receive_messages_delivery_proof_at(slot, &proof, &UnrewardedRelayersState::from(inbound))
}

impl Direction {
	/// Step 3: confirm to T the deliveries S has made of T's messages, proved at the S header
	/// `at` (one T knows, or the one just sent to it).
	pub(crate) async fn relay_confirmations<'t>(
		&mut self,
		source: &NodeClient,
		target: &'t NodeClient,
		at: HeaderId<H256, u32>,
	) -> Result<Option<Submission<'t>>> {
		let pallet = self.slot.messages_pallet_name();
		let outbound_key = outbound_lane_data_key(pallet, &LANE);
		let Some(outbound) = target.storage::<OutboundLaneData>(&outbound_key, None).await? else {
			return Ok(None);
		};
		let inbound_key = inbound_lane_data_key(pallet, &LANE);
		let Some(inbound) =
			source.storage::<InboundLaneData<AccountId32>>(&inbound_key, Some(at.hash())).await?
		else {
			return Ok(None);
		};
		let Some(delivered) = confirmation_due(&outbound, &inbound) else {
			return Ok(None);
		};
		if !self.confirmation_attempt.allows(&(at.hash(), delivered)) {
			return Ok(None);
		}
		let storage_proof =
			source.read_proof(std::slice::from_ref(&inbound_key), at.hash()).await?;
		let call = confirmation_call(self.slot, at.hash(), storage_proof, &inbound);
		self.confirmation_attempt.note((at.hash(), delivered));
		self.send(target, &call, Sent::Confirmation { delivered }).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use bp_messages::{DeliveredMessages, LaneState, UnrewardedRelayer};
	use codec::DecodeAll;

	#[test]
	fn a_confirmation_proves_the_inbound_lane_with_its_relayers_state() {
		let entry = |relayer: u8, begin, end| UnrewardedRelayer {
			relayer: AccountId32::new([relayer; 32]),
			messages: DeliveredMessages { begin, end },
		};
		let inbound = InboundLaneData {
			relayers: [entry(1, 4, 6), entry(2, 7, 7)].into_iter().collect(),
			last_confirmed_nonce: 3,
			state: LaneState::Opened,
		};
		let at = H256::repeat_byte(6);
		let call = confirmation_call(Slot::ZERO, at, vec![vec![7, 8]], &inbound);
		assert_eq!(&call[..2], &[41, 3]);
		// To another slot's lane: its pallet (41 + 2k), the same arguments.
		let slot_4 =
			confirmation_call(Slot::new(4).expect("a slot"), at, vec![vec![7, 8]], &inbound);
		assert_eq!(slot_4[..2], [49, 3]);
		assert_eq!(slot_4[2..], call[2..]);
		let (proof, state) = <(
			FromBridgedChainMessagesDeliveryProof<H256, bp_messages::LegacyLaneId>,
			UnrewardedRelayersState,
		)>::decode_all(&mut &call[2..])
		.expect("arguments decode");
		assert_eq!(
			proof,
			FromBridgedChainMessagesDeliveryProof {
				bridged_header_hash: at,
				storage_proof: vec![vec![7, 8]],
				lane: LANE,
			}
		);
		// What the target checks against the proved lane: two entries, the oldest of three
		// messages, four in all, delivered up to 7.
		assert_eq!(
			state,
			UnrewardedRelayersState {
				unrewarded_relayer_entries: 2,
				messages_in_oldest_entry: 3,
				total_messages: 4,
				last_delivered_nonce: 7,
			}
		);
	}
}
