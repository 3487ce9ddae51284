//! Atomic swaps within bounds: a timelock of at least an hour and a deposit for the state.
//!
//! `pallet-atomic-swap` takes any timelock and no deposit, and cannot be configured to do
//! otherwise: its `SwapAction` never sees the duration, which `create_swap` adds to the block
//! number unchecked. So the runtime sets the bounds around it:
//!
//! - [`DepositedSwap`] is the runtime's `SwapAction`: the value swapped and a deposit, both
//!   reserved from the creator; a claim moves the value to the claimant and returns the deposit,
//!   a cancel returns both. A claim that cannot move the value (the claimant's account cannot
//!   receive it) returns it to the creator rather than leaving it reserved for good.
//! - A `create_swap` whose timelock is shorter than [`SWAP_DEFAULT_TIMELOCK`], longer than
//!   [`SWAP_MAX_TIMELOCK`] or whose deposit is below [`SwapDeposit`] is refused before inclusion
//!   (in the pool and by the block builder, however it is wrapped) with its own
//!   `InvalidTransaction::Custom` code, so nothing is charged or changed; `BaseCallFilter`
//!   refuses it at dispatch as the last line.
//!
//! [`SwapDeposit`]: crate::configs::SwapDeposit

use crate::{
	configs::SwapDeposit, AccountId, Balance, Balances, BlockNumber, Runtime, RuntimeCall,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{BalanceStatus, ReservableCurrency},
};
use scale_info::TypeInfo;

pub use crate::SWAP_DEFAULT_TIMELOCK;

/// Longest timelock a swap may take: 30 days. A counterparty that has not claimed in a month
/// will not; it bounds how long a creator's tokens and deposit can be locked by mistake, and
/// keeps `block number + timelock` far from overflowing.
pub const SWAP_MAX_TIMELOCK: BlockNumber = 30 * crate::DAYS;

/// `InvalidTransaction::Custom` code of a swap whose timelock is below
/// [`SWAP_DEFAULT_TIMELOCK`].
pub const SWAP_TIMELOCK_TOO_SHORT: u8 = 2;
/// `InvalidTransaction::Custom` code of a swap whose timelock is above [`SWAP_MAX_TIMELOCK`].
pub const SWAP_TIMELOCK_TOO_LONG: u8 = 3;
/// `InvalidTransaction::Custom` code of a swap whose deposit is below
/// [`SwapDeposit`](crate::configs::SwapDeposit).
pub const SWAP_DEPOSIT_TOO_LOW: u8 = 4;

/// What a swap locks: `value`, which the claimant receives, and `deposit` (at least
/// [`SwapDeposit`](crate::configs::SwapDeposit)), which pays for the swap's storage while it is
/// pending and goes back to the creator on claim or cancel. A claim names the same action.
#[derive(
	Clone, Debug, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct DepositedSwap {
	pub value: Balance,
	pub deposit: Balance,
}

impl pallet_atomic_swap::SwapAction<AccountId, Runtime> for DepositedSwap {
	fn reserve(&self, source: &AccountId) -> DispatchResult {
		// Refused before inclusion already (`refusal`); kept so no path skips the deposit.
		if self.deposit < SwapDeposit::get() {
			return Err(DispatchError::Other("swap deposit below SwapDeposit"));
		}
		Balances::reserve(source, self.value.saturating_add(self.deposit))
	}

	fn claim(&self, source: &AccountId, target: &AccountId) -> bool {
		let left =
			match Balances::repatriate_reserved(source, target, self.value, BalanceStatus::Free) {
				Ok(left) => left,
				Err(_) => self.value,
			};
		// The pallet removes the swap whatever this returns: what was not moved goes back.
		Balances::unreserve(source, left.saturating_add(self.deposit));
		left == 0
	}

	fn weight(&self) -> Weight {
		// The creator's and the claimant's accounts, each read and written.
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, 2)
	}

	fn cancel(&self, source: &AccountId) {
		Balances::unreserve(source, self.value.saturating_add(self.deposit));
	}
}

/// The refusal code of `call` if it is a `create_swap` outside the bounds.
pub fn refusal(call: &RuntimeCall) -> Option<u8> {
	let RuntimeCall::AtomicSwap(pallet_atomic_swap::Call::create_swap { action, duration, .. }) =
		call
	else {
		return None;
	};
	if *duration < SWAP_DEFAULT_TIMELOCK {
		Some(SWAP_TIMELOCK_TOO_SHORT)
	} else if *duration > SWAP_MAX_TIMELOCK {
		Some(SWAP_TIMELOCK_TOO_LONG)
	} else if action.deposit < SwapDeposit::get() {
		Some(SWAP_DEPOSIT_TOO_LOW)
	} else {
		None
	}
}

