//! Benchmarks (FRAME v2) for every call and for noting a block's author, each with the list
//! one short of full (add) or full (remove, note), the worst cases.

use super::*;
use alloc::{boxed::Box, vec};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::EnsureOrigin};

/// Fill the list with `n` benchmark accounts.
fn fill<T: Config>(n: u32) {
	let list: BoundedVec<T::AccountId, T::MaxValidators> = (0..n)
		.map(|i| account::<T::AccountId>("validator", i, 0))
		.collect::<alloc::vec::Vec<_>>()
		.try_into()
		.expect("n <= MaxValidators");
	Validators::<T>::put(list);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get() - 1);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("new", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get());
		// The last one: `position` scans the whole list.
		let who: T::AccountId = account("validator", T::MaxValidators::get() - 1, 0);
		let at =
			Authored { block: frame_system::Pallet::<T>::block_number(), slot: Some(u64::MAX) };
		LastAuthored::<T>::insert(&who, at);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn force_rotation() -> Result<(), BenchmarkError> {
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert_eq!(PendingRotations::<T>::get(), ROTATIONS_TO_ENACT);
		Ok(())
	}

	/// The overhead around the inner call: a `remark`, whose own weight is added at dispatch.
	#[benchmark]
	fn dispatch_as_root() -> Result<(), BenchmarkError> {
		let origin =
			T::RootOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		Ok(())
	}

	#[benchmark]
	fn note_author() {
		fill::<T>(T::MaxValidators::get());
		let who: T::AccountId = account("validator", T::MaxValidators::get() - 1, 0);
		let at =
			Authored { block: frame_system::Pallet::<T>::block_number(), slot: Some(u64::MAX) };

		#[block]
		{
			Pallet::<T>::note_author(who.clone(), at);
		}

		assert_eq!(LastAuthored::<T>::get(&who), Some(at));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
