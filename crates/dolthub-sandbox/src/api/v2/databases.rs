//! User, databases, branches, tags, forks and releases.

use super::delegate::{answer, json_body, text};
use super::problem::Problem;
use super::{Call, Reply, V2Result, body, model, newest_first, non_empty, page};
use crate::api::{repos, valid_ref_name};
use crate::state::db_key;
use axum::body::Body;
use serde::Deserialize;
use serde_json::{Value, json};

pub(crate) fn current_user(call: &Call) -> V2Result {
    let user = call.user()?;
    let body = dolthub_api::v2::types::User {
        username: user.clone(),
        display_name: Some(user.clone()),
        email_addresses: vec![dolthub_api::v2::types::EmailAddress {
            address: format!("{user}@sandbox.invalid"),
            is_primary: true,
            is_verified: true,
        }],
        bio: None,
        location: None,
        profile_pic_url: None,
        website_url: None,
    };
    Ok(Reply::ok(
        serde_json::to_value(body).map_err(|e| Problem::internal(e.to_string()))?,
    ))
}

/// The generated request types keep the sandbox on the spec's field names.
type CreateDatabase = dolthub_api::v2::types::CreateDatabaseRequest;

/// Letters, digits, `-` and `_`, not starting or ending with `-`.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub(crate) async fn create_database(call: &Call, b: Body) -> V2Result {
    let user = call.user()?;
    let req: CreateDatabase = body(b).await?;
    non_empty("owner", &req.owner)?;
    if !valid_name(&req.name) {
        return Err(Problem::bad(format!(
            "invalid database name {:?}: use letters, digits, '-' and '_', not starting or ending with '-'",
            req.name
        )));
    }
    if !call.shared.cfg.owner_exists(&req.owner) || !call.shared.cfg.can_write(&req.owner, &user) {
        return Err(Problem::forbidden(format!(
            "{user} cannot create databases for {}",
            req.owner
        )));
    }
    if call.lock().db(&req.owner, &req.name).is_some() {
        return Err(Problem::conflict(format!(
            "database {}/{} already exists",
            req.owner, req.name
        )));
    }
    let v1 = json!({
        "ownerName": req.owner,
        "repoName": req.name,
        "visibility": req.visibility.to_string(),
        "description": req.description.clone().unwrap_or_default(),
    });
    answer(repos::create_database(&call.v1(&[]), json_body(&v1)).await).await?;
    let st = call.lock();
    let db = st
        .db(&req.owner, &req.name)
        .ok_or_else(|| Problem::internal("the new database vanished"))?;
    Ok(Reply::created(model::database(&st, db)))
}

pub(crate) fn get_database(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    let db = call.readable(&st, o, d)?;
    Ok(Reply::ok(model::database(&st, db)))
}

pub(crate) fn list_branches(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    let db = call.readable(&st, o, d)?;
    let items = db
        .branches
        .iter()
        .map(|(n, c)| (n.clone(), model::branch(&st, n, c)))
        .collect();
    let list = format!("branches:{}", db_key(o, d));
    let (items, next) = page(
        &st,
        &list,
        call.param("page_token"),
        call.shared.cfg.v2.page_size,
        items,
    )?;
    Ok(Reply::list(items, next))
}

pub(crate) fn list_tags(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    let db = call.readable(&st, o, d)?;
    let items = db
        .tags
        .iter()
        .map(|(n, t)| (n.clone(), model::tag(n, t)))
        .collect();
    let list = format!("tags:{}", db_key(o, d));
    let (items, next) = page(
        &st,
        &list,
        call.param("page_token"),
        call.shared.cfg.v2.page_size,
        items,
    )?;
    Ok(Reply::list(items, next))
}

/// `from` of a branch or tag: exactly one of `branch` or `commit`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct From {
    #[serde(default)]
    branch: Option<String>,
    #[serde(default)]
    commit: Option<String>,
}

