//! The gateway's one connection to a medchain node: the lookups a release needs (key →
//! organization, patient accounts, anchored records, consent decisions and integrity verdicts
//! at named blocks) through `medchain-rpc`'s typed client traits, and signed transactions
//! through subxt.
//!
//! Every failure to reach or understand the node is a [`ChainError`], which the routes answer
//! with 503 and nothing released: the gateway fails closed.

use std::time::Duration;

use codec::{Decode, DecodeAll, Encode};
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use medchain_rpc::{ConsentApiClient, IdentityApiClient, RecordsApiClient};
use pallet_consent::{AccessDecision, Category, Custodian, Purpose};
use pallet_ehr_anchor::{
	AuditEntry, AuditHead, Batch, BatchId, ContentHash, Record, RecordId, Verdict,
};
use pallet_patient_identity::{
	runtime_api::{OrganizationView, PatientView},
	EndpointInfo, OrganizationId, PatientId,
};
use serde::de::DeserializeOwned;
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormat},
	ed25519, Pair, H256,
};
use subxt::{
	config::PolkadotExtrinsicParamsBuilder,
	error::DispatchError,
	transactions::{Payload, Signer, TransactionStatus},
	utils::{AccountId32 as SubxtAccountId, MultiSignature},
	OnlineClient, PolkadotConfig,
};

/// How long to wait for the node to accept a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one JSON-RPC request may take before the node counts as unreachable: a runtime
/// call answers in milliseconds, and a request held longer than this holds a requester.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Entries per `records_ofPatient` page: the RPC's own largest page.
const INDEX_PAGE: u32 = pallet_ehr_anchor::runtime_api::MAX_PAGE_ENTRIES;
/// Pages of a patient's record index walked at most (16,384 entries), which bounds the work
/// one federated request makes the node do.
const MAX_INDEX_PAGES: u32 = 64;
/// How long a submitted transaction may take to be finalized: twenty 6 s blocks, room for a
/// busy pool and for GRANDPA to finalize a few blocks behind the best one.
pub const FINALITY_TIMEOUT: Duration = Duration::from_secs(120);

/// An organization as the identity RPC shows it.
pub type Organization = OrganizationView<AccountId32>;
/// A patient as the identity RPC shows it.
pub type Patient = PatientView<AccountId32, u128>;

/// The node could not be reached or answered something unusable.
#[derive(Debug)]
pub struct ChainError(pub String);

impl std::fmt::Display for ChainError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "node: {}", self.0)
	}
}

impl std::error::Error for ChainError {}

fn failed(what: &str, e: impl std::fmt::Display) -> ChainError {
	ChainError(format!("{what}: {e}"))
}

/// A block by hash and number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
	pub hash: H256,
	pub number: u32,
}

/// The two blocks a consent decision is taken at (a revocation counts at the best block, a new
/// grant once final), and the best block's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heads {
	pub best: Block,
	pub finalized: Block,
	/// The best block's `Timestamp.Now`, in UNIX milliseconds.
	pub best_time_ms: u64,
}

impl Heads {
	/// The `X-Medchain-Consent-Block` header value.
	pub fn header(&self) -> String {
		format!(
			"best={}:{:?}; finalized={}:{:?}",
			self.best.number, self.best.hash, self.finalized.number, self.finalized.hash
		)
	}
}

/// An ed25519 key that signs the gateway's transactions (and, in tests and the benchmark,
/// requesters' client assertions): an operator key of the custodian.
#[derive(Clone)]
pub struct Key(pub ed25519::Pair);

impl Key {
	/// The key of secret URI `suri` (a mnemonic, a hex seed or a `//Dev` derivation); the error
	/// never repeats the secret.
	pub fn from_suri(suri: &str) -> Result<Key, String> {
		ed25519::Pair::from_string(suri.trim(), None)
			.map(Key)
			.map_err(|e| format!("not a valid ed25519 secret ({e:?})"))
	}

	pub fn account(&self) -> AccountId32 {
		AccountId32::new(self.0.public().0)
	}
}

impl Signer<PolkadotConfig> for Key {
	fn account_id(&self) -> SubxtAccountId {
		SubxtAccountId(self.0.public().0)
	}

	fn sign(&self, signer_payload: &[u8]) -> MultiSignature {
		MultiSignature::Ed25519(self.0.sign(signer_payload).0)
	}
}

/// A call given as its pallet and call names and its arguments already SCALE-encoded from the
/// runtime's own types (`pallet-ehr-anchor`'s `Release`, `Format`, ...), so that the gateway
/// needs no code generated from metadata; subxt still finds the call's indices by name in the
/// node's metadata, so a node without the call refuses to build it.
pub struct RawCall {
	pallet: &'static str,
	call: &'static str,
	args: EncodedArgs,
}

