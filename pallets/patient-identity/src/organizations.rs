//! Organizations and their keys. Governance ([`Config::OrganizationOrigin`]) registers,
//! suspends and reinstates organizations and sets their roles; an organization's admin invites
//! operator keys, each of which becomes an operator only by accepting, and removes them, and
//! publishes where the organization's FHIR gateway is served. Also the checks other pallets use
//! to know which organization a key acts for.
//!
//! A key belongs to at most one organization ([`OrganizationOf`]) and is never both an
//! organization's and a patient's.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Register an organization administered by `admin` (`register_organization`, and the
	/// genesis config).
	pub(crate) fn do_register_organization(
		admin: T::AccountId,
		kind: OrganizationKind,
		roles: OrganizationRoles,
	) -> DispatchResult {
		ensure!(roles.is_valid(), Error::<T>::InvalidFlags);
		Self::ensure_free_for_organization(&admin)?;
		let organization = NextOrganizationId::<T>::get();
		NextOrganizationId::<T>::put(organization.saturating_add(1));
		Organizations::<T>::insert(
			organization,
			OrganizationInfo {
				kind,
				roles,
				status: OrganizationStatus::Active,
				admin: admin.clone(),
				operators: BoundedVec::new(),
			},
		);
		OrganizationOf::<T>::insert(&admin, organization);
		Self::deposit_event(Event::OrganizationRegistered { organization, admin, kind, roles });
		Ok(())
	}

	/// Suspend an active organization (`suspend_organization`).
	pub(crate) fn do_suspend_organization(organization: OrganizationId) -> DispatchResult {
		Organizations::<T>::try_mutate(organization, |o| {
			let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(o.is_active(), Error::<T>::AlreadySuspended);
			o.status = OrganizationStatus::Suspended;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::OrganizationSuspended { organization });
		Ok(())
	}

	/// Reinstate a suspended organization (`reinstate_organization`).
	pub(crate) fn do_reinstate_organization(organization: OrganizationId) -> DispatchResult {
		Organizations::<T>::try_mutate(organization, |o| {
			let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(!o.is_active(), Error::<T>::NotSuspended);
			o.status = OrganizationStatus::Active;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::OrganizationReinstated { organization });
		Ok(())
	}

	/// Replace an organization's roles (`set_organization_roles`).
	pub(crate) fn do_set_organization_roles(
		organization: OrganizationId,
		roles: OrganizationRoles,
	) -> DispatchResult {
		ensure!(roles.is_valid(), Error::<T>::InvalidFlags);
		Organizations::<T>::try_mutate(organization, |o| {
			let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
			o.roles = roles;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::OrganizationRolesSet { organization, roles });
		Ok(())
	}

	/// The admin `who` invites `operator` to its organization (`add_operator`).
	pub(crate) fn do_invite_operator(who: T::AccountId, operator: T::AccountId) -> DispatchResult {
		let (organization, info) = Self::ensure_admin(&who)?;
		Self::ensure_free_for_organization(&operator)?;
		OperatorInvitations::<T>::try_mutate(organization, |invited| -> DispatchResult {
			ensure!(!invited.contains(&operator), Error::<T>::AlreadyInvited);
			let open = invited.len().saturating_add(info.operators.len());
			ensure!(open < T::MaxOperators::get() as usize, Error::<T>::TooManyOperators);
			invited.try_push(operator.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
			Ok(())
		})?;
		Self::deposit_event(Event::OperatorInvited { organization, operator });
		Ok(())
	}

	/// The invited key `who` accepts `organization`'s invitation (`accept_operator`).
	pub(crate) fn do_accept_operator(
		who: T::AccountId,
		organization: OrganizationId,
	) -> DispatchResult {
		OperatorInvitations::<T>::try_mutate_exists(organization, |invited| {
			let list = invited.as_mut().ok_or(Error::<T>::NotInvited)?;
			let before = list.len();
			list.retain(|k| *k != who);
			ensure!(list.len() < before, Error::<T>::NotInvited);
			if list.is_empty() {
				*invited = None;
			}
			Ok::<_, DispatchError>(())
		})?;
		Self::do_add_operator(organization, who)
	}

	/// The admin `who` withdraws `operator`'s invitation, or else removes the operator
	/// (`remove_operator`).
	pub(crate) fn do_remove_operator(who: T::AccountId, operator: T::AccountId) -> DispatchResult {
		let (organization, mut info) = Self::ensure_admin(&who)?;
		let withdrawn = OperatorInvitations::<T>::mutate_exists(organization, |invited| {
			let list = invited.as_mut()?;
			let before = list.len();
			list.retain(|k| *k != operator);
			let withdrawn = list.len() < before;
			if list.is_empty() {
				*invited = None;
			}
			withdrawn.then_some(())
		});
		if withdrawn.is_some() {
			Self::deposit_event(Event::OperatorInvitationWithdrawn { organization, operator });
			return Ok(());
		}
		let before = info.operators.len();
		info.operators.retain(|o| *o != operator);
		ensure!(info.operators.len() < before, Error::<T>::NotOrganizationOperator);
		Organizations::<T>::insert(organization, info);
		OrganizationOf::<T>::remove(&operator);
		Self::deposit_event(Event::OperatorRemoved { organization, operator });
		Ok(())
	}

	/// Make `operator` an operator of `organization` (which exists).
	pub(crate) fn do_add_operator(
		organization: OrganizationId,
		operator: T::AccountId,
	) -> DispatchResult {
		Self::ensure_free_for_organization(&operator)?;
		let mut info =
			Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
		info.operators.try_push(operator.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
		Organizations::<T>::insert(organization, info);
		OrganizationOf::<T>::insert(&operator, organization);
		Self::deposit_event(Event::OperatorAdded { organization, operator });
		Ok(())
	}

	/// The admin `who` publishes, replaces or (`None`) withdraws its organization's gateway
	/// endpoint (`set_endpoint`). Only publishing where none was holds a deposit, on `who`.
	pub(crate) fn do_set_endpoint(
		who: T::AccountId,
		endpoint: Option<BoundedVec<u8, T::MaxEndpointLen>>,
	) -> DispatchResult {
		let (organization, _) = Self::ensure_admin(&who)?;
		match &endpoint {
			Some(url) => {
				ensure!(is_valid_endpoint(url), Error::<T>::InvalidEndpoint);
				Endpoints::<T>::try_mutate(organization, |entry| -> DispatchResult {
					// The deposit already held pays for the entry whatever its URL.
					if let Some(info) = entry.as_mut() {
						info.url = url.clone();
						return Ok(());
					}
					let deposit = T::EndpointDeposit::get();
					T::Currency::hold(&HoldReason::Endpoint.into(), &who, deposit)?;
					*entry =
						Some(EndpointInfo { url: url.clone(), depositor: who.clone(), deposit });
					Ok(())
				})?;
			},
			None => {
				let info = Endpoints::<T>::take(organization).ok_or(Error::<T>::NoEndpoint)?;
				Self::release_endpoint_deposit(&info);
			},
		}
		Self::deposit_event(Event::EndpointSet { organization, endpoint });
		Ok(())
	}

	/// Give an endpoint's deposit back to the account it was held on. Never fails: the hold
	/// was made here, so a shortfall means funds were slashed, and the depositor keeps what is
	/// left. Whatever removes an organization must call this for its endpoint.
	fn release_endpoint_deposit(info: &EndpointInfoOf<T>) {
		if let Err(e) = T::Currency::release(
			&HoldReason::Endpoint.into(),
			&info.depositor,
			info.deposit,
			Precision::BestEffort,
		) {
			log::warn!(target: LOG_TARGET, "endpoint deposit not released: {e:?}");
		}
	}

	/// The gateway endpoint `organization` published, if any: the base URL of its FHIR
	/// server. Kept out of the runtime API's [`runtime_api::OrganizationView`], whose type
	/// the RPC serves; gateways read [`Endpoints`] directly.
	pub fn endpoint_of(organization: OrganizationId) -> Option<Vec<u8>> {
		Endpoints::<T>::get(organization).map(|info| info.url.into_inner())
	}

	/// The organization `who` is the admin of.
	fn ensure_admin(
		who: &T::AccountId,
	) -> Result<(OrganizationId, OrganizationInfoOf<T>), DispatchError> {
		let organization = OrganizationOf::<T>::get(who).ok_or(Error::<T>::NotAdmin)?;
		let info = Organizations::<T>::get(organization).ok_or(Error::<T>::NotAdmin)?;
		ensure!(info.admin == *who, Error::<T>::NotAdmin);
		Ok((organization, info))
	}

	/// That `account` belongs to no organization and is no patient's key.
	fn ensure_free_for_organization(account: &T::AccountId) -> DispatchResult {
		ensure!(!OrganizationOf::<T>::contains_key(account), Error::<T>::AlreadyMember);
		ensure!(!PatientIdOf::<T>::contains_key(account), Error::<T>::AlreadyPatient);
		Ok(())
	}

	/// The organization `who` is an admin or operator of, active or suspended.
	pub fn ensure_member(who: &T::AccountId) -> Result<OrganizationId, DispatchError> {
		Ok(OrganizationOf::<T>::get(who).ok_or(Error::<T>::NotOperator)?)
	}

	/// The active organization `who` is an admin or operator of.
	pub fn ensure_operator(
		who: &T::AccountId,
	) -> Result<(OrganizationId, OrganizationInfoOf<T>), DispatchError> {
		let organization = Self::ensure_member(who)?;
		let info = Organizations::<T>::get(organization).ok_or(Error::<T>::NotOperator)?;
		ensure!(info.is_active(), Error::<T>::OrganizationSuspended);
		Ok((organization, info))
	}

	/// That `organization` exists and is not suspended.
	pub fn ensure_active_organization(organization: OrganizationId) -> DispatchResult {
		let org = Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(org.is_active(), Error::<T>::OrganizationSuspended);
		Ok(())
	}

	/// An organization's record.
	pub fn organization(organization: OrganizationId) -> Option<OrganizationInfoOf<T>> {
		Organizations::<T>::get(organization)
	}

	/// An organization as the runtime API shows it.
	pub fn organization_view(
		organization: OrganizationId,
	) -> Option<runtime_api::OrganizationView<T::AccountId>> {
		Organizations::<T>::get(organization).map(|info| runtime_api::OrganizationView {
			id: organization,
			kind: info.kind,
			roles: info.roles,
			status: info.status,
			admin: info.admin,
			operators: info.operators.into_inner(),
		})
	}
}
