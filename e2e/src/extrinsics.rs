//! Extrinsics as a wallet makes them: calls built from the runtime's metadata (subxt dynamic
//! calls and values), council motions, signing and submitting ([`submit`]), what an included
//! transaction emitted ([`Included`]) or why it failed ([`Failure`]), and what the chain
//! charges for one ([`charged`]).

use subxt::{
	dynamic::Value,
	tx::Payload,
	utils::{AccountId32, H256},
};
use subxt_signer::sr25519::Keypair;

use crate::{Client, Rpc};

/// A call's fields as dynamic values.
pub type Fields = Vec<Value>;

/// An account id as a value.
pub fn account(id: &AccountId32) -> Value {
	Value::from_bytes(id.0)
}

/// An account as a call's address argument (`MultiAddress::Id`), e.g. a transfer's `dest`.
pub fn address(id: &AccountId32) -> Value {
	Value::unnamed_variant("Id", [account(id)])
}

/// `Some(v)` / `None`.
pub fn some(v: Value) -> Value {
	Value::unnamed_variant("Some", [v])
}
pub fn none() -> Value {
	Value::unnamed_variant("None", [])
}

/// A unit enum variant by name (`Laboratory`, `Treatment`, `Hospital`, ...).
pub fn code(name: &str) -> Value {
	Value::unnamed_variant(name, [])
}

/// A sequence of values.
pub fn list(items: impl IntoIterator<Item = Value>) -> Value {
	Value::unnamed_composite(items)
}

/// A u32/u64/u128 number.
pub fn n(v: u128) -> Value {
	Value::u128(v)
}

/// A consent scope: category and purpose names, custodian organization ids.
pub fn scope(categories: &[&str], purposes: &[&str], custodians: &[u32]) -> Value {
	Value::named_composite([
		("categories", list(categories.iter().map(|c| code(c)))),
		("purposes", list(purposes.iter().map(|p| code(p)))),
		("custodians", list(custodians.iter().map(|c| n(*c as u128)))),
	])
}

/// A transaction of `pallet::call` with `fields`.
pub fn call(pallet: &str, name: &str, fields: Fields) -> impl Payload {
	subxt::dynamic::tx(pallet.to_string(), name.to_string(), fields)
}

/// The same call as a value, to wrap in `Sudo.sudo`.
pub fn call_value(pallet: &str, name: &str, fields: Fields) -> Value {
	Value::unnamed_variant(pallet, [Value::unnamed_variant(name, fields)])
}

/// `Sudo.sudo(inner)` (development chains only).
pub fn sudo(inner: Value) -> impl Payload {
	subxt::dynamic::tx("Sudo", "sudo", vec![inner])
}

/// Length bound declared for the motions tests propose: every call they put to the council
/// (a bridge initialisation with its header, a member list of 33 accounts) is well under it.
pub const MOTION_LENGTH_BOUND: u32 = 8 * 1024;

/// `Council.propose(threshold, inner, MOTION_LENGTH_BOUND)`: a council motion. With a threshold
/// of 1 (a one-seat council) it is dispatched at once and reports `Council.Executed`.
pub fn propose(threshold: u32, inner: Value) -> impl Payload {
	subxt::dynamic::tx(
		"Council",
		"propose",
		vec![n(threshold as u128), inner, n(MOTION_LENGTH_BOUND as u128)],
	)
}

/// A motion of a one-seat council, dispatched at once.
pub fn council(inner: Value) -> impl Payload {
	propose(1, inner)
}

/// `Consortium.dispatch_as_root(inner)` as a value, for calls that accept only root.
pub fn as_root(inner: Value) -> Value {
	call_value("Consortium", "dispatch_as_root", vec![inner])
}

/// `Council.vote(proposal, index, approve)`.
pub fn vote(proposal: H256, index: u32, approve: bool) -> impl Payload {
	subxt::dynamic::tx(
		"Council",
		"vote",
		vec![Value::from_bytes(proposal.0), n(index as u128), Value::bool(approve)],
	)
}

