//! HTTP as the gateway tests speak it (one request per connection over real HTTP/1.1, as a
//! plain client would), and the real FHIR R4 server proxy mode is tested against.

use std::{
	io::{BufRead, BufReader},
	os::unix::process::CommandExt,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::Duration,
};

use serde_json::Value as Json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// An HTTP answer.
#[derive(Debug)]
pub struct Answer {
	pub status: u16,
	pub headers: Vec<(String, String)>,
	pub body: Json,
}

impl Answer {
	pub fn header(&self, name: &str) -> Option<&str> {
		self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
	}

	/// The `Type/id`s of a Bundle's matched entries.
	pub fn ids(&self) -> Vec<String> {
		let mut ids: Vec<String> = self.body["entry"]
			.as_array()
			.map(|entries| {
				entries
					.iter()
					.filter(|e| e["search"]["mode"] == "match")
					.map(|e| {
						format!(
							"{}/{}",
							e["resource"]["resourceType"].as_str().unwrap_or_default(),
							e["resource"]["id"].as_str().unwrap_or_default()
						)
					})
					.collect()
			})
			.unwrap_or_default();
		ids.sort();
		ids
	}

	/// The withheld and failed counts of a Bundle's outcome entry.
	pub fn counts(&self) -> (u64, u64) {
		let mut counts = (0, 0);
		for entry in self.body["entry"].as_array().into_iter().flatten() {
			if entry["search"]["mode"] != "outcome" {
				continue;
			}
			for issue in entry["resource"]["issue"].as_array().into_iter().flatten() {
				let n = issue["extension"][0]["valueUnsignedInt"].as_u64().unwrap_or_default();
				match issue["code"].as_str() {
					Some("suppressed") => counts.0 = n,
					Some("invariant") => counts.1 = n,
					_ => {},
				}
			}
		}
		counts
	}

	/// The first OperationOutcome issue code.
	pub fn issue(&self) -> &str {
		self.body["issue"][0]["code"].as_str().unwrap_or_default()
	}

	/// The URL of a Bundle's `link` with `relation` (`self`, `next`).
	pub fn link(&self, relation: &str) -> Option<&str> {
		self.body["link"]
			.as_array()?
			.iter()
			.find(|l| l["relation"] == relation)
			.and_then(|l| l["url"].as_str())
	}
}

/// One HTTP/1.1 request over a fresh connection (`Connection: close`, the body read to the end),
/// with a form body if `form` is given.
pub async fn http(method: &str, url: &str, bearer: Option<&str>, form: Option<&str>) -> Answer {
	let body = form.map(|f| ("application/x-www-form-urlencoded", f));
	send(method, url, bearer, &[], body).await
}

/// One HTTP/1.1 request with extra `headers` and a `(content type, text)` body.
pub async fn send(
	method: &str,
	url: &str,
	bearer: Option<&str>,
	headers: &[(&str, &str)],
	body: Option<(&str, &str)>,
) -> Answer {
	let rest = url.strip_prefix("http://").expect("an http URL");
	let (host, path) =
		rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
	let mut stream = tokio::net::TcpStream::connect(host).await.expect("connect to the gateway");
	let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nAccept: application/fhir+json\r\n");
	if let Some(token) = bearer {
		request.push_str(&format!("Authorization: Bearer {token}\r\n"));
	}
	for (name, value) in headers {
		request.push_str(&format!("{name}: {value}\r\n"));
	}
	let text = match body {
		Some((content_type, text)) => {
			request.push_str(&format!("Content-Type: {content_type}\r\n"));
			text
		},
		None => "",
	};
	request.push_str(&format!("Content-Length: {}\r\n\r\n{text}", text.len()));
	stream.write_all(request.as_bytes()).await.expect("send");
	let mut raw = Vec::new();
	stream.read_to_end(&mut raw).await.expect("read");
	let end = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("an HTTP answer");
	let head = String::from_utf8_lossy(&raw[..end]).to_string();
	let mut lines = head.lines();
	let status = lines
		.next()
		.and_then(|l| l.split_whitespace().nth(1))
		.and_then(|s| s.parse().ok())
		.expect("a status line");
	let headers: Vec<(String, String)> = lines
		.filter_map(|l| l.split_once(':'))
		.map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
		.collect();
	// The gateway sends a length; Node's http server (the proxy tests' FHIR server) chunks.
	let chunked = headers.iter().any(|(n, v)| {
		n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
	});
	let payload = &raw[end + 4..];
	let payload = if chunked { dechunk(payload) } else { payload.to_vec() };
	let body = serde_json::from_slice(&payload).unwrap_or(Json::Null);
	Answer { status, headers, body }
}

