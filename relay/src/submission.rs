//! What a round sends to T, and how its outcome is reported: the transactions of one round
//! (a header, a delivery, a confirmation), which of them the round waits for, and the memory of
//! the last attempt of each kind that keeps a refused one from being repeated at once.

use std::{
	future::Future,
	pin::Pin,
	time::{Duration, Instant},
};

use bp_messages::{storage_keys::inbound_lane_data_key, InboundLaneData};
use sp_runtime::AccountId32;

use crate::{
	client::{NodeClient, TxReceipt},
	direction::Direction,
	log::log_line,
	metrics::{messages_delivered, ErrorKind},
	Error, Result, LANE,
};

/// The same submission (same header, same nonces at the same proof header) is not repeated
/// within this time: ten blocks, so a submission the chains keep refusing costs at most one
/// fee per minute, while a transient refusal (full pool, restart) is retried.
const RESUBMIT_AFTER: Duration = Duration::from_secs(60);

/// The last submission of one kind, to avoid repeating it (see [`RESUBMIT_AFTER`]).
pub(crate) struct Recent<K> {
	last: Option<(K, Instant)>,
}

impl<K: PartialEq> Recent<K> {
	pub(crate) fn new() -> Self {
		Self { last: None }
	}

	/// Whether `key` may be submitted now.
	pub(crate) fn allows(&self, key: &K) -> bool {
		!matches!(&self.last, Some((last, at)) if last == key && at.elapsed() < RESUBMIT_AFTER)
	}

	pub(crate) fn note(&mut self, key: K) {
		self.last = Some((key, Instant::now()));
	}
}

/// What a transaction sent to T in this round carries, to report its outcome.
pub(crate) enum Sent {
	/// An S header, with its authority set and `" (authority-set change)"` or `""`.
	Header { number: u32, set_id: u64, kind: &'static str },
	/// Messages `start..=end` (none if `end < start`: the lane state only), described by `what`.
	Delivery { what: String, start: u64, end: u64 },
	/// A confirmation of T's messages delivered on S up to `delivered`.
	Confirmation { delivered: u64 },
}

impl Sent {
	/// The kind of a failure of this transaction in the error metric.
	pub(crate) fn error_kind(&self) -> ErrorKind {
		match self {
			Sent::Header { .. } => ErrorKind::Headers,
			Sent::Delivery { .. } => ErrorKind::Messages,
			Sent::Confirmation { .. } => ErrorKind::Confirmations,
		}
	}
}

/// A transaction sent to T: what it carries and its inclusion, awaited at the end of the round
/// (a header sent alone: by the session, see [`deferred_header`]).
pub(crate) struct Submission<'a> {
	pub(crate) sent: Sent,
	pub(crate) inclusion: Pin<Box<dyn Future<Output = Result<TxReceipt>> + Send + 'a>>,
}

/// The round's header, taken out of `sent` to be awaited by the session, if the round sent
/// nothing else.
///
/// A round waits for its transactions so that the next round does not deliver the same messages
/// again, proved at another header. A header alone carries no such risk (the same header is not
/// sent again within [`RESUBMIT_AFTER`], a newer one is valid after it), and waiting for it
/// would hold up the next justification: S's finality typically arrives a second or two into
/// T's block time, while a header waits for T's next block; the next justification's round
/// would start only when T has just begun that block, and its messages wait a whole block more
/// (measured: 1.8 instead of 0.8 block times from S's finality to T's dispatch, once a delivery
/// had shifted the rounds into that rhythm). The session awaits one such header at a time (a
/// round defers its header only while none is): a target that stops including headers holds up
/// the rounds again instead of collecting an ever longer queue of them.
pub(crate) fn deferred_header<'t>(sent: &mut Vec<Submission<'t>>) -> Option<Submission<'t>> {
	let alone = matches!(sent.as_slice(), [Submission { sent: Sent::Header { .. }, .. }]);
	alone.then(|| sent.remove(0))
}

