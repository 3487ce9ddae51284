//! # medchain bridge pallet
//!
//! The application layer of the bridges between consortium chains. A chain bridges to up to
//! [`PeerLanes::SLOTS`] peers; each peer has a slot: a light client of it
//! (`pallet-bridge-grandpa`) and a message lane to it (`pallet-bridge-messages`), driven by
//! `medchain-relay`. Governance adds a peer ([`Pallet::add_peer`]) and removes one
//! ([`Pallet::remove_peer`]). This pallet decides what goes on each lane and what happens to
//! what comes off it.
//!
//! ## Messages
//! Each message names its destination chain and carries a versioned XCM (V5):
//! `UniversalOrigin(GlobalConsensus(ByGenesis(sender chain)))`, then — for operations an account
//! asks for — `DescendOrigin(AccountId32(signer))`, then one `Transact` whose call bytes are a
//! SCALE-encoded [`HealthOp`] (see [`message`]). The receiving side checks that the sending
//! chain is the active peer of the slot the message arrived on and that the destination is
//! this chain, and decodes only [`HealthOp`]: no other instruction and no runtime call is ever
//! executed. Every message is dispatched with the same weight
//! ([`Pallet::message_dispatch_weight`], the worst case measured by the benchmarks), so no
//! message can be unweighable and block a lane.
//!
//! ## Operations
//! - **Consent export** ([`Pallet::export_consent_to`]): the patient (or a delegate with
//!   `CONSENT`) lets an organization of a peer chain access a scope of their data. The peer
//!   keeps a [`Lease`] that its `check_access` honours ([`pallet_consent::RemoteConsent`]); an
//!   export to one peer is independent of those to others. The lease is valid until a
//!   wall-clock time (UNIX ms): its own `valid_until`, carried further by the **heartbeats** this
//!   chain sends each peer it has exports to every half [`LeasePeriod`] — one message per peer
//!   and period, however many exports. Revocation ([`Pallet::revoke_export`]) takes effect here
//!   at once and sends a `Revoke`, which the lane carries before any later heartbeat; a
//!   revocation the lane refuses waits in [`PendingRevokes`] and no heartbeat goes to that peer
//!   until it is sent. So if the relay stalls or governance removes the peer, its leases lapse
//!   at most one lease period later — a stalled or dishonest relay can delay a revocation by
//!   that much, never keep a revoked consent alive.
//! - **Record reference** ([`Pallet::share_record_with`]): the custodian sends a record's id,
//!   hash, version and retraction state, so copies can be verified on the peer.
//! - **Access request** ([`Pallet::request_remote_access_from`]): an organization asks the
//!   patient's chain whether it may access a scope; the answer comes back by that chain's
//!   exports.
//! - A message that cannot be applied is answered with `Failed { nonce, .. }`; a refused
//!   consent export is then removed here and its deposit returned.
//! - The calls of a one-peer chain (`export_consent`, `share_record`, `request_remote_access`)
//!   still work while the chain has exactly one active peer.
//!
//! ## Costs and bounds
//! Each message an account sends burns [`Config::MessageFee`]; an export holds
//! [`Config::ExportDeposit`] until it is revoked or ends. For a sponsored patient (see the identity pallet)
//! the sponsor pays both, and gets the deposit back. Each outbound lane holds at most
//! [`Config::MaxQueuedMessages`] undelivered messages; sending beyond it is refused
//! (`OutboundQueueFull`) — except revocations, which every export paid for when it was made.
//! Peers, exports per patient and leases per patient are bounded; lease renewal costs one
//! message per peer and half period, whatever the number of exports.
//!
//! ## Code map
//! - `lib.rs`: the pallet's declaration — configuration, storage, events, errors, hooks and
//!   the calls as entry points (origin checks), and [`config_preludes`] for test runtimes.
//! - [`message`]: the message codec ([`encode_message`], [`decode_message`]), the peer slots'
//!   interface ([`PeerLanes`]) and what became of an inbound message ([`Outcome`]).
//! - [`types`]: the health operations ([`HealthOp`]) and what each side stores.
//! - `outbound.rs`: what this chain sends — exports and their leases, revocations and ends
//!   (also on a patient's key change or deregistration), record references, access requests,
//!   and the lane bound and fee every send goes through.
//! - `peers.rs`: adding and removing peers, the heartbeats, pending revocations and the idle
//!   sweep (ended consents, a removed peer's state).
//! - `inbound.rs`: receiving a message, applying it in its own transaction and reporting a
//!   failure back; answering the peer's access requests by this chain's exports.
//! - `remote.rs`: leases answering the consent pallet's access checks
//!   ([`pallet_consent::RemoteConsent`]) and shared fingerprints verifying record copies.
//! - `try_state.rs`: the storage invariants (`Pallet::do_try_state`).
//! - [`runtime_api`]: the views served over JSON-RPC (`bridge_*`); [`migrations`]: storage
//!   migrations; [`weights`]: generated from the benchmarks (`benchmarking.rs`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use message::{
	decode_message, encode_legacy_message, encode_message, Decoded, Outcome, PeerLanes,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod inbound;