/// How long the FHIR server may take to print its listening line (it indexes the FHIR R4
/// definitions first, a few seconds).
const FHIR_SERVER_START_TIMEOUT: Duration = Duration::from_secs(60);

/// The real FHIR R4 server proxy mode is tested against: Medplum's FHIR router over its
/// in-memory repository (`gateway/tests/fhir-server/server.mjs`), on a free loopback port;
/// killed when dropped.
pub struct FhirServer {
	child: Child,
	/// Its base URL, `http://127.0.0.1:PORT/fhir`.
	pub url: String,
}

impl FhirServer {
	/// The server's directory.
	pub fn dir() -> PathBuf {
		Path::new(env!("CARGO_MANIFEST_DIR")).join("../gateway/tests/fhir-server")
	}

	/// Starts `node server.mjs PORT` and waits until it listens. Fails saying what to install
	/// when Node.js or the server's dependencies are missing.
	pub fn start() -> FhirServer {
		let dir = Self::dir();
		let node = Command::new("node").arg("--version").output();
		assert!(
			node.as_ref().is_ok_and(|o| o.status.success()),
			"node is not available ({node:?}): install Node.js 20.19 or later, then run \
			 scripts/setup.sh"
		);
		assert!(
			dir.join("node_modules/@medplum/fhir-router").is_dir(),
			"{}/node_modules is missing: run scripts/setup.sh (or `npm ci` there)",
			dir.display()
		);
		let port = crate::free_port();
		let mut command = Command::new("node");
		command
			.arg("server.mjs")
			.arg(port.to_string())
			.current_dir(&dir)
			.stdin(Stdio::null())
			.stdout(Stdio::piped())
			.stderr(Stdio::inherit());
		// SAFETY: `prctl` is async-signal-safe and touches no memory of the parent.
		unsafe {
			command.pre_exec(|| {
				// The server dies with the test process, even if the test is killed.
				if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
					return Err(std::io::Error::last_os_error());
				}
				Ok(())
			});
		}
		let mut child = command.spawn().expect("start node server.mjs");
		let stdout = child.stdout.take().expect("stdout");
		let (tx, rx) = std::sync::mpsc::channel();
		std::thread::spawn(move || {
			for line in BufReader::new(stdout).lines().map_while(Result::ok) {
				if let Some(url) = line.strip_prefix("FHIR server listening on ") {
					let _ = tx.send(url.trim().to_owned());
				}
			}
		});
		match rx.recv_timeout(FHIR_SERVER_START_TIMEOUT) {
			Ok(url) => FhirServer { child, url },
			Err(e) => {
				let _ = child.kill();
				let _ = child.wait();
				panic!(
					"the FHIR server in {} did not start ({e}); its errors are above",
					dir.display()
				)
			},
		}
	}

	/// `PUT <base>/<Type>/<id>` of `resource`, straight to the server (no gateway).
	pub async fn put(&self, resource: &Json) -> Answer {
		let kind = resource["resourceType"].as_str().expect("a resourceType");
		let id = resource["id"].as_str().expect("an id");
		fhir_request("PUT", &format!("{}/{kind}/{id}", self.url), Some(resource)).await
	}

	/// `GET <base>/<Type>/<id>`, straight from the server.
	pub async fn read(&self, kind: &str, id: &str) -> Answer {
		fhir_request("GET", &format!("{}/{kind}/{id}", self.url), None).await
	}

	/// Kills the server (SIGKILL); its in-memory data is gone.
	pub fn stop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Drop for FhirServer {
	fn drop(&mut self) {
		self.stop();
	}
}

/// One HTTP/1.1 request to a FHIR server other than a gateway, with a FHIR JSON body if given;
/// the answer's body may come with a length or chunked (Node's http server chunks it).
pub async fn fhir_request(method: &str, url: &str, body: Option<&Json>) -> Answer {
	let text = body.map(Json::to_string);
	send(method, url, None, &[], text.as_deref().map(|t| ("application/fhir+json", t))).await
}

/// The data of a chunked HTTP/1.1 body (chunk extensions and trailers ignored).
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
	let mut data = Vec::new();
	while let Some(line_end) = raw.windows(2).position(|w| w == b"\r\n") {
		let size = std::str::from_utf8(&raw[..line_end])
			.ok()
			.and_then(|line| line.split(';').next())
			.and_then(|size| usize::from_str_radix(size.trim(), 16).ok());
		let Some(size) = size.filter(|s| *s > 0) else { break };
		let start = line_end + 2;
		let Some(chunk) = raw.get(start..start + size) else { break };
		data.extend_from_slice(chunk);
		raw = raw.get(start + size + 2..).unwrap_or_default();
	}
	data
}
