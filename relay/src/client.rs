//! One connection to a medchain node: the JSON-RPC calls the relayer reads the chain with, and
//! signed submission of raw calls through subxt.
//!
//! Everything the relayer decides is read here, from the chains, so a relayer can be restarted
//! at any time. Storage is read by final key (`bp_*::storage_keys`) and decoded with the bridge
//! crates' own types, so the relayer and the pallets cannot disagree on a layout.

use std::{future::Future, time::Duration};

use bp_header_chain::justification::GrandpaJustification;
use bp_runtime::RawStorageProof;
use codec::{Decode, DecodeAll};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use sp_consensus_grandpa::GRANDPA_ENGINE_ID;
use sp_core::{
	bytes::{from_hex, to_hex},
	storage::StorageKey,
	Bytes, H256,
};
use sp_runtime::ConsensusEngineId;
use subxt::{
	config::PolkadotExtrinsicParamsBuilder,
	error::{DispatchError, TransactionEventsError},
	rpcs::{
		client::{RpcParams, RpcSubscription},
		Error as RpcError, RpcClient,
	},
	transactions::TransactionStatus,
	utils::AccountId32 as SubxtAccountId,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{calls::RawCall, Error, Header, PeerView, Result};

/// How long a submitted transaction may take to reach a best block before the relayer gives up
/// on it: ten 6 s blocks, enough for a busy pool, short enough to notice a dropped transaction.
const INCLUSION_TIMEOUT: Duration = Duration::from_secs(60);

/// An event emitted by an included transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxEvent {
	/// Pallet name, e.g. `BridgeGrandpa`.
	pub pallet: String,
	/// Event name, e.g. `UpdatedBestFinalizedHeader`.
	pub name: String,
	/// The event's fields, SCALE-encoded as the chain emitted them.
	pub fields: Vec<u8>,
}

/// The receipt of a transaction that made it into a best block and dispatched successfully:
/// where it is and what it emitted.
#[derive(Clone, Debug)]
pub struct TxReceipt {
	/// The block it is in.
	pub block_hash: H256,
	/// The events it emitted, in order.
	pub events: Vec<TxEvent>,
}

impl TxReceipt {
	/// The first `pallet.name` event, if emitted.
	pub fn event(&self, pallet: &str, name: &str) -> Option<&TxEvent> {
		self.events.iter().find(|e| e.pallet == pallet && e.name == name)
	}
}

/// A connection to one node of a chain: a JSON-RPC client and a subxt client sharing it.
/// (Not the chain itself: the relayer reaches each chain through one node's client.)
pub(crate) struct NodeClient {
	url: String,
	rpc: RpcClient,
	client: OnlineClient<PolkadotConfig>,
}

impl NodeClient {
	/// Connect to the node at `url` (`ws://` or `wss://`).
	pub async fn connect(url: &str) -> Result<Self> {
		let rpc = RpcClient::from_insecure_url(url)
			.await
			.map_err(|e| Error::Rpc(format!("connecting to {url}: {e}")))?;
		let client = OnlineClient::<PolkadotConfig>::from_rpc_client(rpc.clone())
			.await
			.map_err(|e| Error::Rpc(format!("{url}: subxt client: {e}")))?;
		Ok(Self { url: url.to_string(), rpc, client })
	}

	/// The node's URL, for messages.
	pub fn url(&self) -> &str {
		&self.url
	}

	fn rpc_error(&self, what: &str, e: impl std::fmt::Display) -> Error {
		Error::Rpc(format!("{}: {what}: {e}", self.url))
	}

