//! Tests of `log_releases`: attested entries extend the same audit chains as `log_access`,
//! whatever consent says at inclusion, and a refused call records nothing.

use super::*;
use sp_runtime::DispatchResult;

/// Patient 1 (account 2).
const Q: PatientId = 1;

/// What the custodian's gateway keeps as evidence (the hash of the reader's client assertion).
fn evidence() -> H256 {
	id(0xee)
}

/// The mock's `MaxAttestationDelay` (typed here: `ConstU64` is a `Get` of two types).
fn max_delay() -> u64 {
	<Test as Config>::MaxAttestationDelay::get()
}

fn release(anchor: Anchor, basis: AccessBasis, purpose: Purpose) -> Release {
	Release { anchor, basis, purpose }
}

/// A release of record `record` for treatment under grant `grant`.
fn treated(record: u8, grant: u32) -> Release {
	release(Anchor::Record(id(record)), AccessBasis::Grant(grant), Purpose::Treatment)
}

/// `log_releases` signed by `who`, naming `reader` and `evidence()`.
fn attest(
	who: AccountId,
	reader: OrganizationId,
	decided_at: u64,
	releases: Vec<Release>,
) -> DispatchResult {
	EhrAnchor::log_releases(
		RuntimeOrigin::signed(who),
		reader,
		evidence(),
		decided_at,
		BoundedVec::truncate_from(releases),
	)
}

/// The `ReleasesAttested` event of the hospital's releases to `reader`.
fn attested(reader: OrganizationId, decided_at: u64, count: u32, not_covered: u32) -> RuntimeEvent {
	Event::ReleasesAttested {
		custodian: HOSPITAL,
		reader,
		evidence: evidence(),
		decided_at,
		count,
		not_covered_at_inclusion: not_covered,
	}
	.into()
}

/// [`setup`], and patient 1 authorises the hospital too. The hospital anchors laboratory
/// record 0xa1 of patient 0 and 0xa2 of patient 1; each patient grants the clinic laboratory
/// data for treatment (grant 0 of each).
fn two_patients() {
	setup();
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(OTHER_PATIENT), None, HOSPITAL));
	anchor_lab_record(id(0xa1), id(0xb1));
	assert_ok!(EhrAnchor::anchor(
		RuntimeOrigin::signed(OP_HOSPITAL),
		id(0xa2),
		Q,
		Category::Laboratory,
		fhir(FhirResource::Observation),
		id(0xb2),
		None
	));
	grant(CLINIC, &[Category::Laboratory], &[]);
	grant_from(OTHER_PATIENT, CLINIC, &[Category::Laboratory], &[]);
}

#[test]
fn releases_extend_each_patients_audit_chain() {
	test(|| {
		two_patients();
		System::set_block_number(20);
		System::reset_events();
		let releases = vec![treated(0xa1, 0), treated(0xa2, 0), treated(0xa1, 0)];
		assert_ok!(attest(OP_HOSPITAL, CLINIC, 15, releases.clone()));
		// The reader is the accessor and the decision's block is `at`; each patient's chain
		// goes on from its own count.
		let entry = |index, r: &Release| AuditEntry {
			index,
			anchor: r.anchor,
			accessor: CLINIC,
			basis: r.basis,
			purpose: r.purpose,
			at: 15,
		};
		let (p0, q0, p1) = (entry(0, &releases[0]), entry(0, &releases[1]), entry(1, &releases[2]));
		let p_head0 = EhrAnchor::next_head(H256::zero(), &p0);
		let q_head0 = EhrAnchor::next_head(H256::zero(), &q0);
		let p_head1 = EhrAnchor::next_head(p_head0, &p1);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead { head: p_head1, count: 2 });
		assert_eq!(AuditTrails::<Test>::get(Q), AuditHead { head: q_head0, count: 1 });
		let events: Vec<RuntimeEvent> = System::events().into_iter().map(|r| r.event).collect();
		assert_eq!(
			events,
			vec![
				Event::AccessLogged { patient: P, entry: p0, head: p_head0 }.into(),
				Event::AccessLogged { patient: Q, entry: q0, head: q_head0 }.into(),
				Event::AccessLogged { patient: P, entry: p1.clone(), head: p_head1 }.into(),
				attested(CLINIC, 15, 3, 0),
			]
		);
		// `log_access` goes on with the same chain.
		assert_ok!(EhrAnchor::log_access(
			RuntimeOrigin::signed(OP_CLINIC),
			Anchor::Record(id(0xa1)),
			AccessBasis::Grant(0),
			Purpose::Treatment
		));
		let p2 = AuditEntry { index: 2, at: 20, ..p1 };
		let p_head2 = EhrAnchor::next_head(p_head1, &p2);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead { head: p_head2, count: 3 });
	});
}

