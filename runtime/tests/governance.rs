//! Runtime-level tests of consortium governance with the runtime's real configuration: council
//! motions and the supermajority origin, the council's seats, validator-set changes through the
//! session down to Aura's and GRANDPA's authorities, and root dispatch by motion.

use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use medchain_runtime::{
	configs::governance::{CouncilInstance, MOTION_DURATION},
	AccountId, BuildStorage, Consortium, Council, CouncilMembership, Grandpa, PatientIdentity,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, Session, SessionKeys,
	System, UNIT,
};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles};
use sp_core::{ed25519, sr25519, H256};
use sp_runtime::DispatchError;

type CouncilError = pallet_collective::Error<Runtime, CouncilInstance>;
type MembershipError = pallet_membership::Error<Runtime, pallet_membership::Instance1>;
type ConsortiumError = pallet_consortium::Error<Runtime>;

fn who(i: u8) -> AccountId {
	AccountId::new([i; 32])
}

fn signed(i: u8) -> RuntimeOrigin {
	RuntimeOrigin::signed(who(i))
}

/// Session keys made of the byte `i` (never used to sign: these tests do not author blocks).
fn keys(i: u8) -> SessionKeys {
	SessionKeys {
		aura: sr25519::Public::from_raw([i; 32]).into(),
		grandpa: ed25519::Public::from_raw([i; 32]).into(),
	}
}

/// Council seats 1–4; validators 1 and 2; account 3 has session keys but does not validate.
fn ext() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.balances.balances = (0..40).map(|i| (who(i), 1_000 * UNIT)).collect();
	genesis.council_membership.members =
		vec![who(1), who(2), who(3), who(4)].try_into().expect("4 seats fit");
	genesis.consortium.validators = vec![who(1), who(2)];
	genesis.session.keys = vec![(who(1), who(1), keys(1)), (who(2), who(2), keys(2))];
	genesis.session.non_authority_keys = vec![(who(3), who(3), keys(3))];
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn register_hospital(admin: u8) -> RuntimeCall {
	RuntimeCall::PatientIdentity(pallet_patient_identity::Call::register_organization {
		admin: who(admin),
		kind: OrganizationKind::Hospital,
		roles: OrganizationRoles::NONE,
	})
}

/// `proposer` puts `call` to the council with `threshold`; its (index, hash).
fn propose(proposer: u8, threshold: u32, call: RuntimeCall) -> (u32, H256) {
	let len = call.encoded_size() as u32;
	let index = pallet_collective::ProposalCount::<Runtime, CouncilInstance>::get();
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	assert_ok!(Council::propose(signed(proposer), threshold, Box::new(call), len));
	(index, hash)
}

fn close(by: u8, index: u32, hash: H256) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Council::close(signed(by), hash, index, Weight::from_parts(u64::MAX / 4, u64::MAX / 4), 8192)
}

/// The result the last `Council.Executed` event reported.
fn last_executed() -> Option<Result<(), DispatchError>> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Council(pallet_collective::Event::Executed { result, .. }) => Some(result),
		_ => None,
	})
}

use sp_runtime::traits::Hash as _;

#[test]
fn a_two_thirds_motion_registers_an_organization() {
	ext().execute_with(|| {
		let (index, hash) = propose(1, 3, register_hospital(20));
		assert_ok!(Council::vote(signed(1), hash, index, true));
		assert_ok!(Council::vote(signed(2), hash, index, true));
		// Two of four is not enough to close before the motion's end.
		assert_noop!(close(1, index, hash), CouncilError::TooEarly);
		assert_ok!(Council::vote(signed(3), hash, index, true));
		assert_ok!(close(4, index, hash));
		assert_eq!(last_executed(), Some(Ok(())));
		assert!(pallet_patient_identity::OrganizationOf::<Runtime>::get(who(20)).is_some());
	});
}

#[test]
fn a_motion_short_of_two_thirds_is_refused_by_the_origin() {
	ext().execute_with(|| {
		// A threshold of 2 lets the motion close with two ayes, but two of four seats is not
		// more than two thirds: the call's origin check refuses it.
		let (index, hash) = propose(1, 2, register_hospital(20));
		assert_ok!(Council::vote(signed(1), hash, index, true));
		assert_ok!(Council::vote(signed(2), hash, index, true));
		assert_ok!(close(1, index, hash));
		assert_eq!(last_executed(), Some(Err(DispatchError::BadOrigin)));
		assert!(pallet_patient_identity::OrganizationOf::<Runtime>::get(who(20)).is_none());
		// A single seat's motion (threshold 1) is dispatched at once and refused the same way.
		propose(2, 1, register_hospital(21));
		assert_eq!(last_executed(), Some(Err(DispatchError::BadOrigin)));
		assert!(pallet_patient_identity::OrganizationOf::<Runtime>::get(who(21)).is_none());
	});
}

#[test]
fn motions_refuse_non_members_double_votes_and_early_closes() {
	ext().execute_with(|| {
		let call = register_hospital(20);
		let len = call.encoded_size() as u32;
		assert_noop!(
			Council::propose(signed(9), 3, Box::new(call.clone()), len),
			CouncilError::NotMember
		);
		let (index, hash) = propose(1, 3, call);
		assert_ok!(Council::vote(signed(2), hash, index, true));
		assert_noop!(Council::vote(signed(2), hash, index, true), CouncilError::DuplicateVote);
		assert_noop!(Council::vote(signed(9), hash, index, true), CouncilError::NotMember);
		assert_noop!(close(2, index, hash), CouncilError::TooEarly);
		// After its duration a motion closes with the votes it has (absent members count nay).
		System::set_block_number(1 + MOTION_DURATION);
		assert_ok!(close(2, index, hash));
		assert!(pallet_patient_identity::OrganizationOf::<Runtime>::get(who(20)).is_none());
	});
}