	/// Call `method` with positional `params` and decode the JSON result.
	async fn request<R: DeserializeOwned>(&self, method: &str, params: Vec<Value>) -> Result<R> {
		let mut rpc_params = RpcParams::new();
		for p in params {
			rpc_params.push(p).map_err(|e| self.rpc_error(method, e))?;
		}
		self.rpc.request(method, rpc_params).await.map_err(|e| match e {
			// The node answered, with an error (e.g. state of a pruned block) or something
			// unexpected: the connection is fine, retrying the same request will not help.
			RpcError::User(e) => {
				Error::Other(format!("{}: {method}: the node refused: {}", self.url, e.message))
			},
			RpcError::Deserialization(e) => {
				Error::Other(format!("{}: {method}: unexpected answer: {e}", self.url))
			},
			other => self.rpc_error(method, other),
		})
	}

	/// Hash of the last finalized block.
	pub async fn finalized_hash(&self) -> Result<H256> {
		self.request("chain_getFinalizedHead", vec![]).await
	}

	/// Hash of block `number` on the node's best chain, if it has one.
	pub async fn block_hash(&self, number: u32) -> Result<Option<H256>> {
		self.request("chain_getBlockHash", vec![json!(number)]).await
	}

	/// The header of block `hash`.
	pub async fn header(&self, hash: H256) -> Result<Header> {
		let header: Option<Header> = self.request("chain_getHeader", vec![json!(hash)]).await?;
		header.ok_or_else(|| Error::Other(format!("{}: no header for block {hash:?}", self.url)))
	}

	/// The storage value at `key`, decoded, at block `at` (the best block if `None`). `None` if
	/// the key holds no value.
	pub async fn storage<T: Decode>(
		&self,
		key: &StorageKey,
		at: Option<H256>,
	) -> Result<Option<T>> {
		let raw: Option<Bytes> =
			self.request("state_getStorage", vec![json!(to_hex(&key.0, false)), json!(at)]).await?;
		raw.map(|bytes| {
			T::decode_all(&mut &bytes.0[..]).map_err(|e| {
				Error::Other(format!(
					"{}: decoding the value at storage key {}: {e}",
					self.url,
					to_hex(&key.0, false)
				))
			})
		})
		.transpose()
	}

	/// A storage proof of `keys` at block `at`: the trie nodes needed to read exactly these
	/// keys, which is what the bridge pallets' proof checker accepts (it refuses unused nodes).
	pub async fn read_proof(&self, keys: &[StorageKey], at: H256) -> Result<RawStorageProof> {
		#[derive(serde::Deserialize)]
		struct ReadProof {
			proof: Vec<Bytes>,
		}
		let keys: Vec<String> = keys.iter().map(|k| to_hex(&k.0, false)).collect();
		let proof: ReadProof =
			self.request("state_getReadProof", vec![json!(keys), json!(at)]).await?;
		Ok(proof.proof.into_iter().map(|node| node.0).collect())
	}

	/// Call runtime API function `method` (e.g. `GrandpaApi_current_set_id`) with SCALE `data`
	/// at block `at`, returning the SCALE-encoded answer.
	pub async fn state_call(&self, method: &str, data: &[u8], at: H256) -> Result<Vec<u8>> {
		let answer: Bytes = self
			.request("state_call", vec![json!(method), json!(to_hex(data, false)), json!(at)])
			.await?;
		Ok(answer.0)
	}

	/// The GRANDPA justification the node stored for block `hash`, if any. Nodes keep them for
	/// authority-set changes (and, with the GRANDPA RPC, for others from time to time).
	pub async fn stored_justification(
		&self,
		hash: H256,
	) -> Result<Option<GrandpaJustification<Header>>> {
		let block: Option<Value> = self.request("chain_getBlock", vec![json!(hash)]).await?;
		let Some(block) = block else {
			return Err(Error::Other(format!("{}: no block {hash:?}", self.url)));
		};
		let justifications = block.get("justifications").unwrap_or(&Value::Null);
		let justifications = parse_justifications(justifications).ok_or_else(|| {
			Error::Other(format!("{}: unexpected justifications of block {hash:?}", self.url))
		})?;
		let Some((_, encoded)) = justifications.iter().find(|(id, _)| *id == GRANDPA_ENGINE_ID)
		else {
			return Ok(None);
		};
		decode_justification(encoded)
			.map(Some)
			.map_err(|e| Error::Other(format!("{}: block {hash:?}: {e}", self.url)))
	}

