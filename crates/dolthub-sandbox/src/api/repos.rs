//! Users, databases, forks, branches, tags and releases.

use super::{
    ApiResult, Ctx, Errs, decode, field, ok_json, paginate, parse_page_token, read_json_value,
    rename_key, to_map, with_arrays,
};
use crate::jobs::{self, Work};
use crate::state::{Database, OpKind, ReleaseRec, State, Visibility, db_key};
use crate::util::now_iso;
use axum::body::Body;
use axum::http::StatusCode;
use dolthub_api::types::{
    Branch, CreateBranchRequest, CreateBranchResponse, CreateDatabaseRequest,
    CreateDatabaseRequestVisibility, CreateDatabaseResponse, CreateReleaseRequest,
    CreateReleaseResponse, CreateTagRequest, CreateTagResponse, CurrentUserResponse, EmailAddress,
    Fork, ForkDatabaseRequest, ForkDatabaseResponse, ListBranchesResponse, ListForksResponse,
    ListReleasesResponse, ListTagsResponse, Release, Tag,
};

/// Database names: letters, digits, `-` and `_`, starting with a letter or digit.
pub(crate) fn valid_database_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Branch and tag names: no whitespace or control characters, no `..`, not starting with
/// `-` or `/`, not ending with `/` or `.lock`.
pub(crate) fn valid_ref_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.chars().any(|c| c.is_whitespace() || c.is_control())
        && !name.contains("..")
        && !name.contains("//")
        && !name.starts_with(['-', '/'])
        && !name.ends_with('/')
        && !name.ends_with(".lock")
        && !name.contains(['~', '^', ':', '?', '*', '[', '\\'])
}

pub(crate) fn current_user(ctx: &Ctx) -> ApiResult {
    let errs = Errs::standard("");
    // DoltHub documents 401 `Not authenticated` here, but anonymous calls are observed
    // to get 400 `no authentication` (reference §3.2): the sandbox sends what is seen.
    let user = ctx
        .user
        .clone()
        .ok_or_else(|| errs.exact(StatusCode::BAD_REQUEST, "no authentication"))?;
    Ok(ok_json(with_arrays(
        &["email_addresses"],
        to_map(&CurrentUserResponse {
            status: Some("Success".into()),
            username: Some(user.clone()),
            display_name: Some(String::new()),
            bio: Some(String::new()),
            location: Some(String::new()),
            url: Some(String::new()),
            profile_picture_url: Some(String::new()),
            email_addresses: vec![EmailAddress {
                address: Some(format!("{user}@sandbox.invalid")),
                is_primary: Some(true),
                is_verified: Some(true),
            }],
        }),
    )))
}

/// The first commit of a database that has none yet, made by its first write or import
/// (a new database has no branch, as on DoltHub): the database gets its store, whose
/// first commit ("Initialize data repository") is on `branch`. Returns the commit, or
/// `None` when the database already has a store or does not exist.
pub(crate) fn first_commit(
    st: &mut State,
    owner: &str,
    name: &str,
    branch: &str,
    _author: &str,
) -> Result<Option<String>, String> {
    if st.db(owner, name).is_none() || st.store(owner, name).is_some() {
        return Ok(None);
    }
    let (bytes, refs) = crate::engine::new_store(branch)?;
    let head = refs.branches.get(branch).cloned();
    st.put_store(owner, name, bytes, refs);
    Ok(head)
}

pub(crate) async fn create_database(ctx: &Ctx, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a database.");
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("description", field(&raw, "description"))
        .echo("repository_owner", field(&raw, "ownerName"))
        .echo("repository_name", field(&raw, "repoName"))
        .echo("visibility", field(&raw, "visibility"));
    let req: CreateDatabaseRequest = decode(raw, &errs)?;
    if !valid_database_name(&req.repo_name) {
        return Err(errs.bad(format!(
            "invalid database name {:?}: use letters, digits, '-' and '_'",
            req.repo_name
        )));
    }
    if !ctx.cfg().owner_exists(&req.owner_name) {
        return Err(errs.bad(format!("owner not found: {}", req.owner_name)));
    }
    if !ctx.cfg().can_write(&req.owner_name, &user) {
        return Err(errs.forbidden(format!(
            "permission denied: {user} cannot create databases for {}",
            req.owner_name
        )));
    }
    let visibility = match req.visibility {
        CreateDatabaseRequestVisibility::Public => Visibility::Public,
        CreateDatabaseRequestVisibility::Private => Visibility::Private,
    };
    let description = req.description.clone().unwrap_or_default();
    {
        let mut st = ctx.lock();
        if st.db(&req.owner_name, &req.repo_name).is_some() {
            return Err(errs.conflict(format!(
                "database {}/{} already exists",
                req.owner_name, req.repo_name
            )));
        }
        // Like DoltHub, a new database has no commit and no branch: the first
        // SQL write or import creates its store and default branch (see `first_commit`).
        st.d.databases.insert(
            db_key(&req.owner_name, &req.repo_name),
            Database {
                description: description.clone(),
                ..Database::new(&req.owner_name, &req.repo_name, visibility)
            },
        );
    }
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreateDatabaseResponse {
        status: Some("Success".into()),
        description: Some(description),
        repository_owner: Some(req.owner_name),
        repository_name: Some(req.repo_name),
        visibility: Some(visibility.as_str().into()),
    })))
}

