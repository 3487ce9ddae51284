//! `onboard_patient`, `end_sponsorship` and the deposit ledger.

use super::*;

/// Account 99 has no balance at all.
const BROKE: AccountId = 99;

fn sponsor_held(reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &ADMIN)
}

fn onboard(who: AccountId) {
	assert_ok!(Identity::onboard_patient(RuntimeOrigin::signed(OPERATOR), who));
}

/// The patient `from` offers its identity to `to`, which claims it.
fn rotate(from: AccountId, to: AccountId) {
	let patient = PatientIdOf::<Test>::get(from).expect("a patient");
	assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(from), to));
	assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(to), patient));
}

#[test]
fn an_onboarded_key_with_no_balance_registers_and_its_sponsor_holds_the_deposits() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		System::assert_last_event(
			Event::PatientOnboarded { account: BROKE, organization: 0 }.into(),
		);
		assert_eq!(System::sufficients(&BROKE), 1);
		let id = register(BROKE);
		assert_eq!(Balances::balance(&BROKE), 0);
		assert_eq!(held(BROKE), 0);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 5);
		assert_eq!(Balances::balance(&ADMIN), admin_before - 15);
		assert_eq!(SponsorHeld::<Test>::get(0), 15);
		assert_eq!(System::sufficients(&BROKE), 2);
		assert_eq!(
			SponsoredDeposits::<Test>::get(id, DepositKey::Registration).map(|d| d.payer),
			Some(ADMIN)
		);
	});
}

#[test]
fn deregistering_returns_every_deposit_to_the_sponsor() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		let id = register(BROKE);
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(Balances::balance(&ADMIN), admin_before);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 0);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 0);
		assert_eq!(SponsorHeld::<Test>::get(0), 0);
		assert!(!Sponsorships::<Test>::contains_key(BROKE));
		assert!(!SponsoredDeposits::<Test>::contains_key(id, DepositKey::Registration));
		assert_eq!(System::sufficients(&BROKE), 0);
	});
}

#[test]
fn ending_a_sponsorship_keeps_the_patient_and_its_deposit_with_the_sponsor() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		let id = register(BROKE);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(ADMIN), BROKE));
		System::assert_last_event(
			Event::SponsorshipEnded { account: BROKE, organization: 0 }.into(),
		);
		// The patient stays registered and its key exists; the onboarding deposit came back.
		assert!(Patients::<Test>::contains_key(id));
		assert_eq!(System::sufficients(&BROKE), 1);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Unsponsored);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 0);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		// The registration deposit goes back to the sponsor when the patient leaves.
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(Balances::balance(&ADMIN), admin_before);
		assert_eq!(Balances::balance(&BROKE), 0);
	});
}

#[test]
fn a_sponsorship_follows_the_identity_to_a_new_key() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		let id = register(BROKE);
		rotate(BROKE, NEW_KEY);
		assert!(Sponsorships::<Test>::contains_key(NEW_KEY));
		assert!(!Sponsorships::<Test>::contains_key(BROKE));
		assert_eq!(System::sufficients(&NEW_KEY), 2);
		assert_eq!(System::sufficients(&BROKE), 0);
		// Nothing moved: the deposit is the sponsor's, recorded by patient id.
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		assert_eq!(held(NEW_KEY), 0);
		assert_eq!(
			SponsoredDeposits::<Test>::get(id, DepositKey::Registration).map(|d| d.payer),
			Some(ADMIN)
		);
		// A sponsored key cannot be the target of another patient's rotation.
		register(PATIENT);
		onboard(GUARDIAN);
		assert_noop!(
			Identity::rotate_key(RuntimeOrigin::signed(PATIENT), GUARDIAN),
			Error::<Test>::InvalidNewKey
		);
	});
}

#[test]
fn onboarding_is_refused_to_non_members_twice_and_above_the_sponsor_bound() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(STRANGER), BROKE),
			Error::<Test>::NotOperator
		);
		onboard(BROKE);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), BROKE),
			Error::<Test>::AlreadySponsored
		);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::AlreadyMember
		);
		// MaxSponsoredDeposits is 200 and each onboarding holds 5: 39 more fit, the 41st not.
		for who in 100..139 {
			onboard(who);
		}
		assert_eq!(SponsorHeld::<Test>::get(0), 200);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), 139),
			Error::<Test>::SponsorLimitReached
		);
		// A sponsored registration past the bound is refused too, and changes nothing.
		assert_noop!(
			Identity::register_patient(RuntimeOrigin::signed(BROKE), c(1)),
			Error::<Test>::SponsorLimitReached
		);
	});
}

#[test]
fn only_the_sponsor_or_the_key_ends_a_sponsorship() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		assert_noop!(
			Identity::end_sponsorship(RuntimeOrigin::signed(STRANGER), BROKE),
			Error::<Test>::NotSponsor
		);
		assert_noop!(
			Identity::end_sponsorship(RuntimeOrigin::signed(ADMIN), STRANGER),
			Error::<Test>::NotSponsored
		);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(BROKE), BROKE));
		// Not registered: the key's only reference went with the sponsorship.
		assert_eq!(System::sufficients(&BROKE), 0);
	});
}

#[test]
fn the_allowance_of_sponsored_transactions_renews_each_period() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		// SponsoredTransactionsPerPeriod is 3, SponsorshipPeriod 10 blocks.
		for _ in 0..3 {
			assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Payer(ADMIN));
			Identity::use_allowance(&BROKE);
		}
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::AllowanceUsed);
		System::set_block_number(10);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::AllowanceUsed);
		System::set_block_number(11);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Payer(ADMIN));
		Identity::use_allowance(&BROKE);
		assert_eq!(
			Sponsorships::<Test>::get(BROKE).map(|s| (s.period_start, s.used)),
			Some((11, 1))
		);
		// Unsponsored keys have no allowance to use.
		assert_eq!(Identity::sponsored_fee(&STRANGER), SponsoredFee::Unsponsored);
	});
}
