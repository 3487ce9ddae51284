//! What may be released: the consent decision, the category cross-check and the integrity
//! verdict of each resource combined into what a read answers and what a search returns
//! (`docs/gateway.md`, "The consent decision" and "Integrity of what is served").
//!
//! Pure logic over answers already fetched from the chain, so that every rule is unit-tested
//! here and the request handlers only gather the inputs.
//!
//! Order matters for what a requester learns: consent is decided first, and a resource consent
//! does not cover is counted as withheld whatever its integrity, so the integrity counts never
//! reveal anything about resources the requester may not see.

use pallet_consent::{AccessDecision, Category};
use pallet_ehr_anchor::{AccessBasis, Verdict};

use crate::{category, outcome::FhirError};

/// The basis a decision gives for a release, as its audit entry names it; `None` when the
/// decision does not allow a release this gateway can audit (denied, or a cross-chain lease:
/// `AccessBasis` has no lease variant yet).
pub fn basis_of(decision: &AccessDecision<u64>) -> Option<AccessBasis> {
	match decision {
		AccessDecision::Granted { grant, .. } => Some(AccessBasis::Grant(*grant)),
		AccessDecision::Emergency { .. } => Some(AccessBasis::Emergency),
		AccessDecision::Leased { .. } | AccessDecision::Denied(_) => None,
	}
}

/// How a resource's content stands against its anchor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Integrity {
	/// The current anchored version, held by this custodian.
	Current,
	/// An earlier version: the chain's current one is `current`.
	Superseded { version: u32, current: u32 },
	/// Withdrawn by the custodian.
	Retracted,
	/// Anchored as current by another custodian.
	OtherCustodian,
	/// Matches no anchored version (tampered, never anchored, or a bad batch proof).
	Unknown,
}

/// The integrity of content whose verdict is `verdict`, at custodian `custodian`.
pub fn integrity(verdict: &Verdict, custodian: u32) -> Integrity {
	match verdict {
		Verdict::Current { custodian: c, .. } if *c == custodian => Integrity::Current,
		Verdict::Current { .. } => Integrity::OtherCustodian,
		Verdict::Superseded { version, current_version, .. } => {
			Integrity::Superseded { version: *version, current: *current_version }
		},
		Verdict::Retracted { .. } => Integrity::Retracted,
		Verdict::InvalidProof | Verdict::Unknown => Integrity::Unknown,
	}
}

/// One resource a request would return, with what the chain said about it.
#[derive(Clone, Debug)]
pub struct Candidate {
	/// The category the chain anchored it with (consent was asked for this one).
	pub anchored: Category,
	/// The category its content derives ([`category::derive`]).
	pub derived: Category,
	/// The consent decision for `anchored`, the requester, its purpose and this custodian.
	pub decision: AccessDecision<u64>,
	pub integrity: Integrity,
}

/// The answer to a `read` of one resource: the basis to journal before releasing it, or the
/// error to answer.
pub fn read(c: &Candidate) -> Result<AccessBasis, FhirError> {
	let basis = category::for_release(c.anchored, c.derived)
		.and_then(|_| basis_of(&c.decision))
		.ok_or_else(|| FhirError::forbidden("the patient's consent does not cover this resource for your organization and purpose"))?;
	match c.integrity {
		Integrity::Current => Ok(basis),
		Integrity::Retracted => Err(FhirError::retracted("the custodian withdrew this record")),
		Integrity::Superseded { version, current } => Err(FhirError::superseded(format!(
			"this copy is version {version}; the chain's current version is {current}"
		))),
		Integrity::OtherCustodian => {
			Err(FhirError::integrity("the record is anchored by another custodian"))
		},
		Integrity::Unknown => {
			Err(FhirError::integrity("the content does not match any anchored version"))
		},
	}
}

/// What a search releases: indexes into the candidates with their bases, and the counts its
/// outcome entry reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
	pub released: Vec<(usize, AccessBasis)>,
	/// Not covered by consent (or sensitive content under a general anchor).
	pub withheld: u32,
	/// Covered, but superseded, tampered or another custodian's.
	pub failed_integrity: u32,
}

