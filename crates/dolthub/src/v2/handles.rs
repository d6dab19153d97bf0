//! The v2 side of the version-neutral handles in [`crate::resources`]: each
//! function does what the handle method of the same name does, through v2
//! requests, and answers with the same model types.

use dolthub_api::v2::ops;
use serde_json::{Map, Value, json};

use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::{
    Branch, BranchCreated, Database, ForkNetwork, Job, Pull, PullComment, PullState, Release, Tag,
    User, Visibility,
};
use crate::operation::{Operation, OperationKind};
use crate::outcome::{ForkOutcome, MergeOutcome, WriteOutcome};
use crate::pagination::{FetchPage, Page};
use crate::resources::Db;
use crate::revision::Revision;
use crate::v2::operation::{self as op, Fallback};
use crate::v2::{call, paging, wire};

const V2: crate::ApiVersion = crate::ApiVersion::V2;

/// `get_current_user`.
pub(crate) async fn user(client: &Client) -> Result<User> {
    let user: wire::User = call::data(client, call::spec(&ops::GET_CURRENT_USER, &[])?).await?;
    Ok(user.into())
}

/// `create_database`.
pub(crate) async fn create_database(
    client: &Client,
    owner: String,
    name: String,
    visibility: Visibility,
    description: Option<String>,
) -> Result<Database> {
    let mut body = json!({"owner": owner, "name": name, "visibility": visibility.to_string().to_ascii_lowercase()});
    if let Some(d) = description {
        body["description"] = Value::String(d);
    }
    let spec = call::spec(&ops::CREATE_DATABASE, &[])?.json(&body)?;
    let db: wire::Database = call::data(client, spec).await?;
    Ok(db.into())
}

/// `get_database` (v2 only).
pub(crate) async fn get_database(db: &Db) -> Result<Database> {
    let found: wire::Database =
        call::data(&db.client, call::db_spec(&ops::GET_DATABASE, db)?).await?;
    Ok(found.into())
}

/// Per-user operation lists do not exist on v2.
pub(crate) fn user_operations_unsupported() -> Error {
    Error::unsupported(
        "Client::operations (list_user_operations)",
        V2,
        "v2 lists operations per database: use client.database(owner, name).jobs().list()",
    )
}

/// `list_branches`, every page.
pub(crate) async fn list_branches(db: &Db) -> Result<Vec<Branch>> {
    // Decoding the items straight into the model (v1alpha1's decoder) cost
    // about 6,800 more instructions per 25-branch page under callgrind than
    // the derived wire struct and its conversion, so v2 keeps those.
    paging::collect(db, &ops::LIST_BRANCHES, |b: wire::Branch| Branch::from(b)).await
}

/// Sends `send(from)` with the one-key `from` object v2 takes (`{branch}`
/// or `{commit}`; v2 has no tag or generic-ref start point) and says how the
/// start point was named (`branch`, `commit` or `tag`).
///
/// A [`Revision::Ref`] (what a plain string that is not a commit hash
/// becomes) is tried as a branch first, as Dolt resolves a name; when the
/// server answers 404, a tag of that name is looked up and the request is
/// sent again from the tag's commit. So branching or tagging from a tag works
/// on v2 as it does on v1alpha1, where the server resolves refs itself; a
/// name that is neither keeps the server's 404.
async fn from_start_point<T, F, Fut>(db: &Db, from: &Revision, send: F) -> Result<(T, &'static str)>
where
    F: Fn(Value) -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    match from {
        Revision::Commit(hash) => Ok((send(json!({"commit": hash})).await?, "commit")),
        Revision::Branch(name) => Ok((send(json!({"branch": name})).await?, "branch")),
        Revision::Ref(name) => match send(json!({"branch": name})).await {
            Ok(created) => Ok((created, "branch")),
            Err(not_found @ Error::NotFound { .. }) => match tag_commit(db, name).await {
                Ok(Some(commit)) => Ok((send(json!({"commit": commit})).await?, "tag")),
                // No such tag either (or the tags cannot be read): the
                // server's answer about the branch is the one to report.
                Ok(None) | Err(_) => Err(not_found),
            },
            Err(other) => Err(other),
        },
    }
}

