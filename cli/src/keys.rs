//! The signing key: where it comes from, and which scheme.
//!
//! A command line is not secret (any user of the machine reads it with `ps`), so no secret is
//! ever taken from it. A key comes from, in this order:
//!
//! - `--dev NAME`: a public development key (`alice` … `ferdie`, or a `//Name` derivation of the
//!   well-known development phrase), for development chains;
//! - `--key-file PATH`: a file holding a mnemonic or secret URI on its first line, readable by
//!   its owner only (`chmod 600`);
//! - `--keystore-file PATH`: a file of a Substrate keystore, as `medchain-node key insert` writes
//!   it (`<base path>/chains/<chain>/keystore/<key type hex><public key hex>`, a JSON string of the
//!   phrase, mode 0600). Its name says the public key, so a key of the other scheme is refused
//!   with a clear error instead of signing for an account nobody expects;
//! - the environment variable `MEDCHAIN_SURI`.
//!
//! The rules for files and development keys are `medchain-relay`'s, shared so the two tools
//! treat secrets alike. Keys are derived with `sp-core`, exactly as `medchain-node key` derives
//! them, for both sr25519 and ed25519 (the runtime's `MultiSignature` accepts either).

use std::path::Path;

use clap::ValueEnum;
use sp_core::{crypto::AccountId32, ed25519, sr25519, Pair};
use subxt::{
	transactions::Signer,
	utils::{AccountId32 as SubxtAccountId, MultiSignature},
	PolkadotConfig,
};

use crate::error::{Error, Result};

/// The environment variable a secret URI may come from.
pub const SURI_ENV: &str = "MEDCHAIN_SURI";

/// Development key names `--dev` takes without `//`.
pub const DEV_NAMES: [&str; 6] = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];

/// A key's signature scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Scheme {
	Sr25519,
	Ed25519,
}

impl Scheme {
	fn name(self) -> &'static str {
		match self {
			Scheme::Sr25519 => "sr25519",
			Scheme::Ed25519 => "ed25519",
		}
	}

	fn other(self) -> Scheme {
		match self {
			Scheme::Sr25519 => Scheme::Ed25519,
			Scheme::Ed25519 => Scheme::Sr25519,
		}
	}
}

/// Where the key comes from (at most one of the options; see the module docs).
#[derive(Clone, Debug, Default)]
pub struct KeySource {
	pub dev: Option<String>,
	pub key_file: Option<std::path::PathBuf>,
	pub keystore_file: Option<std::path::PathBuf>,
	/// The secret URI from [`SURI_ENV`], if set.
	pub env: Option<String>,
}

/// A key pair that signs transactions (boxed: the pairs keep expanded secrets, hundreds of
/// bytes that need not move with the key).
#[derive(Clone)]
pub enum Key {
	Sr25519(Box<sr25519::Pair>),
	Ed25519(Box<ed25519::Pair>),
}

impl Key {
	/// The key of `scheme` for secret URI `suri`; the error never repeats the secret.
	fn from_suri(suri: &str, scheme: Scheme) -> Result<Key> {
		let refused = |e: sp_core::crypto::SecretStringError| {
			Error::input(format!("not a valid {} secret ({e:?})", scheme.name()))
		};
		Ok(match scheme {
			Scheme::Sr25519 => {
				Key::Sr25519(Box::new(sr25519::Pair::from_string(suri, None).map_err(refused)?))
			},
			Scheme::Ed25519 => {
				Key::Ed25519(Box::new(ed25519::Pair::from_string(suri, None).map_err(refused)?))
			},
		})
	}

	/// The public key, which is the account id.
	pub fn public(&self) -> [u8; 32] {
		match self {
			Key::Sr25519(pair) => pair.public().0,
			Key::Ed25519(pair) => pair.public().0,
		}
	}

	/// The account this key signs for.
	pub fn account(&self) -> AccountId32 {
		AccountId32::new(self.public())
	}

	pub fn scheme(&self) -> Scheme {
		match self {
			Key::Sr25519(_) => Scheme::Sr25519,
			Key::Ed25519(_) => Scheme::Ed25519,
		}
	}

	pub fn scheme_name(&self) -> &'static str {
		self.scheme().name()
	}
}

impl Signer<PolkadotConfig> for Key {
	fn account_id(&self) -> SubxtAccountId {
		SubxtAccountId(self.public())
	}

	fn sign(&self, signer_payload: &[u8]) -> MultiSignature {
		match self {
			Key::Sr25519(pair) => MultiSignature::Sr25519(pair.sign(signer_payload).0),
			Key::Ed25519(pair) => MultiSignature::Ed25519(pair.sign(signer_payload).0),
		}
	}
}

/// The signing key and, from the same secret, the key of the other scheme: when the signer's
/// account has no role on chain but the other one has, the user chose the wrong scheme, and the
/// error can say so.
#[derive(Clone)]
pub struct Signing {
	pub key: Key,
	pub other_scheme: Option<Key>,
}

impl Signing {
	pub fn account(&self) -> AccountId32 {
		self.key.account()
	}
}