/// The release plan of a search over `candidates` (retracted records are left out silently:
/// they are no longer the patient's record).
pub fn plan(candidates: &[Candidate]) -> Plan {
	let mut plan = Plan::default();
	for (i, c) in candidates.iter().enumerate() {
		match read(c) {
			Ok(basis) => plan.released.push((i, basis)),
			Err(e) if e.status == 403 => plan.withheld += 1,
			Err(e) if e.status == 410 => {},
			Err(_) => plan.failed_integrity += 1,
		}
	}
	plan
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_consent::{DenyReason, EmergencyReason};
	use sp_core::H256;
	use Category::*;

	const US: u32 = 7;

	fn granted() -> AccessDecision<u64> {
		AccessDecision::Granted { grant: 3, expires_at: None }
	}

	fn candidate(
		anchored: Category,
		derived: Category,
		decision: AccessDecision<u64>,
		integrity: Integrity,
	) -> Candidate {
		Candidate { anchored, derived, decision, integrity }
	}

	#[test]
	fn verdicts_map_to_integrity() {
		let current = |custodian| Verdict::Current { version: 2, custodian, category: Laboratory };
		assert_eq!(integrity(&current(US), US), Integrity::Current);
		assert_eq!(integrity(&current(US + 1), US), Integrity::OtherCustodian);
		let superseded =
			Verdict::Superseded { version: 1, current_version: 2, current_hash: H256::zero() };
		assert_eq!(integrity(&superseded, US), Integrity::Superseded { version: 1, current: 2 });
		assert_eq!(integrity(&Verdict::Unknown, US), Integrity::Unknown);
		assert_eq!(integrity(&Verdict::InvalidProof, US), Integrity::Unknown);
	}

	#[test]
	fn only_grants_and_break_glass_are_auditable_bases() {
		assert_eq!(basis_of(&granted()), Some(AccessBasis::Grant(3)));
		let emergency = AccessDecision::Emergency {
			reason: EmergencyReason::LifeThreatening,
			opened_at: 1,
			expires_at: 100,
		};
		assert_eq!(basis_of(&emergency), Some(AccessBasis::Emergency));
		assert_eq!(basis_of(&AccessDecision::Denied(DenyReason::NoGrant)), None);
		let leased = AccessDecision::Leased {
			chain: H256::zero(),
			lease: 1,
			valid_until: 0,
			expires_at: None,
		};
		assert_eq!(basis_of(&leased), None);
	}

	#[test]
	fn a_read_answers_consent_before_integrity() {
		let denied = AccessDecision::Denied(DenyReason::CategoryNotCovered);
		// Tampered and not covered: the requester learns only "forbidden".
		assert_eq!(
			read(&candidate(Laboratory, Laboratory, denied, Integrity::Unknown))
				.map_err(|e| e.status),
			Err(403)
		);
		assert_eq!(
			read(&candidate(Laboratory, Laboratory, granted(), Integrity::Current)),
			Ok(AccessBasis::Grant(3))
		);
		assert_eq!(
			read(&candidate(Laboratory, Laboratory, granted(), Integrity::Unknown))
				.map_err(|e| e.status),
			Err(409)
		);
		assert_eq!(
			read(&candidate(Laboratory, Laboratory, granted(), Integrity::Retracted))
				.map_err(|e| e.status),
			Err(410)
		);
		// Sensitive content anchored as general is withheld even under a grant covering it.
		assert_eq!(
			read(&candidate(Conditions, MentalHealth, granted(), Integrity::Current))
				.map_err(|e| e.status),
			Err(403)
		);
	}

	#[test]
	fn a_search_releases_the_covered_subset_and_counts_the_rest() {
		let denied = AccessDecision::Denied(DenyReason::CategoryNotCovered);
		let candidates = [
			candidate(Laboratory, Laboratory, granted(), Integrity::Current),
			candidate(VitalSigns, VitalSigns, denied.clone(), Integrity::Current),
			candidate(
				Laboratory,
				Laboratory,
				granted(),
				Integrity::Superseded { version: 1, current: 2 },
			),
			candidate(Laboratory, Laboratory, granted(), Integrity::Retracted),
			candidate(MentalHealth, MentalHealth, denied, Integrity::Unknown),
			candidate(Laboratory, Laboratory, granted(), Integrity::Current),
		];
		assert_eq!(
			plan(&candidates),
			Plan {
				released: vec![(0, AccessBasis::Grant(3)), (5, AccessBasis::Grant(3))],
				withheld: 2,
				failed_integrity: 1,
			}
		);
	}
}
