//! Sharing record references, and the outbound lane's bound on what is sent.

use super::*;

#[test]
fn a_shared_record_verifies_on_the_peer() {
	let mut net = Net::new();
	let (record, hash) = (H256::repeat_byte(7), H256::repeat_byte(8));
	net.on_a(|| {
		assert_ok!(Identity::link_patient(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			P,
			H256::repeat_byte(9)
		));
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			P,
			Category::Laboratory,
			Format::FhirR4(FhirResource::Observation),
			hash,
			None
		));
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), H256::repeat_byte(1)),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(PATIENT)), record),
			pallet_patient_identity::Error::<Test>::NotOperator
		);
		assert_ok!(Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record));
	});
	net.on_b(|| assert_eq!(Bridge::verify_remote(record, hash, None), RemoteVerdict::Unknown));
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	let custodian = RemoteOrg { chain: CHAIN_A.into(), organization: 0 };
	net.on_b(|| {
		assert_eq!(
			Bridge::verify_remote(record, hash, None),
			RemoteVerdict::Current { custodian, version: 1 }
		);
		assert_eq!(
			Bridge::verify_remote(record, H256::repeat_byte(9), Some(CHAIN_A.into())),
			RemoteVerdict::Mismatch { custodian, version: 1 }
		);
	});
	net.invariants();
}

#[test]
fn the_outbound_queue_is_bounded_and_a_refused_send_costs_nothing() {
	let mut net = Net::new();
	net.on_a(|| {
		let record = H256::repeat_byte(7);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			P,
			Category::Laboratory,
			Format::Pdf,
			H256::repeat_byte(8),
			None
		));
		for _ in 0..8 {
			assert_ok!(Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record));
		}
		let free = Balances::free_balance(account(HOSPITAL_OP));
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record),
			Error::<Test>::OutboundQueueFull
		);
		assert_eq!(Balances::free_balance(account(HOSPITAL_OP)), free);
	});
	net.invariants();
}
