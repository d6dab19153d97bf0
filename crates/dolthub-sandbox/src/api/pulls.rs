//! Pull requests: list, create, get, update, comment, merge.

use super::{
    ApiError, ApiResult, Ctx, Errs, decode, field, ok_json, paginate, parse_page_token,
    read_json_value, rename_key, to_map, with_arrays,
};
use crate::jobs::{self, Work};
use crate::state::{CommentRec, OpKind, PullRec, PullState, State, db_key};
use crate::util::now_iso;
use axum::body::Body;
use dolthub_api::types::{
    CreatePullCommentRequest, CreatePullCommentResponse, CreatePullRequest, CreatePullResponse,
    GetPullResponse, ListPullsResponse, MergePullResponse, PullSummary, UpdatePullRequest,
    UpdatePullRequestState, UpdatePullResponse,
};
use serde_json::Value;

fn parse_id(id: &str, errs: &Errs) -> Result<u64, ApiError> {
    id.parse::<u64>().map_err(|_| errs.no_such_pull(id))
}

fn find_pull<'a>(
    st: &'a State,
    owner: &str,
    db: &str,
    id: u64,
    errs: &Errs,
) -> Result<&'a PullRec, ApiError> {
    st.db(owner, db)
        .and_then(|d| d.pulls.get(&id))
        .ok_or_else(|| errs.no_such_pull(&id.to_string()))
}

/// Root of a fork network (same as the fork list's).
fn root(st: &State, owner: &str, db: &str) -> (String, String) {
    let mut cur = (owner.to_string(), db.to_string());
    for _ in 0..1000 {
        match st.db(&cur.0, &cur.1).and_then(|d| d.parent.clone()) {
            Some(p) if st.db(&p.0, &p.1).is_some() => cur = p,
            _ => break,
        }
    }
    cur
}

pub(crate) fn list_pulls(ctx: &Ctx, owner: &str, db: &str) -> ApiResult {
    let errs = Errs::standard("Error getting pull request list.")
        .echo("database_owner", owner)
        .echo("database_name", db);
    let state_filter = match ctx.param("filterByState") {
        None => None,
        Some(s) => Some(match s.to_ascii_lowercase().as_str() {
            "open" => PullState::Open,
            "closed" => PullState::Closed,
            "merged" => PullState::Merged,
            _ => {
                return Err(errs.bad(format!(
                    "invalid filterByState {s:?}; expected Open, Closed or Merged"
                )));
            }
        }),
    };
    let review_filter = ctx.param("filterByReviewStatus");
    if let Some(r) = review_filter
        && !["approved", "assignedreviewer", "rejected", "reviewed"]
            .contains(&r.to_ascii_lowercase().as_str())
    {
        return Err(errs.bad(format!(
            "invalid filterByReviewStatus {r:?}; expected Approved, AssignedReviewer, Rejected or Reviewed"
        )));
    }
    let search = ctx.param("query").map(str::to_ascii_lowercase);
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, &errs)?;
    let d = st
        .db(owner, db)
        .ok_or_else(|| errs.no_such_repository(owner, db))?;
    let list = format!("pulls:{}", db_key(owner, db));
    let before = match ctx.param("pageToken") {
        Some(t) => Some(
            parse_page_token(&st.d.salt, &list, t).ok_or_else(|| errs.bad("invalid page token"))?,
        ),
        None => None,
    };
    let mut items: Vec<(u64, PullSummary)> = d
        .pulls
        .values()
        // the sandbox has no reviews, so no pull request matches a review filter
        .filter(|_| review_filter.is_none())
        .filter(|p| state_filter.is_none_or(|s| p.state == s))
        .filter(|p| {
            search.as_deref().is_none_or(|q| {
                p.title.to_ascii_lowercase().contains(q)
                    || p.author.to_ascii_lowercase().contains(q)
            })
        })
        .map(|p| {
            (
                p.seq,
                PullSummary {
                    pull_id: Some(p.id.to_string()),
                    title: Some(p.title.clone()),
                    description: Some(p.description.clone()),
                    state: Some(p.state.as_str().into()),
                    created_at: Some(p.created_at.clone()),
                    creator: Some(p.author.clone()),
                },
            )
        })
        .collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    let (pulls, next) = paginate(&items, before, ctx.cfg().pulls_page_size, &st.d.salt, &list);
    let mut map = with_arrays(
        &["pulls"],
        to_map(&ListPullsResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(db.into()),
            next_page_token: Some(next),
            pulls,
        }),
    );
    if ctx.legacy
        && let Some(Value::Array(items)) = map.get_mut("pulls")
    {
        for item in items {
            if let Value::Object(m) = item {
                rename_key(m, "title", "title:");
                rename_key(m, "description", "description:");
            }
        }
    }
    Ok(ok_json(map))
}

