//! SMART on FHIR Backend Services client assertions signed with an operator's Ed25519 key
//! (`docs/gateway.md`, "Authentication").
//!
//! A requesting organization's system proves itself with a JWT (RFC 7519) signed `EdDSA`
//! (RFC 8037) by one of the organization's operator keys. The key is named by `iss` = `sub`, its
//! chain account in SS58 with the chain's prefix: the account is the public key, so there is no
//! client registration and no credential store besides the chain. [`verify_client_assertion`]
//! checks everything that needs no chain and no memory: form, signature, audience, expiry and
//! purpose of use. The caller then refuses a `jti` seen before (until the assertion expires)
//! and resolves the key to an organization on chain (`identity_organizationOf`).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use ed25519_dalek::{Signature, VerifyingKey};
use pallet_consent::Purpose;
use serde_json::Value;
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	H256,
};

use crate::purpose;

/// Longest client assertion accepted: far above a real one (~600 bytes), and it bounds the
/// decoding done before the signature is checked.
pub const MAX_ASSERTION_BYTES: usize = 8 * 1024;
/// Furthest in the future an assertion's `exp` may lie: SMART Backend Services' five minutes.
pub const MAX_ASSERTION_LIFETIME_SECS: u64 = 300;
/// Clock difference tolerated between the requester and the gateway: NTP-synced hosts differ by
/// far less, and it stays small against the 300 s window.
pub const CLOCK_SKEW_SECS: u64 = 30;
/// Longest `jti`: it is kept as a key of the replay table until the assertion expires.
pub const MAX_JTI_LEN: usize = 256;
/// The `client_assertion_type` of RFC 7523.
pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// A verified client assertion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assertion {
	/// The operator key that signed it (its chain account).
	pub operator: AccountId32,
	/// The assertion's id, to be refused if seen again before `exp`.
	pub jti: String,
	/// UNIX seconds after which the assertion is no longer accepted.
	pub exp: u64,
	/// The one purpose of use it states.
	pub purpose: Purpose,
	/// BLAKE2b-256 of the assertion's bytes: the evidence an audit entry names, so that the
	/// custodian can show the reader's signed request for it.
	pub evidence: [u8; 32],
}

/// Why an assertion was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum AuthError {
	/// Not three base64url parts, bad JSON, a missing or mistyped claim, too long.
	Malformed(String),
	/// `alg` is not `EdDSA`, or a `crit` header we cannot honour.
	UnsupportedAlgorithm(String),
	/// `iss` is not an account with this chain's SS58 prefix, or `sub` differs from it.
	BadIssuer(String),
	/// The signature does not verify with the key `iss` names.
	BadSignature,
	/// `aud` is not this gateway's token URL.
	WrongAudience(String),
	/// Expired, not yet valid, or `exp` further ahead than allowed.
	Expired(String),
	/// The purpose of use is missing, not one value, or not in the table.
	BadPurpose(String),
}

impl AuthError {
	/// The HTTP status of the token endpoint's answer.
	pub fn status(&self) -> u16 {
		match self {
			AuthError::Malformed(_)
			| AuthError::UnsupportedAlgorithm(_)
			| AuthError::BadPurpose(_) => 400,
			AuthError::BadIssuer(_)
			| AuthError::BadSignature
			| AuthError::WrongAudience(_)
			| AuthError::Expired(_) => 401,
		}
	}

	/// The OAuth 2 `error` code (RFC 6749 §5.2).
	pub fn oauth_error(&self) -> &'static str {
		match self {
			AuthError::Malformed(_) | AuthError::UnsupportedAlgorithm(_) => "invalid_request",
			AuthError::BadPurpose(_) => "invalid_scope",
			_ => "invalid_client",
		}
	}
}

impl std::fmt::Display for AuthError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			AuthError::Malformed(why) => write!(f, "malformed client assertion: {why}"),
			AuthError::UnsupportedAlgorithm(why) => write!(f, "unsupported: {why}"),
			AuthError::BadIssuer(why) => write!(f, "bad issuer: {why}"),
			AuthError::BadSignature => {
				write!(f, "the signature does not verify with the issuer's key")
			},
			AuthError::WrongAudience(aud) => {
				write!(f, "the assertion is for {aud}, not this gateway")
			},
			AuthError::Expired(why) => write!(f, "{why}"),
			AuthError::BadPurpose(why) => write!(f, "purpose of use: {why}"),
		}
	}
}

