//! HL7 v3 PurposeOfUse codes, as a requester states them in its client assertion, mapped to the
//! chain's [`Purpose`]s (`docs/gateway.md`, "Purpose of use").
//!
//! A child code maps to its parent because a patient's grant names the parent; a code not in
//! the table is refused rather than guessed.

use pallet_consent::Purpose;

/// The PurposeOfUse value set's OID, as `urn:oid:…#CODE` (HL7 B2B authorization extension).
pub const PURPOSE_OF_USE_OID: &str = "urn:oid:2.16.840.1.113883.5.8";
/// The same code system as a FHIR `system` (`system|CODE`).
pub const ACT_REASON_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

/// Every code the gateway accepts and the chain purpose it stands for.
pub const TABLE: &[(&str, Purpose)] = &[
	("TREAT", Purpose::Treatment),
	// Coordination of care.
	("COC", Purpose::Treatment),
	("ETREAT", Purpose::EmergencyTreatment),
	// Break the glass.
	("BTG", Purpose::EmergencyTreatment),
	// Emergency room treatment.
	("ERTREAT", Purpose::EmergencyTreatment),
	("HPAYMT", Purpose::Payment),
	("CLMATTCH", Purpose::Payment),
	("COVAUTH", Purpose::Payment),
	("COVERAGE", Purpose::Payment),
	("ELIGDTRM", Purpose::Payment),
	("ELIGVER", Purpose::Payment),
	("ENROLLM", Purpose::Payment),
	("REMITADV", Purpose::Payment),
	("HOPERAT", Purpose::Operations),
	("HRESCH", Purpose::Research),
	("CLINTRCH", Purpose::Research),
	("BIORCH", Purpose::Research),
	("PUBHLTH", Purpose::PublicHealth),
	("DISASTER", Purpose::PublicHealth),
	("THREAT", Purpose::PublicHealth),
];

/// Why a stated purpose was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum PurposeError {
	/// The code system is neither PurposeOfUse's OID nor v3-ActReason.
	UnknownSystem(String),
	/// The code is not in [`TABLE`].
	UnknownCode(String),
}

impl std::fmt::Display for PurposeError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			PurposeError::UnknownSystem(s) => write!(f, "unknown purpose-of-use code system {s:?}"),
			PurposeError::UnknownCode(c) => write!(f, "purpose of use {c:?} is not supported"),
		}
	}
}

impl std::error::Error for PurposeError {}

/// The chain purpose of `value`: `urn:oid:2.16.840.1.113883.5.8#CODE`,
/// `http://terminology.hl7.org/CodeSystem/v3-ActReason|CODE`, or a bare `CODE`.
pub fn parse(value: &str) -> Result<Purpose, PurposeError> {
	let code = if let Some((system, code)) = value.split_once('#') {
		if system != PURPOSE_OF_USE_OID {
			return Err(PurposeError::UnknownSystem(system.to_owned()));
		}
		code
	} else if let Some((system, code)) = value.split_once('|') {
		if system != ACT_REASON_SYSTEM {
			return Err(PurposeError::UnknownSystem(system.to_owned()));
		}
		code
	} else {
		value
	};
	TABLE
		.iter()
		.find(|(c, _)| *c == code)
		.map(|(_, p)| *p)
		.ok_or_else(|| PurposeError::UnknownCode(code.to_owned()))
}

/// The PurposeOfUse code an AuditEvent shows for a chain purpose (the parent codes of
/// `docs/records.md`).
pub fn code(purpose: Purpose) -> &'static str {
	match purpose {
		Purpose::Treatment => "TREAT",
		Purpose::Payment => "HPAYMT",
		Purpose::Operations => "HOPERAT",
		Purpose::Research => "HRESCH",
		Purpose::PublicHealth => "PUBHLTH",
		Purpose::EmergencyTreatment => "ETREAT",
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_three_spellings_of_a_code_agree() {
		assert_eq!(parse("TREAT"), Ok(Purpose::Treatment));
		assert_eq!(parse("urn:oid:2.16.840.1.113883.5.8#TREAT"), Ok(Purpose::Treatment));
		assert_eq!(
			parse("http://terminology.hl7.org/CodeSystem/v3-ActReason|ETREAT"),
			Ok(Purpose::EmergencyTreatment)
		);
	}

	#[test]
	fn children_map_to_their_parent() {
		assert_eq!(parse("BTG"), Ok(Purpose::EmergencyTreatment));
		assert_eq!(parse("CLMATTCH"), Ok(Purpose::Payment));
		assert_eq!(parse("CLINTRCH"), Ok(Purpose::Research));
	}

	#[test]
	fn unknown_codes_and_systems_are_refused() {
		assert_eq!(parse("PATRQT"), Err(PurposeError::UnknownCode("PATRQT".into())));
		assert_eq!(parse("treat"), Err(PurposeError::UnknownCode("treat".into())));
		assert_eq!(
			parse("http://example.org|TREAT"),
			Err(PurposeError::UnknownSystem("http://example.org".into()))
		);
		assert_eq!(
			parse("urn:oid:1.2.3#TREAT"),
			Err(PurposeError::UnknownSystem("urn:oid:1.2.3".into()))
		);
	}

	#[test]
	fn every_chain_purpose_is_reachable_and_round_trips() {
		for p in Purpose::ALL {
			assert!(TABLE.iter().any(|(_, q)| q == p), "{p:?} has no code");
			assert_eq!(parse(code(*p)), Ok(*p));
		}
	}
}
