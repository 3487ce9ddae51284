//! What a command prints: JSON for programs (`--json`), text for people.

use serde_json::Value as Json;

/// A command's result.
pub struct Output {
	/// The result for programs.
	pub json: Json,
	/// The result for people.
	pub text: String,
	/// A check that answered no (access denied, a hash not current, a proof or log that does
	/// not verify): the answer is printed all the same, and the exit code says no.
	pub negative: bool,
}

impl Output {
	pub fn new(json: Json, text: impl Into<String>) -> Self {
		Self { json, text: text.into(), negative: false }
	}

	/// An answer that is "no" (see [`Output::negative`]).
	pub fn negative(mut self, negative: bool) -> Self {
		self.negative = negative;
		self
	}

	/// Print to standard output in the chosen form.
	pub fn print(&self, json: bool) {
		if json {
			println!(
				"{}",
				serde_json::to_string_pretty(&self.json).unwrap_or_else(|_| self.json.to_string())
			);
		} else {
			println!("{}", self.text);
		}
	}
}

/// A value as compact JSON text, for the human form of small structures.
pub fn compact<T: serde::Serialize>(value: &T) -> String {
	serde_json::to_string(value).unwrap_or_default()
}
