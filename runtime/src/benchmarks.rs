//! The pallets whose benchmarks `medchain-node benchmark pallet` runs.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_consortium, Consortium]
	[pallet_patient_identity, PatientIdentity]
	[pallet_consent, Consent]
	[pallet_ehr_anchor, EhrAnchor]
	[pallet_medchain_bridge, MedchainBridge]
	[pallet_bridge_grandpa, BridgeGrandpa]
	[pallet_bridge_messages, BridgeMessagesBench::<Runtime>]
);
