//! Branches, tags and releases.

use serde::{Deserialize, Serialize};

use crate::models::de;

/// A branch. Current servers send `branch_name`, one sample `name`; either is read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Branch {
    /// Branch name.
    #[serde(rename = "branch_name")]
    pub name: String,
    /// Commit at the branch head (v2 only; `""` on v1alpha1).
    pub head_commit_sha: String,
    /// Time of the head commit, RFC 3339 (v2 only, when known).
    pub last_updated_at: String,
}

/// Decoded straight into [`Branch`] (no intermediate struct): every value
/// may be a string, number, boolean or `null`; of `branch_name` and `name`
/// the first non-empty one wins. One decoder serves v1alpha1 and v2 items.
impl<'de> Deserialize<'de> for Branch {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(BranchVisitor)
    }
}

struct BranchVisitor;

impl<'de> serde::de::Visitor<'de> for BranchVisitor {
    type Value = Branch;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a branch object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Branch, A::Error> {
        let mut branch = Branch::default();
        fill_branch(&mut branch, map)?;
        Ok(branch)
    }
}

/// Read one branch object's fields into `branch` (which starts empty).
fn fill_branch<'de, A: serde::de::MapAccess<'de>>(
    branch: &mut Branch,
    mut map: A,
) -> Result<(), A::Error> {
    // Whether `name` came from `branch_name`, the current spelling.
    let mut current_name = false;
    while let Some(key) = map.next_key::<de::Key<'de>>()? {
        let (slot, is_current) = match key.as_str() {
            "branch_name" => (&mut branch.name, true),
            "name" if !current_name => (&mut branch.name, false),
            "head_commit_sha" => (&mut branch.head_commit_sha, false),
            "last_updated_at" => (&mut branch.last_updated_at, false),
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            }
        };
        let value = map.next_value::<de::OptString>()?.0.unwrap_or_default();
        // The first non-empty value wins, except that `branch_name`
        // replaces a `name` read before it.
        if !value.is_empty() && (slot.is_empty() || (is_current && !current_name)) {
            *slot = value;
            current_name |= is_current;
        }
    }
    Ok(())
}

/// A list of branches (`null` is empty), each decoded in its place in the
/// list: a `Branch` is 72 bytes, and returning each one through the
/// decoder's layers and then pushing it cost about 60 instructions a branch
/// (callgrind, 25-branch list).
pub(crate) fn branch_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Branch>, D::Error> {
    d.deserialize_option(BranchListVisitor)
}

struct BranchListVisitor;

impl<'de> serde::de::Visitor<'de> for BranchListVisitor {
    type Value = Vec<Branch>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of branches")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Vec<Branch>, E> {
        Ok(Vec::new())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<Branch>, E> {
        Ok(Vec::new())
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Vec<Branch>, D::Error> {
        d.deserialize_seq(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Branch>, A::Error> {
        let mut out: Vec<Branch> = Vec::new();
        loop {
            if out.len() == out.capacity() {
                out.reserve(if out.is_empty() { 16 } else { out.len() });
            }
            // An empty branch allocates nothing; it is dropped if the list ended.
            out.push(Branch::default());
            let Some(slot) = out.last_mut() else {
                break;
            };
            if seq.next_element_seed(BranchInto(slot))?.is_none() {
                out.pop();
                break;
            }
        }
        Ok(out)
    }
}

/// Decodes one branch object into an existing (empty) `Branch`.
struct BranchInto<'a>(&'a mut Branch);

impl<'de> serde::de::DeserializeSeed<'de> for BranchInto<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for BranchInto<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a branch object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        fill_branch(self.0, map)
    }
}

/// Answer of `create_branch`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BranchCreated {
    /// Database owner.
    #[serde(default, rename = "database_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// Database name.
    #[serde(default, rename = "database_name", deserialize_with = "de::string")]
    pub database: String,
    /// The new branch.
    #[serde(default, rename = "new_branch_name", deserialize_with = "de::string")]
    pub name: String,
    /// `branch`, `ref` or `commit`.
    #[serde(default, deserialize_with = "de::string")]
    pub revision_type: String,
    /// The revision the branch starts at.
    #[serde(default, deserialize_with = "de::string")]
    pub revision_name: String,
    /// The commit the new branch points at (v2 only; `""` on v1alpha1).
    #[serde(default, deserialize_with = "de::string")]
    pub head_commit_sha: String,
}

