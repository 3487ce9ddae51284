//! How pallets built on identities follow a patient: [`PatientLifecycle`] is called when a
//! patient's identity moves to a new key and when the patient deregisters.

use crate::PatientId;
use frame_support::{dispatch::DispatchResult, weights::Weight};

/// Lets pallets built on identities follow a patient's key and lifetime.
pub trait PatientLifecycle<AccountId> {
	/// The patient's identity moved from `old` to `new` (rotation or recovery).
	fn on_key_rotated(patient: PatientId, old: &AccountId, new: &AccountId) -> DispatchResult;
	/// The patient deregistered; `account` was their last key.
	fn on_deregistered(patient: PatientId, account: &AccountId) -> DispatchResult;
	/// The most weight `on_key_rotated` can use.
	fn on_key_rotated_weight() -> Weight;
	/// The most weight `on_deregistered` can use.
	fn on_deregistered_weight() -> Weight;
}

impl<AccountId> PatientLifecycle<AccountId> for () {
	fn on_key_rotated(_: PatientId, _: &AccountId, _: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn on_deregistered(_: PatientId, _: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn on_key_rotated_weight() -> Weight {
		Weight::zero()
	}
	fn on_deregistered_weight() -> Weight {
		Weight::zero()
	}
}

/// Both pallets follow the patient, in order (for example consent, then the bridge).
impl<AccountId, A, B> PatientLifecycle<AccountId> for (A, B)
where
	A: PatientLifecycle<AccountId>,
	B: PatientLifecycle<AccountId>,
{
	fn on_key_rotated(patient: PatientId, old: &AccountId, new: &AccountId) -> DispatchResult {
		A::on_key_rotated(patient, old, new)?;
		B::on_key_rotated(patient, old, new)
	}
	fn on_deregistered(patient: PatientId, account: &AccountId) -> DispatchResult {
		A::on_deregistered(patient, account)?;
		B::on_deregistered(patient, account)
	}
	fn on_key_rotated_weight() -> Weight {
		A::on_key_rotated_weight().saturating_add(B::on_key_rotated_weight())
	}
	fn on_deregistered_weight() -> Weight {
		A::on_deregistered_weight().saturating_add(B::on_deregistered_weight())
	}
}
