//! Federation (`docs/gateway.md`, "Federation: `Patient/$everything`"): the requester's
//! gateway asks each other custodian of the patient, at the endpoint the custodian publishes on
//! chain, for its part of `Patient/$everything`.
//!
//! The requester's gateway G authenticates at a custodian's gateway as itself (a client
//! assertion signed by G's own operator key, which G's key is), and forwards the requester's
//! **federation assertion**: the custodian decides consent for, and audits the release to, the
//! requester named in that assertion, never G. G only carries the answer, and checks every
//! resource in it against the chain itself before passing it on.

use std::{collections::HashMap, sync::Mutex, time::Duration};

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnector;
use hyper_util::{
	client::legacy::{connect::HttpConnector, Client},
	rt::TokioExecutor,
};
use pallet_consent::Purpose;
use serde_json::Value;

use crate::{
	auth::{client_assertion, JWT_BEARER},
	chain::Key,
	purpose,
	server::now_secs,
};

/// The request header carrying the requester's federation assertion.
pub const FEDERATION_HEADER: &str = "medchain-federation-assertion";
/// How long a custodian's gateway has to answer its part (token and `$everything` together);
/// a custodian that takes longer is reported as not reached, and the rest is answered.
pub const FEDERATION_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest answer read from another gateway: a Bundle of up to `MAX_SEARCH_CANDIDATES` (1,000)
/// resources of a few KiB each, with room to spare.
pub const MAX_REMOTE_BODY_BYTES: usize = 32 * 1024 * 1024;
/// The gateway's own client assertions at another gateway live this long (SMART's maximum is
/// 300 s; it is used at once).
const ASSERTION_LIFETIME_SECS: u64 = 60;
/// A token at another gateway is renewed this long before it expires, so that it never
/// expires in flight.
const TOKEN_RENEW_MARGIN_SECS: u64 = 30;

/// Why a custodian's part is missing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoteError {
	/// Its consent covers none of the patient's resources it holds for the requester (403).
	Forbidden(String),
	/// Not reached in time, or it failed (5xx, unreadable answer): worth asking again later.
	Unreachable(String),
	/// It refused the request (4xx other than 403), or publishes an endpoint we will not use.
	Refused(String),
}

impl std::fmt::Display for RemoteError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			RemoteError::Forbidden(why)
			| RemoteError::Unreachable(why)
			| RemoteError::Refused(why) => f.write_str(why),
		}
	}
}

