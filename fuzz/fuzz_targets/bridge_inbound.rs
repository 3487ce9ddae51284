#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
	medchain_fuzz::bridge_inbound(data);
});
