//! Error codes every namespace uses. Codes of one method only live beside it
//! ([`STALE_NODE`](crate::STALE_NODE) in [`consent`](crate::consent)).

use jsonrpsee::types::{error::ErrorObjectOwned, ErrorObject};

/// Error code for a failed runtime API call (the runtime could not answer).
pub const RUNTIME_ERROR: i32 = 1;

/// Error code for a parameter the runtime would never accept (JSON-RPC "invalid params").
pub const INVALID_PARAMS: i32 = -32602;

/// A [`RUNTIME_ERROR`] carrying the runtime API's error.
pub(crate) fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime API call failed", Some(format!("{e:?}")))
}

/// An [`INVALID_PARAMS`] saying why.
pub(crate) fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS, message.into(), None::<()>)
}