#[test]
fn decisions_up_to_the_delay_bound_are_accepted() {
	test(|| {
		two_patients();
		let now = 10 + max_delay();
		System::set_block_number(now);
		assert_ok!(attest(OP_HOSPITAL, CLINIC, now, vec![treated(0xa1, 0)]));
		assert_ok!(attest(OP_HOSPITAL, CLINIC, now - max_delay(), vec![treated(0xa1, 0)]));
		assert_eq!(last_event(), attested(CLINIC, now - max_delay(), 1, 0));
		assert_eq!(AuditTrails::<Test>::get(P).count, 2);
	});
}

#[test]
fn a_release_whose_grant_was_revoked_since_is_recorded_and_counted() {
	test(|| {
		two_patients();
		// Both records were released at block 10; patient 1 revoked its grant at block 11.
		System::set_block_number(11);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(OTHER_PATIENT), None, 0));
		System::set_block_number(12);
		assert_noop!(
			EhrAnchor::log_access(
				RuntimeOrigin::signed(OP_CLINIC),
				Anchor::Record(id(0xa2)),
				AccessBasis::Grant(0),
				Purpose::Treatment
			),
			Error::<Test>::NoGrant
		);
		assert_ok!(attest(OP_HOSPITAL, CLINIC, 10, vec![treated(0xa1, 0), treated(0xa2, 0)]));
		assert_eq!(last_event(), attested(CLINIC, 10, 2, 1));
		assert_eq!(AuditTrails::<Test>::get(P).count, 1);
		assert_eq!(AuditTrails::<Test>::get(Q).count, 1);
	});
}

#[test]
fn a_reader_suspended_since_still_received_the_data() {
	test(|| {
		two_patients();
		System::set_block_number(12);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), CLINIC));
		assert_ok!(attest(OP_HOSPITAL, CLINIC, 10, vec![treated(0xa1, 0), treated(0xa2, 0)]));
		// Its grants stand, but `log_access` would refuse a suspended organization.
		assert_eq!(last_event(), attested(CLINIC, 10, 2, 2));
		assert_eq!(AuditTrails::<Test>::get(P).count, 1);
		assert_eq!(AuditTrails::<Test>::get(Q).count, 1);
	});
}

#[test]
fn a_retracted_record_is_still_attestable() {
	test(|| {
		two_patients();
		System::set_block_number(12);
		assert_ok!(EhrAnchor::retract(
			RuntimeOrigin::signed(OP_HOSPITAL),
			Anchor::Record(id(0xa1)),
			RetractReason::EnteredInError
		));
		assert_noop!(
			EhrAnchor::log_access(
				RuntimeOrigin::signed(OP_CLINIC),
				Anchor::Record(id(0xa1)),
				AccessBasis::Grant(0),
				Purpose::Treatment
			),
			Error::<Test>::Retracted
		);
		assert_ok!(attest(OP_HOSPITAL, CLINIC, 10, vec![treated(0xa1, 0)]));
		// The grant still covers the read: retraction withdraws the record, not the consent.
		assert_eq!(last_event(), attested(CLINIC, 10, 1, 0));
		assert_eq!(AuditTrails::<Test>::get(P).count, 1);
	});
}

