//! Weights of FRAME pallets measured on medchain's benchmark machine (`make bench`), so that
//! they and medchain's own pallets are priced on the same hardware.

pub mod pallet_balances;
pub mod pallet_bridge_grandpa;
pub mod pallet_bridge_messages;
pub mod pallet_collective;
pub mod pallet_membership;

use frame_support::weights::Weight;

// The bridge pallets also ask for what the runtime adds around their calls. (`::` names the
// crates: the modules above shadow them here.)

impl<T: frame_system::Config> ::pallet_bridge_grandpa::WeightInfoExt
	for pallet_bridge_grandpa::WeightInfo<T>
{
	/// No transaction extension of this runtime acts on bridge calls (no relayer rewards or
	/// boosting), so they cost nothing beyond the call.
	fn submit_finality_proof_overhead_from_runtime() -> Weight {
		Weight::zero()
	}
}

impl<T: frame_system::Config> ::pallet_bridge_messages::WeightInfoExt
	for pallet_bridge_messages::WeightInfo<T>
{
	/// Extra trie nodes a real proof carries beyond the benchmarked ones: the pallet's own
	/// allowance, as upstream's weights use.
	fn expected_extra_storage_proof_size() -> u32 {
		::pallet_bridge_messages::EXTRA_STORAGE_PROOF_SIZE
	}

	/// No transaction extension of this runtime acts on deliveries (see above).
	fn receive_messages_proof_overhead_from_runtime() -> Weight {
		Weight::zero()
	}

	/// No transaction extension of this runtime acts on confirmations (see above).
	fn receive_messages_delivery_proof_overhead_from_runtime() -> Weight {
		Weight::zero()
	}
}
