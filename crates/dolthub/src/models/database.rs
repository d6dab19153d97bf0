//! Databases (`create_database`) and fork networks (`list_forks`).

use serde::{Deserialize, Serialize};

use crate::models::de;

/// A database as described by `create_database`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Database {
    /// Owning account (`repository_owner`).
    #[serde(default, rename = "repository_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// Database name (`repository_name`).
    #[serde(default, rename = "repository_name", deserialize_with = "de::string")]
    pub name: String,
    /// Description text.
    #[serde(default, deserialize_with = "de::string")]
    pub description: String,
    /// `public` or `private` as reported.
    #[serde(default, deserialize_with = "de::string")]
    pub visibility: String,
    /// Forks in the whole network (v2 only; 0 on v1alpha1).
    #[serde(default, deserialize_with = "de::integer")]
    pub fork_network_count: i64,
    /// Stars (v2 only).
    #[serde(default, deserialize_with = "de::integer")]
    pub star_count: i64,
    /// Storage size in bytes (v2 only).
    #[serde(default, deserialize_with = "de::integer")]
    pub size_bytes: i64,
    /// Time of the last write, RFC 3339 (v2 only, when known).
    #[serde(default, deserialize_with = "de::string")]
    pub last_write_at: String,
    /// The database this one was forked from (v2 only; `None` at a network root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<DatabaseRef>,
    /// The root of the fork network (v2 only; `None` at the root itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_root: Option<DatabaseRef>,
}

/// One database of a fork network.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DatabaseRef {
    /// Owning account (`database_owner`).
    #[serde(default, rename = "database_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// Database name (`database_name`).
    #[serde(default, rename = "database_name", deserialize_with = "de::string")]
    pub database: String,
}

/// The fork network of a database (`list_forks`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForkNetwork {
    /// The database asked about: owner.
    #[serde(default, rename = "database_owner", deserialize_with = "de::string")]
    pub owner: String,
    /// The database asked about: name.
    #[serde(default, rename = "database_name", deserialize_with = "de::string")]
    pub database: String,
    /// Every fork in the network.
    #[serde(default, deserialize_with = "de::list")]
    pub forks: Vec<DatabaseRef>,
    /// Direct parent's owner (`""` at the root).
    #[serde(default, deserialize_with = "de::string")]
    pub parent_owner: String,
    /// Direct parent's name (`""` at the root).
    #[serde(default, deserialize_with = "de::string")]
    pub parent_database_name: String,
    /// Owner of the network's root.
    #[serde(default, deserialize_with = "de::string")]
    pub network_root_owner: String,
    /// Name of the network's root.
    #[serde(default, deserialize_with = "de::string")]
    pub network_root_database_name: String,
    /// Number of forks, the root not counted.
    #[serde(default, deserialize_with = "de::integer")]
    pub fork_network_count: i64,
}

impl ForkNetwork {
    /// Whether the database asked about is the root of its network.
    ///
    /// ```
    /// let net: dolthub::models::ForkNetwork =
    ///     serde_json::from_str(r#"{"parent_owner":"","parent_database_name":""}"#).unwrap();
    /// assert!(net.is_root());
    /// ```
    pub fn is_root(&self) -> bool {
        self.parent_owner.is_empty() && self.parent_database_name.is_empty()
    }
}
