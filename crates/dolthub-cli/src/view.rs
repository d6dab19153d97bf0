//! The JSON shapes of `--json` output (stable field names, snake_case) and
//! their table views. These are the command's contract with scripts; they are
//! built from the wrapper's models rather than serializing those directly, so
//! a change in the library cannot silently change the CLI's output.

use serde::Serialize;

use crate::output::{Out, Table};

/// A database.
#[derive(Debug, Serialize)]
pub struct DatabaseView {
    /// Owner.
    pub owner: String,
    /// Name.
    pub name: String,
    /// `public` / `private`.
    pub visibility: String,
    /// Description.
    pub description: String,
}

impl From<&dolthub::models::Database> for DatabaseView {
    fn from(d: &dolthub::models::Database) -> Self {
        DatabaseView {
            owner: d.owner.clone(),
            name: d.name.clone(),
            visibility: d.visibility.clone(),
            description: d.description.clone(),
        }
    }
}

/// A branch.
#[derive(Debug, Serialize)]
pub struct BranchView {
    /// Name.
    pub name: String,
}

/// List of branches.
pub fn branches(items: &[dolthub::models::Branch]) -> Out {
    let views: Vec<BranchView> = items
        .iter()
        .map(|b| BranchView {
            name: b.name.clone(),
        })
        .collect();
    let mut t = Table::new(["name"]);
    for v in &views {
        t.row([v.name.clone()]);
    }
    Out::list(&views, "branches", t, "No branches.")
}

/// A tag.
#[derive(Debug, Serialize)]
pub struct TagView {
    /// Name.
    pub name: String,
    /// Message.
    pub message: String,
    /// When it was created (ISO-8601; empty when unknown).
    pub tagged_at: String,
}

impl From<&dolthub::models::Tag> for TagView {
    fn from(t: &dolthub::models::Tag) -> Self {
        TagView {
            name: t.name.clone(),
            message: t.message.clone(),
            tagged_at: t.tagged_at.clone(),
        }
    }
}

/// List of tags.
pub fn tags(items: &[dolthub::models::Tag]) -> Out {
    let views: Vec<TagView> = items.iter().map(TagView::from).collect();
    let mut t = Table::new(["name", "tagged_at", "message"]);
    for v in &views {
        t.row([v.name.clone(), v.tagged_at.clone(), v.message.clone()]);
    }
    Out::list(&views, "tags", t, "No tags.")
}

/// A release.
#[derive(Debug, Serialize)]
pub struct ReleaseView {
    /// Tag.
    pub tag: String,
    /// Title.
    pub title: String,
    /// Commit.
    pub commit_sha: String,
    /// Notes.
    pub description: String,
    /// Creation time.
    pub created_at: String,
}

impl From<&dolthub::models::Release> for ReleaseView {
    fn from(r: &dolthub::models::Release) -> Self {
        ReleaseView {
            tag: r.tag.clone(),
            title: r.title.clone(),
            commit_sha: r.commit_sha.clone(),
            description: r.description.clone(),
            created_at: r.created_at.clone(),
        }
    }
}

/// List of releases.
pub fn releases(items: &[dolthub::models::Release]) -> Out {
    let views: Vec<ReleaseView> = items.iter().map(ReleaseView::from).collect();
    let mut t = Table::new(["tag", "title", "commit", "created_at"]);
    for v in &views {
        t.row([
            v.tag.clone(),
            v.title.clone(),
            v.commit_sha.clone(),
            v.created_at.clone(),
        ]);
    }
    Out::list(&views, "releases", t, "No releases.")
}

/// Detail view of one release.
pub fn release(r: &dolthub::models::Release) -> Out {
    let v = ReleaseView::from(r);
    let fields = vec![
        ("tag", v.tag.clone()),
        ("title", v.title.clone()),
        ("commit", v.commit_sha.clone()),
        ("created", v.created_at.clone()),
        ("notes", v.description.clone()),
    ];
    Out::record(&v, fields)
}

