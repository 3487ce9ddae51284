//! Delivery planning: the pure decisions of the message relay, apart from any reading or
//! sending (as Parity's `message_race_strategy.rs` and `message_race_limits.rs` are).
//!
//! Given the two ends of the lane, as read from the chains, these functions decide what range
//! of messages to deliver next ([`plan_delivery`]), whether a delivery confirmation is due
//! ([`confirmation_due`]) and how large one delivery transaction may be ([`DeliveryLimits`]).
//! The limits mirror the runtime's: a delivery the target would refuse is never planned.

use std::ops::RangeInclusive;

use bp_messages::{InboundLaneData, MessageNonce, OutboundLaneData, Weight};

/// Most messages per delivery transaction: a modest transaction (64 health messages' dispatch
/// weight is a fifth of a block), far below the runtime's
/// `MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX` (1,024), which bounds the messages one proof
/// may declare (`TooManyMessagesInTheProof`). At one delivery per block, a lane carries about
/// ten messages a second.
pub const MAX_MESSAGES_PER_DELIVERY: MessageNonce = 64;

/// The runtime's `MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX`: a target refuses (without
/// failing the transaction) messages more than this far beyond its last confirmed nonce, so
/// the relayer does not offer them until confirmations catch up.
pub const MAX_UNCONFIRMED_MESSAGES: MessageNonce = 1024;

/// Largest storage proof in one delivery: 1 MiB, far below the 3.75 MiB a normal transaction
/// may have, so a delivery always fits a block next to other traffic. (A single message is
/// at most 64 KiB, so one message always fits.)
pub const MAX_DELIVERY_PROOF_BYTES: usize = 1024 * 1024;

/// The runtime's `MAX_UNREWARDED_RELAYERS_IN_CONFIRMATION_TX`: distinct relayer entries a
/// target keeps until the source's lane state tells it they were confirmed.
pub const MAX_UNREWARDED_RELAYERS: MessageNonce = 16;

/// The next messages to deliver: `last_delivered + 1 ..= min(latest_generated,
/// last_delivered + max)`, or `None` if there is nothing new (or `max` is 0).
pub fn select_message_range(
	last_delivered: MessageNonce,
	latest_generated: MessageNonce,
	max: MessageNonce,
) -> Option<RangeInclusive<MessageNonce>> {
	if latest_generated <= last_delivered || max == 0 {
		return None;
	}
	let start = last_delivered.checked_add(1)?;
	let end = latest_generated.min(last_delivered.saturating_add(max));
	Some(start..=end)
}

/// What to deliver next on the lane, given the source's outbound lane (at a header the target
/// has imported) and the target's inbound lane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DeliveryPlan {
	/// Nothing to do.
	Nothing,
	/// Deliver these messages (with the source's lane state).
	Messages(RangeInclusive<MessageNonce>),
	/// No message can go, but the source has confirmed deliveries the target does not know of:
	/// send the lane state alone, so the target prunes its unrewarded relayers and accepts
	/// new messages again (without it the lane stalls after
	/// [`MAX_UNCONFIRMED_MESSAGES`] messages).
	LaneStateOnly,
}

/// Decide the next delivery (see [`DeliveryPlan`]), at most `max_messages` messages.
///
/// Messages more than [`MAX_UNCONFIRMED_MESSAGES`] beyond the target's last confirmed nonce
/// would be refused, so they wait; the lane state in the same proof is applied first, so the
/// confirmations it carries count.
pub(crate) fn plan_delivery<R>(
	source: &OutboundLaneData,
	target: &InboundLaneData<R>,
	max_messages: MessageNonce,
) -> DeliveryPlan {
	let last_delivered = target.last_delivered_nonce();
	// The target applies the source's lane state only if it does not claim more than was
	// delivered (see pallet-bridge-messages `receive_state_update`).
	let state_update_applies = source.latest_received_nonce > target.last_confirmed_nonce
		&& source.latest_received_nonce <= last_delivered;
	let confirmed = if state_update_applies {
		source.latest_received_nonce
	} else {
		target.last_confirmed_nonce
	};
	let room = confirmed.saturating_add(MAX_UNCONFIRMED_MESSAGES).saturating_sub(last_delivered);
	match select_message_range(
		last_delivered,
		source.latest_generated_nonce,
		max_messages.min(room),
	) {
		Some(range) => DeliveryPlan::Messages(range),
		None if state_update_applies && lane_state_pressing(target, last_delivered) => {
			DeliveryPlan::LaneStateOnly
		},
		None => DeliveryPlan::Nothing,
	}
}

