//! The relayer's log: one line per event on stderr, after the UTC time and the direction (`A→B`)
//! or the pair (`A↔B`) it concerns.

use crate::{clock::utc_timestamp, error::one_line};

/// Longest log line, in characters: a node's refusal can quote kilobytes of wasm backtrace,
/// whose first few hundred characters say what went wrong.
const MAX_LOG_LINE_CHARS: usize = 400;

/// `message` as one line, cut to [`MAX_LOG_LINE_CHARS`] (with `…` where it was cut).
fn log_text(message: impl std::fmt::Display) -> String {
	let text = one_line(&message.to_string());
	match text.char_indices().nth(MAX_LOG_LINE_CHARS) {
		Some((cut, _)) => format!("{}…", &text[..cut]),
		None => text,
	}
}

/// Log `message` on stderr as one line, after the UTC time and `label` (a direction, `A→B`, or
/// the pair, `A↔B`), cut to [`MAX_LOG_LINE_CHARS`].
pub(crate) fn log_line(label: &str, message: impl std::fmt::Display) {
	let now = utc_timestamp(std::time::SystemTime::now());
	eprintln!("{now} {label} {}", log_text(message));
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn log_lines_are_one_line_and_cut() {
		assert_eq!(log_text("refused:\n  Invalid\n"), "refused: | Invalid");
		let long = "é".repeat(MAX_LOG_LINE_CHARS + 10);
		let cut = log_text(long);
		assert_eq!(cut.chars().count(), MAX_LOG_LINE_CHARS + 1);
		assert!(cut.ends_with('…'));
		let exact = "x".repeat(MAX_LOG_LINE_CHARS);
		assert_eq!(log_text(&exact), exact);
	}
}
