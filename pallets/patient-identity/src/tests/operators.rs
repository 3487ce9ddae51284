//! An admin's operator keys: `add_operator`, `accept_operator` and `remove_operator`.

use super::*;

#[test]
fn operators_are_managed_by_the_admin() {
	test(|| {
		let org = hospital(OrganizationRoles::NONE);
		System::assert_last_event(
			Event::OperatorAdded { organization: org, operator: OPERATOR }.into(),
		);
		assert_eq!(OrganizationOf::<Test>::get(OPERATOR), Some(org));
		assert!(!OperatorInvitations::<Test>::contains_key(org));
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(OPERATOR), 12),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(STRANGER), 12),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::AlreadyMember
		);
		register(PATIENT);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), PATIENT),
			Error::<Test>::AlreadyPatient
		);
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), 12));
		System::assert_last_event(
			Event::OperatorInvited { organization: org, operator: 12 }.into(),
		);
		assert!(OrganizationOf::<Test>::get(12).is_none());
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), 12),
			Error::<Test>::AlreadyInvited
		);
		assert_noop!(
			Identity::accept_operator(RuntimeOrigin::signed(13), org),
			Error::<Test>::NotInvited
		);
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(12), org));
		assert_eq!(OrganizationOf::<Test>::get(12), Some(org));
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), 13));
		// Operators and open invitations together are bounded.
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), 14),
			Error::<Test>::TooManyOperators
		);
		// The admin withdraws an invitation not yet accepted.
		assert_ok!(Identity::remove_operator(RuntimeOrigin::signed(ADMIN), 13));
		System::assert_last_event(
			Event::OperatorInvitationWithdrawn { organization: org, operator: 13 }.into(),
		);
		assert_noop!(
			Identity::accept_operator(RuntimeOrigin::signed(13), org),
			Error::<Test>::NotInvited
		);
		assert_ok!(Identity::remove_operator(RuntimeOrigin::signed(ADMIN), OPERATOR));
		System::assert_last_event(
			Event::OperatorRemoved { organization: org, operator: OPERATOR }.into(),
		);
		assert!(OrganizationOf::<Test>::get(OPERATOR).is_none());
		assert_noop!(
			Identity::remove_operator(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::NotOrganizationOperator
		);
		assert_noop!(
			Identity::remove_operator(RuntimeOrigin::signed(12), 13),
			Error::<Test>::NotAdmin
		);
	});
}