impl Direction {
	/// Log the outcome of a transaction sent to T. Only a connection problem is an error.
	pub(crate) async fn report(
		&mut self,
		target: &NodeClient,
		sent: Sent,
		outcome: Result<TxReceipt>,
	) -> Result<()> {
		let error_kind = sent.error_kind();
		match (sent, outcome) {
			(Sent::Header { number, set_id, kind }, Ok(_)) => {
				self.metrics.header_relayed();
				self.log(format!("header #{number} (set {set_id}) imported{kind}"))
			},
			(Sent::Header { number, .. }, Err(Error::Failed { error, .. }))
				if error.ends_with("OldHeader") =>
			{
				self.log(format!("header #{number} already imported"))
			},
			(
				Sent::Header { number, set_id, kind },
				Err(e @ (Error::Failed { .. } | Error::Rejected(_))),
			) => {
				self.metrics.error(error_kind);
				self.log(format!("header #{number} (set {set_id}){kind} refused: {e}"))
			},
			(Sent::Delivery { what, start, end }, Ok(receipt)) => {
				// The pallet reports refused messages in its event, not as a failure: check.
				let messages_pallet = self.slot.messages_pallet_name();
				let inbound_key = inbound_lane_data_key(messages_pallet, &LANE);
				let now = target
					.storage::<InboundLaneData<AccountId32>>(&inbound_key, Some(receipt.block_hash))
					.await?
					.map(|lane| lane.last_delivered_nonce())
					.unwrap_or_default();
				self.metrics.messages_relayed(messages_delivered(start, end, now));
				if now >= end {
					self.log(format!("{what} delivered"));
				} else {
					self.log(format!(
						"{what}: {} accepted only up to {now} (see \
						 {messages_pallet}::MessagesReceived in block {:?})",
						self.target.name, receipt.block_hash
					));
				}
			},
			(Sent::Delivery { what, .. }, Err(e @ (Error::Failed { .. } | Error::Rejected(_)))) => {
				self.metrics.error(error_kind);
				self.log(format!("{what} refused: {e}"))
			},
			// Confirmations are of T→S messages: log (and count) them under that direction.
			(Sent::Confirmation { delivered }, Ok(_)) => {
				self.metrics.confirmation_relayed();
				log_line(&self.reverse_label(), format!("confirmed up to {delivered}"))
			},
			(
				Sent::Confirmation { delivered },
				Err(e @ (Error::Failed { .. } | Error::Rejected(_))),
			) => {
				self.metrics.error(error_kind);
				log_line(
					&self.reverse_label(),
					format!("confirmation up to {delivered} refused: {e}"),
				)
			},
			(_, Err(e @ Error::Rpc(_))) => return Err(e),
			(_, Err(e)) => {
				self.metrics.error(error_kind);
				self.log(e)
			},
		}
		Ok(())
	}

	/// `T→S`: the label of the reverse direction.
	pub(crate) fn reverse_label(&self) -> String {
		format!("{}→{}", self.target.name, self.source.name)
	}

	/// Send `call` to T. A refusal by the pool is logged at once (`None`); only a connection
	/// problem is an error.
	pub(crate) async fn send<'t>(
		&mut self,
		target: &'t NodeClient,
		call: &[u8],
		sent: Sent,
	) -> Result<Option<Submission<'t>>> {
		match target.send(call, &self.signer, &self.target.lock).await {
			Ok(inclusion) => Ok(Some(Submission { sent, inclusion: Box::pin(inclusion) })),
			Err(e @ Error::Rpc(_)) => Err(e),
			Err(e) => {
				self.report(target, sent, Err(e)).await?;
				Ok(None)
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use sp_core::H256;

	use super::*;

	#[test]
	fn a_submission_is_not_repeated_at_once() {
		let mut recent = Recent::new();
		assert!(recent.allows(&(H256::repeat_byte(1), 4)));
		recent.note((H256::repeat_byte(1), 4));
		assert!(!recent.allows(&(H256::repeat_byte(1), 4)));
		// Another submission may go; it then becomes the one not to repeat.
		assert!(recent.allows(&(H256::repeat_byte(1), 5)));
		recent.note((H256::repeat_byte(1), 5));
		assert!(recent.allows(&(H256::repeat_byte(1), 4)));
		assert!(!recent.allows(&(H256::repeat_byte(1), 5)));
	}

	fn submission(sent: Sent) -> Submission<'static> {
		Submission { sent, inclusion: Box::pin(async { Err(Error::Other("not sent".into())) }) }
	}

	#[test]
	fn only_a_header_sent_alone_is_deferred() {
		let header = || submission(Sent::Header { number: 7, set_id: 0, kind: "" });
		let delivery =
			|| submission(Sent::Delivery { what: "messages 1..=2".into(), start: 1, end: 2 });
		let mut sent = vec![header()];
		let deferred = deferred_header(&mut sent).expect("a header alone is deferred");
		assert!(matches!(deferred.sent, Sent::Header { number: 7, .. }));
		assert!(sent.is_empty());
		// Never with messages or a confirmation: the round waits for all of them.
		let mut sent = vec![header(), delivery()];
		assert!(deferred_header(&mut sent).is_none());
		assert_eq!(sent.len(), 2);
		let mut sent = vec![delivery()];
		assert!(deferred_header(&mut sent).is_none());
		assert_eq!(sent.len(), 1);
		let mut sent = vec![submission(Sent::Confirmation { delivered: 3 })];
		assert!(deferred_header(&mut sent).is_none());
		assert!(deferred_header(&mut Vec::new()).is_none());
	}
}
