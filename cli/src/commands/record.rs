//! `medchain record hash|anchor|amend|retract|verify|list`.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use medchain_rpc::RecordsApiClient;
use pallet_consent::Category;
use pallet_ehr_anchor::{
	runtime_api::{RecordPage, MAX_PAGE_ENTRIES},
	Anchor, FhirResource, Format, RetractReason, Verdict,
};
use serde_json::json;
use sp_core::H256;

use crate::{
	args::{self, code_name, FormatArg, PatientRef},
	cli::Context,
	commands::{random_id, read_file, submitted},
	error::{Error, Result},
	output::{compact, Output},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum RecordCmd {
	/// Print the content hash of files: FHIR R4 JSON in medchain's canonical form (RFC 8785,
	/// without meta.versionId/lastUpdated, BLAKE2b-256), other formats as their bytes.
	Hash {
		#[arg(required = true)]
		files: Vec<PathBuf>,
		/// fhir, hl7v2, cdaR2, dicom, pdf or other:N.
		#[arg(long, value_parser = args::format, default_value = "fhir")]
		format: FormatArg,
	},
	/// As an operator of a custodian organization linked to the patient, anchor a record's
	/// fingerprint (version 1). Prints the record id (random unless given).
	Anchor {
		file: PathBuf,
		#[arg(long, value_parser = args::patient)]
		patient: PatientRef,
		#[arg(long, value_parser = args::category)]
		category: Category,
		#[arg(long, value_parser = args::format, default_value = "fhir")]
		format: FormatArg,
		/// The record id (default: 32 random bytes).
		#[arg(long, value_parser = args::h256)]
		record_id: Option<H256>,
		/// A commitment to where the record can be fetched (`H(salt ‖ locator)`).
		#[arg(long, value_parser = args::h256)]
		locator: Option<H256>,
	},
	/// As the custodian, anchor a new version of a record.
	Amend {
		#[arg(value_parser = args::h256)]
		record: H256,
		file: PathBuf,
		#[arg(long, value_parser = args::h256)]
		locator: Option<H256>,
	},
	/// As the custodian, withdraw a record (or, with --batch, a batch): it verifies as
	/// retracted and authorises no more reads.
	Retract {
		#[arg(value_parser = args::h256)]
		id: H256,
		/// The id is a batch's.
		#[arg(long)]
		batch: bool,
		/// enteredInError, patientRequest, duplicate or retentionExpired.
		#[arg(long, value_parser = args::retract_reason)]
		reason: RetractReason,
	},
	/// Is a copy of a record (a file, or its hash) the record's current version? Exits 0 when
	/// it is, 1 when it is superseded, retracted or unknown.
	Verify {
		#[arg(value_parser = args::h256)]
		record: H256,
		#[arg(required_unless_present = "hash")]
		file: Option<PathBuf>,
		/// The content hash, instead of a file.
		#[arg(long, value_parser = args::h256, conflicts_with = "file")]
		hash: Option<H256>,
	},
	/// A patient's records across custodians: what exists where, at which version.
	List {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
		/// Position in the patient's index to start from.
		#[arg(long, default_value_t = 0)]
		from: u32,
		/// Entries at most (the node returns at most 256).
		#[arg(long, default_value_t = MAX_PAGE_ENTRIES)]
		limit: u32,
	},
}

/// The content hash of a FHIR R4 JSON resource and its resource type.
pub fn fhir_hash(bytes: &[u8]) -> std::result::Result<(H256, FhirResource), String> {
	let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
	let hash = medchain_records::content_hash(text).map_err(|e| e.to_string())?;
	let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
	let resource = args::fhir_resource(value["resourceType"].as_str().unwrap_or_default())?;
	Ok((hash, resource))
}

/// The content hash of the file at `path` and the record format it has.
pub fn hash_file(path: &Path, format: FormatArg) -> Result<(H256, Format)> {
	let bytes = read_file(path)?;
	match format {
		FormatArg::Fhir => fhir_hash(&bytes)
			.map(|(hash, resource)| (hash, Format::FhirR4(resource)))
			.map_err(|e| Error::input(format!("{}: {e}", path.display()))),
		FormatArg::Bytes(format) => Ok((H256(sp_crypto_hashing::blake2_256(&bytes)), format)),
	}
}

/// How a record of `format` is hashed.
fn format_arg(format: Format) -> FormatArg {
	match format {
		Format::FhirR4(_) => FormatArg::Fhir,
		other => FormatArg::Bytes(other),
	}
}

pub async fn run(command: RecordCmd, context: &Context) -> Result<Output> {
	match command {
		RecordCmd::Hash { files, format } => {
			let mut hashes = Vec::new();
			let mut text = Vec::new();
			for file in &files {
				let (hash, format) = hash_file(file, format)?;
				text.push(format!("{hash:?} {}", file.display()));
				hashes.push(
					json!({ "file": file.display().to_string(), "hash": hash, "format": format }),
				);
			}
			Ok(Output::new(json!(hashes), text.join("\n")))
		},
		RecordCmd::Anchor { file, patient, category, format, record_id, locator } => {
			let (hash, format) = hash_file(&file, format)?;
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, false).await?;
			let patient = chain.patient(&patient).await?;
			let record = match record_id {
				Some(id) => id,
				None => random_id()?,
			};
			if chain.record(record).await?.is_some() {
				return Err(Error::input(format!("record {record:?} is already anchored")));
			}
			let call = rt::tx().ehr_anchor().anchor(
				record,
				patient.id,
				runtime::category(category),
				runtime::format(format),
				hash,
				locator,
			);
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({
					"record": record,
					"hash": hash,
					"patient": patient.id,
					"custodian": org.id,
					"format": format,
					"version": 1,
				}),
				format!(
					"record {record:?} of patient {} anchored: version 1, hash {hash:?}",
					patient.id
				),
			))
		},
		RecordCmd::Amend { record, file, locator } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let anchored = chain.record(record).await?.ok_or_else(|| {
				Error::input(format!(
					"unknown record {record:?}: nothing is anchored under this id"
				))
			})?;
			let (hash, _) = hash_file(&file, format_arg(anchored.format))?;
			let org = chain.signer_organization(&signing, false).await?;
			if org.id != anchored.custodian {
				return Err(Error::input(format!(
					"record {record:?} is held by organization {}, not by the signer's {}",
					anchored.custodian, org.id
				)));
			}
			let call = rt::tx().ehr_anchor().amend(record, hash, locator);
			let tx = chain.submit(&call, &signing).await?;
			let event =
				tx.event::<rt::ehr_anchor::events::RecordAmended>("EhrAnchor.RecordAmended")?;
			Ok(submitted(
				&tx,
				json!({ "record": record, "hash": hash, "version": event.version }),
				format!("record {record:?} amended: version {}, hash {hash:?}", event.version),
			))
		},
		RecordCmd::Retract { id, batch, reason } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let anchor = if batch { Anchor::Batch(id) } else { Anchor::Record(id) };
			chain.anchored_patient(&anchor).await?;
			chain.signer_organization(&signing, false).await?;
			let call = rt::tx()
				.ehr_anchor()
				.retract(runtime::anchor(anchor), runtime::retract_reason(reason));
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "anchor": anchor, "reason": reason }),
				format!(
					"{} {id:?} retracted ({})",
					if batch { "batch" } else { "record" },
					code_name(&reason)
				),
			))
		},
		RecordCmd::Verify { record, file, hash } => {
			let chain = context.chain().await?;
			let hash = match (hash, file) {
				(Some(hash), _) => hash,
				(None, Some(file)) => {
					let format = chain
						.record(record)
						.await?
						.map(|r| format_arg(r.format))
						.unwrap_or(FormatArg::Fhir);
					hash_file(&file, format)?.0
				},
				(None, None) => return Err(Error::input("give a file or --hash")),
			};
			let verdict = RecordsApiClient::<H256>::verify(chain.api(), record, hash, None)
				.await
				.map_err(|e| chain.rpc_error("records_verify", e))?;
			let current = matches!(verdict, Verdict::Current { .. });
			Ok(Output::new(
				json!({ "record": record, "hash": hash, "current": current, "verdict": verdict }),
				format!("record {record:?}, hash {hash:?}: {}", compact(&verdict)),
			)
			.negative(!current))
		},
		RecordCmd::List { patient, from, limit } => {
			let chain = context.chain().await?;
			let patient = chain.patient(&patient).await?;
			let page =
				RecordsApiClient::<H256>::of_patient(chain.api(), patient.id, from, limit, None)
					.await
					.map_err(|e| chain.rpc_error("records_ofPatient", e))?;
			Ok(Output::new(json!(page), list(patient.id, &page)))
		},
	}
}

/// A page of a patient's record index for a person.
fn list(patient: u64, page: &RecordPage) -> String {
	let mut text = format!("patient {patient}: {} anchors", page.total);
	for e in &page.entries {
		let (kind, id) = match e.anchor {
			Anchor::Record(id) => ("record", id),
			Anchor::Batch(id) => ("batch", id),
		};
		text.push_str(&format!(
			"\n  {kind} {id:?}: custodian {}, {}, version {}, {} record(s){}",
			e.custodian,
			code_name(&e.category),
			e.version,
			e.count,
			e.retracted.map(|r| format!(", retracted ({})", code_name(&r))).unwrap_or_default()
		));
	}
	if let Some(next) = page.next {
		text.push_str(&format!("\n  more from --from {next}"));
	}
	text
}
