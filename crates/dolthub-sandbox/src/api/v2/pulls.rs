//! Pull requests, their comments and merges.

use super::delegate::{answer, json_body, text};
use super::problem::Problem;
use super::{Call, Reply, V2Result, body, model, newest_first, non_empty, page};
use crate::api::pulls as v1;
use crate::state::{PullRec, PullState, State, db_key};
use axum::body::Body;
use serde::Deserialize;
use serde_json::{Value, json};

/// A `pull_number` path parameter: a decimal without leading zeros.
fn number(n: &str) -> Result<u64, Problem> {
    let ok =
        n.starts_with(|c: char| ('1'..='9').contains(&c)) && n.chars().all(|c| c.is_ascii_digit());
    ok.then(|| n.parse::<u64>().ok())
        .flatten()
        .ok_or_else(|| Problem::bad(format!("pull_number must be a positive integer, not {n:?}")))
}

fn find<'s>(call: &Call, st: &'s State, o: &str, d: &str, n: u64) -> Result<&'s PullRec, Problem> {
    call.readable(st, o, d)?
        .pulls
        .get(&n)
        .ok_or_else(|| Problem::not_found(format!("pull request {n} not found in {o}/{d}")))
}

pub(crate) fn list_pulls(call: &Call, o: &str, d: &str) -> V2Result {
    let st = call.lock();
    let db = call.readable(&st, o, d)?;
    let items = db
        .pulls
        .values()
        .map(|p| (newest_first(p.seq), model::pull_summary(p)))
        .collect();
    let list = format!("pulls:{}", db_key(o, d));
    let (items, next) = page(
        &st,
        &list,
        call.param("page_token"),
        call.shared.cfg.v2.page_size,
        items,
    )?;
    Ok(Reply::list(items, next))
}

#[derive(Deserialize)]
struct DbRef {
    owner: String,
    name: String,
}

#[derive(Deserialize)]
struct BranchRef {
    database: DbRef,
    branch_name: String,
}

/// `CreatePullRequest` is the one open request schema: unknown fields are ignored.
#[derive(Deserialize)]
struct CreatePull {
    title: String,
    from_branch: BranchRef,
    to_branch: BranchRef,
    #[serde(default)]
    description: Option<String>,
}

pub(crate) async fn create_pull(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    call.user()?;
    let req: CreatePull = body(b).await?;
    non_empty("title", &req.title)?;
    let (from, to) = (&req.from_branch, &req.to_branch);
    if to.database.owner != o || to.database.name != d {
        return Err(Problem::bad(format!(
            "to_branch.database must be {o}/{d}, the database in the path"
        )));
    }
    {
        let st = call.lock();
        let db = call.readable(&st, o, d)?;
        let source = call.readable(&st, &from.database.owner, &from.database.name)?;
        if model::network_root(&st, o, d) != model::network_root(&st, &source.owner, &source.name) {
            return Err(Problem::bad(format!(
                "{}/{} is not in the fork network of {o}/{d}",
                source.owner, source.name
            )));
        }
        if !source.branches.contains_key(&from.branch_name) {
            return Err(Problem::not_found(format!(
                "branch {} not found in {}/{}",
                from.branch_name, source.owner, source.name
            )));
        }
        if !db.branches.contains_key(&to.branch_name) {
            return Err(Problem::not_found(format!(
                "branch {} not found in {o}/{d}",
                to.branch_name
            )));
        }
        let open_twin = db.pulls.values().find(|p| {
            p.state == PullState::Open
                && p.from_owner == source.owner
                && p.from_database == source.name
                && p.from_branch == from.branch_name
                && p.to_branch == to.branch_name
        });
        if let Some(p) = open_twin {
            return Err(Problem::conflict(format!(
                "pull request {} already proposes {} into {}",
                p.id, from.branch_name, to.branch_name
            )));
        }
    }
    let v1_body = json!({
        "title": req.title,
        "description": req.description.clone().unwrap_or_default(),
        "fromBranchOwnerName": from.database.owner,
        "fromBranchRepoName": from.database.name,
        "fromBranchName": from.branch_name,
        "toBranchOwnerName": o,
        "toBranchRepoName": d,
        "toBranchName": to.branch_name,
    });
    let res = answer(v1::create_pull(&call.v1(&[]), o, d, json_body(&v1_body)).await).await?;
    let id: u64 = text(&res, "pull_id")
        .parse()
        .map_err(|_| Problem::internal("the shared handler returned no pull id"))?;
    let st = call.lock();
    let p = find(call, &st, o, d, id)?;
    Ok(Reply::created(model::pull(o, d, p)))
}