impl From {
    /// `(revision type, name)` in v1alpha1 terms.
    fn revision(&self) -> Result<(&'static str, &str), Problem> {
        match (&self.branch, &self.commit) {
            (Some(b), None) if !b.is_empty() => Ok(("branch", b)),
            // DoltHub's v2 takes `commit` as a hash only (a tag or branch name there is
            // invalid input, not a ref to resolve); the hash form is Dolt's 32 characters
            // of 0-9 and a-v, the rule v2's SQL `ref` uses to tell hashes from names.
            (None, Some(c)) if !c.is_empty() && !is_commit_hash(c) => Err(Problem::bad(format!(
                "from.commit must be a commit hash (32 characters of 0-9 and a-v), not {c:?}; \
                 name a branch with from.branch, or use the commit a tag points at"
            ))),
            (None, Some(c)) if !c.is_empty() => Ok(("commit", c)),
            _ => Err(Problem::bad(
                "from must be {\"branch\": NAME} or {\"commit\": HASH}, one non-empty key",
            )),
        }
    }
}

/// Dolt's printed commit hash: exactly 32 characters of `0-9a-v` (base32, lower case).
fn is_commit_hash(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'v'))
}

/// Checks rights, the name and the source of a new branch or tag.
fn check_new_ref(
    call: &Call,
    (o, d): (&str, &str),
    what: &str,
    name: &str,
    (kind, rev): (&str, &str),
    exists: impl Fn(&crate::state::Database) -> bool,
) -> Result<(), Problem> {
    let st = call.lock();
    let db = call.writable(&st, o, d)?;
    if !valid_ref_name(name) {
        return Err(Problem::bad(format!("invalid {what} name {name:?}")));
    }
    if exists(db) {
        return Err(Problem::conflict(format!("{what} {name} already exists")));
    }
    let found = match kind {
        "branch" => db.branches.contains_key(rev),
        _ => !db.branches.contains_key(rev) && st.resolve_ref(db, rev).is_some(),
    };
    if !found {
        return Err(Problem::not_found(format!(
            "{kind} {rev} not found in {o}/{d}"
        )));
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBranch {
    name: String,
    from: From,
}

pub(crate) async fn create_branch(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    call.user()?;
    let req: CreateBranch = body(b).await?;
    let rev = req.from.revision()?;
    check_new_ref(call, (o, d), "branch", &req.name, rev, |db| {
        db.branches.contains_key(&req.name)
    })?;
    let v1 = json!({ "newBranchName": req.name, "revisionType": rev.0, "revisionName": rev.1 });
    answer(repos::create_branch(&call.v1(&[]), o, d, json_body(&v1)).await).await?;
    let st = call.lock();
    let head = st
        .db(o, d)
        .and_then(|db| db.branches.get(&req.name))
        .ok_or_else(|| Problem::internal("the new branch vanished"))?;
    Ok(Reply::created(model::branch(&st, &req.name, head)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateTag {
    name: String,
    from: From,
    #[serde(default)]
    message: Option<String>,
}

pub(crate) async fn create_tag(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    call.user()?;
    let req: CreateTag = body(b).await?;
    let rev = req.from.revision()?;
    check_new_ref(call, (o, d), "tag", &req.name, rev, |db| {
        db.tags.contains_key(&req.name)
    })?;
    // Without a message the tag is lightweight: v1alpha1 stores an empty message.
    let v1 = json!({
        "tagName": req.name,
        "tagMessage": req.message.clone().unwrap_or_default(),
        "revisionType": rev.0,
        "revisionName": rev.1,
    });
    answer(repos::create_tag(&call.v1(&[]), o, d, json_body(&v1)).await).await?;
    let st = call.lock();
    let t = st
        .db(o, d)
        .and_then(|db| db.tags.get(&req.name))
        .ok_or_else(|| Problem::internal("the new tag vanished"))?;
    Ok(Reply::created(model::tag(&req.name, t)))
}

pub(crate) fn list_forks(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    call.readable(&st, o, d)?;
    let parent = Some((o.to_string(), d.to_string()));
    let forks: Vec<Value> =
        st.d.databases
            .values()
            .filter(|f| f.parent == parent && call.can_read(f))
            .map(model::database_ref)
            .collect();
    Ok(Reply::list(forks, None))
}

type CreateFork = dolthub_api::v2::types::CreateForkRequest;

pub(crate) async fn create_fork(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    let user = call.user()?;
    let req: CreateFork = body(b).await?;
    non_empty("owner", &req.owner)?;
    {
        let st = call.lock();
        call.readable(&st, o, d)?;
        if !call.shared.cfg.owner_exists(&req.owner)
            || !call.shared.cfg.can_write(&req.owner, &user)
        {
            return Err(Problem::forbidden(format!(
                "{user} cannot create databases for {}",
                req.owner
            )));
        }
        if req.owner == o {
            return Err(Problem::unprocessable(
                "a database cannot be forked into its own owner",
            ));
        }
        let pending = st.d.ops.iter().any(|op| {
            op.kind == crate::state::OpKind::Fork
                && !op.status.is_finished()
                && op.outcome.fork.as_ref() == Some(&(req.owner.clone(), d.to_string()))
        });
        if st.db(&req.owner, d).is_some() || pending {
            return Err(Problem::unprocessable(format!(
                "{}/{d} already exists (a fork keeps the database's name)",
                req.owner
            )));
        }
    }
    let v1 = json!({ "ownerName": req.owner, "parentOwnerName": o, "parentDatabaseName": d });
    let res = answer(repos::fork_database(&call.v1(&[]), json_body(&v1)).await).await?;
    super::operations::accepted(call, &text(&res, "operation_name"))
}

pub(crate) fn list_releases(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    let db = call.readable(&st, o, d)?;
    let items = db
        .releases
        .iter()
        .map(|r| (newest_first(r.seq), model::release(r)))
        .collect();
    let list = format!("releases:{}", db_key(o, d));
    let (items, next) = page(
        &st,
        &list,
        call.param("page_token"),
        call.shared.cfg.v2.page_size,
        items,
    )?;
    Ok(Reply::list(items, next))
}

type CreateRelease = dolthub_api::v2::types::CreateReleaseRequest;

pub(crate) async fn create_release(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    call.user()?;
    let req: CreateRelease = body(b).await?;
    non_empty("tag", &req.tag)?;
    non_empty("title", &req.title)?;
    non_empty("commit_sha", &req.commit_sha)?;
    {
        let st = call.lock();
        let db = call.writable(&st, o, d)?;
        if db.releases.iter().any(|r| r.tag == req.tag) {
            return Err(Problem::conflict(format!(
                "a release for tag {} already exists",
                req.tag
            )));
        }
        let Some(commit) = st.resolve_ref(db, &req.commit_sha) else {
            return Err(Problem::not_found(format!(
                "commit {} not found in {o}/{d}",
                req.commit_sha
            )));
        };
        match db.tags.get(&req.tag) {
            Some(t) if t.commit != commit => {
                return Err(Problem::conflict(format!(
                    "tag {} points at {}, not at {commit}",
                    req.tag, t.commit
                )));
            }
            None if req.create_tag_if_not_exists != Some(true) => {
                return Err(Problem::not_found(format!(
                    "tag {} not found (set create_tag_if_not_exists to create it)",
                    req.tag
                )));
            }
            _ => {}
        }
    }
    let v1 = json!({
        "tag": req.tag,
        "title": req.title,
        "commitSha": req.commit_sha,
        "description": req.description.clone().unwrap_or_default(),
        "createTagIfNotExists": req.create_tag_if_not_exists.unwrap_or(false),
    });
    answer(repos::create_release(&call.v1(&[]), o, d, json_body(&v1)).await).await?;
    let st = call.lock();
    let r = st
        .db(o, d)
        .and_then(|db| db.releases.iter().find(|r| r.tag == req.tag))
        .ok_or_else(|| Problem::internal("the new release vanished"))?;
    Ok(Reply::created(model::release(r)))
}

#[cfg(test)]
mod tests {
    use super::valid_name;

    #[test]
    fn database_names() {
        assert!(valid_name("us-jails_2"));
        assert!(!valid_name("-x"));
        assert!(!valid_name("x-"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(""));
    }
}