/// The commit tag `name` points at, if the database has such a tag.
async fn tag_commit(db: &Db, name: &str) -> Result<Option<String>> {
    let tags = list_tags(db).await?;
    Ok(tags
        .into_iter()
        .find(|tag| tag.name == name && !tag.commit_sha.is_empty())
        .map(|tag| tag.commit_sha))
}

/// `create_branch`.
pub(crate) async fn create_branch(db: &Db, name: String, from: &Revision) -> Result<BranchCreated> {
    let (branch, revision_type) = from_start_point(db, from, |start| {
        let body = json!({"name": name, "from": start});
        async move {
            let spec = call::db_spec(&ops::CREATE_BRANCH, db)?.json(&body)?;
            call::data::<wire::Branch>(&db.client, spec).await
        }
    })
    .await?;
    Ok(BranchCreated {
        owner: db.owner.to_string(),
        database: db.database.to_string(),
        name: if branch.name.is_empty() {
            name
        } else {
            branch.name
        },
        revision_type: revision_type.into(),
        revision_name: from.name().to_owned(),
        head_commit_sha: branch.head_commit_sha,
    })
}

/// `list_tags`, every page.
pub(crate) async fn list_tags(db: &Db) -> Result<Vec<Tag>> {
    paging::collect(db, &ops::LIST_TAGS, |t: wire::Tag| Tag::from(t)).await
}

/// `create_tag`; an empty message makes a lightweight tag.
pub(crate) async fn create_tag(
    db: &Db,
    name: String,
    at: &Revision,
    message: String,
) -> Result<Tag> {
    let (tag, _) = from_start_point(db, at, |start| {
        let mut body = json!({"name": name, "from": start});
        if !message.is_empty() {
            body["message"] = Value::String(message.clone());
        }
        async move {
            let spec = call::db_spec(&ops::CREATE_TAG, db)?.json(&body)?;
            call::data::<wire::Tag>(&db.client, spec).await
        }
    })
    .await?;
    let mut tag = Tag::from(tag);
    // Report what was asked for when the answer is sparse.
    if tag.name.is_empty() {
        tag.name = name;
    }
    Ok(tag)
}

/// `list_releases` page fetcher.
pub(crate) fn releases(db: &Db) -> FetchPage<Release> {
    paging::fetcher(db, &ops::LIST_RELEASES, |r: wire::Release, _| {
        Release::from(r)
    })
}

/// `create_release`.
pub(crate) async fn create_release(
    db: &Db,
    title: String,
    tag: String,
    commit_sha: String,
    description: Option<String>,
    create_tag_if_not_exists: Option<bool>,
) -> Result<Release> {
    let mut body = Map::new();
    body.insert("tag".into(), tag.into());
    body.insert("title".into(), title.into());
    body.insert("commit_sha".into(), commit_sha.into());
    if let Some(d) = description {
        body.insert("description".into(), d.into());
    }
    if let Some(flag) = create_tag_if_not_exists {
        body.insert("create_tag_if_not_exists".into(), flag.into());
    }
    let spec = call::db_spec(&ops::CREATE_RELEASE, db)?.json(&body)?;
    let release: wire::Release = call::data(&db.client, spec).await?;
    Ok(release.into())
}

/// `list_forks`: the direct forks. v2 names only the forks, so the parent
/// and root fields of [`ForkNetwork`] stay empty (ask
/// [`get`](crate::resources::DatabaseHandler::get) for those).
pub(crate) async fn list_forks(db: &Db) -> Result<ForkNetwork> {
    let forks = paging::collect(db, &ops::LIST_FORKS, |r: wire::DatabaseRef| {
        crate::models::DatabaseRef::from(r)
    })
    .await?;
    Ok(ForkNetwork {
        owner: db.owner.to_string(),
        database: db.database.to_string(),
        fork_network_count: forks.len() as i64,
        forks,
        ..ForkNetwork::default()
    })
}

