//! `cargo xtask <command>`: see `cargo xtask help`.

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

commands:
  regen            regenerate crates/dolthub-api/src/generated.rs from the spec
  regen --check    fail (with a diff) when the committed code differs from what the spec produces
  lint             lint openapi/dolthub-v1alpha1.yaml (also part of regen)
  coverage         fail when a spec operation has no `wire_<operationId>` test in crates/dolthub
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
