//! Every operation of every spec must have a wire test, named
//! `<prefix><operationId>` (see `paths::Version`), so a new endpoint cannot
//! be forgotten. The operation list is the generated descriptor list
//! (`ops::ALL`, which the drift check keeps equal to the spec), and only test
//! functions the compiler builds count: the test sources are parsed with
//! `syn`, module declarations are followed from each test target's root, and
//! a function counts only with a `#[test]`/`#[tokio::test]` attribute and no
//! `#[ignore]`. A comment or a helper named `wire_x` does not.

use crate::paths::{self, Version};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `cargo xtask coverage`: every version, all findings at once.
pub fn run() -> Result<(), String> {
    let root = paths::root();
    let mut problems = Vec::new();
    for version in paths::VERSIONS {
        match check_version(&root, version) {
            Ok(count) => println!(
                "{}: all {count} operations have a `{}<operationId>` test in {}",
                version.name, version.wire_prefix, version.wire_tests
            ),
            Err(message) => problems.push(message),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Checks one version; returns the number of operations covered.
pub fn check_version(root: &Path, version: &Version) -> Result<usize, String> {
    let generated = std::fs::read_to_string(root.join(version.generated))
        .map_err(|e| format!("cannot read {}: {e}", version.generated))?;
    let ids = descriptor_ids(&generated).map_err(|e| format!("{}: {e}", version.generated))?;
    let tests = compiled_tests(&root.join(version.wire_tests))?;
    let missing = missing_wire_tests(&ids, version.wire_prefix, &tests);
    if missing.is_empty() {
        Ok(ids.len())
    } else {
        Err(format!(
            "{}: operations without a `#[test] fn {}<operationId>` in {}: {}",
            version.name,
            version.wire_prefix,
            version.wire_tests,
            missing.join(", ")
        ))
    }
}

/// The operationIds listed in `ops::ALL` of a generated file, in order.
pub fn descriptor_ids(generated: &str) -> Result<Vec<String>, String> {
    let file = syn::parse_file(generated).map_err(|e| format!("does not parse: {e}"))?;
    let ops = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "ops" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .ok_or("has no `mod ops`")?;
    let mut ids_by_static = BTreeMap::new();
    let mut all = None;
    for item in ops {
        let syn::Item::Static(item) = item else {
            continue;
        };
        if item.ident == "ALL" {
            all = Some(&*item.expr);
        } else if let Some(id) = struct_field_str(&item.expr, "id") {
            ids_by_static.insert(item.ident.to_string(), id);
        }
    }
    let all = all.ok_or("`mod ops` has no `ALL`")?;
    let syn::Expr::Reference(all) = all else {
        return Err("`ops::ALL` is not `&[...]`".into());
    };
    let syn::Expr::Array(array) = &*all.expr else {
        return Err("`ops::ALL` is not `&[...]`".into());
    };
    array
        .elems
        .iter()
        .map(|elem| {
            let name = match elem {
                syn::Expr::Reference(r) => match &*r.expr {
                    syn::Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
                    _ => None,
                },
                _ => None,
            };
            name.and_then(|n| ids_by_static.get(&n).cloned())
                .ok_or_else(|| "`ops::ALL` names something that is not a descriptor".to_string())
        })
        .collect()
}

fn struct_field_str(expr: &syn::Expr, field: &str) -> Option<String> {
    let syn::Expr::Struct(s) = expr else {
        return None;
    };
    s.fields.iter().find_map(|f| match (&f.member, &f.expr) {
        (
            syn::Member::Named(name),
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(value),
                ..
            }),
        ) if name == field => Some(value.value()),
        _ => None,
    })
}

/// The operationIds with no compiled `<prefix><id>` test.
pub fn missing_wire_tests(ids: &[String], prefix: &str, tests: &BTreeSet<String>) -> Vec<String> {
    ids.iter()
        .filter(|id| !tests.contains(&format!("{prefix}{id}")))
        .cloned()
        .collect()
}

/// Names of the test functions the compiler builds from the test targets in
/// `dir` (`dir/*.rs` and `dir/*/main.rs`, as cargo discovers them).
pub fn compiled_tests(dir: &Path) -> Result<BTreeSet<String>, String> {
    let mut roots = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let main = path.join("main.rs");
            if main.is_file() {
                roots.push(main);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            roots.push(path);
        }
    }
    roots.sort();
    let mut tests = BTreeSet::new();
    for root in roots {
        let source = read(&root)?;
        let dir = root.parent().unwrap_or(dir).to_path_buf();
        collect_from_source(&source, &root, &dir, &mut tests)?;
    }
    Ok(tests)
}

/// Collects tests from one file whose child modules live in `mod_dir`.
fn collect_from_source(
    source: &str,
    file: &Path,
    mod_dir: &Path,
    tests: &mut BTreeSet<String>,
) -> Result<(), String> {
    let parsed =
        syn::parse_file(source).map_err(|e| format!("cannot parse {}: {e}", file.display()))?;
    collect_items(&parsed.items, file, mod_dir, tests)
}

