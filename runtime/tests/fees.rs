//! Who pays what, computed by the runtime's own fee code (`make perf` prints the tables; `make
//! test` runs the same checks):
//!
//! - the fee of each patient action and of the organization's onboarding, charged before
//!   dispatch for a signed extrinsic of its exact encoded length, beside a balance transfer's
//!   fee, with the deposit it holds and who pays (the runtime's own list of sponsored calls);
//! - what keeping every block full costs for an hour and a day: the cheapest way to fill a
//!   block is by weight, and the fee multiplier (`TargetedFeeAdjustment`) is stepped block by
//!   block by the runtime's own `FeeMultiplierUpdate` with every block full.

use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	weights::WeightToFee,
	BoundedVec,
};
use medchain_runtime::{
	configs::{
		ExportDeposit, GrantDeposit, MessageFee, PatientDeposit, RuntimeBlockLength,
		RuntimeBlockWeights, SponsorshipDeposit, TRANSACTION_BYTE_FEE,
	},
	sponsored_fees::sponsored_call,
	AccountId, Address, Balance, BuildStorage, Runtime, RuntimeCall, RuntimeGenesisConfig,
	Signature, TransactionPayment, TxExtension, UncheckedExtrinsic, DAYS, HOURS, UNIT,
};
use pallet_consent::{Amendment, Category, Purpose, Scope};
use pallet_transaction_payment::Multiplier;
use sp_core::{sr25519, H256};
use sp_runtime::{
	generic::Era,
	traits::{Convert, One},
	FixedPointNumber,
};

type Fee = <Runtime as pallet_transaction_payment::Config>::WeightToFee;
type Update = <Runtime as pallet_transaction_payment::Config>::FeeMultiplierUpdate;

fn ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig::default().build_storage().expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| frame_system::Pallet::<Runtime>::set_block_number(1));
	ext
}

/// The length of `call` signed with sr25519 and the runtime's extensions as a wallet sets them
/// (mortal era, a four-digit nonce, no tip, no metadata hash).
fn signed(call: &RuntimeCall) -> UncheckedExtrinsic {
	let extensions: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::mortal(64, 1_000)),
		frame_system::CheckNonce::from(1_000),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	UncheckedExtrinsic::new_signed(
		call.clone(),
		Address::Id(AccountId::new([1; 32])),
		Signature::Sr25519(sr25519::Signature::from_raw([0; 64])),
		extensions,
	)
}

fn signed_len(call: &RuntimeCall) -> u32 {
	codec::Encode::encoded_size(&signed(call)) as u32
}

/// The weight charged for the whole extrinsic (what `payment_queryInfo` answers), in µs.
fn extrinsic_weight_us(call: &RuntimeCall) -> f64 {
	let info = TransactionPayment::query_info(signed(call), signed_len(call));
	info.weight.ref_time() as f64 / 1e6
}

/// The fee charged before dispatch (the unused weight is refunded after it).
fn fee(call: &RuntimeCall) -> Balance {
	TransactionPayment::compute_fee(signed_len(call), &call.get_dispatch_info(), 0)
}

fn units(b: Balance) -> f64 {
	b as f64 / UNIT as f64
}