impl std::error::Error for AuthError {}

/// Verifies `jwt` as a client assertion for the token URL `audience`, on a chain whose SS58
/// prefix is `ss58_prefix`, at UNIX time `now` (seconds).
pub fn verify_client_assertion(
	jwt: &str,
	audience: &str,
	ss58_prefix: u16,
	now: u64,
) -> Result<Assertion, AuthError> {
	let malformed = |why: &str| AuthError::Malformed(why.to_owned());
	if jwt.len() > MAX_ASSERTION_BYTES {
		return Err(malformed("longer than 8 KiB"));
	}
	let mut parts = jwt.split('.');
	let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) =
		(parts.next(), parts.next(), parts.next(), parts.next())
	else {
		return Err(malformed("a JWT has three dot-separated parts"));
	};
	let header = json_part(header_b64, "header")?;
	match header.get("alg").and_then(Value::as_str) {
		Some("EdDSA") => {},
		Some(other) => {
			return Err(AuthError::UnsupportedAlgorithm(format!("alg {other}: only EdDSA")))
		},
		None => return Err(malformed("header has no alg")),
	}
	if header.get("crit").is_some() {
		return Err(AuthError::UnsupportedAlgorithm("crit headers".into()));
	}
	if header.get("typ").is_some_and(|t| t.as_str() != Some("JWT")) {
		return Err(malformed("typ must be JWT"));
	}
	let claims = json_part(payload_b64, "payload")?;
	let text = |name: &str| {
		claims
			.get(name)
			.and_then(Value::as_str)
			.ok_or_else(|| malformed(&format!("no string {name}")))
	};
	let time = |name: &str| {
		claims
			.get(name)
			.map(|v| {
				v.as_u64()
					.ok_or_else(|| malformed(&format!("{name} is not a whole number of seconds")))
			})
			.transpose()
	};

	let iss = text("iss")?;
	let (operator, format) = AccountId32::from_ss58check_with_version(iss)
		.map_err(|e| AuthError::BadIssuer(format!("{iss:?} is not an SS58 account: {e:?}")))?;
	if format.prefix() != ss58_prefix {
		return Err(AuthError::BadIssuer(format!(
			"{iss} has SS58 prefix {}, this chain's is {ss58_prefix}",
			format.prefix()
		)));
	}
	if text("sub")? != iss {
		return Err(AuthError::BadIssuer("sub must equal iss".into()));
	}

	// The signature, before any claim that only matters for a genuine assertion.
	let signature = URL_SAFE_NO_PAD
		.decode(signature_b64)
		.map_err(|_| malformed("signature is not base64url"))?;
	let signature =
		Signature::from_slice(&signature).map_err(|_| malformed("signature is not 64 bytes"))?;
	let public: &[u8; 32] = operator.as_ref();
	let key = VerifyingKey::from_bytes(public)
		.map_err(|_| AuthError::BadIssuer("the account is not an Ed25519 public key".into()))?;
	let signed = &jwt.as_bytes()[..header_b64.len() + 1 + payload_b64.len()];
	key.verify_strict(signed, &signature).map_err(|_| AuthError::BadSignature)?;

	let aud_ok = match claims.get("aud") {
		Some(Value::String(a)) => a == audience,
		Some(Value::Array(list)) => list.len() == 1 && list[0].as_str() == Some(audience),
		_ => return Err(malformed("no aud")),
	};
	if !aud_ok {
		return Err(AuthError::WrongAudience(claims["aud"].to_string()));
	}

	let exp = time("exp")?.ok_or_else(|| malformed("no exp"))?;
	if exp.saturating_add(CLOCK_SKEW_SECS) <= now {
		return Err(AuthError::Expired(format!("the assertion expired at {exp} (now {now})")));
	}
	if exp > now.saturating_add(MAX_ASSERTION_LIFETIME_SECS + CLOCK_SKEW_SECS) {
		return Err(AuthError::Expired(format!(
			"exp {exp} is more than {MAX_ASSERTION_LIFETIME_SECS} s ahead (now {now})"
		)));
	}
	for name in ["nbf", "iat"] {
		if let Some(t) = time(name)? {
			if t > now.saturating_add(CLOCK_SKEW_SECS) {
				return Err(AuthError::Expired(format!("{name} {t} is in the future (now {now})")));
			}
		}
	}

	let jti = text("jti")?;
	if jti.is_empty() || jti.len() > MAX_JTI_LEN {
		return Err(malformed("jti must be 1 to 256 bytes"));
	}

	let stated =
		claims.pointer("/extensions/hl7-b2b/purpose_of_use").and_then(Value::as_array).ok_or_else(
			|| AuthError::BadPurpose("extensions.hl7-b2b.purpose_of_use is missing".into()),
		)?;
	let [code] = stated.as_slice() else {
		return Err(AuthError::BadPurpose("state exactly one purpose of use".into()));
	};
	let code = code.as_str().ok_or_else(|| AuthError::BadPurpose("not a string".into()))?;
	let purpose = purpose::parse(code).map_err(|e| AuthError::BadPurpose(e.to_string()))?;

	Ok(Assertion {
		operator,
		jti: jti.to_owned(),
		exp,
		purpose,
		evidence: sp_crypto_hashing::blake2_256(jwt.as_bytes()),
	})
}