/// A token at another gateway is for one endpoint and one purpose (its code).
type TokenKey = (String, &'static str);

/// The outgoing HTTP client (federation and proxy mode): hyper-util's, with TLS by rustls.
pub(crate) type HttpClient = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

/// A client that speaks https (platform root certificates) and http.
pub(crate) fn http_client() -> Result<HttpClient, String> {
	let connector = hyper_rustls::HttpsConnectorBuilder::new()
		.with_native_roots()
		.map_err(|e| format!("no TLS root certificates: {e}"))?
		.https_or_http()
		.enable_http1()
		.build();
	Ok(Client::builder(TokioExecutor::new()).build(connector))
}

/// One request: the status and the body, read up to `limit` bytes.
pub(crate) async fn fetch(
	client: &HttpClient,
	request: axum::http::Request<Full<Bytes>>,
	limit: usize,
) -> Result<(u16, Bytes), String> {
	let url = request.uri().to_string();
	let response = client.request(request).await.map_err(|e| format!("{url}: {e}"))?;
	let status = response.status().as_u16();
	let body = Limited::new(response.into_body(), limit)
		.collect()
		.await
		.map_err(|e| format!("{url}: reading the answer: {e}"))?
		.to_bytes();
	Ok((status, body))
}

/// G's client towards the other custodians' gateways.
pub struct Federation {
	client: HttpClient,
	key: Key,
	ss58: u16,
	/// Accept `http://` endpoints that are not loopback (test networks only).
	insecure: bool,
	/// Access tokens at other gateways: (endpoint, purpose code) → (token, expiry, UNIX s).
	tokens: Mutex<HashMap<TokenKey, (String, u64)>>,
}

/// Is `url` an endpoint G may send a requester's assertion and receive health data over?
/// `https://` always; `http://` only to a loopback host, unless `insecure`.
pub fn usable_endpoint(url: &str, insecure: bool) -> Result<(), String> {
	if url.starts_with("https://") {
		return Ok(());
	}
	let Some(rest) = url.strip_prefix("http://") else {
		return Err(format!("{url:?} is neither https:// nor http://"));
	};
	let host = rest.split(['/', '?']).next().unwrap_or_default();
	let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
	let loopback = host == "localhost"
		|| host
			.trim_start_matches('[')
			.trim_end_matches(']')
			.parse::<std::net::IpAddr>()
			.is_ok_and(|ip| ip.is_loopback());
	if loopback || insecure {
		Ok(())
	} else {
		Err(format!(
			"{url} is plain http to another host: health data is only sent over https \
			 (--insecure-federation allows it on a test network)"
		))
	}
}

impl Federation {
	/// A client signing with `key` (G's operator key), on a chain with SS58 prefix `ss58`.
	pub fn new(key: Key, ss58: u16, insecure: bool) -> Result<Federation, String> {
		let client = http_client()?;
		Ok(Federation { client, key, ss58, insecure, tokens: Mutex::new(HashMap::new()) })
	}

	/// One request; the status and the body as JSON (`Value::Null` if it is not JSON).
	async fn send(
		&self,
		request: axum::http::Request<Full<Bytes>>,
	) -> Result<(u16, Value), RemoteError> {
		let (status, body) = fetch(&self.client, request, MAX_REMOTE_BODY_BYTES)
			.await
			.map_err(RemoteError::Unreachable)?;
		Ok((status, serde_json::from_slice(&body).unwrap_or(Value::Null)))
	}

	/// G's access token at the gateway `endpoint` for `purpose` (cached until shortly before
	/// it expires).
	async fn token(&self, endpoint: &str, purpose: Purpose) -> Result<String, RemoteError> {
		let code = purpose::code(purpose);
		let key = (endpoint.to_owned(), code);
		let now = now_secs();
		if let Some((token, expires)) = self.tokens.lock().ok().and_then(|t| t.get(&key).cloned()) {
			if expires > now.saturating_add(TOKEN_RENEW_MARGIN_SECS) {
				return Ok(token);
			}
		}
		let mut jti = [0u8; 16];
		getrandom::getrandom(&mut jti).map_err(|e| RemoteError::Unreachable(e.to_string()))?;
		let token_url = format!("{endpoint}/auth/token");
		let jwt = client_assertion(
			&self.key.0,
			self.ss58,
			&token_url,
			code,
			now,
			ASSERTION_LIFETIME_SECS,
			&hex(&jti),
		);
		let form = form_urlencoded([
			("grant_type", "client_credentials"),
			("client_assertion_type", JWT_BEARER),
			("client_assertion", &jwt),
		]);
		let request = axum::http::Request::post(&token_url)
			.header(axum::http::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
			.body(Full::new(Bytes::from(form)))
			.map_err(|e| RemoteError::Refused(format!("{token_url}: {e}")))?;
		let (status, body) = self.send(request).await?;
		let token = body.get("access_token").and_then(Value::as_str);
		let (200, Some(token)) = (status, token) else {
			let why = body.get("error_description").and_then(Value::as_str).unwrap_or("no token");
			let why = format!("{token_url} answered {status}: {why}");
			return Err(if status >= 500 {
				RemoteError::Unreachable(why)
			} else {
				RemoteError::Refused(why)
			});
		};
		let lifetime = body.get("expires_in").and_then(Value::as_u64).unwrap_or_default();
		if let Ok(mut tokens) = self.tokens.lock() {
			tokens.retain(|_, (_, expires)| *expires > now);
			tokens.insert(key, (token.to_owned(), now.saturating_add(lifetime)));
		}
		Ok(token.to_owned())
	}

	/// The `searchset` Bundle of chain patient `patient` that the custodian at `endpoint`
	/// releases to the requester of `assertion` (a federation assertion stating `purpose`),
	/// within [`FEDERATION_TIMEOUT`].
	pub async fn everything(
		&self,
		endpoint: &str,
		patient: u64,
		purpose: Purpose,
		assertion: &str,
	) -> Result<Value, RemoteError> {
		usable_endpoint(endpoint, self.insecure).map_err(RemoteError::Refused)?;
		let endpoint = endpoint.trim_end_matches('/');
		let ask = async {
			let token = self.token(endpoint, purpose).await?;
			let url = format!("{endpoint}/Patient/mc-{patient}/$everything");
			let request = axum::http::Request::get(&url)
				.header(axum::http::header::AUTHORIZATION, format!("Bearer {token}"))
				.header(axum::http::header::ACCEPT, "application/fhir+json")
				.header(FEDERATION_HEADER, assertion)
				.body(Full::new(Bytes::new()))
				.map_err(|e| RemoteError::Refused(format!("{url}: {e}")))?;
			let (status, body) = self.send(request).await?;
			let diagnostics = || {
				body.pointer("/issue/0/diagnostics")
					.and_then(Value::as_str)
					.unwrap_or("no OperationOutcome")
					.to_owned()
			};
			match status {
				200 if body.get("resourceType").and_then(Value::as_str) == Some("Bundle") => {
					Ok(body)
				},
				200 => Err(RemoteError::Unreachable(format!("{url}: the answer is not a Bundle"))),
				403 => Err(RemoteError::Forbidden(diagnostics())),
				401 => {
					// A token the other gateway no longer knows (it restarted): the next
					// request gets a new one.
					if let Ok(mut tokens) = self.tokens.lock() {
						tokens.remove(&(endpoint.to_owned(), purpose::code(purpose)));
					}
					Err(RemoteError::Refused(format!("{url} answered 401: {}", diagnostics())))
				},
				s if s >= 500 => {
					Err(RemoteError::Unreachable(format!("{url} answered {s}: {}", diagnostics())))
				},
				s => Err(RemoteError::Refused(format!("{url} answered {s}: {}", diagnostics()))),
			}
		};
		tokio::time::timeout(FEDERATION_TIMEOUT, ask).await.unwrap_or_else(|_| {
			Err(RemoteError::Unreachable(format!(
				"{endpoint} did not answer within {} s",
				FEDERATION_TIMEOUT.as_secs()
			)))
		})
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `application/x-www-form-urlencoded` escaping of one value (RFC 3986 unreserved characters
/// kept, every other byte percent-encoded).
pub fn form_encode(value: &str) -> String {
	value
		.bytes()
		.map(|b| match b {
			b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
				(b as char).to_string()
			},
			_ => format!("%{b:02X}"),
		})
		.collect()
}

/// `application/x-www-form-urlencoded` of `pairs`.
fn form_urlencoded<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
	pairs
		.into_iter()
		.map(|(name, value)| format!("{}={}", form_encode(name), form_encode(value)))
		.collect::<Vec<_>>()
		.join("&")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn health_data_goes_over_https_or_to_loopback_only() {
		assert!(usable_endpoint("https://fhir.example.org/r4", false).is_ok());
		assert!(usable_endpoint("http://127.0.0.1:8081", false).is_ok());
		assert!(usable_endpoint("http://localhost:8081/fhir", false).is_ok());
		assert!(usable_endpoint("http://[::1]:8081", false).is_ok());
		assert!(usable_endpoint("http://10.0.0.7:8081", false).is_err());
		assert!(usable_endpoint("http://fhir.example.org", false).is_err());
		assert!(usable_endpoint("http://fhir.example.org", true).is_ok());
		assert!(usable_endpoint("ftp://fhir.example.org", true).is_err());
	}

	#[test]
	fn forms_are_escaped() {
		assert_eq!(
			form_urlencoded([("a", "x y&z"), ("b", "urn:x:y")]),
			"a=x%20y%26z&b=urn%3Ax%3Ay"
		);
	}
}
