//! `approve_link`, `link_patient`, `remove_link` and `unlink_patient`.

use super::*;

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Identity(e) => Some(e),
			_ => None,
		})
		.next_back()
		.expect("an identity event")
}

#[test]
fn link_patient_first_then_organization() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		System::assert_last_event(Event::LinkAuthorized { patient: p, organization: org }.into());
		assert_eq!(Links::<Test>::get(p, org).unwrap().status, LinkStatus::AwaitingOrganization);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		System::assert_last_event(Event::LinkEstablished { patient: p, organization: org }.into());
		assert_eq!(
			Links::<Test>::get(p, org).unwrap(),
			Link { status: LinkStatus::Active, mrn_commitment: Some(c(7)) }
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().links, 1);
	});
}

#[test]
fn link_organization_first_then_patient_delegate() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		System::assert_last_event(Event::LinkProposed { patient: p, organization: org }.into());
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::IDENTITY
		));
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(GUARDIAN), Some(p), org));
		System::assert_last_event(Event::LinkEstablished { patient: p, organization: org }.into());
		assert_eq!(Links::<Test>::get(p, org).unwrap().status, LinkStatus::Active);
	});
}

#[test]
fn link_errors() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		let po = RuntimeOrigin::signed(PATIENT);
		assert_noop!(
			Identity::approve_link(po.clone(), None, 9),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(STRANGER), p, c(7)),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), 9, c(7)),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(STRANGER), Some(p), org),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Identity::approve_link(po.clone(), None, org));
		assert_noop!(Identity::approve_link(po.clone(), None, org), Error::<Test>::LinkExists);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)),
			Error::<Test>::LinkExists
		);
		// Suspended organizations can neither be linked nor link.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), org));
		let p2 = register(GUARDIAN);
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(GUARDIAN), None, org),
			Error::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p2, c(7)),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn links_are_bounded_per_patient() {
	test(|| {
		register(PATIENT);
		for admin in 10..=13 {
			assert_ok!(Identity::register_organization(
				RuntimeOrigin::root(),
				admin,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			));
		}
		for org in 0..3 {
			assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		}
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, 3),
			Error::<Test>::TooManyLinks
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(13), 0, c(1)),
			Error::<Test>::TooManyLinks
		);
	});
}

#[test]
fn either_side_removes_a_link() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		assert_ok!(Identity::remove_link(RuntimeOrigin::signed(PATIENT), None, org));
		System::assert_last_event(
			Event::LinkRemoved { patient: p, organization: org, by: LinkSide::Patient }.into(),
		);
		assert_noop!(
			Identity::remove_link(RuntimeOrigin::signed(PATIENT), None, org),
			Error::<Test>::NoLink
		);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		// Suspended organizations may still clean up.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), org));
		assert_ok!(Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), p));
		assert!(matches!(last_event(), Event::LinkRemoved { by: LinkSide::Organization, .. }));
		assert_eq!(Patients::<Test>::get(p).unwrap().links, 0);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), p),
			Error::<Test>::NoLink
		);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(STRANGER), p),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), 9),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::remove_link(RuntimeOrigin::signed(STRANGER), Some(p), org),
			Error::<Test>::NotAuthorized
		);
	});
}