	/// The chain's peers (`bridge_peers`) at block `at` (the best block if `None`).
	pub async fn bridge_peers(&self, at: Option<H256>) -> Result<Vec<PeerView>> {
		self.request("bridge_peers", vec![json!(at)]).await
	}

	/// The peer `bridge_status` names: slot 0's (the only one of a runtime without slots).
	pub async fn bridge_status_peer(&self) -> Result<Option<H256>> {
		#[derive(serde::Deserialize)]
		struct Status {
			#[serde(default)]
			peer: Option<H256>,
		}
		let status: Status = self.request("bridge_status", vec![]).await?;
		Ok(status.peer)
	}

	/// Subscribe to the justifications of newly finalized blocks (SCALE-encoded
	/// `GrandpaJustification`s, one per GRANDPA finalization).
	pub async fn subscribe_justifications(&self) -> Result<RpcSubscription<Bytes>> {
		self.rpc
			.subscribe(
				"grandpa_subscribeJustifications",
				RpcParams::new(),
				"grandpa_unsubscribeJustifications",
			)
			.await
			.map_err(|e| self.rpc_error("grandpa_subscribeJustifications", e))
	}

	/// The raw value of runtime constant `pallet::name` from the current metadata, if the
	/// runtime has it.
	pub async fn constant(&self, pallet: &str, name: &str) -> Result<Option<Vec<u8>>> {
		let at = self.client.at_current_block().await.map_err(|e| self.rpc_error("metadata", e))?;
		let metadata = at.metadata_ref();
		Ok(metadata
			.pallet_by_name(pallet)
			.and_then(|p| p.constant_by_name(name))
			.map(|c| c.value().to_vec()))
	}

	/// Next transaction nonce of `who`, counting transactions already in the pool, so
	/// transactions can follow each other before the previous one is finalized.
	async fn next_nonce(&self, who: &SubxtAccountId) -> Result<u64> {
		self.request("system_accountNextIndex", vec![json!(who.to_string())]).await
	}

	/// Sign `call` (raw bytes: pallet index, call index, arguments) as `signer`, submit it and
	/// wait until it is in a best block. Errors: see [`NodeClient::send`].
	pub async fn submit(
		&self,
		call: &[u8],
		signer: &Keypair,
		lock: &Mutex<()>,
	) -> Result<TxReceipt> {
		self.send(call, signer, lock).await?.await
	}

	/// Sign `call` as `signer` and hand it to the node's pool; the returned future resolves
	/// when it is in a best block. Several transactions can be sent before awaiting any, so
	/// they can land in the same block (the pool orders one account's transactions by nonce).
	///
	/// `lock` serialises submissions by the same account to this chain (several tasks may submit
	/// to it): it is held from reading the nonce until the pool has accepted the transaction,
	/// then released, so the next submission sees the transaction in `system_accountNextIndex`.
	///
	/// Errors: [`Error::Failed`] if the call was included but failed (the text names the error
	/// as `Pallet::Error`), [`Error::Rejected`] if the pool refused or dropped the transaction,
	/// [`Error::Rpc`] if the node could not be reached.
	pub async fn send(
		&self,
		call: &[u8],
		signer: &Keypair,
		lock: &Mutex<()>,
	) -> Result<impl Future<Output = Result<TxReceipt>> + Send + '_> {
		let guard = lock.lock().await;
		let at =
			self.client.at_current_block().await.map_err(|e| self.rpc_error("current block", e))?;
		let payload = RawCall::resolve(at.metadata_ref(), call)?;
		let name = payload.name().to_string();
		let who = signer.public_key().to_account_id();
		let nonce = self.next_nonce(&who).await?;
		let params = PolkadotExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
		let signed = at
			.transactions()
			.create_signed(&payload, signer, params)
			.await
			.map_err(|e| Error::Other(format!("{}: signing {name}: {e}", self.url)))?;
		let mut progress = signed
			.submit_and_watch()
			.await
			.map_err(|e| Error::Rejected(format!("{}: {name}: {e}", self.url)))?;
		drop(guard);