/// The development secret URI for `--dev NAME`: `alice` is `//Alice`; `//Name…` derivations of
/// the well-known development phrase are taken as they are.
pub fn dev_suri(name: &str) -> Result<String> {
	if name.starts_with("//") {
		medchain_relay::ensure_development_uri(name)
			.map_err(|e| Error::input(format!("--dev {name}: {e}")))?;
		return Ok(name.to_string());
	}
	let lower = name.to_ascii_lowercase();
	if !DEV_NAMES.contains(&lower.as_str()) {
		return Err(Error::input(format!(
			"--dev takes a development key ({} or //Name), not `{name}`; put a real key in a file \
			 (--key-file, --keystore-file) or {SURI_ENV}",
			DEV_NAMES.join(", ")
		)));
	}
	let mut chars = lower.chars();
	let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
	Ok(format!("//{first}{}", chars.as_str()))
}

/// The secret URI in a keystore file and the public key its name states.
fn read_keystore_file(path: &Path) -> Result<(String, [u8; 32])> {
	let what = || format!("--keystore-file {}", path.display());
	let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
	// `<4-byte key type><32-byte public key>` in hex.
	let public = (name.len() == 2 * (4 + 32))
		.then(|| name.get(8..).and_then(|hex| sp_core::bytes::from_hex(hex).ok()))
		.flatten()
		.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
		.ok_or_else(|| {
			Error::input(format!(
				"{}: not a keystore file (its name is the key type and public key in hex, as \
				 `medchain-node key insert` writes it)",
				what()
			))
		})?;
	let line = medchain_relay::read_secret_file(path)
		.map_err(|e| Error::input(format!("{}: {e}", what())))?;
	let suri: String = serde_json::from_str(&line).map_err(|_| {
		Error::input(format!("{}: not a keystore file (expected a JSON string)", what()))
	})?;
	Ok((suri, public))
}

/// The signing key of `source` with `scheme`; `None` when no source is given.
pub fn load(source: &KeySource, scheme: Scheme) -> Result<Option<Signing>> {
	let given = [source.dev.is_some(), source.key_file.is_some(), source.keystore_file.is_some()]
		.iter()
		.filter(|g| **g)
		.count();
	if given > 1 {
		return Err(Error::input("give one key: --dev, --key-file or --keystore-file"));
	}
	let (suri, stated_public) = if let Some(name) = &source.dev {
		(dev_suri(name)?, None)
	} else if let Some(path) = &source.key_file {
		let suri = medchain_relay::read_secret_file(path)
			.map_err(|e| Error::input(format!("--key-file {}: {e}", path.display())))?;
		(suri, None)
	} else if let Some(path) = &source.keystore_file {
		let (suri, public) = read_keystore_file(path)?;
		(suri, Some(public))
	} else if let Some(suri) = &source.env {
		(suri.trim().to_string(), None)
	} else {
		return Ok(None);
	};
	let key = Key::from_suri(&suri, scheme)?;
	let other_scheme = Key::from_suri(&suri, scheme.other()).ok();
	if let Some(public) = stated_public {
		if key.public() != public {
			let hint = match &other_scheme {
				Some(other) if other.public() == public => format!(
					"it holds an {} key: add --scheme {}",
					other.scheme_name(),
					other.scheme_name()
				),
				_ => "its secret does not give the public key its name states".to_string(),
			};
			return Err(Error::input(format!(
				"wrong key type: the keystore file is not an {} key; {hint}",
				scheme.name()
			)));
		}
	}
	Ok(Some(Signing { key, other_scheme }))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn development_names_are_the_well_known_keys() {
		assert_eq!(dev_suri("alice").unwrap(), "//Alice");
		assert_eq!(dev_suri("Ferdie").unwrap(), "//Ferdie");
		assert_eq!(dev_suri("//Bob//stash").unwrap(), "//Bob//stash");
		assert!(dev_suri("mallory").is_err());
		assert!(dev_suri("//Alice///password").is_err());
		let source = KeySource { dev: Some("alice".into()), ..Default::default() };
		let alice = load(&source, Scheme::Sr25519).unwrap().unwrap();
		let expected = sp_core::sr25519::Pair::from_string("//Alice", None).unwrap().public();
		assert_eq!(alice.account(), AccountId32::from(expected));
	}

	#[test]
	fn a_keystore_file_of_the_other_scheme_is_refused() {
		use std::os::unix::fs::PermissionsExt;
		let dir = std::env::temp_dir().join(format!("medchain-cli-keys-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let public = ed25519::Pair::from_string("//Eve", None).unwrap().public().0;
		let name =
			format!("6163636f{}", sp_core::bytes::to_hex(&public, false).trim_start_matches("0x"));
		let path = dir.join(name);
		std::fs::write(&path, "\"//Eve\"").unwrap();
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
		let source = KeySource { keystore_file: Some(path.clone()), ..Default::default() };
		let error = load(&source, Scheme::Sr25519).err().unwrap().to_string();
		assert!(error.contains("wrong key type") && error.contains("--scheme ed25519"), "{error}");
		let key = load(&source, Scheme::Ed25519).unwrap().unwrap();
		assert_eq!(key.key.public(), public);
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn one_source_at_most() {
		let source = KeySource {
			dev: Some("alice".into()),
			key_file: Some("k".into()),
			..Default::default()
		};
		assert!(load(&source, Scheme::Sr25519).is_err());
		assert!(load(&KeySource::default(), Scheme::Sr25519).unwrap().is_none());
	}
}
