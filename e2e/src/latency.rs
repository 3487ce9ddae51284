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
pub async fn measure<F, Fut>(f: F) -> Stats
where
	F: FnMut(usize) -> Fut,
	Fut: std::future::Future<Output = ()>,
{
	measure_n(SAMPLES, WARMUP, f).await
}

/// Runs `f(i)` `warmup` times unmeasured, then `samples` times measured one by one (smoke runs
/// pass fewer than `SAMPLES`).
pub async fn measure_n<F, Fut>(samples: usize, warmup: usize, mut f: F) -> Stats
where
	F: FnMut(usize) -> Fut,
	Fut: std::future::Future<Output = ()>,
{
	assert!(samples > 0, "a measurement needs at least one sample");
	for i in 0..warmup {
		f(i).await;
	}
	let mut measured = Vec::with_capacity(samples);
	for i in 0..samples {
		let start = Instant::now();
		f(i).await;
		measured.push(start.elapsed());
	}
	measured.sort();
	let mean = measured.iter().sum::<Duration>() / samples as u32;
	Stats { p50: measured[samples / 2], p99: measured[samples * 99 / 100], mean }
}

/// A duration in milliseconds with three decimals.
pub fn ms(d: Duration) -> String {
	format!("{:.3}", d.as_secs_f64() * 1_000.0)
}
