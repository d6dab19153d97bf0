//! Medians and ratios. Benchmarks run baseline and candidate interleaved in
//! rounds, so machine noise hits both sides alike; the ratio of medians is
//! what we report.

use std::time::Duration;

/// Median of the samples (the mean of the middle two for an even count).
pub fn median(samples: &[Duration]) -> Duration {
    assert!(!samples.is_empty(), "no samples");
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// candidate / baseline.
pub fn ratio(candidate: Duration, baseline: Duration) -> f64 {
    candidate.as_secs_f64() / baseline.as_secs_f64().max(f64::MIN_POSITIVE)
}

/// A duration in the unit that reads best.
pub fn fmt(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1_000.0 {
        format!("{us:.1} µs")
    } else if us < 1_000_000.0 {
        format!("{:.2} ms", us / 1e3)
    } else {
        format!("{:.2} s", us / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        let ms = Duration::from_millis;
        assert_eq!(median(&[ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(
            median(&[ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
        assert!((ratio(ms(11), ms(10)) - 1.1).abs() < 1e-9);
    }
}