/// The patient actions a wallet signs, the organization's onboarding, and the deposit each
/// holds (or burns, for the bridge's message fee).
fn actions() -> Vec<(&'static str, RuntimeCall, Balance)> {
	use pallet_consent::Call as C;
	use pallet_medchain_bridge::Call as B;
	use pallet_patient_identity::Call as I;
	let someone = AccountId::new([2; 32]);
	let scope = || Scope {
		categories: BoundedVec::truncate_from(vec![Category::Laboratory, Category::Medications]),
		purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
		custodians: BoundedVec::new(),
	};
	let c = H256::repeat_byte(7);
	vec![
		(
			"onboard_patient (organization)",
			RuntimeCall::PatientIdentity(I::onboard_patient { account: someone.clone() }),
			SponsorshipDeposit::get(),
		),
		(
			"register_patient",
			RuntimeCall::PatientIdentity(I::register_patient { commitment: c }),
			PatientDeposit::get(),
		),
		(
			"grant",
			RuntimeCall::Consent(C::grant {
				on_behalf_of: None,
				grantees: BoundedVec::truncate_from(vec![0]),
				scope: scope(),
				starts_at: None,
				expires_at: None,
			}),
			GrantDeposit::get(),
		),
		(
			"amend (extend)",
			RuntimeCall::Consent(C::amend {
				on_behalf_of: None,
				grant: 0,
				amendment: Amendment::SetExpiry(Some(100_000)),
			}),
			0,
		),
		("revoke", RuntimeCall::Consent(C::revoke { on_behalf_of: None, grant: 0 }), 0),
		(
			"approve_request",
			RuntimeCall::Consent(C::approve_request { on_behalf_of: None, request: 0 }),
			GrantDeposit::get(),
		),
		(
			"deny_request",
			RuntimeCall::Consent(C::deny_request { on_behalf_of: None, request: 0 }),
			0,
		),
		(
			"set_emergency_opt_out",
			RuntimeCall::Consent(C::set_emergency_opt_out { on_behalf_of: None, opt_out: true }),
			0,
		),
		(
			"add_delegate",
			RuntimeCall::PatientIdentity(I::add_delegate {
				delegate: someone.clone(),
				permissions: pallet_patient_identity::DelegatePermissions::ALL,
			}),
			0,
		),
		(
			"rotate_key",
			RuntimeCall::PatientIdentity(I::rotate_key { new_account: someone.clone() }),
			0,
		),
		(
			"claim_identity (new key)",
			RuntimeCall::PatientIdentity(I::claim_identity { patient: 0 }),
			0,
		),
		(
			"export_consent",
			RuntimeCall::MedchainBridge(B::export_consent {
				on_behalf_of: None,
				organization: 0,
				categories: BoundedVec::truncate_from(vec![Category::Laboratory]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
				custodians: BoundedVec::new(),
				expires_at: None,
			}),
			ExportDeposit::get() + MessageFee::get(),
		),
		(
			"revoke_export",
			RuntimeCall::MedchainBridge(B::revoke_export { on_behalf_of: None, export: 0 }),
			0,
		),
		("deregister_patient", RuntimeCall::PatientIdentity(I::deregister_patient {}), 0),
	]
}

#[test]
fn fee_per_patient_action_and_who_pays_it() {
	ext().execute_with(|| {
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Address::Id(AccountId::new([3; 32])),
			value: UNIT,
		});
		let baseline = fee(&transfer);
		println!("\nFee per action (charged before dispatch; unused weight is refunded), UNIT");
		println!(
			"| {:<32} | {:>6} | {:>9} | {:>9} | {:>10} | {:>10} | {:<12} |",
			"call", "bytes", "weight µs", "fee", "× transfer", "deposit", "fee paid by"
		);
		println!(
			"|{:-<34}|{:->8}|{:->11}|{:->11}|{:->12}|{:->12}|{:-<14}|",
			"", "", "", "", "", "", ""
		);
		let row = |name: &str, call: &RuntimeCall, deposit: Balance| {
			let f = fee(call);
			let payer = if name.contains("organization") {
				"organization"
			} else if sponsored_call(call).is_some() {
				"sponsor"
			} else {
				"signer"
			};
			println!(
				"| {name:<32} | {:>6} | {:>9.0} | {:>9.5} | {:>10.2} | {:>10.5} | {payer:<12} |",
				signed_len(call),
				extrinsic_weight_us(call),
				units(f),
				f as f64 / baseline as f64,
				units(deposit),
			);
			(f, payer)
		};
		row("transfer_keep_alive (baseline)", &transfer, 0);
		let mut most = 0;
		for (name, call, deposit) in actions() {
			let (f, payer) = row(name, &call, deposit);
			// Every patient action is on the sponsored list: a patient needs no tokens.
			if !name.contains("organization") {
				assert_eq!(payer, "sponsor", "{name} is not sponsored");
				most = most.max(f);
			}
		}
		assert_eq!(sponsored_call(&transfer), None, "transfers are never sponsored");
		let per_day = most * medchain_runtime::configs::SPONSORED_TRANSACTIONS_PER_DAY as u128;
		println!(
			"\nThe most one patient's allowance can cost its sponsor in fees a day: {} × {:.5} = \
			 {:.3} UNIT",
			medchain_runtime::configs::SPONSORED_TRANSACTIONS_PER_DAY,
			units(most),
			units(per_day)
		);
		// Even spent entirely on the dearest call, one key's day of allowance costs its sponsor
		// under a hundredth of what the sponsor may hold in deposits.
		assert!(per_day < medchain_runtime::configs::MAX_SPONSORED_DEPOSITS / 100, "{per_day}");
	});
}

