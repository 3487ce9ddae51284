//! What this chain knows of the peer's consents and records: the leases it holds answer the
//! consent pallet's access checks for patients whose home is the peer
//! ([`pallet_consent::RemoteConsent`]), and the record fingerprints the peer shared verify
//! copies of its records.

use crate::*;
use frame_support::traits::Get;
use pallet_consent::{Category, DenyReason, Purpose};
use pallet_ehr_anchor::RecordId;
use pallet_patient_identity::OrganizationId;

impl<T: Config> Pallet<T> {
	/// Why lease `l` does not apply at `now` at all (lapsed or ended), if so.
	pub(crate) fn lease_denial(l: &Lease, now: u64) -> Option<DenyReason> {
		if l.valid_until <= now {
			Some(DenyReason::LeaseLapsed)
		} else if l.scope.expires_at.is_some_and(|e| e <= now) {
			Some(DenyReason::Expired)
		} else {
			None
		}
	}

	/// Why `scope` does not cover the access, if it does not.
	pub(crate) fn scope_denial(
		scope: &LeaseScope,
		category: Category,
		purpose: Purpose,
		custodian: impl Into<pallet_consent::CustodianOn>,
	) -> Option<DenyReason> {
		pallet_consent::scope_denial(
			scope.categories,
			scope.purposes,
			&scope.custodians,
			category.flag(),
			purpose.flag(),
			custodian,
		)
	}

	/// Verify a copy of a record shared by the peer.
	pub fn verify_remote(record: RecordId, hash: sp_core::H256) -> RemoteVerdict {
		match RemoteRecords::<T>::get(record) {
			None => RemoteVerdict::Unknown,
			Some(r) if r.retracted => RemoteVerdict::Retracted { custodian: r.custodian },
			Some(r) if r.hash == hash => {
				RemoteVerdict::Current { custodian: r.custodian, version: r.version }
			},
			Some(r) => RemoteVerdict::Mismatch { custodian: r.custodian, version: r.version },
		}
	}
}

impl<T: Config> pallet_consent::RemoteConsent<T::AccountId> for Pallet<T> {
	fn check(
		patient: &T::AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<pallet_consent::Custodian>,
	) -> Option<Result<pallet_consent::LeaseGrant, DenyReason>> {
		// Leases speak for patients whose home is the peer: never for one registered here
		// (who may have registered after the lease arrived).
		if pallet_patient_identity::Pallet::<T>::patient_id_of(patient).is_some() {
			return None;
		}
		let now = Self::now_ms();
		let this_chain = ThisChain::<T>::get();
		let mut best: Option<DenyReason> = None;
		for (lease, l) in
			Leases::<T>::iter_prefix(patient).take(T::MaxLeasesPerPatient::get() as usize)
		{
			if l.organization != organization {
				continue;
			}
			// The lease's custodians are organizations of the patient's home chain: only a
			// custodian of that chain can be one of them.
			let custodian = custodian.map_or(pallet_consent::CustodianOn::Unnamed, |c| {
				c.as_seen_by(Some(l.chain), this_chain)
			});
			let denial = Self::lease_denial(&l, now)
				.or_else(|| Self::scope_denial(&l.scope, category, purpose, custodian));
			match denial {
				None => {
					return Some(Ok(pallet_consent::LeaseGrant {
						chain: l.chain,
						lease,
						valid_until: l.valid_until,
						expires_at: l.scope.expires_at,
					}))
				},
				Some(r) => best = Some(best.map_or(r, |b| b.max(r))),
			}
		}
		best.map(Err)
	}

	fn this_chain() -> Option<ChainId> {
		ThisChain::<T>::get()
	}
}