/// `Council.close(proposal, index, weight bound, length bound)`, with bounds that cover every
/// motion the tests make.
pub fn close(proposal: H256, index: u32) -> impl Payload {
	close_with_bound(proposal, index, 1_000_000_000_000, 5 * 1024 * 1024)
}

/// `Council.close` with the given proposal weight bound (ref time in picoseconds, proof size
/// in bytes), as a wallet sets it from the proposal's own weight. The closer is charged for
/// the bound up front and refunded what the proposal did not use.
pub fn close_with_bound(
	proposal: H256,
	index: u32,
	ref_time: u64,
	proof_size: u64,
) -> impl Payload {
	let weight = Value::named_composite([
		("ref_time", n(ref_time as u128)),
		("proof_size", n(proof_size as u128)),
	]);
	subxt::dynamic::tx(
		"Council",
		"close",
		vec![
			Value::from_bytes(proposal.0),
			n(index as u128),
			weight,
			n(MOTION_LENGTH_BOUND as u128),
		],
	)
}

/// The result a council motion's dispatch reported in `Council.Executed`: `Ok(())`, or the
/// error as the chain's metadata names it (`Pallet::Error` for pallet errors).
pub async fn executed(client: &Client, included: &Included) -> Option<Result<(), String>> {
	// `Executed { proposal_hash: H256, result: DispatchResult }`.
	let result = included.bytes_of("Council", "Executed")?.get(32..)?;
	Some(match result.split_first() {
		Some((0, _)) => Ok(()),
		Some((_, error)) => Err(describe_error(client, included.block_hash, error).await),
		None => Err("an empty result".into()),
	})
}

/// A SCALE-encoded `DispatchError` from block `at`, as `Pallet::Error` for pallet errors.
pub async fn describe_error(client: &Client, at: H256, bytes: &[u8]) -> String {
	let metadata = match client.at_block(at).await {
		Ok(at) => at.metadata(),
		Err(e) => return format!("{e}"),
	};
	match subxt::error::DispatchError::decode_from(bytes, metadata) {
		Ok(subxt::error::DispatchError::Module(module)) => module.to_string(),
		Ok(other) => other.to_string(),
		Err(e) => format!("undecodable dispatch error: {e}"),
	}
}

/// `(proposal_index, proposal_hash)` of the motion a `Council.Proposed` event announced.
pub fn proposed(included: &Included) -> Option<(u32, H256)> {
	// `Proposed { account, proposal_index: u32, proposal_hash: H256, threshold: u32 }`.
	let bytes = included.bytes_of("Council", "Proposed")?;
	let index = u32::from_le_bytes(bytes.get(32..36)?.try_into().ok()?);
	Some((index, H256::from_slice(bytes.get(36..68)?)))
}

/// A transaction that made it into a best block.
pub struct Included {
	/// The block it is in.
	pub block_hash: H256,
	/// `(pallet, event)` names of the events it emitted, in order.
	pub events: Vec<(String, String)>,
	/// Each event's fields as JSON-ish text, for assertions on values.
	pub event_fields: Vec<String>,
	/// Each event's fields as SCALE bytes, as the chain encoded them.
	pub event_bytes: Vec<Vec<u8>>,
}

impl Included {
	/// Whether `pallet.event` was emitted.
	pub fn has(&self, pallet: &str, event: &str) -> bool {
		self.events.iter().any(|(p, e)| p == pallet && e == event)
	}

	/// The SCALE-encoded fields of the first `pallet.event`.
	pub fn bytes_of(&self, pallet: &str, event: &str) -> Option<&[u8]> {
		let i = self.events.iter().position(|(p, e)| p == pallet && e == event)?;
		Some(&self.event_bytes[i])
	}
}

/// Why a transaction did not succeed: refused by the pool, or included but failed (then the
/// text names the error as `Pallet::Error`).
#[derive(Debug, Clone)]
pub struct Failure(pub String);