/// Whether the target's inbound lane is half-way to refusing messages (too many unrewarded
/// relayer entries or unconfirmed messages), so a lane-state-only delivery is worth a block.
/// Below that the state rides along with the next real delivery: sending it alone after every
/// confirmation would take a block of the target away from new messages each time.
fn lane_state_pressing<R>(target: &InboundLaneData<R>, last_delivered: MessageNonce) -> bool {
	target.relayers.len() as u64 >= MAX_UNREWARDED_RELAYERS / 2
		|| last_delivered.saturating_sub(target.last_confirmed_nonce)
			>= MAX_UNCONFIRMED_MESSAGES / 2
}

/// How many messages of `per_message` dispatch weight fit in `budget` (both weight dimensions;
/// a zero dimension does not limit). `u64::MAX` if the weight is zero.
pub(crate) fn messages_within_weight(per_message: Weight, budget: Weight) -> u64 {
	let by = |per: u64, budget: u64| budget.checked_div(per).unwrap_or(u64::MAX);
	by(per_message.ref_time(), budget.ref_time())
		.min(by(per_message.proof_size(), budget.proof_size()))
}

/// The number of messages in `start..=end` (0 if `end < start`: a lane state alone).
pub(crate) fn message_count(start: MessageNonce, end: MessageNonce) -> MessageNonce {
	end.saturating_add(1).saturating_sub(start)
}

/// The last nonce of the first half of `start..=end`, for a batch whose proof is too large.
/// Only for at least two messages (the first half then has at least one).
pub(crate) fn first_half_end(start: MessageNonce, end: MessageNonce) -> MessageNonce {
	start + message_count(start, end) / 2 - 1
}

/// Limits of one delivery transaction on the target chain, read from its metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DeliveryLimits {
	/// Dispatch weight the target assigns to each inbound message; `None` if unknown (then
	/// messages are not delivered, only lane states).
	pub dispatch_weight: Option<Weight>,
	/// Most messages per delivery.
	pub max_messages: u64,
	/// Largest storage proof per delivery, in bytes.
	pub max_proof_bytes: usize,
}

impl DeliveryLimits {
	/// The limits on a target whose messages dispatch with `dispatch_weight` each, whose normal
	/// transactions may weigh `max_extrinsic` and whose normal blocks may be `max_block_length`
	/// bytes long (each `None` where the target's metadata does not say).
	///
	/// Half of `max_extrinsic` is what the messages pallet allows for dispatch
	/// (`maximal_incoming_message_dispatch_weight`); at least one message always goes. A
	/// delivery keeps its proof within two thirds of the block length (the rest is the
	/// transaction) and within [`MAX_DELIVERY_PROOF_BYTES`].
	pub(crate) fn new(
		dispatch_weight: Option<Weight>,
		max_extrinsic: Option<Weight>,
		max_block_length: Option<u32>,
	) -> Self {
		let by_weight = match (dispatch_weight, max_extrinsic) {
			(Some(per_message), Some(max)) => messages_within_weight(per_message, max / 2).max(1),
			_ => MAX_MESSAGES_PER_DELIVERY,
		};
		let max_proof_bytes = match max_block_length {
			Some(len) => MAX_DELIVERY_PROOF_BYTES.min(len as usize / 3 * 2),
			None => MAX_DELIVERY_PROOF_BYTES,
		};
		Self {
			dispatch_weight,
			max_messages: MAX_MESSAGES_PER_DELIVERY.min(by_weight),
			max_proof_bytes,
		}
	}
}

/// Whether a delivery confirmation is due: the chain the messages went to has delivered
/// (`inbound`, its inbound lane) beyond what their source has had confirmed (`outbound`, its
/// outbound lane). `Some(last delivered nonce)` if so.
pub(crate) fn confirmation_due<R>(
	outbound: &OutboundLaneData,
	inbound: &InboundLaneData<R>,
) -> Option<MessageNonce> {
	let delivered = inbound.last_delivered_nonce();
	(delivered > outbound.latest_received_nonce).then_some(delivered)
}

#[cfg(test)]
mod tests {
	use super::*;
	use bp_messages::{DeliveredMessages, LaneState, UnrewardedRelayer};