#[test]
fn nobody_but_governance_registers_organizations_or_touches_root_calls() {
	ext().execute_with(|| {
		assert_noop!(
			PatientIdentity::register_organization(
				signed(1),
				who(20),
				OrganizationKind::Hospital,
				OrganizationRoles::NONE
			),
			DispatchError::BadOrigin
		);
		let upgrade = RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: H256::repeat_byte(7),
		});
		assert_noop!(
			Consortium::dispatch_as_root(signed(1), Box::new(upgrade.clone())),
			DispatchError::BadOrigin
		);
		// The council cannot call a root-only call directly ...
		let (index, hash) = propose(1, 3, upgrade.clone());
		for m in 1..=3 {
			assert_ok!(Council::vote(signed(m), hash, index, true));
		}
		assert_ok!(close(1, index, hash));
		assert_eq!(last_executed(), Some(Err(DispatchError::BadOrigin)));
		assert!(System::authorized_upgrade().is_none());
		// ... but through `Consortium.dispatch_as_root`.
		let as_root = RuntimeCall::Consortium(pallet_consortium::Call::dispatch_as_root {
			call: Box::new(upgrade),
		});
		let (index, hash) = propose(1, 3, as_root);
		for m in 1..=3 {
			assert_ok!(Council::vote(signed(m), hash, index, true));
		}
		assert_ok!(close(1, index, hash));
		assert_eq!(last_executed(), Some(Ok(())));
		assert_eq!(
			System::authorized_upgrade().map(|a| *a.code_hash()),
			Some(H256::repeat_byte(7))
		);
	});
}

#[test]
fn seats_change_by_motion_and_are_bounded() {
	ext().execute_with(|| {
		let add = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: who(5).into(),
		});
		let (index, hash) = propose(1, 3, add);
		for m in 1..=3 {
			assert_ok!(Council::vote(signed(m), hash, index, true));
		}
		assert_ok!(close(1, index, hash));
		assert_eq!(last_executed(), Some(Ok(())));
		assert!(pallet_collective::Members::<Runtime, CouncilInstance>::get().contains(&who(5)));
		// A member list larger than the bound is refused and the seats stay.
		let too_many: Vec<AccountId> = (0..=33).map(who).collect();
		assert_noop!(
			CouncilMembership::reset_members(RuntimeOrigin::root(), too_many),
			MembershipError::TooManyMembers
		);
		assert_noop!(
			CouncilMembership::add_member(signed(1), who(6).into()),
			DispatchError::BadOrigin
		);
	});
}

/// Run `on_initialize`/`on_finalize` of the pallets that take part in a session change, as
/// block `n`.
fn run_block(n: u32) {
	System::set_block_number(n);
	Consortium::on_initialize(n);
	Session::on_initialize(n);
	Grandpa::on_finalize(n);
}

#[test]
fn a_validator_added_by_motion_joins_aura_and_grandpa_two_blocks_later() {
	ext().execute_with(|| {
		let grandpa_set = |n: usize| {
			let pending = pallet_grandpa::PendingChange::<Runtime>::get();
			pending.map(|p| p.next_authorities.len()) == Some(n)
		};
		assert_eq!(Session::validators(), vec![who(1), who(2)]);
		let add = RuntimeCall::Consortium(pallet_consortium::Call::add_validator { who: who(3) });
		let (index, hash) = propose(1, 3, add);
		for m in 1..=3 {
			assert_ok!(Council::vote(signed(m), hash, index, true));
		}
		assert_ok!(close(1, index, hash));
		assert_eq!(last_executed(), Some(Ok(())));
		// Block 2 ends the session and queues the new set; block 3 enacts it.
		run_block(2);
		assert_eq!(Session::validators(), vec![who(1), who(2)]);
		assert_eq!(pallet_session::QueuedKeys::<Runtime>::get().len(), 3);
		let set_id = pallet_grandpa::CurrentSetId::<Runtime>::get();
		System::reset_events();
		System::set_block_number(3);
		Consortium::on_initialize(3);
		Session::on_initialize(3);
		assert_eq!(Session::validators(), vec![who(1), who(2), who(3)]);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		assert!(grandpa_set(3), "GRANDPA schedules the three-validator set");
		Grandpa::on_finalize(3);
		assert_eq!(pallet_grandpa::CurrentSetId::<Runtime>::get(), set_id + 1);
		assert_eq!(Grandpa::grandpa_authorities().len(), 3);
		// No more forced rotations.
		run_block(4);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), 2);
	});
}

#[test]
fn validators_cannot_drop_below_the_minimum_nor_change_without_governance() {
	ext().execute_with(|| {
		assert_noop!(Consortium::add_validator(signed(1), who(3)), DispatchError::BadOrigin);
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), who(2)));
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), who(1)),
			ConsortiumError::TooFewValidators
		);
		assert_eq!(pallet_consortium::Validators::<Runtime>::get().to_vec(), vec![who(1)]);
	});
}

#[test]
fn set_keys_needs_a_proof_of_the_keys() {
	ext().execute_with(|| {
		// Keys this account cannot sign for (no proof of possession): refused, nothing held.
		assert_noop!(
			Session::set_keys(signed(5), keys(5), vec![]),
			pallet_session::Error::<Runtime>::InvalidProof
		);
	});
}
