//! Governance's calls: `register_organization`, `suspend_organization`,
//! `reinstate_organization` and `set_organization_roles`.

use super::*;

#[test]
fn organization_lifecycle() {
	test(|| {
		let roles = OrganizationRoles::EMERGENCY_ACCESS | OrganizationRoles::CUSTODIAN;
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			ADMIN,
			OrganizationKind::Laboratory,
			roles
		));
		System::assert_last_event(
			Event::OrganizationRegistered {
				organization: 0,
				admin: ADMIN,
				kind: OrganizationKind::Laboratory,
				roles,
			}
			.into(),
		);
		assert_eq!(OrganizationOf::<Test>::get(ADMIN), Some(0));
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		System::assert_last_event(Event::OrganizationSuspended { organization: 0 }.into());
		assert_noop!(
			Identity::ensure_operator(&ADMIN).map(|_| ()),
			Error::<Test>::OrganizationSuspended
		);
		assert_ok!(Identity::reinstate_organization(RuntimeOrigin::root(), 0));
		System::assert_last_event(Event::OrganizationReinstated { organization: 0 }.into());
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			0,
			OrganizationRoles::NONE
		));
		System::assert_last_event(
			Event::OrganizationRolesSet { organization: 0, roles: OrganizationRoles::NONE }.into(),
		);
		assert_eq!(Identity::organization(0).unwrap().roles, OrganizationRoles::NONE);
	});
}

#[test]
fn organization_governance_errors() {
	test(|| {
		let signed = RuntimeOrigin::signed(ADMIN);
		assert_noop!(
			Identity::register_organization(
				signed.clone(),
				ADMIN,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				ADMIN,
				OrganizationKind::Clinic,
				OrganizationRoles(0x40)
			),
			Error::<Test>::InvalidFlags
		);
		register(PATIENT);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				PATIENT,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			Error::<Test>::AlreadyPatient
		);
		hospital(OrganizationRoles::NONE);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				OPERATOR,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			Error::<Test>::AlreadyMember
		);
		assert_noop!(Identity::suspend_organization(signed.clone(), 0), DispatchError::BadOrigin);
		assert_noop!(
			Identity::suspend_organization(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::reinstate_organization(RuntimeOrigin::root(), 0),
			Error::<Test>::NotSuspended
		);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_noop!(
			Identity::suspend_organization(RuntimeOrigin::root(), 0),
			Error::<Test>::AlreadySuspended
		);
		assert_noop!(Identity::reinstate_organization(signed.clone(), 0), DispatchError::BadOrigin);
		assert_noop!(
			Identity::reinstate_organization(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::set_organization_roles(signed, 0, OrganizationRoles::NONE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Identity::set_organization_roles(RuntimeOrigin::root(), 5, OrganizationRoles::NONE),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::set_organization_roles(RuntimeOrigin::root(), 0, OrganizationRoles(0xff)),
			Error::<Test>::InvalidFlags
		);
	});
}
