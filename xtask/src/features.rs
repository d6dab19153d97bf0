//! Cargo-feature gates written into the generated code, so a crate that
//! needs only the types (the `dolthub` wrapper) compiles less:
//!
//! - everything progenitor emits besides `mod types` (the `Client`, its
//!   per-tag traits, the request builders, `prelude`, the re-exports of
//!   `progenitor_client`) gets `#[cfg(feature = "client")]`;
//! - every `schemars::JsonSchema` derive becomes
//!   `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`.
//!
//! Applied to the syntax tree before prettyplease, so regen stays
//! deterministic and the drift check sees the gates like any other code.

use syn::punctuated::Punctuated;
use syn::{Attribute, Item, Path, Token, parse_quote};

/// Gates the client behind `client` and the schema derives behind `schemars`.
/// Returns `(items gated, derives moved)`.
pub fn gate(file: &mut syn::File) -> (usize, usize) {
    let mut gated = 0;
    let mut derives = 0;
    for item in &mut file.items {
        match item {
            Item::Mod(module) if module.ident == "types" => {
                derives += move_schema_derives(std::slice::from_mut(item));
            }
            other => {
                if let Some(attrs) = attrs_mut(other) {
                    attrs.push(parse_quote!(#[cfg(feature = "client")]));
                    gated += 1;
                }
            }
        }
    }
    (gated, derives)
}

fn attrs_mut(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Moves `schemars::JsonSchema` out of every derive in `items` (recursively)
/// into a `cfg_attr`; returns how many it moved.
fn move_schema_derives(items: &mut [Item]) -> usize {
    let mut moved = 0;
    for item in items {
        match item {
            Item::Mod(module) => {
                if let Some((_, inner)) = &mut module.content {
                    moved += move_schema_derives(inner);
                }
            }
            Item::Struct(_) | Item::Enum(_) => {
                let attrs = attrs_mut(item).expect("structs and enums have attributes");
                if strip_json_schema(attrs) {
                    attrs.push(parse_quote!(
                        #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
                    ));
                    moved += 1;
                }
            }
            _ => {}
        }
    }
    moved
}

/// Removes `JsonSchema` from the `derive`s in `attrs`; true when it was there.
fn strip_json_schema(attrs: &mut [Attribute]) -> bool {
    let mut found = false;
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept: Punctuated<Path, Token![,]> = paths
            .iter()
            .filter(|p| {
                let is_schema = p.segments.last().is_some_and(|s| s.ident == "JsonSchema");
                found |= is_schema;
                !is_schema
            })
            .cloned()
            .collect();
        *attr = parse_quote!(#[derive(#kept)]);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_the_client_and_moves_schema_derives() {
        let mut file: syn::File = parse_quote! {
            pub use progenitor_client::{Error, ResponseValue};
            pub mod types {
                #[derive(Clone, Debug, schemars::JsonSchema)]
                pub struct Pull { pub id: String }
                pub mod builder {
                    #[derive(Clone, Debug)]
                    pub struct Pull { id: String }
                }
            }
            pub struct Client { baseurl: String }
            impl Client { pub fn new() {} }
            pub mod prelude { pub use super::Client; }
        };
        assert_eq!(gate(&mut file), (4, 1));
        let text = prettyplease::unparse(&file);
        assert_eq!(
            text.matches("#[cfg(feature = \"client\")]").count(),
            4,
            "{text}"
        );
        assert!(
            text.contains("#[derive(Clone, Debug)]\n    #[cfg_attr(feature = \"schemars\", derive(::schemars::JsonSchema))]\n    pub struct Pull"),
            "{text}"
        );
        assert_eq!(text.matches("JsonSchema").count(), 1, "{text}");
        let types_line = text.lines().find(|l| l.contains("pub mod types")).unwrap();
        let before = &text[..text.find(types_line).unwrap()];
        assert!(
            !before.trim_end().ends_with("#[cfg(feature = \"client\")]"),
            "types stay ungated:\n{text}"
        );
    }
}