fn collect_items(
    items: &[syn::Item],
    file: &Path,
    mod_dir: &Path,
    tests: &mut BTreeSet<String>,
) -> Result<(), String> {
    for item in items {
        match item {
            syn::Item::Fn(f) if !disabled(&f.attrs) && is_test(&f.attrs) => {
                tests.insert(f.sig.ident.to_string());
            }
            syn::Item::Mod(m) if !disabled(&m.attrs) => {
                let name = m.ident.to_string();
                match &m.content {
                    Some((_, inner)) => {
                        collect_items(inner, file, &mod_dir.join(&name), tests)?;
                    }
                    None => {
                        let child =
                            module_file(&m.attrs, file, mod_dir, &name).ok_or_else(|| {
                                format!("{}: no file for `mod {name};`", file.display())
                            })?;
                        let child_dir = if child.file_name().is_some_and(|n| n == "mod.rs") {
                            child.parent().unwrap_or(mod_dir).to_path_buf()
                        } else {
                            mod_dir.join(&name)
                        };
                        collect_from_source(&read(&child)?, &child, &child_dir, tests)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Where `mod name;` lives: `#[path]`, `name.rs` or `name/mod.rs`.
fn module_file(
    attrs: &[syn::Attribute],
    file: &Path,
    mod_dir: &Path,
    name: &str,
) -> Option<PathBuf> {
    for attr in attrs {
        if attr.path().is_ident("path")
            && let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(path),
                ..
            }) = &nv.value
        {
            return Some(file.parent()?.join(path.value()));
        }
    }
    [
        mod_dir.join(format!("{name}.rs")),
        mod_dir.join(name).join("mod.rs"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// `#[test]`, `#[tokio::test]` (any attribute path ending in `test`), not `#[ignore]`d.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    let test = attrs
        .iter()
        .any(|a| a.path().segments.last().is_some_and(|s| s.ident == "test"));
    let ignored = attrs.iter().any(|a| a.path().is_ident("ignore"));
    test && !ignored
}

/// `#[cfg(any())]` (the usual way to switch code off) removes the item.
fn disabled(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta
                .require_list()
                .is_ok_and(|list| list.tokens.to_string().replace(' ', "") == "any()")
    })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tests_in(source: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        collect_from_source(source, Path::new("x.rs"), Path::new("."), &mut out).unwrap();
        out
    }

    #[test]
    fn only_compiled_test_functions_count() {
        let source = r#"
            // fn wire_in_comment() {}
            /// fn wire_in_doc() {}
            fn wire_helper() {}
            #[test]
            fn wire_plain() {}
            #[tokio::test]
            async fn wire_async() {}
            #[tokio::test(flavor = "multi_thread")]
            async fn wire_flavoured() {}
            #[test]
            #[ignore]
            fn wire_ignored() {}
            #[cfg(any())]
            #[test]
            fn wire_switched_off() {}
            const TEXT: &str = "fn wire_in_string() {}";
            mod inner {
                #[test]
                fn wire_nested() {}
            }
        "#;
        let found = tests_in(source);
        let expected: BTreeSet<String> =
            ["wire_plain", "wire_async", "wire_flavoured", "wire_nested"]
                .into_iter()
                .map(String::from)
                .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn finds_operations_without_wire_tests() {
        let ids = vec![
            "get_pull".to_string(),
            "list_pulls".to_string(),
            "list_pulls_x".to_string(),
        ];
        let tests =
            tests_in("#[test] fn wire_get_pull() {}\n#[tokio::test] async fn wire_list_pulls() {}");
        assert_eq!(missing_wire_tests(&ids, "wire_", &tests), ["list_pulls_x"]);
        assert_eq!(missing_wire_tests(&ids, "wire_v2_", &tests).len(), 3);
    }

    #[test]
    fn follows_module_files_and_ignores_unreferenced_ones() {
        let dir = std::env::temp_dir().join(format!("xtask-coverage-{}", std::process::id()));
        let suite = dir.join("suite");
        std::fs::create_dir_all(suite.join("deep")).unwrap();
        std::fs::write(dir.join("top.rs"), "#[test] fn wire_top() {}").unwrap();
        std::fs::write(suite.join("main.rs"), "mod a;\nmod deep;").unwrap();
        std::fs::write(suite.join("a.rs"), "mod b;\n#[test] fn wire_a() {}").unwrap();
        std::fs::create_dir_all(suite.join("a")).unwrap();
        std::fs::write(suite.join("a").join("b.rs"), "#[test] fn wire_b() {}").unwrap();
        std::fs::write(
            suite.join("deep").join("mod.rs"),
            "#[test] fn wire_deep() {}",
        )
        .unwrap();
        std::fs::write(suite.join("orphan.rs"), "#[test] fn wire_orphan() {}").unwrap();
        let found = compiled_tests(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        let found: Vec<String> = found.unwrap().into_iter().collect();
        assert_eq!(found, ["wire_a", "wire_b", "wire_deep", "wire_top"]);
    }

    #[test]
    fn reads_ids_from_the_descriptor_list_in_order() {
        let generated = r#"
            pub mod types {}
            pub mod ops {
                pub static B_OP: OperationDescriptor = OperationDescriptor { id: "b_op", poll: None };
                pub static A_OP: OperationDescriptor = OperationDescriptor { id: "a_op", poll: Some(&B_OP) };
                pub static ALL: &[&OperationDescriptor] = &[&A_OP, &B_OP];
            }
        "#;
        assert_eq!(descriptor_ids(generated).unwrap(), ["a_op", "b_op"]);
        assert!(descriptor_ids("pub mod types {}").is_err());
    }
}