pub mod message;
pub mod migrations;
#[cfg(test)]
mod mock;
mod outbound;
mod peers;
mod remote;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::bridge";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use pallet_consent::{Category, DenyReason, MaxCodes, Purpose};
	use pallet_ehr_anchor::RecordId;
	use pallet_patient_identity::{OrganizationId, PatientId};
	use sp_runtime::traits::One;

	pub type CurrencyOf<T> = <T as pallet_patient_identity::Config>::Currency;
	pub type BalanceOf<T> =
		<CurrencyOf<T> as frame_support::traits::fungible::Inspect<AccountIdOf<T>>>::Balance;
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	pub type ExportOf<T> = Export<AccountIdOf<T>, BalanceOf<T>>;
	pub type HealthOpOf<T> = HealthOp<AccountIdOf<T>>;

	/// Shortest lease period governance may set: two 6 s blocks, so heartbeats (every half
	/// period) are at least one block apart.
	pub const MIN_LEASE_PERIOD_MS: u64 = 12_000;
	/// Longest: a day. A stalled relay may delay a revocation on the peer by one period.
	pub const MAX_LEASE_PERIOD_MS: u64 = 24 * 60 * 60 * 1000;
	/// Most pending revocations one block sends: a full delivery's worth; more wait a block.
	pub const MAX_PENDING_REVOKES_PER_BLOCK: u32 = 64;

	/// The pallet's configuration trait. A test runtime takes every item but the runtime types
	/// from [`config_preludes::TestDefaultConfig`] (`#[derive_impl]`) and names what differs.
	#[pallet::config(with_default)]
	pub trait Config:
		frame_system::Config<
			RuntimeEvent: From<Event<Self>>,
			AccountId: From<[u8; 32]> + Into<[u8; 32]>,
		> + pallet_ehr_anchor::Config
		+ pallet_patient_identity::Config<RuntimeHoldReason: From<HoldReason>>
	{
		/// Wall-clock time (the timestamp pallet): leases are valid until a UNIX time, so that
		/// both chains measure them alike.
		#[pallet::no_default]
		type UnixTime: UnixTime;
		/// Who adds and removes peer chains and sets the lease period: the council (root on
		/// development chains).
		#[pallet::no_default]
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The peer slots: a light client and message lane each.
		#[pallet::no_default]
		type Lanes: PeerLanes;
		/// Burned for each message an account sends, from that account (for an export of a
		/// sponsored patient's consent, from the sponsor).
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type MessageFee: Get<BalanceOf<Self>>;
		/// Held while an export exists (its state here): from the patient, or from its sponsor
		/// for a sponsored patient.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type ExportDeposit: Get<BalanceOf<Self>>;
		/// Most exports one patient may have.
		#[pallet::constant]
		type MaxExportsPerPatient: Get<u32>;
		/// Most leases this chain keeps for one patient (from all its peers together).
		#[pallet::constant]
		type MaxLeasesPerPatient: Get<u32>;
		/// Most undelivered messages an account may fill an outbound lane with.
		#[pallet::constant]
		type MaxQueuedMessages: Get<u64>;
		/// Most exports the idle sweep visits in one block (ended consents, removed peers).
		#[pallet::constant]
		type MaxSweepPerBlock: Get<u32>;
		/// The lease period until governance sets one ([`LeasePeriod`]).
		#[pallet::constant]
		type DefaultLeasePeriod: Get<u64>;
		/// Expected block time, to turn the lease period into a heartbeat interval.
		#[pallet::constant]
		type MillisecsPerBlock: Get<u64>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An exported consent.
		ExportDeposit,
	}

	/// The peer chains (by genesis hash), added by governance.
	// Twox64Concat: chain ids are set by governance.
	#[pallet::storage]
	pub type Peers<T> = StorageMap<_, Twox64Concat, ChainId, PeerInfo>;

	/// Which peer each slot serves.
	#[pallet::storage]
	pub type Slots<T> = StorageMap<_, Twox64Concat, Slot, ChainId>;

	/// Revocations the lane refused, sent before any heartbeat to their chain: (chain, export)
	/// → the patient key the lease names.
	#[pallet::storage]
	pub type PendingRevokes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Twox64Concat, ExportId, T::AccountId>;

	/// Where the idle sweep of exports resumes (the last export it visited).
	#[pallet::storage]
	pub type SweepCursor<T> = StorageValue<_, ExportId>;

	/// This chain's genesis hash, recorded in block 1 (a chain cannot know it at genesis).
	#[pallet::storage]
	pub type ThisChain<T> = StorageValue<_, ChainId>;

	#[pallet::type_value]
	pub fn DefaultLeasePeriodMs<T: Config>() -> u64 {
		T::DefaultLeasePeriod::get()
	}

	/// How long a lease sent from here is valid (ms); heartbeats every half period extend it.
	#[pallet::storage]
	pub type LeasePeriod<T> = StorageValue<_, u64, ValueQuery, DefaultLeasePeriodMs<T>>;

	/// The number the next export gets.
	#[pallet::storage]
	pub type NextExportId<T> = StorageValue<_, ExportId, ValueQuery>;

	/// Consents exported from here.
	// Twox64Concat: export ids are assigned by this pallet.
	#[pallet::storage]
	pub type Exports<T: Config> = StorageMap<_, Twox64Concat, ExportId, ExportOf<T>>;

	/// A patient's exports.
	// Twox64Concat: patient ids are assigned by the identity pallet.
	#[pallet::storage]
	pub type ExportsOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PatientId,
		BoundedVec<ExportId, T::MaxExportsPerPatient>,
		ValueQuery,
	>;

	/// Leases received from peers: home chain → patient key → export → lease. Export ids are
	/// numbered by each home chain, so only the chain and the export together name a lease.
	// Twox64Concat for the chain: set by governance; Blake2_128Concat for the key: accounts are
	// chosen by users (on the peer); Twox64Concat for the export: numbered by the peer's pallet,
	// and only within one patient's prefix.
	#[pallet::storage]
	pub type HeldLeases<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, ChainId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, ExportId>,
		),
		Lease,
	>;

	/// How many leases a patient has here (from all peers).
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type LeaseCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Record fingerprints shared by peers: sharing chain → record → fingerprint. Custodians
	/// choose record ids, so one chain's cannot overwrite another's.
	// Blake2_128Concat: record ids are chosen by custodians.
	#[pallet::storage]
	pub type SharedRecords<T> =
		StorageDoubleMap<_, Twox64Concat, ChainId, Blake2_128Concat, RecordId, RemoteRecord>;

	/// The number the next access request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RemoteRequestId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance set the bridged chain of slot 0 (`set_peer`).
		PeerSet { peer: ChainId },
		/// Governance added a peer chain in `slot`, its light client started.
		PeerAdded { chain: ChainId, slot: Slot },
		/// Governance removed a peer: nothing from it is accepted, and its state here is
		/// being cleared.
		PeerRemoving { chain: ChainId, slot: Slot },
		/// A removed peer's state is gone and its slot is free.
		PeerRemoved { chain: ChainId, slot: Slot },
		/// Governance set the lease period (ms).
		LeasePeriodSet { period: u64 },
		/// A consent was exported; its lease is on its way.
		ConsentExported {
			patient: PatientId,
			export: ExportId,
			to: RemoteOrg,
			valid_until: u64,
			nonce: MessageNonce,
		},
		/// An export was revoked; it no longer applies here, and a `Revoke` was sent when
		/// the lane had room (`nonce`).
		ExportRevoked { patient: PatientId, export: ExportId, nonce: Option<MessageNonce> },
		/// A heartbeat went to `chain`: every lease from here is valid there until
		/// `valid_until`.
		HeartbeatSent { chain: ChainId, valid_until: u64, nonce: MessageNonce },
		/// A heartbeat could not be sent (lane full); retried next block. Leases lapse on the
		/// peer meanwhile if this lasts, the safe direction.
		HeartbeatDeferred { chain: ChainId },
		/// A revocation the lane had refused was sent.
		PendingRevokeSent { chain: ChainId, export: ExportId, nonce: MessageNonce },
		/// The peer refused an export; it was removed and its deposit returned.
		ExportRefused { export: ExportId, reason: FailReason },
		/// An export ended without its patient revoking it: its deposit was returned, and a
		/// `Revoke` sent to the peer when one is needed and the lane had room (`nonce`).
		ExportEnded {
			patient: PatientId,
			export: ExportId,
			reason: ExportEnd,
			nonce: Option<MessageNonce>,
		},
		/// The patient's key changed (rotation or recovery): the export now names `account`,
		/// and a lease for it was sent (`nonce`) with a revocation of the old key's.
		ExportRekeyed {
			patient: PatientId,
			export: ExportId,
			account: T::AccountId,
			nonce: MessageNonce,
		},
		/// A record reference was sent to `chain`.
		RecordShared { record: RecordId, nonce: MessageNonce, chain: ChainId },
		/// An access request was sent to `chain`.
		AccessRequested {
			request: RemoteRequestId,
			organization: OrganizationId,
			nonce: MessageNonce,
			chain: ChainId,
		},
		/// The peer answered an access request.
		AccessAnswered {
			request: RemoteRequestId,
			organization: OrganizationId,
			answer: Result<(ExportId, u64), DenyReason>,
		},
		/// A lease arrived from `chain` (or was replaced).
		LeaseReceived {
			patient: T::AccountId,
			export: ExportId,
			organization: OrganizationId,
			valid_until: u64,
			chain: ChainId,
		},
		/// A heartbeat from `chain`: every lease from it is valid here until `valid_until`.
		HeartbeatReceived { chain: ChainId, valid_until: u64 },
		/// A lease was revoked by the patient's chain.
		LeaseRevoked { patient: T::AccountId, export: ExportId, chain: ChainId },
		/// A record reference arrived.
		RemoteRecordReceived { record: RecordId, custodian: RemoteOrg, version: u32 },
		/// An access request from the peer was answered by this chain's exports.
		AccessRequestAnswered {
			request: RemoteRequestId,
			organization: OrganizationId,
			answer: Result<(ExportId, u64), DenyReason>,
		},
		/// An inbound message (on `slot`'s lane) was applied.
		MessageApplied { nonce: MessageNonce, slot: Slot },
		/// An inbound message could not be applied; the sender is told when it can be.
		MessageRejected { nonce: MessageNonce, reason: FailReason, slot: Slot },
		/// `chain` could not apply the message with this nonce (sent from here).
		MessageFailed { nonce: MessageNonce, reason: FailReason, chain: ChainId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No peer chain is bridged.
		NoPeer,
		/// The call names no peer and this chain has several: name one (the `…_to`, `…_with`,
		/// `…_from` calls).
		AmbiguousPeer,
		/// The chain is not a peer of this one.
		UnknownPeer,
		/// The peer is being removed.
		PeerNotActive,
		/// The chain is a peer already.
		AlreadyPeer,
		/// The slot serves another peer (or is still being cleared).
		SlotTaken,
		/// The runtime has no such slot.
		SlotOutOfRange,
		/// A chain cannot be its own peer.
		OwnChain,
		/// The chain's own id is not known yet (before block 1).
		NotStarted,
		/// The lane is full; try again when the relay has caught up.
		OutboundQueueFull,
		/// The scope names no category or no purpose, or repeats a custodian.
		InvalidScope,
		/// The consent's end lies in the past.
		InvalidWindow,
		/// The patient has the most exports allowed.
		TooManyExports,
		/// No such export (of this patient).
		UnknownExport,
		/// No such record.
		UnknownRecord,
		/// The signer's organization is not the record's custodian.
		NotCustodian,
		/// The lease period is out of bounds.
		InvalidLeasePeriod,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Record this chain's id in block 1; then, for each peer, send the revocations the
		/// lane refused before and the heartbeat when one is due.
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			let mut weight = Weight::zero();
			if n == One::one() {
				ThisChain::<T>::put(ChainId::from_slice(
					frame_system::Pallet::<T>::parent_hash().as_ref(),
				));
				weight.saturating_accrue(T::DbWeight::get().writes(1));
			}
			weight.saturating_add(Self::serve_peers())
		}

		/// Sweep exports (ended consents, exports to removed peers) and clear removed peers'
		/// state, within the block's leftover weight.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::sweep(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// The dispatch weight of every inbound message (relayers declare `count ×` this).
		#[pallet::constant_name(MessageDispatchWeight)]
		pub fn message_dispatch_weight() -> Weight {
			<T as Config>::WeightInfo::receive_message()
		}

		/// The most peers this runtime bridges (its slots); more need a runtime upgrade.
		#[pallet::constant_name(MaxPeers)]
		pub fn max_peers() -> u32 {
			T::Lanes::SLOTS.into()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Bridge the chain with genesis hash `genesis` in slot 0, whose light client governance
		/// initialises in the same batch (`BridgeGrandpa::initialize`) and whose lane is open
		/// from genesis: how a two-chain consortium is bridged. Origin: [`Config::AdminOrigin`].
		/// Errors: `OwnChain`, `AlreadyPeer` (in another slot), `SlotTaken`. Event: `PeerSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_peer())]
		pub fn set_peer(origin: OriginFor<T>, genesis: ChainId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_peer(genesis)
		}

		/// Bridge the chain with genesis hash `genesis` in a free `slot`: start the slot's light
		/// client from `init` (the peer's finalized header and GRANDPA authorities) and open its
		/// lanes. The peer must add this chain in the same slot (the lane's storage proofs name
		/// the slot's messages pallet); `medchain-relay link` picks a slot free on both.
		/// Origin: [`Config::AdminOrigin`]. Errors: `SlotOutOfRange`, `SlotTaken`, `OwnChain`,
		/// `AlreadyPeer`; the light client's errors. Event: `PeerAdded`.
		#[pallet::call_index(10)]
		#[pallet::weight(<T as Config>::WeightInfo::add_peer())]
		pub fn add_peer(
			origin: OriginFor<T>,
			slot: Slot,
			genesis: ChainId,
			init: Box<<T::Lanes as PeerLanes>::Init>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_add_peer(slot, genesis, *init)
		}

		/// Remove a peer: its slot halts at once (no header, proof or message from it is
		/// accepted), its leases here are void, heartbeats to it stop (so this chain's leases
		/// there lapse within a lease period), and in idle time exports to it end with their
		/// deposits returned, its leases and records are dropped and the slot is cleared and
		/// freed. Origin: [`Config::AdminOrigin`]. Errors: `UnknownPeer`, `PeerNotActive`.
		/// Event: `PeerRemoving`, later `PeerRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_peer())]
		pub fn remove_peer(origin: OriginFor<T>, genesis: ChainId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_remove_peer(genesis)
		}

		/// Set how long leases sent from here are valid, in ms
		/// (`MIN_LEASE_PERIOD_MS..=MAX_LEASE_PERIOD_MS`). Origin: [`Config::AdminOrigin`].
		/// Applies from the next heartbeat. Errors: `InvalidLeasePeriod`. Event:
		/// `LeasePeriodSet`.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::set_lease_period())]
		pub fn set_lease_period(origin: OriginFor<T>, period: u64) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				(MIN_LEASE_PERIOD_MS..=MAX_LEASE_PERIOD_MS).contains(&period),
				Error::<T>::InvalidLeasePeriod
			);
			LeasePeriod::<T>::put(period);
			Self::deposit_event(Event::LeasePeriodSet { period });
			Ok(())
		}

		/// [`Pallet::export_consent_to`] the organization of this chain's only active peer.
		/// Errors as that call's, and `NoPeer`, `AmbiguousPeer`.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::export_consent())]
		pub fn export_consent(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			organization: OrganizationId,
			categories: BoundedVec<Category, MaxCodes>,
			purposes: BoundedVec<Purpose, MaxCodes>,
			custodians: BoundedVec<OrganizationId, MaxLeaseCustodians>,
			expires_at: Option<u64>,
		) -> DispatchResult {
			let to = RemoteOrg { chain: Self::sole_peer()?, organization };
			Self::export_consent_to(
				origin,
				on_behalf_of,
				to,
				categories,
				purposes,
				custodians,
				expires_at,
			)
		}

		/// Let organization `to` of a peer chain access the patient's data within a scope,
		/// until `expires_at` (UNIX ms) or revocation. Holds [`Config::ExportDeposit`], burns
		/// [`Config::MessageFee`] and sends a lease, kept alive from then on by this chain's
		/// heartbeats to that peer. Exports to different peers are independent.
		///
		/// Origin: the patient, or a delegate with `CONSENT` (`on_behalf_of`). Errors: the
		/// consent pallet's origin errors; `UnknownPeer`, `PeerNotActive`, `NotStarted`,
		/// `InvalidScope`, `InvalidWindow`, `TooManyExports`, `OutboundQueueFull`; the identity
		/// pallet's `UnknownOrganization` for an unknown custodian. Event: `ConsentExported`.
		#[pallet::call_index(7)]
		#[pallet::weight(<T as Config>::WeightInfo::export_consent())]
		pub fn export_consent_to(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			to: RemoteOrg,
			categories: BoundedVec<Category, MaxCodes>,
			purposes: BoundedVec<Purpose, MaxCodes>,
			custodians: BoundedVec<OrganizationId, MaxLeaseCustodians>,
			expires_at: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, account) =
				pallet_consent::Pallet::<T>::ensure_consent_actor(&who, on_behalf_of)?;
			Self::active_peer(to.chain)?;
			let scope = Self::validate_scope(categories, purposes, custodians, expires_at)?;
			Self::do_export_consent(who, patient, account, to, scope)
		}

		/// Revoke an export. It stops applying here at once; a `Revoke` is sent (free) so the
		/// peer drops the lease, before any later heartbeat. Returns the deposit.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Errors: the consent pallet's
		/// origin errors, `UnknownExport`. Event: `ExportRevoked`.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::revoke_export())]
		pub fn revoke_export(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			export: ExportId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, _) =
				pallet_consent::Pallet::<T>::ensure_consent_actor(&who, on_behalf_of)?;
			Self::do_revoke_export(&who, patient, export)
		}

		/// End an export by governance (for example one a patient who lost every key cannot
		/// revoke): as a revocation by the patient, with the deposit returned to whoever paid
		/// it. Origin: [`Config::AdminOrigin`]. Errors: `UnknownExport`. Event: `ExportEnded`
		/// (`ByGovernance`).
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::force_revoke_export())]
		pub fn force_revoke_export(origin: OriginFor<T>, export: ExportId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let e = Exports::<T>::get(export).ok_or(Error::<T>::UnknownExport)?;
			Self::end_export(export, &e, ExportEnd::ByGovernance);
			Ok(())
		}

		/// [`Pallet::share_record_with`] this chain's only active peer. Errors as that call's,
		/// and `NoPeer`, `AmbiguousPeer`.
		#[pallet::call_index(4)]
		#[pallet::weight(<T as Config>::WeightInfo::share_record())]
		pub fn share_record(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let chain = Self::sole_peer()?;
			Self::share_record_with(origin, record, chain)
		}

		/// Send a record's fingerprint (id, hash, version, retraction) to peer `chain`, so
		/// copies can be verified there. Burns [`Config::MessageFee`].
		///
		/// Origin: an operator of the record's custodian (active). Errors: the identity
		/// pallet's `NotOperator`, `OrganizationSuspended`; `UnknownRecord`, `NotCustodian`,
		/// `UnknownPeer`, `PeerNotActive`, `NotStarted`, `OutboundQueueFull`. Event:
		/// `RecordShared`.
		#[pallet::call_index(8)]
		#[pallet::weight(<T as Config>::WeightInfo::share_record())]
		pub fn share_record_with(
			origin: OriginFor<T>,
			record: RecordId,
			chain: ChainId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			Self::do_share_record(&who, organization, record, chain)
		}

		/// [`Pallet::request_remote_access_from`] this chain's only active peer. Errors as that
		/// call's, and `NoPeer`, `AmbiguousPeer`.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::request_remote_access())]
		pub fn request_remote_access(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> DispatchResult {
			let chain = Self::sole_peer()?;
			Self::request_remote_access_from(origin, chain, patient, category, purpose, custodian)
		}

		/// Ask peer `chain` (the patient's home) whether this organization may access
		/// `category` of `patient`'s data for `purpose` (held by `custodian` there). The answer
		/// arrives as `AccessAnswered`. Burns [`Config::MessageFee`].
		///
		/// Origin: an operator of an active organization. Errors: the identity pallet's
		/// `NotOperator`, `OrganizationSuspended`; `UnknownPeer`, `PeerNotActive`,
		/// `NotStarted`, `OutboundQueueFull`. Event: `AccessRequested`.
		#[pallet::call_index(9)]
		#[pallet::weight(<T as Config>::WeightInfo::request_remote_access())]
		pub fn request_remote_access_from(
			origin: OriginFor<T>,
			chain: ChainId,
			patient: T::AccountId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			Self::do_request_remote_access(
				&who,
				organization,
				chain,
				patient,
				category,
				purpose,
				custodian,
			)
		}
	}

	/// Defaults for test runtimes (`#[derive_impl]`), the values of this pallet's own mock.
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU64};

		/// Every item but those a runtime names itself (`UnixTime`, `AdminOrigin`, `Lanes`),
		/// for a test runtime with `u64` balances: a message costs 4 and an export holds 7;
		/// three exports and two leases per patient, eight queued messages, a sweep of four
		/// exports per block; a 60 s lease period over 6 s blocks (a heartbeat every 5 blocks).
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			type MessageFee = ConstU64<4>;
			type ExportDeposit = ConstU64<7>;
			type MaxExportsPerPatient = ConstU32<3>;
			type MaxLeasesPerPatient = ConstU32<2>;
			type MaxQueuedMessages = ConstU64<8>;
			type MaxSweepPerBlock = ConstU32<4>;
			type DefaultLeasePeriod = ConstU64<60_000>;
			type MillisecsPerBlock = ConstU64<6_000>;
			type WeightInfo = ();
		}
	}
}