impl RawCall {
	pub fn new(pallet: &'static str, call: &'static str, args: impl Encode) -> Self {
		Self { pallet, call, args: EncodedArgs(args.encode()) }
	}
}

/// Arguments encoded in advance: written as they are, whatever the metadata's field shapes.
pub struct EncodedArgs(Vec<u8>);

impl scale_encode::EncodeAsFields for EncodedArgs {
	fn encode_as_fields_to<R: scale_encode::TypeResolver>(
		&self,
		_fields: &mut dyn scale_encode::FieldIter<'_, R::TypeId>,
		_types: &R,
		out: &mut Vec<u8>,
	) -> Result<(), scale_encode::Error> {
		out.extend_from_slice(&self.0);
		Ok(())
	}
}

impl Payload for RawCall {
	type CallData = EncodedArgs;

	fn pallet_name(&self) -> &str {
		self.pallet
	}

	fn call_name(&self) -> &str {
		self.call
	}

	fn call_data(&self) -> &EncodedArgs {
		&self.args
	}
}

/// A transaction's fate once finalized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finalized {
	pub block: Block,
	/// `Err(Pallet::Error)` (e.g. `EhrAnchor::HashReused`; another dispatch error as the chain
	/// describes it) when the call failed: its fee was paid, nothing else changed.
	pub outcome: Result<(), String>,
}

/// A submitted transaction, followed until it is finalized (at most [`FINALITY_TIMEOUT`]).
pub type Following = futures::future::BoxFuture<'static, Result<Finalized, ChainError>>;

/// One connection to a node.
pub struct Chain {
	rpc: WsClient,
	subxt: OnlineClient<PolkadotConfig>,
	/// The chain's genesis hash: federation assertions name it.
	pub genesis: H256,
	/// The chain's SS58 prefix (from its properties).
	pub ss58: u16,
}

impl Chain {
	/// Connects to the node at `url` and adopts the chain's SS58 format for every account this
	/// process prints or parses.
	pub async fn connect(url: &str) -> Result<Chain, ChainError> {
		let rpc = WsClientBuilder::default()
			.connection_timeout(CONNECT_TIMEOUT)
			.request_timeout(REQUEST_TIMEOUT)
			.build(url)
			.await
			.map_err(|e| failed(&format!("cannot reach {url}"), e))?;
		let subxt = OnlineClient::<PolkadotConfig>::from_insecure_url(url)
			.await
			.map_err(|e| failed(&format!("cannot reach {url}"), e))?;
		let genesis: Option<H256> = request(&rpc, "chain_getBlockHash", rpc_params![0u32]).await?;
		let genesis = genesis.ok_or_else(|| ChainError(format!("{url}: no genesis block")))?;
		let properties: serde_json::Value =
			request(&rpc, "system_properties", rpc_params![]).await?;
		let ss58 = properties
			.get("ss58Format")
			.and_then(serde_json::Value::as_u64)
			.and_then(|p| u16::try_from(p).ok())
			.ok_or_else(|| ChainError(format!("{url}: the chain names no ss58Format")))?;
		sp_core::crypto::set_default_ss58_version(Ss58AddressFormat::custom(ss58));
		Ok(Chain { rpc, subxt, genesis, ss58 })
	}

	async fn request<R: DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> Result<R, ChainError> {
		request(&self.rpc, method, params).await
	}

	/// The best and finalized blocks and the best block's time.
	pub async fn heads(&self) -> Result<Heads, ChainError> {
		let best: H256 = self.request("chain_getBlockHash", rpc_params![]).await?;
		let finalized: H256 = self.request("chain_getFinalizedHead", rpc_params![]).await?;
		let best = Block { hash: best, number: self.number(best).await? };
		let finalized = Block { hash: finalized, number: self.number(finalized).await? };
		let best_time_ms = self.time_at(best.hash).await?;
		Ok(Heads { best, finalized, best_time_ms })
	}

	/// Block `hash`'s `Timestamp.Now`, in UNIX milliseconds.
	async fn time_at(&self, hash: H256) -> Result<u64, ChainError> {
		// `Timestamp.Now`: twox128("Timestamp") ++ twox128("Now"), a u64 of milliseconds.
		let key = [sp_crypto_hashing::twox_128(b"Timestamp"), sp_crypto_hashing::twox_128(b"Now")]
			.concat();
		let raw: Option<sp_core::Bytes> =
			self.request("state_getStorage", rpc_params![sp_core::Bytes(key), hash]).await?;
		raw.and_then(|b| u64::decode(&mut &b.0[..]).ok())
			.ok_or_else(|| ChainError(format!("block {hash:?} has no Timestamp.Now")))
	}

