//! The rules every scope obeys, a grant's here and a lease's in the bridge: at least one
//! category and one purpose, no custodian listed twice, every custodian a known organization
//! ([`check_scope`]); and what a scope covers ([`scope_denial`]).

use crate::{
	Category, CategorySet, Config, CustodianOn, DenyReason, Error, Pallet, Purpose, PurposeSet,
	ScopeOf,
};
use frame_support::ensure;
use pallet_patient_identity::OrganizationId;
use sp_runtime::DispatchError;

/// Checks a scope's codes and custodians and returns its category and purpose sets.
///
/// Errors: `invalid` (the caller's own `InvalidScope`) for no category, no purpose or a
/// custodian listed twice; identity's `UnknownOrganization` for a custodian that was never
/// registered. A suspended custodian is allowed: a scope may name who holds the data even
/// while that organization may not act.
pub fn check_scope<T: pallet_patient_identity::Config>(
	categories: &[Category],
	purposes: &[Purpose],
	custodians: &[OrganizationId],
	invalid: impl Into<DispatchError>,
) -> Result<(CategorySet, PurposeSet), DispatchError> {
	let invalid = invalid.into();
	let category_set = CategorySet::from_codes(categories);
	let purpose_set = PurposeSet::from_codes(purposes);
	ensure!(!category_set.is_empty() && !purpose_set.is_empty(), invalid);
	for (i, c) in custodians.iter().enumerate() {
		ensure!(!custodians[..i].contains(c), invalid);
		ensure!(
			pallet_patient_identity::Pallet::<T>::organization(*c).is_some(),
			pallet_patient_identity::Error::<T>::UnknownOrganization
		);
	}
	Ok((category_set, purpose_set))
}

/// Why a scope (`categories`, `purposes`, `custodians`; no custodians: any) does not cover
/// access to `category` for `purpose` of data held by `custodian`, or `None` when it does.
/// Grants and leases on consents from other chains share it.
pub fn scope_denial(
	categories: CategorySet,
	purposes: PurposeSet,
	custodians: &[OrganizationId],
	category: CategorySet,
	purpose: PurposeSet,
	custodian: impl Into<CustodianOn>,
) -> Option<DenyReason> {
	let covered = match custodian.into() {
		CustodianOn::Organization(c) => custodians.is_empty() || custodians.contains(&c),
		CustodianOn::Unnamed | CustodianOn::OtherChain => custodians.is_empty(),
	};
	if !categories.contains(category) {
		Some(DenyReason::CategoryNotCovered)
	} else if !purposes.contains(purpose) {
		Some(DenyReason::PurposeNotCovered)
	} else if !covered {
		Some(DenyReason::CustodianNotCovered)
	} else {
		None
	}
}

impl<T: Config> Pallet<T> {
	/// [`check_scope`] for a grant's or a request's scope, with this pallet's `InvalidScope`.
	pub(crate) fn validate_scope(
		scope: &ScopeOf<T>,
	) -> Result<(CategorySet, PurposeSet), DispatchError> {
		check_scope::<T>(
			&scope.categories,
			&scope.purposes,
			&scope.custodians,
			Error::<T>::InvalidScope,
		)
	}
}
