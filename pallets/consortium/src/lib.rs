//! # Consortium pallet
//!
//! The parts of a consortium chain's governance that FRAME has no pallet for. The council
//! itself is FRAME's (`pallet-collective` with `pallet-membership`); this pallet gives it the
//! validator set and the few root-only calls.
//!
//! ## Overview
//! - **Validator list.** [`Validators`] is the set of accounts that validate the chain, changed
//!   only by [`Config::ValidatorOrigin`] (a council motion). The pallet is `pallet-session`'s
//!   `SessionManager`: each session plans the listed validators that have registered session
//!   keys (`Session.set_keys`), and Aura and GRANDPA follow the session. A change ends the
//!   current session at once and the one after it ([`ROTATIONS_TO_ENACT`]), so a validator the
//!   council adds authors and votes two blocks after the vote, without a restart or a fork.
//! - **Bounds.** At most [`Config::MaxValidators`]; removing one below
//!   [`Config::MinValidators`] is refused, so a vote can never leave the chain without block
//!   producers.
//! - **Liveness.** [`LastAuthored`] holds the last block and Aura slot each listed validator
//!   authored ([`Authored`]), so members see (in polkadot.js, chain state) a validator that
//!   stopped and can vote it out.
//! - **Root by vote.** [`Pallet::dispatch_as_root`] lets [`Config::RootOrigin`] (a council
//!   motion) dispatch a call as root, for FRAME calls that accept nothing else:
//!   `System.authorize_upgrade` and the bridge light client's `initialize`.
//! - **Sessions.** The pallet also ends sessions ([`pallet_session::ShouldEndSession`]): every
//!   [`Config::SessionPeriod`] blocks (key rotations take effect at these boundaries), and at
//!   once after a change of the list.
//!
//! ## Pallet API
//! - [`Pallet::add_validator`], [`Pallet::remove_validator`], [`Pallet::force_rotation`]:
//!   origin [`Config::ValidatorOrigin`].
//! - [`Pallet::dispatch_as_root`]: origin [`Config::RootOrigin`].
//!
//! ## Example: the council adds a validator
//! 1. The new validator's node makes keys: `author_rotateKeysWithOwner(account)`; its account
//!    signs `Session.set_keys(keys, proof)`.
//! 2. A council member proposes `Consortium.add_validator(account)`; the motion passes.
//! 3. The next two blocks end a session each; from then on the validator authors blocks and its
//!    GRANDPA votes count.
//!
//! ## Implementation notes
//! `pallet-session` plans a set one session ahead: the first rotation after a change queues
//! the new set, the second enacts it. [`PendingRotations`] forces those two. A listed
//! validator without session keys is skipped by the session; it is planned again at every
//! session boundary until its keys are registered, so registering keys later still gets it in
//! within [`Config::SessionPeriod`] blocks.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

/// Session rotations forced after a change of the list: `pallet-session` queues a set at one
/// rotation and enacts it at the next.
pub const ROTATIONS_TO_ENACT: u8 = 2;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::consortium";

/// The consensus slot a block was authored in, read from its pre-runtime digests (as
/// [`frame_support::traits::FindAuthor`] reads the author).
pub trait FindSlot {
	/// The slot, if a digest names one.
	fn find_slot<'a, I>(digests: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (frame_support::ConsensusEngineId, &'a [u8])>;
}

/// No slots: chains whose consensus has none.
impl FindSlot for () {
	fn find_slot<'a, I>(_: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (frame_support::ConsensusEngineId, &'a [u8])>,
	{
		None
	}
}

