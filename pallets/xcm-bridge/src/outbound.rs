//! What this chain sends: consent exports and the leases they send, revocations and ends (also
//! when a patient's key changes or the patient deregisters, through
//! [`pallet_patient_identity::PatientLifecycle`]), record references and access requests — and
//! the lane bound and message fee every send goes through. Heartbeats, which keep the leases
//! alive, are sent from `peers.rs`.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::Mutate,
		tokens::{Fortitude, Precision, Preservation},
		UnixTime,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_consent::{Category, MaxCodes, Purpose};
use pallet_ehr_anchor::RecordId;
use pallet_patient_identity::{DepositKey, OrganizationId, PatientId};

impl<T: Config> Pallet<T> {
	/// The wall-clock time, in UNIX ms: what leases are measured in.
	pub(crate) fn now_ms() -> u64 {
		T::UnixTime::now().as_millis().try_into().unwrap_or(u64::MAX)
	}

	/// Blocks between heartbeats: half the lease period, at least one.
	pub fn renew_interval() -> BlockNumberFor<T> {
		let blocks = LeasePeriod::<T>::get() / 2 / T::MillisecsPerBlock::get().max(1);
		let blocks: u32 = blocks.max(1).try_into().unwrap_or(u32::MAX);
		blocks.into()
	}

	/// The scope of an export: the consent pallet's scope rules (with this pallet's
	/// `InvalidScope`), and an end, if any, still ahead (`InvalidWindow`).
	pub(crate) fn validate_scope(
		categories: BoundedVec<Category, MaxCodes>,
		purposes: BoundedVec<Purpose, MaxCodes>,
		custodians: BoundedVec<OrganizationId, MaxLeaseCustodians>,
		expires_at: Option<u64>,
	) -> Result<LeaseScope, DispatchError> {
		let (categories, purposes) = pallet_consent::check_scope::<T>(
			&categories,
			&purposes,
			&custodians,
			Error::<T>::InvalidScope,
		)?;
		ensure!(expires_at.is_none_or(|e| e > Self::now_ms()), Error::<T>::InvalidWindow);
		Ok(LeaseScope { categories, purposes, custodians, expires_at })
	}