pub(crate) async fn fork_database(ctx: &Ctx, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a database.");
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("parent_owner", field(&raw, "parentOwnerName"))
        .echo("parent_database", field(&raw, "parentDatabaseName"))
        .echo("forked_owner", field(&raw, "ownerName"));
    let req: ForkDatabaseRequest = decode(raw, &errs)?;
    if !ctx.cfg().owner_exists(&req.owner_name) {
        return Err(errs.bad(format!("owner not found: {}", req.owner_name)));
    }
    if !ctx.cfg().can_write(&req.owner_name, &user) {
        return Err(errs.forbidden(format!(
            "permission denied: {user} cannot create databases for {}",
            req.owner_name
        )));
    }
    let op_name = {
        let mut st = ctx.lock();
        ctx.check_readable(
            &st,
            &req.parent_owner_name,
            &req.parent_database_name,
            &errs,
        )?;
        let target_taken = st.db(&req.owner_name, &req.parent_database_name).is_some()
            || st.d.ops.iter().any(|op| {
                op.kind == OpKind::Fork
                    && !op.status.is_finished()
                    && op.outcome.fork.as_ref()
                        == Some(&(req.owner_name.clone(), req.parent_database_name.clone()))
            });
        if target_taken {
            return Err(errs.conflict(format!(
                "database {}/{} already exists",
                req.owner_name, req.parent_database_name
            )));
        }
        let id = crate::util::uuid();
        let op = jobs::new_op(
            &mut st,
            OpKind::Fork,
            format!("operations/{id}"),
            &id,
            &user,
            (&req.owner_name, &req.parent_database_name),
            format!(
                "Fork {}/{} to {}",
                req.parent_owner_name, req.parent_database_name, req.owner_name
            ),
            vec![
                ("parent_owner".into(), req.parent_owner_name.clone()),
                ("parent_database".into(), req.parent_database_name.clone()),
                ("forked_owner".into(), req.owner_name.clone()),
            ],
            "",
        );
        if let Some(op) = st.op_mut(&op) {
            op.outcome.fork = Some((req.owner_name.clone(), req.parent_database_name.clone()));
        }
        op
    };
    ctx.shared.dirty();
    jobs::spawn(
        ctx.shared.clone(),
        op_name.clone(),
        Work::Fork {
            parent_owner: req.parent_owner_name.clone(),
            parent_name: req.parent_database_name.clone(),
            owner: req.owner_name.clone(),
        },
    );
    Ok(ok_json(to_map(&ForkDatabaseResponse {
        status: Some("Success".into()),
        parent_owner: Some(req.parent_owner_name),
        parent_database: Some(req.parent_database_name),
        forked_owner: Some(req.owner_name),
        operation_name: Some(op_name),
    })))
}

/// The root of a database's fork network.
fn network_root(st: &State, owner: &str, name: &str) -> (String, String) {
    let mut cur = (owner.to_string(), name.to_string());
    let mut guard = 0;
    while let Some(parent) = st.db(&cur.0, &cur.1).and_then(|d| d.parent.clone()) {
        if st.db(&parent.0, &parent.1).is_none() || guard > 1000 {
            break;
        }
        cur = parent;
        guard += 1;
    }
    cur
}

