//! The rows of `BENCHMARKS.md`.

use std::fmt::Write as _;

/// One measured figure: candidate against baseline.
pub struct Row {
    /// What was measured.
    pub name: String,
    /// Baseline median, formatted.
    pub baseline: String,
    /// `dolthub` median, formatted.
    pub candidate: String,
    /// candidate / baseline, when a ratio makes sense.
    pub ratio: Option<f64>,
    /// Target and extra facts (connections, polls, memory).
    pub notes: String,
}

/// Renders the whole document.
pub fn render(header: &str, rows: &[Row]) -> String {
    let mut out = String::from(header);
    out.push_str("\n| benchmark | baseline (median) | dolthub (median) | ratio | notes |\n|---|---|---|---|---|\n");
    for row in rows {
        let ratio = row
            .ratio
            .map_or_else(|| "–".to_string(), |r| format!("{r:.3}x"));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            row.name, row.baseline, row.candidate, ratio, row.notes
        );
    }
    out
}