/// `create_fork`.
pub(crate) async fn create_fork(db: &Db, to_owner: String) -> Result<Operation<ForkOutcome>> {
    let spec = call::db_spec(&ops::CREATE_FORK, db)?.json(&json!({"owner": to_owner}))?;
    let started: wire::OperationRef = call::data(&db.client, spec).await?;
    let fallback = Fallback {
        owner: to_owner,
        database: db.database.to_string(),
        ..Fallback::default()
    };
    op::start(&db.client, OperationKind::Fork, started, fallback)
}

/// `list_pulls` page fetcher. v2 has no filters: a state filter is applied
/// here, on each page (a page may then come back with fewer items, even
/// none, while more pages follow); review-status and text filters cannot be
/// emulated and are refused.
pub(crate) fn pulls(
    db: &Db,
    state: Option<PullState>,
    review_or_query: bool,
) -> Result<FetchPage<Pull>> {
    if review_or_query {
        return Err(Error::unsupported(
            "ListPulls::review_status / ListPulls::query",
            V2,
            "v2 lists pull requests without review or text filters; filter the items yourself",
        ));
    }
    let inner = paging::fetcher(db, &ops::LIST_PULLS, |p: wire::Pull, db| {
        p.into_model(&db.owner, &db.database)
    });
    Ok(match state {
        None => inner,
        Some(state) => std::sync::Arc::new(move |token| {
            let inner = std::sync::Arc::clone(&inner);
            let state = state.clone();
            Box::pin(async move {
                let page = inner(token).await?;
                let items = page
                    .items
                    .into_iter()
                    .filter(|p| p.state == state)
                    .collect();
                Ok(Page::new(items, page.next_page_token))
            })
        }),
    })
}

/// A branch of a database as v2's `BranchRef`.
fn branch_ref(owner: &str, database: &str, branch: &str) -> Value {
    json!({"database": {"owner": owner, "name": database}, "branch_name": branch})
}

/// `create_pull`.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn create_pull(
    db: &Db,
    title: String,
    description: Option<String>,
    from: (&str, &str, &str),
    to: (&str, &str, &str),
) -> Result<Pull> {
    let mut body = json!({
        "title": title,
        "from_branch": branch_ref(from.0, from.1, from.2),
        "to_branch": branch_ref(to.0, to.1, to.2),
    });
    if let Some(d) = description.filter(|d| !d.is_empty()) {
        body["description"] = Value::String(d);
    }
    let spec = call::db_spec(&ops::CREATE_PULL, db)?.json(&body)?;
    let pull: wire::Pull = call::data(&db.client, spec).await?;
    Ok(pull.into_model(&db.owner, &db.database))
}

/// Path parameters of a pull request; v2 wants a decimal `pull_number`.
fn pull_params<'a>(db: &'a Db, pull: &'a str) -> Result<[(&'static str, &'a str); 3]> {
    let valid =
        !pull.is_empty() && !pull.starts_with('0') && pull.bytes().all(|b| b.is_ascii_digit());
    if !valid {
        return Err(Error::invalid(format!(
            "pull request number `{pull}` must be a positive decimal number on API v2"
        )));
    }
    Ok([
        ("owner", &db.owner),
        ("database", &db.database),
        ("pull_number", pull),
    ])
}

/// `get_pull`.
pub(crate) async fn get_pull(db: &Db, pull: &str) -> Result<Pull> {
    let spec = call::spec(&ops::GET_PULL, &pull_params(db, pull)?)?;
    let found: wire::Pull = call::data(&db.client, spec).await?;
    Ok(found.into_model(&db.owner, &db.database))
}