/// A base64url part decoded as a JSON object.
fn json_part(part: &str, what: &str) -> Result<Value, AuthError> {
	let bytes = URL_SAFE_NO_PAD
		.decode(part)
		.map_err(|_| AuthError::Malformed(format!("{what} is not base64url")))?;
	match serde_json::from_slice(&bytes) {
		Ok(v @ Value::Object(_)) => Ok(v),
		_ => Err(AuthError::Malformed(format!("{what} is not a JSON object"))),
	}
}

/// The `aud` of a federation assertion for the chain with genesis hash `genesis`: it names the
/// chain, not a gateway, because the requester's gateway forwards it to every custodian.
pub fn federation_audience(genesis: &H256) -> String {
	format!("urn:medchain:federation:{genesis:?}")
}

/// A verified federation assertion: the requester's signed statement that its request for
/// chain patient `patient` may be forwarded to the patient's other custodians.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederationAssertion {
	/// Everything a client assertion says (its `evidence` is what the custodians' audit entries
	/// name).
	pub assertion: Assertion,
	/// The chain patient id it is limited to (claim `patient`).
	pub patient: u64,
	/// The organization whose gateway the requester sends it to, the only one that may forward
	/// it (claim `via`): another gateway that obtained it cannot use it.
	pub via: u32,
}

/// Verifies `jwt` as a federation assertion on the chain with genesis `genesis` (`aud` =
/// [`federation_audience`]): a client assertion with a `patient` claim, a whole number. The
/// caller refuses a `jti` seen before (each gateway once), checks `via` and resolves the key
/// on chain.
pub fn verify_federation_assertion(
	jwt: &str,
	genesis: &H256,
	ss58_prefix: u16,
	now: u64,
) -> Result<FederationAssertion, AuthError> {
	let assertion = verify_client_assertion(jwt, &federation_audience(genesis), ss58_prefix, now)?;
	// The payload parsed above; the signature is verified, so this is the signed claim.
	let claims = jwt
		.split('.')
		.nth(1)
		.ok_or_else(|| AuthError::Malformed("no payload".into()))
		.and_then(|payload| json_part(payload, "payload"))?;
	let patient = claims.get("patient").and_then(Value::as_u64).ok_or_else(|| {
		AuthError::Malformed("a federation assertion names a chain patient id (patient)".into())
	})?;
	let via =
		claims.get("via").and_then(Value::as_u64).and_then(|v| u32::try_from(v).ok()).ok_or_else(
			|| {
				AuthError::Malformed(
					"a federation assertion names the organization it is sent to (via)".into(),
				)
			},
		)?;
	Ok(FederationAssertion { assertion, patient, via })
}

