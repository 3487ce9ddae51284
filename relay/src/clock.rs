//! Dates without a time-zone library: UTC only, for log lines and (in the gateway) FHIR
//! `instant`s.

use std::time::{SystemTime, UNIX_EPOCH};

/// The proleptic Gregorian date (year, month, day) of a day count since 1970-01-01 (H.
/// Hinnant's `civil_from_days`, exact over the whole range).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
	let z = days.saturating_add(719_468);
	let era = z.div_euclid(146_097);
	let day_of_era = z.rem_euclid(146_097);
	let year_of_era =
		(day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let shifted_month = (5 * day_of_year + 2) / 153;
	let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
	let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
	let year = year_of_era + era * 400 + i64::from(month <= 2);
	(year, month as u32, day as u32)
}

/// `at` as UTC to the millisecond, `2026-12-06 08:00:00.123` (the UNIX epoch for a time
/// before it).
pub(crate) fn utc_timestamp(at: SystemTime) -> String {
	let since_epoch = at.duration_since(UNIX_EPOCH).unwrap_or_default();
	let (days, secs) = (since_epoch.as_secs() / 86_400, since_epoch.as_secs() % 86_400);
	// At most ~2.1e14 days: an i64 holds it.
	let (year, month, day) = civil_from_days(days as i64);
	format!(
		"{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}.{:03}",
		secs / 3_600,
		secs / 60 % 60,
		secs % 60,
		since_epoch.subsec_millis()
	)
}

#[cfg(test)]
mod tests {
	use std::time::Duration;

	use super::*;

	#[test]
	fn days_are_gregorian_dates() {
		assert_eq!(civil_from_days(0), (1970, 1, 1));
		assert_eq!(civil_from_days(-1), (1969, 12, 31));
		// 2000 is a leap year (divisible by 400), 2100 is not.
		assert_eq!(civil_from_days(11_016), (2000, 2, 29));
		assert_eq!(civil_from_days(47_540), (2100, 2, 28));
		assert_eq!(civil_from_days(47_541), (2100, 3, 1));
	}

	#[test]
	fn timestamps_are_utc_dates_and_times() {
		let at = |secs: u64, millis: u64| {
			UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_millis(millis)
		};
		assert_eq!(utc_timestamp(at(0, 0)), "1970-01-01 00:00:00.000");
		assert_eq!(utc_timestamp(at(951_782_400, 7)), "2000-02-29 00:00:00.007");
		// The last millisecond of a year, and a date of this project.
		assert_eq!(utc_timestamp(at(1_704_067_199, 999)), "2023-12-31 23:59:59.999");
		assert_eq!(utc_timestamp(at(1_796_544_004, 120)), "2026-12-06 08:00:04.120");
	}
}
