//! Access requests to the patient's chain and their answers.

use super::*;

#[test]
fn an_access_request_is_answered_by_the_patients_chain() {
	let mut net = Net::new();
	let ask = |category| {
		Bridge::request_remote_access(
			RuntimeOrigin::signed(account(CLINIC_OP)),
			account(PATIENT),
			category,
			Purpose::Treatment,
			None,
		)
	};
	net.on_b(|| {
		assert_ok!(ask(Category::Laboratory));
	});
	net.a_out.clear();
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	net.on_b(|| {
		assert!(has_event(Event::AccessAnswered {
			request: 0,
			organization: CLINIC,
			answer: Err(DenyReason::NoGrant)
		}))
	});
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_b(|| {
		assert_ok!(ask(Category::Laboratory));
	});
	net.b_to_a();
	net.a_to_b();
	net.on_b(|| {
		assert!(has_event(Event::AccessAnswered {
			request: 1,
			organization: CLINIC,
			answer: Ok((0, u64::MAX))
		}))
	});
	net.invariants();
}
