//! Typed payloads of DoltHub's outbound webhooks.
//!
//! DoltHub POSTs JSON to a URL configured in a database's settings page when
//! commits are pushed, pull requests change or branches are created/deleted.
//! [`parse`] turns a request body into a [`WebhookEvent`]. No signature header
//! is documented, so authenticate the sender by other means (a secret path,
//! an allow-list). `action` and `state` are open sets of strings.
//!
//! ```
//! let body = br#"{"event_name":"push","ref":"refs/heads/main","head":"abc","prev":"def",
//!                 "repository":{"name":"museum-collections","owner":"dolthub"}}"#;
//! match dolthub::webhooks::parse(body)? {
//!     dolthub::webhooks::WebhookEvent::Push(push) => assert_eq!(push.branch(), "main"),
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok::<(), dolthub::Error>(())
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result, excerpt};
use crate::models::de;

/// A database named in a payload.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookRepository {
    /// Database name.
    #[serde(default, deserialize_with = "de::string")]
    pub name: String,
    /// Owning account.
    #[serde(default, deserialize_with = "de::string")]
    pub owner: String,
}

/// Commits were pushed to a branch (`event_name: push`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushEvent {
    /// Full ref, e.g. `refs/heads/main`.
    #[serde(default, rename = "ref", deserialize_with = "de::string")]
    pub reference: String,
    /// Branch tip after the push.
    #[serde(default, deserialize_with = "de::string")]
    pub head: String,
    /// Branch tip before the push.
    #[serde(default, deserialize_with = "de::string")]
    pub prev: String,
    /// The database.
    #[serde(default)]
    pub repository: WebhookRepository,
}

impl PushEvent {
    /// The branch name without `refs/heads/`.
    ///
    /// ```
    /// let e: dolthub::webhooks::PushEvent =
    ///     serde_json::from_str(r#"{"ref":"refs/heads/feature/x"}"#).unwrap();
    /// assert_eq!(e.branch(), "feature/x");
    /// ```
    pub fn branch(&self) -> &str {
        self.reference
            .strip_prefix("refs/heads/")
            .unwrap_or(&self.reference)
    }
}

/// A pull request was opened, closed or merged (`event_name: pull_request`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PullRequestEvent {
    /// Target database.
    #[serde(default)]
    pub repository: WebhookRepository,
    /// Pull request id (`pullID`).
    #[serde(default, rename = "pullID", deserialize_with = "de::string")]
    pub pull_id: String,
    /// `Opened`, `Closed`, `Merged`, ...
    #[serde(default, deserialize_with = "de::string")]
    pub action: String,
    /// State after the event, e.g. `Open`.
    #[serde(default, deserialize_with = "de::string")]
    pub state: String,
    /// Source database (`fromRepository`).
    #[serde(default, rename = "fromRepository")]
    pub from_repository: WebhookRepository,
    /// Source branch, possibly owner-prefixed (`liuliu/lacma`).
    #[serde(default, rename = "fromBranch", deserialize_with = "de::string")]
    pub from_branch: String,
    /// Target branch.
    #[serde(default, rename = "toBranch", deserialize_with = "de::string")]
    pub to_branch: String,
    /// Author of the pull request.
    #[serde(default, deserialize_with = "de::string")]
    pub author: String,
    /// User whose action triggered the event.
    #[serde(default, deserialize_with = "de::string")]
    pub sender: String,
}

/// A branch was created or deleted (`event_name: branch`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BranchEvent {
    /// The database.
    #[serde(default)]
    pub repository: WebhookRepository,
    /// The branch (a plain, possibly user-prefixed name in the examples).
    #[serde(default, deserialize_with = "de::string")]
    pub branch: String,
    /// Free text such as `Deleted branch`.
    #[serde(default, deserialize_with = "de::string")]
    pub action: String,
}

/// One webhook delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `push`.
    Push(PushEvent),
    /// `pull_request`.
    PullRequest(PullRequestEvent),
    /// `branch`.
    Branch(BranchEvent),
    /// An event this version does not know, kept whole.
    Unknown {
        /// The `event_name` as sent (`""` when missing).
        event_name: String,
        /// The whole payload.
        payload: Value,
    },
}

/// Parse a webhook request body.
///
/// The event kind comes from `event_name`, compared case-insensitively and
/// trimmed (the documentation shows a stray tab in one value). A body that is
/// not a JSON object is [`Error::Decode`].
///
/// ```
/// let body = br#"{"event_name":"branch\t","branch":"liuliu/old","action":"Deleted branch"}"#;
/// let event = dolthub::webhooks::parse(body)?;
/// assert!(matches!(event, dolthub::webhooks::WebhookEvent::Branch(b) if b.branch == "liuliu/old"));
/// # Ok::<(), dolthub::Error>(())
/// ```
pub fn parse(body: &[u8]) -> Result<WebhookEvent> {
    let decode_error = |source| Error::Decode {
        what: "the webhook payload",
        excerpt: excerpt(&String::from_utf8_lossy(&body[..body.len().min(4096)])),
        source,
    };
    let payload: Value = serde_json::from_slice(body).map_err(decode_error)?;
    if !payload.is_object() {
        return Err(decode_error(serde::de::Error::custom(
            "a webhook payload must be a JSON object",
        )));
    }
    let event_name = payload
        .get("event_name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_owned();
    Ok(match event_name.to_ascii_lowercase().as_str() {
        "push" | "on_push" => {
            WebhookEvent::Push(serde_json::from_value(payload).map_err(decode_error)?)
        }
        "pull_request" | "on_pull_request" | "pullrequest" => {
            WebhookEvent::PullRequest(serde_json::from_value(payload).map_err(decode_error)?)
        }
        "branch" | "on_branch" => {
            WebhookEvent::Branch(serde_json::from_value(payload).map_err(decode_error)?)
        }
        _ => WebhookEvent::Unknown {
            event_name,
            payload,
        },
    })
}