/// What a requester's system sends: a client assertion for the token URL `audience`, signed
/// with operator key `key`, stating `purpose` (an HL7 v3 PurposeOfUse code in any of the
/// spellings [`crate::purpose::parse`] takes), issued at `now` and valid for `lifetime`
/// seconds, with id `jti`. The issuer is the key's account in SS58 with prefix `ss58_prefix`.
///
/// Any SMART Backend Services client library with EdDSA makes the same JWT; this one is for
/// medchain's own tests, benchmark and examples.
pub fn client_assertion(
	key: &sp_core::ed25519::Pair,
	ss58_prefix: u16,
	audience: &str,
	purpose: &str,
	now: u64,
	lifetime: u64,
	jti: &str,
) -> String {
	signed_assertion(key, ss58_prefix, audience, purpose, now, lifetime, jti, None)
}

/// The federation assertion a requester sends beside its token to the gateway of organization
/// `via` to have `Patient/$everything` of chain patient `patient` gathered from every custodian:
/// as [`client_assertion`], with `aud` = [`federation_audience`] and claims `patient` and `via`.
#[allow(clippy::too_many_arguments)]
pub fn federation_assertion(
	key: &sp_core::ed25519::Pair,
	ss58_prefix: u16,
	genesis: &H256,
	patient: u64,
	via: u32,
	purpose: &str,
	now: u64,
	lifetime: u64,
	jti: &str,
) -> String {
	let audience = federation_audience(genesis);
	let claims = serde_json::json!({"patient": patient, "via": via});
	signed_assertion(key, ss58_prefix, &audience, purpose, now, lifetime, jti, Some(claims))
}

