//! Views that only API v2 can fill: `db view` (database metadata) and
//! `pr view --comments`. Kept apart from [`crate::view`], whose views work on
//! both versions.

use serde::Serialize;

use crate::output::Out;
use crate::view::PullView;

/// `db view` output.
#[derive(Debug, Serialize)]
pub struct DatabaseDetail {
    /// `owner/name`.
    pub database: String,
    /// Owner.
    pub owner: String,
    /// Name.
    pub name: String,
    /// `public` / `private`.
    pub visibility: String,
    /// Description.
    pub description: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Stars.
    pub star_count: i64,
    /// Databases in the fork network.
    pub fork_network_count: i64,
    /// Last write, RFC 3339 (empty when never written).
    pub last_write_at: String,
    /// The database it was forked from (`owner/name`), empty for an original.
    pub parent: String,
    /// The root of its fork network (`owner/name`).
    pub network_root: String,
    /// Direct forks (`owner/name`); only with `--forks`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forks: Option<Vec<String>>,
}

fn full(r: Option<&dolthub::models::DatabaseRef>) -> String {
    r.map(|r| format!("{}/{}", r.owner, r.database))
        .unwrap_or_default()
}

/// `1.5 MiB`, `12 KiB`, `900 B`.
fn human_bytes(n: i64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = n.max(0) as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// The detail view of one database, with its direct forks when asked for.
pub fn database(d: &dolthub::models::Database, forks: Option<Vec<String>>) -> Out {
    let v = DatabaseDetail {
        database: format!("{}/{}", d.owner, d.name),
        owner: d.owner.clone(),
        name: d.name.clone(),
        visibility: d.visibility.clone(),
        description: d.description.clone(),
        size_bytes: d.size_bytes,
        star_count: d.star_count,
        fork_network_count: d.fork_network_count,
        last_write_at: d.last_write_at.clone(),
        parent: full(d.parent.as_ref()),
        network_root: full(d.network_root.as_ref()),
        forks,
    };
    let mut fields = vec![
        ("database", v.database.clone()),
        ("visibility", v.visibility.clone()),
        ("description", v.description.clone()),
        ("size", human_bytes(v.size_bytes)),
        ("stars", v.star_count.to_string()),
        ("fork network", v.fork_network_count.to_string()),
        ("last write", v.last_write_at.clone()),
        ("parent", v.parent.clone()),
        ("network root", v.network_root.clone()),
    ];
    if let Some(forks) = &v.forks {
        let text = if forks.is_empty() {
            "none".to_owned()
        } else {
            forks.join(", ")
        };
        fields.push(("forks", text));
    }
    Out::record(&v, fields)
}

/// One pull-request comment.
#[derive(Debug, Serialize)]
pub struct CommentDetail {
    /// Opaque id.
    pub id: String,
    /// Who wrote it.
    pub author: String,
    /// When, RFC 3339.
    pub created_at: String,
    /// The text.
    pub body: String,
}

/// `pr view --comments` output: the pull request and its comments.
#[derive(Debug, Serialize)]
struct PullWithComments<'a> {
    #[serde(flatten)]
    pull: &'a PullView,
    comments: &'a [CommentDetail],
}

/// The detail view of a pull request followed by its comments, oldest first.
pub fn pull_with_comments(
    p: &dolthub::models::Pull,
    comments: &[dolthub::models::PullComment],
) -> Out {
    let comments: Vec<CommentDetail> = comments
        .iter()
        .map(|c| CommentDetail {
            id: c.comment_id.clone(),
            author: c.author.clone(),
            created_at: c.created_at.clone(),
            body: c.comment.clone(),
        })
        .collect();
    let Out::Record { mut fields, .. } = crate::view::pull(p) else {
        unreachable!("view::pull is a record")
    };
    fields.push(("comments".to_owned(), comments.len().to_string()));
    for (i, c) in comments.iter().enumerate() {
        let who = match (c.author.is_empty(), c.created_at.is_empty()) {
            (false, false) => format!("{} ({})", c.author, c.created_at),
            (false, true) => c.author.clone(),
            (true, false) => c.created_at.clone(),
            (true, true) => String::new(),
        };
        let text = if who.is_empty() {
            c.body.clone()
        } else {
            format!("{who}: {}", c.body)
        };
        fields.push((format!("comment {}", i + 1), text));
    }
    let view = PullView::from(p);
    Out::Record {
        fields,
        json: crate::output::to_json(&PullWithComments {
            pull: &view,
            comments: &comments,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(900), "900 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024), "3.0 MiB");
        assert_eq!(human_bytes(-1), "-1 B");
    }
}
