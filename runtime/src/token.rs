// How wallets show medchain's accounts and token. Read by the runtime (`SS58Prefix`, chain
// specs) and by `build.rs` (`include!`), which embeds the symbol and decimals in the metadata
// hash that `CheckMetadataHash` checks: an offline signer (Ledger's generic app, Polkadot Vault)
// hashes the metadata with the chain properties' symbol and decimals, so both must be these.

/// SS58 address prefix 61: one of the four one-byte prefixes (59–62) free in the public SS58
/// registry (ss58-registry 1.51.0), so medchain addresses keep the usual 48 characters and do
/// not look like every development chain's (42, starting with 5): all of them start with `7`.
pub const SS58_PREFIX: u16 = 61;

/// The token's symbol, the same on every medchain chain: one runtime, one metadata hash. Chains
/// are told apart by their genesis hash, not by their token's name.
pub const TOKEN_SYMBOL: &str = "MED";

/// Token decimals: 1 UNIT = 10^12 planck, as on Polkadot's relay chains.
pub const TOKEN_DECIMALS: u8 = 12;
