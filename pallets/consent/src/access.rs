//! Access decisions: may an organization access a category of a patient's data, for a purpose,
//! held by a custodian, now? One read of the patient's consents decides it; leases of consents
//! given on other chains are consulted only when no local consent covers the access.

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_patient_identity::{OrganizationId, PatientId};

impl<T: Config> Pallet<T> {
	/// May `organization` access `category` of `patient` for `purpose`, for data held by
	/// `custodian` (an organization of this chain), at the current block?
	pub fn check_access(
		patient: &T::AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
	) -> AccessDecision<BlockNumberFor<T>> {
		let custodian = custodian.map(Custodian::Local);
		Self::check_access_for(patient, organization, category, purpose, custodian)
	}

	/// [`Self::check_access`] for data held by a custodian of any chain. Three storage
	/// reads, and the leases' when no local consent covers the access.
	pub fn check_access_for(
		patient: &T::AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
	) -> AccessDecision<BlockNumberFor<T>> {
		let this_chain = T::RemoteConsent::this_chain();
		let here = custodian.map_or(CustodianOn::Unnamed, |c| c.as_seen_by(this_chain, this_chain));
		let local = match pallet_patient_identity::Pallet::<T>::patient_id_of(patient) {
			Some(id) => Self::check_patient_access(id, organization, category, purpose, here),
			None => match Self::organization_denial(organization) {
				Some(reason) => AccessDecision::Denied(reason),
				None => AccessDecision::Denied(DenyReason::UnknownPatient),
			},
		};
		let AccessDecision::Denied(reason) = local else { return local };
		if matches!(reason, DenyReason::UnknownOrganization | DenyReason::OrganizationSuspended) {
			return local;
		}
		// No local consent: a lease on a consent given on the patient's home chain may cover it.
		match T::RemoteConsent::check(patient, organization, category, purpose, custodian) {
			None => local,
			Some(Ok(l)) => AccessDecision::Leased {
				chain: l.chain,
				lease: l.lease,
				valid_until: l.valid_until,
				expires_at: l.expires_at,
			},
			Some(Err(remote)) => AccessDecision::Denied(reason.max(remote)),
		}
	}

	/// Why `organization` may not access anything now (unknown or suspended), if so.
	fn organization_denial(organization: OrganizationId) -> Option<DenyReason> {
		match pallet_patient_identity::Pallet::<T>::organization(organization) {
			None => Some(DenyReason::UnknownOrganization),
			Some(o) if !o.is_active() => Some(DenyReason::OrganizationSuspended),
			Some(_) => None,
		}
	}

	/// [`Self::check_access`] for a patient id, for data held by `custodian` (an
	/// organization of this chain, as an `Option<OrganizationId>`, or a [`CustodianOn`]).
	pub fn check_patient_access(
		patient: PatientId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: impl Into<CustodianOn>,
	) -> AccessDecision<BlockNumberFor<T>> {
		let custodian = custodian.into();
		if let Some(reason) = Self::organization_denial(organization) {
			return AccessDecision::Denied(reason);
		}
		let Some(consents) = Consents::<T>::get(patient) else {
			return AccessDecision::Denied(DenyReason::NoGrant);
		};
		let now = Self::now();
		let category = category.flag();
		let purpose_flag = purpose.flag();
		if purpose == Purpose::EmergencyTreatment && CategorySet::GENERAL.contains(category) {
			if let Some(e) = consents
				.emergency
				.iter()
				.find(|e| e.organization == organization && e.expires_at > now)
			{
				return AccessDecision::Emergency {
					reason: e.reason,
					opened_at: e.opened_at,
					expires_at: e.expires_at,
				};
			}
		}
		let mut reason = DenyReason::NoGrant;
		for g in consents.grants.iter().filter(|g| g.grantees.contains(&organization)) {
			match Self::grant_denial(g, now, category, purpose_flag, custodian) {
				None => return AccessDecision::Granted { grant: g.id, expires_at: g.expires_at },
				Some(failed) => reason = reason.max(failed),
			}
		}
		AccessDecision::Denied(reason)
	}

	/// Does grant `grant` of `patient` let `organization` access `category` for `purpose`,
	/// for data held by `custodian`, at the current block? The check of
	/// [`Self::check_patient_access`] for one named grant (audit entries name theirs).
	pub fn check_grant(
		patient: PatientId,
		grant: GrantId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
	) -> Result<(), DenyReason> {
		let consents = Consents::<T>::get(patient).ok_or(DenyReason::NoGrant)?;
		let g = consents
			.grants
			.iter()
			.find(|g| g.id == grant && g.grantees.contains(&organization))
			.ok_or(DenyReason::NoGrant)?;
		match Self::grant_denial(g, Self::now(), category.flag(), purpose.flag(), custodian) {
			None => Ok(()),
			Some(reason) => Err(reason),
		}
	}

	/// Why `g` does not cover the access at `now`, or `None` when it does.
	fn grant_denial(
		g: &GrantOf<T>,
		now: BlockNumberFor<T>,
		category: CategorySet,
		purpose: PurposeSet,
		custodian: impl Into<CustodianOn>,
	) -> Option<DenyReason> {
		if g.starts_at > now {
			Some(DenyReason::NotYetValid)
		} else if g.expired(now) {
			Some(DenyReason::Expired)
		} else {
			scope_denial(g.categories, g.purposes, &g.custodians, category, purpose, custodian)
		}
	}
}
