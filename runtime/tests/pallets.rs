//! Runtime-level tests of the identity, consent and record-anchor pallets together, with the
//! runtime's real configuration (deposits, fees, bounds, origins).

mod common;

use common::*;

#[test]
fn organizations_need_governance_and_deposits_are_the_runtime_values() {
	ext().execute_with(|| {
		assert_noop!(
			PatientIdentity::register_organization(
				signed(10),
				who(10),
				OrganizationKind::Hospital,
				OrganizationRoles::NONE
			),
			sp_runtime::DispatchError::BadOrigin
		);
		hospital_and_patient();
		assert_eq!(
			held(pallet_patient_identity::HoldReason::PatientRegistration.into(), 1),
			PatientDeposit::get()
		);
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 1), GrantDeposit::get());
		assert!(matches!(check(1), AccessDecision::Granted { grant: 0, .. }));
		invariants();
	});
}

#[test]
fn guardians_recover_a_patient_who_keeps_grants_links_and_deposits() {
	ext().execute_with(|| {
		hospital_and_patient();
		assert_ok!(PatientIdentity::approve_link(signed(1), None, 0));
		assert_ok!(PatientIdentity::link_patient(signed(11), 0, H256::repeat_byte(9)));
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		for g in [2, 3] {
			assert_ok!(PatientIdentity::add_delegate(
				signed(1),
				who(g),
				DelegatePermissions::RECOVERY
			));
		}
		assert_ok!(PatientIdentity::set_recovery_threshold(signed(1), 2));
		// Key 1 is lost: guardians 2 and 3 vouch for key 4, which claims the identity after
		// the runtime's recovery delay (a day), not before.
		assert_ok!(PatientIdentity::vouch_recovery(signed(2), 0, who(4)));
		assert_ok!(PatientIdentity::vouch_recovery(signed(3), 0, who(4)));
		let approved = System::block_number();
		assert_noop!(
			PatientIdentity::claim_identity(signed(4), 0),
			pallet_patient_identity::Error::<Runtime>::NotClaimableYet
		);
		assert!(matches!(check(1), AccessDecision::Granted { grant: 0, .. }));
		System::set_block_number(approved + medchain_runtime::configs::RECOVERY_DELAY);
		assert_ok!(PatientIdentity::claim_identity(signed(4), 0));
		assert_eq!(PatientIdentity::patient_id_of(&who(4)), Some(0));
		assert!(matches!(check(4), AccessDecision::Granted { grant: 0, .. }));
		assert_eq!(check(1), AccessDecision::Denied(DenyReason::UnknownPatient));
		assert!(pallet_patient_identity::Links::<Runtime>::contains_key(0, 0));
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 4), GrantDeposit::get());
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 1), 0);
		// The new key manages consent; the old one cannot.
		assert_noop!(
			Consent::revoke(signed(1), Some(0), 0),
			pallet_patient_identity::Error::<Runtime>::NotAuthorized
		);
		assert_ok!(Consent::revoke(signed(4), None, 0));
		invariants();
	});
}

