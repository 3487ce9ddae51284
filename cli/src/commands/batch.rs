//! `medchain batch build|anchor|prove|verify`: many records of one patient and category under
//! one anchored Merkle root (`medchain_records::BatchTree`, as the runtime verifies it), each
//! later proven by its own proof file.
//!
//! A batch directory holds `batch.json` (the manifest: batch id, root, count, each record's id,
//! content hash, leaf index and source, and where it was anchored) and `proofs/<record id>.json`.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use medchain_rpc::RecordsApiClient;
use pallet_consent::Category;
use pallet_ehr_anchor::Verdict;
use serde_json::json;
use sp_core::H256;

use crate::{
	args::{self, PatientRef},
	cli::Context,
	commands::{random_id, read_file, record::fhir_hash, submitted},
	error::{Error, Result},
	output::{compact, Output},
	proof::{Anchored, Manifest, Member, ProofFile, MANIFEST, PROOFS},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum BatchCmd {
	/// Build a batch from FHIR R4 resources: a directory of `*.json` files (one resource each,
	/// in file-name order) or an NDJSON file (one resource per line). Each record gets a random
	/// id; writes OUT/batch.json with the root to anchor.
	Build {
		input: PathBuf,
		/// The batch directory to create.
		#[arg(long)]
		out: PathBuf,
	},
	/// As an operator of a custodian linked to the patient, anchor a built batch's root.
	Anchor {
		dir: PathBuf,
		#[arg(long, value_parser = args::patient)]
		patient: PatientRef,
		#[arg(long, value_parser = args::category)]
		category: Category,
	},
	/// Write each record's inclusion proof to DIR/proofs/<record id>.json.
	Prove { dir: PathBuf },
	/// Verify proof files offline (the proof leads to its root) and, unless --offline, on chain
	/// (`records_verifyInBatch` against the anchored root). Exits 1 if any does not verify.
	Verify {
		#[arg(required = true)]
		proofs: Vec<PathBuf>,
		/// Only recompute the root; do not ask a node.
		#[arg(long)]
		offline: bool,
		/// A copy of the record (FHIR JSON), which must hash to the proof's content hash (one
		/// proof file only).
		#[arg(long)]
		resource: Option<PathBuf>,
	},
}

/// The FHIR resources of `input` with where each came from.
fn read_resources(input: &Path) -> Result<Vec<(String, Vec<u8>)>> {
	let meta =
		std::fs::metadata(input).map_err(|e| Error::input(format!("{}: {e}", input.display())))?;
	let mut resources = Vec::new();
	if meta.is_dir() {
		let entries = std::fs::read_dir(input)
			.map_err(|e| Error::input(format!("{}: {e}", input.display())))?;
		let mut files: Vec<PathBuf> = entries
			.filter_map(|e| e.ok().map(|e| e.path()))
			.filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
			.collect();
		files.sort();
		for file in files {
			let name =
				file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
			resources.push((name, read_file(&file)?));
		}
	} else {
		let bytes = read_file(input)?;
		let text = String::from_utf8(bytes)
			.map_err(|_| Error::input(format!("{}: not UTF-8 text", input.display())))?;
		for (i, line) in text.lines().enumerate() {
			if !line.trim().is_empty() {
				resources.push((
					format!("{} line {}", input.display(), i + 1),
					line.as_bytes().to_vec(),
				));
			}
		}
	}
	if resources.is_empty() {
		return Err(Error::input(format!(
			"{}: no FHIR resources (a directory of *.json files or an NDJSON file)",
			input.display()
		)));
	}
	Ok(resources)
}

fn read_manifest(dir: &Path) -> Result<Manifest> {
	let path = dir.join(MANIFEST);
	let bytes = read_file(&path)?;
	serde_json::from_slice(&bytes)
		.map_err(|e| Error::input(format!("{}: not a batch manifest: {e}", path.display())))
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<()> {
	let text = serde_json::to_string_pretty(value)
		.map_err(|e| Error::input(format!("{}: {e}", path.display())))?;
	std::fs::write(path, text + "\n").map_err(|e| Error::input(format!("{}: {e}", path.display())))
}

fn read_proof(path: &Path) -> Result<ProofFile> {
	let bytes = read_file(path)?;
	serde_json::from_slice(&bytes)
		.map_err(|e| Error::input(format!("{}: not a batch proof file: {e}", path.display())))
}

pub async fn run(command: BatchCmd, context: &Context) -> Result<Output> {
	match command {
		BatchCmd::Build { input, out } => {
			let manifest_path = out.join(MANIFEST);
			if manifest_path.exists() {
				return Err(Error::input(format!(
					"{}: already holds a batch; build into another directory",
					out.display()
				)));
			}
			let resources = read_resources(&input)?;
			let mut records = Vec::with_capacity(resources.len());
			for (leaf_index, (source, bytes)) in resources.into_iter().enumerate() {
				let (hash, _) =
					fhir_hash(&bytes).map_err(|e| Error::input(format!("{source}: {e}")))?;
				records.push(Member {
					record: random_id()?,
					hash,
					leaf_index: leaf_index as u32,
					source,
				});
			}
			let leaves: Vec<(H256, H256)> = records.iter().map(|m| (m.record, m.hash)).collect();
			let tree = medchain_records::BatchTree::new(&leaves);
			let manifest = Manifest {
				batch: random_id()?,
				root: tree.root(),
				count: tree.len(),
				records,
				anchored: None,
			};
			std::fs::create_dir_all(&out)
				.map_err(|e| Error::input(format!("{}: {e}", out.display())))?;
			write_json(&manifest_path, &manifest)?;
			Ok(Output::new(
				json!({
					"batch": manifest.batch,
					"root": manifest.root,
					"count": manifest.count,
					"manifest": manifest_path.display().to_string(),
				}),
				format!(
					"batch {:?}: {} records, root {:?}\nwritten to {}",
					manifest.batch,
					manifest.count,
					manifest.root,
					manifest_path.display()
				),
			))
		},
		BatchCmd::Anchor { dir, patient, category } => {
			let mut manifest = read_manifest(&dir)?;
			manifest
				.proofs()
				.map_err(|e| Error::input(format!("{}: {e}", dir.join(MANIFEST).display())))?;
			let signing = context.signing()?;
			let chain = context.chain().await?;
			chain.signer_organization(&signing, false).await?;
			let patient = chain.patient(&patient).await?;
			if chain.batch(manifest.batch).await?.is_some() {
				return Err(Error::input(format!(
					"batch {:?} is already anchored",
					manifest.batch
				)));
			}
			let call = rt::tx().ehr_anchor().anchor_batch(
				manifest.batch,
				patient.id,
				runtime::category(category),
				manifest.count,
				manifest.root,
			);
			let tx = chain.submit(&call, &signing).await?;
			manifest.anchored = Some(Anchored {
				patient: patient.id,
				category,
				block: tx.block_hash,
				block_number: tx.block_number,
			});
			write_json(&dir.join(MANIFEST), &manifest)?;
			Ok(submitted(
				&tx,
				json!({ "batch": manifest.batch, "root": manifest.root, "count": manifest.count }),
				format!(
					"batch {:?} of patient {} anchored: {} records",
					manifest.batch, patient.id, manifest.count
				),
			))
		},
		BatchCmd::Prove { dir } => {
			let manifest = read_manifest(&dir)?;
			let proofs = manifest
				.proofs()
				.map_err(|e| Error::input(format!("{}: {e}", dir.join(MANIFEST).display())))?;
			let proof_dir = dir.join(PROOFS);
			std::fs::create_dir_all(&proof_dir)
				.map_err(|e| Error::input(format!("{}: {e}", proof_dir.display())))?;
			let mut files = Vec::with_capacity(proofs.len());
			for proof in &proofs {
				let path = proof_dir.join(proof.file_name());
				write_json(&path, proof)?;
				files.push(path.display().to_string());
			}
			Ok(Output::new(
				json!({ "batch": manifest.batch, "root": manifest.root, "proofs": files }),
				format!(
					"{} proofs of batch {:?} written to {}",
					files.len(),
					manifest.batch,
					proof_dir.display()
				),
			))
		},
		BatchCmd::Verify { proofs, offline, resource } => {
			let files = proofs
				.iter()
				.map(|path| read_proof(path).map(|p| (path.clone(), p)))
				.collect::<Result<Vec<_>>>()?;
			let resource_hash = match &resource {
				Some(path) if files.len() == 1 => Some(
					fhir_hash(&read_file(path)?)
						.map_err(|e| Error::input(format!("{}: {e}", path.display())))?
						.0,
				),
				Some(_) => return Err(Error::input("--resource goes with one proof file")),
				None => None,
			};
			let chain = if offline { None } else { Some(context.chain().await?) };
			let mut results = Vec::new();
			let mut text = Vec::new();
			let mut all_ok = true;
			for (path, proof) in &files {
				let leads_to_root = proof.verifies();
				let resource_matches = resource_hash.map(|h| h == proof.hash);
				let mut ok = leads_to_root && resource_matches != Some(false);
				let mut line = format!(
					"{}: record {:?} leaf {} of {}: proof {}",
					path.display(),
					proof.record,
					proof.leaf_index,
					proof.count,
					if leads_to_root { "leads to its root" } else { "does NOT lead to its root" }
				);
				if resource_matches == Some(false) {
					line.push_str("; the resource does NOT hash to the proof's content hash");
				}
				let mut result = json!({
					"file": path.display().to_string(),
					"batch": proof.batch,
					"record": proof.record,
					"offline": leads_to_root,
				});
				if let Some(matches) = resource_matches {
					result["resourceMatches"] = json!(matches);
				}
				if let Some(chain) = &chain {
					let anchored = chain.batch(proof.batch).await?;
					let same_root =
						anchored.as_ref().map(|b| b.root == proof.root && b.count == proof.count);
					let verdict = RecordsApiClient::<H256>::verify_in_batch(
						chain.api(),
						proof.batch,
						proof.record,
						proof.hash,
						proof.leaf_index,
						proof.proof.clone(),
						None,
					)
					.await
					.map_err(|e| chain.rpc_error("records_verifyInBatch", e))?;
					let current = matches!(verdict, Verdict::Current { .. });
					ok &= current;
					line.push_str(&format!("; on chain: {}", compact(&verdict)));
					if same_root == Some(false) {
						line.push_str(" (the file's root or count is not the anchored one)");
					}
					result["onChain"] = json!(verdict);
					result["anchoredRootMatches"] = json!(same_root);
				}
				result["verified"] = json!(ok);
				all_ok &= ok;
				results.push(result);
				text.push(line);
			}
			Ok(Output::new(json!({ "verified": all_ok, "proofs": results }), text.join("\n"))
				.negative(!all_ok))
		},
	}
}