	#[test]
	fn message_range_selection() {
		// Nothing generated beyond what was delivered.
		assert_eq!(select_message_range(0, 0, 64), None);
		assert_eq!(select_message_range(5, 5, 64), None);
		assert_eq!(select_message_range(7, 5, 64), None);
		// Everything fits.
		assert_eq!(select_message_range(3, 6, 64), Some(4..=6));
		assert_eq!(select_message_range(0, 1, 64), Some(1..=1));
		// Capped.
		assert_eq!(select_message_range(0, 200, 64), Some(1..=64));
		assert_eq!(select_message_range(10, 11, 1), Some(11..=11));
		// No room at all.
		assert_eq!(select_message_range(0, 10, 0), None);
		// No overflow at the end of the nonce space.
		assert_eq!(select_message_range(u64::MAX - 1, u64::MAX, 64), Some(u64::MAX..=u64::MAX));
		assert_eq!(select_message_range(u64::MAX, u64::MAX, 64), None);
	}

	fn outbound(latest_received: u64, latest_generated: u64) -> OutboundLaneData {
		OutboundLaneData {
			oldest_unpruned_nonce: latest_received + 1,
			latest_received_nonce: latest_received,
			latest_generated_nonce: latest_generated,
			state: LaneState::Opened,
		}
	}

	fn inbound(last_confirmed: u64, delivered: Option<(u64, u64)>) -> InboundLaneData<u8> {
		InboundLaneData {
			relayers: delivered
				.map(|(begin, end)| UnrewardedRelayer {
					relayer: 1,
					messages: DeliveredMessages { begin, end },
				})
				.into_iter()
				.collect(),
			last_confirmed_nonce: last_confirmed,
			state: LaneState::Opened,
		}
	}