/// Fees for keeping every block full for `blocks` blocks from a multiplier of 1, and the
/// multiplier at the end.
fn stuffing(blocks: u32) -> (Balance, Multiplier) {
	let max_normal = RuntimeBlockWeights::get()
		.get(DispatchClass::Normal)
		.max_total
		.expect("the normal class has a limit");
	let per_block_at_one = Fee::weight_to_fee(&max_normal);
	let mut multiplier = Multiplier::one();
	let mut total: Balance = 0;
	for _ in 0..blocks {
		total = total.saturating_add(multiplier.saturating_mul_int(per_block_at_one));
		frame_system::Pallet::<Runtime>::set_block_consumed_resources(max_normal, 0);
		multiplier = Update::convert(multiplier);
	}
	(total, multiplier)
}

#[test]
fn keeping_every_block_full_for_an_hour_and_a_day() {
	ext().execute_with(|| {
		let max_normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).max_total.unwrap();
		let normal_len = *RuntimeBlockLength::get().max.get(DispatchClass::Normal) as Balance;
		let by_weight = Fee::weight_to_fee(&max_normal);
		let by_length = normal_len * TRANSACTION_BYTE_FEE;
		println!("\nOne full block at a fee multiplier of 1");
		println!("| {:<44} | {:>12} |", "filled with", "UNIT");
		println!("|{:-<46}|{:->14}|", "", "");
		println!(
			"| {:<44} | {:>12.3} |",
			format!(
				"weight ({:.2} s of normal-class ref time)",
				max_normal.ref_time() as f64 / 1e12
			),
			units(by_weight)
		);
		println!(
			"| {:<44} | {:>12.3} |",
			format!("bytes ({:.2} MiB of normal-class length)", normal_len as f64 / 1048576.0),
			units(by_length)
		);
		assert!(by_weight < by_length, "weight is the cheaper way to fill a block");

		let (hour, m_hour) = stuffing(HOURS);
		let (day, m_day) = stuffing(DAYS);
		println!("\nKeeping every block full by weight, from a multiplier of 1");
		println!("| {:<22} | {:>14} | {:>18} |", "for", "UNIT", "multiplier at end");
		println!("|{:-<24}|{:->16}|{:->20}|", "", "", "");
		println!(
			"| {:<22} | {:>14.0} | {:>18.4} |",
			format!("1 hour ({HOURS} blocks)"),
			units(hour),
			m_hour.to_float()
		);
		println!(
			"| {:<22} | {:>14.0} | {:>18.4} |",
			format!("1 day ({DAYS} blocks)"),
			units(day),
			m_day.to_float()
		);
		// The multiplier grows as Polkadot's does under full blocks, ×2.25 a day …
		assert!((2.2..2.3).contains(&m_day.to_float()), "{}", m_day.to_float());
		// … so a day costs more than 24 hours at the first hour's price.
		assert!(day > 24 * hour);
	});
}
