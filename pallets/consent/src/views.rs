//! What the runtime API ([`crate::runtime_api::ConsentApi`]) returns: access decisions and a
//! patient's consents with block numbers as `u64`, and scopes as lists of codes.

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_runtime::SaturatedConversion;

impl<T: Config> Pallet<T> {
	/// The number of blocks as a `u64`, for the runtime API.
	pub fn block_to_u64(b: BlockNumberFor<T>) -> u64 {
		b.saturated_into()
	}

	/// [`Pallet::check_access_for`] with block numbers as `u64`, for the runtime API.
	pub fn check_access_u64(
		patient: &T::AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
	) -> AccessDecision<u64> {
		let b = Self::block_to_u64;
		match Self::check_access_for(patient, organization, category, purpose, custodian) {
			AccessDecision::Granted { grant, expires_at } => {
				AccessDecision::Granted { grant, expires_at: expires_at.map(b) }
			},
			AccessDecision::Emergency { reason, opened_at, expires_at } => {
				AccessDecision::Emergency {
					reason,
					opened_at: b(opened_at),
					expires_at: b(expires_at),
				}
			},
			AccessDecision::Denied(r) => AccessDecision::Denied(r),
			AccessDecision::Leased { chain, lease, valid_until, expires_at } => {
				AccessDecision::Leased { chain, lease, valid_until, expires_at }
			},
		}
	}

	/// A patient's consents as the runtime API shows them.
	pub fn consents_view(patient: PatientId) -> crate::runtime_api::ConsentsView<T::AccountId> {
		use crate::runtime_api::*;
		let b = Self::block_to_u64;
		let c = Self::consents(patient);
		ConsentsView {
			patient,
			grants: c
				.grants
				.into_iter()
				.map(|g| GrantView {
					id: g.id,
					grantees: g.grantees.into_inner(),
					categories: categories(g.categories),
					purposes: purposes(g.purposes),
					custodians: g.custodians.into_inner(),
					starts_at: b(g.starts_at),
					expires_at: g.expires_at.map(b),
				})
				.collect(),
			requests: c
				.requests
				.into_iter()
				.map(|r| RequestView {
					id: r.id,
					organization: r.organization,
					requester: r.requester,
					categories: categories(r.categories),
					purposes: purposes(r.purposes),
					custodians: r.custodians.into_inner(),
					duration: b(r.duration),
					expires_at: b(r.expires_at),
				})
				.collect(),
			emergency: c
				.emergency
				.into_iter()
				.map(|e| EmergencyView {
					organization: e.organization,
					operator: e.operator,
					reason: e.reason,
					opened_at: b(e.opened_at),
					expires_at: b(e.expires_at),
				})
				.collect(),
			emergency_opt_out: c.emergency_opt_out,
		}
	}
}