/// The refusal code of the first out-of-bounds `create_swap` in `call` or the calls it wraps.
pub fn refusal_within(call: &RuntimeCall) -> Option<u8> {
	[SWAP_TIMELOCK_TOO_SHORT, SWAP_TIMELOCK_TOO_LONG, SWAP_DEPOSIT_TOO_LOW]
		.into_iter()
		.find(|code| crate::wrapped_calls::any(call, &|c| refusal(c) == Some(*code)))
}

/// Storage migration: swaps pending from before [`DepositedSwap`] held only their value. Each
/// gets a zero deposit, which is what it holds, so claim and cancel release exactly what was
/// reserved. `pallet-atomic-swap` has no storage version of ours to bump, so entries are told
/// apart by their encoded length (52 bytes before, 68 after): running it twice changes nothing.
/// One read per pending swap.
pub struct AddSwapDeposits;

/// A pending swap as stored before [`DepositedSwap`].
#[derive(Encode, Decode, MaxEncodedLen)]
struct OldPendingSwap {
	source: AccountId,
	value: Balance,
	end_block: BlockNumber,
}

type PendingSwaps = pallet_atomic_swap::PendingSwaps<Runtime>;

/// Every raw `(key, value)` of `PendingSwaps`.
fn raw_swaps() -> impl Iterator<Item = (alloc::vec::Vec<u8>, alloc::vec::Vec<u8>)> {
	use frame_support::storage::StoragePrefixedMap;
	let prefix = PendingSwaps::final_prefix();
	let mut key = prefix.to_vec();
	core::iter::from_fn(move || loop {
		key = sp_io::storage::next_key(&key).filter(|k| k.starts_with(&prefix))?;
		if let Some(value) = frame_support::storage::unhashed::get_raw(&key) {
			return Some((key.clone(), value));
		}
	})
}

impl frame_support::traits::OnRuntimeUpgrade for AddSwapDeposits {
	fn on_runtime_upgrade() -> Weight {
		let (mut read, mut written) = (0u64, 0u64);
		let old: alloc::vec::Vec<_> = raw_swaps()
			.inspect(|_| read = read.saturating_add(1))
			.filter(|(_, value)| value.len() == OldPendingSwap::max_encoded_len())
			.collect();
		for (key, value) in old {
			let Ok(swap) = OldPendingSwap::decode(&mut &value[..]) else { continue };
			let migrated = pallet_atomic_swap::PendingSwap::<Runtime> {
				source: swap.source,
				action: DepositedSwap { value: swap.value, deposit: 0 },
				end_block: swap.end_block,
			};
			frame_support::storage::unhashed::put(&key, &migrated);
			written = written.saturating_add(1);
		}
		if written > 0 {
			log::info!(target: "runtime::swaps", "{written} pending swaps given a zero deposit");
		}
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(read, written)
	}

