//! No free-text channel on chain.
//!
//! `System.remark` and `System.remark_with_event` put whatever bytes their caller chooses into
//! the chain, and those bytes could be health information. Filtering them at dispatch
//! (`BaseCallFilter`) is not enough: a filtered extrinsic is still included, so its bytes stay
//! in the block body for good. So a transaction that carries one, at any depth of wrapping
//! (batches, council motions, `dispatch_as_root`, sudo), is refused before inclusion: in the
//! transaction pool (`TaggedTransactionQueue::validate_transaction`) and by the block builder
//! (`BlockBuilder::apply_extrinsic`); `BaseCallFilter` refuses the call itself at dispatch as
//! the last line.
//!
//! An empty remark carries no text and stays allowed: it is the cheapest signed call and the
//! node's overhead benchmarks are built from it.
//!
//! Which calls still carry caller-chosen bytes, and why none is free text, is listed in
//! docs/privacy.md.

use crate::RuntimeCall;

/// Whether `call` or any call it wraps is a non-empty remark, or it nests calls deeper than
/// [`crate::wrapped_calls::MAX_NESTING`]: such a transaction is refused before inclusion.
pub fn carries_free_text(call: &RuntimeCall) -> bool {
	crate::wrapped_calls::any(call, &is_remark)
}

/// Whether `call` is a non-empty remark (the check `BaseCallFilter` applies to each call it
/// dispatches, wrapped ones included).
pub fn is_remark(call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::System(frame_system::Call::remark { remark })
		| RuntimeCall::System(frame_system::Call::remark_with_event { remark }) => !remark.is_empty(),
		_ => false,
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{boxed::Box, vec};

	fn remark(bytes: &[u8]) -> RuntimeCall {
		frame_system::Call::remark { remark: bytes.to_vec() }.into()
	}

	fn batch(calls: alloc::vec::Vec<RuntimeCall>) -> RuntimeCall {
		pallet_utility::Call::batch_all { calls }.into()
	}

	#[test]
	fn remarks_with_text_are_refused_at_any_depth_and_empty_ones_are_not() {
		assert!(carries_free_text(&remark(b"diagnosis: ...")));
		assert!(!carries_free_text(&remark(b"")));
		let with_event: RuntimeCall =
			frame_system::Call::remark_with_event { remark: b"x".to_vec() }.into();
		assert!(carries_free_text(&with_event));
		assert!(carries_free_text(&batch(vec![remark(b""), remark(b"x")])));
		let motion: RuntimeCall = pallet_collective::Call::propose {
			threshold: 1,
			proposal: Box::new(
				pallet_consortium::Call::dispatch_as_root { call: Box::new(remark(b"x")) }.into(),
			),
			length_bound: 100,
		}
		.into();
		assert!(carries_free_text(&motion));
		let transfer: RuntimeCall = pallet_balances::Call::transfer_keep_alive {
			dest: sp_runtime::MultiAddress::Id(sp_runtime::AccountId32::new([1; 32])),
			value: 1,
		}
		.into();
		assert!(!carries_free_text(&batch(vec![transfer])));
	}
}
