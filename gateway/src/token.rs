//! The token endpoint, `POST /auth/token` (`docs/gateway.md`, "Authentication"): SMART on FHIR
//! Backend Services client credentials, a JWT client assertion signed by an operator key that
//! the chain resolves to an active organization, answered with a short-lived access token.

use std::{collections::HashMap, sync::Arc};

use axum::{
	extract::State,
	http::StatusCode,
	response::{IntoResponse, Response},
	Form,
};
use base64::Engine;
use pallet_patient_identity::{runtime_api::OrganizationView, OrganizationId, OrganizationStatus};
use serde_json::json;
use sp_core::{crypto::AccountId32, H256};

use crate::{
	auth::{self, CLOCK_SKEW_SECS, JWT_BEARER},
	outcome::FhirError,
	server::{now_secs, Gateway, Token, ACCESS_TOKEN_LIFETIME_SECS},
};

/// An OAuth 2 error answer (RFC 6749 §5.2).
pub(crate) fn oauth_error(status: u16, error: &str, description: &str) -> Response {
	let mut response =
		axum::Json(json!({"error": error, "error_description": description})).into_response();
	*response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
	response
}

pub(crate) async fn token(
	State(gateway): State<Arc<Gateway>>,
	Form(form): Form<HashMap<String, String>>,
) -> Response {
	let field = |name: &str| form.get(name).map(String::as_str);
	if field("grant_type") != Some("client_credentials") {
		return oauth_error(400, "unsupported_grant_type", "grant_type must be client_credentials");
	}
	if field("client_assertion_type") != Some(JWT_BEARER) {
		return oauth_error(
			400,
			"invalid_request",
			&format!("client_assertion_type must be {JWT_BEARER}"),
		);
	}
	let Some(jwt) = field("client_assertion") else {
		return oauth_error(400, "invalid_request", "client_assertion is missing");
	};
	let now = now_secs();
	let assertion =
		match auth::verify_client_assertion(jwt, &gateway.token_url, gateway.chain.ss58, now) {
			Ok(a) => a,
			Err(e) => return oauth_error(e.status(), e.oauth_error(), &e.to_string()),
		};
	let issuer = assertion.operator.to_string();
	match gateway.store.remember_jti(
		&issuer,
		&assertion.jti,
		jwt,
		assertion.exp.saturating_add(CLOCK_SKEW_SECS),
		now,
	) {
		Ok(true) => {},
		Ok(false) => {
			return oauth_error(401, "invalid_client", "assertion already used (jti replayed)")
		},
		Err(e) => return oauth_error(500, "server_error", &e.to_string()),
	}
	let heads = match gateway.chain.heads().await {
		Ok(h) => h,
		Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
	};
	let organization =
		match gateway.chain.organization_of(&assertion.operator, heads.best.hash).await {
			Ok(o) => o,
			Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
		};
	if organization.is_none() {
		// Not an organization's key: a patient's key gets a patient token, which reads the
		// patient's own AuditEvents and nothing else (`trail.rs`); every check above is the
		// same for both.
		match gateway.chain.patient_by_account(&assertion.operator, heads.best.hash).await {
			Ok(Some(patient)) => {
				return crate::trail::issue_patient_token(
					&gateway,
					patient.id,
					assertion.operator,
					now,
				)
			},
			Ok(None) => {},
			Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
		}
	}
	let organization = match acting_organization(organization, &assertion.operator) {
		Ok(o) => o,
		Err(e) => return oauth_error(e.status, "invalid_client", &e.diagnostics),
	};
	let mut bytes = [0u8; 32];
	if getrandom::getrandom(&mut bytes).is_err() {
		return oauth_error(500, "server_error", "no randomness for a token");
	}
	let access_token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
	let token = Token {
		organization,
		operator: assertion.operator,
		purpose: assertion.purpose,
		expires: now.saturating_add(ACCESS_TOKEN_LIFETIME_SECS),
		evidence: H256(assertion.evidence),
	};
	if let Ok(mut tokens) = gateway.tokens.lock() {
		// Expired tokens go on the way, which bounds the map by the tokens of five minutes.
		tokens.retain(|_, t| t.expires > now);
		tokens.insert(access_token.clone(), token);
	}
	axum::Json(json!({
		"access_token": access_token,
		"token_type": "Bearer",
		"expires_in": ACCESS_TOKEN_LIFETIME_SECS,
		"scope": "system/*.rs",
	}))
	.into_response()
}

/// The organization `operator` may act for: it must be one of its operators (an admin key
/// manages the organization, systems sign with operator keys) and the organization active.
pub(crate) fn acting_organization(
	organization: Option<OrganizationView<AccountId32>>,
	operator: &AccountId32,
) -> Result<OrganizationId, FhirError> {
	let Some(organization) = organization else {
		return Err(FhirError::unauthenticated(format!(
			"{operator} is not an operator key of any organization"
		)));
	};
	if !organization.operators.contains(operator) {
		return Err(FhirError::unauthenticated(format!(
			"{operator} is organization {}'s admin key; requests are signed with operator keys",
			organization.id
		)));
	}
	if organization.status != OrganizationStatus::Active {
		return Err(FhirError::forbidden(format!("organization {} is suspended", organization.id)));
	}
	Ok(organization.id)
}
