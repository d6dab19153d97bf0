//! `cargo xtask docs`: the HTML reference of each spec, rendered by Redocly
//! CLI's `build-docs` (Redoc) from the local install in `.tools/`, with the
//! Redoc scripts inlined so the page works offline. Every operation shows its
//! request and response examples (the xtask lint requires them).

use crate::spec_check::{self, Target};
use crate::tools::{self, Tools};
use crate::{proc, spec};
use std::time::Duration;

/// `cargo xtask docs`: one page per spec.
pub fn run() -> Result<(), String> {
    let tools = tools::ensure()?;
    for target in spec_check::TARGETS {
        let detail = build(&tools, target)?;
        println!("docs: {detail}");
        println!(
            "open it with: xdg-open {0}   (or file://{1})",
            target.docs_output,
            tools.root.join(target.docs_output).display()
        );
    }
    Ok(())
}

/// Renders one spec's reference and checks that every operation made it in.
pub fn build(tools: &Tools, target: &Target) -> Result<String, String> {
    let out = tools.root.join(target.docs_output);
    let spec_path = tools.root.join(target.version.spec);
    let mut cmd = tools.command(tools.node_tool("redocly"));
    cmd.arg("build-docs")
        .arg(&spec_path)
        .arg("--config")
        .arg(tools.root.join(spec_check::REDOCLY_CONFIG))
        .args(["--lint-config", "error", "--inlineBundle", "--title"])
        .arg(target.docs_title)
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
            "{} lacks operations {missing:?}\n{}",
            target.docs_output,
            got.output()
        ));
    }
    if html.contains("cdn.redocly.com/redoc") && html.contains("modulepreload") {
        return Err(format!(
            "{} loads Redoc from a CDN; it must be self-contained",
            target.docs_output
        ));
    }
    Ok(format!(
        "{} ({} KiB, {} operations, self-contained)",
        target.docs_output,
        html.len() / 1024,
        spec::operations(&doc).len()
    ))
}
