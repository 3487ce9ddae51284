//! Latency measurement for the benchmark binaries (`make perf`): percentiles of repeated calls,
//! and the table cells they print.

use std::time::{Duration, Instant};

/// Calls per measurement, after `WARMUP` unmeasured ones.
pub const SAMPLES: usize = 2_000;
pub const WARMUP: usize = 200;

/// Percentiles of one measurement.
pub struct Stats {
	pub p50: Duration,
	pub p99: Duration,
	pub mean: Duration,
}

/// Runs `f(i)` `WARMUP` times unmeasured, then `SAMPLES` times measured one by one.
pub async fn measure<F, Fut>(mut f: F) -> Stats
where
	F: FnMut(usize) -> Fut,
	Fut: std::future::Future<Output = ()>,
{
	for i in 0..WARMUP {
		f(i).await;
	}
	let mut samples = Vec::with_capacity(SAMPLES);
	for i in 0..SAMPLES {
		let start = Instant::now();
		f(i).await;
		samples.push(start.elapsed());
	}
	samples.sort();
	let mean = samples.iter().sum::<Duration>() / SAMPLES as u32;
	Stats { p50: samples[SAMPLES / 2], p99: samples[SAMPLES * 99 / 100], mean }
}

/// A duration in milliseconds with three decimals.
pub fn ms(d: Duration) -> String {
	format!("{:.3}", d.as_secs_f64() * 1_000.0)
}
