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

/// How deep wrapped calls are inspected. Nothing medchain's users do nests deeper (a council
/// motion around `dispatch_as_root` around a batch is three levels); anything deeper is
/// refused rather than inspected without bound.
const MAX_NESTING: u32 = 4;

/// Whether `call` is a non-empty remark (the check `BaseCallFilter` applies to each call it
/// dispatches, wrapped ones included).
pub fn is_remark(call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::System(frame_system::Call::remark { remark })
		| RuntimeCall::System(frame_system::Call::remark_with_event { remark }) => !remark.is_empty(),
		_ => false,
	}
}

/// Whether `call` or any call it wraps is a non-empty remark, or it nests calls deeper than
/// `MAX_NESTING`: such a transaction is refused before inclusion.
pub fn carries_free_text(call: &RuntimeCall) -> bool {
	within(call, 0)
}

fn within(call: &RuntimeCall, depth: u32) -> bool {
	if depth > MAX_NESTING {
		return true;
	}
	let any = |calls: &[RuntimeCall]| calls.iter().any(|c| within(c, depth + 1));
	match call {
		RuntimeCall::Utility(inner) => match inner {
			pallet_utility::Call::batch { calls }
			| pallet_utility::Call::batch_all { calls }
			| pallet_utility::Call::force_batch { calls } => any(calls),
			pallet_utility::Call::as_derivative { call, .. }
			| pallet_utility::Call::dispatch_as { call, .. }
			| pallet_utility::Call::dispatch_as_fallible { call, .. }
			| pallet_utility::Call::with_weight { call, .. } => within(call, depth + 1),
			pallet_utility::Call::if_else { main, fallback } => {
				within(main, depth + 1) || within(fallback, depth + 1)
			},
			_ => false,
		},
		RuntimeCall::Council(pallet_collective::Call::propose { proposal, .. })
		| RuntimeCall::Council(pallet_collective::Call::execute { proposal, .. }) => {
			within(proposal, depth + 1)
		},
		RuntimeCall::Consortium(pallet_consortium::Call::dispatch_as_root { call }) => {
			within(call, depth + 1)
		},
		RuntimeCall::Sudo(inner) => match inner {
			pallet_sudo::Call::sudo { call }
			| pallet_sudo::Call::sudo_unchecked_weight { call, .. }
			| pallet_sudo::Call::sudo_as { call, .. } => within(call, depth + 1),
			_ => false,
		},
		other => is_remark(other),
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

	#[test]
	fn nesting_deeper_than_the_limit_is_refused() {
		let mut call = batch(vec![]);
		for _ in 0..MAX_NESTING {
			call = batch(vec![call]);
		}
		assert!(!carries_free_text(&call), "nesting up to the limit is inspected");
		assert!(carries_free_text(&batch(vec![call])), "one level deeper is refused");
	}
}
