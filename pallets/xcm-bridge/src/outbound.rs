//! What this chain sends: consent exports and the leases they send, the renewal schedule that
//! keeps those leases alive, revocations and ends (also when a patient's key changes or the
//! patient deregisters, through [`pallet_patient_identity::PatientLifecycle`]), record
//! references and access requests — and the lane bound and message fee every send goes
//! through.

use crate::*;
use alloc::vec::Vec;
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
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// The wall-clock time, in UNIX ms: what leases are measured in.
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

	/// [`Pallet::export_consent`] once `who` may act for `patient` (whose key is `account`)
	/// and the scope is valid: schedule its renewal, send its lease (the fee paid by the
	/// patient's sponsor, if any, else by `who`), hold its deposit and record it.
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
		Self::schedule_renewal(id, Self::now_block().saturating_add(Self::renew_interval()))?;
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
			Export { patient, account, to, scope, valid_until, deposit, lease_nonce: nonce },
		);
		ExportsOf::<T>::insert(patient, exports);
		NextExportId::<T>::put(id.saturating_add(1));
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
		// Best effort: if the lane is full the lease still lapses within a period.
		let nonce = Self::send(Some(who), HealthOp::Revoke { export, patient: e.account }).ok();
		Self::deposit_event(Event::ExportRevoked { patient, export, nonce });
		Ok(())
	}

	/// [`Pallet::share_record`] once `who` is known to operate `organization`.
	pub(crate) fn do_share_record(
		who: &T::AccountId,
		organization: OrganizationId,
		record: RecordId,
	) -> DispatchResult {
		let r = pallet_ehr_anchor::Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(r.custodian == organization, Error::<T>::NotCustodian);
		Peer::<T>::get().ok_or(Error::<T>::NoPeer)?;
		let nonce = Self::send_paid(
			who,
			who,
			HealthOp::Record {
				record,
				custodian: organization,
				hash: r.hash,
				version: r.version,
				retracted: r.retracted.is_some(),
			},
		)?;
		Self::deposit_event(Event::RecordShared { record, nonce });
		Ok(())
	}

	/// [`Pallet::request_remote_access`] once `who` is known to operate `organization`.
	pub(crate) fn do_request_remote_access(
		who: &T::AccountId,
		organization: OrganizationId,
		patient: T::AccountId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
	) -> DispatchResult {
		Peer::<T>::get().ok_or(Error::<T>::NoPeer)?;
		let request = NextRequestId::<T>::get();
		let nonce = Self::send_paid(
			who,
			who,
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
					unplaced.extend(Self::schedule_renewals(&ids, n.saturating_add(One::one())));
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

	/// End an export that its patient did not revoke (deregistration, governance, its
	/// consent's end, no renewal slot): as a revocation, with a `Revoke` to the peer when
	/// the lease could still apply there, and the deposit back to whoever paid it.
	pub(crate) fn end_export(id: ExportId, e: &ExportOf<T>, reason: ExportEnd) {
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
		Self::deposit_event(Event::ExportEnded { patient: e.patient, export: id, reason, nonce });
	}

	/// Remove an export here and return its deposit to whoever paid it.
	pub(crate) fn remove_export(id: ExportId, e: &ExportOf<T>) {
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

	/// Refuse (`OutboundQueueFull`) unless the lane has room for `messages` more.
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