/// Where a validator last authored a block.
#[derive(
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Authored<BlockNumber> {
	/// The block's number.
	pub block: BlockNumber,
	/// Its slot; `None` for blocks noted before storage version 1, which kept only the number.
	pub slot: Option<u64>,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{FindAuthor, UnfilteredDispatchable},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{Saturating, Zero},
		DispatchErrorWithPostInfo,
	};

	/// The in-code storage version. 1: [`LastAuthored`] holds [`Authored`] (block and slot)
	/// instead of a block number ([`crate::migrations::v1`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The runtime's call type, for [`Pallet::dispatch_as_root`].
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>;
		/// Who adds and removes validators: the council.
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who may dispatch a call as root: the council, by motion.
		type RootOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The author of the current block, from its pre-runtime digest (Aura's slot mapped to
		/// the session's validators).
		type FindAuthor: FindAuthor<Self::AccountId>;
		/// The slot of the current block, from the same digest (Aura's pre-runtime digest).
		type FindSlot: FindSlot;
		/// The session's active validators (`pallet_session::Validators`), to tell whether the
		/// list differs from what is validating now.
		type SessionValidators: Get<Vec<Self::AccountId>>;
		/// Most validators the list holds (the consensus pallets' authority bound).
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Fewest validators the list may be reduced to.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Blocks per session when nothing changes.
		#[pallet::constant]
		type SessionPeriod: Get<BlockNumberFor<Self>>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The validator list, in the order the session plans it.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Session rotations still to force so that the last change of the list takes effect.
	#[pallet::storage]
	pub type PendingRotations<T> = StorageValue<_, u8, ValueQuery>;

	/// The last block (and its slot) each listed validator authored: at most `MaxValidators`
	/// entries. Keys are validator accounts, which only the council chooses, so the fast
	/// non-cryptographic `Twox64Concat` is safe.
	#[pallet::storage]
	pub type LastAuthored<T: Config> =
		StorageMap<_, Twox64Concat, T::AccountId, Authored<BlockNumberFor<T>>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding validators; each needs session keys in the session pallet's genesis.
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut list = BoundedVec::<T::AccountId, T::MaxValidators>::default();
			for v in &self.validators {
				assert!(!list.contains(v), "genesis validators are distinct");
				list.try_push(v.clone()).expect("genesis validators fit MaxValidators; qed");
			}
			Validators::<T>::put(list);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council added a validator; it validates from two blocks on if it has session keys.
		ValidatorAdded { who: T::AccountId },
		/// The council removed a validator; it stops validating two blocks on.
		ValidatorRemoved { who: T::AccountId },
		/// The council forced the next two session rotations.
		RotationForced,
		/// The council dispatched a call as root.
		DispatchedAsRoot { result: DispatchResult },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The list holds `MaxValidators` already.
		TooManyValidators,
		/// Removing would leave fewer than `MinValidators`.
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let digest = frame_system::Pallet::<T>::digest();
			let pre_runtime = digest.logs.iter().filter_map(|d| d.as_pre_runtime());
			if let Some(author) = T::FindAuthor::find_author(pre_runtime.clone()) {
				let slot = T::FindSlot::find_slot(pre_runtime);
				Self::note_author(author, Authored { block: now, slot });
			}
			// `should_end_session` reads `PendingRotations` in the session's `on_initialize`,
			// which charges nothing for it.
			T::WeightInfo::note_author().saturating_add(T::DbWeight::get().reads(1))
		}

		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "an empty validator set halts the chain");
			assert!(T::MinValidators::get() <= T::MaxValidators::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `who` to the validator list. It validates from the second block after this
		/// one, once it has registered session keys (`Session.set_keys`).
		///
		/// Origin: [`Config::ValidatorOrigin`]. Errors: `AlreadyValidator`,
		/// `TooManyValidators`. Event: `ValidatorAdded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|list| -> DispatchResult {
				ensure!(!list.contains(&who), Error::<T>::AlreadyValidator);
				list.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
				Ok(())
			})?;
			PendingRotations::<T>::put(ROTATIONS_TO_ENACT);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Remove `who` from the validator list. It stops validating from the second block
		/// after this one; its session keys stay registered until it purges them.
		///
		/// Origin: [`Config::ValidatorOrigin`]. Errors: `NotValidator`, `TooFewValidators`.
		/// Event: `ValidatorRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|list| -> DispatchResult {
				let index = list.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
				ensure!(
					list.len() > T::MinValidators::get() as usize,
					Error::<T>::TooFewValidators
				);
				list.remove(index);
				Ok(())
			})?;
			LastAuthored::<T>::remove(&who);
			PendingRotations::<T>::put(ROTATIONS_TO_ENACT);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// End the current session and the next one, so that session keys registered since
		/// (a validator's rotated or replaced keys) take effect two blocks from now instead of
		/// at the next periodic boundary.
		///
		/// Origin: [`Config::ValidatorOrigin`]. Event: `RotationForced`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::force_rotation())]
		pub fn force_rotation(origin: OriginFor<T>) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			PendingRotations::<T>::put(ROTATIONS_TO_ENACT);
			Self::deposit_event(Event::RotationForced);
			Ok(())
		}

		/// Dispatch `call` as root: the council's way to the FRAME calls that accept only root
		/// (`System.authorize_upgrade`, `BridgeGrandpa.initialize`).
		///
		/// Origin: [`Config::RootOrigin`]. Errors: those of `call`, which are also this call's
		/// result, so a council motion's `Executed` event reports them. Event:
		/// `DispatchedAsRoot` when `call` succeeded.
		#[pallet::call_index(2)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			let overhead = T::WeightInfo::dispatch_as_root();
			let with_overhead = |info: PostDispatchInfo| PostDispatchInfo {
				actual_weight: info.actual_weight.map(|w| w.saturating_add(overhead)),
				pays_fee: info.pays_fee,
			};
			match call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into()) {
				Ok(info) => {
					Self::deposit_event(Event::DispatchedAsRoot { result: Ok(()) });
					Ok(with_overhead(info))
				},
				Err(e) => Err(DispatchErrorWithPostInfo {
					post_info: with_overhead(e.post_info),
					error: e.error,
				}),
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// Record that `author` authored `at`, if it is a listed validator (a removed one may
		/// author for two more blocks; it gets no entry back).
		pub(crate) fn note_author(author: T::AccountId, at: Authored<BlockNumberFor<T>>) {
			if Validators::<T>::get().contains(&author) {
				LastAuthored::<T>::insert(author, at);
			}
		}

		/// Whether `now` is a periodic session boundary.
		fn is_period_boundary(now: BlockNumberFor<T>) -> bool {
			let period = T::SessionPeriod::get();
			!period.is_zero() && (now % period).is_zero()
		}

		/// Storage invariants: the list is distinct, within bounds, and only listed validators
		/// have a `LastAuthored` entry.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let list = Validators::<T>::get();
			for (i, v) in list.iter().enumerate() {
				ensure!(!list[i + 1..].contains(v), "a validator is listed twice");
			}
			ensure!(
				list.is_empty() || list.len() >= T::MinValidators::get() as usize,
				"fewer validators than the minimum"
			);
			for (who, _) in LastAuthored::<T>::iter() {
				ensure!(list.contains(&who), "LastAuthored names an unlisted account");
			}
			ensure!(
				PendingRotations::<T>::get() <= ROTATIONS_TO_ENACT,
				"too many pending rotations"
			);
			Ok(())
		}
	}

	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		fn new_session(new_index: sp_staking::SessionIndex) -> Option<Vec<T::AccountId>> {
			PendingRotations::<T>::mutate(|n| *n = n.saturating_sub(1));
			let planned = Validators::<T>::get().into_inner();
			let active = T::SessionValidators::get();
			let same = planned.len() == active.len() && planned.iter().all(|v| active.contains(v));
			if same {
				return None;
			}
			log::info!(
				target: LOG_TARGET,
				"session {new_index}: planning {} validators ({} active now)",
				planned.len(),
				active.len()
			);
			Some(planned)
		}

		fn new_session_genesis(_: sp_staking::SessionIndex) -> Option<Vec<T::AccountId>> {
			Some(Validators::<T>::get().into_inner())
		}

		fn end_session(_: sp_staking::SessionIndex) {}
		fn start_session(_: sp_staking::SessionIndex) {}
	}

	impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
		fn should_end_session(now: BlockNumberFor<T>) -> bool {
			PendingRotations::<T>::get() > 0 || Self::is_period_boundary(now)
		}
	}

	impl<T: Config> frame_support::traits::EstimateNextSessionRotation<BlockNumberFor<T>>
		for Pallet<T>
	{
		fn average_session_length() -> BlockNumberFor<T> {
			T::SessionPeriod::get()
		}

		fn estimate_current_session_progress(
			now: BlockNumberFor<T>,
		) -> (Option<sp_runtime::Permill>, Weight) {
			let period = T::SessionPeriod::get();
			if period.is_zero() {
				return (None, Weight::zero());
			}
			let into = now % period;
			(Some(sp_runtime::Permill::from_rational(into, period)), Weight::zero())
		}

		fn estimate_next_session_rotation(
			now: BlockNumberFor<T>,
		) -> (Option<BlockNumberFor<T>>, Weight) {
			let read = T::DbWeight::get().reads(1);
			if PendingRotations::<T>::get() > 0 {
				return (Some(now.saturating_add(1u32.into())), read);
			}
			let period = T::SessionPeriod::get();
			if period.is_zero() {
				return (None, read);
			}
			let next = now.saturating_sub(now % period).saturating_add(period);
			(Some(next), read)
		}
	}
}
