//! The runtime APIs the node, wallets and provider systems call.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{
		InvalidTransaction, TransactionSource, TransactionValidity, TransactionValidityError,
	},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use pallet_patient_identity::{
	runtime_api::{OrganizationView, PatientView},
	OrganizationId, PatientId,
};

use super::{
	AccountId, Aura, Balance, Block, Consent, EhrAnchor, Executive, Grandpa, InherentDataExt,
	MedchainBridge, Nonce, PatientIdentity, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SessionKeys, System, TransactionPayment, VERSION,
};

/// Why a transaction is refused before inclusion whoever signs it, if it is: it carries free
/// text ([`crate::free_text`]: `InvalidTransaction::Call`) or a swap outside its bounds
/// ([`crate::swaps`]: the swap's `InvalidTransaction::Custom` code).
fn refused_before_inclusion(call: &RuntimeCall) -> Option<TransactionValidityError> {
	if crate::free_text::carries_free_text(call) {
		return Some(InvalidTransaction::Call.into());
	}
	crate::swaps::refusal_within(call).map(|code| InvalidTransaction::Custom(code).into())
}

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			// Never include what the pool refuses, even if it reached this block author's pool.
			if let Some(refused) = refused_before_inclusion(&extrinsic.function) {
				return Err(refused);
			}
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			if let Some(refused) = refused_before_inclusion(&tx.function) {
				return Err(refused);
			}
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		// Equivocation reporting needs a session/staking key-ownership system, which a
		// permissioned consortium chain does not run: misbehaving validators are removed by
		// governance instead.
		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl pallet_patient_identity::runtime_api::PatientIdentityApi<Block, AccountId, Balance> for Runtime {
		fn patient_by_account(account: AccountId) -> Option<PatientView<AccountId, Balance>> {
			PatientIdentity::patient_id_of(&account).and_then(PatientIdentity::patient_view)
		}
		fn patient(patient: PatientId) -> Option<PatientView<AccountId, Balance>> {
			PatientIdentity::patient_view(patient)
		}
		fn organization(organization: OrganizationId) -> Option<OrganizationView<AccountId>> {
			PatientIdentity::organization_view(organization)
		}
		fn organization_of(account: AccountId) -> Option<OrganizationView<AccountId>> {
			pallet_patient_identity::OrganizationOf::<Runtime>::get(&account)
				.and_then(PatientIdentity::organization_view)
		}
	}

	impl pallet_consent::runtime_api::ConsentApi<Block, AccountId> for Runtime {
		fn check_access(
			patient: AccountId,
			organization: OrganizationId,
			category: pallet_consent::Category,
			purpose: pallet_consent::Purpose,
			custodian: Option<pallet_consent::Custodian>,
		) -> pallet_consent::AccessDecision<u64> {
			Consent::check_access_u64(&patient, organization, category, purpose, custodian)
		}
		fn consents(patient: PatientId) -> pallet_consent::runtime_api::ConsentsView<AccountId> {
			Consent::consents_view(patient)
		}
		fn block_time_ms() -> u64 {
			pallet_timestamp::Now::<Runtime>::get()
		}
	}

	impl pallet_ehr_anchor::runtime_api::EhrAnchorApi<Block> for Runtime {
		fn verify(
			record: pallet_ehr_anchor::RecordId,
			hash: pallet_ehr_anchor::ContentHash,
		) -> pallet_ehr_anchor::Verdict {
			EhrAnchor::verify(record, hash)
		}
		fn verify_in_batch(
			batch: pallet_ehr_anchor::BatchId,
			record: pallet_ehr_anchor::RecordId,
			hash: pallet_ehr_anchor::ContentHash,
			leaf_index: u32,
			proof: Vec<sp_core::H256>,
		) -> pallet_ehr_anchor::Verdict {
			EhrAnchor::verify_in_batch(batch, record, hash, leaf_index, proof)
		}
		fn record(record: pallet_ehr_anchor::RecordId) -> Option<pallet_ehr_anchor::Record> {
			pallet_ehr_anchor::Records::<Runtime>::get(record)
		}
		fn batch(batch: pallet_ehr_anchor::BatchId) -> Option<pallet_ehr_anchor::Batch> {
			pallet_ehr_anchor::Batches::<Runtime>::get(batch)
		}
		fn records_of(
			patient: PatientId,
			from: u32,
			limit: u32,
		) -> pallet_ehr_anchor::runtime_api::RecordPage {
			EhrAnchor::records_of(patient, from, limit)
		}
		fn audit_head(patient: PatientId) -> pallet_ehr_anchor::AuditHead {
			pallet_ehr_anchor::AuditTrails::<Runtime>::get(patient)
		}
	}

	impl pallet_medchain_bridge::runtime_api::MedchainBridgeApi<Block, AccountId> for Runtime {
		fn status() -> pallet_medchain_bridge::runtime_api::BridgeStatus {
			MedchainBridge::status()
		}
		fn leases_of(patient: AccountId) -> Vec<pallet_medchain_bridge::runtime_api::LeaseView> {
			MedchainBridge::leases_of(patient)
		}
		fn exports_of(patient: PatientId) -> Vec<pallet_medchain_bridge::runtime_api::ExportView> {
			MedchainBridge::exports_of(patient)
		}
		fn verify_remote_record(
			record: pallet_ehr_anchor::RecordId,
			hash: sp_core::H256,
		) -> pallet_medchain_bridge::RemoteVerdict {
			MedchainBridge::verify_remote(record, hash, None)
		}
		fn peers() -> Vec<pallet_medchain_bridge::runtime_api::PeerView> {
			MedchainBridge::peers()
		}
		fn verify_remote_record_from(
			record: pallet_ehr_anchor::RecordId,
			hash: sp_core::H256,
			chain: pallet_medchain_bridge::ChainId,
		) -> pallet_medchain_bridge::RemoteVerdict {
			MedchainBridge::verify_remote(record, hash, Some(chain))
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use pallet_bridge_messages::benchmarking::Pallet as BridgeMessagesBench;
			use super::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = AllPalletsWithSystem::storage_info();

			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use sp_storage::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use pallet_bridge_messages::benchmarking::Pallet as BridgeMessagesBench;
			use super::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			use frame_support::traits::WhitelistedStorageKeys;
			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime is an off-chain testing tool; failing loudly is its purpose; qed");
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime is an off-chain testing tool; failing loudly is its purpose; qed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
