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
//! - **Access request** ([`Pallet::request_access`]): an organization asks the patient's chain
//!   whether it may access a scope; the answer comes back by that chain's exports.
//! - A message that cannot be applied is answered with `Failed { nonce, .. }`; a refused
//!   consent export is then removed here and its deposit returned.
//!
//! ## Costs and bounds
//! Each message an account sends burns [`Config::MessageFee`]; an export holds
//! [`Config::ExportDeposit`] until revoked. For a sponsored patient (see the identity pallet)
//! the sponsor pays both, and gets the deposit back. The outbound lane holds at most
//! [`Config::MaxQueuedMessages`] undelivered messages; sending beyond it is refused
//! (`OutboundQueueFull`). Exports per patient, leases per patient and renewals per block are
//! bounded.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

/// The outbound side of the message lane to the peer chain.
pub trait MessageSender {
	/// Messages accepted and not yet confirmed delivered.
	fn queued() -> u64;
	/// Queue a message for delivery; its nonce on the lane.
	fn send(payload: alloc::vec::Vec<u8>) -> Result<MessageNonce, sp_runtime::DispatchError>;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		storage::{with_transaction, TransactionOutcome},
		traits::{
			fungible::Mutate,
			tokens::{Fortitude, Precision, Preservation},
			UnixTime,
		},
	};
	use frame_system::pallet_prelude::*;
	use pallet_consent::{Category, CategorySet, DenyReason, MaxCodes, Purpose, PurposeSet};
	use pallet_ehr_anchor::RecordId;
	use pallet_patient_identity::{DepositKey, OrganizationId, PatientId};
	use sp_runtime::traits::{One, Saturating};

	pub type CurrencyOf<T> = <T as pallet_patient_identity::Config>::Currency;
	pub type BalanceOf<T> =
		<CurrencyOf<T> as frame_support::traits::fungible::Inspect<AccountIdOf<T>>>::Balance;
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	pub type ExportOf<T> = Export<AccountIdOf<T>, BalanceOf<T>>;
	pub type HealthOpOf<T> = HealthOp<AccountIdOf<T>>;

	/// Shortest lease period governance may set: two 6 s blocks, so a renewal (every half
	/// period) is at least one block apart.
	pub const MIN_LEASE_PERIOD_MS: u64 = 12_000;
	/// Longest: a day. A stalled relay may keep a revoked consent alive for one period.
	pub const MAX_LEASE_PERIOD_MS: u64 = 24 * 60 * 60 * 1000;
	/// How many blocks past the due one a renewal may be placed when that block is full.
	pub const RENEWAL_SEARCH_BLOCKS: u32 = 32;

	/// The pallet's configuration trait.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<
			RuntimeEvent: From<Event<Self>>,
			AccountId: From<[u8; 32]> + Into<[u8; 32]>,
		> + pallet_ehr_anchor::Config
		+ pallet_patient_identity::Config<RuntimeHoldReason: From<HoldReason>>
	{
		/// Wall-clock time (the timestamp pallet): leases are valid until a UNIX time, so that
		/// both chains measure them alike.
		type UnixTime: UnixTime;
		/// Who names the peer chain and sets the lease period: the council (root on development
		/// chains).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The message lane to the peer chain.
		type Sender: MessageSender;
		/// Burned from the account for each message it sends.
		#[pallet::constant]
		type MessageFee: Get<BalanceOf<Self>>;
		/// Held from the patient while an export exists (its state here, and its renewals).
		#[pallet::constant]
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
	#[pallet::storage]
	pub type Exports<T: Config> = StorageMap<_, Twox64Concat, ExportId, ExportOf<T>>;

	/// A patient's exports.
	#[pallet::storage]
	pub type ExportsOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PatientId,
		BoundedVec<ExportId, T::MaxExportsPerPatient>,
		ValueQuery,
	>;

	/// Exports to renew at a block.
	#[pallet::storage]
	pub type Renewals<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<ExportId, T::MaxRenewalsPerBlock>,
		ValueQuery,
	>;

	/// Leases received from the peer: patient key → export → lease.
	#[pallet::storage]
	pub type Leases<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ExportId, Lease>;

	/// How many leases a patient has here.
	#[pallet::storage]
	pub type LeaseCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Record fingerprints shared by the peer.
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
		/// (governance), together with the light client's initialisation.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_peer())]
		pub fn set_peer(origin: OriginFor<T>, genesis: ChainId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Peer::<T>::put(genesis);
			Self::deposit_event(Event::PeerSet { peer: genesis });
			Ok(())
		}

		/// Set how long leases sent from here are valid, in ms
		/// (`MIN_LEASE_PERIOD_MS..=MAX_LEASE_PERIOD_MS`). Origin: [`Config::AdminOrigin`]. Applies from each
		/// lease's next renewal.
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
			let id = NextExportId::<T>::get();
			let mut exports = ExportsOf::<T>::get(patient);
			exports.try_push(id).map_err(|_| Error::<T>::TooManyExports)?;
			Self::schedule_renewal(id, Self::now_block().saturating_add(Self::renew_interval()))?;
			let valid_until = Self::now_ms().saturating_add(LeasePeriod::<T>::get());
			let op = HealthOp::Lease {
				export: id,
				patient: account.clone(),
				organization,
				scope: scope.clone(),
				valid_until,
			};
			// A sponsored patient's sponsor pays the message fee and holds the deposit.
			let payer = pallet_patient_identity::Sponsorships::<T>::get(&account)
				.map_or_else(|| who.clone(), |s| s.payer);
			let nonce = Self::send_paid(&who, &payer, op)?;
			let deposit = T::ExportDeposit::get();
			pallet_patient_identity::Pallet::<T>::hold_patient_deposit(
				patient,
				&account,
				DepositKey::Export(id),
				HoldReason::ExportDeposit.into(),
				deposit,
			)?;
			Exports::<T>::insert(
				id,
				Export {
					patient,
					account,
					to: RemoteOrg { chain: peer, organization },
					scope,
					valid_until,
					deposit,
					lease_nonce: nonce,
				},
			);
			ExportsOf::<T>::insert(patient, exports);
			NextExportId::<T>::put(id.saturating_add(1));
			Self::deposit_event(Event::ConsentExported {
				patient,
				export: id,
				to: RemoteOrg { chain: peer, organization },
				valid_until,
				nonce,
			});
			Ok(())
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
			let e = Exports::<T>::get(export)
				.filter(|e| e.patient == patient)
				.ok_or(Error::<T>::UnknownExport)?;
			Self::remove_export(export, &e);
			// Best effort: if the lane is full the lease still lapses within a period.
			let nonce =
				Self::send(Some(&who), HealthOp::Revoke { export, patient: e.account }).ok();
			Self::deposit_event(Event::ExportRevoked { patient, export, nonce });
			Ok(())
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
			let (org, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			let r =
				pallet_ehr_anchor::Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
			ensure!(r.custodian == org, Error::<T>::NotCustodian);
			Peer::<T>::get().ok_or(Error::<T>::NoPeer)?;
			let nonce = Self::send_paid(
				&who,
				&who,
				HealthOp::Record {
					record,
					custodian: org,
					hash: r.hash,
					version: r.version,
					retracted: r.retracted.is_some(),
				},
			)?;
			Self::deposit_event(Event::RecordShared { record, nonce });
			Ok(())
		}

		/// Ask the peer chain whether this organization may access `category` of `patient`'s
		/// data for `purpose` (held by `custodian` there). The answer arrives as
		/// `AccessAnswered`. Burns [`Config::MessageFee`].
		///
		/// Origin: an operator of an active organization. Errors: the identity pallet's
		/// `NotOperator`, `OrganizationSuspended`; `NoPeer`, `NotStarted`,
		/// `OutboundQueueFull`. Event: `AccessRequested`.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			patient: T::AccountId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			Peer::<T>::get().ok_or(Error::<T>::NoPeer)?;
			let request = NextRequestId::<T>::get();
			let nonce = Self::send_paid(
				&who,
				&who,
				HealthOp::AccessRequest {
					request,
					organization,
					patient,
					category,
					purpose,
					custodian,
				},
			)?;
			NextRequestId::<T>::put(request.saturating_add(1));
			Self::deposit_event(Event::AccessRequested { request, organization, nonce });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub(crate) fn now_ms() -> u64 {
			T::UnixTime::now().as_millis().try_into().unwrap_or(u64::MAX)
		}

		fn now_block() -> BlockNumberFor<T> {
			frame_system::Pallet::<T>::block_number()
		}

		/// Blocks between renewals: half the lease period, at least one.
		pub fn renew_interval() -> BlockNumberFor<T> {
			let blocks = LeasePeriod::<T>::get() / 2 / T::MillisecsPerBlock::get().max(1);
			let blocks: u32 = blocks.max(1).try_into().unwrap_or(u32::MAX);
			blocks.into()
		}

		fn validate_scope(
			categories: BoundedVec<Category, MaxCodes>,
			purposes: BoundedVec<Purpose, MaxCodes>,
			custodians: BoundedVec<OrganizationId, MaxLeaseCustodians>,
			expires_at: Option<u64>,
		) -> Result<LeaseScope, DispatchError> {
			let categories = CategorySet::from_codes(&categories);
			let purposes = PurposeSet::from_codes(&purposes);
			ensure!(!categories.is_empty() && !purposes.is_empty(), Error::<T>::InvalidScope);
			for (i, c) in custodians.iter().enumerate() {
				ensure!(!custodians[..i].contains(c), Error::<T>::InvalidScope);
				ensure!(
					pallet_patient_identity::Pallet::<T>::organization(*c).is_some(),
					pallet_patient_identity::Error::<T>::UnknownOrganization
				);
			}
			ensure!(expires_at.is_none_or(|e| e > Self::now_ms()), Error::<T>::InvalidWindow);
			Ok(LeaseScope { categories, purposes, custodians, expires_at })
		}

		/// Put `export` in the first renewal block at or after `at` with room.
		fn schedule_renewal(export: ExportId, at: BlockNumberFor<T>) -> DispatchResult {
			match Self::schedule_renewals(&[export], at).is_empty() {
				true => Ok(()),
				false => Err(Error::<T>::RenewalsFull.into()),
			}
		}

		/// Put `exports` in the renewal blocks from `at` on, filling each before the next and
		/// looking at most [`RENEWAL_SEARCH_BLOCKS`] blocks ahead (each block read once,
		/// however many exports). Returns those that found no room.
		fn schedule_renewals(exports: &[ExportId], at: BlockNumberFor<T>) -> Vec<ExportId> {
			let mut left = exports;
			let mut block = at;
			for _ in 0..RENEWAL_SEARCH_BLOCKS {
				if left.is_empty() {
					break;
				}
				Renewals::<T>::mutate(block, |due| {
					let room = (T::MaxRenewalsPerBlock::get() as usize).saturating_sub(due.len());
					let (now, later) = left.split_at(room.min(left.len()));
					for id in now {
						// Within the bound by `room`.
						let _ = due.try_push(*id);
					}
					left = later;
				});
				block = block.saturating_add(One::one());
			}
			left.to_vec()
		}

		/// End an export that its patient did not revoke (deregistration, governance, its
		/// consent's end, no renewal slot): as a revocation, with a `Revoke` to the peer when
		/// the lease could still apply there, and the deposit back to whoever paid it.
		fn end_export(id: ExportId, e: &ExportOf<T>, reason: ExportEnd) {
			Self::remove_export(id, e);
			// Best effort: if the lane is full the lease still lapses within a period; an
			// ended consent is refused by the peer already. A revocation is sent in the
			// patient's name, as the patient's own is.
			let nonce = (reason != ExportEnd::ConsentEnded)
				.then(|| {
					Self::send(
						Some(&e.account),
						HealthOp::Revoke { export: id, patient: e.account.clone() },
					)
					.ok()
				})
				.flatten();
			Self::deposit_event(Event::ExportEnded {
				patient: e.patient,
				export: id,
				reason,
				nonce,
			});
		}

		fn remove_export(id: ExportId, e: &ExportOf<T>) {
			Exports::<T>::remove(id);
			ExportsOf::<T>::mutate_exists(e.patient, |ids| {
				if let Some(list) = ids {
					list.retain(|x| *x != id);
					if list.is_empty() {
						*ids = None;
					}
				}
			});
			pallet_patient_identity::Pallet::<T>::release_patient_deposit(
				e.patient,
				&e.account,
				DepositKey::Export(id),
				HoldReason::ExportDeposit.into(),
				e.deposit,
			);
		}

		/// Send `op` as `who`, burning the message fee from `payer` (a full lane is refused
		/// before the fee).
		fn send_paid(
			who: &T::AccountId,
			payer: &T::AccountId,
			op: HealthOpOf<T>,
		) -> Result<MessageNonce, DispatchError> {
			Self::ensure_room(1)?;
			CurrencyOf::<T>::burn_from(
				payer,
				T::MessageFee::get(),
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			Self::send(Some(who), op)
		}

		fn ensure_room(messages: u64) -> DispatchResult {
			ensure!(
				T::Sender::queued().saturating_add(messages) <= T::MaxQueuedMessages::get(),
				Error::<T>::OutboundQueueFull
			);
			Ok(())
		}

		/// Wrap `op` in XCM and queue it on the lane.
		pub(crate) fn send(
			sender: Option<&T::AccountId>,
			op: HealthOpOf<T>,
		) -> Result<MessageNonce, DispatchError> {
			Self::ensure_room(1)?;
			let this = ThisChain::<T>::get().ok_or(Error::<T>::NotStarted)?;
			T::Sender::send(encode_message::<T::AccountId>(this, sender, &op))
		}

		/// Renew the exports due at `n`: one message per `MAX_RENEWALS_PER_MESSAGE`. An
		/// export whose consent has ended is ended instead; one that finds no renewal slot is
		/// ended visibly rather than left to lapse unrenewed.
		pub(crate) fn renew_due(n: BlockNumberFor<T>) -> Weight {
			let due = Renewals::<T>::take(n);
			if due.is_empty() {
				return T::DbWeight::get().reads(1);
			}
			let count = due.len() as u32;
			let now = Self::now_ms();
			let valid_until = now.saturating_add(LeasePeriod::<T>::get());
			let next = n.saturating_add(Self::renew_interval());
			let mut unplaced = Vec::new();
			for chunk in due.chunks(MAX_RENEWALS_PER_MESSAGE as usize) {
				let mut renewals = BoundedVec::new();
				let mut renewed = Vec::new();
				for id in chunk {
					let Some(e) = Exports::<T>::get(id) else { continue };
					if e.scope.expires_at.is_some_and(|x| x <= now) {
						Self::end_export(*id, &e, ExportEnd::ConsentEnded);
						continue;
					}
					// Within MAX_RENEWALS_PER_MESSAGE by the chunk size.
					let _ = renewals.try_push((e.account.clone(), *id, valid_until));
					renewed.push((*id, e));
				}
				if renewed.is_empty() {
					continue;
				}
				let k = renewed.len() as u32;
				let ids: Vec<ExportId> = renewed.iter().map(|(id, _)| *id).collect();
				match Self::send(None, HealthOp::Renew(renewals)) {
					Ok(nonce) => {
						for (id, mut e) in renewed {
							e.valid_until = valid_until;
							Exports::<T>::insert(id, e);
						}
						unplaced.extend(Self::schedule_renewals(&ids, next));
						Self::deposit_event(Event::LeasesRenewed { count: k, valid_until, nonce });
					},
					Err(_) => {
						// The lane is full: try again next block. Leases lapse meanwhile if the
						// relay stays stalled, which is the safe direction.
						unplaced
							.extend(Self::schedule_renewals(&ids, n.saturating_add(One::one())));
						Self::deposit_event(Event::RenewalsDeferred { count: k });
					},
				}
			}
			for id in unplaced {
				if let Some(e) = Exports::<T>::get(id) {
					Self::end_export(id, &e, ExportEnd::NoRenewalSlot);
				}
			}
			<T as Config>::WeightInfo::renew(count)
		}

		/// Apply one inbound message (from the lane) and report the outcome.
		pub fn receive(nonce: MessageNonce, payload: Result<Vec<u8>, ()>) -> Outcome {
			let result = payload
				.map_err(|_| FailReason::BadMessage)
				.and_then(|bytes| {
					decode_message::<T::AccountId>(&bytes).ok_or(FailReason::BadMessage)
				})
				.and_then(|(chain, sender, op)| {
					if Peer::<T>::get() != Some(chain) {
						return Err(FailReason::WrongOrigin);
					}
					type Applied<T> = Result<HealthOpOf<T>, (FailReason, HealthOpOf<T>)>;
					let fallback = op.clone();
					with_transaction(|| -> TransactionOutcome<Result<Applied<T>, DispatchError>> {
						match Self::apply(chain, sender, op.clone()) {
							Ok(()) => TransactionOutcome::Commit(Ok(Ok(op))),
							Err(reason) => TransactionOutcome::Rollback(Ok(Err((reason, op)))),
						}
					})
					.unwrap_or_else(|_| Err((FailReason::BadMessage, fallback)))
					.map_err(|(reason, op)| {
						Self::report(nonce, &op, reason);
						reason
					})
				});
			match result {
				Ok(_) => {
					Self::deposit_event(Event::MessageApplied { nonce });
					Outcome::Applied
				},
				Err(reason) => {
					Self::deposit_event(Event::MessageRejected { nonce, reason });
					Outcome::Rejected(reason)
				},
			}
		}

		/// Tell the sender its message failed — unless that message was itself a report or
		/// an answer (no ping-pong).
		fn report(nonce: MessageNonce, op: &HealthOpOf<T>, reason: FailReason) {
			let export = match op {
				HealthOp::Lease { export, .. } => Some(*export),
				HealthOp::Failed { .. } | HealthOp::AccessAnswer { .. } => return,
				_ => None,
			};
			if let Err(e) = Self::send(None, HealthOp::Failed { nonce, export, reason }) {
				log::warn!(target: "medchain-bridge", "report of {nonce} not sent: {e:?}");
			}
		}

		fn apply(
			chain: ChainId,
			sender: Option<T::AccountId>,
			op: HealthOpOf<T>,
		) -> Result<(), FailReason> {
			if sender.is_some() != op.from_account() {
				return Err(FailReason::BadMessage);
			}
			let now = Self::now_ms();
			match op {
				HealthOp::Lease { export, patient, organization, scope, valid_until } => {
					match pallet_patient_identity::Pallet::<T>::organization(organization) {
						None => return Err(FailReason::UnknownOrganization),
						Some(o) if !o.is_active() => return Err(FailReason::OrganizationSuspended),
						Some(_) => {},
					}
					if valid_until <= now || scope.expires_at.is_some_and(|e| e <= now) {
						return Err(FailReason::Lapsed);
					}
					// A patient of this chain is governed by its consents here, not the peer's.
					if pallet_patient_identity::Pallet::<T>::patient_id_of(&patient).is_some() {
						return Err(FailReason::PatientOfThisChain);
					}
					Self::prune_leases(&patient, now);
					if !Leases::<T>::contains_key(&patient, export) {
						let count = LeaseCount::<T>::get(&patient);
						if count >= T::MaxLeasesPerPatient::get() {
							return Err(FailReason::TooManyLeases);
						}
						LeaseCount::<T>::insert(&patient, count + 1);
					}
					Leases::<T>::insert(
						&patient,
						export,
						Lease { chain, organization, scope, valid_until },
					);
					Self::deposit_event(Event::LeaseReceived {
						patient,
						export,
						organization,
						valid_until,
					});
				},
				HealthOp::Renew(renewals) => {
					for (patient, export, until) in renewals {
						Leases::<T>::mutate(&patient, export, |l| {
							if let Some(l) = l {
								l.valid_until = l.valid_until.max(until);
							}
						});
					}
				},
				HealthOp::Revoke { export, patient } => {
					if Leases::<T>::take(&patient, export).is_some() {
						LeaseCount::<T>::mutate(&patient, |c| *c = c.saturating_sub(1));
						Self::deposit_event(Event::LeaseRevoked { patient, export });
					}
				},
				HealthOp::Record { record, custodian, hash, version, retracted } => {
					let newer = RemoteRecords::<T>::get(record)
						.is_none_or(|r| (version, retracted) >= (r.version, r.retracted));
					if newer {
						let custodian = RemoteOrg { chain, organization: custodian };
						RemoteRecords::<T>::insert(
							record,
							RemoteRecord { custodian, hash, version, retracted },
						);
						Self::deposit_event(Event::RemoteRecordReceived {
							record,
							custodian,
							version,
						});
					}
				},
				HealthOp::AccessRequest {
					request,
					organization,
					patient,
					category,
					purpose,
					custodian,
				} => {
					let answer = Self::answer(
						&patient,
						RemoteOrg { chain, organization },
						category,
						purpose,
						custodian,
						now,
					);
					Self::send(None, HealthOp::AccessAnswer { request, organization, answer })
						.map_err(|_| FailReason::Busy)?;
					Self::deposit_event(Event::AccessRequestAnswered {
						request,
						organization,
						answer,
					});
				},
				HealthOp::AccessAnswer { request, organization, answer } => {
					Self::deposit_event(Event::AccessAnswered { request, organization, answer });
				},
				HealthOp::Failed { nonce, export, reason } => {
					// Only the lease message this export was last sent as, to the chain that
					// reports it, can undo it: a report naming another nonce changes nothing.
					let sent = |e: &ExportOf<T>| e.lease_nonce == nonce && e.to.chain == chain;
					if let Some((id, e)) =
						export.and_then(|id| Exports::<T>::get(id).filter(sent).map(|e| (id, e)))
					{
						Self::remove_export(id, &e);
						Self::deposit_event(Event::ExportRefused { export: id, reason });
					}
					Self::deposit_event(Event::MessageFailed { nonce, reason });
				},
			}
			Ok(())
		}

		/// Drop a patient's lapsed leases (at most `MaxLeasesPerPatient` are visited).
		fn prune_leases(patient: &T::AccountId, now: u64) {
			let lapsed: Vec<ExportId> = Leases::<T>::iter_prefix(patient)
				.take(T::MaxLeasesPerPatient::get() as usize)
				// `lease_denial` names only lapsed or ended leases.
				.filter(|(_, l)| Self::lease_denial(l, now).is_some())
				.map(|(id, _)| id)
				.collect();
			for id in lapsed {
				Leases::<T>::remove(patient, id);
				LeaseCount::<T>::mutate(patient, |c| *c = c.saturating_sub(1));
			}
		}

		/// Why lease `l` does not apply at `now` at all (lapsed or ended), if so.
		fn lease_denial(l: &Lease, now: u64) -> Option<DenyReason> {
			if l.valid_until <= now {
				Some(DenyReason::LeaseLapsed)
			} else if l.scope.expires_at.is_some_and(|e| e <= now) {
				Some(DenyReason::Expired)
			} else {
				None
			}
		}

		/// Why `scope` does not cover the access, if it does not.
		fn scope_denial(
			scope: &LeaseScope,
			category: Category,
			purpose: Purpose,
			custodian: impl Into<pallet_consent::CustodianOn>,
		) -> Option<DenyReason> {
			pallet_consent::scope_denial(
				scope.categories,
				scope.purposes,
				&scope.custodians,
				category.flag(),
				purpose.flag(),
				custodian,
			)
		}

		/// Does an export of `patient` (a key of this chain) to `to` cover the access now?
		pub fn answer(
			patient: &T::AccountId,
			to: RemoteOrg,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
			now: u64,
		) -> Result<(ExportId, u64), DenyReason> {
			let id = pallet_patient_identity::Pallet::<T>::patient_id_of(patient)
				.ok_or(DenyReason::UnknownPatient)?;
			let mut reason = DenyReason::NoGrant;
			for export in ExportsOf::<T>::get(id) {
				let Some(e) = Exports::<T>::get(export) else { continue };
				if e.to != to {
					continue;
				}
				let denial = if e.scope.expires_at.is_some_and(|x| x <= now) {
					Some(DenyReason::Expired)
				} else {
					Self::scope_denial(&e.scope, category, purpose, custodian)
				};
				match denial {
					None => return Ok((export, e.scope.expires_at.unwrap_or(u64::MAX))),
					Some(r) => reason = reason.max(r),
				}
			}
			Err(reason)
		}

		/// Verify a copy of a record shared by the peer.
		pub fn verify_remote(record: RecordId, hash: sp_core::H256) -> RemoteVerdict {
			match RemoteRecords::<T>::get(record) {
				None => RemoteVerdict::Unknown,
				Some(r) if r.retracted => RemoteVerdict::Retracted { custodian: r.custodian },
				Some(r) if r.hash == hash => {
					RemoteVerdict::Current { custodian: r.custodian, version: r.version }
				},
				Some(r) => RemoteVerdict::Mismatch { custodian: r.custodian, version: r.version },
			}
		}

		/// Invariants: lease counts match the leases; export index and exports agree; exports
		/// follow their patient, are renewed and have their deposits held. Checked by
		/// `try_state`, the unit tests and the fuzz targets.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::btree_map::BTreeMap;
			let mut counts: BTreeMap<T::AccountId, u32> = BTreeMap::new();
			for (patient, _, _) in Leases::<T>::iter() {
				*counts.entry(patient).or_default() += 1;
			}
			for (patient, c) in LeaseCount::<T>::iter() {
				ensure!(counts.get(&patient).copied().unwrap_or(0) == c, "lease count mismatch");
			}
			ensure!(
				counts.values().all(|c| *c <= T::MaxLeasesPerPatient::get()),
				"too many leases"
			);
			let mut indexed = 0usize;
			for (patient, ids) in ExportsOf::<T>::iter() {
				for id in ids.iter() {
					let e = Exports::<T>::get(id).ok_or("indexed export missing")?;
					ensure!(e.patient == patient, "export indexed under another patient");
					indexed += 1;
				}
			}
			ensure!(indexed == Exports::<T>::iter().count(), "export not indexed");
			// Each export belongs to a registered patient under its current key (deregistration
			// ends exports, a new key takes them over), has a renewal ahead of it, and its
			// deposit is held: on the patient's key when it paid itself (summed below), on the
			// sponsor's ledger otherwise.
			let next = NextExportId::<T>::get();
			let now = frame_system::Pallet::<T>::block_number();
			let scheduled: alloc::collections::btree_set::BTreeSet<ExportId> =
				Renewals::<T>::iter()
					.filter(|(at, _)| *at > now)
					.flat_map(|(_, ids)| ids.into_inner())
					.collect();
			let mut self_paid: BTreeMap<PatientId, BalanceOf<T>> = BTreeMap::new();
			for (id, e) in Exports::<T>::iter() {
				ensure!(id < next, "export id at or beyond NextExportId");
				let info = pallet_patient_identity::Pallet::<T>::patient(e.patient)
					.ok_or("export of an unknown patient")?;
				ensure!(info.account == e.account, "export names a key not its patient's");
				ensure!(scheduled.contains(&id), "export with no renewal scheduled");
				let key = DepositKey::Export(id);
				if !pallet_patient_identity::SponsoredDeposits::<T>::contains_key(e.patient, key) {
					let sum = self_paid.entry(e.patient).or_default();
					*sum = sum.saturating_add(e.deposit);
				}
			}
			let reason = HoldReason::ExportDeposit.into();
			for (patient, info) in pallet_patient_identity::Patients::<T>::iter() {
				ensure!(
					<CurrencyOf<T> as frame_support::traits::fungible::InspectHold<_>>::balance_on_hold(
						&reason,
						&info.account
					) ==
						self_paid.get(&patient).copied().unwrap_or_default(),
					"export deposits held differ from the patient's own exports"
				);
			}
			Ok(())
		}
	}

	/// A patient's key and lifetime reach their exports: deregistration ends every export
	/// (revoked on the peer), and a new key takes over every export and its deposit, with the
	/// peer's lease moved to it.
	impl<T: Config> pallet_patient_identity::PatientLifecycle<T::AccountId> for Pallet<T> {
		fn on_key_rotated(
			patient: PatientId,
			old: &T::AccountId,
			new: &T::AccountId,
		) -> DispatchResult {
			// Deposits the key held itself move with it; a sponsor's stay with the sponsor.
			let reason = HoldReason::ExportDeposit.into();
			pallet_patient_identity::Pallet::<T>::move_patient_deposits(&reason, old, new)?;
			let valid_until = Self::now_ms().saturating_add(LeasePeriod::<T>::get());
			for id in ExportsOf::<T>::get(patient) {
				let Some(mut e) = Exports::<T>::get(id) else { continue };
				e.account = new.clone();
				// A lease for the new key, then the old key's revoked; both or neither.
				let lease = HealthOp::Lease {
					export: id,
					patient: new.clone(),
					organization: e.to.organization,
					scope: e.scope.clone(),
					valid_until,
				};
				let sent = Self::ensure_room(2).and_then(|()| {
					// In the patient's name, as the patient's own lease and revocation are.
					let nonce = Self::send(Some(new), lease)?;
					Self::send(Some(new), HealthOp::Revoke { export: id, patient: old.clone() })?;
					Ok(nonce)
				});
				match sent {
					Ok(nonce) => {
						e.valid_until = valid_until;
						e.lease_nonce = nonce;
						Exports::<T>::insert(id, &e);
						Self::deposit_event(Event::ExportRekeyed {
							patient,
							export: id,
							account: new.clone(),
							nonce,
						});
					},
					// The lane is full: the old key's lease lapses unrenewed within a period;
					// the export ends here, visibly, with its deposit back (to the new key).
					Err(_) => Self::end_export(id, &e, ExportEnd::RekeyNotSent),
				}
			}
			Ok(())
		}

		fn on_deregistered(patient: PatientId, _account: &T::AccountId) -> DispatchResult {
			for id in ExportsOf::<T>::get(patient) {
				if let Some(e) = Exports::<T>::get(id) {
					Self::end_export(id, &e, ExportEnd::PatientDeregistered);
				}
			}
			Ok(())
		}

		fn on_key_rotated_weight() -> Weight {
			<T as Config>::WeightInfo::on_key_rotated(T::MaxExportsPerPatient::get())
		}

		fn on_deregistered_weight() -> Weight {
			<T as Config>::WeightInfo::on_deregistered(T::MaxExportsPerPatient::get())
		}
	}

	impl<T: Config> pallet_consent::RemoteConsent<T::AccountId> for Pallet<T> {
		fn check(
			patient: &T::AccountId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<pallet_consent::Custodian>,
		) -> Option<Result<pallet_consent::LeaseGrant, DenyReason>> {
			// Leases speak for patients whose home is the peer: never for one registered here
			// (who may have registered after the lease arrived).
			if pallet_patient_identity::Pallet::<T>::patient_id_of(patient).is_some() {
				return None;
			}
			let now = Self::now_ms();
			let this_chain = ThisChain::<T>::get();
			let mut best: Option<DenyReason> = None;
			for (lease, l) in
				Leases::<T>::iter_prefix(patient).take(T::MaxLeasesPerPatient::get() as usize)
			{
				if l.organization != organization {
					continue;
				}
				// The lease's custodians are organizations of the patient's home chain: only a
				// custodian of that chain can be one of them.
				let custodian = custodian.map_or(pallet_consent::CustodianOn::Unnamed, |c| {
					c.as_seen_by(Some(l.chain), this_chain)
				});
				let denial = Self::lease_denial(&l, now)
					.or_else(|| Self::scope_denial(&l.scope, category, purpose, custodian));
				match denial {
					None => {
						return Some(Ok(pallet_consent::LeaseGrant {
							chain: l.chain,
							lease,
							valid_until: l.valid_until,
							expires_at: l.scope.expires_at,
						}))
					},
					Some(r) => best = Some(best.map_or(r, |b| b.max(r))),
				}
			}
			best.map(Err)
		}

		fn this_chain() -> Option<ChainId> {
			ThisChain::<T>::get()
		}
	}
}

