//! Consortium governance: the council of member organizations (FRAME's collective with
//! membership), the origin it gives the rest of the runtime, and the validator set it manages
//! through the session.
//!
//! Which nodes may join the network is governed too: `pallet-node-authorization` keeps the
//! member nodes' peer ids (each with an owning account), and every `medchain-node` runs the
//! pallet's offchain worker, which restricts the node's peers to that list (reserved-only).
//!
//! A motion passes when more than [`COUNCIL_APPROVAL_NUM`]/[`COUNCIL_APPROVAL_DEN`] of the seats
//! vote aye. [`GovernanceOrigin`] is that council majority or root; root exists only through
//! `sudo` on development chains, and through `Consortium.dispatch_as_root` (itself a council
//! motion) for FRAME calls that accept nothing but root.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::ConvertInto, Perbill};

use super::{deposit, RuntimeBlockWeights, MAX_AUTHORITIES};
use crate::{
	AccountId, Aura, Balance, Balances, BlockNumber, Consortium, Council, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, Session, SessionKeys, DAYS, HOURS,
};

/// Council approval: a motion passes with more than two thirds of the seats, so no single
/// member, nor a bare majority, can change the chain.
pub const COUNCIL_APPROVAL_NUM: u32 = 2;
/// See [`COUNCIL_APPROVAL_NUM`].
pub const COUNCIL_APPROVAL_DEN: u32 = 3;
/// How long a motion stays open: three days, so members in other time zones and on-call rotas
/// can vote; it can be closed earlier once it has the votes.
pub const MOTION_DURATION: BlockNumber = 3 * DAYS;
/// Most open motions: far more than a consortium has business at once; bounds the proposal list.
pub const MAX_PROPOSALS: u32 = 32;
/// Most council seats, one per member organization: a regional exchange has tens of members;
/// the same bound as the validator set.
pub const COUNCIL_MAX_MEMBERS: u32 = MAX_AUTHORITIES;
/// Blocks per session: an hour. Session keys a validator rotates take effect within two
/// sessions; a council change of the validator set takes effect at once (two forced rotations).
pub const SESSION_PERIOD: BlockNumber = HOURS;
/// Fewest validators the council may leave: an empty set halts the chain for good; how many
/// more a consortium keeps (four tolerate one faulty GRANDPA voter) is its council's call.
pub const MIN_VALIDATORS: u32 = 1;

/// Most member nodes the network authorises: two or three per member organization (validator,
/// RPC node for its provider systems, a standby) for a full council.
pub const MAX_MEMBER_NODES: u32 = 3 * COUNCIL_MAX_MEMBERS;
/// Longest peer id accepted, in bytes: an ed25519 peer id is 38; 128 leaves room for other key
/// types without letting an entry grow large.
pub const MAX_PEER_ID_LENGTH: u32 = 128;

/// The council's collective instance.
pub type CouncilInstance = pallet_collective::Instance1;

/// More than two thirds of the council's seats, by motion.
pub type CouncilSupermajority = pallet_collective::EnsureProportionMoreThan<
	AccountId,
	CouncilInstance,
	COUNCIL_APPROVAL_NUM,
	COUNCIL_APPROVAL_DEN,
>;

/// The governance origin of every administrative call: the council by motion, or root.
pub type GovernanceOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilSupermajority>;

parameter_types! {
	/// A motion may carry at most half a block's weight, so it can always be executed.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ConstU32<MOTION_DURATION>;
	type MaxProposals = ConstU32<MAX_PROPOSALS>;
	type MaxMembers = ConstU32<COUNCIL_MAX_MEMBERS>;
	/// Members who did not vote when a motion closes after its duration vote as the prime
	/// member does, or nay without one.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	/// Measured on medchain's benchmark machine (`make bench`).
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Seats change through `CouncilMembership`, which the council itself governs.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	/// Only members propose, and at most `MAX_PROPOSALS` motions exist: no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	type PrimeOrigin = GovernanceOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<COUNCIL_MAX_MEMBERS>;
	/// Measured on medchain's benchmark machine (`make bench`).
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

parameter_types! {
	/// The session's active validators, for the consortium pallet's planning.
	pub SessionValidators: alloc::vec::Vec<AccountId> = Session::validators();
	/// Held while an account has session keys registered: their key-owner entries.
	pub SessionKeyDeposit: Balance = deposit(3, 2 * 32 + 48);
}

/// The Aura slot of the block being built, from its pre-runtime digest (the digest Aura's own
/// `FindAuthor` reads; `pallet_aura::CurrentSlot` is only set later in the block).
pub struct AuraSlot;
impl pallet_consortium::FindSlot for AuraSlot {
	fn find_slot<'a, I>(digests: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (frame_support::ConsensusEngineId, &'a [u8])>,
	{
		digests.into_iter().find_map(|(id, mut data)| {
			(id == sp_consensus_aura::AURA_ENGINE_ID)
				.then(|| <sp_consensus_aura::Slot as codec::Decode>::decode(&mut data).ok())
				.flatten()
				.map(u64::from)
		})
	}
}

impl pallet_consortium::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = GovernanceOrigin;
	type RootOrigin = GovernanceOrigin;
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Runtime, Aura>;
	type FindSlot = AuraSlot;
	type SessionValidators = SessionValidators;
	type MaxValidators = ConstU32<MAX_AUTHORITIES>;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type SessionPeriod = ConstU32<SESSION_PERIOD>;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = ConstU32<MAX_MEMBER_NODES>;
	type MaxPeerIdLength = ConstU32<MAX_PEER_ID_LENGTH>;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	/// The pallet ships no benchmarks; its calls are rare governance acts on small bounded
	/// sets, charged the pallet's own flat estimate.
	type WeightInfo = ();
}

/// Calls no origin but root may make:
/// - `NodeAuthorization.claim_node`: it lets anyone take ownership of any unlisted peer id
///   with no deposit; member nodes get their owner from the council instead;
/// - a non-empty `System.remark`/`remark_with_event`: free text on chain (see
///   [`crate::free_text`], which also refuses such transactions before inclusion);
/// - an `AtomicSwap.create_swap` outside the bounds of [`crate::swaps`] (also refused before
///   inclusion).
pub struct ConsortiumCallFilter;
impl frame_support::traits::Contains<RuntimeCall> for ConsortiumCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(
			call,
			RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::claim_node { .. })
		) && !crate::free_text::is_remark(call)
			&& crate::swaps::refusal(call).is_none()
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Consortium;
	type NextSessionRotation = Consortium;
	type SessionManager = Consortium;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// No slashing or offence reports on a consortium chain: the council removes a validator.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}