#[test]
fn a_batch_release_is_recorded() {
	test(|| {
		two_patients();
		assert_ok!(EhrAnchor::anchor_batch(
			RuntimeOrigin::signed(OP_HOSPITAL),
			id(0xba),
			P,
			Category::VitalSigns,
			10,
			id(0x77)
		));
		grant(CLINIC, &[Category::VitalSigns], &[HOSPITAL]);
		System::set_block_number(12);
		System::reset_events();
		let batch = release(Anchor::Batch(id(0xba)), AccessBasis::Grant(1), Purpose::Treatment);
		assert_ok!(attest(OP_HOSPITAL, CLINIC, 10, vec![batch]));
		let entry = AuditEntry {
			index: 0,
			anchor: Anchor::Batch(id(0xba)),
			accessor: CLINIC,
			basis: AccessBasis::Grant(1),
			purpose: Purpose::Treatment,
			at: 10,
		};
		let head = EhrAnchor::next_head(H256::zero(), &entry);
		assert_eq!(
			System::events().into_iter().map(|r| r.event).collect::<Vec<_>>(),
			vec![
				Event::AccessLogged { patient: P, entry, head }.into(),
				attested(CLINIC, 10, 1, 0)
			]
		);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead { head, count: 1 });
	});
}

#[test]
fn an_emergency_release_is_covered_only_while_break_glass_is_open() {
	test(|| {
		two_patients();
		System::set_block_number(12);
		let emergency =
			|purpose| release(Anchor::Record(id(0xa1)), AccessBasis::Emergency, purpose);
		// No break-glass access: recorded, not covered.
		assert_ok!(attest(OP_HOSPITAL, ER, 10, vec![emergency(Purpose::EmergencyTreatment)]));
		assert_eq!(last_event(), attested(ER, 10, 1, 1));
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			P,
			EmergencyReason::PatientIncapacitated
		));
		// Open: covered for emergency treatment only.
		assert_ok!(attest(
			OP_HOSPITAL,
			ER,
			10,
			vec![emergency(Purpose::EmergencyTreatment), emergency(Purpose::Treatment)]
		));
		assert_eq!(last_event(), attested(ER, 10, 2, 1));
		assert_eq!(AuditTrails::<Test>::get(P).count, 3);
	});
}

#[test]
fn a_refused_call_records_nothing() {
	test(|| {
		two_patients();
		// The lab's own record of patient 0.
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(OP_LAB),
			id(0xa3),
			P,
			Category::Laboratory,
			fhir(FhirResource::Observation),
			id(0xb3),
			None
		));
		let now = 10 + max_delay();
		System::set_block_number(now);
		let ok = treated(0xa1, 0);
		assert_noop!(attest(PATIENT, CLINIC, now, vec![ok]), IdError::<Test>::NotOperator);
		assert_noop!(attest(OP_HOSPITAL, 99, now, vec![ok]), Error::<Test>::UnknownReader);
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now + 1, vec![ok]),
			Error::<Test>::AttestationInFuture
		);
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now - max_delay() - 1, vec![ok]),
			Error::<Test>::AttestationTooOld
		);
		assert_noop!(attest(OP_HOSPITAL, CLINIC, now, vec![]), Error::<Test>::NoReleases);
		// One bad release refuses the whole call, also after good ones.
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now, vec![ok, treated(0xa9, 0)]),
			Error::<Test>::UnknownRecord
		);
		let unknown_batch =
			release(Anchor::Batch(id(0xa9)), AccessBasis::Grant(0), Purpose::Treatment);
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now, vec![ok, unknown_batch]),
			Error::<Test>::UnknownBatch
		);
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now, vec![ok, treated(0xa3, 0)]),
			Error::<Test>::NotCustodian
		);
		// A suspended custodian attests nothing.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), HOSPITAL));
		assert_noop!(
			attest(OP_HOSPITAL, CLINIC, now, vec![ok]),
			IdError::<Test>::OrganizationSuspended
		);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead::default());
	});
}
