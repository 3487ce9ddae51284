//! The relayer's error type: what went wrong, with context, shown on one line.

use std::fmt;

use sp_core::H256;

/// What went wrong, with context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
	/// A node could not be reached (connection refused or lost): reconnecting later may help.
	Rpc(String),
	/// The transaction pool refused, dropped or never included a transaction.
	Rejected(String),
	/// A transaction was included but failed; `error` names it as `Pallet::Error` (e.g.
	/// `BridgeGrandpa::InvalidJustification`).
	Failed {
		/// Block the failed transaction is in.
		block_hash: H256,
		/// The dispatch error.
		error: String,
	},
	/// Bad input, a node refusing a request (e.g. for the state of a pruned block) or an
	/// unexpected chain state.
	Other(String),
}

/// Shown on one line (node errors can carry multi-line wasm backtraces), for one-line logs.
impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::Rpc(e) => write!(f, "RPC: {}", one_line(e)),
			Error::Rejected(e) => write!(f, "transaction rejected: {}", one_line(e)),
			Error::Failed { block_hash, error } => {
				write!(f, "transaction failed in block {block_hash:?}: {}", one_line(error))
			},
			Error::Other(e) => write!(f, "{}", one_line(e)),
		}
	}
}

/// `text` with its lines trimmed and joined by ` | `.
pub(crate) fn one_line(text: &str) -> String {
	text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ")
}

impl std::error::Error for Error {}

/// Result of the relayer's functions.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn errors_display_on_one_line() {
		let e = Error::Rejected("Verification error\nWASM backtrace:\n    0: 0x16a2d1\n".into());
		assert_eq!(
			e.to_string(),
			"transaction rejected: Verification error | WASM backtrace: | 0: 0x16a2d1"
		);
	}

	#[test]
	fn one_line_trims_lines_and_drops_empty_ones() {
		assert_eq!(one_line(""), "");
		assert_eq!(one_line("single"), "single");
		assert_eq!(one_line("  a  \n\n\t b\r\n   \nc"), "a | b | c");
		assert_eq!(one_line("\n\n"), "");
	}

	#[test]
	fn every_kind_of_error_names_itself_on_one_line() {
		assert_eq!(Error::Rpc("ws://a\nrefused".into()).to_string(), "RPC: ws://a | refused");
		assert_eq!(Error::Other("bad\n input".into()).to_string(), "bad | input");
		let failed = Error::Failed {
			block_hash: H256::repeat_byte(1),
			error: "BridgeGrandpa::OldHeader\n".into(),
		};
		let text = failed.to_string();
		assert!(text.starts_with("transaction failed in block 0x0101"), "{text}");
		assert!(text.ends_with(": BridgeGrandpa::OldHeader"), "{text}");
		assert!(!text.contains('\n'), "{text}");
	}
}