/// Sign `payload` as `signer` (immortal, next nonce), submit it, wait until it is in a best
/// block and report its events, or the dispatch error.
///
/// The nonce comes from `system_accountNextIndex` (best block and pool), as wallets do, so
/// transactions can follow each other before the previous one is finalized.
pub async fn submit(
	client: &Client,
	rpc: &Rpc,
	payload: &impl Payload,
	signer: &impl subxt::transactions::Signer<crate::MedchainConfig>,
) -> Result<Included, Failure> {
	let who = signer.account_id();
	let nonce: u64 = rpc
		.call("system_accountNextIndex", jsonrpsee::rpc_params![who.to_string()])
		.await
		.map_err(|e| Failure(format!("nonce: {e}")))?;
	let at = client.at_current_block().await.map_err(|e| Failure(format!("client: {e}")))?;
	let signed = at
		.transactions()
		.create_signed(
			payload,
			signer,
			subxt::config::PolkadotExtrinsicParamsBuilder::<crate::MedchainConfig>::new()
				.nonce(nonce)
				.build(),
		)
		.await
		.map_err(|e| Failure(format!("signing: {e}")))?;
	let mut progress =
		signed.submit_and_watch().await.map_err(|e| Failure(format!("submit: {e}")))?;
	use subxt::transactions::TransactionStatus as S;
	while let Some(status) = progress.next().await {
		match status.map_err(|e| Failure(format!("progress: {e}")))? {
			S::InBestBlock(in_block) | S::InFinalizedBlock(in_block) => {
				let block_hash = in_block.block_hash();
				let events =
					in_block.wait_for_success().await.map_err(|e| Failure(e.to_string()))?;
				let mut names = Vec::new();
				let mut fields = Vec::new();
				let mut bytes = Vec::new();
				for ev in events.iter() {
					let ev = ev.map_err(|e| Failure(format!("event: {e}")))?;
					names.push((ev.pallet_name().to_string(), ev.event_name().to_string()));
					bytes.push(ev.field_bytes().to_vec());
					fields.push(
						ev.decode_as::<Value<()>>().map(|v| v.to_string()).unwrap_or_default(),
					);
				}
				return Ok(Included {
					block_hash,
					events: names,
					event_fields: fields,
					event_bytes: bytes,
				});
			},
			S::Error { message } | S::Invalid { message } | S::Dropped { message } => {
				return Err(Failure(message))
			},
			_ => continue,
		}
	}
	Err(Failure("transaction status stream ended".into()))
}

/// What the chain charges `signer` for `payload` before dispatch, from `payment_queryInfo` on
/// the signed extrinsic (nothing is submitted): weight ref time (ps), proof size (bytes) and
/// the partial fee (planck).
pub async fn charged(
	client: &Client,
	rpc: &Rpc,
	payload: &impl Payload,
	signer: &Keypair,
) -> crate::Result<(u64, u64, u128)> {
	let at = client.at_current_block().await.map_err(|e| format!("client: {e}"))?;
	let params = subxt::config::PolkadotExtrinsicParamsBuilder::<crate::MedchainConfig>::new();
	let signed = at
		.transactions()
		.create_signed(payload, signer, params.build())
		.await
		.map_err(|e| format!("signing: {e}"))?;
	let info: serde_json::Value = rpc
		.call("payment_queryInfo", jsonrpsee::rpc_params![crate::to_hex(signed.encoded())])
		.await?;
	let weight = &info["weight"];
	let field = |v: &serde_json::Value, a: &str, b: &str| v[a].as_u64().or(v[b].as_u64());
	let ref_time = field(weight, "ref_time", "refTime").ok_or(format!("no ref time: {info}"))?;
	let proof = field(weight, "proof_size", "proofSize").ok_or(format!("no proof size: {info}"))?;
	let fee = info["partialFee"]
		.as_str()
		.and_then(|f| f.parse().ok())
		.or(info["partialFee"].as_u64().map(u128::from))
		.ok_or(format!("no fee: {info}"))?;
	Ok((ref_time, proof, fee))
}
