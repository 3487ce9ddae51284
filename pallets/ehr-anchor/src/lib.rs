//! # EHR anchor pallet
//!
//! ## Overview
//!
//! Record fingerprints (content hashes), versions, batch Merkle anchors and the per-patient access audit hash chain.
//!
//! This crate is composed into the medchain runtime at its fixed pallet index so that call and
//! event indices stay stable; its calls, storage and runtime APIs are filled in by the record anchoring issue.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	/// The pallet's configuration trait.
	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);
}