pub(crate) fn list_forks(ctx: &Ctx, owner: &str, name: &str) -> ApiResult {
    let errs = Errs::standard("Error getting the forks list.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    let st = ctx.lock();
    ctx.check_readable(&st, owner, name, &errs)?;
    let db = st
        .db(owner, name)
        .ok_or_else(|| errs.no_such_repository(owner, name))?;
    let root = network_root(&st, owner, name);
    let forks: Vec<Fork> =
        st.d.databases
            .values()
            .filter(|d| (d.owner.clone(), d.name.clone()) != root)
            .filter(|d| network_root(&st, &d.owner, &d.name) == root)
            .filter(|d| ctx.can_read(d))
            .map(|d| Fork {
                database_owner: Some(d.owner.clone()),
                database_name: Some(d.name.clone()),
            })
            .collect();
    let (parent_owner, parent_name) = db.parent.clone().unwrap_or_default();
    Ok(ok_json(with_arrays(
        &["forks"],
        to_map(&ListForksResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(name.into()),
            fork_network_count: Some(forks.len() as i64),
            forks,
            parent_owner: Some(parent_owner),
            parent_database_name: Some(parent_name),
            network_root_owner: Some(root.0),
            network_root_database_name: Some(root.1),
        }),
    )))
}

pub(crate) fn list_branches(ctx: &Ctx, owner: &str, name: &str) -> ApiResult {
    let errs = Errs::standard("Error getting the branches list.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    // DoltHub's docs ask for a token, but the service answers reads of a public
    // database anonymously (its own end-to-end tests call them without one);
    // private ones stay hidden behind `no such repository`.
    let st = ctx.lock();
    ctx.check_readable(&st, owner, name, &errs)?;
    let db = st
        .db(owner, name)
        .ok_or_else(|| errs.no_such_repository(owner, name))?;
    let branches: Vec<Branch> = db
        .branches
        .keys()
        .map(|b| Branch {
            branch_name: Some(b.clone()),
            name: None,
        })
        .collect();
    let mut map = with_arrays(
        &["branches"],
        to_map(&ListBranchesResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(name.into()),
            branches,
        }),
    );
    if ctx.legacy
        && let Some(serde_json::Value::Array(items)) = map.get_mut("branches")
    {
        for item in items {
            if let serde_json::Value::Object(m) = item {
                rename_key(m, "branch_name", "name");
            }
        }
    }
    Ok(ok_json(map))
}

/// Resolves a revision of a create-branch/create-tag request.
fn resolve_revision(st: &State, db: &Database, kind: &str, name: &str) -> Result<String, String> {
    let found = match kind {
        "branch" => db.branches.get(name).cloned(),
        "commit" => {
            if db.branches.contains_key(name) || db.tags.contains_key(name) {
                None
            } else {
                st.resolve_ref(db, name)
            }
        }
        _ => st.resolve_ref(db, name),
    };
    found.ok_or_else(|| match kind {
        "branch" => format!("branch not found: {name}"),
        "commit" => format!("commit not found: {name}"),
        _ => format!("ref not found: {name}"),
    })
}

/// The new ref of a create-branch or create-tag request.
struct NewRef<'a> {
    /// `branch` or `tag`, for messages.
    what: &'a str,
    name: &'a str,
    /// Wire value of the revision type: `branch`, `ref` or `commit`.
    kind: &'a str,
    revision: &'a str,
}

/// Checks write rights and the name, refuses a name that `exists` says is taken and
/// resolves the revision to a commit (under the state lock), then lets `apply` create
/// the ref in the database's store. Branches and tags differ only in those two closures.
async fn add_ref(
    ctx: &Ctx,
    errs: &Errs,
    (owner, name, user): (&str, &str, &str),
    new: NewRef<'_>,
    exists: impl Fn(&Database) -> bool,
    apply: impl FnOnce(&crate::engine::Session, &str) -> Result<(), String> + Send + 'static,
) -> Result<(), super::ApiError> {
    let commit = {
        let st = ctx.lock();
        ctx.check_writable(&st, owner, name, user, errs)?;
        if !valid_ref_name(new.name) {
            return Err(errs.bad(format!("invalid {} name {:?}", new.what, new.name)));
        }
        let db = st
            .db(owner, name)
            .ok_or_else(|| errs.no_such_repository(owner, name))?;
        if exists(db) {
            return Err(errs.conflict(format!("{} {} already exists", new.what, new.name)));
        }
        resolve_revision(&st, db, new.kind, new.revision).map_err(|e| errs.bad(e))?
    };
    crate::stores::change(&ctx.shared, owner, name, user, move |s| {
        apply(s, &commit)?;
        Ok(((), crate::stores::Save::Yes))
    })
    .await
    .map_err(|e| {
        // a concurrent request may have taken the name since the check
        if e.contains("already exists") {
            errs.conflict(format!("{} {} already exists", new.what, new.name))
        } else {
            errs.internal(e)
        }
    })
}

