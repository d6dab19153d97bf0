//! Spec text in, `generated.rs` text out: fix-ups, progenitor, prettyplease,
//! banner, operation descriptors and the legacy operation index. Pure and
//! deterministic, so `regen` and `regen --check` (and the drift `#[test]`)
//! share it.

use crate::paths::Version;
use crate::{descriptors, fixups, spec};
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use std::fmt::Write as _;

/// The progenitor version this file pins (see the workspace `Cargo.toml`).
const PROGENITOR: &str = "0.15.1";

/// Generates the complete contents of `version.generated` from the spec text.
pub fn generate(spec_text: &str, version: &Version) -> Result<String, String> {
    let document = spec::parse(spec_text)?;
    let index = operation_index(&document);
    let ops = descriptors::descriptors(&document, version.hand_written)?;
    let mut document = fixups_on_tree(spec_text)?;
    let removed = fixups::remove_multipart_operations(&mut document);
    fixups::check_hand_written(&removed, version.hand_written)?;

    let tokens = run_progenitor(&document)?;
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    let body = prettyplease::unparse(&file);

    let mut out = banner(version, &spec::sha256(spec_text));
    out.push_str(&body);
    out.push_str(&descriptors::source(version, &ops));
    out.push_str(&index_source(
        &index,
        version.hand_written,
        &spec::sha256(spec_text),
    ));
    Ok(out)
}

/// The document progenitor sees, after the fix-ups that work on the YAML tree.
fn fixups_on_tree(spec_text: &str) -> Result<openapiv3::OpenAPI, String> {
    let mut tree: serde_yaml::Value =
        serde_yaml::from_str(spec_text).map_err(|e| format!("the spec is not valid YAML: {e}"))?;
    fixups::timestamps_as_strings(&mut tree);
    fixups::string_constraints_unchecked(&mut tree);
    serde_yaml::from_value(tree)
        .map_err(|e| format!("the spec is not a valid OpenAPI 3.0 document: {e}"))
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Separate)
        .with_derive("schemars::JsonSchema");
    settings
}

/// Runs progenitor; a panic inside it becomes an error that names the
/// operation that triggers it (found by generating operations one by one).
fn run_progenitor(document: &openapiv3::OpenAPI) -> Result<proc_macro2::TokenStream, String> {
    match generate_quietly(document) {
        Ok(result) => result.map_err(|e| format!("progenitor rejected the spec: {e}")),
        Err(panic) => {
            let culprit = spec::operations(document)
                .into_iter()
                .find(|(path, method, _)| generate_quietly(&only(document, path, method)).is_err())
                .map(|(path, method, op)| {
                    format!(
                        " while generating `{}` ({} {path})",
                        op.operation_id.as_deref().unwrap_or("?"),
                        method.to_uppercase()
                    )
                })
                .unwrap_or_default();
            Err(format!("progenitor panicked{culprit}: {panic}"))
        }
    }
}

type GenResult = Result<proc_macro2::TokenStream, progenitor::Error>;

fn generate_quietly(document: &openapiv3::OpenAPI) -> Result<GenResult, String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| Generator::new(&settings()).generate_tokens(document));
    std::panic::set_hook(previous);
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}

/// A copy of the document with a single operation left.
fn only(document: &openapiv3::OpenAPI, path: &str, method: &str) -> openapiv3::OpenAPI {
    let mut copy = document.clone();
    copy.paths.paths.retain(|p, _| p == path);
    if let Some(openapiv3::ReferenceOr::Item(item)) = copy.paths.paths.get_mut(path) {
        for (name, slot) in spec::slots_mut(item) {
            if name != method {
                *slot = None;
            }
        }
    }
    copy
}

fn banner(version: &Version, sha: &str) -> String {
    format!(
        "// @generated DO NOT EDIT.\n\
         // Written by `cargo xtask regen` from {} with progenitor {PROGENITOR}.\n\
         // Edit the spec and run `cargo xtask regen`; `cargo xtask regen --check` fails when this file drifts.\n\
         // spec-sha256: {sha}\n\n",
        version.spec
    )
}

/// One row of the operation index: what a wrapper, sandbox or coverage test
/// needs to know about an operation without parsing the spec.
struct IndexRow {
    id: String,
    method: String,
    path: String,
    tag: String,
}

fn operation_index(document: &openapiv3::OpenAPI) -> Vec<IndexRow> {
    spec::operations(document)
        .into_iter()
        .map(|(path, method, op)| IndexRow {
            id: op.operation_id.clone().unwrap_or_default(),
            method: method.to_uppercase(),
            path: path.to_string(),
            tag: op.tags.first().cloned().unwrap_or_default(),
        })
        .collect()
}

fn index_source(rows: &[IndexRow], hand_written: &[&str], sha: &str) -> String {
    let mut out = String::from(
        "\n/// Facts about the spec this file was generated from (superseded by [`ops`]).\n\
         #[doc(hidden)]\n\
         pub mod spec_index {\n\
         \x20   /// One operation of the spec, generated or hand-written.\n\
         \x20   #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n\
         \x20   pub struct Operation {\n\
         \x20       /// The spec's operationId.\n\
         \x20       pub id: &'static str,\n\
         \x20       /// HTTP method, upper case.\n\
         \x20       pub method: &'static str,\n\
         \x20       /// Path template as written in the spec.\n\
         \x20       pub path: &'static str,\n\
         \x20       /// The operation's tag (resource).\n\
         \x20       pub tag: &'static str,\n\
         \x20   }\n\n\
         \x20   /// Every operation in the spec, in document order, including hand-written ones.\n\
         \x20   pub const OPERATIONS: &[Operation] = &[\n",
    );
    for row in rows {
        let _ = writeln!(
            out,
            "        Operation {{ id: {:?}, method: {:?}, path: {:?}, tag: {:?} }},",
            row.id, row.method, row.path, row.tag
        );
    }
    out.push_str("    ];\n\n");
    out.push_str(
        "    /// Operations progenitor cannot generate (multipart bodies); the `dolthub` crate implements them by hand.\n",
    );
    let hand: Vec<String> = hand_written.iter().map(|id| format!("{id:?}")).collect();
    let _ = writeln!(
        out,
        "    pub const HAND_WRITTEN_OPERATIONS: &[&str] = &[{}];\n",
        hand.join(", ")
    );
    out.push_str("    /// sha256 of the (LF-normalised) spec this file was generated from.\n");
    let _ = writeln!(out, "    pub const SPEC_SHA256: &str = {sha:?};");
    out.push_str("}\n");
    out
}