#[test]
fn deregistration_ends_access_and_returns_every_deposit() {
	ext().execute_with(|| {
		hospital_and_patient();
		let free = Balances::free_balance(who(1));
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		assert_ok!(Consent::request_access(
			signed(11),
			0,
			scope(&[Category::Imaging], &[Purpose::Treatment]),
			10
		));
		assert_ok!(Consent::break_glass(signed(11), 0, EmergencyReason::LifeThreatening));
		assert_ok!(PatientIdentity::deregister_patient(signed(1)));
		assert_eq!(check(1), AccessDecision::Denied(DenyReason::UnknownPatient));
		assert_eq!(
			Consent::check_patient_access(
				0,
				0,
				Category::Laboratory,
				Purpose::EmergencyTreatment,
				None
			),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(Balances::free_balance(who(1)), free + PatientDeposit::get());
		assert_eq!(held(pallet_consent::HoldReason::RequestDeposit.into(), 11), 0);
		invariants();
	});
}

/// The weight of the grant a patient typically makes (one organization, no custodian
/// restriction, few grants so far), as charged after dispatch, beside a balance transfer's.
/// Both come from benchmarks run on the same machine (`make bench`).
#[test]
fn a_typical_grant_weighs_at_most_twice_a_transfer() {
	ext().execute_with(|| {
		hospital_and_patient();
		let grant = RuntimeCall::Consent(ConsentCall::grant {
			on_behalf_of: None,
			grantees: BoundedVec::truncate_from(vec![0]),
			scope: scope(&[Category::Laboratory], &[Purpose::Treatment]),
			starts_at: None,
			expires_at: None,
		});
		let charged = grant.get_dispatch_info().call_weight;
		let post = grant.dispatch_bypass_filter(signed(1)).expect("the grant succeeds");
		let actual = post.actual_weight.unwrap_or(charged);
		// `transfer_allow_death` is the balance transfer (FRAME's former `transfer`, what the
		// polkadot.js transfer dialog sends by default).
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: who(2).into(),
			value: UNIT,
		})
		.get_dispatch_info()
		.call_weight;
		println!("grant: charged {charged:?}, actual {actual:?}; transfer {transfer:?}");
		assert!(actual.all_lte(charged));
		assert!(
			actual.ref_time() <= 2 * transfer.ref_time(),
			"grant {actual:?} vs transfer {transfer:?}"
		);
	});
}

#[test]
fn anchors_pay_for_their_state_and_batches_are_bounded() {
	ext().execute_with(|| {
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(10),
			OrganizationKind::Hospital,
			OrganizationRoles::CUSTODIAN
		));
		assert_ok!(PatientIdentity::register_patient(signed(1), H256::repeat_byte(1)));
		assert_ok!(PatientIdentity::approve_link(signed(1), None, 0));
		let issuance = Balances::total_issuance();
		// The largest record: a two-byte format code and a locator.
		assert_ok!(EhrAnchor::anchor(
			signed(10),
			H256::repeat_byte(0xa1),
			0,
			Category::Laboratory,
			Format::Other(u16::MAX),
			H256::repeat_byte(0xb1),
			Some(H256::repeat_byte(0xc1))
		));
		assert_eq!(Balances::total_issuance(), issuance - AnchorFee::get(), "the fee is burned");
		// What it added to state (key + value, and its index entry) is within what it paid for.
		let key = pallet_ehr_anchor::Records::<Runtime>::hashed_key_for(H256::repeat_byte(0xa1));
		let value = sp_io::storage::get(&key).expect("stored");
		let index_entry = 33;
		assert!(
			key.len() + value.len() + index_entry <= ANCHOR_BYTES as usize,
			"{} bytes",
			key.len() + value.len() + index_entry
		);
		// Batches up to MAX_BATCH_RECORDS, and not one more.
		let batch = |id: u8, count: u32| {
			EhrAnchor::anchor_batch(
				signed(10),
				H256::repeat_byte(id),
				0,
				Category::VitalSigns,
				count,
				H256::repeat_byte(0x77),
			)
		};
		assert_ok!(batch(1, MAX_BATCH_RECORDS));
		assert_noop!(
			batch(2, MAX_BATCH_RECORDS + 1),
			pallet_ehr_anchor::Error::<Runtime>::InvalidBatchSize
		);
		// A read under break-glass is logged and verifies against the runtime's consent rules.
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(11),
			OrganizationKind::Hospital,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_ok!(Consent::break_glass(signed(11), 0, EmergencyReason::LifeThreatening));
		assert_ok!(EhrAnchor::log_access(
			signed(11),
			Anchor::Record(H256::repeat_byte(0xa1)),
			AccessBasis::Emergency,
			Purpose::EmergencyTreatment
		));
		assert_eq!(pallet_ehr_anchor::AuditTrails::<Runtime>::get(0).count, 1);
		assert!(matches!(
			EhrAnchor::verify(H256::repeat_byte(0xa1), H256::repeat_byte(0xb1)),
			Verdict::Current { version: 1, .. }
		));
		invariants();
	});
}