/// What became of an inbound message (in the messages pallet's `MessagesReceived` event).
#[derive(
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	scale_info::TypeInfo,
)]
pub enum Outcome {
	Applied,
	Rejected(FailReason),
}

/// A copy of a record checked against the fingerprint the peer shared.
#[derive(
	codec::Encode,
	codec::Decode,
	Clone,
	PartialEq,
	Eq,
	Debug,
	scale_info::TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum RemoteVerdict {
	/// The hash is the record's current version.
	Current { custodian: RemoteOrg, version: pallet_ehr_anchor::Version },
	/// The record is known but the hash is not its current version.
	Mismatch { custodian: RemoteOrg, version: pallet_ehr_anchor::Version },
	/// The custodian retracted the record.
	Retracted { custodian: RemoteOrg },
	/// No such record was shared.
	Unknown,
}

/// Wrap `op` in a V5 XCM from `this` chain (and `sender`, for account operations).
pub fn encode_message<AccountId: Clone + Into<[u8; 32]> + codec::Encode>(
	this: ChainId,
	sender: Option<&AccountId>,
	op: &HealthOp<AccountId>,
) -> alloc::vec::Vec<u8> {
	use codec::Encode;
	use xcm::latest::prelude::*;
	let mut instructions =
		alloc::vec![UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(this.to_fixed_bytes())))];
	if let Some(s) = sender {
		instructions
			.push(DescendOrigin(AccountId32 { network: None, id: s.clone().into() }.into()));
	}
	instructions.push(Transact {
		origin_kind: OriginKind::SovereignAccount,
		fallback_max_weight: None,
		call: op.encode().into(),
	});
	xcm::VersionedXcm::<()>::from(Xcm(instructions)).encode()
}