	#[test]
	fn delivery_plans() {
		// Fresh lane, nothing sent.
		assert_eq!(plan_delivery(&outbound(0, 0), &inbound(0, None), 64), DeliveryPlan::Nothing);
		// New messages.
		assert_eq!(
			plan_delivery(&outbound(0, 3), &inbound(0, None), 64),
			DeliveryPlan::Messages(1..=3)
		);
		// Delivered, not yet confirmed at the source: nothing.
		assert_eq!(
			plan_delivery(&outbound(0, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
		// Confirmed at the source, the target does not know yet, and little is pending there:
		// the state waits for the next delivery.
		assert_eq!(
			plan_delivery(&outbound(3, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
		// Half of the unconfirmed-messages room used: lane state alone.
		let half = MAX_UNCONFIRMED_MESSAGES / 2;
		assert_eq!(
			plan_delivery(&outbound(half, half), &inbound(0, Some((1, half))), 64),
			DeliveryPlan::LaneStateOnly
		);
		// Target already knows: nothing.
		assert_eq!(plan_delivery(&outbound(3, 3), &inbound(3, None), 64), DeliveryPlan::Nothing);
		// Capped by the batch size.
		assert_eq!(
			plan_delivery(&outbound(0, 500), &inbound(0, None), 64),
			DeliveryPlan::Messages(1..=64)
		);
		// Capped by the unconfirmed-messages limit: all but 8 delivered, none confirmed.
		let max = MAX_UNCONFIRMED_MESSAGES;
		assert_eq!(
			plan_delivery(&outbound(0, 2 * max), &inbound(0, Some((1, max - 8))), 64),
			DeliveryPlan::Messages(max - 7..=max)
		);
		// Full: nothing may go until confirmations arrive...
		assert_eq!(
			plan_delivery(&outbound(0, 2 * max), &inbound(0, Some((1, max))), 64),
			DeliveryPlan::Nothing
		);
		// ...and once the source has confirmed, its lane state makes room in the same proof.
		assert_eq!(
			plan_delivery(&outbound(100, 2 * max), &inbound(0, Some((1, max))), 64),
			DeliveryPlan::Messages(max + 1..=max + 64)
		);
		// A source state claiming more than was delivered is ignored by the target.
		assert_eq!(
			plan_delivery(&outbound(9, 9), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Messages(4..=9)
		);
		assert_eq!(
			plan_delivery(&outbound(9, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
	}

	#[test]
	fn messages_fit_the_weight_budget() {
		let budget = Weight::from_parts(1_000, 100);
		assert_eq!(messages_within_weight(Weight::from_parts(100, 1), budget), 10);
		assert_eq!(messages_within_weight(Weight::from_parts(100, 50), budget), 2);
		assert_eq!(messages_within_weight(Weight::from_parts(2_000, 0), budget), 0);
		assert_eq!(messages_within_weight(Weight::zero(), budget), u64::MAX);
	}

	#[test]
	fn lane_state_presses_at_half_the_relayer_entries_or_half_the_unconfirmed_room() {
		let half = MAX_UNCONFIRMED_MESSAGES / 2;
		// Few unconfirmed messages, one relayer entry: not pressing.
		assert!(!lane_state_pressing(&inbound(0, Some((1, 3))), 3));
		assert!(!lane_state_pressing(&inbound(0, Some((1, half - 1))), half - 1));
		// Half the unconfirmed room used.
		assert!(lane_state_pressing(&inbound(0, Some((1, half))), half));
		assert!(lane_state_pressing(&inbound(10, Some((11, half + 10))), half + 10));
		// Half the relayer entries used, whatever the messages.
		let mut many = inbound(0, None);
		many.relayers = (1..=MAX_UNREWARDED_RELAYERS / 2)
			.map(|n| UnrewardedRelayer {
				relayer: n as u8,
				messages: DeliveredMessages { begin: n, end: n },
			})
			.collect();
		let delivered = many.last_delivered_nonce();
		assert!(lane_state_pressing(&many, delivered));
		many.relayers.pop_back();
		assert!(!lane_state_pressing(&many, many.last_delivered_nonce()));
	}

	#[test]
	fn batches_halve_down_to_one_message() {
		assert_eq!(message_count(4, 6), 3);
		assert_eq!(message_count(4, 4), 1);
		// A lane state alone: no messages.
		assert_eq!(message_count(7, 6), 0);
		assert_eq!(first_half_end(1, 64), 32);
		assert_eq!(first_half_end(1, 2), 1);
		assert_eq!(first_half_end(10, 12), 10);
		// Halving repeatedly ends at one message, never at none.
		let (start, mut end) = (5, 67);
		while message_count(start, end) > 1 {
			end = first_half_end(start, end);
			assert!(end >= start);
		}
		assert_eq!(end, start);
	}

	#[test]
	fn delivery_limits_follow_the_target_constants() {
		// Nothing known: the relayer's own caps.
		let unknown = DeliveryLimits::new(None, None, None);
		assert_eq!(
			unknown,
			DeliveryLimits {
				dispatch_weight: None,
				max_messages: MAX_MESSAGES_PER_DELIVERY,
				max_proof_bytes: MAX_DELIVERY_PROOF_BYTES,
			}
		);
		// Half of the largest transaction's weight for dispatch: 5 messages of (100, 1).
		let max_extrinsic = Some(Weight::from_parts(1_000, 100));
		let per = Weight::from_parts(100, 1);
		assert_eq!(DeliveryLimits::new(Some(per), max_extrinsic, None).max_messages, 5);
		// A message heavier than the budget still goes alone.
		let heavy = Weight::from_parts(10_000, 1);
		assert_eq!(DeliveryLimits::new(Some(heavy), max_extrinsic, None).max_messages, 1);
		// Light messages: the batch cap.
		let light = Weight::from_parts(1, 0);
		assert_eq!(
			DeliveryLimits::new(Some(light), max_extrinsic, None).max_messages,
			MAX_MESSAGES_PER_DELIVERY
		);
		// No transaction weight limit known: the batch cap.
		assert_eq!(
			DeliveryLimits::new(Some(heavy), None, None).max_messages,
			MAX_MESSAGES_PER_DELIVERY
		);
		// Proofs within two thirds of the block length, and never above the relayer's cap.
		assert_eq!(DeliveryLimits::new(None, None, Some(900_000)).max_proof_bytes, 600_000);
		assert_eq!(
			DeliveryLimits::new(None, None, Some(5 * 1024 * 1024)).max_proof_bytes,
			MAX_DELIVERY_PROOF_BYTES
		);
	}

	#[test]
	fn a_confirmation_is_due_once_more_was_delivered_than_confirmed() {
		// Nothing delivered.
		assert_eq!(confirmation_due(&outbound(0, 3), &inbound(0, None)), None);
		// Delivered 1..=3, none confirmed at the source yet.
		assert_eq!(confirmation_due(&outbound(0, 3), &inbound(0, Some((1, 3)))), Some(3));
		// Already confirmed up to 3.
		assert_eq!(confirmation_due(&outbound(3, 5), &inbound(0, Some((1, 3)))), None);
		// Delivered further since.
		assert_eq!(confirmation_due(&outbound(3, 5), &inbound(3, Some((4, 5)))), Some(5));
		// The inbound lane confirmed everything and pruned its relayers: nothing new.
		assert_eq!(confirmation_due(&outbound(5, 5), &inbound(5, None)), None);
	}
}