/// A pull request.
#[derive(Debug, Serialize)]
pub struct PullView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `open`, `closed`, `merged` (lower case; empty when not reported).
    pub state: String,
    /// Author.
    pub author: String,
    /// Source: owner.
    pub from_owner: String,
    /// Source: database.
    pub from_database: String,
    /// Source: branch.
    pub from_branch: String,
    /// Target: owner.
    pub to_owner: String,
    /// Target: database.
    pub to_database: String,
    /// Target: branch.
    pub to_branch: String,
    /// Creation time.
    pub created_at: String,
    /// Description.
    pub description: String,
}

impl From<&dolthub::models::Pull> for PullView {
    fn from(p: &dolthub::models::Pull) -> Self {
        PullView {
            id: p.id.clone(),
            title: p.title.clone(),
            state: p.state.as_str().to_ascii_lowercase(),
            author: p.author.clone(),
            from_owner: p.from_owner.clone(),
            from_database: p.from_database.clone(),
            from_branch: p.from_branch.clone(),
            to_owner: p.to_owner.clone(),
            to_database: p.to_database.clone(),
            to_branch: p.to_branch.clone(),
            created_at: p.created_at.clone(),
            description: p.description.clone(),
        }
    }
}

/// List of pull requests.
pub fn pulls(items: &[dolthub::models::Pull]) -> Out {
    let views: Vec<PullView> = items.iter().map(PullView::from).collect();
    let mut t = Table::new(["id", "state", "title", "author", "created_at"]);
    for v in &views {
        t.row([
            v.id.clone(),
            v.state.clone(),
            v.title.clone(),
            v.author.clone(),
            v.created_at.clone(),
        ]);
    }
    Out::list(&views, "pulls", t, "No pull requests.")
}

/// Detail view of one pull request.
pub fn pull(p: &dolthub::models::Pull) -> Out {
    let v = PullView::from(p);
    let from = branch_label(&v.from_owner, &v.from_database, &v.from_branch, p);
    let to = branch_label(&v.to_owner, &v.to_database, &v.to_branch, p);
    let fields = vec![
        ("id", v.id.clone()),
        ("title", v.title.clone()),
        ("state", v.state.clone()),
        ("author", v.author.clone()),
        ("from", from),
        ("to", to),
        ("created", v.created_at.clone()),
        ("description", v.description.clone()),
    ];
    Out::record(&v, fields)
}

/// `branch`, or `owner/db:branch` when the branch lives in another database.
fn branch_label(owner: &str, db: &str, branch: &str, p: &dolthub::models::Pull) -> String {
    let same = (owner.is_empty() || owner == p.owner) && (db.is_empty() || db == p.database);
    if same {
        branch.to_owned()
    } else {
        format!("{owner}/{db}:{branch}")
    }
}

/// A job.
#[derive(Debug, Serialize)]
pub struct JobView {
    /// Id.
    pub id: String,
    /// `Import`, `Merge`, ...
    pub job_type: String,
    /// `Pending`, `Running`, `Succeeded`, `Failed`.
    pub status: String,
    /// Who started it.
    pub creator: String,
    /// Description.
    pub description: String,
    /// Creation time.
    pub created_at: String,
    /// Error text of a failed job.
    pub error: String,
}

impl From<&dolthub::models::Job> for JobView {
    fn from(j: &dolthub::models::Job) -> Self {
        JobView {
            id: j.id.clone(),
            job_type: j.job_type.as_str().to_owned(),
            status: j.status.as_str().to_owned(),
            creator: j.creator.clone(),
            description: j.description.clone(),
            created_at: j.created_at.clone(),
            error: j.error.clone(),
        }
    }
}

/// List of jobs.
pub fn jobs(items: &[dolthub::models::Job]) -> Out {
    let views: Vec<JobView> = items.iter().map(JobView::from).collect();
    let mut t = Table::new(["id", "type", "status", "created_at", "description"]);
    for v in &views {
        let desc = if v.error.is_empty() {
            v.description.clone()
        } else {
            format!("{} (error: {})", v.description, v.error)
        };
        t.row([
            short_id(&v.id).to_owned(),
            v.job_type.clone(),
            v.status.clone(),
            v.created_at.clone(),
            desc,
        ]);
    }
    Out::list(&views, "jobs", t, "No jobs.")
}

