//! The token's user (`get_current_user`).

use serde::{Deserialize, Serialize};

use crate::models::de;

/// The account that owns the API token.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct User {
    /// Login name.
    #[serde(default, deserialize_with = "de::string")]
    pub username: String,
    /// Display name (`""` when unset).
    #[serde(default, deserialize_with = "de::string")]
    pub display_name: String,
    /// Profile text.
    #[serde(default, deserialize_with = "de::string")]
    pub bio: String,
    /// Free-text location.
    #[serde(default, deserialize_with = "de::string")]
    pub location: String,
    /// Personal URL.
    #[serde(default, deserialize_with = "de::string")]
    pub url: String,
    /// Avatar URL.
    #[serde(default, deserialize_with = "de::string")]
    pub profile_picture_url: String,
    /// Registered e-mail addresses.
    #[serde(default, deserialize_with = "de::list")]
    pub email_addresses: Vec<EmailAddress>,
}

/// One e-mail address of a [`User`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmailAddress {
    /// The address.
    #[serde(default, deserialize_with = "de::string")]
    pub address: String,
    /// Whether it is the primary address.
    #[serde(default, deserialize_with = "de::boolean")]
    pub is_primary: bool,
    /// Whether it was verified.
    #[serde(default, deserialize_with = "de::boolean")]
    pub is_verified: bool,
}

impl User {
    /// The primary e-mail address, if one is marked primary.
    ///
    /// ```
    /// let user: dolthub::models::User = serde_json::from_str(
    ///     r#"{"username":"liuliu","email_addresses":[{"address":"a@b.c","is_primary":true}]}"#,
    /// ).unwrap();
    /// assert_eq!(user.primary_email(), Some("a@b.c"));
    /// ```
    pub fn primary_email(&self) -> Option<&str> {
        self.email_addresses
            .iter()
            .find(|e| e.is_primary)
            .map(|e| e.address.as_str())
    }
}