pub(crate) async fn create_branch(ctx: &Ctx, owner: &str, name: &str, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a branch.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("new_branch_name", field(&raw, "newBranchName"))
        .echo("revision_type", field(&raw, "revisionType"))
        .echo("revision_name", field(&raw, "revisionName"));
    let req: CreateBranchRequest = decode(raw, &errs)?;
    let kind = req.revision_type.to_string();
    let new = NewRef {
        what: "branch",
        name: &req.new_branch_name,
        kind: &kind,
        revision: &req.revision_name,
    };
    add_ref(
        ctx,
        &errs,
        (owner, name, &user),
        new,
        |db| db.branches.contains_key(&req.new_branch_name),
        {
            let branch = req.new_branch_name.clone();
            move |s, commit| s.create_branch(&branch, commit)
        },
    )
    .await?;
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreateBranchResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(name.into()),
        new_branch_name: Some(req.new_branch_name),
        revision_type: Some(kind),
        revision_name: Some(req.revision_name),
    })))
}

pub(crate) fn list_tags(ctx: &Ctx, owner: &str, name: &str) -> ApiResult {
    let errs = Errs::standard("Error creating a tag.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    // DoltHub's docs ask for a token, but the service answers reads of a public
    // database anonymously (its own end-to-end tests call them without one);
    // private ones stay hidden behind `no such repository`.
    let st = ctx.lock();
    ctx.check_readable(&st, owner, name, &errs)?;
    let db = st
        .db(owner, name)
        .ok_or_else(|| errs.no_such_repository(owner, name))?;
    let tags = db
        .tags
        .iter()
        .map(|(n, t)| Tag {
            tag_name: Some(n.clone()),
            tag_description: Some(t.message.clone()),
            tagged_at: Some(t.tagged_at.clone()),
        })
        .collect();
    Ok(ok_json(with_arrays(
        &["tags"],
        to_map(&ListTagsResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(name.into()),
            tags,
        }),
    )))
}

pub(crate) async fn create_tag(ctx: &Ctx, owner: &str, name: &str, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a tag.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("tag_name", field(&raw, "tagName"))
        .echo("tag_description", field(&raw, "tagMessage"))
        .echo("revision_type", field(&raw, "revisionType"))
        .echo("revision_name", field(&raw, "revisionName"));
    let req: CreateTagRequest = decode(raw, &errs)?;
    let kind = req.revision_type.to_string();
    let new = NewRef {
        what: "tag",
        name: &req.tag_name,
        kind: &kind,
        revision: &req.revision_name,
    };
    let (tag, message, tagger) = (req.tag_name.clone(), req.tag_message.clone(), user.clone());
    add_ref(
        ctx,
        &errs,
        (owner, name, &user),
        new,
        |db| db.tags.contains_key(&req.tag_name),
        move |s, commit| s.create_tag(&tag, commit, &message, &tagger),
    )
    .await?;
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreateTagResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(name.into()),
        tag_name: Some(req.tag_name),
        tag_description: Some(req.tag_message),
        revision_type: Some(kind),
        revision_name: Some(req.revision_name),
    })))
}

fn release_item(r: &ReleaseRec) -> Release {
    Release {
        release_title: Some(r.title.clone()),
        release_tag: Some(r.tag.clone()),
        release_commit_sha: Some(r.commit.clone()),
        release_description: Some(r.description.clone()),
        release_created_at: Some(r.created_at.clone()),
        release_updated_at: Some(r.updated_at.clone()),
    }
}