	/// Every pending swap decodes as the new type afterwards.
	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, value) in raw_swaps() {
			<pallet_atomic_swap::PendingSwap<Runtime> as codec::DecodeAll>::decode_all(
				&mut &value[..],
			)
			.map_err(|_| "swaps: a pending swap is not a DepositedSwap")?;
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{AtomicSwap, BuildStorage, RuntimeGenesisConfig, RuntimeOrigin, System, UNIT};
	use frame_support::{assert_noop, assert_ok, traits::OnRuntimeUpgrade};
	use pallet_atomic_swap::{Error, PendingSwap};

	const VALUE: Balance = 5 * UNIT;
	const SECRET: [u8; 32] = [7; 32];

	fn who(i: u8) -> AccountId {
		AccountId::new([i; 32])
	}

	fn ext() -> sp_io::TestExternalities {
		let mut genesis = RuntimeGenesisConfig::default();
		genesis.balances.balances = vec![(who(1), 100 * UNIT), (who(2), 100 * UNIT)];
		let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis"));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	fn action() -> DepositedSwap {
		DepositedSwap { value: VALUE, deposit: SwapDeposit::get() }
	}

	fn create(duration: BlockNumber) -> DispatchResult {
		let hashed = sp_io::hashing::blake2_256(&SECRET);
		AtomicSwap::create_swap(RuntimeOrigin::signed(who(1)), who(2), hashed, action(), duration)
	}

	fn reserved(i: u8) -> Balance {
		Balances::reserved_balance(who(i))
	}

	fn create_call(action: DepositedSwap, duration: BlockNumber) -> RuntimeCall {
		pallet_atomic_swap::Call::create_swap {
			target: who(2),
			hashed_proof: [0; 32],
			action,
			duration,
		}
		.into()
	}

	#[test]
	fn swaps_outside_the_bounds_are_refused_however_wrapped() {
		let ok = create_call(action(), SWAP_DEFAULT_TIMELOCK);
		assert_eq!(refusal_within(&ok), None);
		let short = create_call(action(), SWAP_DEFAULT_TIMELOCK - 1);
		assert_eq!(refusal_within(&short), Some(SWAP_TIMELOCK_TOO_SHORT));
		let long = create_call(action(), SWAP_MAX_TIMELOCK + 1);
		assert_eq!(refusal_within(&long), Some(SWAP_TIMELOCK_TOO_LONG));
		let cheap = DepositedSwap { value: VALUE, deposit: SwapDeposit::get() - 1 };
		let cheap = create_call(cheap, SWAP_DEFAULT_TIMELOCK);
		assert_eq!(refusal_within(&cheap), Some(SWAP_DEPOSIT_TOO_LOW));
		let batch: RuntimeCall =
			pallet_utility::Call::batch_all { calls: vec![ok.clone(), short] }.into();
		assert_eq!(refusal_within(&batch), Some(SWAP_TIMELOCK_TOO_SHORT));
		let batch: RuntimeCall = pallet_utility::Call::batch_all { calls: vec![ok, cheap] }.into();
		assert_eq!(refusal_within(&batch), Some(SWAP_DEPOSIT_TOO_LOW));
	}

	#[test]
	fn a_claim_moves_the_value_and_returns_the_deposit() {
		ext().execute_with(|| {
			assert_ok!(create(SWAP_DEFAULT_TIMELOCK));
			assert_eq!(reserved(1), VALUE + SwapDeposit::get());
			let before = Balances::free_balance(who(1));
			assert_ok!(AtomicSwap::claim_swap(
				RuntimeOrigin::signed(who(2)),
				SECRET.to_vec(),
				action()
			));
			assert_eq!(reserved(1), 0);
			assert_eq!(Balances::free_balance(who(1)), before + SwapDeposit::get());
			assert_eq!(Balances::free_balance(who(2)), 100 * UNIT + VALUE);
		});
	}

	#[test]
	fn a_cancel_after_the_timelock_returns_value_and_deposit() {
		ext().execute_with(|| {
			assert_ok!(create(SWAP_DEFAULT_TIMELOCK));
			let hashed = sp_io::hashing::blake2_256(&SECRET);
			let cancel = || AtomicSwap::cancel_swap(RuntimeOrigin::signed(who(1)), who(2), hashed);
			System::set_block_number(SWAP_DEFAULT_TIMELOCK);
			assert_noop!(cancel(), Error::<Runtime>::DurationNotPassed);
			System::set_block_number(1 + SWAP_DEFAULT_TIMELOCK);
			assert_ok!(cancel());
			assert_eq!(reserved(1), 0);
			assert_eq!(Balances::free_balance(who(1)), 100 * UNIT);
		});
	}

	#[test]
	fn a_claim_that_cannot_pay_the_claimant_returns_the_value_to_the_creator() {
		ext().execute_with(|| {
			// Less than the existential deposit cannot create the claimant's account.
			let dust = DepositedSwap { value: crate::EXISTENTIAL_DEPOSIT / 2, ..action() };
			let hashed = sp_io::hashing::blake2_256(&SECRET);
			let duration = SWAP_DEFAULT_TIMELOCK;
			assert_ok!(AtomicSwap::create_swap(
				RuntimeOrigin::signed(who(1)),
				who(9),
				hashed,
				dust.clone(),
				duration
			));
			assert_ok!(AtomicSwap::claim_swap(
				RuntimeOrigin::signed(who(9)),
				SECRET.to_vec(),
				dust
			));
			System::assert_last_event(
				pallet_atomic_swap::Event::SwapClaimed {
					account: who(9),
					proof: hashed,
					success: false,
				}
				.into(),
			);
			assert_eq!(reserved(1), 0);
			assert_eq!(Balances::free_balance(who(1)), 100 * UNIT);
		});
	}

	#[test]
	fn the_migration_gives_old_swaps_a_zero_deposit_once() {
		ext().execute_with(|| {
			let hashed = sp_io::hashing::blake2_256(&SECRET);
			let key = PendingSwaps::hashed_key_for(who(2), hashed);
			let old = OldPendingSwap { source: who(1), value: VALUE, end_block: 700 };
			assert_eq!(old.encode().len(), 52);
			frame_support::storage::unhashed::put(&key, &old);
			AddSwapDeposits::on_runtime_upgrade();
			let expected = PendingSwap::<Runtime> {
				source: who(1),
				action: DepositedSwap { value: VALUE, deposit: 0 },
				end_block: 700,
			};
			assert_eq!(expected.encode().len(), 68);
			assert_eq!(PendingSwaps::get(who(2), hashed), Some(expected.clone()));
			AddSwapDeposits::on_runtime_upgrade();
			assert_eq!(PendingSwaps::get(who(2), hashed), Some(expected));
		});
	}
}
