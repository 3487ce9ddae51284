// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'MedchainRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'MedchainRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup21: medchain_runtime::OriginCaller
   **/
  MedchainRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      Council: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup22: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup23: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup24: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup25: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup30: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup31: pallet_atomic_swap::pallet::Call<T>
   **/
  PalletAtomicSwapCall: {
    _enum: {
      create_swap: {
        target: 'AccountId32',
        hashedProof: '[u8;32]',
        action: 'MedchainRuntimeSwapsDepositedSwap',
        duration: 'u32',
      },
      claim_swap: {
        proof: 'Bytes',
        action: 'MedchainRuntimeSwapsDepositedSwap',
      },
      cancel_swap: {
        target: 'AccountId32',
        hashedProof: '[u8;32]'
      }
    }
  },
  /**
   * Lookup32: medchain_runtime::swaps::DepositedSwap
   **/
  MedchainRuntimeSwapsDepositedSwap: {
    value: 'u128',
    deposit: 'u128'
  },
  /**
   * Lookup33: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup34: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup37: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup38: pallet_consortium::pallet::Call<T>
   **/
  PalletConsortiumCall: {
    _enum: {
      add_validator: {
        who: 'AccountId32',
      },
      remove_validator: {
        who: 'AccountId32',
      },
      dispatch_as_root: {
        call: 'Call',
      },
      force_rotation: 'Null'
    }
  },
  /**
   * Lookup39: pallet_node_authorization::pallet::Call<T>
   **/
  PalletNodeAuthorizationCall: {
    _enum: {
      add_well_known_node: {
        node: 'OpaquePeerId',
        owner: 'MultiAddress',
      },
      remove_well_known_node: {
        node: 'OpaquePeerId',
      },
      swap_well_known_node: {
        remove: 'OpaquePeerId',
        add: 'OpaquePeerId',
      },
      reset_well_known_nodes: {
        nodes: 'Vec<(OpaquePeerId,AccountId32)>',
      },
      claim_node: {
        node: 'OpaquePeerId',
      },
      remove_claim: {
        node: 'OpaquePeerId',
      },
      transfer_node: {
        node: 'OpaquePeerId',
        owner: 'MultiAddress',
      },
      add_connections: {
        node: 'OpaquePeerId',
        connections: 'Vec<OpaquePeerId>',
      },
      remove_connections: {
        node: 'OpaquePeerId',
        connections: 'Vec<OpaquePeerId>'
      }
    }
  },
  /**
   * Lookup44: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup45: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup46: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup47: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup48: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup49: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup50: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup53: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup54: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup56: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup57: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'MedchainRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup58: medchain_runtime::SessionKeys
   **/
  MedchainRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup59: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup60: pallet_bridge_grandpa::pallet::Call<T, I>
   **/
  PalletBridgeGrandpaCall: {
    _enum: {
      submit_finality_proof: {
        finalityTarget: 'SpRuntimeHeader',
        justification: 'BpHeaderChainJustificationGrandpaJustification',
      },
      initialize: {
        initData: 'BpHeaderChainInitializationData',
      },
      set_owner: {
        newOwner: 'Option<AccountId32>',
      },
      set_operating_mode: {
        operatingMode: 'BpRuntimeBasicOperatingMode',
      },
      submit_finality_proof_ex: {
        finalityTarget: 'SpRuntimeHeader',
        justification: 'BpHeaderChainJustificationGrandpaJustification',
        currentSetId: 'u64',
        isFreeExecutionExpected: 'bool',
      },
      force_set_pallet_state: {
        newCurrentSetId: 'u64',
        newAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
        newBestHeader: 'SpRuntimeHeader'
      }
    }
  },
  /**
   * Lookup61: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup62: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup64: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup66: bp_header_chain::justification::GrandpaJustification<sp_runtime::generic::header::Header<Number, Hash>>
   **/
  BpHeaderChainJustificationGrandpaJustification: {
    round: 'u64',
    commit: 'FinalityGrandpaCommit',
    votesAncestries: 'Vec<SpRuntimeHeader>'
  },
  /**
   * Lookup67: finality_grandpa::Commit<primitive_types::H256, N, sp_consensus_grandpa::app::Signature, sp_consensus_grandpa::app::Public>
   **/
  FinalityGrandpaCommit: {
    targetHash: 'H256',
    targetNumber: 'u32',
    precommits: 'Vec<FinalityGrandpaSignedPrecommit>'
  },
  /**
   * Lookup69: finality_grandpa::SignedPrecommit<primitive_types::H256, N, sp_consensus_grandpa::app::Signature, sp_consensus_grandpa::app::Public>
   **/
  FinalityGrandpaSignedPrecommit: {
    precommit: 'FinalityGrandpaPrecommit',
    signature: 'SpConsensusGrandpaAppSignature',
    id: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup71: bp_header_chain::InitializationData<sp_runtime::generic::header::Header<Number, Hash>>
   **/
  BpHeaderChainInitializationData: {
    header: 'SpRuntimeHeader',
    authorityList: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    setId: 'u64',
    operatingMode: 'BpRuntimeBasicOperatingMode'
  },
  /**
   * Lookup74: bp_runtime::BasicOperatingMode
   **/
  BpRuntimeBasicOperatingMode: {
    _enum: ['Normal', 'Halted']
  },
  /**
   * Lookup75: pallet_bridge_messages::pallet::Call<T, I>
   **/
  PalletBridgeMessagesCall: {
    _enum: {
      set_owner: {
        newOwner: 'Option<AccountId32>',
      },
      set_operating_mode: {
        operatingMode: 'BpMessagesMessagesOperatingMode',
      },
      receive_messages_proof: {
        relayerIdAtBridgedChain: 'AccountId32',
        proof: 'BpMessagesTargetChainFromBridgedChainMessagesProof',
        messagesCount: 'u32',
        dispatchWeight: 'SpWeightsWeightV2Weight',
      },
      receive_messages_delivery_proof: {
        proof: 'BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof',
        relayersState: 'BpMessagesUnrewardedRelayersState'
      }
    }
  },
  /**
   * Lookup76: bp_messages::MessagesOperatingMode
   **/
  BpMessagesMessagesOperatingMode: {
    _enum: {
      Basic: 'BpRuntimeBasicOperatingMode',
      RejectingOutboundMessages: 'Null'
    }
  },
  /**
   * Lookup77: bp_messages::target_chain::FromBridgedChainMessagesProof<primitive_types::H256, bp_messages::lane::LegacyLaneId>
   **/
  BpMessagesTargetChainFromBridgedChainMessagesProof: {
    bridgedHeaderHash: 'H256',
    storageProof: 'Vec<Bytes>',
    lane: 'BpMessagesLaneLegacyLaneId',
    noncesStart: 'u64',
    noncesEnd: 'u64'
  },
  /**
   * Lookup78: bp_messages::lane::LegacyLaneId
   **/
  BpMessagesLaneLegacyLaneId: '[u8;4]',
  /**
   * Lookup79: bp_messages::source_chain::FromBridgedChainMessagesDeliveryProof<primitive_types::H256, bp_messages::lane::LegacyLaneId>
   **/
  BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof: {
    bridgedHeaderHash: 'H256',
    storageProof: 'Vec<Bytes>',
    lane: 'BpMessagesLaneLegacyLaneId'
  },
  /**
   * Lookup80: bp_messages::UnrewardedRelayersState
   **/
  BpMessagesUnrewardedRelayersState: {
    unrewardedRelayerEntries: 'u64',
    messagesInOldestEntry: 'u64',
    totalMessages: 'u64',
    lastDeliveredNonce: 'u64'
  },
  /**
   * Lookup89: pallet_patient_identity::pallet::Call<T>
   **/
  PalletPatientIdentityCall: {
    _enum: {
      register_patient: {
        commitment: 'H256',
      },
      update_commitment: {
        onBehalfOf: 'Option<u64>',
        commitment: 'H256',
      },
      deregister_patient: 'Null',
      add_delegate: {
        delegate: 'AccountId32',
        permissions: 'u8',
      },
      remove_delegate: {
        delegate: 'AccountId32',
      },
      set_recovery_threshold: {
        threshold: 'u8',
      },
      rotate_key: {
        newAccount: 'AccountId32',
      },
      vouch_recovery: {
        patient: 'u64',
        newAccount: 'AccountId32',
      },
      cancel_recovery: {
        onBehalfOf: 'Option<u64>',
      },
      register_organization: {
        admin: 'AccountId32',
        kind: 'PalletPatientIdentityOrganizationKind',
        roles: 'u8',
      },
      suspend_organization: {
        organization: 'u32',
      },
      reinstate_organization: {
        organization: 'u32',
      },
      set_organization_roles: {
        organization: 'u32',
        roles: 'u8',
      },
      add_operator: {
        operator: 'AccountId32',
      },
      remove_operator: {
        operator: 'AccountId32',
      },
      approve_link: {
        onBehalfOf: 'Option<u64>',
        organization: 'u32',
      },
      link_patient: {
        patient: 'u64',
        mrnCommitment: 'H256',
      },
      remove_link: {
        onBehalfOf: 'Option<u64>',
        organization: 'u32',
      },
      unlink_patient: {
        patient: 'u64',
      },
      onboard_patient: {
        account: 'AccountId32',
      },
      end_sponsorship: {
        account: 'AccountId32',
      },
      accept_operator: {
        organization: 'u32',
      },
      claim_identity: {
        patient: 'u64',
      },
      set_endpoint: {
        endpoint: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup92: pallet_patient_identity::types::OrganizationKind
   **/
  PalletPatientIdentityOrganizationKind: {
    _enum: ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Insurer', 'Research', 'DeviceVendor']
  },
  /**
   * Lookup96: pallet_consent::pallet::Call<T>
   **/
  PalletConsentCall: {
    _enum: {
      grant: {
        onBehalfOf: 'Option<u64>',
        grantees: 'Vec<u32>',
        scope: 'PalletConsentScope',
        startsAt: 'Option<u32>',
        expiresAt: 'Option<u32>',
      },
      revoke: {
        onBehalfOf: 'Option<u64>',
        grant: 'u32',
      },
      amend: {
        onBehalfOf: 'Option<u64>',
        grant: 'u32',
        amendment: 'PalletConsentAmendment',
      },
      request_access: {
        patient: 'u64',
        scope: 'PalletConsentScope',
        duration: 'u32',
      },
      approve_request: {
        onBehalfOf: 'Option<u64>',
        request: 'u32',
      },
      deny_request: {
        onBehalfOf: 'Option<u64>',
        request: 'u32',
      },
      cancel_request: {
        patient: 'u64',
        request: 'u32',
      },
      break_glass: {
        patient: 'u64',
        reason: 'PalletConsentEmergencyReason',
      },
      end_emergency_access: {
        patient: 'u64',
        organization: 'u32',
      },
      set_emergency_opt_out: {
        onBehalfOf: 'Option<u64>',
        optOut: 'bool'
      }
    }
  },
  /**
   * Lookup99: pallet_consent::types::Scope<MaxCustodians>
   **/
  PalletConsentScope: {
    categories: 'Vec<PalletConsentCategory>',
    purposes: 'Vec<PalletConsentPurpose>',
    custodians: 'Vec<u32>'
  },
  /**
   * Lookup101: pallet_consent::types::Category
   **/
  PalletConsentCategory: {
    _enum: ['Demographics', 'Conditions', 'Medications', 'Allergies', 'Laboratory', 'Imaging', 'ClinicalNotes', 'Immunizations', 'VitalSigns', 'Genomics', 'MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth']
  },
  /**
   * Lookup104: pallet_consent::types::Purpose
   **/
  PalletConsentPurpose: {
    _enum: ['Treatment', 'Payment', 'Operations', 'Research', 'PublicHealth', 'EmergencyTreatment']
  },
  /**
   * Lookup107: pallet_consent::types::Amendment<BlockNumber>
   **/
  PalletConsentAmendment: {
    _enum: {
      AddGrantee: 'u32',
      RemoveGrantee: 'u32',
      SetExpiry: 'Option<u32>',
      Narrow: {
        categories: 'Vec<PalletConsentCategory>',
        purposes: 'Vec<PalletConsentPurpose>'
      }
    }
  },
  /**
   * Lookup108: pallet_consent::types::EmergencyReason
   **/
  PalletConsentEmergencyReason: {
    _enum: ['LifeThreatening', 'PatientIncapacitated', 'UrgentTreatment', 'PublicHealthEmergency']
  },
  /**
   * Lookup109: pallet_ehr_anchor::pallet::Call<T>
   **/
  PalletEhrAnchorCall: {
    _enum: {
      anchor: {
        _alias: {
          hash_: 'hash',
        },
        record: 'H256',
        patient: 'u64',
        category: 'PalletConsentCategory',
        format: 'PalletEhrAnchorFormat',
        hash_: 'H256',
        locator: 'Option<H256>',
      },
      amend: {
        _alias: {
          hash_: 'hash',
        },
        record: 'H256',
        hash_: 'H256',
        locator: 'Option<H256>',
      },
      anchor_batch: {
        batch: 'H256',
        patient: 'u64',
        category: 'PalletConsentCategory',
        count: 'u32',
        root: 'H256',
      },
      retract: {
        anchor: 'PalletEhrAnchorAnchor',
        reason: 'PalletEhrAnchorRetractReason',
      },
      log_access: {
        anchor: 'PalletEhrAnchorAnchor',
        basis: 'PalletEhrAnchorAccessBasis',
        purpose: 'PalletConsentPurpose',
      },
      log_releases: {
        reader: 'u32',
        evidence: 'H256',
        decidedAt: 'u32',
        releases: 'Vec<PalletEhrAnchorRelease>'
      }
    }
  },
  /**
   * Lookup110: pallet_ehr_anchor::types::Format
   **/
  PalletEhrAnchorFormat: {
    _enum: {
      FhirR4: 'PalletEhrAnchorFhirResource',
      Hl7v2: 'Null',
      CdaR2: 'Null',
      Dicom: 'Null',
      Pdf: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup111: pallet_ehr_anchor::types::FhirResource
   **/
  PalletEhrAnchorFhirResource: {
    _enum: ['AllergyIntolerance', 'Bundle', 'CarePlan', 'Composition', 'Condition', 'DiagnosticReport', 'DocumentReference', 'Encounter', 'FamilyMemberHistory', 'ImagingStudy', 'Immunization', 'MedicationAdministration', 'MedicationDispense', 'MedicationRequest', 'MedicationStatement', 'MolecularSequence', 'Observation', 'Patient', 'Procedure', 'QuestionnaireResponse', 'ServiceRequest', 'Specimen']
  },
  /**
   * Lookup113: pallet_ehr_anchor::types::Anchor
   **/
  PalletEhrAnchorAnchor: {
    _enum: {
      Record: 'H256',
      Batch: 'H256'
    }
  },
  /**
   * Lookup114: pallet_ehr_anchor::types::RetractReason
   **/
  PalletEhrAnchorRetractReason: {
    _enum: ['EnteredInError', 'PatientRequest', 'Duplicate', 'RetentionExpired']
  },
  /**
   * Lookup115: pallet_ehr_anchor::types::AccessBasis
   **/
  PalletEhrAnchorAccessBasis: {
    _enum: {
      Grant: 'u32',
      Emergency: 'Null'
    }
  },
  /**
   * Lookup117: pallet_ehr_anchor::types::Release
   **/
  PalletEhrAnchorRelease: {
    anchor: 'PalletEhrAnchorAnchor',
    basis: 'PalletEhrAnchorAccessBasis',
    purpose: 'PalletConsentPurpose'
  },
  /**
   * Lookup119: pallet_medchain_bridge::pallet::Call<T>
   **/
  PalletMedchainBridgeCall: {
    _enum: {
      set_peer: {
        genesis: 'H256',
      },
      set_lease_period: {
        period: 'u64',
      },
      export_consent: {
        onBehalfOf: 'Option<u64>',
        organization: 'u32',
        categories: 'Vec<PalletConsentCategory>',
        purposes: 'Vec<PalletConsentPurpose>',
        custodians: 'Vec<u32>',
        expiresAt: 'Option<u64>',
      },
      revoke_export: {
        onBehalfOf: 'Option<u64>',
        export: 'u64',
      },
      share_record: {
        record: 'H256',
      },
      request_remote_access: {
        patient: 'AccountId32',
        category: 'PalletConsentCategory',
        purpose: 'PalletConsentPurpose',
        custodian: 'Option<u32>',
      },
      force_revoke_export: {
        export: 'u64',
      },
      export_consent_to: {
        onBehalfOf: 'Option<u64>',
        to: 'PalletMedchainBridgeRemoteOrg',
        categories: 'Vec<PalletConsentCategory>',
        purposes: 'Vec<PalletConsentPurpose>',
        custodians: 'Vec<u32>',
        expiresAt: 'Option<u64>',
      },
      share_record_with: {
        record: 'H256',
        chain: 'H256',
      },
      request_remote_access_from: {
        chain: 'H256',
        patient: 'AccountId32',
        category: 'PalletConsentCategory',
        purpose: 'PalletConsentPurpose',
        custodian: 'Option<u32>',
      },
      add_peer: {
        slot: 'u8',
        genesis: 'H256',
        init: 'BpHeaderChainInitializationData',
      },
      remove_peer: {
        genesis: 'H256'
      }
    }
  },
  /**
   * Lookup120: pallet_medchain_bridge::types::RemoteOrg
   **/
  PalletMedchainBridgeRemoteOrg: {
    chain: 'H256',
    organization: 'u32'
  },
  /**
   * Lookup121: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup123: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup124: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup125: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup126: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup129: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup130: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup131: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup132: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup133: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup135: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup137: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup138: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup140: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup142: frame_system::EventRecord<medchain_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup144: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup145: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup146: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup147: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup148: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup149: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup150: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup151: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup152: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup153: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup154: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup156: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'MedchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup157: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup158: medchain_runtime::RuntimeHoldReason
   **/
  MedchainRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      __Unused40: 'Null',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      __Unused44: 'Null',
      __Unused45: 'Null',
      __Unused46: 'Null',
      __Unused47: 'Null',
      __Unused48: 'Null',
      __Unused49: 'Null',
      PatientIdentity: 'PalletPatientIdentityHoldReason',
      Consent: 'PalletConsentHoldReason',
      __Unused52: 'Null',
      MedchainBridge: 'PalletMedchainBridgeHoldReason'
    }
  },
  /**
   * Lookup159: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup160: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup161: pallet_patient_identity::pallet::HoldReason
   **/
  PalletPatientIdentityHoldReason: {
    _enum: ['PatientRegistration', 'Sponsorship', 'Endpoint']
  },
  /**
   * Lookup162: pallet_consent::pallet::HoldReason
   **/
  PalletConsentHoldReason: {
    _enum: ['GrantDeposit', 'RequestDeposit']
  },
  /**
   * Lookup163: pallet_medchain_bridge::pallet::HoldReason
   **/
  PalletMedchainBridgeHoldReason: {
    _enum: ['ExportDeposit']
  },
  /**
   * Lookup164: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup165: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup166: pallet_atomic_swap::pallet::Event<T>
   **/
  PalletAtomicSwapEvent: {
    _enum: {
      NewSwap: {
        account: 'AccountId32',
        proof: '[u8;32]',
        swap: 'PalletAtomicSwapPendingSwap',
      },
      SwapClaimed: {
        account: 'AccountId32',
        proof: '[u8;32]',
        success: 'bool',
      },
      SwapCancelled: {
        account: 'AccountId32',
        proof: '[u8;32]'
      }
    }
  },
  /**
   * Lookup167: pallet_atomic_swap::PendingSwap<T>
   **/
  PalletAtomicSwapPendingSwap: {
    source: 'AccountId32',
    action: 'MedchainRuntimeSwapsDepositedSwap',
    endBlock: 'u32'
  },
  /**
   * Lookup168: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup169: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup170: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup171: pallet_consortium::pallet::Event<T>
   **/
  PalletConsortiumEvent: {
    _enum: {
      ValidatorAdded: {
        who: 'AccountId32',
      },
      ValidatorRemoved: {
        who: 'AccountId32',
      },
      RotationForced: 'Null',
      DispatchedAsRoot: {
        result: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup172: pallet_node_authorization::pallet::Event<T>
   **/
  PalletNodeAuthorizationEvent: {
    _enum: {
      NodeAdded: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      NodeRemoved: {
        peerId: 'OpaquePeerId',
      },
      NodeSwapped: {
        removed: 'OpaquePeerId',
        added: 'OpaquePeerId',
      },
      NodesReset: {
        nodes: 'Vec<(OpaquePeerId,AccountId32)>',
      },
      NodeClaimed: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      ClaimRemoved: {
        peerId: 'OpaquePeerId',
        who: 'AccountId32',
      },
      NodeTransferred: {
        peerId: 'OpaquePeerId',
        target: 'AccountId32',
      },
      ConnectionsAdded: {
        peerId: 'OpaquePeerId',
        allowedConnections: 'Vec<OpaquePeerId>',
      },
      ConnectionsRemoved: {
        peerId: 'OpaquePeerId',
        allowedConnections: 'Vec<OpaquePeerId>'
      }
    }
  },
  /**
   * Lookup173: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup174: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup175: pallet_bridge_grandpa::pallet::Event<T, I>
   **/
  PalletBridgeGrandpaEvent: {
    _enum: {
      UpdatedBestFinalizedHeader: {
        _alias: {
          hash_: 'hash',
        },
        number: 'u32',
        hash_: 'H256',
        grandpaInfo: 'BpHeaderChainHeaderFinalityInfo'
      }
    }
  },
  /**
   * Lookup176: bp_header_chain::HeaderFinalityInfo<bp_header_chain::justification::GrandpaJustification<sp_runtime::generic::header::Header<Number, Hash>>, bp_header_chain::AuthoritySet>
   **/
  BpHeaderChainHeaderFinalityInfo: {
    finalityProof: 'BpHeaderChainJustificationGrandpaJustification',
    newVerificationContext: 'Option<BpHeaderChainAuthoritySet>'
  },
  /**
   * Lookup177: bp_header_chain::AuthoritySet
   **/
  BpHeaderChainAuthoritySet: {
    authorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    setId: 'u64'
  },
  /**
   * Lookup179: pallet_bridge_messages::pallet::Event<T, I>
   **/
  PalletBridgeMessagesEvent: {
    _enum: {
      MessageAccepted: {
        laneId: 'BpMessagesLaneLegacyLaneId',
        nonce: 'u64',
      },
      MessagesReceived: 'BpMessagesReceivedMessages',
      MessagesDelivered: {
        laneId: 'BpMessagesLaneLegacyLaneId',
        messages: 'BpMessagesDeliveredMessages'
      }
    }
  },
  /**
   * Lookup180: bp_messages::ReceivedMessages<pallet_medchain_bridge::message::Outcome, bp_messages::lane::LegacyLaneId>
   **/
  BpMessagesReceivedMessages: {
    lane: 'BpMessagesLaneLegacyLaneId',
    receiveResults: 'Vec<(u64,BpMessagesReceptionResult)>'
  },
  /**
   * Lookup181: pallet_medchain_bridge::message::Outcome
   **/
  PalletMedchainBridgeMessageOutcome: {
    _enum: {
      Applied: 'Null',
      Rejected: 'PalletMedchainBridgeFailReason'
    }
  },
  /**
   * Lookup182: pallet_medchain_bridge::types::FailReason
   **/
  PalletMedchainBridgeFailReason: {
    _enum: ['BadMessage', 'WrongOrigin', 'UnknownOrganization', 'OrganizationSuspended', 'TooManyLeases', 'Lapsed', 'Busy', 'PatientOfThisChain', 'WrongDestination']
  },
  /**
   * Lookup185: bp_messages::ReceptionResult<pallet_medchain_bridge::message::Outcome>
   **/
  BpMessagesReceptionResult: {
    _enum: {
      Dispatched: 'BpRuntimeMessagesMessageDispatchResult',
      InvalidNonce: 'Null',
      TooManyUnrewardedRelayers: 'Null',
      TooManyUnconfirmedMessages: 'Null'
    }
  },
  /**
   * Lookup186: bp_runtime::messages::MessageDispatchResult<pallet_medchain_bridge::message::Outcome>
   **/
  BpRuntimeMessagesMessageDispatchResult: {
    unspentWeight: 'SpWeightsWeightV2Weight',
    dispatchLevelResult: 'PalletMedchainBridgeMessageOutcome'
  },
  /**
   * Lookup187: bp_messages::DeliveredMessages
   **/
  BpMessagesDeliveredMessages: {
    begin: 'u64',
    end: 'u64'
  },
  /**
   * Lookup196: pallet_patient_identity::pallet::Event<T>
   **/
  PalletPatientIdentityEvent: {
    _enum: {
      PatientRegistered: {
        patient: 'u64',
        account: 'AccountId32',
      },
      CommitmentUpdated: {
        patient: 'u64',
        by: 'AccountId32',
      },
      PatientDeregistered: {
        patient: 'u64',
      },
      DelegateAdded: {
        patient: 'u64',
        delegate: 'AccountId32',
        permissions: 'u8',
      },
      DelegateRemoved: {
        patient: 'u64',
        delegate: 'AccountId32',
      },
      RecoveryThresholdSet: {
        patient: 'u64',
        threshold: 'u8',
      },
      KeyRotationOffered: {
        patient: 'u64',
        newAccount: 'AccountId32',
      },
      KeyRotated: {
        _alias: {
          new_: 'new',
        },
        patient: 'u64',
        old: 'AccountId32',
        new_: 'AccountId32',
      },
      RecoveryVouched: {
        patient: 'u64',
        guardian: 'AccountId32',
        newAccount: 'AccountId32',
        vouches: 'u32',
      },
      RecoveryApproved: {
        patient: 'u64',
        newAccount: 'AccountId32',
        claimableAt: 'u32',
      },
      PatientRecovered: {
        _alias: {
          new_: 'new',
        },
        patient: 'u64',
        old: 'AccountId32',
        new_: 'AccountId32',
      },
      RecoveryCancelled: {
        patient: 'u64',
        by: 'AccountId32',
      },
      OrganizationRegistered: {
        organization: 'u32',
        admin: 'AccountId32',
        kind: 'PalletPatientIdentityOrganizationKind',
        roles: 'u8',
      },
      OrganizationSuspended: {
        organization: 'u32',
      },
      OrganizationReinstated: {
        organization: 'u32',
      },
      OrganizationRolesSet: {
        organization: 'u32',
        roles: 'u8',
      },
      OperatorInvited: {
        organization: 'u32',
        operator: 'AccountId32',
      },
      OperatorInvitationWithdrawn: {
        organization: 'u32',
        operator: 'AccountId32',
      },
      OperatorAdded: {
        organization: 'u32',
        operator: 'AccountId32',
      },
      OperatorRemoved: {
        organization: 'u32',
        operator: 'AccountId32',
      },
      LinkAuthorized: {
        patient: 'u64',
        organization: 'u32',
      },
      LinkProposed: {
        patient: 'u64',
        organization: 'u32',
      },
      LinkEstablished: {
        patient: 'u64',
        organization: 'u32',
      },
      LinkRemoved: {
        patient: 'u64',
        organization: 'u32',
        by: 'PalletPatientIdentityLinkSide',
      },
      PatientOnboarded: {
        account: 'AccountId32',
        organization: 'u32',
      },
      SponsorshipEnded: {
        account: 'AccountId32',
        organization: 'u32',
      },
      EndpointSet: {
        organization: 'u32',
        endpoint: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup197: pallet_patient_identity::types::LinkSide
   **/
  PalletPatientIdentityLinkSide: {
    _enum: ['Patient', 'Organization']
  },
  /**
   * Lookup198: pallet_consent::pallet::Event<T>
   **/
  PalletConsentEvent: {
    _enum: {
      ConsentGranted: {
        patient: 'u64',
        grant: 'u32',
        grantees: 'Vec<u32>',
        expiresAt: 'Option<u32>',
        by: 'AccountId32',
      },
      ConsentRevoked: {
        patient: 'u64',
        grant: 'u32',
        by: 'AccountId32',
      },
      ConsentAmended: {
        patient: 'u64',
        grant: 'u32',
        by: 'AccountId32',
      },
      ConsentExpired: {
        patient: 'u64',
        grant: 'u32',
      },
      AccessRequested: {
        patient: 'u64',
        request: 'u32',
        organization: 'u32',
        expiresAt: 'u32',
      },
      RequestApproved: {
        patient: 'u64',
        request: 'u32',
        grant: 'u32',
      },
      RequestDenied: {
        patient: 'u64',
        request: 'u32',
      },
      RequestCancelled: {
        patient: 'u64',
        request: 'u32',
      },
      RequestExpired: {
        patient: 'u64',
        request: 'u32',
      },
      EmergencyAccessOpened: {
        patient: 'u64',
        organization: 'u32',
        operator: 'AccountId32',
        reason: 'PalletConsentEmergencyReason',
        expiresAt: 'u32',
      },
      EmergencyAccessEnded: {
        patient: 'u64',
        organization: 'u32',
        by: 'AccountId32',
      },
      EmergencyAccessExpired: {
        patient: 'u64',
        organization: 'u32',
      },
      EmergencyOptOutSet: {
        patient: 'u64',
        optOut: 'bool',
      },
      ConsentsCleared: {
        patient: 'u64',
        grants: 'u32',
        requests: 'u32'
      }
    }
  },
  /**
   * Lookup199: pallet_ehr_anchor::pallet::Event<T>
   **/
  PalletEhrAnchorEvent: {
    _enum: {
      RecordAnchored: {
        record: 'H256',
        patient: 'u64',
        custodian: 'u32',
        category: 'PalletConsentCategory',
      },
      RecordAmended: {
        record: 'H256',
        patient: 'u64',
        version: 'u32',
      },
      BatchAnchored: {
        batch: 'H256',
        patient: 'u64',
        custodian: 'u32',
        category: 'PalletConsentCategory',
        count: 'u32',
        root: 'H256',
      },
      Retracted: {
        anchor: 'PalletEhrAnchorAnchor',
        patient: 'u64',
        reason: 'PalletEhrAnchorRetractReason',
      },
      AccessLogged: {
        patient: 'u64',
        entry: 'PalletEhrAnchorAuditEntry',
        head: 'H256',
      },
      ReleasesAttested: {
        custodian: 'u32',
        reader: 'u32',
        evidence: 'H256',
        decidedAt: 'u32',
        count: 'u32',
        notCoveredAtInclusion: 'u32'
      }
    }
  },
  /**
   * Lookup200: pallet_ehr_anchor::types::AuditEntry<BlockNumber>
   **/
  PalletEhrAnchorAuditEntry: {
    index: 'u64',
    anchor: 'PalletEhrAnchorAnchor',
    accessor: 'u32',
    basis: 'PalletEhrAnchorAccessBasis',
    purpose: 'PalletConsentPurpose',
    at: 'u32'
  },
  /**
   * Lookup201: pallet_medchain_bridge::pallet::Event<T>
   **/
  PalletMedchainBridgeEvent: {
    _enum: {
      PeerSet: {
        peer: 'H256',
      },
      PeerAdded: {
        chain: 'H256',
        slot: 'u8',
      },
      PeerRemoving: {
        chain: 'H256',
        slot: 'u8',
      },
      PeerRemoved: {
        chain: 'H256',
        slot: 'u8',
      },
      LeasePeriodSet: {
        period: 'u64',
      },
      ConsentExported: {
        patient: 'u64',
        export: 'u64',
        to: 'PalletMedchainBridgeRemoteOrg',
        validUntil: 'u64',
        nonce: 'u64',
      },
      ExportRevoked: {
        patient: 'u64',
        export: 'u64',
        nonce: 'Option<u64>',
      },
      HeartbeatSent: {
        chain: 'H256',
        validUntil: 'u64',
        nonce: 'u64',
      },
      HeartbeatDeferred: {
        chain: 'H256',
      },
      PendingRevokeSent: {
        chain: 'H256',
        export: 'u64',
        nonce: 'u64',
      },
      ExportRefused: {
        export: 'u64',
        reason: 'PalletMedchainBridgeFailReason',
      },
      ExportEnded: {
        patient: 'u64',
        export: 'u64',
        reason: 'PalletMedchainBridgeExportEnd',
        nonce: 'Option<u64>',
      },
      ExportRekeyed: {
        patient: 'u64',
        export: 'u64',
        account: 'AccountId32',
        nonce: 'u64',
      },
      RecordShared: {
        record: 'H256',
        nonce: 'u64',
        chain: 'H256',
      },
      AccessRequested: {
        request: 'u64',
        organization: 'u32',
        nonce: 'u64',
        chain: 'H256',
      },
      AccessAnswered: {
        request: 'u64',
        organization: 'u32',
        answer: 'Result<(u64,u64), PalletConsentDenyReason>',
      },
      LeaseReceived: {
        patient: 'AccountId32',
        export: 'u64',
        organization: 'u32',
        validUntil: 'u64',
        chain: 'H256',
      },
      HeartbeatReceived: {
        chain: 'H256',
        validUntil: 'u64',
      },
      LeaseRevoked: {
        patient: 'AccountId32',
        export: 'u64',
        chain: 'H256',
      },
      RemoteRecordReceived: {
        record: 'H256',
        custodian: 'PalletMedchainBridgeRemoteOrg',
        version: 'u32',
      },
      AccessRequestAnswered: {
        request: 'u64',
        organization: 'u32',
        answer: 'Result<(u64,u64), PalletConsentDenyReason>',
      },
      MessageApplied: {
        nonce: 'u64',
        slot: 'u8',
      },
      MessageRejected: {
        nonce: 'u64',
        reason: 'PalletMedchainBridgeFailReason',
        slot: 'u8',
      },
      MessageFailed: {
        nonce: 'u64',
        reason: 'PalletMedchainBridgeFailReason',
        chain: 'H256'
      }
    }
  },
  /**
   * Lookup202: pallet_medchain_bridge::types::ExportEnd
   **/
  PalletMedchainBridgeExportEnd: {
    _enum: ['PatientDeregistered', 'ByGovernance', 'ConsentEnded', 'NoRenewalSlot', 'RekeyNotSent', 'PeerRemoved']
  },
  /**
   * Lookup205: pallet_consent::types::DenyReason
   **/
  PalletConsentDenyReason: {
    _enum: ['UnknownPatient', 'UnknownOrganization', 'OrganizationSuspended', 'NoGrant', 'NotYetValid', 'Expired', 'CategoryNotCovered', 'PurposeNotCovered', 'CustodianNotCovered', 'LeaseLapsed', 'NotFinal']
  },
  /**
   * Lookup206: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup210: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup213: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup214: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup215: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup216: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup218: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup219: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup220: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup221: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup226: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup227: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup229: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup230: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup233: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup236: frame_support::traits::tokens::misc::IdAmount<medchain_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedchainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup239: frame_support::traits::tokens::misc::IdAmount<medchain_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedchainRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup240: medchain_runtime::RuntimeFreezeReason
   **/
  MedchainRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup242: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup244: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup245: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup246: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup248: pallet_atomic_swap::pallet::Error<T>
   **/
  PalletAtomicSwapError: {
    _enum: ['AlreadyExist', 'InvalidProof', 'ProofTooLarge', 'SourceMismatch', 'AlreadyClaimed', 'NotExist', 'ClaimActionMismatch', 'DurationNotPassed']
  },
  /**
   * Lookup249: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup252: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup253: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup255: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup256: pallet_consortium::Authored<BlockNumber>
   **/
  PalletConsortiumAuthored: {
    block: 'u32',
    slot: 'Option<u64>'
  },
  /**
   * Lookup257: pallet_consortium::pallet::Error<T>
   **/
  PalletConsortiumError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'TooManyValidators', 'TooFewValidators']
  },
  /**
   * Lookup259: pallet_node_authorization::pallet::Error<T>
   **/
  PalletNodeAuthorizationError: {
    _enum: ['PeerIdTooLong', 'TooManyNodes', 'AlreadyJoined', 'NotExist', 'AlreadyClaimed', 'NotClaimed', 'NotOwner', 'PermissionDenied']
  },
  /**
   * Lookup263: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup264: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup266: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup274: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup275: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup276: bp_runtime::HeaderId<primitive_types::H256, Number>
   **/
  BpRuntimeHeaderId: '(u32,H256)',
  /**
   * Lookup277: bp_header_chain::StoredHeaderData<Number, primitive_types::H256>
   **/
  BpHeaderChainStoredHeaderData: {
    number: 'u32',
    stateRoot: 'H256'
  },
  /**
   * Lookup278: pallet_bridge_grandpa::storage_types::StoredAuthoritySet<T, I>
   **/
  PalletBridgeGrandpaStorageTypesStoredAuthoritySet: {
    authorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    setId: 'u64'
  },
  /**
   * Lookup280: pallet_bridge_grandpa::pallet::Error<T, I>
   **/
  PalletBridgeGrandpaError: {
    _enum: {
      InvalidJustification: 'Null',
      InvalidAuthoritySet: 'Null',
      OldHeader: 'Null',
      UnsupportedScheduledChange: 'Null',
      NotInitialized: 'Null',
      AlreadyInitialized: 'Null',
      TooManyAuthoritiesInSet: 'Null',
      BridgeModule: 'BpRuntimeOwnedBridgeModuleError',
      InvalidAuthoritySetId: 'Null',
      FreeHeadersLimitExceded: 'Null',
      BelowFreeHeaderInterval: 'Null',
      HeaderOverflowLimits: 'Null'
    }
  },
  /**
   * Lookup281: bp_runtime::OwnedBridgeModuleError
   **/
  BpRuntimeOwnedBridgeModuleError: {
    _enum: ['Halted']
  },
  /**
   * Lookup282: bp_messages::InboundLaneData<sp_core::crypto::AccountId32>
   **/
  BpMessagesInboundLaneData: {
    relayers: 'Vec<BpMessagesUnrewardedRelayer>',
    lastConfirmedNonce: 'u64',
    state: 'BpMessagesLaneLaneState'
  },
  /**
   * Lookup284: bp_messages::UnrewardedRelayer<sp_core::crypto::AccountId32>
   **/
  BpMessagesUnrewardedRelayer: {
    relayer: 'AccountId32',
    messages: 'BpMessagesDeliveredMessages'
  },
  /**
   * Lookup285: bp_messages::lane::LaneState
   **/
  BpMessagesLaneLaneState: {
    _enum: ['Opened', 'Closed']
  },
  /**
   * Lookup286: bp_messages::OutboundLaneData
   **/
  BpMessagesOutboundLaneData: {
    oldestUnprunedNonce: 'u64',
    latestReceivedNonce: 'u64',
    latestGeneratedNonce: 'u64',
    state: 'BpMessagesLaneLaneState'
  },
  /**
   * Lookup287: bp_messages::MessageKey<bp_messages::lane::LegacyLaneId>
   **/
  BpMessagesMessageKey: {
    laneId: 'BpMessagesLaneLegacyLaneId',
    nonce: 'u64'
  },
  /**
   * Lookup289: pallet_bridge_messages::pallet::Error<T, I>
   **/
  PalletBridgeMessagesError: {
    _enum: {
      NotOperatingNormally: 'Null',
      LanesManager: 'PalletBridgeMessagesLanesManagerLanesManagerError',
      MessageRejectedByPallet: 'BpMessagesVerificationError',
      TooManyMessagesInTheProof: 'Null',
      InvalidMessagesProof: 'Null',
      InvalidMessagesDeliveryProof: 'Null',
      InvalidUnrewardedRelayersState: 'Null',
      InsufficientDispatchWeight: 'Null',
      ReceptionConfirmation: 'PalletBridgeMessagesOutboundLaneReceptionConfirmationError',
      BridgeModule: 'BpRuntimeOwnedBridgeModuleError'
    }
  },
  /**
   * Lookup290: pallet_bridge_messages::lanes_manager::LanesManagerError
   **/
  PalletBridgeMessagesLanesManagerLanesManagerError: {
    _enum: ['InboundLaneAlreadyExists', 'OutboundLaneAlreadyExists', 'UnknownInboundLane', 'UnknownOutboundLane', 'ClosedInboundLane', 'ClosedOutboundLane', 'LaneDispatcherInactive']
  },
  /**
   * Lookup291: bp_messages::VerificationError
   **/
  BpMessagesVerificationError: {
    _enum: {
      EmptyMessageProof: 'Null',
      HeaderChain: 'BpHeaderChainHeaderChainError',
      InboundLaneStorage: 'BpRuntimeStorageProofStorageProofError',
      InvalidMessageWeight: 'Null',
      MessagesCountMismatch: 'Null',
      MessageStorage: 'BpRuntimeStorageProofStorageProofError',
      MessageTooLarge: 'Null',
      OutboundLaneStorage: 'BpRuntimeStorageProofStorageProofError',
      StorageProof: 'BpRuntimeStorageProofStorageProofError',
      Other: 'Null'
    }
  },
  /**
   * Lookup292: bp_header_chain::HeaderChainError
   **/
  BpHeaderChainHeaderChainError: {
    _enum: {
      UnknownHeader: 'Null',
      StorageProof: 'BpRuntimeStorageProofStorageProofError'
    }
  },
  /**
   * Lookup293: bp_runtime::storage_proof::StorageProofError
   **/
  BpRuntimeStorageProofStorageProofError: {
    _enum: ['UnableToGenerateTrieProof', 'InvalidProof', 'UnsortedEntries', 'UnavailableKey', 'EmptyVal', 'DecodeError', 'UnusedKey', 'StorageRootMismatch', 'StorageValueUnavailable', 'DuplicateNodes']
  },
  /**
   * Lookup294: pallet_bridge_messages::outbound_lane::ReceptionConfirmationError
   **/
  PalletBridgeMessagesOutboundLaneReceptionConfirmationError: {
    _enum: ['FailedToConfirmFutureMessages', 'EmptyUnrewardedRelayerEntry', 'NonConsecutiveUnrewardedRelayerEntries', 'TryingToConfirmMoreMessagesThanExpected']
  },
  /**
   * Lookup319: pallet_patient_identity::types::PatientInfo<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxDelegates>
   **/
  PalletPatientIdentityPatientInfo: {
    account: 'AccountId32',
    commitment: 'H256',
    registeredAt: 'u32',
    delegates: 'Vec<(AccountId32,u8)>',
    recoveryThreshold: 'u8',
    links: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup323: pallet_patient_identity::types::OrganizationInfo<sp_core::crypto::AccountId32, MaxOperators>
   **/
  PalletPatientIdentityOrganizationInfo: {
    kind: 'PalletPatientIdentityOrganizationKind',
    roles: 'u8',
    status: 'PalletPatientIdentityOrganizationStatus',
    admin: 'AccountId32',
    operators: 'Vec<AccountId32>'
  },
  /**
   * Lookup324: pallet_patient_identity::types::OrganizationStatus
   **/
  PalletPatientIdentityOrganizationStatus: {
    _enum: ['Active', 'Suspended']
  },
  /**
   * Lookup327: pallet_patient_identity::types::Link
   **/
  PalletPatientIdentityLink: {
    status: 'PalletPatientIdentityLinkStatus',
    mrnCommitment: 'Option<H256>'
  },
  /**
   * Lookup328: pallet_patient_identity::types::LinkStatus
   **/
  PalletPatientIdentityLinkStatus: {
    _enum: ['AwaitingOrganization', 'AwaitingPatient', 'Active']
  },
  /**
   * Lookup329: pallet_patient_identity::types::Recovery<sp_core::crypto::AccountId32, BlockNumber, MaxDelegates>
   **/
  PalletPatientIdentityRecovery: {
    newAccount: 'AccountId32',
    vouchers: 'Vec<AccountId32>',
    claimableAt: 'Option<u32>'
  },
  /**
   * Lookup331: pallet_patient_identity::types::Sponsorship<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletPatientIdentitySponsorship: {
    organization: 'u32',
    payer: 'AccountId32',
    deposit: 'u128',
    periodStart: 'u32',
    used: 'u32'
  },
  /**
   * Lookup333: pallet_patient_identity::types::DepositKey
   **/
  PalletPatientIdentityDepositKey: {
    _enum: {
      Registration: 'Null',
      Grant: 'u32',
      Export: 'u64'
    }
  },
  /**
   * Lookup334: pallet_patient_identity::types::SponsoredDeposit<sp_core::crypto::AccountId32, Balance, medchain_runtime::RuntimeHoldReason>
   **/
  PalletPatientIdentitySponsoredDeposit: {
    payer: 'AccountId32',
    organization: 'u32',
    reason: 'MedchainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup335: pallet_patient_identity::types::EndpointInfo<sp_core::crypto::AccountId32, Balance, MaxEndpointLen>
   **/
  PalletPatientIdentityEndpointInfo: {
    url: 'Bytes',
    depositor: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup336: pallet_patient_identity::pallet::Error<T>
   **/
  PalletPatientIdentityError: {
    _enum: ['AlreadyPatient', 'NotPatient', 'UnknownPatient', 'NotAuthorized', 'AlreadyMember', 'UnknownOrganization', 'NotOperator', 'NotAdmin', 'OrganizationSuspended', 'AlreadySuspended', 'NotSuspended', 'InvalidFlags', 'TooManyDelegates', 'NotDelegate', 'SelfDelegation', 'TooManyOperators', 'NotOrganizationOperator', 'TooManyLinks', 'LinkExists', 'NoLink', 'ThresholdTooHigh', 'RecoveryNotEnabled', 'RecoveryConflict', 'AlreadyVouched', 'NoRecovery', 'InvalidNewKey', 'AlreadySponsored', 'NotSponsored', 'NotSponsor', 'SponsorLimitReached', 'NotNewKey', 'NotClaimableYet', 'AlreadyInvited', 'NotInvited', 'InvalidEndpoint', 'NoEndpoint']
  },
  /**
   * Lookup337: pallet_consent::types::PatientConsents<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxGrants, MaxRequests, MaxEmergency, MaxGrantees, MaxCustodians>
   **/
  PalletConsentPatientConsents: {
    nextId: 'u32',
    grants: 'Vec<PalletConsentGrant>',
    requests: 'Vec<PalletConsentRequest>',
    emergency: 'Vec<PalletConsentEmergencyAccess>',
    emergencyOptOut: 'bool'
  },
  /**
   * Lookup339: pallet_consent::types::Grant<Balance, BlockNumber, MaxGrantees, MaxCustodians>
   **/
  PalletConsentGrant: {
    id: 'u32',
    grantees: 'Vec<u32>',
    categories: 'u16',
    purposes: 'u8',
    custodians: 'Vec<u32>',
    startsAt: 'u32',
    expiresAt: 'Option<u32>',
    deposit: 'u128'
  },
  /**
   * Lookup344: pallet_consent::types::Request<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxCustodians>
   **/
  PalletConsentRequest: {
    id: 'u32',
    organization: 'u32',
    requester: 'AccountId32',
    categories: 'u16',
    purposes: 'u8',
    custodians: 'Vec<u32>',
    duration: 'u32',
    expiresAt: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup347: pallet_consent::types::EmergencyAccess<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentEmergencyAccess: {
    organization: 'u32',
    operator: 'AccountId32',
    reason: 'PalletConsentEmergencyReason',
    openedAt: 'u32',
    expiresAt: 'u32'
  },
  /**
   * Lookup350: pallet_consent::pallet::Error<T>
   **/
  PalletConsentError: {
    _enum: ['UnknownGrant', 'UnknownRequest', 'TooManyGrants', 'TooManyRequests', 'TooManyEmergencyAccesses', 'InvalidScope', 'InvalidGrantees', 'InvalidWindow', 'RequestPending', 'RequestExpired', 'NotRequester', 'NoEmergencyRole', 'PatientOptedOut', 'EmergencyAccessOpen', 'NoEmergencyAccess', 'Unchanged']
  },
  /**
   * Lookup351: pallet_ehr_anchor::types::Record
   **/
  PalletEhrAnchorRecord: {
    _alias: {
      hash_: 'hash'
    },
    patient: 'u64',
    custodian: 'u32',
    category: 'PalletConsentCategory',
    format: 'PalletEhrAnchorFormat',
    hash_: 'H256',
    locator: 'Option<H256>',
    version: 'u32',
    retracted: 'Option<PalletEhrAnchorRetractReason>'
  },
  /**
   * Lookup354: pallet_ehr_anchor::types::Batch
   **/
  PalletEhrAnchorBatch: {
    patient: 'u64',
    custodian: 'u32',
    category: 'PalletConsentCategory',
    count: 'u32',
    root: 'H256',
    retracted: 'Option<PalletEhrAnchorRetractReason>'
  },
  /**
   * Lookup357: pallet_ehr_anchor::types::AuditHead
   **/
  PalletEhrAnchorAuditHead: {
    head: 'H256',
    count: 'u64'
  },
  /**
   * Lookup358: pallet_ehr_anchor::pallet::Error<T>
   **/
  PalletEhrAnchorError: {
    _enum: ['RecordExists', 'BatchExists', 'UnknownRecord', 'UnknownBatch', 'NotCustodianRole', 'NotLinked', 'NotCustodian', 'Retracted', 'HashReused', 'InvalidBatchSize', 'IndexFull', 'TooManyVersions', 'NoGrant', 'GrantNotValid', 'CategoryNotCovered', 'PurposeNotCovered', 'CustodianNotCovered', 'NoEmergencyAccess', 'UnknownReader', 'AttestationInFuture', 'AttestationTooOld', 'NoReleases']
  },
  /**
   * Lookup359: pallet_medchain_bridge::types::PeerInfo
   **/
  PalletMedchainBridgePeerInfo: {
    slot: 'u8',
    status: 'PalletMedchainBridgePeerStatus',
    exports: 'u32',
    pendingRevokes: 'u32',
    sentUntil: 'u64',
    liveUntil: 'u64'
  },
  /**
   * Lookup360: pallet_medchain_bridge::types::PeerStatus
   **/
  PalletMedchainBridgePeerStatus: {
    _enum: ['Active', 'Removing']
  },
  /**
   * Lookup362: pallet_medchain_bridge::types::Export<sp_core::crypto::AccountId32, Balance>
   **/
  PalletMedchainBridgeExport: {
    patient: 'u64',
    account: 'AccountId32',
    to: 'PalletMedchainBridgeRemoteOrg',
    scope: 'PalletMedchainBridgeLeaseScope',
    validUntil: 'u64',
    deposit: 'u128',
    leaseNonce: 'u64'
  },
  /**
   * Lookup363: pallet_medchain_bridge::types::LeaseScope
   **/
  PalletMedchainBridgeLeaseScope: {
    categories: 'u16',
    purposes: 'u8',
    custodians: 'Vec<u32>',
    expiresAt: 'Option<u64>'
  },
  /**
   * Lookup367: pallet_medchain_bridge::types::Lease
   **/
  PalletMedchainBridgeLease: {
    chain: 'H256',
    organization: 'u32',
    scope: 'PalletMedchainBridgeLeaseScope',
    validUntil: 'u64'
  },
  /**
   * Lookup368: pallet_medchain_bridge::types::RemoteRecord
   **/
  PalletMedchainBridgeRemoteRecord: {
    _alias: {
      hash_: 'hash'
    },
    custodian: 'PalletMedchainBridgeRemoteOrg',
    hash_: 'H256',
    version: 'u32',
    retracted: 'bool'
  },
  /**
   * Lookup369: pallet_medchain_bridge::pallet::Error<T>
   **/
  PalletMedchainBridgeError: {
    _enum: ['NoPeer', 'AmbiguousPeer', 'UnknownPeer', 'PeerNotActive', 'AlreadyPeer', 'SlotTaken', 'SlotOutOfRange', 'OwnChain', 'NotStarted', 'OutboundQueueFull', 'InvalidScope', 'InvalidWindow', 'TooManyExports', 'UnknownExport', 'UnknownRecord', 'NotCustodian', 'InvalidLeasePeriod']
  },
  /**
   * Lookup370: medchain_runtime::Runtime
   **/
  MedchainRuntimeRuntime: 'Null',
  /**
   * Lookup371: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medchain_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup375: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup378: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup381: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup383: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup384: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup385: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup386: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup391: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup392: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup394: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup397: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup405: pallet_patient_identity::runtime_api::PatientView<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPatientIdentityRuntimeApiPatientView: {
    id: 'u64',
    account: 'AccountId32',
    commitment: 'H256',
    registeredAt: 'u64',
    delegates: 'Vec<(AccountId32,u8)>',
    recoveryThreshold: 'u8',
    links: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup407: pallet_patient_identity::runtime_api::OrganizationView<sp_core::crypto::AccountId32>
   **/
  PalletPatientIdentityRuntimeApiOrganizationView: {
    id: 'u32',
    kind: 'PalletPatientIdentityOrganizationKind',
    roles: 'u8',
    status: 'PalletPatientIdentityOrganizationStatus',
    admin: 'AccountId32',
    operators: 'Vec<AccountId32>'
  },
  /**
   * Lookup409: pallet_consent::types::Custodian
   **/
  PalletConsentCustodian: {
    _enum: {
      Local: 'u32',
      Remote: {
        chain: 'H256',
        organization: 'u32'
      }
    }
  },
  /**
   * Lookup410: pallet_consent::types::AccessDecision<BlockNumber>
   **/
  PalletConsentAccessDecision: {
    _enum: {
      Granted: {
        grant: 'u32',
        expiresAt: 'Option<u64>',
      },
      Emergency: {
        reason: 'PalletConsentEmergencyReason',
        openedAt: 'u64',
        expiresAt: 'u64',
      },
      Denied: 'PalletConsentDenyReason',
      Leased: {
        chain: 'H256',
        lease: 'u64',
        validUntil: 'u64',
        expiresAt: 'Option<u64>'
      }
    }
  },
  /**
   * Lookup411: pallet_consent::runtime_api::ConsentsView<sp_core::crypto::AccountId32>
   **/
  PalletConsentRuntimeApiConsentsView: {
    patient: 'u64',
    grants: 'Vec<PalletConsentRuntimeApiGrantView>',
    requests: 'Vec<PalletConsentRuntimeApiRequestView>',
    emergency: 'Vec<PalletConsentRuntimeApiEmergencyView>',
    emergencyOptOut: 'bool'
  },
  /**
   * Lookup413: pallet_consent::runtime_api::GrantView
   **/
  PalletConsentRuntimeApiGrantView: {
    id: 'u32',
    grantees: 'Vec<u32>',
    categories: 'Vec<PalletConsentCategory>',
    purposes: 'Vec<PalletConsentPurpose>',
    custodians: 'Vec<u32>',
    startsAt: 'u64',
    expiresAt: 'Option<u64>'
  },
  /**
   * Lookup415: pallet_consent::runtime_api::RequestView<sp_core::crypto::AccountId32>
   **/
  PalletConsentRuntimeApiRequestView: {
    id: 'u32',
    organization: 'u32',
    requester: 'AccountId32',
    categories: 'Vec<PalletConsentCategory>',
    purposes: 'Vec<PalletConsentPurpose>',
    custodians: 'Vec<u32>',
    duration: 'u64',
    expiresAt: 'u64'
  },
  /**
   * Lookup417: pallet_consent::runtime_api::EmergencyView<sp_core::crypto::AccountId32>
   **/
  PalletConsentRuntimeApiEmergencyView: {
    organization: 'u32',
    operator: 'AccountId32',
    reason: 'PalletConsentEmergencyReason',
    openedAt: 'u64',
    expiresAt: 'u64'
  },
  /**
   * Lookup418: pallet_ehr_anchor::types::Verdict
   **/
  PalletEhrAnchorVerdict: {
    _enum: {
      Current: {
        version: 'u32',
        custodian: 'u32',
        category: 'PalletConsentCategory',
      },
      Superseded: {
        version: 'u32',
        currentVersion: 'u32',
        currentHash: 'H256',
      },
      Retracted: {
        reason: 'PalletEhrAnchorRetractReason',
      },
      InvalidProof: 'Null',
      Unknown: 'Null'
    }
  },
  /**
   * Lookup421: pallet_ehr_anchor::runtime_api::RecordPage
   **/
  PalletEhrAnchorRuntimeApiRecordPage: {
    _alias: {
      entries_: 'entries'
    },
    total: 'u32',
    entries_: 'Vec<PalletEhrAnchorRuntimeApiIndexEntry>',
    next: 'Option<u32>'
  },
  /**
   * Lookup423: pallet_ehr_anchor::runtime_api::IndexEntry
   **/
  PalletEhrAnchorRuntimeApiIndexEntry: {
    anchor: 'PalletEhrAnchorAnchor',
    custodian: 'u32',
    category: 'PalletConsentCategory',
    version: 'u32',
    count: 'u32',
    retracted: 'Option<PalletEhrAnchorRetractReason>'
  },
  /**
   * Lookup424: pallet_medchain_bridge::runtime_api::BridgeStatus
   **/
  PalletMedchainBridgeRuntimeApiBridgeStatus: {
    thisChain: 'Option<H256>',
    peer: 'Option<H256>',
    leasePeriod: 'u64',
    renewEvery: 'u32'
  },
  /**
   * Lookup426: pallet_medchain_bridge::runtime_api::LeaseView
   **/
  PalletMedchainBridgeRuntimeApiLeaseView: {
    chain: 'H256',
    export: 'u64',
    organization: 'u32',
    scope: 'PalletMedchainBridgeRuntimeApiScopeView',
    validUntil: 'u64'
  },
  /**
   * Lookup427: pallet_medchain_bridge::runtime_api::ScopeView
   **/
  PalletMedchainBridgeRuntimeApiScopeView: {
    categories: 'Vec<PalletConsentCategory>',
    purposes: 'Vec<PalletConsentPurpose>',
    custodians: 'Vec<u32>',
    expiresAt: 'Option<u64>'
  },
  /**
   * Lookup429: pallet_medchain_bridge::runtime_api::ExportView
   **/
  PalletMedchainBridgeRuntimeApiExportView: {
    export: 'u64',
    to: 'PalletMedchainBridgeRemoteOrg',
    scope: 'PalletMedchainBridgeRuntimeApiScopeView',
    validUntil: 'u64'
  },
  /**
   * Lookup430: pallet_medchain_bridge::types::RemoteVerdict
   **/
  PalletMedchainBridgeRemoteVerdict: {
    _enum: {
      Current: {
        custodian: 'PalletMedchainBridgeRemoteOrg',
        version: 'u32',
      },
      Mismatch: {
        custodian: 'PalletMedchainBridgeRemoteOrg',
        version: 'u32',
      },
      Retracted: {
        custodian: 'PalletMedchainBridgeRemoteOrg',
      },
      Unknown: 'Null'
    }
  },
  /**
   * Lookup432: pallet_medchain_bridge::runtime_api::PeerView
   **/
  PalletMedchainBridgeRuntimeApiPeerView: {
    chain: 'H256',
    slot: 'u8',
    status: 'PalletMedchainBridgePeerStatus',
    exports: 'u32',
    pendingRevokes: 'u32',
    sentUntil: 'u64',
    liveUntil: 'u64'
  },
  /**
   * Lookup433: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup434: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup436: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup440: medchain_runtime::RuntimeError
   **/
  MedchainRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      Utility: 'PalletUtilityError',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Balances: 'PalletBalancesError',
      __Unused11: 'Null',
      AtomicSwap: 'PalletAtomicSwapError',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Sudo: 'PalletSudoError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      Consortium: 'PalletConsortiumError',
      NodeAuthorization: 'PalletNodeAuthorizationError',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      Grandpa: 'PalletGrandpaError',
      Session: 'PalletSessionError',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      BridgeGrandpa: 'PalletBridgeGrandpaError',
      BridgeMessages: 'PalletBridgeMessagesError',
      BridgeGrandpa1: 'PalletBridgeGrandpaError',
      BridgeMessages1: 'PalletBridgeMessagesError',
      BridgeGrandpa2: 'PalletBridgeGrandpaError',
      BridgeMessages2: 'PalletBridgeMessagesError',
      BridgeGrandpa3: 'PalletBridgeGrandpaError',
      BridgeMessages3: 'PalletBridgeMessagesError',
      BridgeGrandpa4: 'PalletBridgeGrandpaError',
      BridgeMessages4: 'PalletBridgeMessagesError',
      PatientIdentity: 'PalletPatientIdentityError',
      Consent: 'PalletConsentError',
      EhrAnchor: 'PalletEhrAnchorError',
      MedchainBridge: 'PalletMedchainBridgeError'
    }
  }
};
