//! `cargo xtask <command>`: see `cargo xtask help`.

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

commands:
  regen            regenerate crates/dolthub-api/src/generated.rs from the spec
  regen --check    fail (with a diff) when the committed code differs from what the spec produces
  lint             lint openapi/dolthub-v1alpha1.yaml (also part of regen)
  bench [--quick] [--build] [--no-callgrind] [--sql-rows 20000,80000,200000]
                   measure dolthub against plain reqwest; writes BENCHMARKS.md (its header
                   repeats the flags and the machine's load average)
  coverage         fail when a spec operation has no `wire_<operationId>` test in crates/dolthub
  lint-literals [--root DIR]
                   fail when crates/dolthub/src spells an operationId or API path as a string literal
  spec-check       validate, lint and generate Python/TypeScript clients with pinned outside tools
                   (installed into .tools/), build the docs, run the contract test
  spec-check --no-contract   the same without the contract test
  contract         Schemathesis and a Python smoke test against the sandbox binary
  contract --binary PATH     the same against a sandbox executable you built
  docs             render the HTML reference into target/api-docs/index.html
  help             this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["regen"] => xtask::regen::run(xtask::regen::Mode::Write),
        ["regen", "--check"] => xtask::regen::run(xtask::regen::Mode::Check),
        ["lint"] => xtask::lint::run(),
        ["coverage"] => xtask::coverage::run(),
        ["lint-literals"] => xtask::literals::run(None),
        ["lint-literals", "--root", dir] => xtask::literals::run(Some(dir.into())),
        ["bench", flags @ ..] => xtask::bench::run(flags),
        ["spec-check"] => xtask::spec_check::run(xtask::spec_check::Options::default()),
        ["spec-check", "--no-contract"] => {
            xtask::spec_check::run(xtask::spec_check::Options { no_contract: true })
        }
        ["contract"] => xtask::contract::run(None),
        ["contract", "--binary", path] => xtask::contract::run(Some(path.into())),
        ["docs"] => xtask::docs::run(),
        [] | ["help"] | ["--help"] | ["-h"] => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{}`\n\n{HELP}", other.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
