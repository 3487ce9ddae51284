//! The node's JSON-RPC methods beyond Substrate's defaults (chain, state, author, system).
//!
//! - `system_accountNextIndex`: the next nonce of an account, counting pooled transactions.
//! - `payment_queryInfo` / `payment_queryFeeDetails`: fee estimates for wallets.
//! - `grandpa_roundState`, `grandpa_proveFinality`, `grandpa_subscribeJustifications`: what a
//!   bridge relayer needs to prove this chain's finality to another chain.
//! - medchain's own, served by the [`medchain_rpc`] crate (which also exports their typed
//!   client traits):
//!   - `identity_patientByAccount`, `identity_patient`, `identity_organization`,
//!     `identity_organizationOf` ([`medchain_rpc::identity`]);
//!   - `consent_checkAccess`, `consent_consents` ([`medchain_rpc::consent`]);
//!   - `records_verify`, `records_verifyInBatch`, `records_record`, `records_batch`,
//!     `records_ofPatient`, `records_auditHead` ([`medchain_rpc::records`]);
//!   - `bridge_status`, `bridge_peers`, `bridge_leases`, `bridge_exports`,
//!     `bridge_verifyRecord`, `bridge_verifyRecordFrom`
//!     ([`medchain_rpc::bridge`]).

use std::sync::Arc;

use jsonrpsee::RpcModule;
use medchain_rpc::{
	Bridge, BridgeApiServer, Consent, ConsentApiServer, Identity, IdentityApiServer, Records,
	RecordsApiServer,
};
use medchain_runtime::{opaque::Block, AccountId, Balance, Nonce};
use sc_consensus_grandpa::{
	FinalityProofProvider, GrandpaJustificationStream, SharedAuthoritySet, SharedVoterState,
};
use sc_rpc::SubscriptionTaskExecutor;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_runtime::traits::Block as BlockT;

/// What the GRANDPA RPC methods read.
pub struct GrandpaDeps<B> {
	/// Voting round state.
	pub shared_voter_state: SharedVoterState,
	/// Authority set info.
	pub shared_authority_set: SharedAuthoritySet<<Block as BlockT>::Hash, u32>,
	/// Stream of justifications of newly finalized blocks.
	pub justification_stream: GrandpaJustificationStream<Block>,
	/// Executor for subscriptions.
	pub subscription_executor: SubscriptionTaskExecutor,
	/// Builds finality proofs for `grandpa_proveFinality`.
	pub finality_provider: Arc<FinalityProofProvider<B, Block>>,
}

/// Everything the RPC extensions need.
pub struct FullDeps<C, P, B> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// GRANDPA.
	pub grandpa: GrandpaDeps<B>,
	/// `consent_checkAccess` answers an error instead of a decision when the best block is
	/// older than this (`--max-best-block-age`).
	pub max_best_block_age: std::time::Duration,
}

/// Build the RPC module with medchain's extensions.
pub fn create_full<C, P, B>(
	deps: FullDeps<C, P, B>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_patient_identity::runtime_api::PatientIdentityApi<Block, AccountId, Balance>,
	C::Api: pallet_consent::runtime_api::ConsentApi<Block, AccountId>,
	C::Api: pallet_ehr_anchor::runtime_api::EhrAnchorApi<Block>,
	C::Api: pallet_medchain_bridge::runtime_api::MedchainBridgeApi<Block, AccountId>,
	P: TransactionPool + 'static,
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
	B::State: sc_client_api::StateBackend<sp_runtime::traits::HashingFor<Block>>,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use sc_consensus_grandpa_rpc::{Grandpa, GrandpaApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, grandpa, max_best_block_age } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(IdentityApiServer::into_rpc(Identity::<C, Block>::new(client.clone())))?;
	module.merge(ConsentApiServer::into_rpc(Consent::<C, Block>::new(
		client.clone(),
		max_best_block_age,
	)))?;
	module.merge(RecordsApiServer::into_rpc(Records::<C, Block>::new(client.clone())))?;
	module.merge(BridgeApiServer::<_, AccountId>::into_rpc(Bridge::<C, Block>::new(client)))?;
	module.merge(
		Grandpa::new(
			grandpa.subscription_executor,
			grandpa.shared_authority_set,
			grandpa.shared_voter_state,
			grandpa.justification_stream,
			grandpa.finality_provider,
		)
		.into_rpc(),
	)?;

	Ok(module)
}
