//! The runtime's calls, events and types, generated at compile time from the metadata kept in
//! the repository (`metadata/medchain.scale`; `make test` fails when it differs from what the
//! node serves). subxt checks each call against the node's metadata before signing, so a CLI
//! built for another runtime refuses to sign rather than send a call the chain would misread.
//!
//! Arguments are parsed into the pallets' own types (their serde names are the ones the JSON-RPC
//! methods use, `laboratory`, `vitalSigns`, ...) and converted here into the generated ones.

#[subxt::subxt(runtime_metadata_path = "../metadata/medchain.scale")]
pub mod runtime {}

pub use runtime::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec, pallet_consent::types as consent_types,
	pallet_ehr_anchor::types as anchor_types,
};

/// A pallet enum value as the generated enum of the same name: one arm per variant, so that a
/// variant added on one side and not the other fails to compile.
macro_rules! convert {
	($name:ident, $from:ty, $to:ty, [$($variant:ident),* $(,)?]) => {
		pub fn $name(value: $from) -> $to {
			type Src = $from;
			type Dst = $to;
			match value {
				$(Src::$variant => Dst::$variant,)*
			}
		}
	};
}

convert!(
	category,
	pallet_consent::Category,
	consent_types::Category,
	[
		Demographics,
		Conditions,
		Medications,
		Allergies,
		Laboratory,
		Imaging,
		ClinicalNotes,
		Immunizations,
		VitalSigns,
		Genomics,
		MentalHealth,
		SubstanceUse,
		SexualReproductiveHealth,
	]
);

convert!(
	purpose,
	pallet_consent::Purpose,
	consent_types::Purpose,
	[Treatment, Payment, Operations, Research, PublicHealth, EmergencyTreatment,]
);

convert!(
	retract_reason,
	pallet_ehr_anchor::RetractReason,
	anchor_types::RetractReason,
	[EnteredInError, PatientRequest, Duplicate, RetentionExpired,]
);

convert!(
	fhir_resource,
	pallet_ehr_anchor::FhirResource,
	anchor_types::FhirResource,
	[
		AllergyIntolerance,
		Bundle,
		CarePlan,
		Composition,
		Condition,
		DiagnosticReport,
		DocumentReference,
		Encounter,
		FamilyMemberHistory,
		ImagingStudy,
		Immunization,
		MedicationAdministration,
		MedicationDispense,
		MedicationRequest,
		MedicationStatement,
		MolecularSequence,
		Observation,
		Patient,
		Procedure,
		QuestionnaireResponse,
		ServiceRequest,
		Specimen,
	]
);

/// A record format as the generated type.
pub fn format(value: pallet_ehr_anchor::Format) -> anchor_types::Format {
	use pallet_ehr_anchor::Format as F;
	match value {
		F::FhirR4(resource) => anchor_types::Format::FhirR4(fhir_resource(resource)),
		F::Hl7v2 => anchor_types::Format::Hl7v2,
		F::CdaR2 => anchor_types::Format::CdaR2,
		F::Dicom => anchor_types::Format::Dicom,
		F::Pdf => anchor_types::Format::Pdf,
		F::Other(code) => anchor_types::Format::Other(code),
	}
}

/// An anchor (record or batch) as the generated type.
pub fn anchor(value: pallet_ehr_anchor::Anchor) -> anchor_types::Anchor {
	match value {
		pallet_ehr_anchor::Anchor::Record(id) => anchor_types::Anchor::Record(id),
		pallet_ehr_anchor::Anchor::Batch(id) => anchor_types::Anchor::Batch(id),
	}
}

/// An access basis as the generated type.
pub fn access_basis(value: pallet_ehr_anchor::AccessBasis) -> anchor_types::AccessBasis {
	match value {
		pallet_ehr_anchor::AccessBasis::Grant(grant) => anchor_types::AccessBasis::Grant(grant),
		pallet_ehr_anchor::AccessBasis::Emergency => anchor_types::AccessBasis::Emergency,
	}
}

/// A list of categories as the generated bounded list.
pub fn categories(values: &[pallet_consent::Category]) -> BoundedVec<consent_types::Category> {
	BoundedVec(values.iter().copied().map(category).collect())
}

/// An organization of a peer chain as the generated type.
pub fn remote_org(
	chain: sp_core::H256,
	organization: u32,
) -> runtime::runtime_types::pallet_medchain_bridge::types::RemoteOrg {
	runtime::runtime_types::pallet_medchain_bridge::types::RemoteOrg { chain, organization }
}

/// A list of purposes as the generated bounded list.
pub fn purposes(values: &[pallet_consent::Purpose]) -> BoundedVec<consent_types::Purpose> {
	BoundedVec(values.iter().copied().map(purpose).collect())
}

/// A consent scope as the generated type.
pub fn scope(
	categories_: &[pallet_consent::Category],
	purposes_: &[pallet_consent::Purpose],
	custodians: &[u32],
) -> consent_types::Scope {
	consent_types::Scope {
		categories: categories(categories_),
		purposes: purposes(purposes_),
		custodians: BoundedVec(custodians.to_vec()),
	}
}

/// An account as the generated code takes it.
pub fn account(id: &sp_core::crypto::AccountId32) -> subxt::utils::AccountId32 {
	let bytes: &[u8; 32] = id.as_ref();
	subxt::utils::AccountId32(*bytes)
}
