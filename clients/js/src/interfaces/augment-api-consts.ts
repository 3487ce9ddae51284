// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Option, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    atomicSwap: {
      /**
       * Limit of proof size.
       * 
       * Atomic swap is only atomic if once the proof is revealed, both parties can submit the
       * proofs on-chain. If A is the one that generates the proof, then it requires that either:
       * - A's blockchain has the same proof length limit as B's blockchain.
       * - Or A's blockchain has shorter proof length limit as B's blockchain.
       * 
       * If B sees A is on a blockchain with larger proof length limit, then it should kindly
       * refuse to accept the atomic swap request if A generates the proof, and asks that B
       * generates the proof instead.
       **/
      proofLimit: u32 & AugmentedConst<ApiType>;
    };
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    bridgeGrandpa: {
      /**
       * The distance between bridged chain headers, that may be submitted for free. The
       * first free header is header number zero, the next one is header number
       * `FreeHeadersInterval::get()` or any of its descendant if that header has not
       * been submitted. In other words, interval between free headers should be at least
       * `FreeHeadersInterval`.
       **/
      freeHeadersInterval: Option<u32> & AugmentedConst<ApiType>;
      /**
       * Maximal number of finalized headers to keep in the storage.
       * 
       * The setting is there to prevent growing the on-chain state indefinitely. Note
       * the setting does not relate to block numbers - we will simply keep as much items
       * in the storage, so it doesn't guarantee any fixed timeframe for finality headers.
       * 
       * Incautious change of this constant may lead to orphan entries in the runtime storage.
       **/
      headersToKeep: u32 & AugmentedConst<ApiType>;
      /**
       * Maximal number of "free" header transactions per block.
       * 
       * To be able to track the bridged chain, the pallet requires all headers that are
       * changing GRANDPA authorities set at the bridged chain (we call them mandatory).
       * So it is a common good deed to submit mandatory headers to the pallet.
       * 
       * The pallet may be configured (see `[Self::FreeHeadersInterval]`) to import some
       * non-mandatory headers for free as well. It also may be treated as a common good
       * deed, because it may help to reduce bridge fees - this cost may be deducted from
       * bridge fees, paid by message senders.
       * 
       * However, if the bridged chain gets compromised, its validators may generate as many
       * "free" headers as they want. And they may fill the whole block (at this chain) for
       * free. This constant limits number of calls that we may refund in a single block.
       * All calls above this limit are accepted, but are not refunded.
       **/
      maxFreeHeadersPerBlock: u32 & AugmentedConst<ApiType>;
    };
    bridgeGrandpa1: {
      /**
       * The distance between bridged chain headers, that may be submitted for free. The
       * first free header is header number zero, the next one is header number
       * `FreeHeadersInterval::get()` or any of its descendant if that header has not
       * been submitted. In other words, interval between free headers should be at least
       * `FreeHeadersInterval`.
       **/
      freeHeadersInterval: Option<u32> & AugmentedConst<ApiType>;
      /**
       * Maximal number of finalized headers to keep in the storage.
       * 
       * The setting is there to prevent growing the on-chain state indefinitely. Note
       * the setting does not relate to block numbers - we will simply keep as much items
       * in the storage, so it doesn't guarantee any fixed timeframe for finality headers.
       * 
       * Incautious change of this constant may lead to orphan entries in the runtime storage.
       **/
      headersToKeep: u32 & AugmentedConst<ApiType>;
      /**
       * Maximal number of "free" header transactions per block.
       * 
       * To be able to track the bridged chain, the pallet requires all headers that are
       * changing GRANDPA authorities set at the bridged chain (we call them mandatory).
       * So it is a common good deed to submit mandatory headers to the pallet.
       * 
       * The pallet may be configured (see `[Self::FreeHeadersInterval]`) to import some
       * non-mandatory headers for free as well. It also may be treated as a common good
       * deed, because it may help to reduce bridge fees - this cost may be deducted from
       * bridge fees, paid by message senders.
       * 
       * However, if the bridged chain gets compromised, its validators may generate as many
       * "free" headers as they want. And they may fill the whole block (at this chain) for
       * free. This constant limits number of calls that we may refund in a single block.
       * All calls above this limit are accepted, but are not refunded.
       **/
      maxFreeHeadersPerBlock: u32 & AugmentedConst<ApiType>;
    };
    bridgeGrandpa2: {
      /**
       * The distance between bridged chain headers, that may be submitted for free. The
       * first free header is header number zero, the next one is header number
       * `FreeHeadersInterval::get()` or any of its descendant if that header has not
       * been submitted. In other words, interval between free headers should be at least
       * `FreeHeadersInterval`.
       **/
      freeHeadersInterval: Option<u32> & AugmentedConst<ApiType>;
      /**
       * Maximal number of finalized headers to keep in the storage.
       * 
       * The setting is there to prevent growing the on-chain state indefinitely. Note
       * the setting does not relate to block numbers - we will simply keep as much items
       * in the storage, so it doesn't guarantee any fixed timeframe for finality headers.
       * 
       * Incautious change of this constant may lead to orphan entries in the runtime storage.
       **/
      headersToKeep: u32 & AugmentedConst<ApiType>;
      /**
       * Maximal number of "free" header transactions per block.
       * 
       * To be able to track the bridged chain, the pallet requires all headers that are
       * changing GRANDPA authorities set at the bridged chain (we call them mandatory).
       * So it is a common good deed to submit mandatory headers to the pallet.
       * 
       * The pallet may be configured (see `[Self::FreeHeadersInterval]`) to import some
       * non-mandatory headers for free as well. It also may be treated as a common good
       * deed, because it may help to reduce bridge fees - this cost may be deducted from
       * bridge fees, paid by message senders.
       * 
       * However, if the bridged chain gets compromised, its validators may generate as many
       * "free" headers as they want. And they may fill the whole block (at this chain) for
       * free. This constant limits number of calls that we may refund in a single block.
       * All calls above this limit are accepted, but are not refunded.
       **/
      maxFreeHeadersPerBlock: u32 & AugmentedConst<ApiType>;
    };
    bridgeGrandpa3: {
      /**
       * The distance between bridged chain headers, that may be submitted for free. The
       * first free header is header number zero, the next one is header number
       * `FreeHeadersInterval::get()` or any of its descendant if that header has not
       * been submitted. In other words, interval between free headers should be at least
       * `FreeHeadersInterval`.
       **/
      freeHeadersInterval: Option<u32> & AugmentedConst<ApiType>;
      /**
       * Maximal number of finalized headers to keep in the storage.
       * 
       * The setting is there to prevent growing the on-chain state indefinitely. Note
       * the setting does not relate to block numbers - we will simply keep as much items
       * in the storage, so it doesn't guarantee any fixed timeframe for finality headers.
       * 
       * Incautious change of this constant may lead to orphan entries in the runtime storage.
       **/
      headersToKeep: u32 & AugmentedConst<ApiType>;
      /**
       * Maximal number of "free" header transactions per block.
       * 
       * To be able to track the bridged chain, the pallet requires all headers that are
       * changing GRANDPA authorities set at the bridged chain (we call them mandatory).
       * So it is a common good deed to submit mandatory headers to the pallet.
       * 
       * The pallet may be configured (see `[Self::FreeHeadersInterval]`) to import some
       * non-mandatory headers for free as well. It also may be treated as a common good
       * deed, because it may help to reduce bridge fees - this cost may be deducted from
       * bridge fees, paid by message senders.
       * 
       * However, if the bridged chain gets compromised, its validators may generate as many
       * "free" headers as they want. And they may fill the whole block (at this chain) for
       * free. This constant limits number of calls that we may refund in a single block.
       * All calls above this limit are accepted, but are not refunded.
       **/
      maxFreeHeadersPerBlock: u32 & AugmentedConst<ApiType>;
    };
    bridgeGrandpa4: {
      /**
       * The distance between bridged chain headers, that may be submitted for free. The
       * first free header is header number zero, the next one is header number
       * `FreeHeadersInterval::get()` or any of its descendant if that header has not
       * been submitted. In other words, interval between free headers should be at least
       * `FreeHeadersInterval`.
       **/
      freeHeadersInterval: Option<u32> & AugmentedConst<ApiType>;
      /**
       * Maximal number of finalized headers to keep in the storage.
       * 
       * The setting is there to prevent growing the on-chain state indefinitely. Note
       * the setting does not relate to block numbers - we will simply keep as much items
       * in the storage, so it doesn't guarantee any fixed timeframe for finality headers.
       * 
       * Incautious change of this constant may lead to orphan entries in the runtime storage.
       **/
      headersToKeep: u32 & AugmentedConst<ApiType>;
      /**
       * Maximal number of "free" header transactions per block.
       * 
       * To be able to track the bridged chain, the pallet requires all headers that are
       * changing GRANDPA authorities set at the bridged chain (we call them mandatory).
       * So it is a common good deed to submit mandatory headers to the pallet.
       * 
       * The pallet may be configured (see `[Self::FreeHeadersInterval]`) to import some
       * non-mandatory headers for free as well. It also may be treated as a common good
       * deed, because it may help to reduce bridge fees - this cost may be deducted from
       * bridge fees, paid by message senders.
       * 
       * However, if the bridged chain gets compromised, its validators may generate as many
       * "free" headers as they want. And they may fill the whole block (at this chain) for
       * free. This constant limits number of calls that we may refund in a single block.
       * All calls above this limit are accepted, but are not refunded.
       **/
      maxFreeHeadersPerBlock: u32 & AugmentedConst<ApiType>;
    };
    consent: {
      /**
       * How long break-glass access lasts (fixed; it cannot be extended, only reopened).
       **/
      emergencyAccessDuration: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the patient for each grant.
       **/
      grantDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most custodians a scope may restrict to.
       **/
      maxCustodians: u32 & AugmentedConst<ApiType>;
      /**
       * Most open break-glass accesses one patient may have.
       **/
      maxEmergencyPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most organizations one grant may name.
       **/
      maxGrantees: u32 & AugmentedConst<ApiType>;
      /**
       * Most grants one patient may have.
       **/
      maxGrantsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most pending requests one patient may have.
       **/
      maxRequestsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most patients `on_idle` visits per block to remove expired entries.
       **/
      maxSweepPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the requesting operator for each pending request.
       **/
      requestDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long a request waits for an answer.
       **/
      requestLifetime: u32 & AugmentedConst<ApiType>;
    };
    consortium: {
      /**
       * Most validators the list holds (the consensus pallets' authority bound).
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest validators the list may be reduced to.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks per session when nothing changes.
       **/
      sessionPeriod: u32 & AugmentedConst<ApiType>;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
    };
    ehrAnchor: {
      /**
       * Burned from the signer for each record, amended version or batch anchored.
       **/
      anchorFee: u128 & AugmentedConst<ApiType>;
      /**
       * Entries per page of a patient's record index.
       **/
      indexPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * Most blocks between the consent check of a release (`log_releases`'s `decided_at`)
       * and the block that records it. The runtime uses 100 blocks (10 minutes): a gateway
       * submits its entries within seconds, so a longer delay means it was down, and the
       * bound keeps a custodian from back-dating entries in bulk.
       **/
      maxAttestationDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Most records one batch may commit to.
       **/
      maxBatchRecords: u32 & AugmentedConst<ApiType>;
      /**
       * Most releases one `log_releases` call may record. The runtime uses 256: such a call
       * weighs about 29 ms (benchmarked), a fiftieth of a block's 1.5 s normal class, so a
       * custodian's audit batches never crowd other extrinsics out of a block.
       **/
      maxReleasesPerCall: u32 & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    medchainBridge: {
      /**
       * The lease period until governance sets one ([`LeasePeriod`]).
       **/
      defaultLeasePeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Held while an export exists (its state here): from the patient, or from its sponsor
       * for a sponsored patient.
       **/
      exportDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most exports one patient may have.
       **/
      maxExportsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most leases this chain keeps for one patient (from all its peers together).
       **/
      maxLeasesPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * The most peers this runtime bridges (its slots); more need a runtime upgrade.
       **/
      maxPeers: u32 & AugmentedConst<ApiType>;
      /**
       * Most undelivered messages an account may fill an outbound lane with.
       **/
      maxQueuedMessages: u64 & AugmentedConst<ApiType>;
      /**
       * Most exports the idle sweep visits in one block (ended consents, removed peers).
       **/
      maxSweepPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * The dispatch weight of every inbound message (relayers declare `count ×` this).
       **/
      messageDispatchWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Burned for each message an account sends, from that account (for an export of a
       * sponsored patient's consent, from the sponsor).
       **/
      messageFee: u128 & AugmentedConst<ApiType>;
      /**
       * Expected block time, to turn the lease period into a heartbeat interval.
       **/
      millisecsPerBlock: u64 & AugmentedConst<ApiType>;
    };
    nodeAuthorization: {
      /**
       * The maximum length in bytes of PeerId
       **/
      maxPeerIdLength: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of well known nodes that are allowed to set
       **/
      maxWellKnownNodes: u32 & AugmentedConst<ApiType>;
    };
    patientIdentity: {
      /**
       * Held on an organization's admin while the organization publishes a gateway endpoint
       * (`set_endpoint`): pays for the [`Endpoints`] entry.
       **/
      endpointDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most delegates one patient may name.
       **/
      maxDelegates: u32 & AugmentedConst<ApiType>;
      /**
       * Longest gateway endpoint, in bytes, an organization may publish: a FHIR base URL
       * (scheme, host and path).
       **/
      maxEndpointLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most links (and link proposals) one patient may have.
       **/
      maxLinksPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most operator accounts one organization may have.
       **/
      maxOperators: u32 & AugmentedConst<ApiType>;
      /**
       * The most one organization may hold in deposits as a sponsor (onboarding deposits
       * and the deposits of its patients' records).
       **/
      maxSponsoredDeposits: u128 & AugmentedConst<ApiType>;
      /**
       * Held from a patient at registration, returned at deregistration.
       **/
      patientDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long after the guardians' last vouch the new key may claim a recovered identity:
       * the time the patient's current key or a delegate has to see the recovery and cancel
       * it.
       **/
      recoveryDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Sponsored transactions one patient may make per [`Config::SponsorshipPeriod`].
       **/
      sponsoredTransactionsPerPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Held on a sponsor for each account it onboards: pays for the sponsorship entry and
       * the account reference that lets a key with no balance transact.
       **/
      sponsorshipDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The period the allowance of sponsored transactions renews after.
       **/
      sponsorshipPeriod: u32 & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