/// `update_pull`: title, description and state (`open` reopens, `closed` closes).
pub(crate) async fn update_pull(
    db: &Db,
    pull: &str,
    title: Option<String>,
    description: Option<String>,
    state: Option<PullState>,
) -> Result<Pull> {
    let mut body = Map::new();
    if let Some(t) = title {
        body.insert("title".into(), t.into());
    }
    if let Some(d) = description {
        body.insert("description".into(), d.into());
    }
    match state {
        None => {}
        Some(PullState::Open) => {
            body.insert("state".into(), "open".into());
        }
        Some(PullState::Closed) => {
            body.insert("state".into(), "closed".into());
        }
        Some(other) => {
            return Err(Error::invalid(format!(
                "a pull request can only be set open or closed, not `{other}`; merge it with .merge()"
            )));
        }
    }
    if body.is_empty() {
        return Err(Error::invalid(
            "nothing to update: set a title, a description, or close or reopen the pull request",
        ));
    }
    let spec = call::spec(&ops::UPDATE_PULL, &pull_params(db, pull)?)?.json(&body)?;
    let updated: wire::Pull = call::data(&db.client, spec).await?;
    Ok(updated.into_model(&db.owner, &db.database))
}

/// `list_pull_comments` (v2 only), every page.
pub(crate) async fn list_pull_comments(db: &Db, pull: &str) -> Result<Vec<PullComment>> {
    let spec = call::spec(&ops::LIST_PULL_COMMENTS, &pull_params(db, pull)?)?;
    // Returned whole today; follow pages should the server start paging.
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut spec = Some(spec);
    while let Some(next) = spec.take() {
        let envelope = call::envelope::<Vec<wire::PullComment>>(&db.client, next).await?;
        let page = envelope.into_page(|c| c.into_model(&db.owner, &db.database, pull));
        out.extend(page.items);
        if let Some(token) = page.next_page_token {
            if !seen.insert(token.clone()) {
                return Err(Error::PaginationLoop {
                    operation: ops::LIST_PULL_COMMENTS.id.into(),
                });
            }
            spec = Some(
                call::spec(&ops::LIST_PULL_COMMENTS, &pull_params(db, pull)?)?
                    .query("page_token", token),
            );
        }
    }
    Ok(out)
}

/// `create_pull_comment`.
pub(crate) async fn create_pull_comment(db: &Db, pull: &str, text: String) -> Result<PullComment> {
    let spec = call::spec(&ops::CREATE_PULL_COMMENT, &pull_params(db, pull)?)?
        .json(&json!({"body": text}))?;
    let comment: wire::PullComment = call::data(&db.client, spec).await?;
    Ok(comment.into_model(&db.owner, &db.database, pull))
}

/// `merge_pull` (the body `{}` is required).
pub(crate) async fn merge_pull(db: &Db, pull: &str) -> Result<Operation<MergeOutcome>> {
    let spec = call::spec(&ops::MERGE_PULL, &pull_params(db, pull)?)?.json(&json!({}))?;
    let started: wire::OperationRef = call::data(&db.client, spec).await?;
    let fallback = Fallback {
        pull_id: pull.to_owned(),
        ..Fallback::default()
    };
    op::start(&db.client, OperationKind::Merge, started, fallback)
}

/// `run_sql_write_query`.
pub(crate) async fn sql_write(
    db: &Db,
    from_branch: String,
    to_branch: String,
    query: String,
) -> Result<Operation<WriteOutcome>> {
    if query.trim().is_empty() {
        return Err(Error::unsupported(
            "SqlHandler::merge (merge by an empty write)",
            V2,
            "v2 needs a statement: open and merge a pull request, or write `CALL DOLT_MERGE('<branch>')`",
        ));
    }
    let body = json!({"from_branch": from_branch, "to_branch": to_branch, "q": query});
    let spec = call::db_spec(&ops::RUN_SQL_WRITE_QUERY, db)?.json(&body)?;
    let started: wire::OperationRef = call::data(&db.client, spec).await?;
    op::start(
        &db.client,
        OperationKind::SqlWrite,
        started,
        Fallback::default(),
    )
}

/// `list_operations` page fetcher (the v1alpha1 job list's counterpart).
pub(crate) fn jobs(db: &Db) -> FetchPage<Job> {
    paging::fetcher(db, &ops::LIST_OPERATIONS, |o: wire::Operation, _| {
        o.into_job()
    })
}