	/// The finalized block.
	pub async fn finalized(&self) -> Result<Block, ChainError> {
		let hash: H256 = self.request("chain_getFinalizedHead", rpc_params![]).await?;
		Ok(Block { hash, number: self.number(hash).await? })
	}

	/// The `Timestamp.Now` of block `number` of the best chain (a finalized number names a
	/// final block), in UNIX milliseconds. Needs the block's state: a pruning node keeps the
	/// last 256 blocks', an archive node all.
	pub async fn block_time(&self, number: u32) -> Result<u64, ChainError> {
		let hash: Option<H256> = self.request("chain_getBlockHash", rpc_params![number]).await?;
		let hash = hash.ok_or_else(|| ChainError(format!("no block #{number}")))?;
		self.time_at(hash).await
	}

	/// The `EhrAnchor.AccessLogged` events of block `number` of the best chain, as
	/// `(patient, entry, head after it)`, with the block's hash. The event's field bytes are
	/// `patient ‖ SCALE(entry) ‖ head` (`docs/records.md`), decoded with the pallet's own types.
	pub async fn access_logged(
		&self,
		number: u32,
	) -> Result<(H256, Vec<(PatientId, AuditEntry<u32>, H256)>), ChainError> {
		let what = format!("the events of block #{number}");
		let at = self.subxt.at_block(number).await.map_err(|e| failed(&what, e))?;
		let hash = at.block_hash();
		let events = at.events().fetch().await.map_err(|e| failed(&what, e))?;
		let mut logged = Vec::new();
		for event in events.iter() {
			let event = event.map_err(|e| failed(&what, e))?;
			if (event.pallet_name(), event.event_name()) != ("EhrAnchor", "AccessLogged") {
				continue;
			}
			let mut fields = event.field_bytes();
			let decoded = <(PatientId, AuditEntry<u32>, H256)>::decode_all(&mut fields)
				.map_err(|e| failed(&what, format!("an AccessLogged event: {e}")))?;
			logged.push(decoded);
		}
		Ok((hash, logged))
	}

	async fn number(&self, hash: H256) -> Result<u32, ChainError> {
		let header: serde_json::Value = self.request("chain_getHeader", rpc_params![hash]).await?;
		header
			.get("number")
			.and_then(serde_json::Value::as_str)
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or_else(|| ChainError(format!("no header for {hash:?}")))
	}

	/// The organization `account` is an admin or operator of, at `at`.
	pub async fn organization_of(
		&self,
		account: &AccountId32,
		at: H256,
	) -> Result<Option<Organization>, ChainError> {
		IdentityApiClient::<H256, AccountId32, u128>::organization_of(
			&self.rpc,
			account.clone(),
			Some(at),
		)
		.await
		.map_err(|e| failed("identity_organizationOf", e))
	}

	/// An organization by id, at `at`.
	pub async fn organization(
		&self,
		organization: OrganizationId,
		at: H256,
	) -> Result<Option<Organization>, ChainError> {
		IdentityApiClient::<H256, AccountId32, u128>::organization(
			&self.rpc,
			organization,
			Some(at),
		)
		.await
		.map_err(|e| failed("identity_organization", e))
	}

	/// The patient `account` controls, at `at`.
	pub async fn patient_by_account(
		&self,
		account: &AccountId32,
		at: H256,
	) -> Result<Option<Patient>, ChainError> {
		IdentityApiClient::<H256, AccountId32, u128>::patient_by_account(
			&self.rpc,
			account.clone(),
			Some(at),
		)
		.await
		.map_err(|e| failed("identity_patientByAccount", e))
	}

	/// A patient by id, at `at`.
	pub async fn patient(
		&self,
		patient: PatientId,
		at: H256,
	) -> Result<Option<Patient>, ChainError> {
		IdentityApiClient::<H256, AccountId32, u128>::patient(&self.rpc, patient, Some(at))
			.await
			.map_err(|e| failed("identity_patient", e))
	}

	/// An individually anchored record, at `at`.
	pub async fn record(&self, record: RecordId, at: H256) -> Result<Option<Record>, ChainError> {
		RecordsApiClient::<H256>::record(&self.rpc, record, Some(at))
			.await
			.map_err(|e| failed("records_record", e))
	}