pub(crate) fn list_releases(ctx: &Ctx, owner: &str, name: &str) -> ApiResult {
    let errs = Errs::standard("Error creating a release.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    // DoltHub's docs ask for a token, but the service answers reads of a public
    // database anonymously (its own end-to-end tests call them without one);
    // private ones stay hidden behind `no such repository`.
    let st = ctx.lock();
    ctx.check_readable(&st, owner, name, &errs)?;
    let db = st
        .db(owner, name)
        .ok_or_else(|| errs.no_such_repository(owner, name))?;
    let list = format!("releases:{}", db_key(owner, name));
    let token = ctx
        .param("pageToken")
        .or_else(|| ctx.param("next_page_token"));
    let before = match token {
        Some(t) => Some(
            parse_page_token(&st.d.salt, &list, t).ok_or_else(|| errs.bad("invalid page token"))?,
        ),
        None => None,
    };
    let mut items: Vec<(u64, Release)> = db
        .releases
        .iter()
        .map(|r| (r.seq, release_item(r)))
        .collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    let (releases, next) = paginate(
        &items,
        before,
        ctx.cfg().releases_page_size,
        &st.d.salt,
        &list,
    );
    Ok(ok_json(with_arrays(
        &["releases"],
        to_map(&ListReleasesResponse {
            status: Some("Success".into()),
            database_owner: Some(owner.into()),
            database_name: Some(name.into()),
            next_page_token: Some(next),
            releases,
        }),
    )))
}

pub(crate) async fn create_release(ctx: &Ctx, owner: &str, name: &str, body: Body) -> ApiResult {
    let errs = Errs::standard("Error creating a release.")
        .echo("database_owner", owner)
        .echo("database_name", name);
    let user = ctx.require_user(&errs)?;
    let raw = read_json_value(body, &errs).await?;
    let errs = errs
        .echo("release_tag", field(&raw, "tag"))
        .echo("release_description", field(&raw, "description"))
        .echo("release_commit_sha", field(&raw, "commitSha"))
        .echo("release_title", field(&raw, "title"));
    let req: CreateReleaseRequest = decode(raw, &errs)?;
    if req.title.trim().is_empty() {
        return Err(errs.bad("title must not be empty"));
    }
    let check = |st: &State| -> Result<(String, bool), super::ApiError> {
        ctx.check_writable(st, owner, name, &user, &errs)?;
        let db = st
            .db(owner, name)
            .ok_or_else(|| errs.no_such_repository(owner, name))?;
        if db.releases.iter().any(|r| r.tag == req.tag) {
            return Err(errs.conflict(format!("a release for tag {} already exists", req.tag)));
        }
        let commit = st
            .resolve_ref(db, &req.commit_sha)
            .ok_or_else(|| errs.bad(format!("commit not found: {}", req.commit_sha)))?;
        let create_tag = match db.tags.get(&req.tag) {
            Some(t) if t.commit != commit => {
                return Err(errs.bad(format!(
                    "tag {} points at commit {}, not at {}",
                    req.tag, t.commit, commit
                )));
            }
            Some(_) => false,
            None if req.create_tag_if_not_exists == Some(true) => {
                if !valid_ref_name(&req.tag) {
                    return Err(errs.bad(format!("invalid tag name {:?}", req.tag)));
                }
                true
            }
            None => {
                return Err(errs.bad(format!(
                    "tag not found: {} (set createTagIfNotExists to create it)",
                    req.tag
                )));
            }
        };
        Ok((commit, create_tag))
    };
    let (commit, create_tag) = check(&ctx.lock())?;
    if create_tag {
        // the release's tag lives in the store like every other tag
        let (tag, message, tagger, at) = (
            req.tag.clone(),
            req.title.clone(),
            user.clone(),
            commit.clone(),
        );
        crate::stores::change(&ctx.shared, owner, name, &user, move |s| {
            s.create_tag(&tag, &at, &message, &tagger)?;
            Ok(((), crate::stores::Save::Yes))
        })
        .await
        .map_err(|e| errs.bad(e))?;
    }
    let rec = {
        let mut st = ctx.lock();
        // the tag exists now; a concurrent request may have made the same release
        let (commit, _) = check(&st)?;
        let seq = st.next_seq();
        let now = now_iso();
        let rec = ReleaseRec {
            seq,
            title: req.title.clone(),
            tag: req.tag.clone(),
            commit: commit.clone(),
            description: req.description.clone().unwrap_or_default(),
            created_at: now.clone(),
            updated_at: now.clone(),
        };
        if let Some(db) = st.db_mut(owner, name) {
            db.releases.push(rec.clone());
        }
        rec
    };
    ctx.shared.dirty();
    Ok(ok_json(to_map(&CreateReleaseResponse {
        status: Some("Success".into()),
        database_owner: Some(owner.into()),
        database_name: Some(name.into()),
        release_tag: Some(rec.tag),
        release_description: Some(rec.description),
        release_commit_sha: Some(rec.commit),
        release_title: Some(rec.title),
        release_created_at: Some(rec.created_at),
        release_updated_at: Some(rec.updated_at),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_rules() {
        assert!(valid_database_name("museum-collections_2"));
        assert!(!valid_database_name("-x"));
        assert!(!valid_database_name("a/b"));
        assert!(!valid_database_name(""));
        assert!(valid_ref_name("feature/lacma"));
        assert!(valid_ref_name("v1.0"));
        assert!(!valid_ref_name("a b"));
        assert!(!valid_ref_name("a..b"));
        assert!(!valid_ref_name("/x"));
        assert!(!valid_ref_name("x/"));
    }
}
