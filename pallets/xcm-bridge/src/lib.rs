//! # medchain bridge pallet
//!
//! The application layer of a bridge between two consortium chains. Transport is Parity's
//! bridge stack: `pallet-bridge-grandpa` (a light client of the other chain) and
//! `pallet-bridge-messages` (a lane with delivery proofs), driven by `medchain-relay`. This
//! pallet decides what goes on the lane and what happens to what comes off it.
//!
//! ## Messages
//! Each message is a versioned XCM (V5):
//! `UniversalOrigin(GlobalConsensus(ByGenesis(sender chain)))`, then — for operations an account
//! asks for — `DescendOrigin(AccountId32(signer))`, then one `Transact` whose call bytes are a
//! SCALE-encoded [`HealthOp`]. The receiving side checks the chain against its configured peer
//! ([`Peer`]) and decodes only [`HealthOp`]: no other instruction and no runtime call is ever
//! executed. Every message is dispatched with the same weight
//! ([`Pallet::message_dispatch_weight`], the worst case measured by the benchmarks), so no
//! message can be unweighable and block the lane.
//!
//! ## Operations
//! - **Consent export** ([`Pallet::export_consent`]): the patient (or a delegate with `CONSENT`)
//!   lets an organization of the peer chain access a scope of their data. The peer keeps a
//!   [`Lease`] that its `check_access` honours ([`pallet_consent::RemoteConsent`]). The lease is
//!   valid until a wall-clock time (`valid_until`, UNIX ms, set by the patient's chain) and this
//!   chain renews it every half [`LeasePeriod`] from `on_initialize` while the export exists.
//!   Revocation ([`Pallet::revoke_export`]) takes effect here at once and sends a `Revoke`; if
//!   the relay stalls, the lease lapses on the peer at most one lease period later — a stalled or
//!   dishonest relay can delay a revocation by that much, never keep a revoked consent alive.
//! - **Record reference** ([`Pallet::share_record`]): the custodian sends a record's id, hash,
//!   version and retraction state, so copies can be verified on the peer.
//! - **Access request** ([`Pallet::request_remote_access`]): an organization asks the patient's
//!   chain whether it may access a scope; the answer comes back by that chain's exports.
//! - A message that cannot be applied is answered with `Failed { nonce, .. }`; a refused
//!   consent export is then removed here and its deposit returned.
//!
//! ## Costs and bounds
//! Each message an account sends burns [`Config::MessageFee`]; an export holds
//! [`Config::ExportDeposit`] until it is revoked or ends. For a sponsored patient (see the identity pallet)
//! the sponsor pays both, and gets the deposit back. The outbound lane holds at most
//! [`Config::MaxQueuedMessages`] undelivered messages; sending beyond it is refused
//! (`OutboundQueueFull`). Exports per patient, leases per patient and renewals per block are
//! bounded.
//!
//! ## Code map
//! - `lib.rs`: the pallet's declaration — configuration, storage, events, errors, hooks and
//!   the calls as entry points (origin checks), and [`config_preludes`] for test runtimes.
//! - [`message`]: the message codec ([`encode_message`], [`decode_message`]), the lane
//!   interface ([`MessageSender`]) and what became of an inbound message ([`Outcome`]).
//! - [`types`]: the health operations ([`HealthOp`]) and what each side stores.
//! - `outbound.rs`: what this chain sends — exports and their leases, the renewal schedule,
//!   revocations and ends (also on a patient's key change or deregistration), record
//!   references, access requests, and the lane bound and fee every send goes through.
//! - `inbound.rs`: receiving a message, applying it in its own transaction and reporting a
//!   failure back; answering the peer's access requests by this chain's exports.
//! - `remote.rs`: leases answering the consent pallet's access checks
//!   ([`pallet_consent::RemoteConsent`]) and shared fingerprints verifying record copies.
//! - `try_state.rs`: the storage invariants (`Pallet::do_try_state`).
//! - [`runtime_api`]: the views served over JSON-RPC (`bridge_*`); [`migrations`]: storage
//!   migrations; [`weights`]: generated from the benchmarks (`benchmarking.rs`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use message::{decode_message, encode_message, MessageSender, Outcome};
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

	/// Shortest lease period governance may set: two 6 s blocks, so a renewal (every half
	/// period) is at least one block apart.
	pub const MIN_LEASE_PERIOD_MS: u64 = 12_000;
	/// Longest: a day. A stalled relay may delay a revocation on the peer by one period.
	pub const MAX_LEASE_PERIOD_MS: u64 = 24 * 60 * 60 * 1000;
	/// How many blocks past the due one a renewal may be placed when that block is full.
	pub const RENEWAL_SEARCH_BLOCKS: u32 = 32;

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
		/// Who names the peer chain and sets the lease period: the council (root on development
		/// chains).
		#[pallet::no_default]
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The message lane to the peer chain.
		#[pallet::no_default]
		type Sender: MessageSender;
		/// Burned for each message an account sends, from that account (for an export of a
		/// sponsored patient's consent, from the sponsor).
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type MessageFee: Get<BalanceOf<Self>>;
		/// Held while an export exists (its state here, and its renewals): from the patient, or
		/// from its sponsor for a sponsored patient.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type ExportDeposit: Get<BalanceOf<Self>>;
		/// Most exports one patient may have.
		#[pallet::constant]
		type MaxExportsPerPatient: Get<u32>;
		/// Most leases this chain keeps for one patient.
		#[pallet::constant]
		type MaxLeasesPerPatient: Get<u32>;
		/// Most undelivered messages on the outbound lane.
		#[pallet::constant]
		type MaxQueuedMessages: Get<u64>;
		/// Most renewals `on_initialize` sends in one block.
		#[pallet::constant]
		type MaxRenewalsPerBlock: Get<u32>;
		/// The lease period until governance sets one ([`LeasePeriod`]).
		#[pallet::constant]
		type DefaultLeasePeriod: Get<u64>;
		/// Expected block time, to turn the lease period into a renewal interval.
		#[pallet::constant]
		type MillisecsPerBlock: Get<u64>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An exported consent.
		ExportDeposit,
	}

	/// The bridged chain (its genesis hash), set by governance with the light client.
	#[pallet::storage]
	pub type Peer<T> = StorageValue<_, ChainId>;

	/// This chain's genesis hash, recorded in block 1 (a chain cannot know it at genesis).
	#[pallet::storage]
	pub type ThisChain<T> = StorageValue<_, ChainId>;

	#[pallet::type_value]
	pub fn DefaultLeasePeriodMs<T: Config>() -> u64 {
		T::DefaultLeasePeriod::get()
	}

	/// How long a lease sent from here is valid (ms); renewed every half period.
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

	/// Exports to renew at a block.
	// Twox64Concat: block numbers are not chosen by users.
	#[pallet::storage]
	pub type Renewals<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ExportId, T::MaxRenewalsPerBlock>,
		ValueQuery,
	>;

	/// Leases received from the peer: patient key → export → lease.
	// Blake2_128Concat for the key: accounts are chosen by users (on the peer); Twox64Concat
	// for the export: numbered by the peer's pallet, and only within one patient's prefix.
	#[pallet::storage]
	pub type Leases<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ExportId, Lease>;

	/// How many leases a patient has here.
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type LeaseCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Record fingerprints shared by the peer.
	// Blake2_128Concat: record ids are chosen by custodians.
	#[pallet::storage]
	pub type RemoteRecords<T> = StorageMap<_, Blake2_128Concat, RecordId, RemoteRecord>;

	/// The number the next access request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RemoteRequestId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance set the bridged chain.
		PeerSet { peer: ChainId },
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
		/// Leases were renewed until `valid_until` (one message).
		LeasesRenewed { count: u32, valid_until: u64, nonce: MessageNonce },
		/// Renewals could not be sent (lane full); retried next block.
		RenewalsDeferred { count: u32 },
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
		/// A record reference was sent.
		RecordShared { record: RecordId, nonce: MessageNonce },
		/// An access request was sent.
		AccessRequested {
			request: RemoteRequestId,
			organization: OrganizationId,
			nonce: MessageNonce,
		},
		/// The peer answered an access request.
		AccessAnswered {
			request: RemoteRequestId,
			organization: OrganizationId,
			answer: Result<(ExportId, u64), DenyReason>,
		},
		/// A lease arrived (or was replaced).
		LeaseReceived {
			patient: T::AccountId,
			export: ExportId,
			organization: OrganizationId,
			valid_until: u64,
		},
		/// A lease was revoked by the patient's chain.
		LeaseRevoked { patient: T::AccountId, export: ExportId },
		/// A record reference arrived.
		RemoteRecordReceived { record: RecordId, custodian: RemoteOrg, version: u32 },
		/// An access request from the peer was answered by this chain's exports.
		AccessRequestAnswered {
			request: RemoteRequestId,
			organization: OrganizationId,
			answer: Result<(ExportId, u64), DenyReason>,
		},
		/// An inbound message was applied.
		MessageApplied { nonce: MessageNonce },
		/// An inbound message could not be applied; the sender is told when it can be.
		MessageRejected { nonce: MessageNonce, reason: FailReason },
		/// The peer could not apply the message with this nonce (sent from here).
		MessageFailed { nonce: MessageNonce, reason: FailReason },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No bridged chain is configured yet.
		NoPeer,
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
		/// Renewal slots are full for the coming blocks.
		RenewalsFull,
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
		/// Record this chain's id in block 1, then send the renewals due at `n`.
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			let mut weight = Weight::zero();
			if n == One::one() {
				ThisChain::<T>::put(ChainId::from_slice(
					frame_system::Pallet::<T>::parent_hash().as_ref(),
				));
				weight.saturating_accrue(T::DbWeight::get().writes(1));
			}
			weight.saturating_add(Self::renew_due(n))
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
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Set the bridged chain, by its genesis hash. Origin: [`Config::AdminOrigin`]
		/// (governance), together with the light client's initialisation. Event: `PeerSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_peer())]
		pub fn set_peer(origin: OriginFor<T>, genesis: ChainId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Peer::<T>::put(genesis);
			Self::deposit_event(Event::PeerSet { peer: genesis });
			Ok(())
		}

		/// Set how long leases sent from here are valid, in ms
		/// (`MIN_LEASE_PERIOD_MS..=MAX_LEASE_PERIOD_MS`). Origin: [`Config::AdminOrigin`].
		/// Applies from each lease's next renewal. Errors: `InvalidLeasePeriod`. Event:
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

		/// Let `organization` of the peer chain access the patient's data within a scope, until
		/// `expires_at` (UNIX ms) or revocation. Holds [`Config::ExportDeposit`], burns
		/// [`Config::MessageFee`] and sends a lease, renewed from then on by this chain.
		///
		/// Origin: the patient, or a delegate with `CONSENT` (`on_behalf_of`). Errors: the
		/// consent pallet's origin errors; `NoPeer`, `NotStarted`, `InvalidScope`,
		/// `InvalidWindow`, `TooManyExports`, `RenewalsFull`, `OutboundQueueFull`; the identity
		/// pallet's `UnknownOrganization` for an unknown custodian. Event: `ConsentExported`.
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
			let who = ensure_signed(origin)?;
			let (patient, account) =
				pallet_consent::Pallet::<T>::ensure_consent_actor(&who, on_behalf_of)?;
			let peer = Peer::<T>::get().ok_or(Error::<T>::NoPeer)?;
			let scope = Self::validate_scope(categories, purposes, custodians, expires_at)?;
			let to = RemoteOrg { chain: peer, organization };
			Self::do_export_consent(who, patient, account, to, scope)
		}

		/// Revoke an export. It stops applying here at once and is no longer renewed; a
		/// `Revoke` is sent (free) so the peer drops the lease before it lapses. Returns the
		/// deposit.
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

		/// Send a record's fingerprint (id, hash, version, retraction) to the peer chain.
		/// Burns [`Config::MessageFee`].
		///
		/// Origin: an operator of the record's custodian (active). Errors: the identity
		/// pallet's `NotOperator`, `OrganizationSuspended`; `UnknownRecord`, `NotCustodian`,
		/// `NoPeer`, `NotStarted`, `OutboundQueueFull`. Event: `RecordShared`.
		#[pallet::call_index(4)]
		#[pallet::weight(<T as Config>::WeightInfo::share_record())]
		pub fn share_record(origin: OriginFor<T>, record: RecordId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			Self::do_share_record(&who, organization, record)
		}

		/// Ask the peer chain whether this organization may access `category` of `patient`'s
		/// data for `purpose` (held by `custodian` there). The answer arrives as
		/// `AccessAnswered`. Burns [`Config::MessageFee`].
		///
		/// Origin: an operator of an active organization. Errors: the identity pallet's
		/// `NotOperator`, `OrganizationSuspended`; `NoPeer`, `NotStarted`,
		/// `OutboundQueueFull`. Event: `AccessRequested`.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::request_remote_access())]
		pub fn request_remote_access(
			origin: OriginFor<T>,
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

		/// Every item but those a runtime names itself (`UnixTime`, `AdminOrigin`, `Sender`),
		/// for a test runtime with `u64` balances: a message costs 4 and an export holds 7;
		/// three exports and two leases per patient, eight queued messages, four renewals per
		/// block; a 60 s lease period over 6 s blocks (a renewal every 5 blocks).
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
			type MaxRenewalsPerBlock = ConstU32<4>;
			type DefaultLeasePeriod = ConstU64<60_000>;
			type MillisecsPerBlock = ConstU64<6_000>;
			type WeightInfo = ();
		}
	}
}
