//! The pallet's events and errors: a pallet section, imported into the pallet declaration in
//! `lib.rs` (`#[import_section]`), so that lib.rs stays a readable map of the pallet. The items
//! are part of the `pallet` module, exactly as if written there.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events_and_errors {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient registered.
		PatientRegistered { patient: PatientId, account: T::AccountId },
		/// A patient's identity commitment changed.
		CommitmentUpdated { patient: PatientId, by: T::AccountId },
		/// A patient deregistered; their links, grants and requests are gone.
		PatientDeregistered { patient: PatientId },
		/// A patient named a delegate (or changed a delegate's permissions).
		DelegateAdded {
			patient: PatientId,
			delegate: T::AccountId,
			permissions: DelegatePermissions,
		},
		/// A patient removed a delegate.
		DelegateRemoved { patient: PatientId, delegate: T::AccountId },
		/// A patient set how many guardians must vouch for a recovery.
		RecoveryThresholdSet { patient: PatientId, threshold: u8 },
		/// A patient offered its identity to a new key, which must claim it (`claim_identity`).
		KeyRotationOffered { patient: PatientId, new_account: T::AccountId },
		/// A patient's identity moved to a new key (offered by the patient, claimed by the key).
		KeyRotated { patient: PatientId, old: T::AccountId, new: T::AccountId },
		/// A guardian vouched for moving a patient to `new_account`.
		RecoveryVouched {
			patient: PatientId,
			guardian: T::AccountId,
			new_account: T::AccountId,
			vouches: u32,
		},
		/// Enough guardians vouched: `new_account` may claim the identity from `claimable_at`,
		/// unless the patient's key or a delegate cancels first.
		RecoveryApproved {
			patient: PatientId,
			new_account: T::AccountId,
			claimable_at: BlockNumberFor<T>,
		},
		/// The new key claimed a recovered identity: the identity moved to it.
		PatientRecovered { patient: PatientId, old: T::AccountId, new: T::AccountId },
		/// The patient's key or a delegate cancelled a key change in progress.
		RecoveryCancelled { patient: PatientId, by: T::AccountId },
		/// Governance registered an organization.
		OrganizationRegistered {
			organization: OrganizationId,
			admin: T::AccountId,
			kind: OrganizationKind,
			roles: OrganizationRoles,
		},
		/// Governance suspended an organization.
		OrganizationSuspended { organization: OrganizationId },
		/// Governance reinstated an organization.
		OrganizationReinstated { organization: OrganizationId },
		/// Governance changed an organization's roles.
		OrganizationRolesSet { organization: OrganizationId, roles: OrganizationRoles },
		/// An organization's admin invited a key to become an operator.
		OperatorInvited { organization: OrganizationId, operator: T::AccountId },
		/// The admin withdrew an invitation the key had not accepted.
		OperatorInvitationWithdrawn { organization: OrganizationId, operator: T::AccountId },
		/// A key accepted an invitation and became an operator.
		OperatorAdded { organization: OrganizationId, operator: T::AccountId },
		/// An organization's admin removed an operator.
		OperatorRemoved { organization: OrganizationId, operator: T::AccountId },
		/// The patient side approved a link the organization has yet to complete.
		LinkAuthorized { patient: PatientId, organization: OrganizationId },
		/// The organization proposed a link the patient has yet to approve.
		LinkProposed { patient: PatientId, organization: OrganizationId },
		/// Both sides agreed: the link is active.
		LinkEstablished { patient: PatientId, organization: OrganizationId },
		/// A link or link proposal was removed.
		LinkRemoved { patient: PatientId, organization: OrganizationId, by: LinkSide },
		/// An organization onboarded a key: it pays the key's patient transactions and deposits.
		PatientOnboarded { account: T::AccountId, organization: OrganizationId },
		/// A sponsorship ended; deposits already held for the patient's records stay held.
		SponsorshipEnded { account: T::AccountId, organization: OrganizationId },
		/// An organization's admin published its gateway endpoint, replaced it, or withdrew it
		/// (`None`).
		EndpointSet {
			organization: OrganizationId,
			endpoint: Option<BoundedVec<u8, T::MaxEndpointLen>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already registered as a patient.
		AlreadyPatient,
		/// The account is not a registered patient.
		NotPatient,
		/// No patient with this id.
		UnknownPatient,
		/// The signer is neither the patient nor a delegate with the needed permission.
		NotAuthorized,
		/// The account already belongs to an organization.
		AlreadyMember,
		/// No organization with this id.
		UnknownOrganization,
		/// The signer is not an admin or operator of any organization.
		NotOperator,
		/// The signer is not the admin of an organization.
		NotAdmin,
		/// The organization is suspended.
		OrganizationSuspended,
		/// The organization is already suspended.
		AlreadySuspended,
		/// The organization is not suspended.
		NotSuspended,
		/// Unknown flag bits, or an empty set where one is needed.
		InvalidFlags,
		/// The patient already has the most delegates allowed.
		TooManyDelegates,
		/// The account is not a delegate of this patient.
		NotDelegate,
		/// A patient cannot be their own delegate.
		SelfDelegation,
		/// The organization already has the most operators allowed.
		TooManyOperators,
		/// The account is not an operator of this organization.
		NotOrganizationOperator,
		/// The patient already has the most links allowed.
		TooManyLinks,
		/// This link or proposal already exists.
		LinkExists,
		/// There is no link or proposal between this patient and organization.
		NoLink,
		/// The threshold is higher than the number of guardians (or a removal would make it so).
		ThresholdTooHigh,
		/// The patient has not enabled recovery.
		RecoveryNotEnabled,
		/// A recovery to a different account is already in progress.
		RecoveryConflict,
		/// This guardian already vouched.
		AlreadyVouched,
		/// No recovery is in progress.
		NoRecovery,
		/// The new key is already a patient, an organization member, one of the patient's
		/// delegates, a sponsored key, or the same key.
		InvalidNewKey,
		/// The key is already sponsored.
		AlreadySponsored,
		/// The key is not sponsored.
		NotSponsored,
		/// The signer is neither the sponsored key nor a member of the sponsoring organization.
		NotSponsor,
		/// The sponsor already holds the most deposits allowed
		/// ([`Config::MaxSponsoredDeposits`]).
		SponsorLimitReached,
		/// The signer is not the new key of this patient's key change.
		NotNewKey,
		/// The key change may not be claimed yet: guardians are short of the threshold, or the
		/// recovery delay has not passed.
		NotClaimableYet,
		/// The key was already invited to this organization.
		AlreadyInvited,
		/// The key has no invitation from this organization.
		NotInvited,
		/// A gateway endpoint must be printable ASCII without spaces, start with `https://` or
		/// `http://` and have something after the scheme.
		InvalidEndpoint,
		/// The organization has published no gateway endpoint to withdraw.
		NoEndpoint,
	}
}
