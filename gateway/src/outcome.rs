//! FHIR `OperationOutcome`s and the HTTP status each error answers with.
//!
//! Every error the gateway answers on a FHIR route is an OperationOutcome with one issue whose
//! `code` is from FHIR's IssueType value set, so integration engines can act on the code and
//! people can read `diagnostics`. The table of cases is in `docs/gateway.md`.

use serde_json::{json, Value};

/// `issue.severity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
	Fatal,
	Error,
	Warning,
	Information,
}

impl Severity {
	pub fn as_str(self) -> &'static str {
		match self {
			Severity::Fatal => "fatal",
			Severity::Error => "error",
			Severity::Warning => "warning",
			Severity::Information => "information",
		}
	}
}

/// The IssueType codes the gateway uses (http://hl7.org/fhir/issue-type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueType {
	/// Malformed content (not JSON, wrong shape).
	Structure,
	/// Content that breaks a rule (unknown type, reference to an unknown patient).
	Invalid,
	/// Authentication needed or failed.
	Login,
	/// Authenticated, but consent does not cover the request.
	Forbidden,
	/// The resource does not exist.
	NotFound,
	/// The resource was retracted.
	Deleted,
	/// The copy is an older version than the chain's current one.
	Conflict,
	/// The content matches no anchored version (tampered or never anchored).
	Invariant,
	/// Resources were left out for consent or privacy reasons.
	Suppressed,
	/// The chain or a remote gateway could not be reached; try again.
	Transient,
	/// A route or parameter the gateway does not support.
	NotSupported,
	/// The request would cost too much to answer (too many resources).
	TooCostly,
	/// Information only, not a problem (e.g. what a federated answer does not cover).
	Informational,
	/// An internal failure.
	Exception,
}

impl IssueType {
	pub fn as_str(self) -> &'static str {
		match self {
			IssueType::Structure => "structure",
			IssueType::Invalid => "invalid",
			IssueType::Login => "login",
			IssueType::Forbidden => "forbidden",
			IssueType::NotFound => "not-found",
			IssueType::Deleted => "deleted",
			IssueType::Conflict => "conflict",
			IssueType::Invariant => "invariant",
			IssueType::Suppressed => "suppressed",
			IssueType::Transient => "transient",
			IssueType::NotSupported => "not-supported",
			IssueType::TooCostly => "too-costly",
			IssueType::Informational => "informational",
			IssueType::Exception => "exception",
		}
	}
}

/// An error answered as an OperationOutcome with an HTTP status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FhirError {
	pub status: u16,
	pub code: IssueType,
	pub diagnostics: String,
}

impl FhirError {
	pub fn new(status: u16, code: IssueType, diagnostics: impl Into<String>) -> Self {
		Self { status, code, diagnostics: diagnostics.into() }
	}

	/// 400: the request or its content is malformed.
	pub fn malformed(diagnostics: impl Into<String>) -> Self {
		Self::new(400, IssueType::Structure, diagnostics)
	}

	/// 400: well-formed content that breaks a rule.
	pub fn invalid(diagnostics: impl Into<String>) -> Self {
		Self::new(400, IssueType::Invalid, diagnostics)
	}

	/// 401: no valid access token (the response also carries `WWW-Authenticate: Bearer`).
	pub fn unauthenticated(diagnostics: impl Into<String>) -> Self {
		Self::new(401, IssueType::Login, diagnostics)
	}

	/// 403: authenticated, not allowed.
	pub fn forbidden(diagnostics: impl Into<String>) -> Self {
		Self::new(403, IssueType::Forbidden, diagnostics)
	}

	/// 404: no such resource (only said to a requester holding some consent for the patient).
	pub fn not_found(diagnostics: impl Into<String>) -> Self {
		Self::new(404, IssueType::NotFound, diagnostics)
	}

	/// 410: the record was retracted.
	pub fn retracted(diagnostics: impl Into<String>) -> Self {
		Self::new(410, IssueType::Deleted, diagnostics)
	}

	/// 409: the copy is an earlier version than the anchored current one.
	pub fn superseded(diagnostics: impl Into<String>) -> Self {
		Self::new(409, IssueType::Conflict, diagnostics)
	}