	/// A batch anchor, at `at`.
	pub async fn batch(&self, batch: BatchId, at: H256) -> Result<Option<Batch>, ChainError> {
		RecordsApiClient::<H256>::batch(&self.rpc, batch, Some(at))
			.await
			.map_err(|e| failed("records_batch", e))
	}

	/// The head and length of `patient`'s audit chain, at `at`.
	pub async fn audit_head(&self, patient: PatientId, at: H256) -> Result<AuditHead, ChainError> {
		RecordsApiClient::<H256>::audit_head(&self.rpc, patient, Some(at))
			.await
			.map_err(|e| failed("records_auditHead", e))
	}

	/// The organizations holding records of `patient` that are not retracted, at `at`, in
	/// the order the patient's record index first names them (`records_ofPatient`).
	pub async fn custodians_of(
		&self,
		patient: PatientId,
		at: H256,
	) -> Result<Vec<OrganizationId>, ChainError> {
		let mut custodians = Vec::new();
		let mut from = Some(0);
		for _ in 0..MAX_INDEX_PAGES {
			let Some(start) = from else { return Ok(custodians) };
			let page = RecordsApiClient::<H256>::of_patient(
				&self.rpc,
				patient,
				start,
				INDEX_PAGE,
				Some(at),
			)
			.await
			.map_err(|e| failed("records_ofPatient", e))?;
			for entry in page.entries.iter().filter(|e| e.retracted.is_none()) {
				if !custodians.contains(&entry.custodian) {
					custodians.push(entry.custodian);
				}
			}
			from = page.next;
		}
		Err(ChainError(format!(
			"patient {patient}'s record index is longer than {} entries",
			MAX_INDEX_PAGES * INDEX_PAGE
		)))
	}

	/// The gateway endpoint `organization` publishes (`PatientIdentity.Endpoints`), at `at`.
	pub async fn endpoint(
		&self,
		organization: OrganizationId,
		at: H256,
	) -> Result<Option<String>, ChainError> {
		// twox128("PatientIdentity") ++ twox128("Endpoints") ++ twox64_concat(id).
		let id = organization.encode();
		let key = [
			&sp_crypto_hashing::twox_128(b"PatientIdentity")[..],
			&sp_crypto_hashing::twox_128(b"Endpoints")[..],
			&sp_crypto_hashing::twox_64(&id)[..],
			&id,
		]
		.concat();
		let raw: Option<sp_core::Bytes> =
			self.request("state_getStorage", rpc_params![sp_core::Bytes(key), at]).await?;
		let Some(raw) = raw else { return Ok(None) };
		// The runtime bounds the URL by `MaxEndpointLen`; any bound at least that decodes it.
		type Info = EndpointInfo<AccountId32, u128, sp_core::ConstU32<{ 64 * 1024 }>>;
		let info = Info::decode(&mut &raw.0[..])
			.map_err(|e| ChainError(format!("organization {organization}'s endpoint: {e}")))?;
		String::from_utf8(info.url.into_inner())
			.map(Some)
			.map_err(|_| ChainError(format!("organization {organization}'s endpoint is not text")))
	}

	/// Is `hash` the current version of `record`, at `at`?
	pub async fn verify(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: H256,
	) -> Result<Verdict, ChainError> {
		RecordsApiClient::<H256>::verify(&self.rpc, record, hash, Some(at))
			.await
			.map_err(|e| failed("records_verify", e))
	}

	/// The consent decision for `organization` reading `category` of the patient controlling
	/// `patient` for `purpose`, data held by `custodian`, at `at`.
	pub async fn check_access(
		&self,
		patient: &AccountId32,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: OrganizationId,
		at: H256,
	) -> Result<AccessDecision<u64>, ChainError> {
		ConsentApiClient::<H256, AccountId32>::check_access(
			&self.rpc,
			patient.clone(),
			organization,
			category,
			purpose,
			Some(Custodian::Local(custodian)),
			Some(at),
		)
		.await
		.map_err(|e| failed("consent_checkAccess", e))
	}

	/// The next nonce of `account` as the node's pool sees it.
	pub async fn next_nonce(&self, account: &AccountId32) -> Result<u64, ChainError> {
		self.request("system_accountNextIndex", rpc_params![account.to_string()]).await
	}