pub(crate) fn get_pull(call: &Call, o: &str, d: &str, n: &str) -> V2Result {
    let n = number(n)?;
    let st = call.lock();
    let p = find(call, &st, o, d, n)?;
    Ok(Reply::ok(model::pull(o, d, p)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdatePull {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    state: Option<String>,
}

pub(crate) async fn update_pull(call: &Call, o: &str, d: &str, n: &str, b: Body) -> V2Result {
    let user = call.user()?;
    let n = number(n)?;
    let req: UpdatePull = body(b).await?;
    if req.title.is_none() && req.description.is_none() && req.state.is_none() {
        return Err(Problem::bad(
            "send at least one of title, description, state",
        ));
    }
    if let Some(t) = &req.title {
        non_empty("title", t)?;
    }
    let state = match req.state.as_deref() {
        None => None,
        Some("open") => Some(PullState::Open),
        Some("closed") => Some(PullState::Closed),
        Some(other) => {
            return Err(Problem::bad(format!(
                "state must be `open` or `closed`, not {other:?} (merge through the merge call)"
            )));
        }
    };
    let p = {
        let mut st = call.lock();
        let p = find(call, &st, o, d, n)?;
        if p.author != user && !call.can_write(o) {
            return Err(Problem::forbidden(format!(
                "{user} cannot change pull request {n}"
            )));
        }
        if state.is_some() && p.state == PullState::Merged {
            return Err(Problem::bad(format!("pull request {n} is merged")));
        }
        if state == Some(PullState::Closed) && p.merging.is_some() {
            return Err(Problem::bad(format!("pull request {n} is being merged")));
        }
        let p = st
            .db_mut(o, d)
            .and_then(|db| db.pulls.get_mut(&n))
            .ok_or_else(|| Problem::not_found(format!("pull request {n} not found")))?;
        if let Some(t) = req.title {
            p.title = t;
        }
        if let Some(desc) = req.description {
            p.description = desc;
        }
        if let Some(s) = state {
            p.state = s;
        }
        p.updated_at = crate::util::now_iso();
        p.clone()
    };
    call.shared.dirty();
    Ok(Reply::ok(model::pull(o, d, &p)))
}

pub(crate) fn list_comments(call: &Call, o: &str, d: &str, n: &str) -> V2Result {
    let n = number(n)?;
    let st = call.lock();
    let p = find(call, &st, o, d, n)?;
    let items: Vec<Value> = p
        .comments
        .iter()
        .enumerate()
        .map(|(i, c)| model::comment(n, i, c))
        .collect();
    Ok(Reply::list(items, None))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateComment {
    body: String,
}

pub(crate) async fn create_comment(call: &Call, o: &str, d: &str, n: &str, b: Body) -> V2Result {
    let user = call.user()?;
    let num = number(n)?;
    let req: CreateComment = body(b).await?;
    non_empty("body", &req.body)?;
    find(call, &call.lock(), o, d, num)?;
    let v1_body = json!({ "comment": req.body });
    answer(v1::create_comment(&call.v1(&[]), o, d, n, json_body(&v1_body)).await).await?;
    let st = call.lock();
    let p = find(call, &st, o, d, num)?;
    let (i, c) = p
        .comments
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.author == user && c.body == req.body)
        .ok_or_else(|| Problem::internal("the new comment vanished"))?;
    Ok(Reply::created(model::comment(num, i, c)))
}

/// `MergePullRequest`: an empty, closed object.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MergePull {}

pub(crate) async fn merge_pull(call: &Call, o: &str, d: &str, n: &str, b: Body) -> V2Result {
    call.user()?;
    let num = number(n)?;
    let _: MergePull = body(b).await?;
    {
        let st = call.lock();
        call.writable(&st, o, d)?;
        let p = find(call, &st, o, d, num)?;
        match p.state {
            PullState::Open if p.merging.is_some() => {
                return Err(Problem::unprocessable(format!(
                    "pull request {num} is already being merged"
                )));
            }
            PullState::Open => {}
            other => {
                return Err(Problem::unprocessable(format!(
                    "pull request {num} is {} and cannot be merged",
                    other.as_str()
                )));
            }
        }
    }
    let res = answer(v1::merge_pull(&call.v1(&[]), o, d, n)).await?;
    super::operations::accepted(call, &text(&res, "operation_name"))
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn pull_numbers() {
        assert_eq!(number("12").unwrap(), 12);
        assert!(number("0").is_err());
        assert!(number("01").is_err());
        assert!(number("-1").is_err());
        assert!(number("1x").is_err());
        assert!(number("99999999999999999999999").is_err());
    }
}
