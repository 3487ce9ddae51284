//! The pallet's storage invariants, checked by `try_state`, after every unit test and by the
//! fuzz targets.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{pallet_prelude::*, traits::fungible::InspectHold};
use pallet_patient_identity::{DepositKey, PatientId};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Invariants: peers and slots agree, within the runtime's slots; each peer's export and
	/// pending-revocation counters match; leases and records belong to peers; lease counts
	/// match the leases; export index and exports agree; exports follow their patient, go to a
	/// peer and have their deposits held. Checked by `try_state`, the unit tests and the fuzz
	/// targets.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut exports_to: BTreeMap<ChainId, u32> = BTreeMap::new();
		for e in Exports::<T>::iter_values() {
			*exports_to.entry(e.to.chain).or_default() += 1;
		}
		for (chain, p) in Peers::<T>::iter() {
			ensure!(p.slot < T::Lanes::SLOTS, "peer in a slot the runtime lacks");
			ensure!(Slots::<T>::get(p.slot) == Some(chain), "peer's slot names another chain");
			ensure!(
				exports_to.remove(&chain).unwrap_or(0) == p.exports,
				"peer's export count differs from its exports"
			);
			ensure!(
				PendingRevokes::<T>::iter_prefix(chain).count() as u32 == p.pending_revokes,
				"peer's pending revocation count differs"
			);
		}
		ensure!(exports_to.is_empty(), "export to a chain that is not a peer");
		for (slot, chain) in Slots::<T>::iter() {
			ensure!(Peers::<T>::get(chain).is_some_and(|p| p.slot == slot), "slot of no peer");
		}
		for chain in PendingRevokes::<T>::iter_keys().map(|(c, _)| c) {
			ensure!(Peers::<T>::contains_key(chain), "pending revocation to no peer");
		}
		for chain in SharedRecords::<T>::iter_keys().map(|(c, _)| c) {
			ensure!(Peers::<T>::contains_key(chain), "record of a chain that is not a peer");
		}
		let mut counts: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for ((chain, patient, _), l) in HeldLeases::<T>::iter() {
			ensure!(l.chain == chain, "lease kept under another chain");
			ensure!(Peers::<T>::contains_key(chain), "lease of a chain that is not a peer");
			*counts.entry(patient).or_default() += 1;
		}
		for (patient, c) in LeaseCount::<T>::iter() {
			ensure!(counts.get(&patient).copied().unwrap_or(0) == c, "lease count mismatch");
		}
		ensure!(counts.values().all(|c| *c <= T::MaxLeasesPerPatient::get()), "too many leases");
		let mut indexed = 0usize;
		for (patient, ids) in ExportsOf::<T>::iter() {
			for id in ids.iter() {
				let e = Exports::<T>::get(id).ok_or("indexed export missing")?;
				ensure!(e.patient == patient, "export indexed under another patient");
				indexed += 1;
			}
		}
		ensure!(indexed == Exports::<T>::iter().count(), "export not indexed");
		// Each export belongs to a registered patient under its current key (deregistration
		// ends exports, a new key takes them over), and its deposit is held: on the patient's
		// key when it paid itself (summed below), on the sponsor's ledger otherwise.
		let next = NextExportId::<T>::get();
		let mut self_paid: BTreeMap<PatientId, BalanceOf<T>> = BTreeMap::new();
		for (id, e) in Exports::<T>::iter() {
			ensure!(id < next, "export id at or beyond NextExportId");
			let info = pallet_patient_identity::Pallet::<T>::patient(e.patient)
				.ok_or("export of an unknown patient")?;
			ensure!(info.account == e.account, "export names a key not its patient's");
			let key = DepositKey::Export(id);
			if !pallet_patient_identity::SponsoredDeposits::<T>::contains_key(e.patient, key) {
				let sum = self_paid.entry(e.patient).or_default();
				*sum = sum.saturating_add(e.deposit);
			}
		}
		let reason = HoldReason::ExportDeposit.into();
		for (patient, info) in pallet_patient_identity::Patients::<T>::iter() {
			ensure!(
				<CurrencyOf<T> as InspectHold<_>>::balance_on_hold(&reason, &info.account)
					== self_paid.get(&patient).copied().unwrap_or_default(),
				"export deposits held differ from the patient's own exports"
			);
		}
		Ok(())
	}
}