/// The last segment of a job or operation path (`.../jobs/<uuid>` → `<uuid>`);
/// `job watch` accepts it.
pub fn short_id(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

/// A user operation.
#[derive(Debug, Serialize)]
pub struct OperationView {
    /// Name.
    pub name: String,
    /// `SqlWrite`, `Import`, ...
    pub operation_type: String,
    /// `Pending`, `Running`, `Succeeded`, `Failed`.
    pub status: String,
    /// Who started it.
    pub creator: String,
    /// Description.
    pub description: String,
    /// Creation time.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
    /// Error text.
    pub error: String,
    /// Metadata as the server sent it.
    pub metadata: String,
}

impl From<&dolthub::models::UserOperation> for OperationView {
    fn from(o: &dolthub::models::UserOperation) -> Self {
        OperationView {
            name: o.name.clone(),
            operation_type: o.operation_type.as_str().to_owned(),
            status: o.status.as_str().to_owned(),
            creator: o.creator.clone(),
            description: o.description.clone(),
            created_at: o.created_at.clone(),
            updated_at: o.updated_at.clone(),
            error: o.error.clone(),
            metadata: o.metadata.clone(),
        }
    }
}

/// List of operations.
pub fn operations(items: &[dolthub::models::UserOperation]) -> Out {
    let views: Vec<OperationView> = items.iter().map(OperationView::from).collect();
    let mut t = Table::new(["name", "type", "status", "created_at", "description"]);
    for v in &views {
        t.row([
            short_id(&v.name).to_owned(),
            v.operation_type.clone(),
            v.status.clone(),
            v.created_at.clone(),
            v.description.clone(),
        ]);
    }
    Out::list(&views, "operations", t, "No operations.")
}

/// The current user.
#[derive(Debug, Serialize)]
pub struct UserView {
    /// Login.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// Primary e-mail address (empty when none is primary).
    pub email: String,
    /// Bio.
    pub bio: String,
    /// Location.
    pub location: String,
    /// URL.
    pub url: String,
}

/// `user` output.
pub fn user(u: &dolthub::models::User) -> Out {
    let v = UserView {
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        email: u.primary_email().unwrap_or_default().to_owned(),
        bio: u.bio.clone(),
        location: u.location.clone(),
        url: u.url.clone(),
    };
    let mut fields = vec![("username", v.username.clone())];
    for (k, val) in [
        ("name", &v.display_name),
        ("email", &v.email),
        ("bio", &v.bio),
        ("location", &v.location),
        ("url", &v.url),
    ] {
        if !val.is_empty() {
            fields.push((k, val.clone()));
        }
    }
    Out::record(&v, fields)
}

/// A database in a fork network.
#[derive(Debug, Serialize)]
pub struct ForkView {
    /// Owner.
    pub owner: String,
    /// Name.
    pub database: String,
}

/// `fork list` output.
#[derive(Debug, Serialize)]
pub struct ForkNetworkView {
    /// The database asked about (`owner/name`).
    pub database: String,
    /// Its parent (`owner/name`), empty at the root.
    pub parent: String,
    /// The network's root (`owner/name`).
    pub root: String,
    /// Forks in the network, root excluded (as reported by the server).
    pub fork_count: i64,
    /// The forks listed (at most --limit).
    pub forks: Vec<ForkView>,
}

/// `fork list` output.
pub fn fork_network(n: &dolthub::models::ForkNetwork, limit: usize) -> Out {
    let join = |o: &str, d: &str| {
        if o.is_empty() && d.is_empty() {
            String::new()
        } else {
            format!("{o}/{d}")
        }
    };
    let view = ForkNetworkView {
        database: join(&n.owner, &n.database),
        parent: join(&n.parent_owner, &n.parent_database_name),
        root: join(&n.network_root_owner, &n.network_root_database_name),
        fork_count: n.fork_network_count,
        forks: n
            .forks
            .iter()
            .take(limit)
            .map(|f| ForkView {
                owner: f.owner.clone(),
                database: f.database.clone(),
            })
            .collect(),
    };
    let mut t = Table::new(["fork", "owner", "database"]);
    for f in &view.forks {
        t.row([
            join(&f.owner, &f.database),
            f.owner.clone(),
            f.database.clone(),
        ]);
    }
    Out::List {
        table: t,
        json: crate::output::to_json(&view),
        empty: format!(
            "No forks of {} (network root: {}).",
            view.database,
            if view.root.is_empty() {
                &view.database
            } else {
                &view.root
            }
        ),
    }
}