	/// [`Pallet::export_consent_to`] once `who` may act for `patient` (whose key is
	/// `account`), the peer is active and the scope is valid: send its lease (the fee paid by
	/// the patient's sponsor, if any, else by `who`), hold its deposit and record it.
	pub(crate) fn do_export_consent(
		who: T::AccountId,
		patient: PatientId,
		account: T::AccountId,
		to: RemoteOrg,
		scope: LeaseScope,
	) -> DispatchResult {
		let id = NextExportId::<T>::get();
		let mut exports = ExportsOf::<T>::get(patient);
		exports.try_push(id).map_err(|_| Error::<T>::TooManyExports)?;
		let valid_until = Self::now_ms().saturating_add(LeasePeriod::<T>::get());
		let op = HealthOp::Lease {
			export: id,
			patient: account.clone(),
			organization: to.organization,
			scope: scope.clone(),
			valid_until,
		};
		// A sponsored patient's sponsor pays the message fee and holds the deposit.
		let payer = pallet_patient_identity::Sponsorships::<T>::get(&account)
			.map_or_else(|| who.clone(), |s| s.payer);
		let nonce = Self::send_paid(&who, &payer, to.chain, op)?;
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
			Export { patient, account, to, scope, valid_until, deposit, lease_nonce: nonce },
		);
		ExportsOf::<T>::insert(patient, exports);
		NextExportId::<T>::put(id.saturating_add(1));
		Peers::<T>::mutate_extant(to.chain, |p| {
			// With no other export to the peer, this lease is the only one heartbeats keep
			// alive there, and it is valid as long as one would make it.
			if p.exports == 0 {
				p.sent_until = p.sent_until.max(valid_until);
			}
			p.exports = p.exports.saturating_add(1);
		});
		Self::deposit_event(Event::ConsentExported { patient, export: id, to, valid_until, nonce });
		Ok(())
	}

	/// [`Pallet::revoke_export`] once `who` may act for `patient`.
	pub(crate) fn do_revoke_export(
		who: &T::AccountId,
		patient: PatientId,
		export: ExportId,
	) -> DispatchResult {
		let e = Exports::<T>::get(export)
			.filter(|e| e.patient == patient)
			.ok_or(Error::<T>::UnknownExport)?;
		Self::remove_export(export, &e);
		let nonce = Self::send_revoke(Some(who), export, e.to.chain, &e.account);
		Self::deposit_event(Event::ExportRevoked { patient, export, nonce });
		Ok(())
	}

	/// [`Pallet::share_record_with`] once `who` is known to operate `organization`.
	pub(crate) fn do_share_record(
		who: &T::AccountId,
		organization: OrganizationId,
		record: RecordId,
		chain: ChainId,
	) -> DispatchResult {
		let r = pallet_ehr_anchor::Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(r.custodian == organization, Error::<T>::NotCustodian);
		let nonce = Self::send_paid(
			who,
			who,
			chain,
			HealthOp::Record {
				record,
				custodian: organization,
				hash: r.hash,
				version: r.version,
				retracted: r.retracted.is_some(),
			},
		)?;
		Self::deposit_event(Event::RecordShared { record, chain, nonce });
		Ok(())
	}

	/// [`Pallet::request_remote_access_from`] once `who` is known to operate `organization`.
	pub(crate) fn do_request_remote_access(
		who: &T::AccountId,
		organization: OrganizationId,
		chain: ChainId,
		patient: T::AccountId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
	) -> DispatchResult {
		let request = NextRequestId::<T>::get();
		let nonce = Self::send_paid(
			who,
			who,
			chain,
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
		Self::deposit_event(Event::AccessRequested { request, organization, chain, nonce });
		Ok(())
	}

	/// End an export that its patient did not revoke (deregistration, governance, its
	/// consent's end, its peer's removal): as a revocation, with a `Revoke` to the peer when
	/// the lease could still apply there, and the deposit back to whoever paid it.
	pub(crate) fn end_export(id: ExportId, e: &ExportOf<T>, reason: ExportEnd) {
		Self::end_export_held_by(id, e, &e.account, reason)
	}

	/// [`Self::end_export`] where the peer's lease names `holder`, not the export's key: a
	/// key rotation the lane could not carry leaves the lease under the old key.
	fn end_export_held_by(id: ExportId, e: &ExportOf<T>, holder: &T::AccountId, reason: ExportEnd) {
		Self::remove_export(id, e);
		// An ended consent is refused by the peer already, and a removed peer gets no more
		// heartbeats. A revocation is sent in the patient's name, as the patient's own is.
		let nonce = match reason {
			ExportEnd::ConsentEnded | ExportEnd::PeerRemoved => None,
			_ => Self::send_revoke(Some(&e.account), id, e.to.chain, holder),
		};
		Self::deposit_event(Event::ExportEnded { patient: e.patient, export: id, reason, nonce });
	}

	/// Send the revocation of export `id` (already removed here), whose lease on `chain`
	/// names `holder`, to that peer: the lane's nonce, or `None` when the lane refused it and
	/// it waits in [`PendingRevokes`] — no heartbeat goes to that peer until it is sent — or
	/// the peer is being removed (its leases lapse without heartbeats). Never refused for a
	/// full lane: each export paid for its revocation when it was made.
	pub(crate) fn send_revoke(
		sender: Option<&T::AccountId>,
		id: ExportId,
		chain: ChainId,
		holder: &T::AccountId,
	) -> Option<MessageNonce> {
		let op = HealthOp::Revoke { export: id, patient: holder.clone() };
		let slot = Peers::<T>::get(chain).filter(PeerInfo::is_active)?.slot;
		match Self::send_on(slot, chain, sender, &op) {
			Ok(nonce) => Some(nonce),
			Err(err) => {
				log::warn!(target: LOG_TARGET, "revocation of {id} pending: {err:?}");
				PendingRevokes::<T>::insert(chain, id, holder.clone());
				Peers::<T>::mutate_extant(chain, |p| {
					p.pending_revokes = p.pending_revokes.saturating_add(1)
				});
				None
			},
		}
	}

	/// Remove an export here and return its deposit to whoever paid it.
	pub(crate) fn remove_export(id: ExportId, e: &ExportOf<T>) {
		Exports::<T>::remove(id);
		Peers::<T>::mutate_extant(e.to.chain, |p| p.exports = p.exports.saturating_sub(1));
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

	/// Send `op` to `chain` as `who`, burning the message fee from `payer` (a full lane is
	/// refused before the fee).
	fn send_paid(
		who: &T::AccountId,
		payer: &T::AccountId,
		chain: ChainId,
		op: HealthOpOf<T>,
	) -> Result<MessageNonce, DispatchError> {
		let slot = Self::active_peer(chain)?.slot;
		Self::ensure_room(slot, 1)?;
		CurrencyOf::<T>::burn_from(
			payer,
			T::MessageFee::get(),
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		Self::send_on(slot, chain, Some(who), &op)
	}

	/// Refuse (`OutboundQueueFull`) unless `slot`'s lane has room for `messages` more.
	pub(crate) fn ensure_room(slot: Slot, messages: u64) -> DispatchResult {
		ensure!(
			T::Lanes::queued(slot).saturating_add(messages) <= T::MaxQueuedMessages::get(),
			Error::<T>::OutboundQueueFull
		);
		Ok(())
	}

	/// Queue `op` to active peer `chain` when its lane has room.
	pub(crate) fn send(
		chain: ChainId,
		sender: Option<&T::AccountId>,
		op: HealthOpOf<T>,
	) -> Result<MessageNonce, DispatchError> {
		let slot = Self::active_peer(chain)?.slot;
		Self::ensure_room(slot, 1)?;
		Self::send_on(slot, chain, sender, &op)
	}

	/// Wrap `op` in XCM addressed to `chain` and queue it on `slot`'s lane (no room check).
	pub(crate) fn send_on(
		slot: Slot,
		chain: ChainId,
		sender: Option<&T::AccountId>,
		op: &HealthOpOf<T>,
	) -> Result<MessageNonce, DispatchError> {
		let this = ThisChain::<T>::get().ok_or(Error::<T>::NotStarted)?;
		T::Lanes::send(slot, encode_message::<T::AccountId>(this, chain, sender, op))
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
			let chain = e.to.chain;
			let sent = Self::active_peer(chain).and_then(|p| {
				Self::ensure_room(p.slot, 2)?;
				// In the patient's name, as the patient's own lease and revocation are.
				let nonce = Self::send_on(p.slot, chain, Some(new), &lease)?;
				let revoke = HealthOp::Revoke { export: id, patient: old.clone() };
				Self::send_on(p.slot, chain, Some(new), &revoke)?;
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
				// The lane is full (or the peer is being removed): the export ends here,
				// visibly, with its deposit back (to the new key), and the old key's lease is
				// revoked as any ended export's is.
				Err(_) => Self::end_export_held_by(id, &e, old, ExportEnd::RekeyNotSent),
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