	/// 409: the content matches no anchored version, or another custodian's.
	pub fn integrity(diagnostics: impl Into<String>) -> Self {
		Self::new(409, IssueType::Invariant, diagnostics)
	}

	/// 503: the chain cannot decide now (unreachable, stale, or the audit journal is behind);
	/// nothing is released.
	pub fn unavailable(diagnostics: impl Into<String>) -> Self {
		Self::new(503, IssueType::Transient, diagnostics)
	}

	/// The OperationOutcome resource.
	pub fn to_resource(&self) -> Value {
		outcome(Severity::Error, self.code, &self.diagnostics)
	}
}

impl std::fmt::Display for FhirError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "{} {}: {}", self.status, self.code.as_str(), self.diagnostics)
	}
}

impl std::error::Error for FhirError {}

/// An OperationOutcome with one issue.
pub fn outcome(severity: Severity, code: IssueType, diagnostics: &str) -> Value {
	json!({
		"resourceType": "OperationOutcome",
		"issue": [{
			"severity": severity.as_str(),
			"code": code.as_str(),
			"diagnostics": diagnostics,
		}],
	})
}

/// Extension URL carrying a withheld or failed count on an outcome issue.
pub const COUNT_EXTENSION: &str = "urn:medchain:fhir:count";

/// The `searchset` entry saying how many resources were withheld (consent) and how many failed
/// their integrity check, without saying which; `None` when both are zero.
pub fn withheld_entry(withheld: u32, failed_integrity: u32) -> Option<Value> {
	let issue = |code: IssueType, count: u32, what: &str| {
		json!({
			"severity": "information",
			"code": code.as_str(),
			"diagnostics": format!("{count} {} {what}", if count == 1 { "resource" } else { "resources" }),
			"extension": [{"url": COUNT_EXTENSION, "valueUnsignedInt": count}],
		})
	};
	let mut issues = Vec::new();
	if withheld > 0 {
		issues.push(issue(IssueType::Suppressed, withheld, "withheld"));
	}
	if failed_integrity > 0 {
		issues.push(issue(IssueType::Invariant, failed_integrity, "failed integrity checks"));
	}
	(!issues.is_empty()).then(|| {
		json!({
			"resource": {"resourceType": "OperationOutcome", "issue": issues},
			"search": {"mode": "outcome"},
		})
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_error_is_an_operation_outcome_with_its_code() {
		let e = FhirError::forbidden("no consent covers laboratory for treatment");
		assert_eq!(e.status, 403);
		let r = e.to_resource();
		assert_eq!(r["resourceType"], "OperationOutcome");
		assert_eq!(r["issue"][0]["severity"], "error");
		assert_eq!(r["issue"][0]["code"], "forbidden");
		assert_eq!(r["issue"][0]["diagnostics"], "no consent covers laboratory for treatment");
	}

	#[test]
	fn statuses_follow_the_table() {
		assert_eq!(FhirError::malformed("x").status, 400);
		assert_eq!(FhirError::unauthenticated("x").status, 401);
		assert_eq!(FhirError::retracted("x").status, 410);
		assert_eq!(FhirError::superseded("x").status, 409);
		assert_eq!(FhirError::integrity("x").code, IssueType::Invariant);
		assert_eq!(FhirError::unavailable("x").status, 503);
	}

	#[test]
	fn the_withheld_entry_counts_without_naming() {
		assert_eq!(withheld_entry(0, 0), None);
		let e = withheld_entry(3, 0).expect("something withheld");
		assert_eq!(e["search"]["mode"], "outcome");
		let issues = e["resource"]["issue"].as_array().expect("issues");
		assert_eq!(issues.len(), 1);
		assert_eq!(issues[0]["code"], "suppressed");
		assert_eq!(issues[0]["diagnostics"], "3 resources withheld");
		assert_eq!(issues[0]["extension"][0]["valueUnsignedInt"], 3);
		let e = withheld_entry(1, 2).expect("both");
		assert_eq!(e["resource"]["issue"][0]["diagnostics"], "1 resource withheld");
		assert_eq!(e["resource"]["issue"][1]["code"], "invariant");
		// Only counts: no resource type, id or category appears anywhere in the entry.
		let text = e.to_string();
		assert!(!text.contains("Observation") && !text.contains("Condition"));
	}
}
