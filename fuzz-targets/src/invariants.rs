//! Every medchain pallet's storage invariants, as their `try_state` hooks check them (each
//! pallet compiles `do_try_state` with `std`).

use medchain_runtime::{Consent, EhrAnchor, MedchainBridge, PatientIdentity};

/// Every pallet's invariants; the first broken one.
pub fn check() -> Result<(), String> {
	PatientIdentity::do_try_state().map_err(|e| format!("identity invariant: {e:?}"))?;
	Consent::do_try_state().map_err(|e| format!("consent invariant: {e:?}"))?;
	EhrAnchor::do_try_state().map_err(|e| format!("ehr-anchor invariant: {e:?}"))?;
	MedchainBridge::do_try_state().map_err(|e| format!("bridge invariant: {e:?}"))
}
