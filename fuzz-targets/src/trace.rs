//! What a runtime target did with an input, printed when a property breaks (libFuzzer saves
//! the input itself; `cargo fuzz run <target> <artifact>` or the corpus test replays it).

use std::fmt::Write;

use medchain_runtime::{AccountId, RuntimeCall, RuntimeOrigin};
use pallet_medchain_bridge::Outcome;

/// A decoded inbound message: the sending chain, the sending account and the operation.
pub type Decoded = pallet_medchain_bridge::Decoded<AccountId>;

/// The origin of a dispatched call.
#[derive(Clone, Debug)]
pub enum Who {
	Root,
	Unsigned,
	Signed(AccountId),
}

impl Who {
	pub fn origin(&self) -> RuntimeOrigin {
		match self {
			Who::Root => RuntimeOrigin::root(),
			Who::Unsigned => RuntimeOrigin::none(),
			Who::Signed(account) => RuntimeOrigin::signed(account.clone()),
		}
	}
}

/// One step of an input. Its fields are read only through `Debug`, in failure reports.
#[allow(dead_code)]
#[derive(Debug)]
pub enum Step {
	Call { origin: Who, call: Box<RuntimeCall>, ok: bool },
	Message { nonce: u64, decoded: Option<Box<Decoded>>, outcome: Outcome },
	Blocks { count: u64, skew_ms: u64 },
}

/// Panic with `what` and the steps that led to it.
pub fn fail(what: &str, steps: &[Step]) -> ! {
	let mut report = format!("{what}\nsteps of this input ({}):\n", steps.len());
	for (i, step) in steps.iter().enumerate() {
		let _ = writeln!(report, "{i:4}: {step:?}");
	}
	panic!("{report}");
}
