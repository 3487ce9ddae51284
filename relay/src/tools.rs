//! One-shot reads and submissions, for tools and tests: what the end-to-end tests use to
//! check that the chains refuse forged or foreign proofs, and to watch the bridge's state.

use std::time::Duration;

use bp_header_chain::{
	justification::GrandpaJustification,
	storage_keys::{best_finalized_key, current_authority_set_key},
	AuthoritySet,
};
use bp_messages::{
	storage_keys::{inbound_lane_data_key, outbound_lane_data_key},
	InboundLaneData, OutboundLaneData,
};
use bp_runtime::HeaderId;
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	client::{decode_justification, NodeClient, TxReceipt},
	Error, Header, PeerView, Result, Slot, LANE,
};

/// How long [`latest_justification`] waits for the next GRANDPA finalization: ten 6 s blocks.
const JUSTIFICATION_WAIT: Duration = Duration::from_secs(60);

/// Sign `call` (raw bytes: pallet index, call index, SCALE arguments) as `signer`, submit it to
/// the chain at `url` and wait until it is in a best block.
///
/// For tests that submit what the relayer never would (a tampered or foreign justification):
/// a call that fails on chain comes back as [`Error::Failed`] naming the pallet error. Do not
/// use it concurrently with a relayer signing with the same key (both pick the same nonce).
pub async fn submit_raw_call(url: &str, call: &[u8], signer: &Keypair) -> Result<TxReceipt> {
	NodeClient::connect(url).await?.submit(call, signer, &Mutex::new(())).await
}

/// The next GRANDPA justification the chain at `url` produces (waiting at most a minute),
/// with the header it finalizes.
pub async fn latest_justification(url: &str) -> Result<(Header, GrandpaJustification<Header>)> {
	let chain = NodeClient::connect(url).await?;
	let mut subscription = chain.subscribe_justifications().await?;
	let next = tokio::time::timeout(JUSTIFICATION_WAIT, subscription.next())
		.await
		.map_err(|_| Error::Rpc(format!("{url}: no justification within {JUSTIFICATION_WAIT:?}")))?
		.ok_or_else(|| Error::Rpc(format!("{url}: the justification subscription ended")))?
		.map_err(|e| Error::Rpc(format!("{url}: justification subscription: {e}")))?;
	let justification = decode_justification(&next)?;
	let header = chain.header(justification.commit.target_hash).await?;
	Ok((header, justification))
}

/// A chain's bridge state in one slot, read at its best block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BridgeStatus {
	/// Best finalized header of the other chain this chain's light client knows (number, hash);
	/// `None` until initialised.
	pub best_bridged_header: Option<HeaderId<H256, u32>>,
	/// The other chain's GRANDPA authority set the light client currently verifies with.
	pub authority_set: Option<AuthoritySet>,
	/// This chain's outbound lane [`LANE`] of the slot (messages to the other chain).
	pub outbound_lane: Option<OutboundLaneData>,
	/// This chain's inbound lane [`LANE`] of the slot (messages from the other chain).
	pub inbound_lane: Option<InboundLaneData<AccountId32>>,
}

/// Read the bridge state of slot 0 of the chain at `url` (see [`BridgeStatus`]).
pub async fn bridge_status(url: &str) -> Result<BridgeStatus> {
	bridge_status_at(url, Slot::ZERO).await
}

/// Read the bridge state of `slot` of the chain at `url` (see [`BridgeStatus`]): its light
/// client `BridgeGrandpa{k}` and its lanes `BridgeMessages{k}`.
pub async fn bridge_status_at(url: &str, slot: Slot) -> Result<BridgeStatus> {
	let chain = NodeClient::connect(url).await?;
	let (grandpa, messages) = (slot.grandpa_pallet_name(), slot.messages_pallet_name());
	let best_bridged_header = chain.storage(&best_finalized_key(grandpa), None).await?;
	let authority_set = match best_bridged_header {
		Some(_) => chain.storage(&current_authority_set_key(grandpa), None).await?,
		None => None,
	};
	Ok(BridgeStatus {
		best_bridged_header,
		authority_set,
		outbound_lane: chain.storage(&outbound_lane_data_key(messages, &LANE), None).await?,
		inbound_lane: chain.storage(&inbound_lane_data_key(messages, &LANE), None).await?,
	})
}

/// The peers of the chain at `url`, by slot, as its `bridge_peers` lists them at its best
/// block: an error if the node or runtime has no `bridge_peers` (before peer slots).
pub async fn bridge_peers(url: &str) -> Result<Vec<PeerView>> {
	NodeClient::connect(url).await?.bridge_peers(None).await
}
