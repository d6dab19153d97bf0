//! `cargo xtask docs`: the HTML reference of the spec, rendered by Redocly
//! CLI's `build-docs` (Redoc) from the local install in `.tools/`, with the
//! Redoc scripts inlined so the page works offline. Every operation shows its
//! request and response examples (the xtask lint requires them).

use crate::tools::{self, Tools};
use crate::{paths, proc, spec, spec_check};
use std::time::Duration;

/// The rendered page, relative to the root (gitignored).
pub const OUTPUT: &str = "target/api-docs/index.html";

/// `cargo xtask docs`.
pub fn run() -> Result<(), String> {
    let tools = tools::ensure()?;
    let detail = build(&tools)?;
    println!("docs: {detail}");
    println!(
        "open it with: xdg-open {0}   (or file://{1})",
        OUTPUT,
        tools.root.join(OUTPUT).display()
    );
    Ok(())
}

/// Renders the reference and checks that every operation made it in.
pub fn build(tools: &Tools) -> Result<String, String> {
    let out = tools.root.join(OUTPUT);
    let spec_path = tools.root.join(paths::SPEC);
    let mut cmd = tools.command(tools.node_tool("redocly"));
    cmd.arg("build-docs")
        .arg(&spec_path)
        .arg("--config")
        .arg(tools.root.join(spec_check::REDOCLY_CONFIG))
        .args(["--lint-config", "error", "--inlineBundle", "--title"])
        .arg("DoltHub HTTP API v1alpha1 reference")
        .arg("--output")
        .arg(&out);
    let got = proc::run(&mut cmd, Duration::from_secs(180))?;
    if !got.success() || !out.exists() {
        return Err(got.output());
    }
    let html =
        std::fs::read_to_string(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    let doc = spec::parse(&spec::read_text(&spec_path)?)?;
    let missing: Vec<String> = spec::operations(&doc)
        .into_iter()
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .filter(|id| !html.contains(&format!("\"operationId\":\"{id}\"")))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "{OUTPUT} lacks operations {missing:?}\n{}",
            got.output()
        ));
    }
    if html.contains("cdn.redocly.com/redoc") && html.contains("modulepreload") {
        return Err(format!(
            "{OUTPUT} loads Redoc from a CDN; it must be self-contained"
        ));
    }
    Ok(format!(
        "{OUTPUT} ({} KiB, {} operations, self-contained)",
        html.len() / 1024,
        spec::operations(&doc).len()
    ))
}