	/// The nonce of `account` at the finalized block: how many of its transactions are final.
	pub async fn finalized_nonce(&self, account: &AccountId32) -> Result<u64, ChainError> {
		let finalized: H256 = self.request("chain_getFinalizedHead", rpc_params![]).await?;
		// `System.Account`: twox128("System") ++ twox128("Account") ++ blake2_128_concat(id);
		// the value (`AccountInfo`) starts with the nonce, a u32.
		let id: &[u8] = account.as_ref();
		let key = [
			&sp_crypto_hashing::twox_128(b"System")[..],
			&sp_crypto_hashing::twox_128(b"Account")[..],
			&sp_crypto_hashing::blake2_128(id)[..],
			id,
		]
		.concat();
		let raw: Option<sp_core::Bytes> =
			self.request("state_getStorage", rpc_params![sp_core::Bytes(key), finalized]).await?;
		Ok(raw.and_then(|b| u32::decode(&mut &b.0[..]).ok()).unwrap_or_default().into())
	}

	/// Signs `call` with `key` at `nonce`, submits it and follows it until it is finalized.
	pub async fn submit_finalized(
		&self,
		call: &RawCall,
		key: &Key,
		nonce: u64,
	) -> Result<Finalized, ChainError> {
		self.submit(call, key, nonce).await?.await
	}

	/// Signs `call` with `key` at `nonce` and submits it; returns once the node's pool holds it
	/// (or it is already in a block), with the future that follows it until it is finalized.
	/// The wait for the transaction's first status is what makes "the pool holds it" true: the
	/// node's newer transaction RPC answers the submission before the pool has looked at it.
	pub async fn submit(
		&self,
		call: &RawCall,
		key: &Key,
		nonce: u64,
	) -> Result<Following, ChainError> {
		let what = format!("{}.{}", call.pallet, call.call);
		let at = self.subxt.at_current_block().await.map_err(|e| failed(&what, e))?;
		let params = PolkadotExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
		let mut transactions = at.transactions();
		let signed = transactions
			.create_signed(call, key, params)
			.await
			.map_err(|e| failed(&format!("{what}: building the transaction"), e))?;
		let mut progress = signed
			.submit_and_watch()
			.await
			.map_err(|e| failed(&format!("{what}: the node refused it"), e))?;
		let first = tokio::time::timeout(REQUEST_TIMEOUT, progress.next())
			.await
			.map_err(|_| failed(&what, "the pool did not say whether it took it"))?;
		let finalized_at_once = match first {
			Some(Ok(TransactionStatus::InFinalizedBlock(in_block))) => Some(in_block),
			Some(Ok(
				TransactionStatus::Error { message }
				| TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message },
			)) => return Err(failed(&what, format!("the pool refused it: {message}"))),
			Some(Ok(_)) => None,
			Some(Err(e)) => return Err(failed(&what, e)),
			None => return Err(failed(&what, "the node stopped reporting its progress")),
		};
		Ok(Box::pin(async move {
			let in_block = match finalized_at_once {
				Some(in_block) => in_block,
				None => {
					let follow = async {
						while let Some(status) = progress.next().await {
							match status.map_err(|e| failed(&what, e))? {
								TransactionStatus::InFinalizedBlock(in_block) => {
									return Ok(in_block)
								},
								TransactionStatus::Error { message }
								| TransactionStatus::Invalid { message }
								| TransactionStatus::Dropped { message } => {
									return Err(failed(
										&what,
										format!("the pool dropped it: {message}"),
									))
								},
								_ => continue,
							}
						}
						Err(failed(&what, "the node stopped reporting its progress"))
					};
					tokio::time::timeout(FINALITY_TIMEOUT, follow)
						.await
						.map_err(|_| failed(&what, "not finalized in time"))??
				},
			};
			let (number, metadata) = {
				let at_block = in_block.at().await.map_err(|e| failed(&what, e))?;
				(at_block.block_number(), at_block.metadata())
			};
			let number =
				u32::try_from(number).map_err(|_| failed(&what, "a block number beyond u32"))?;
			let events = in_block.fetch_events().await.map_err(|e| failed(&what, e))?;
			let mut outcome = Ok(());
			for event in events.iter() {
				let event = event.map_err(|e| failed(&what, e))?;
				if event.pallet_name() == "System" && event.event_name() == "ExtrinsicFailed" {
					// The event's first field is the `DispatchError`.
					outcome = Err(
						match DispatchError::decode_from(event.field_bytes(), metadata.clone()) {
							Ok(DispatchError::Module(module)) => module.to_string(),
							Ok(other) => other.to_string(),
							Err(e) => format!("{what} failed with an undecodable error ({e})"),
						},
					);
				}
			}
			Ok(Finalized { block: Block { hash: in_block.block_hash(), number }, outcome })
		}))
	}
}

async fn request<R: DeserializeOwned>(
	rpc: &WsClient,
	method: &str,
	params: ArrayParams,
) -> Result<R, ChainError> {
	rpc.request(method, params).await.map_err(|e| failed(method, e))
}