pub(crate) async fn create_pull(ctx: &Ctx, owner: &str, db: &str, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a pull request.");
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("title", field(&raw, "title"))
        .echo("description", field(&raw, "description"))
        .echo("from_owner_name", field(&raw, "fromBranchOwnerName"))
        .echo("from_repository_name", field(&raw, "fromBranchRepoName"))
        .echo("from_branch_name", field(&raw, "fromBranchName"))
        .echo("to_owner_name", field(&raw, "toBranchOwnerName"))
        .echo("to_repository_name", field(&raw, "toBranchRepoName"))
        .echo("to_branch_name", field(&raw, "toBranchName"));
    let req: CreatePullRequest = decode(raw, &errs)?;
    if req.to_branch_owner_name != owner || req.to_branch_repo_name != db {
        return Err(errs.bad(format!(
            "the target database {}/{} must be the database in the path ({owner}/{db})",
            req.to_branch_owner_name, req.to_branch_repo_name
        )));
    }
    if req.title.trim().is_empty() {
        return Err(errs.bad("title must not be empty"));
    }
    let id = {
        let mut st = ctx.lock();
        ctx.check_readable(&st, owner, db, &errs)?;
        ctx.check_readable(
            &st,
            &req.from_branch_owner_name,
            &req.from_branch_repo_name,
            &errs,
        )?;
        if root(&st, owner, db)
            != root(&st, &req.from_branch_owner_name, &req.from_branch_repo_name)
        {
            return Err(errs.bad(format!(
                "{}/{} is not in the fork network of {owner}/{db}",
                req.from_branch_owner_name, req.from_branch_repo_name
            )));
        }
        let from_ok = st
            .db(&req.from_branch_owner_name, &req.from_branch_repo_name)
            .is_some_and(|d| d.branches.contains_key(&req.from_branch_name));
        if !from_ok {
            return Err(errs.bad(format!("branch not found: {}", req.from_branch_name)));
        }
        let to_ok = st
            .db(owner, db)
            .is_some_and(|d| d.branches.contains_key(&req.to_branch_name));
        if !to_ok {
            return Err(errs.bad(format!("branch not found: {}", req.to_branch_name)));
        }
        let seq = st.next_seq();
        let now = now_iso();
        let d = st
            .db_mut(owner, db)
            .ok_or_else(|| errs.no_such_repository(owner, db))?;
        let id = d.next_pull;
        d.next_pull += 1;
        d.pulls.insert(
            id,
            PullRec {
                id,
                seq,
                title: req.title.clone(),
                description: req.description.clone().unwrap_or_default(),
                state: PullState::Open,
                from_owner: req.from_branch_owner_name.clone(),
                from_database: req.from_branch_repo_name.clone(),
                from_branch: req.from_branch_name.clone(),
                to_branch: req.to_branch_name.clone(),
                author: user,
                created_at: now.clone(),
                updated_at: now,
                comments: Vec::new(),
                merging: None,
                merge_commit: None,
            },
        );
        id
    };
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreatePullResponse {
        status: Some("Success".into()),
        title: Some(req.title),
        description: Some(req.description.unwrap_or_default()),
        from_owner_name: Some(req.from_branch_owner_name),
        from_repository_name: Some(req.from_branch_repo_name),
        from_branch_name: Some(req.from_branch_name),
        to_owner_name: Some(req.to_branch_owner_name),
        to_repository_name: Some(req.to_branch_repo_name),
        to_branch_name: Some(req.to_branch_name),
        pull_id: Some(id.to_string()),
        id: None,
    })))
}

pub(crate) fn get_pull(ctx: &Ctx, owner: &str, db: &str, id: &str) -> ApiResult {
    let errs = Errs::standard("Error getting a pull request.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("pull_id", id);
    let n = parse_id(id, &errs)?;
    let st = ctx.lock();
    ctx.check_readable(&st, owner, db, &errs)?;
    let p = find_pull(&st, owner, db, n, &errs)?;
    let mut map = to_map(&GetPullResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        pull_id: Some(p.id.to_string()),
        title: Some(p.title.clone()),
        description: Some(p.description.clone()),
        state: Some(p.state.as_str().into()),
        from_branch_owner: Some(p.from_owner.clone()),
        from_branch_database: Some(p.from_database.clone()),
        from_branch: Some(p.from_branch.clone()),
        to_branch_owner: Some(owner.into()),
        to_branch_database: Some(db.into()),
        to_branch: Some(p.to_branch.clone()),
        created_at: Some(p.created_at.clone()),
        author: Some(p.author.clone()),
        from_branch_name: None,
        to_branch_name: None,
    });
    if ctx.legacy {
        rename_key(&mut map, "title", "title:");
        rename_key(&mut map, "description", "description:");
        rename_key(&mut map, "from_branch", "from_branch_name");
        rename_key(&mut map, "to_branch", "to_branch_name");
    }
    Ok(ok_json(map))
}