#[allow(clippy::too_many_arguments)]
fn signed_assertion(
	key: &sp_core::ed25519::Pair,
	ss58_prefix: u16,
	audience: &str,
	purpose: &str,
	now: u64,
	lifetime: u64,
	jti: &str,
	extra: Option<Value>,
) -> String {
	use sp_core::Pair;
	let issuer = AccountId32::new(key.public().0).to_ss58check_with_version(ss58_prefix.into());
	let header = serde_json::json!({"alg": "EdDSA", "typ": "JWT"});
	let mut claims = serde_json::json!({
		"iss": issuer,
		"sub": issuer,
		"aud": audience,
		"iat": now,
		"exp": now + lifetime,
		"jti": jti,
		"extensions": {"hl7-b2b": {"version": "1", "purpose_of_use": [purpose]}},
	});
	if let Some(Value::Object(extra)) = extra {
		for (name, value) in extra {
			claims[name] = value;
		}
	}
	let input = format!(
		"{}.{}",
		URL_SAFE_NO_PAD.encode(header.to_string()),
		URL_SAFE_NO_PAD.encode(claims.to_string())
	);
	let signature = key.sign(input.as_bytes());
	format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.0))
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use ed25519_dalek::{Signer, SigningKey};
	use serde_json::json;

	/// An SS58 prefix other than 42, so that nothing passes by accident on Substrate's default.
	pub const PREFIX: u16 = 61;
	pub const AUD: &str = "https://gateway.test/auth/token";
	pub const NOW: u64 = 1_800_000_000;

	pub fn key(seed: u8) -> SigningKey {
		SigningKey::from_bytes(&[seed; 32])
	}

	pub fn account(key: &SigningKey) -> String {
		AccountId32::new(key.verifying_key().to_bytes()).to_ss58check_with_version(PREFIX.into())
	}

	pub fn sign(key: &SigningKey, header: &Value, claims: &Value) -> String {
		let input = format!(
			"{}.{}",
			URL_SAFE_NO_PAD.encode(header.to_string()),
			URL_SAFE_NO_PAD.encode(claims.to_string())
		);
		let signature = key.sign(input.as_bytes());
		format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
	}

	pub fn claims(key: &SigningKey) -> Value {
		json!({
			"iss": account(key),
			"sub": account(key),
			"aud": AUD,
			"exp": NOW + 240,
			"iat": NOW,
			"jti": "b1a3c2e0-0000-4000-8000-000000000001",
			"extensions": {"hl7-b2b": {"version": "1", "purpose_of_use": ["urn:oid:2.16.840.1.113883.5.8#TREAT"]}},
		})
	}

	fn header() -> Value {
		json!({"alg": "EdDSA", "typ": "JWT"})
	}

	fn verify(jwt: &str) -> Result<Assertion, AuthError> {
		verify_client_assertion(jwt, AUD, PREFIX, NOW)
	}

	#[test]
	fn the_client_side_builder_makes_an_assertion_the_gateway_accepts() {
		use sp_core::Pair;
		let pair = sp_core::ed25519::Pair::from_seed(&[9; 32]);
		let jwt = client_assertion(&pair, PREFIX, AUD, "ETREAT", NOW, 60, "j-9");
		let a = verify(&jwt).expect("valid");
		assert_eq!(a.operator, AccountId32::new(pair.public().0));
		assert_eq!(a.purpose, Purpose::EmergencyTreatment);
		assert_eq!(a.exp, NOW + 60);
		assert_eq!(a.jti, "j-9");
		// Another audience is refused.
		let other =
			client_assertion(&pair, PREFIX, "https://elsewhere/auth/token", "TREAT", NOW, 60, "j");
		assert!(matches!(verify(&other), Err(AuthError::WrongAudience(_))));
	}

	#[test]
	fn a_federation_assertion_names_the_chain_and_one_patient() {
		use sp_core::Pair;
		let pair = sp_core::ed25519::Pair::from_seed(&[9; 32]);
		let genesis = H256::repeat_byte(3);
		let jwt = federation_assertion(&pair, PREFIX, &genesis, 42, 5, "TREAT", NOW, 60, "f-1");
		let f = verify_federation_assertion(&jwt, &genesis, PREFIX, NOW).expect("valid");
		assert_eq!((f.patient, f.via, f.assertion.purpose), (42, 5, Purpose::Treatment));
		assert_eq!(f.assertion.evidence, sp_crypto_hashing::blake2_256(jwt.as_bytes()));
		// Another chain's, a gateway's, or one without a patient are refused.
		let other = H256::repeat_byte(4);
		assert!(matches!(
			verify_federation_assertion(&jwt, &other, PREFIX, NOW),
			Err(AuthError::WrongAudience(_))
		));
		let client = client_assertion(&pair, PREFIX, AUD, "TREAT", NOW, 60, "c");
		assert!(matches!(
			verify_federation_assertion(&client, &genesis, PREFIX, NOW),
			Err(AuthError::WrongAudience(_))
		));
		let audience = federation_audience(&genesis);
		let no_patient = client_assertion(&pair, PREFIX, &audience, "TREAT", NOW, 60, "n");
		assert!(matches!(
			verify_federation_assertion(&no_patient, &genesis, PREFIX, NOW),
			Err(AuthError::Malformed(_))
		));
		// A client assertion check does not accept it at a token endpoint either.
		assert!(matches!(verify(&jwt), Err(AuthError::WrongAudience(_))));
	}

	#[test]
	fn a_well_formed_assertion_verifies() {
		let k = key(7);
		let jwt = sign(&k, &header(), &claims(&k));
		let a = verify(&jwt).expect("valid");
		assert_eq!(a.operator, AccountId32::new(k.verifying_key().to_bytes()));
		assert_eq!(a.purpose, Purpose::Treatment);
		assert_eq!(a.exp, NOW + 240);
		assert_eq!(a.evidence, sp_crypto_hashing::blake2_256(jwt.as_bytes()));
	}

	#[test]
	fn another_key_s_signature_is_refused() {
		let (k, other) = (key(7), key(8));
		let jwt = sign(&other, &header(), &claims(&k));
		assert_eq!(verify(&jwt), Err(AuthError::BadSignature));
		// A changed payload under the original signature.
		let good = sign(&k, &header(), &claims(&k));
		let mut c = claims(&k);
		c["exp"] = json!(NOW + 290);
		let forged = sign(&k, &header(), &c);
		let spliced: Vec<&str> = good.split('.').collect();
		let forged: Vec<&str> = forged.split('.').collect();
		let jwt = format!("{}.{}.{}", spliced[0], forged[1], spliced[2]);
		assert_eq!(verify(&jwt), Err(AuthError::BadSignature));
	}

	#[test]
	fn only_eddsa_is_accepted() {
		let k = key(7);
		let jwt = sign(&k, &json!({"alg": "none"}), &claims(&k));
		assert!(matches!(verify(&jwt), Err(AuthError::UnsupportedAlgorithm(_))));
		let jwt = sign(&k, &json!({"alg": "EdDSA", "crit": ["b64"]}), &claims(&k));
		assert!(matches!(verify(&jwt), Err(AuthError::UnsupportedAlgorithm(_))));
		let unsigned = format!(
			"{}.{}.",
			URL_SAFE_NO_PAD.encode(json!({"alg": "none"}).to_string()),
			URL_SAFE_NO_PAD.encode(claims(&k).to_string())
		);
		assert_eq!(verify(&unsigned).map_err(|e| e.status()), Err(400));
	}

	#[test]
	fn the_issuer_must_be_this_chain_s_account_and_the_subject() {
		let k = key(7);
		let mut c = claims(&k);
		c["iss"] =
			json!(AccountId32::new(k.verifying_key().to_bytes())
				.to_ss58check_with_version(42u16.into()));
		c["sub"] = c["iss"].clone();
		assert!(matches!(verify(&sign(&k, &header(), &c)), Err(AuthError::BadIssuer(_))));
		let mut c = claims(&k);
		c["sub"] = json!(account(&key(8)));
		assert!(matches!(verify(&sign(&k, &header(), &c)), Err(AuthError::BadIssuer(_))));
	}

	#[test]
	fn audience_and_times_are_enforced() {
		let k = key(7);
		let with = |name: &str, value: Value| {
			let mut c = claims(&k);
			c[name] = value;
			verify(&sign(&k, &header(), &c))
		};
		assert!(matches!(
			with("aud", json!("https://other.test/auth/token")),
			Err(AuthError::WrongAudience(_))
		));
		assert!(with("aud", json!([AUD])).is_ok());
		assert!(matches!(with("exp", json!(NOW - CLOCK_SKEW_SECS)), Err(AuthError::Expired(_))));
		// Within the skew, just expired still passes.
		assert!(with("exp", json!(NOW - CLOCK_SKEW_SECS + 1)).is_ok());
		assert!(matches!(
			with("exp", json!(NOW + MAX_ASSERTION_LIFETIME_SECS + CLOCK_SKEW_SECS + 1)),
			Err(AuthError::Expired(_))
		));
		assert!(matches!(with("exp", json!(NOW as f64 + 10.5)), Err(AuthError::Malformed(_))));
		assert!(matches!(with("nbf", json!(NOW + 600)), Err(AuthError::Expired(_))));
		assert!(matches!(with("jti", json!("")), Err(AuthError::Malformed(_))));
		assert!(matches!(
			with("jti", json!("x".repeat(MAX_JTI_LEN + 1))),
			Err(AuthError::Malformed(_))
		));
	}

	#[test]
	fn exactly_one_known_purpose_is_required() {
		let k = key(7);
		let with = |purposes: Value| {
			let mut c = claims(&k);
			c["extensions"]["hl7-b2b"]["purpose_of_use"] = purposes;
			verify(&sign(&k, &header(), &c))
		};
		assert_eq!(with(json!(["ETREAT"])).map(|a| a.purpose), Ok(Purpose::EmergencyTreatment));
		assert!(matches!(with(json!([])), Err(AuthError::BadPurpose(_))));
		assert!(matches!(with(json!(["TREAT", "HRESCH"])), Err(AuthError::BadPurpose(_))));
		let e = with(json!(["HMARKT"])).expect_err("marketing is not a purpose here");
		assert_eq!((e.status(), e.oauth_error()), (400, "invalid_scope"));
	}

	#[test]
	fn malformed_input_is_refused_before_any_work() {
		assert!(matches!(verify("a.b"), Err(AuthError::Malformed(_))));
		assert!(matches!(verify("a.b.c.d"), Err(AuthError::Malformed(_))));
		assert!(matches!(verify("!!.!!.!!"), Err(AuthError::Malformed(_))));
		assert!(matches!(
			verify(&"a".repeat(MAX_ASSERTION_BYTES + 1)),
			Err(AuthError::Malformed(_))
		));
	}
}
