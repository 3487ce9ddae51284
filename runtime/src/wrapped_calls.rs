//! The calls a transaction carries, wrapped ones included.
//!
//! A call refused before inclusion (free text, a swap outside its bounds) must be refused
//! however it is wrapped: in a batch, a council motion, `dispatch_as_root` or sudo. [`any`]
//! looks through every wrapper the runtime has, to a bounded depth.

use crate::RuntimeCall;

/// How deep wrapped calls are inspected. Nothing medchain's users do nests deeper (a council
/// motion around `dispatch_as_root` around a batch is three levels); anything deeper is
/// treated as matching, so it is refused rather than inspected without bound.
pub const MAX_NESTING: u32 = 4;

/// Whether `refused` holds for `call` or any call it wraps, or `call` nests calls deeper than
/// [`MAX_NESTING`].
pub fn any(call: &RuntimeCall, refused: &impl Fn(&RuntimeCall) -> bool) -> bool {
	within(call, 0, refused)
}

fn within(call: &RuntimeCall, depth: u32, refused: &impl Fn(&RuntimeCall) -> bool) -> bool {
	if depth > MAX_NESTING {
		return true;
	}
	let one = |c: &RuntimeCall| within(c, depth + 1, refused);
	match call {
		RuntimeCall::Utility(inner) => match inner {
			pallet_utility::Call::batch { calls }
			| pallet_utility::Call::batch_all { calls }
			| pallet_utility::Call::force_batch { calls } => calls.iter().any(one),
			pallet_utility::Call::as_derivative { call, .. }
			| pallet_utility::Call::dispatch_as { call, .. }
			| pallet_utility::Call::dispatch_as_fallible { call, .. }
			| pallet_utility::Call::with_weight { call, .. } => one(call),
			pallet_utility::Call::if_else { main, fallback } => one(main) || one(fallback),
			_ => false,
		},
		RuntimeCall::Council(pallet_collective::Call::propose { proposal, .. })
		| RuntimeCall::Council(pallet_collective::Call::execute { proposal, .. }) => one(proposal),
		RuntimeCall::Consortium(pallet_consortium::Call::dispatch_as_root { call }) => one(call),
		RuntimeCall::Sudo(inner) => match inner {
			pallet_sudo::Call::sudo { call }
			| pallet_sudo::Call::sudo_unchecked_weight { call, .. }
			| pallet_sudo::Call::sudo_as { call, .. } => one(call),
			_ => false,
		},
		other => refused(other),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{vec, vec::Vec};

	fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
		pallet_utility::Call::batch_all { calls }.into()
	}

	fn never(_: &RuntimeCall) -> bool {
		false
	}

	#[test]
	fn nesting_deeper_than_the_limit_matches() {
		let mut call = batch(vec![]);
		for _ in 0..MAX_NESTING {
			call = batch(vec![call]);
		}
		assert!(!any(&call, &never), "nesting up to the limit is inspected");
		assert!(any(&batch(vec![call]), &never), "one level deeper is refused");
	}
}
