//! v2 operations: the 202 `OperationRef`, the single poller and typed results.
//!
//! Every asynchronous v2 start (fork, SQL write, merge, import) answers
//! `{id, href}`; `GET /api/v2/operations/{id}` reports `queued` → `running`
//! → `succeeded` | `failed` (unknown words count as still running). The
//! `href` is followed only when it points at the client's own origin and the
//! operations route below its base path; otherwise the id is sent as one
//! `%2F`-encoded segment, so the token never goes to a host named by a
//! response. `result` is untyped in the spec and documented only in prose,
//! so every spelling the reference admits is read (`pull_id` as number or
//! string, `pull_number`, `commit_sha`/`commit`, nested or flat database).

use dolthub_api::v2::ops;
use futures::future::BoxFuture;
use serde_json::Value;
use url::Url;

use crate::client::Client;
use crate::error::{Error, ErrorCode, Result};
use crate::operation::{Operation, OperationKind};
use crate::outcome::{ForkOutcome, ImportOutcome, MergeOutcome, WriteOutcome};
use crate::poll::{PollStatus, Poller};
use crate::request::RequestSpec;
use crate::v2::{call, wire};

/// What a finished operation's `result` becomes.
pub(crate) trait Outcome: Sized + Send + Sync + 'static {
    /// `fallback` holds what the starting call knew (pull id, fork target).
    fn from_result(result: Option<&Value>, id: &str, fallback: &Fallback) -> Self;
}

/// What the start knew, for results that leave fields out.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fallback {
    pub(crate) owner: String,
    pub(crate) database: String,
    pub(crate) pull_id: String,
}

/// Start bookkeeping: turn a 202 `OperationRef` into an [`Operation`].
pub(crate) fn start<T: Outcome>(
    client: &Client,
    kind: OperationKind,
    started: wire::OperationRef,
    fallback: Fallback,
) -> Result<Operation<T>> {
    if started.id.trim().is_empty() {
        return Err(Error::Api {
            status: 202,
            message: "the v2 answer carries no operation id to poll".into(),
            body: String::new(),
            code: None,
            request_id: None,
        });
    }
    let poller = V2Poller {
        path: poll_path(client.base_url(), &started.href),
        fallback,
    };
    Ok(Operation::new(
        client.clone(),
        kind,
        started.id,
        None,
        poller,
    ))
}

/// An operation started earlier, known by its id (polled by id).
pub(crate) fn resume<T: Outcome>(
    client: &Client,
    kind: OperationKind,
    id: String,
    fallback: Fallback,
) -> Operation<T> {
    let poller = V2Poller {
        path: None,
        fallback,
    };
    Operation::new(client.clone(), kind, id, None, poller)
}

/// The path to poll when `href` is on the client's origin and names the
/// operations route below the base path; `None` means "build it from the id".
pub(crate) fn poll_path(base: &Url, href: &str) -> Option<String> {
    let url = base.join(href.trim()).ok()?;
    if url.origin() != base.origin() || url.username() != "" || url.password().is_some() {
        return None;
    }
    let prefix = base.path().trim_end_matches('/');
    let rest = url.path().strip_prefix(prefix)?;
    let id = rest.strip_prefix(operations_prefix())?;
    (!id.is_empty() && !id.split('/').any(|s| s == ".." || s == ".")).then(|| rest.to_owned())
}

/// The operations route up to its one placeholder (`…/operations/`), read
/// from the descriptor so the poll check follows the spec.
fn operations_prefix() -> &'static str {
    let template = ops::GET_OPERATION.path;
    template.find('{').map_or(template, |at| &template[..at])
}

struct V2Poller {
    path: Option<String>,
    fallback: Fallback,
}

