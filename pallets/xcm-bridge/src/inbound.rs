//! What this chain receives: each inbound message is decoded, checked against the peer of the
//! slot it arrived on and its destination, and applied in a storage transaction of its own; one that cannot be applied leaves nothing
//! behind and is reported to its sender (`Failed`). An access request from the peer is
//! answered here by this chain's exports; a failure report of a lease sent from here undoes
//! its export.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	storage::{with_transaction, TransactionOutcome},
};
use pallet_consent::{Category, DenyReason, Purpose};
use pallet_patient_identity::OrganizationId;

impl<T: Config> Pallet<T> {
	/// Apply one inbound message (from `slot`'s lane) and report the outcome.
	pub fn receive(slot: Slot, nonce: MessageNonce, payload: Result<Vec<u8>, ()>) -> Outcome {
		let result = payload
			.map_err(|_| FailReason::BadMessage)
			.and_then(|bytes| decode_message::<T::AccountId>(&bytes).ok_or(FailReason::BadMessage))
			.and_then(|Decoded { destination, chain, sender, op }| {
				let from_peer = Slots::<T>::get(slot) == Some(chain)
					&& Peers::<T>::get(chain).is_some_and(|p| p.is_active());
				if !from_peer {
					return Err(FailReason::WrongOrigin);
				}
				// A message without a destination comes from a chain not yet upgraded, which
				// can only be the peer of slot 0 (the one slot there was).
				let for_us = match destination {
					Some(d) => ThisChain::<T>::get() == Some(d),
					None => slot == 0,
				};
				if !for_us {
					return Err(FailReason::WrongDestination);
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
					Self::report(chain, nonce, &op, reason);
					reason
				})
			});
		match result {
			Ok(_) => {
				Self::deposit_event(Event::MessageApplied { slot, nonce });
				Outcome::Applied
			},
			Err(reason) => {
				Self::deposit_event(Event::MessageRejected { slot, nonce, reason });
				Outcome::Rejected(reason)
			},
		}
	}

	/// Tell `chain` its message failed — unless that message was itself a report, an answer
	/// or a heartbeat (no ping-pong).
	fn report(chain: ChainId, nonce: MessageNonce, op: &HealthOpOf<T>, reason: FailReason) {
		let export = match op {
			HealthOp::Lease { export, .. } => Some(*export),
			HealthOp::Failed { .. }
			| HealthOp::AccessAnswer { .. }
			| HealthOp::Heartbeat { .. } => return,
			_ => None,
		};
		if let Err(e) = Self::send(chain, None, HealthOp::Failed { nonce, export, reason }) {
			log::warn!(target: LOG_TARGET, "report of {nonce} not sent: {e:?}");
		}
	}

	/// Apply `op`, sent from peer `chain` by `sender` if an account sent it, or say why it
	/// cannot be applied (the caller then rolls back whatever it wrote).
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
				if !HeldLeases::<T>::contains_key((chain, &patient, export)) {
					let count = LeaseCount::<T>::get(&patient);
					if count >= T::MaxLeasesPerPatient::get() {
						return Err(FailReason::TooManyLeases);
					}
					LeaseCount::<T>::insert(&patient, count + 1);
				}
				HeldLeases::<T>::insert(
					(chain, &patient, export),
					Lease { chain, organization, scope, valid_until },
				);
				Self::deposit_event(Event::LeaseReceived {
					chain,
					patient,
					export,
					organization,
					valid_until,
				});
			},
			// Sent only by chains of spec 114 and before, before they upgrade: ignored, so that
			// no message costs a renewal list's weight. Their leases here lapse until their
			// heartbeats (spec 115 on) carry them again — the fail-safe direction.
			HealthOp::Renew(_) => {},
			HealthOp::Heartbeat { valid_until } => {
				// However far the peer's clock runs ahead, no further than one longest lease
				// period from this chain's now.
				let until = valid_until.min(now.saturating_add(MAX_LEASE_PERIOD_MS));
				Peers::<T>::mutate_extant(chain, |p| p.live_until = p.live_until.max(until));
				Self::deposit_event(Event::HeartbeatReceived { chain, valid_until: until });
			},
			HealthOp::Revoke { export, patient } => {
				if HeldLeases::<T>::contains_key((chain, &patient, export)) {
					Self::forget_lease(chain, &patient, export);
					Self::deposit_event(Event::LeaseRevoked { chain, patient, export });
				}
			},
			HealthOp::Record { record, custodian, hash, version, retracted } => {
				let newer = SharedRecords::<T>::get(chain, record)
					.is_none_or(|r| (version, retracted) >= (r.version, r.retracted));
				if newer {
					let custodian = RemoteOrg { chain, organization: custodian };
					SharedRecords::<T>::insert(
						chain,
						record,
						RemoteRecord { custodian, hash, version, retracted },
					);
					Self::deposit_event(Event::RemoteRecordReceived { record, custodian, version });
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
				Self::send(chain, None, HealthOp::AccessAnswer { request, organization, answer })
					.map_err(|_| FailReason::Busy)?;
				Self::deposit_event(Event::AccessRequestAnswered { request, organization, answer });
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
				Self::deposit_event(Event::MessageFailed { chain, nonce, reason });
			},
		}
		Ok(())
	}

	/// Drop a patient's leases whose consent has ended (at most `MaxLeasesPerPatient` are
	/// visited). A lease that only lapsed is kept: a heartbeat from its home chain, delayed by
	/// a stalled relay, may still carry it, and its home chain revokes it when it ends.
	fn prune_leases(patient: &T::AccountId, now: u64) {
		let mut left = T::MaxLeasesPerPatient::get() as usize;
		let mut ended: Vec<(ChainId, ExportId)> = Vec::new();
		for chain in Peers::<T>::iter_keys() {
			for (id, l) in HeldLeases::<T>::iter_prefix((chain, patient)).take(left) {
				left = left.saturating_sub(1);
				if l.scope.expires_at.is_some_and(|e| e <= now) {
					ended.push((chain, id));
				}
			}
		}
		for (chain, id) in ended {
			Self::forget_lease(chain, patient, id);
		}
	}

	/// Drops a lease held here, which the caller knows exists, and its place in the
	/// patient's `LeaseCount`.
	pub(crate) fn forget_lease(chain: ChainId, patient: &T::AccountId, export: ExportId) {
		HeldLeases::<T>::remove((chain, patient, export));
		LeaseCount::<T>::mutate_exists(patient, |c| {
			*c = c.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
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
}
