//! The runtime API's views of patients and organizations.

use super::*;

#[test]
fn runtime_api_views() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::CUSTODIAN);
		let v = Identity::patient_view(p).unwrap();
		assert_eq!((v.id, v.account, v.deposit, v.registered_at), (p, PATIENT, 10, 1));
		let o = Identity::organization_view(org).unwrap();
		assert_eq!(
			(o.admin, o.operators, o.roles),
			(ADMIN, vec![OPERATOR], OrganizationRoles::CUSTODIAN)
		);
		assert!(Identity::patient_view(9).is_none());
	});
}