		let what = format!("{}: {name}", self.url);
		let wait = async move {
			while let Some(status) = progress.next().await {
				let status = status.map_err(|e| self.rpc_error("transaction status", e))?;
				match status {
					TransactionStatus::InBestBlock(in_block)
					| TransactionStatus::InFinalizedBlock(in_block) => {
						let block_hash = in_block.block_hash();
						let events = in_block.wait_for_success().await.map_err(|e| match e {
							TransactionEventsError::ExtrinsicFailed(error) => {
								Error::Failed { block_hash, error: dispatch_error_text(&error) }
							},
							other => self.rpc_error("transaction events", other),
						})?;
						let mut out = Vec::new();
						for event in events.iter() {
							let event =
								event.map_err(|e| self.rpc_error("decoding an event", e))?;
							out.push(TxEvent {
								pallet: event.pallet_name().to_string(),
								name: event.event_name().to_string(),
								fields: event.field_bytes().to_vec(),
							});
						}
						return Ok(TxReceipt { block_hash, events: out });
					},
					TransactionStatus::Error { message }
					| TransactionStatus::Invalid { message }
					| TransactionStatus::Dropped { message } => {
						return Err(Error::Rejected(format!("{}: {name}: {message}", self.url)))
					},
					_ => continue,
				}
			}
			Err(Error::Rejected(format!(
				"{}: {name}: the transaction status stream ended before inclusion",
				self.url
			)))
		};
		Ok(async move {
			tokio::time::timeout(INCLUSION_TIMEOUT, wait).await.map_err(|_| {
				Error::Rejected(format!("{what}: not in a block after {INCLUSION_TIMEOUT:?}"))
			})?
		})
	}

	pub async fn describe_dispatch_error(&self, block_hash: H256, bytes: &[u8]) -> String {
		let fallback = || format!("undecodable dispatch error {}", to_hex(bytes, false));
		match self.client.at_block(block_hash).await {
			Ok(at) => match DispatchError::decode_from(bytes, at.metadata()) {
				Ok(error) => dispatch_error_text(&error),
				Err(_) => fallback(),
			},
			Err(_) => fallback(),
		}
	}
}

/// `Pallet::Error` for pallet errors, the error's description otherwise.
fn dispatch_error_text(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => module.to_string(),
		other => other.to_string(),
	}
}

/// Decode a SCALE-encoded GRANDPA justification (as the node stores and streams them).
pub(crate) fn decode_justification(bytes: &[u8]) -> Result<GrandpaJustification<Header>> {
	GrandpaJustification::<Header>::decode_all(&mut &bytes[..])
		.map_err(|e| Error::Other(format!("decoding a GRANDPA justification: {e}")))
}

/// Bytes given in JSON as an array of numbers (serde's form of `Vec<u8>` and `[u8; 4]`) or as
/// a `0x` hex string (`sp_core::Bytes`); `None` for anything else.
fn json_bytes(value: &Value) -> Option<Vec<u8>> {
	match value {
		Value::Array(items) => {
			items.iter().map(|item| item.as_u64().and_then(|n| u8::try_from(n).ok())).collect()
		},
		Value::String(text) => from_hex(text).ok(),
		_ => None,
	}
}