pub(crate) async fn update_pull(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    id: &str,
    body: Body,
) -> ApiResult {
    let errs = Errs::standard("Error updating the pull request.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("pull_id", id);
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let req: UpdatePullRequest = decode(raw, &errs)?;
    if req.title.is_none() && req.description.is_none() && req.state.is_none() {
        return Err(errs.bad("nothing to update: send title, description or state"));
    }
    if req.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(errs.bad("title must not be empty"));
    }
    let n = parse_id(id, &errs)?;
    let p = {
        let mut st = ctx.lock();
        ctx.check_readable(&st, owner, db, &errs)?;
        let p = find_pull(&st, owner, db, n, &errs)?;
        if p.author != user && !ctx.cfg().can_write(owner, &user) {
            return Err(errs.forbidden(format!(
                "permission denied: {user} cannot update pull request {n}"
            )));
        }
        if req.state == Some(UpdatePullRequestState::Closed) {
            if p.state == PullState::Merged {
                return Err(errs.bad("a merged pull request cannot be closed"));
            }
            if p.merging.is_some() {
                return Err(errs.bad("the pull request is being merged"));
            }
        }
        let p = st
            .db_mut(owner, db)
            .and_then(|d| d.pulls.get_mut(&n))
            .ok_or_else(|| errs.no_such_pull(&n.to_string()))?;
        if let Some(t) = &req.title {
            p.title = t.clone();
        }
        if let Some(d) = &req.description {
            p.description = d.clone();
        }
        if req.state == Some(UpdatePullRequestState::Closed) {
            p.state = PullState::Closed;
        }
        p.updated_at = now_iso();
        p.clone()
    };
    ctx.shared.dirty();
    Ok(ok_json(to_map(&UpdatePullResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        pull_id: Some(p.id.to_string()),
        title: Some(p.title),
        description: Some(p.description),
        state: Some(p.state.as_str().into()),
    })))
}

pub(crate) async fn create_comment(
    ctx: &Ctx,
    owner: &str,
    db: &str,
    id: &str,
    body: Body,
) -> ApiResult {
    let errs = Errs::standard("Error merging a pull request.")
        .echo("repository_owner", owner)
        .echo("repository_name", db)
        .echo("pull_id", id);
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs.echo("comment", field(&raw, "comment"));
    let req: CreatePullCommentRequest = decode(raw, &errs)?;
    if req.comment.trim().is_empty() {
        return Err(errs.bad("comment must not be empty"));
    }
    let n = parse_id(id, &errs)?;
    {
        let mut st = ctx.lock();
        ctx.check_readable(&st, owner, db, &errs)?;
        find_pull(&st, owner, db, n, &errs)?;
        if let Some(p) = st.db_mut(owner, db).and_then(|d| d.pulls.get_mut(&n)) {
            p.comments.push(CommentRec {
                author: user,
                body: req.comment.clone(),
                created_at: now_iso(),
            });
        }
    }
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreatePullCommentResponse {
        status: Some("Success".into()),
        repository_owner: Some(owner.into()),
        repository_name: Some(db.into()),
        pull_id: Some(n.to_string()),
        comment: Some(req.comment),
    })))
}

pub(crate) fn merge_pull(ctx: &Ctx, owner: &str, db: &str, id: &str) -> ApiResult {
    let errs = Errs::standard("Error merging a pull request.")
        .echo("database_owner", owner)
        .echo("database_name", db)
        .echo("pull_id", id);
    let user = ctx.require_user(&errs)?;
    let n = parse_id(id, &errs)?;
    let (op_name, user_op) = {
        let mut st = ctx.lock();
        ctx.check_writable(&st, owner, db, &user, &errs)?;
        let p = find_pull(&st, owner, db, n, &errs)?;
        match p.state {
            PullState::Open if p.merging.is_some() => {
                return Err(errs.bad("the pull request is already being merged"));
            }
            PullState::Open => {}
            other => {
                return Err(errs.bad(format!(
                    "the pull request is {} and cannot be merged",
                    other.as_str()
                )));
            }
        }
        let uuid = crate::util::uuid();
        let name = jobs::new_op(
            &mut st,
            OpKind::Merge,
            format!("repositoryOwners/{owner}/repositories/{db}/jobs/{uuid}"),
            &uuid,
            &user,
            (owner, db),
            format!("Merge pull request #{n}"),
            vec![
                ("pull_id".into(), n.to_string()),
                ("repo_name".into(), db.into()),
                ("repo_owner".into(), owner.into()),
            ],
            "",
        );
        let user_op = st
            .op(&name)
            .map(|o| o.user_op_name.clone())
            .unwrap_or_default();
        if let Some(op) = st.op_mut(&name) {
            op.outcome.pull_id = Some(n);
        }
        if let Some(p) = st.db_mut(owner, db).and_then(|d| d.pulls.get_mut(&n)) {
            p.merging = Some(name.clone());
        }
        (name, user_op)
    };
    ctx.shared.dirty();
    jobs::spawn(
        ctx.shared.clone(),
        op_name.clone(),
        Work::Merge {
            owner: owner.into(),
            db: db.into(),
            pull_id: n,
            author: user,
        },
    );
    Ok(ok_json(to_map(&MergePullResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(db.into()),
        pull_id: Some(n.to_string()),
        operation_name: Some(op_name),
        user_operation_name: Some(user_op),
        state: Some("merging".into()),
    })))
}
