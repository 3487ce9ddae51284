//! # Consent pallet
//!
//! ## Overview
//!
//! Consent grants modelled on HL7 FHIR R4 `Consent`: scope, purpose of use, custodian restriction and validity window; access requests, revocation, break-glass access and the O(1) access check.
//!
//! This crate is composed into the medchain runtime at its fixed pallet index so that call and
//! event indices stay stable; its calls, storage and runtime APIs are filled in by the identity and consent issue.

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