/// The `justifications` of a `chain_getBlock` answer: `null`, or a list of
/// `[engine id, encoded justification]` pairs. `None` if it has another shape.
fn parse_justifications(value: &Value) -> Option<Vec<(ConsensusEngineId, Vec<u8>)>> {
	let Value::Array(pairs) = value else {
		return value.is_null().then(Vec::new);
	};
	pairs
		.iter()
		.map(|pair| match pair.as_array()?.as_slice() {
			[id, data] => Some((json_bytes(id)?.try_into().ok()?, json_bytes(data)?)),
			_ => None,
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::{Compact, Encode};
	use sp_runtime::{generic::Digest, traits::Header as _};

	#[test]
	fn justifications_of_a_block_in_both_json_forms() {
		use serde_json::json;
		let parse = parse_justifications;
		let grandpa = (*b"FRNK", vec![1, 2]);
		assert_eq!(parse(&json!(null)), Some(vec![]));
		assert_eq!(parse(&json!([[[70, 82, 78, 75], [1, 2]]])), Some(vec![grandpa.clone()]));
		assert_eq!(parse(&json!([["0x46524e4b", "0x0102"]])), Some(vec![grandpa]));
		// Malformed answers are refused, not trusted.
		assert_eq!(parse(&json!([[[70, 82, 78], [1]]])), None);
		assert_eq!(parse(&json!([[[70, 82, 78, 75], [256]]])), None);
		assert_eq!(parse(&json!([[1, 2, 3]])), None);
		assert_eq!(parse(&json!("FRNK")), None);
	}

	#[test]
	fn json_bytes_are_numbers_or_hex() {
		assert_eq!(json_bytes(&json!([0, 255, 7])), Some(vec![0, 255, 7]));
		assert_eq!(json_bytes(&json!([])), Some(vec![]));
		assert_eq!(json_bytes(&json!("0x00ff07")), Some(vec![0, 255, 7]));
		assert_eq!(json_bytes(&json!("0x")), Some(vec![]));
		// Not bytes: out of range, negative, not numbers, not hex, another JSON type.
		assert_eq!(json_bytes(&json!([256])), None);
		assert_eq!(json_bytes(&json!([-1])), None);
		assert_eq!(json_bytes(&json!(["1"])), None);
		assert_eq!(json_bytes(&json!("0xzz")), None);
		assert_eq!(json_bytes(&json!(7)), None);
		assert_eq!(json_bytes(&json!(null)), None);
	}

	#[test]
	fn a_justification_decodes_exactly_or_not_at_all() {
		let header = Header::new(
			9,
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			H256::repeat_byte(3),
			Digest::default(),
		);
		// Round, commit target hash and number, no precommits, no ancestry.
		let bytes = (7u64, header.hash(), header.number, Compact(0u32), Compact(0u32)).encode();
		let justification = decode_justification(&bytes).expect("valid encoding");
		assert_eq!(justification.round, 7);
		assert_eq!(justification.commit.target_hash, header.hash());
		assert_eq!(justification.commit.target_number, 9);
		// Trailing bytes and truncations are refused.
		let trailing = [&bytes[..], &[0][..]].concat();
		assert!(decode_justification(&trailing).is_err());
		let error = decode_justification(&bytes[..bytes.len() - 1]).unwrap_err().to_string();
		assert!(error.starts_with("decoding a GRANDPA justification"), "{error}");
	}

	#[test]
	fn a_receipt_finds_the_first_event_by_pallet_and_name() {
		let event = |pallet: &str, name: &str, fields: &[u8]| TxEvent {
			pallet: pallet.into(),
			name: name.into(),
			fields: fields.to_vec(),
		};
		let receipt = TxReceipt {
			block_hash: H256::repeat_byte(4),
			events: vec![
				event("Council", "Proposed", &[1]),
				event("Council", "Executed", &[2]),
				event("Council", "Executed", &[3]),
			],
		};
		assert_eq!(receipt.event("Council", "Executed").map(|e| e.fields.clone()), Some(vec![2]));
		assert_eq!(receipt.event("Council", "Proposed").map(|e| e.fields.clone()), Some(vec![1]));
		assert!(receipt.event("Council", "Closed").is_none());
		assert!(receipt.event("System", "Executed").is_none());
	}
}
