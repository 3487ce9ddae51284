//! What went wrong, on one line, and the exit code that tells a script which kind of failure it
//! was.

use std::fmt;

/// Exit code when a check answered no: access denied, a hash that is not the current version,
/// a proof that does not lead to its root, an audit log that does not match the chain.
pub const EXIT_NEGATIVE: u8 = 1;
/// Exit code for bad input: arguments, files, keys, an unknown account, patient, organization or
/// record. Nothing was submitted. (clap uses the same code for malformed command lines.)
pub const EXIT_BAD_INPUT: u8 = 2;
/// Exit code when the node cannot be reached.
pub const EXIT_UNREACHABLE: u8 = 3;
/// Exit code when the node serves another chain than expected (`--genesis`) or a runtime this
/// build was not generated for. Nothing was submitted.
pub const EXIT_WRONG_CHAIN: u8 = 4;
/// Exit code when the chain refused the transaction: before submission (the dry run or the
/// transaction pool; nothing submitted) or in its block (the fee is paid, nothing else changed).
pub const EXIT_REFUSED: u8 = 5;

/// The kinds of failure, each with its exit code. (A check that answers no is not a failure:
/// its answer is printed, and the exit code is [`EXIT_NEGATIVE`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
	/// See [`EXIT_BAD_INPUT`].
	BadInput,
	/// See [`EXIT_UNREACHABLE`].
	Unreachable,
	/// See [`EXIT_WRONG_CHAIN`].
	WrongChain,
	/// See [`EXIT_REFUSED`].
	Refused,
}

/// A failure: its kind and a message for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
	pub kind: Kind,
	message: String,
}

impl Error {
	pub fn new(kind: Kind, message: impl Into<String>) -> Self {
		Self { kind, message: message.into() }
	}

	/// Bad input (see [`EXIT_BAD_INPUT`]).
	pub fn input(message: impl Into<String>) -> Self {
		Self::new(Kind::BadInput, message)
	}

	/// The node or the chain behind it (the connection, an answer that makes no sense).
	pub fn node(message: impl Into<String>) -> Self {
		Self::new(Kind::Unreachable, message)
	}

	/// The chain refused a transaction (see [`EXIT_REFUSED`]).
	pub fn refused(message: impl Into<String>) -> Self {
		Self::new(Kind::Refused, message)
	}

	/// The exit code of this failure.
	pub fn exit_code(&self) -> u8 {
		match self.kind {
			Kind::BadInput => EXIT_BAD_INPUT,
			Kind::Unreachable => EXIT_UNREACHABLE,
			Kind::WrongChain => EXIT_WRONG_CHAIN,
			Kind::Refused => EXIT_REFUSED,
		}
	}
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}", one_line(&self.message))
	}
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// `text` on one line: errors from libraries (a WASM backtrace, a multi-line RPC message) are
/// joined with ` | ` so that a script reading stderr gets one line per failure.
pub fn one_line(text: &str) -> String {
	text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn each_kind_has_its_own_exit_code() {
		let mut codes: Vec<u8> =
			[Kind::BadInput, Kind::Unreachable, Kind::WrongChain, Kind::Refused]
				.into_iter()
				.map(|k| Error::new(k, "x").exit_code())
				.collect();
		codes.push(EXIT_NEGATIVE);
		let mut unique = codes.clone();
		unique.sort();
		unique.dedup();
		assert_eq!(unique.len(), codes.len());
		assert!(!codes.contains(&0));
	}

	#[test]
	fn messages_print_on_one_line() {
		let e = Error::refused("Verification error\nWASM backtrace:\n    0: 0x16a2d1\n");
		assert_eq!(e.to_string(), "Verification error | WASM backtrace: | 0: 0x16a2d1");
	}
}
