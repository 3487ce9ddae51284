//! What this chain knows of its peers' consents and records: the leases it holds answer the
//! consent pallet's access checks for patients whose home is a peer
//! ([`pallet_consent::RemoteConsent`]), and the record fingerprints peers shared verify copies
//! of their records.

use crate::*;
use frame_support::traits::Get;
use pallet_consent::{Category, DenyReason, Purpose};
use pallet_ehr_anchor::RecordId;
use pallet_patient_identity::OrganizationId;

impl<T: Config> Pallet<T> {
	/// Until when lease `l` is valid: its own time, or its home chain's last heartbeat's
	/// (`live_until` of its peer entry), whichever is later.
	pub(crate) fn lease_valid_until(l: &Lease, live_until: u64) -> u64 {
		l.valid_until.max(live_until)
	}

	/// Why lease `l`, whose home chain's heartbeats reach `live_until`, does not apply at `now`
	/// at all (lapsed or ended), if so.
	pub(crate) fn lease_denial(l: &Lease, live_until: u64, now: u64) -> Option<DenyReason> {
		if Self::lease_valid_until(l, live_until) <= now {
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

	/// Verify a copy of a record shared by an active peer: by `chain` when named, else by any
	/// (a fingerprint that matches first; the verdict names the custodian and its chain).
	pub fn verify_remote(
		record: RecordId,
		hash: sp_core::H256,
		chain: Option<ChainId>,
	) -> RemoteVerdict {
		let verdicts = Peers::<T>::iter()
			.filter(|(c, p)| p.is_active() && chain.is_none_or(|n| n == *c))
			.filter_map(|(c, _)| SharedRecords::<T>::get(c, record))
			.map(|r| Self::verdict(r, hash));
		let mut found = RemoteVerdict::Unknown;
		for v in verdicts {
			if matches!(v, RemoteVerdict::Current { .. }) {
				return v;
			}
			if found == RemoteVerdict::Unknown {
				found = v;
			}
		}
		found
	}

	/// What fingerprint `r` says of a copy with `hash`.
	fn verdict(r: RemoteRecord, hash: sp_core::H256) -> RemoteVerdict {
		if r.retracted {
			RemoteVerdict::Retracted { custodian: r.custodian }
		} else if r.hash == hash {
			RemoteVerdict::Current { custodian: r.custodian, version: r.version }
		} else {
			RemoteVerdict::Mismatch { custodian: r.custodian, version: r.version }
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
		// Leases speak for patients whose home is a peer: never for one registered here
		// (who may have registered after the lease arrived).
		if pallet_patient_identity::Pallet::<T>::patient_id_of(patient).is_some() {
			return None;
		}
		let now = Self::now_ms();
		let this_chain = ThisChain::<T>::get();
		let mut best: Option<DenyReason> = None;
		// Leases of active peers only: a removed peer's are void at once. At most
		// `MaxLeasesPerPatient` leases are read, over all peers.
		let mut left = T::MaxLeasesPerPatient::get() as usize;
		let peers: alloc::vec::Vec<(ChainId, u64)> = Peers::<T>::iter()
			.filter(|(_, p)| p.is_active())
			.map(|(c, p)| (c, p.live_until))
			.collect();
		let leases = peers.into_iter().flat_map(|(chain, live_until)| {
			HeldLeases::<T>::iter_prefix((chain, patient)).map(move |(id, l)| (id, l, live_until))
		});
		for (lease, l, live_until) in leases {
			if left == 0 {
				break;
			}
			left -= 1;
			if l.organization != organization {
				continue;
			}
			// The lease's custodians are organizations of the patient's home chain: only a
			// custodian of that chain can be one of them.
			let custodian = custodian.map_or(pallet_consent::CustodianOn::Unnamed, |c| {
				c.as_seen_by(Some(l.chain), this_chain)
			});
			let denial = Self::lease_denial(&l, live_until, now)
				.or_else(|| Self::scope_denial(&l.scope, category, purpose, custodian));
			match denial {
				None => {
					return Some(Ok(pallet_consent::LeaseGrant {
						chain: l.chain,
						lease,
						valid_until: Self::lease_valid_until(&l, live_until),
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
