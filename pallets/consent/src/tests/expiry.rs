//! Removing what has expired: the `on_idle` sweep, and the clean-up inside calls and what
//! they pay for it.

use super::*;

#[test]
fn on_idle_sweeps_expired_entries_and_returns_deposits() {
	test(|| {
		let p = setup();
		grant_to(0, Some(5));
		grant_to(1, None);
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		run_to(21);
		System::assert_has_event(Event::ConsentExpired { patient: p, grant: 0 }.into());
		System::assert_has_event(Event::RequestExpired { patient: p, request: 2 }.into());
		let c = Consent::consents(p);
		assert_eq!((c.grants.len(), c.requests.len()), (1, 0));
		assert_eq!((grant_held(PATIENT), request_held(OP1)), (5, 0));
	});
}

#[test]
fn sweep_is_bounded_per_block_and_resumes() {
	test(|| {
		// Five patients, each with a grant expiring at block 3.
		setup();
		grant_to(0, Some(3));
		for who in 2..=5u64 {
			assert_ok!(Identity::register_patient(RuntimeOrigin::signed(who), H256::zero()));
			assert_ok!(Consent::grant(
				RuntimeOrigin::signed(who),
				None,
				orgs(&[0]),
				labs_for_treatment(),
				None,
				Some(3)
			));
		}
		System::set_block_number(3);
		let used = Consent::on_idle(3, Weight::MAX);
		assert!(used.all_gt(Weight::zero()));
		let with_grants = || Consents::<Test>::iter().filter(|(_, c)| !c.grants.is_empty()).count();
		// MaxSweepPerBlock = 2 patients per block.
		assert_eq!(with_grants(), 3);
		assert!(SweepCursor::<Test>::get().is_some());
		Consent::on_idle(4, Weight::MAX);
		assert_eq!(with_grants(), 1);
		Consent::on_idle(5, Weight::MAX);
		assert_eq!(with_grants(), 0);
		// No weight, no work.
		assert_eq!(Consent::on_idle(6, Weight::zero()), Weight::zero());
	});
}

// ---- clean-up inside calls ----

/// Defect: `grant`, `revoke`, `request_access`, `approve_request` and `break_glass` remove what
/// has expired (releasing deposits, emitting events) but charged only for their own work. They
/// now declare the benchmarked worst case of one patient's clean-up and refund it when nothing
/// had expired.
#[test]
fn calls_pay_for_the_clean_up_they_do_and_are_refunded_when_there_is_none() {
	use crate::weights::WeightInfo as _;
	use frame_support::dispatch::GetDispatchInfo;
	test(|| {
		setup();
		let sweep = <() as crate::weights::WeightInfo>::sweep_patient();
		let call = crate::Call::<Test>::revoke { on_behalf_of: None, grant: 0 };
		assert!(call.get_dispatch_info().call_weight.all_gte(<()>::revoke() + sweep));
		let kept = grant_to(0, None);
		let expiring = grant_to(1, Some(5));
		let other = grant_to(2, None);
		// Nothing expired: the clean-up is refunded.
		let info = Consent::revoke(RuntimeOrigin::signed(PATIENT), None, other).unwrap();
		assert_eq!(info.actual_weight, Some(<()>::revoke()));
		// A grant expired (no `on_idle` ran since): this revoke removes it too, and pays.
		System::set_block_number(5);
		let info = Consent::revoke(RuntimeOrigin::signed(PATIENT), None, kept).unwrap();
		assert_eq!(info.actual_weight, Some(<()>::revoke() + sweep));
		System::assert_has_event(Event::ConsentExpired { patient: 0, grant: expiring }.into());
		assert!(Consent::consents(0).grants.is_empty());
	});
}
