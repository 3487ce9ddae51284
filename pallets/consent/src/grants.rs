//! Grants: creating, amending and revoking them, and their deposits.

use crate::*;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_patient_identity::{DepositKey, OrganizationId, PatientId};

impl<T: Config> Pallet<T> {
	/// `grant` for the signer `who`.
	pub(crate) fn do_grant(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		grantees: BoundedVec<OrganizationId, T::MaxGrantees>,
		scope: ScopeOf<T>,
		starts_at: Option<BlockNumberFor<T>>,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResultWithPostInfo {
		let (patient, account) = Self::ensure_consent_actor(&who, on_behalf_of)?;
		Self::validate_grantees(&grantees)?;
		let (categories, purposes) = Self::validate_scope(&scope)?;
		let now = Self::now();
		let starts_at = starts_at.unwrap_or(now).max(now);
		ensure!(expires_at.is_none_or(|e| e > starts_at), Error::<T>::InvalidWindow);
		let mut consents = Self::consents(patient);
		let pruned = Self::prune(patient, &account, &mut consents, now);
		// Charged for a full grant list, a sponsored deposit and a full clean-up up front;
		// refunded down to the actual list, by the sponsor's ledger when the patient pays
		// itself, and by the clean-up when nothing had expired.
		let mut actual = <T as Config>::WeightInfo::grant(
			grantees.len() as u32,
			scope.custodians.len() as u32,
			consents.grants.len() as u32,
		)
		.saturating_add(Self::pruning_weight(pruned));
		if !pallet_patient_identity::Sponsorships::<T>::contains_key(&account) {
			actual = actual
				.saturating_sub(pallet_patient_identity::Pallet::<T>::sponsored_deposit_overhead());
		}
		let id = Self::create_grant(
			patient,
			&mut consents,
			&account,
			grantees.clone(),
			categories,
			purposes,
			scope.custodians,
			starts_at,
			expires_at,
		)?;
		Consents::<T>::insert(patient, consents);
		Self::deposit_event(Event::ConsentGranted {
			patient,
			grant: id,
			grantees: grantees.into_inner(),
			expires_at,
			by: who,
		});
		Ok(Some(actual).into())
	}

	/// `revoke` for the signer `who`.
	pub(crate) fn do_revoke(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		grant: GrantId,
	) -> DispatchResultWithPostInfo {
		let (patient, account) = Self::ensure_consent_actor(&who, on_behalf_of)?;
		let mut consents = Consents::<T>::get(patient).ok_or(Error::<T>::UnknownGrant)?;
		let index =
			consents.grants.iter().position(|g| g.id == grant).ok_or(Error::<T>::UnknownGrant)?;
		let removed = consents.grants.remove(index);
		Self::release_grant_deposit(patient, &account, &removed);
		let pruned = Self::prune(patient, &account, &mut consents, Self::now());
		Consents::<T>::insert(patient, consents);
		Self::deposit_event(Event::ConsentRevoked { patient, grant, by: who });
		Ok(Some(<T as Config>::WeightInfo::revoke().saturating_add(Self::pruning_weight(pruned)))
			.into())
	}

	/// `amend` for the signer `who`.
	pub(crate) fn do_amend(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		grant: GrantId,
		amendment: AmendmentOf<T>,
	) -> DispatchResult {
		let (patient, _) = Self::ensure_consent_actor(&who, on_behalf_of)?;
		let now = Self::now();
		Consents::<T>::try_mutate(patient, |consents| {
			let consents = consents.as_mut().ok_or(Error::<T>::UnknownGrant)?;
			let g = consents
				.grants
				.iter_mut()
				.find(|g| g.id == grant && !g.expired(now))
				.ok_or(Error::<T>::UnknownGrant)?;
			match amendment {
				Amendment::AddGrantee(org) => {
					ensure!(!g.grantees.contains(&org), Error::<T>::InvalidGrantees);
					pallet_patient_identity::Pallet::<T>::ensure_active_organization(org)?;
					g.grantees.try_push(org).map_err(|_| Error::<T>::InvalidGrantees)?;
				},
				Amendment::RemoveGrantee(org) => {
					let before = g.grantees.len();
					g.grantees.retain(|o| *o != org);
					ensure!(
						g.grantees.len() < before && !g.grantees.is_empty(),
						Error::<T>::InvalidGrantees
					);
				},
				Amendment::SetExpiry(expires_at) => {
					ensure!(
						expires_at.is_none_or(|e| e > now && e > g.starts_at),
						Error::<T>::InvalidWindow
					);
					g.expires_at = expires_at;
				},
				Amendment::Narrow { categories, purposes } => {
					let c = CategorySet::from_codes(&categories);
					let p = PurposeSet::from_codes(&purposes);
					ensure!(
						!c.is_empty()
							&& !p.is_empty() && g.categories.contains(c)
							&& g.purposes.contains(p),
						Error::<T>::InvalidScope
					);
					g.categories = c;
					g.purposes = p;
				},
			}
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ConsentAmended { patient, grant, by: who });
		Ok(())
	}

	/// At least one grantee, none twice, each an active organization.
	fn validate_grantees(grantees: &[OrganizationId]) -> DispatchResult {
		ensure!(!grantees.is_empty(), Error::<T>::InvalidGrantees);
		for (i, org) in grantees.iter().enumerate() {
			ensure!(!grantees[..i].contains(org), Error::<T>::InvalidGrantees);
			pallet_patient_identity::Pallet::<T>::ensure_active_organization(*org)?;
		}
		Ok(())
	}

	/// Adds a grant to `consents` (in memory; the caller writes them) and holds its deposit
	/// on the patient's account, or on the sponsor's; returns the grant's id.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn create_grant(
		patient: PatientId,
		consents: &mut PatientConsentsOf<T>,
		account: &T::AccountId,
		grantees: BoundedVec<OrganizationId, T::MaxGrantees>,
		categories: CategorySet,
		purposes: PurposeSet,
		custodians: BoundedVec<OrganizationId, T::MaxCustodians>,
		starts_at: BlockNumberFor<T>,
		expires_at: Option<BlockNumberFor<T>>,
	) -> Result<GrantId, DispatchError> {
		let id = consents.next_id;
		let deposit = T::GrantDeposit::get();
		consents
			.grants
			.try_push(Grant {
				id,
				grantees,
				categories,
				purposes,
				custodians,
				starts_at,
				expires_at,
				deposit,
			})
			.map_err(|_| Error::<T>::TooManyGrants)?;
		consents.next_id = id.saturating_add(1);
		pallet_patient_identity::Pallet::<T>::hold_patient_deposit(
			patient,
			account,
			DepositKey::Grant(id),
			HoldReason::GrantDeposit.into(),
			deposit,
		)?;
		Ok(id)
	}

	/// Returns a grant's deposit to whoever paid it (the patient, or its sponsor). Never
	/// fails the call.
	pub(crate) fn release_grant_deposit(
		patient: PatientId,
		account: &T::AccountId,
		grant: &GrantOf<T>,
	) {
		pallet_patient_identity::Pallet::<T>::release_patient_deposit(
			patient,
			account,
			DepositKey::Grant(grant.id),
			HoldReason::GrantDeposit.into(),
			grant.deposit,
		);
	}
}