impl<T: Outcome> Poller<T> for V2Poller {
    fn poll<'a>(&'a self, client: &'a Client, id: &'a str) -> BoxFuture<'a, Result<PollStatus<T>>> {
        Box::pin(async move {
            let spec = match &self.path {
                Some(path) => RequestSpec::with_path(&ops::GET_OPERATION, path.clone()),
                None => call::spec(&ops::GET_OPERATION, &[("operation_id", id)])?,
            };
            let op: wire::Operation = call::data(client, spec).await?;
            interpret(op, id, &self.fallback)
        })
    }
}

/// Read one poll answer.
pub(crate) fn interpret<T: Outcome>(
    op: wire::Operation,
    id: &str,
    fallback: &Fallback,
) -> Result<PollStatus<T>> {
    match op.status.trim().to_ascii_lowercase().as_str() {
        "succeeded" | "success" | "completed" => Ok(PollStatus::Done(T::from_result(
            op.result.as_ref(),
            id,
            fallback,
        ))),
        "failed" | "failure" | "error" => {
            let error = op.error.unwrap_or_default();
            let message = match (error.title.trim(), error.detail.trim()) {
                ("", "") => "the operation failed without an explanation".to_owned(),
                (title, "") => title.to_owned(),
                ("", detail) => detail.to_owned(),
                (title, detail) => format!("{title}: {detail}"),
            };
            Err(Error::OperationFailed {
                operation: id.to_owned(),
                message,
                code: Some(if error.code.trim().is_empty() {
                    ErrorCode::OperationFailed
                } else {
                    ErrorCode::parse(&error.code)
                }),
            })
        }
        "" => Ok(PollStatus::Running {
            state: "queued".into(),
        }),
        other => Ok(PollStatus::Running {
            state: other.to_owned(),
        }),
    }
}