/// A tag (from `list_tags` or `create_tag`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag name.
    #[serde(default, rename = "tag_name", deserialize_with = "de::string")]
    pub name: String,
    /// Tag message (`tag_description`).
    #[serde(default, rename = "tag_description", deserialize_with = "de::string")]
    pub message: String,
    /// Creation time (list answers only), ISO-8601.
    #[serde(default, deserialize_with = "de::string")]
    pub tagged_at: String,
    /// `branch`, `ref` or `commit` (create answers only).
    #[serde(default, deserialize_with = "de::string")]
    pub revision_type: String,
    /// The tagged revision (create answers only).
    #[serde(default, deserialize_with = "de::string")]
    pub revision_name: String,
    /// The tagged commit (v2 only; `""` on v1alpha1).
    #[serde(default, deserialize_with = "de::string")]
    pub commit_sha: String,
}

/// A release (from `list_releases` or `create_release`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Release {
    /// Title (`release_title`).
    #[serde(default, rename = "release_title", deserialize_with = "de::string")]
    pub title: String,
    /// Tag (`release_tag`).
    #[serde(default, rename = "release_tag", deserialize_with = "de::string")]
    pub tag: String,
    /// Commit (`release_commit_sha`).
    #[serde(
        default,
        rename = "release_commit_sha",
        deserialize_with = "de::string"
    )]
    pub commit_sha: String,
    /// Release notes (`release_description`).
    #[serde(
        default,
        rename = "release_description",
        deserialize_with = "de::string"
    )]
    pub description: String,
    /// Creation time, ISO-8601.
    #[serde(
        default,
        rename = "release_created_at",
        deserialize_with = "de::string"
    )]
    pub created_at: String,
    /// Last change, ISO-8601.
    #[serde(
        default,
        rename = "release_updated_at",
        deserialize_with = "de::string"
    )]
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug)]
    struct Listed {
        #[serde(default, deserialize_with = "branch_list")]
        branches: Vec<Branch>,
    }

    fn names(json: &str) -> Result<Vec<String>, serde_json::Error> {
        serde_json::from_str::<Listed>(json)
            .map(|l| l.branches.into_iter().map(|b| b.name).collect())
    }

    #[test]
    fn branch_lists_decode_in_place_as_single_branches_do() {
        assert!(names(r#"{"branches":null}"#).unwrap().is_empty());
        assert!(names(r#"{"branches":[]}"#).unwrap().is_empty());
        assert!(names("{}").unwrap().is_empty());
        // The same rules as one `Branch`: `branch_name` wins, numbers are text.
        assert_eq!(
            names(
                r#"{"branches":[{"name":"a"},{"name":"x","branch_name":"b"},{"branch_name":7}]}"#
            )
            .unwrap(),
            ["a", "b", "7"]
        );
        // Past the first 16 slots, every item in order.
        let many: Vec<String> = (0..40)
            .map(|i| format!(r#"{{"branch_name":"b{i}"}}"#))
            .collect();
        let got = names(&format!(r#"{{"branches":[{}]}}"#, many.join(","))).unwrap();
        assert_eq!(got, (0..40).map(|i| format!("b{i}")).collect::<Vec<_>>());
        // A non-object item is an error, as for a single branch.
        assert!(names(r#"{"branches":[null]}"#).is_err());
        assert!(names(r#"{"branches":"oops"}"#).is_err());
    }

    fn branch(json: &str) -> Branch {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn branch_name_wins_over_name_in_either_order() {
        assert_eq!(branch(r#"{"name": "n", "branch_name": "b"}"#).name, "b");
        assert_eq!(branch(r#"{"branch_name": "b", "name": "n"}"#).name, "b");
        assert_eq!(branch(r#"{"branch_name": "", "name": "n"}"#).name, "n");
        assert_eq!(branch(r#"{"branch_name": null, "name": 7}"#).name, "7");
        // Repeated keys: the first non-empty value of each spelling, and
        // `branch_name` still wins over a `name` seen earlier.
        assert_eq!(
            branch(r#"{"name": "n1", "name": "n2", "branch_name": "", "branch_name": "b1", "branch_name": "b2"}"#).name,
            "b1"
        );
        assert_eq!(branch(r#"{"name": "", "name": "n2"}"#).name, "n2");
        assert_eq!(
            branch(r#"{"head_commit_sha": "a", "head_commit_sha": {"x": 1}}"#).head_commit_sha,
            "a"
        );
        assert_eq!(
            branch(r#"{"head_commit_sha": null, "head_commit_sha": {"x": 1}}"#).head_commit_sha,
            r#"{"x":1}"#
        );
        let v2 = branch(
            r#"{"name": "main", "head_commit_sha": "abc", "last_updated_at": null, "x": [1]}"#,
        );
        assert_eq!(
            (
                v2.name.as_str(),
                v2.head_commit_sha.as_str(),
                v2.last_updated_at.as_str()
            ),
            ("main", "abc", "")
        );
        let back: Branch = serde_json::from_value(serde_json::to_value(&v2).unwrap()).unwrap();
        assert_eq!(back, v2);
    }
}
