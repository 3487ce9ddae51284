//! # medchain JSON-RPC API
//!
//! The methods provider systems, wallets and auditors call, answered by the pallets' runtime
//! APIs at the best block or at a given block hash. One module per domain, each with its
//! `#[rpc]` trait (the jsonrpsee server trait the node serves, and the client trait callers
//! use) and the server that answers it:
//!
//! | module       | namespace    | server       | runtime API                   |
//! |--------------|--------------|--------------|-------------------------------|
//! | [`identity`] | `identity_*` | [`Identity`] | `PatientIdentityApi`          |
//! | [`consent`]  | `consent_*`  | [`Consent`]  | `ConsentApi`                  |
//! | [`records`]  | `records_*`  | [`Records`]  | `EhrAnchorApi`                |
//! | [`bridge`]   | `bridge_*`   | [`Bridge`]   | `MedchainBridgeApi`           |
//!
//! The node merges the servers into its RPC module (`node/src/rpc/mod.rs`). A client calls the
//! same methods typed, through the `*ApiClient` traits, on any jsonrpsee client (WebSocket or
//! HTTP):
//!
//! ```ignore
//! use medchain_rpc::ConsentApiClient;
//! let decision = ConsentApiClient::<Hash, AccountId>::check_access(
//!     &client, patient, organization, Category::Laboratory, Purpose::Treatment, None, None,
//! )
//! .await?;
//! ```
//!
//! Like `pallet-transaction-payment-rpc`, the crate is generic over the block and the account
//! type and depends on the pallets (for their runtime APIs and the types those return), never
//! on the runtime or the node.
//!
//! ## Records: two names, one seam
//!
//! On chain, records are anchors: the pallet is `pallet-ehr-anchor` (`EhrAnchor` in the
//! runtime) and its runtime API keeps the pallet's name, `EhrAnchorApi`, as every runtime API
//! does. What clients see is called `records`: this RPC namespace (`records_*`,
//! [`RecordsApiServer`], [`RecordsApiClient`], [`Records`]) and the `medchain-records` client
//! library. The module [`records`] is where the two meet.
//!
//! ## Errors
//!
//! A failed runtime API call answers [`RUNTIME_ERROR`]; a parameter the runtime would never
//! accept, [`INVALID_PARAMS`]; `consent_checkAccess` on a node that has stopped importing
//! blocks, [`STALE_NODE`].

pub mod bridge;
pub mod consent;
pub mod error;
pub mod identity;
pub mod records;

pub use bridge::{Bridge, BridgeApiClient, BridgeApiServer};
pub use consent::{
	Consent, ConsentApiClient, ConsentApiServer, DEFAULT_MAX_BEST_BLOCK_AGE_SECS, STALE_NODE,
};
pub use error::{INVALID_PARAMS, RUNTIME_ERROR};
pub use identity::{Identity, IdentityApiClient, IdentityApiServer};
pub use records::{Records, RecordsApiClient, RecordsApiServer};

use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// The block a method answers at: `at` if the caller named one, else the client's best block.
pub(crate) fn at_or_best<Block: BlockT, C: HeaderBackend<Block>>(
	client: &C,
	at: Option<Block::Hash>,
) -> Block::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}
