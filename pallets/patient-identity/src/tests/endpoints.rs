//! An organization's gateway endpoint: `set_endpoint`, its validation and its deposit.

use super::*;
use codec::{Decode, Encode};
use frame_support::{
	dispatch::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};

/// `EndpointDeposit` in the test configuration.
const DEPOSIT: Balance = 7;
/// Account 99 has no balance at all.
const BROKE: AccountId = 99;

type MaxLen = <Test as crate::Config>::MaxEndpointLen;

fn url(s: &str) -> BoundedVec<u8, MaxLen> {
	s.as_bytes().to_vec().try_into().expect("test endpoints are short")
}

fn set(who: AccountId, endpoint: Option<&str>) -> DispatchResult {
	Identity::set_endpoint(RuntimeOrigin::signed(who), endpoint.map(url))
}

fn endpoint_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Endpoint.into(), &who)
}

/// An `https://` URL of exactly `len` bytes.
fn https_of_len(len: usize) -> Vec<u8> {
	let mut url = ENDPOINT_SCHEME_HTTPS.to_vec();
	url.resize(len, b'a');
	url
}

/// Refused by the validation: wrong or missing scheme, nothing after the scheme, spaces,
/// control characters, non-ASCII, empty.
const INVALID: [&str; 11] = [
	"ftp://fhir.example.org",
	"fhir.example.org",
	"HTTPS://fhir.example.org",
	"https:/fhir.example.org",
	"https://",
	"http://",
	"",
	"https://fhir example.org",
	" https://fhir.example.org",
	"https://fhir.example.org/r4\n",
	"https://exämple.org",
];

#[test]
fn endpoint_validation() {
	for good in [
		"https://fhir.example.org/r4",
		"http://127.0.0.1:8080/fhir",
		"https://a",
		"https://[::1]:8443/fhir?_format=json&x=%20~",
	] {
		assert!(is_valid_endpoint(good.as_bytes()), "{good:?} is valid");
	}
	for bad in INVALID {
		assert!(!is_valid_endpoint(bad.as_bytes()), "{bad:?} is invalid");
	}
	// Every byte from 0x21 to 0x7e is accepted after the scheme, every other byte refused.
	for b in 0..=u8::MAX {
		let url = [ENDPOINT_SCHEME_HTTPS, &[b][..]].concat();
		assert_eq!(is_valid_endpoint(&url), (0x21..=0x7e).contains(&b), "byte {b:#04x}");
	}
}

#[test]
fn the_admin_publishes_replaces_and_withdraws_the_endpoint() {
	test(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		let free = Balances::balance(&ADMIN);
		assert_eq!(Identity::endpoint_of(org), None);

		assert_ok!(set(ADMIN, Some("https://fhir.example.org/r4")));
		System::assert_last_event(
			Event::EndpointSet {
				organization: org,
				endpoint: Some(url("https://fhir.example.org/r4")),
			}
			.into(),
		);
		assert_eq!(Identity::endpoint_of(org), Some(b"https://fhir.example.org/r4".to_vec()));
		assert_eq!(endpoint_held(ADMIN), DEPOSIT);
		assert_eq!(Balances::balance(&ADMIN), free - DEPOSIT);

		// A new URL keeps the one hold.
		assert_ok!(set(ADMIN, Some("http://127.0.0.1:8080/fhir")));
		System::assert_last_event(
			Event::EndpointSet {
				organization: org,
				endpoint: Some(url("http://127.0.0.1:8080/fhir")),
			}
			.into(),
		);
		assert_eq!(Identity::endpoint_of(org), Some(b"http://127.0.0.1:8080/fhir".to_vec()));
		assert_eq!(endpoint_held(ADMIN), DEPOSIT);
		assert_eq!(Balances::balance(&ADMIN), free - DEPOSIT);
		assert_eq!(
			Endpoints::<Test>::get(org).map(|e| (e.depositor, e.deposit)),
			Some((ADMIN, DEPOSIT))
		);

		// Withdrawing returns the deposit.
		assert_ok!(set(ADMIN, None));
		System::assert_last_event(Event::EndpointSet { organization: org, endpoint: None }.into());
		assert!(!Endpoints::<Test>::contains_key(org));
		assert_eq!(Identity::endpoint_of(org), None);
		assert_eq!(endpoint_held(ADMIN), 0);
		assert_eq!(Balances::balance(&ADMIN), free);
		assert_noop!(set(ADMIN, None), Error::<Test>::NoEndpoint);

		// Publishing again holds the deposit again.
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		assert_eq!(endpoint_held(ADMIN), DEPOSIT);
	});
}

