//! The functions behind the runtime API.

use super::*;

#[test]
fn runtime_api_views_list_codes() {
	test(|| {
		let p = setup();
		grant_to(0, Some(9));
		let v = Consent::consents_view(p);
		assert_eq!(v.grants[0].categories, vec![Category::Medications, Category::Laboratory]);
		assert_eq!(v.grants[0].purposes, vec![Purpose::Treatment]);
		assert_eq!(v.grants[0].expires_at, Some(9));
		assert_eq!(
			Consent::check_access_u64(&PATIENT, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, expires_at: Some(9) }
		);
	});
}