/// A string or number under any of `keys`.
fn text(object: Option<&Value>, keys: &[&str]) -> Option<String> {
    let object = object?.as_object()?;
    keys.iter().find_map(|k| match object.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

impl Outcome for MergeOutcome {
    fn from_result(result: Option<&Value>, id: &str, fallback: &Fallback) -> Self {
        MergeOutcome {
            pull_id: text(result, &["pull_id", "pull_number"])
                .unwrap_or_else(|| fallback.pull_id.clone()),
            operation_name: id.to_owned(),
        }
    }
}

impl Outcome for ImportOutcome {
    fn from_result(result: Option<&Value>, id: &str, _: &Fallback) -> Self {
        ImportOutcome {
            pull_id: text(result, &["pull_id", "pull_number"]).unwrap_or_default(),
            operation_name: id.to_owned(),
        }
    }
}

impl Outcome for WriteOutcome {
    /// v2 reports only the new commit; without one the write changed nothing.
    fn from_result(result: Option<&Value>, _: &str, _: &Fallback) -> Self {
        match text(result, &["commit_sha", "commit", "commit_id"]) {
            Some(commit) => WriteOutcome::Committed {
                from_commit_id: String::new(),
                to_commit_id: commit,
                message: String::new(),
            },
            None => WriteOutcome::NothingToCommit,
        }
    }
}

impl Outcome for ForkOutcome {
    fn from_result(result: Option<&Value>, _: &str, fallback: &Fallback) -> Self {
        let nested = result.and_then(|r| r.get("database"));
        let owner = text(nested, &["owner"]).or_else(|| text(result, &["owner"]));
        let name = text(nested, &["name"]).or_else(|| text(result, &["name", "database"]));
        ForkOutcome {
            owner: owner.unwrap_or_else(|| fallback.owner.clone()),
            database: name.unwrap_or_else(|| fallback.database.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(body: &str) -> wire::Operation {
        serde_json::from_str(body).unwrap()
    }

    #[test]
    fn href_is_followed_only_on_the_same_origin_below_the_base() {
        let base = Url::parse("https://www.dolthub.com").unwrap();
        assert_eq!(
            poll_path(
                &base,
                "https://www.dolthub.com/api/v2/operations/owners%2Fd%2Fjobs%2F1"
            )
            .as_deref(),
            Some("/api/v2/operations/owners%2Fd%2Fjobs%2F1")
        );
        assert_eq!(
            poll_path(&base, "/api/v2/operations/owners/d/jobs/1").as_deref(),
            Some("/api/v2/operations/owners/d/jobs/1")
        );
        for bad in [
            "https://evil.example/api/v2/operations/x",
            "http://www.dolthub.com/api/v2/operations/x",
            "https://www.dolthub.com:8443/api/v2/operations/x",
            "https://www.dolthub.com/api/v2/users/x",
            "https://www.dolthub.com/api/v2/operations/",
            "",
        ] {
            assert_eq!(poll_path(&base, bad), None, "{bad}");
        }
        let lab = Url::parse("https://lab.example.com/dolt/").unwrap();
        assert_eq!(
            poll_path(&lab, "https://lab.example.com/dolt/api/v2/operations/a").as_deref(),
            Some("/api/v2/operations/a")
        );
        assert_eq!(
            poll_path(&lab, "https://lab.example.com/api/v2/operations/a"),
            None
        );
    }

    #[test]
    fn results_in_every_admitted_form() {
        let fb = Fallback {
            owner: "me".into(),
            database: "db".into(),
            pull_id: "9".into(),
        };
        let done = |body: &str| -> MergeOutcome {
            match interpret(op(body), "id", &fb).unwrap() {
                PollStatus::Done(o) => o,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            done(r#"{"status":"succeeded","result":{"pull_id":12}}"#).pull_id,
            "12"
        );
        assert_eq!(
            done(r#"{"status":"succeeded","result":{"pull_id":"13"}}"#).pull_id,
            "13"
        );
        assert_eq!(
            done(r#"{"status":"succeeded","result":{"pull_number":14}}"#).pull_id,
            "14"
        );
        assert_eq!(done(r#"{"status":"succeeded"}"#).pull_id, "9");

        let fork = |body: &str| -> ForkOutcome {
            match interpret(op(body), "id", &fb).unwrap() {
                PollStatus::Done(o) => o,
                other => panic!("{other:?}"),
            }
        };
        let f =
            fork(r#"{"status":"succeeded","result":{"database":{"owner":"liu","name":"museum"}}}"#);
        assert_eq!((f.owner.as_str(), f.database.as_str()), ("liu", "museum"));
        let f = fork(r#"{"status":"succeeded","result":{}}"#);
        assert_eq!((f.owner.as_str(), f.database.as_str()), ("me", "db"));

        let w: PollStatus<WriteOutcome> = interpret(
            op(r#"{"status":"succeeded","result":{"commit_sha":"abc"}}"#),
            "id",
            &fb,
        )
        .unwrap();
        assert!(matches!(w, PollStatus::Done(ref o) if o.commit_id() == Some("abc")));
    }

    #[test]
    fn states_and_failures() {
        let fb = Fallback::default();
        let running: PollStatus<ImportOutcome> =
            interpret(op(r#"{"status":"queued"}"#), "id", &fb).unwrap();
        assert_eq!(
            running,
            PollStatus::Running {
                state: "queued".into()
            }
        );
        let unknown: PollStatus<ImportOutcome> =
            interpret(op(r#"{"status":"paused"}"#), "id", &fb).unwrap();
        assert!(matches!(unknown, PollStatus::Running { .. }));
        for (body, code) in [
            (
                r#"{"status":"failed","error":{"status":422,"code":"UNPROCESSABLE","title":"Unprocessable","detail":"conflicts"}}"#,
                ErrorCode::Unprocessable,
            ),
            (
                r#"{"status":"failed","error":{"status":500,"code":"OPERATION_FAILED","title":"boom"}}"#,
                ErrorCode::OperationFailed,
            ),
            (r#"{"status":"failed"}"#, ErrorCode::OperationFailed),
        ] {
            match interpret::<ImportOutcome>(op(body), "ops/1", &fb) {
                Err(Error::OperationFailed {
                    operation, code: c, ..
                }) => {
                    assert_eq!(operation, "ops/1");
                    assert_eq!(c, Some(code));
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
