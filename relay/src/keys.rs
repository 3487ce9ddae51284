//! The relayer's keys: sr25519 keypairs from secret URIs, and where a secret may come from.
//!
//! A command line is not secret (any user of the machine reads it with `ps`), so only the
//! public development keys may be given there; a real key comes from a file only its owner can
//! read, or from the environment (see the `medchain-relay` binary).

use std::str::FromStr;

use subxt_signer::{sr25519::Keypair, SecretUri};

use crate::{Error, Result};

/// An sr25519 key from a secret URI (`//Alice`, a mnemonic with `//derivation`, a hex seed).
/// The error does not repeat the secret.
pub fn keypair_from_uri(uri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(uri).map_err(|e| Error::Other(format!("secret URI: {e}")))?;
	Keypair::from_uri(&uri).map_err(|e| Error::Other(format!("key from secret URI: {e}")))
}

/// Refuses a secret URI that is not a public development key (`//Alice`, `//Bob//stash`: hard
/// derivations of the well-known development phrase, no phrase or password of its own). Only
/// those may appear on a command line.
pub fn ensure_development_uri(uri: &str) -> Result<()> {
	let public =
		uri.starts_with("//") && !uri.contains("///") && !uri.contains(char::is_whitespace);
	if public {
		Ok(())
	} else {
		Err(Error::Other(
			"only development keys (//Name) on the command line, where `ps` shows them; put a \
			 real key in a file or the environment"
				.into(),
		))
	}
}

/// The secret URI in the file at `path` (its first line), if only its owner may read it.
pub fn read_secret_file(path: &std::path::Path) -> Result<String> {
	use std::os::unix::fs::PermissionsExt;
	let meta = std::fs::metadata(path).map_err(|e| Error::Other(e.to_string()))?;
	let mode = meta.permissions().mode() & 0o777;
	if mode & 0o077 != 0 {
		return Err(Error::Other(format!("readable by others (mode {mode:o}); chmod 600 it")));
	}
	let text = std::fs::read_to_string(path).map_err(|e| Error::Other(e.to_string()))?;
	text.lines()
		.next()
		.map(|l| l.trim().to_string())
		.filter(|l| !l.is_empty())
		.ok_or_else(|| Error::Other("empty".into()))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn only_development_keys_may_be_given_on_the_command_line() {
		assert!(ensure_development_uri("//Ferdie").is_ok());
		assert!(ensure_development_uri("//Bob//stash").is_ok());
		for secret in [
			"bottom drive obey lake curtain smoke basket hold race lonely fit walk//x",
			"0x1234//a",
			"//Alice///password",
			"word //Alice",
		] {
			assert!(ensure_development_uri(secret).is_err(), "{secret}");
		}
	}

	#[test]
	fn a_key_file_others_can_read_is_refused() {
		use std::os::unix::fs::PermissionsExt;
		let dir = std::env::temp_dir().join(format!("relay-key-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let path = dir.join("key");
		std::fs::write(&path, "//Ferdie\nignored\n").unwrap();
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
		assert!(read_secret_file(&path).unwrap_err().to_string().contains("chmod 600"));
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
		assert_eq!(read_secret_file(&path).unwrap(), "//Ferdie");
		std::fs::write(&path, "\n").unwrap();
		assert!(read_secret_file(&path).is_err());
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn development_uris_give_the_well_known_keys() {
		let alice = keypair_from_uri("//Alice").expect("a development key");
		assert_eq!(alice.public_key().0, subxt_signer::sr25519::dev::alice().public_key().0);
		let bob = keypair_from_uri("//Bob").expect("a development key");
		assert_ne!(alice.public_key().0, bob.public_key().0);
	}

	#[test]
	fn a_bad_secret_uri_is_refused_without_repeating_it() {
		let error = keypair_from_uri("swordfish lemonade telescope//x").unwrap_err().to_string();
		assert!(!error.contains("swordfish") && !error.contains("telescope"), "{error}");
	}
}