/// Unwrap a message: the sending chain, the sending account (if any) and the operation.
/// `None` unless it is exactly the shape [`encode_message`] produces.
pub fn decode_message<AccountId: From<[u8; 32]> + codec::Decode>(
	bytes: &[u8],
) -> Option<(ChainId, Option<AccountId>, HealthOp<AccountId>)> {
	use codec::DecodeAll;
	use xcm::latest::prelude::*;
	let xcm::VersionedXcm::V5(Xcm(instructions)) =
		xcm::VersionedXcm::<()>::decode_all_with_mem_and_depth_limit(&mut &bytes[..]).ok()?
	else {
		return None;
	};
	let (chain, sender, call) = match instructions.as_slice() {
		[UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(g))), Transact { origin_kind: OriginKind::SovereignAccount, call, .. }] => {
			(*g, None, call)
		},
		[UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(g))), DescendOrigin(who), Transact { origin_kind: OriginKind::SovereignAccount, call, .. }] =>
		{
			let [AccountId32 { network: None, id }] = who.as_slice() else { return None };
			(*g, Some(AccountId::from(*id)), call)
		},
		_ => return None,
	};
	let op = HealthOp::<AccountId>::decode_all(&mut call.encoded()).ok()?;
	Some((ChainId::from(chain), sender, op))
}