#[test]
fn a_longest_endpoint_is_accepted_and_a_longer_one_cannot_be_built_or_decoded() {
	test(|| {
		assert_eq!(<MaxLen as Get<u32>>::get(), 256);
		let org = hospital(OrganizationRoles::CUSTODIAN);
		let longest: BoundedVec<u8, MaxLen> = https_of_len(256).try_into().expect("256 bytes fit");
		assert_ok!(Identity::set_endpoint(RuntimeOrigin::signed(ADMIN), Some(longest)));
		assert_eq!(Identity::endpoint_of(org), Some(https_of_len(256)));

		let too_long = https_of_len(257);
		assert!(BoundedVec::<u8, MaxLen>::try_from(too_long.clone()).is_err());
		// Nor can a transaction carry one: the call's argument does not decode.
		let encoded = Some(too_long).encode();
		assert!(Option::<BoundedVec<u8, MaxLen>>::decode(&mut &encoded[..]).is_err());
	});
}

#[test]
fn only_the_admin_sets_the_endpoint() {
	test(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		register(PATIENT);
		// There is no organization argument: the organization is the one the signer
		// administers, so an operator, a patient or a key of no organization is refused alike.
		for who in [OPERATOR, PATIENT, STRANGER] {
			assert_noop!(set(who, Some("https://fhir.example.org")), Error::<Test>::NotAdmin);
		}
		assert_noop!(
			Identity::set_endpoint(RuntimeOrigin::root(), Some(url("https://fhir.example.org"))),
			DispatchError::BadOrigin
		);
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		for who in [OPERATOR, PATIENT, STRANGER] {
			assert_noop!(set(who, Some("https://evil.example.org")), Error::<Test>::NotAdmin);
			assert_noop!(set(who, None), Error::<Test>::NotAdmin);
		}
		assert_eq!(Identity::endpoint_of(org), Some(b"https://fhir.example.org".to_vec()));
	});
}

#[test]
fn a_suspended_organizations_admin_still_manages_its_endpoint() {
	test(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), org));
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		assert_ok!(set(ADMIN, None));
		assert_eq!(endpoint_held(ADMIN), 0);
	});
}

#[test]
fn invalid_endpoints_are_refused_and_nothing_is_held() {
	test(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		for bad in INVALID {
			assert_noop!(set(ADMIN, Some(bad)), Error::<Test>::InvalidEndpoint);
		}
		assert_eq!(endpoint_held(ADMIN), 0);
		// Nor does an invalid one replace a published endpoint.
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		for bad in INVALID {
			assert_noop!(set(ADMIN, Some(bad)), Error::<Test>::InvalidEndpoint);
		}
		assert_eq!(Identity::endpoint_of(org), Some(b"https://fhir.example.org".to_vec()));
		assert_eq!(endpoint_held(ADMIN), DEPOSIT);
	});
}

#[test]
fn an_admin_who_cannot_pay_the_deposit_publishes_nothing() {
	test(|| {
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			BROKE,
			OrganizationKind::Clinic,
			OrganizationRoles::NONE
		));
		assert_noop!(
			set(BROKE, Some("https://fhir.example.org")),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn the_deposit_goes_back_to_the_account_it_was_held_on() {
	test(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		let free = Balances::balance(&ADMIN);
		// No call changes an organization's admin today; one added later must not strand the
		// deposit. Hand the organization to a new admin key as such a call would.
		const NEW_ADMIN: AccountId = 12;
		Organizations::<Test>::mutate(org, |o| o.as_mut().expect("registered").admin = NEW_ADMIN);
		OrganizationOf::<Test>::remove(ADMIN);
		OrganizationOf::<Test>::insert(NEW_ADMIN, org);
		// The new admin replaces the URL: nothing more is held, on either key.
		assert_ok!(set(NEW_ADMIN, Some("https://fhir2.example.org")));
		assert_eq!((endpoint_held(ADMIN), endpoint_held(NEW_ADMIN)), (DEPOSIT, 0));
		// And withdraws it: the deposit goes back to the admin who paid it.
		assert_ok!(set(NEW_ADMIN, None));
		assert_eq!((endpoint_held(ADMIN), endpoint_held(NEW_ADMIN)), (0, 0));
		assert_eq!(Balances::balance(&ADMIN), free + DEPOSIT);
	});
}

#[test]
fn the_invariants_catch_an_unbacked_or_orphaned_endpoint() {
	new_test_ext().execute_with(|| {
		let org = hospital(OrganizationRoles::CUSTODIAN);
		assert_ok!(set(ADMIN, Some("https://fhir.example.org")));
		assert_ok!(Identity::do_try_state());
		// The deposit released behind the pallet's back.
		assert_ok!(<Balances as MutateHold<AccountId>>::release(
			&HoldReason::Endpoint.into(),
			&ADMIN,
			DEPOSIT,
			Precision::Exact
		));
		assert!(Identity::do_try_state().is_err());
		assert_ok!(<Balances as MutateHold<AccountId>>::hold(
			&HoldReason::Endpoint.into(),
			&ADMIN,
			DEPOSIT
		));
		assert_ok!(Identity::do_try_state());
		// An endpoint of an organization that does not exist.
		let mut orphan = Endpoints::<Test>::get(org).expect("published");
		orphan.deposit = 0;
		Endpoints::<Test>::insert(org + 1, orphan);
		assert!(Identity::do_try_state().is_err());
	});
}
