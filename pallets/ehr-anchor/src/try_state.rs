//! Storage invariants, checked by `try-runtime` and after every unit test.

use crate::{Batches, Config, IndexLen, IndexPages, Pallet, Records, Superseded};
use frame_support::{ensure, traits::Get};

impl<T: Config> Pallet<T> {
	/// Storage invariants: every index page but the last is full, the index length matches
	/// the pages, and every indexed anchor exists and belongs to that patient.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let size = T::IndexPageSize::get();
		for (patient, len) in IndexLen::<T>::iter() {
			// Page lengths are checked against `len`, so together they hold `len` entries.
			let pages = len.div_ceil(size);
			for page in 0..pages {
				let entries = IndexPages::<T>::get(patient, page);
				let expected = if page + 1 == pages { len - page * size } else { size };
				ensure!(entries.len() as u32 == expected, "index page has the wrong length");
				for anchor in entries.iter() {
					let owner = Self::anchored(anchor).map(|(owner, _)| owner);
					ensure!(owner == Some(patient), "indexed anchor missing or foreign");
				}
			}
			ensure!(
				IndexPages::<T>::iter_prefix(patient).count() as u32 == pages,
				"pages beyond the index length"
			);
		}
		let indexed = IndexLen::<T>::iter_values().map(u64::from).sum::<u64>();
		ensure!(
			indexed == Records::<T>::iter().count() as u64 + Batches::<T>::iter().count() as u64,
			"an anchor is missing from its patient's index"
		);
		for (record, _, version) in Superseded::<T>::iter() {
			let current = Records::<T>::get(record).ok_or("superseded version of no record")?;
			ensure!(version < current.version, "superseded version not below the current");
		}
		Ok(())
	}
}
