//! Fees of sponsored patients' transactions, paid by their sponsor.
//!
//! A member organization that onboarded a patient (`PatientIdentity.onboard_patient`) pays the
//! fees of the patient's own calls — and of its delegates' calls for it — listed in
//! [`sponsored_call`], up to the patient's allowance per period. The wallet signs an ordinary
//! extrinsic with the ordinary transaction extensions: this is the `OnChargeTransaction` of
//! `pallet-transaction-payment`, which sees the signer and the call both in the pool
//! (`can_withdraw_fee`) and before dispatch (`withdraw_fee`), and takes the fee from the
//! sponsor instead of the signer. The unused part of the fee goes back to whoever paid it.
//!
//! Not sponsored, so paid by the signer as on any chain: calls outside the list (transfers,
//! batches, anything an organization does), a transaction with a tip (the tip is the signer's
//! own choice), and a patient's calls once this period's allowance is used. A patient past its
//! allowance who cannot pay itself is refused in the pool with
//! `InvalidTransaction::Custom(ALLOWANCE_USED)`.
//!
//! docs/who-pays.md says why this is an adapter rather than `pallet-skip-feeless-payment`,
//! `pallet-meta-tx` or `pallet-proxy`.

use crate::{AccountId, Balance, Balances, PatientIdentity, Runtime, RuntimeCall};
use pallet_patient_identity::{PatientId, SponsoredFee};
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

/// How fees are taken when nobody sponsors: from the payer's free balance, burned.
type Direct = FungibleAdapter<Balances, ()>;

/// The `InvalidTransaction::Custom` code of a sponsored patient's transaction refused because
/// the patient used this period's allowance and cannot pay the fee itself.
pub const ALLOWANCE_USED: u8 = 1;

/// `pallet-transaction-payment`'s `OnChargeTransaction`: the sponsor pays for sponsored
/// patients' calls, the signer for everything else.
pub struct SponsoredFees;

/// Whose sponsorship a call signed by a patient or a delegate falls under: the patient it acts
/// for (`None`: the signer's own identity), for the calls a patient makes.
pub fn sponsored_call(call: &RuntimeCall) -> Option<Option<PatientId>> {
	use pallet_consent::Call as C;
	use pallet_medchain_bridge::Call as B;
	use pallet_patient_identity::Call as I;
	use RuntimeCall::{Consent, MedchainBridge as Bridge, PatientIdentity as Identity};
	Some(match call {
		Identity(
			I::register_patient { .. }
			| I::deregister_patient {}
			| I::add_delegate { .. }
			| I::remove_delegate { .. }
			| I::set_recovery_threshold { .. }
			| I::rotate_key { .. }
			| I::end_sponsorship { .. },
		) => None,
		Identity(
			I::update_commitment { on_behalf_of, .. }
			| I::cancel_recovery { on_behalf_of }
			| I::approve_link { on_behalf_of, .. }
			| I::remove_link { on_behalf_of, .. },
		)
		| Consent(
			C::grant { on_behalf_of, .. }
			| C::revoke { on_behalf_of, .. }
			| C::amend { on_behalf_of, .. }
			| C::approve_request { on_behalf_of, .. }
			| C::deny_request { on_behalf_of, .. }
			| C::set_emergency_opt_out { on_behalf_of, .. },
		)
		| Bridge(B::export_consent { on_behalf_of, .. } | B::revoke_export { on_behalf_of, .. }) => {
			*on_behalf_of
		},
		Identity(I::vouch_recovery { patient, .. } | I::claim_identity { patient }) => {
			Some(*patient)
		},
		_ => return None,
	})
}

/// Who pays for `call` signed by `who` with `tip`.
enum Payer {
	/// The sponsor's `payer` account, for the patient with key `patient`.
	Sponsor { patient: AccountId, payer: AccountId },
	/// The signer; `allowance_used` when a sponsor would have paid but for the allowance.
	Signer { allowance_used: bool },
}

fn payer(who: &AccountId, call: &RuntimeCall, tip: Balance) -> Payer {
	let unsponsored = Payer::Signer { allowance_used: false };
	if !tip.is_zero() {
		return unsponsored;
	}
	let Some(patient) = sponsored_call(call)
		.and_then(|on_behalf_of| PatientIdentity::sponsored_account(who, on_behalf_of))
	else {
		return unsponsored;
	};
	match PatientIdentity::sponsored_fee(&patient) {
		SponsoredFee::Payer(payer) => Payer::Sponsor { patient, payer },
		SponsoredFee::AllowanceUsed => Payer::Signer { allowance_used: true },
		SponsoredFee::Unsponsored => unsponsored,
	}
}

/// A signer that cannot pay after its allowance ran out hears why.
fn signer_error(allowance_used: bool, e: TransactionValidityError) -> TransactionValidityError {
	if allowance_used {
		InvalidTransaction::Custom(ALLOWANCE_USED).into()
	} else {
		e
	}
}

impl TxCreditHold<Runtime> for SponsoredFees {
	type Credit = <Direct as TxCreditHold<Runtime>>::Credit;
}

impl OnChargeTransaction<Runtime> for SponsoredFees {
	type Balance = Balance;
	/// Who paid, when not the signer, and what the direct adapter keeps.
	type LiquidityInfo =
		(Option<AccountId>, <Direct as OnChargeTransaction<Runtime>>::LiquidityInfo);

	fn withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Balance,
		tip: Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		match payer(who, call, tip) {
			Payer::Sponsor { patient, payer } => {
				let paid = <Direct as OnChargeTransaction<Runtime>>::withdraw_fee(
					&payer,
					call,
					info,
					fee_with_tip,
					tip,
				)?;
				PatientIdentity::use_allowance(&patient);
				Ok((Some(payer), paid))
			},
			Payer::Signer { allowance_used } => {
				<Direct as OnChargeTransaction<Runtime>>::withdraw_fee(
					who,
					call,
					info,
					fee_with_tip,
					tip,
				)
				.map(|paid| (None, paid))
				.map_err(|e| signer_error(allowance_used, e))
			},
		}
	}

	fn can_withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Balance,
		tip: Balance,
	) -> Result<(), TransactionValidityError> {
		match payer(who, call, tip) {
			Payer::Sponsor { payer, .. } => {
				<Direct as OnChargeTransaction<Runtime>>::can_withdraw_fee(
					&payer,
					call,
					info,
					fee_with_tip,
					tip,
				)
			},
			Payer::Signer { allowance_used } => {
				<Direct as OnChargeTransaction<Runtime>>::can_withdraw_fee(
					who,
					call,
					info,
					fee_with_tip,
					tip,
				)
				.map_err(|e| signer_error(allowance_used, e))
			},
		}
	}

	fn correct_and_deposit_fee(
		who: &AccountId,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		corrected_fee_with_tip: Balance,
		tip: Balance,
		(payer, paid): Self::LiquidityInfo,
	) -> Result<(), TransactionValidityError> {
		<Direct as OnChargeTransaction<Runtime>>::correct_and_deposit_fee(
			payer.as_ref().unwrap_or(who),
			info,
			post_info,
			corrected_fee_with_tip,
			tip,
			paid,
		)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &AccountId, amount: Balance) {
		<Direct as OnChargeTransaction<Runtime>>::endow_account(who, amount)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Balance {
		<Direct as OnChargeTransaction<Runtime>>::minimum_balance()
	}
}
