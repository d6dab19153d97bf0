//! Matching of API v2 paths. Every segment is percent-decoded on its own (so `%2F`
//! stays inside a name), except the operation id, which may arrive either as one
//! `%2F`-encoded segment or with raw slashes: both decode to the same id.

use axum::http::Method;

/// One API v2 operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ep {
    GetCurrentUser,
    CreateDatabase,
    GetDatabase,
    ListBranches,
    CreateBranch,
    ListTags,
    CreateTag,
    ListForks,
    CreateFork,
    ListReleases,
    CreateRelease,
    RunSqlReadQuery,
    RunSqlReadQueryPost,
    RunSqlWriteQuery,
    ListPulls,
    CreatePull,
    GetPull,
    UpdatePull,
    ListPullComments,
    CreatePullComment,
    MergePull,
    CreateImportUpload,
    CreateImport,
    ListOperations,
    GetOperation,
}

impl Ep {
    /// Operations that anonymous callers may use on public databases.
    pub(crate) fn optional_auth(self) -> bool {
        matches!(
            self,
            Ep::GetDatabase
                | Ep::GetPull
                | Ep::RunSqlReadQuery
                | Ep::RunSqlReadQueryPost
                | Ep::ListBranches
                | Ep::ListTags
                | Ep::ListForks
                | Ep::ListReleases
                | Ep::ListPulls
                | Ep::ListPullComments
                | Ep::ListOperations
        )
    }
}

/// A matched route with its decoded path parameters (empty when the route has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Route {
    pub ep: Ep,
    pub owner: String,
    pub db: String,
    /// `pull_number` as sent (validated by the handler).
    pub pull: String,
    /// `operation_id`, decoded.
    pub op_id: String,
}

/// Why no route matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoRoute {
    NotFound,
    MethodNotAllowed(&'static str),
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Matches a method and a raw (percent-encoded) path below `/api/v2`.
pub(crate) fn match_route(method: &Method, path: &str) -> Result<Route, NoRoute> {
    let rest = path.strip_prefix("/api/v2/").ok_or(NoRoute::NotFound)?;
    let raw: Vec<&str> = rest.split('/').collect();
    let segs: Vec<String> = raw.iter().map(|s| decode(s)).collect();
    if segs.iter().any(String::is_empty) {
        return Err(NoRoute::NotFound);
    }
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    let m = method;
    let pick = |choices: &[(Method, Ep)], allow: &'static str| -> Result<Ep, NoRoute> {
        choices
            .iter()
            .find(|(cm, _)| cm == m)
            .map(|(_, ep)| *ep)
            .ok_or(NoRoute::MethodNotAllowed(allow))
    };
    let route = |ep: Ep| Route {
        ep,
        owner: String::new(),
        db: String::new(),
        pull: String::new(),
        op_id: String::new(),
    };
    let in_db = |ep: Ep, o: &str, d: &str| Route {
        owner: o.to_string(),
        db: d.to_string(),
        ..route(ep)
    };
    use Method as M;
    match s.as_slice() {
        ["user"] => Ok(route(pick(&[(M::GET, Ep::GetCurrentUser)], "GET")?)),
        ["databases"] => Ok(route(pick(&[(M::POST, Ep::CreateDatabase)], "POST")?)),
        ["operations", _, ..] => {
            let ep = pick(&[(M::GET, Ep::GetOperation)], "GET")?;
            Ok(Route {
                op_id: segs[1..].join("/"),
                ..route(ep)
            })
        }
        ["databases", o, d, tail @ ..] => {
            let ep = match tail {
                [] => pick(&[(M::GET, Ep::GetDatabase)], "GET")?,
                ["branches"] => pick(
                    &[(M::GET, Ep::ListBranches), (M::POST, Ep::CreateBranch)],
                    "GET, POST",
                )?,
                ["tags"] => pick(
                    &[(M::GET, Ep::ListTags), (M::POST, Ep::CreateTag)],
                    "GET, POST",
                )?,
                ["forks"] => pick(
                    &[(M::GET, Ep::ListForks), (M::POST, Ep::CreateFork)],
                    "GET, POST",
                )?,
                ["releases"] => pick(
                    &[(M::GET, Ep::ListReleases), (M::POST, Ep::CreateRelease)],
                    "GET, POST",
                )?,
                ["sql"] => pick(
                    &[
                        (M::GET, Ep::RunSqlReadQuery),
                        (M::POST, Ep::RunSqlReadQueryPost),
                    ],
                    "GET, POST",
                )?,
                ["sql-writes"] => pick(&[(M::POST, Ep::RunSqlWriteQuery)], "POST")?,
                ["pulls"] => pick(
                    &[(M::GET, Ep::ListPulls), (M::POST, Ep::CreatePull)],
                    "GET, POST",
                )?,
                ["imports"] => pick(&[(M::POST, Ep::CreateImport)], "POST")?,
                ["imports", "uploads"] => pick(&[(M::POST, Ep::CreateImportUpload)], "POST")?,
                ["operations"] => pick(&[(M::GET, Ep::ListOperations)], "GET")?,
                ["pulls", n, more @ ..] => {
                    let ep = match more {
                        [] => pick(
                            &[(M::GET, Ep::GetPull), (M::PATCH, Ep::UpdatePull)],
                            "GET, PATCH",
                        )?,
                        ["comments"] => pick(
                            &[
                                (M::GET, Ep::ListPullComments),
                                (M::POST, Ep::CreatePullComment),
                            ],
                            "GET, POST",
                        )?,
                        ["merge"] => pick(&[(M::POST, Ep::MergePull)], "POST")?,
                        _ => return Err(NoRoute::NotFound),
                    };
                    return Ok(Route {
                        pull: n.to_string(),
                        ..in_db(ep, o, d)
                    });
                }
                _ => return Err(NoRoute::NotFound),
            };
            Ok(in_db(ep, o, d))
        }
        _ => Err(NoRoute::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_decode_segments_and_operation_ids() {
        let r = match_route(&Method::GET, "/api/v2/databases/o/d%2Fx/branches").unwrap();
        assert_eq!(
            (r.ep, r.owner.as_str(), r.db.as_str()),
            (Ep::ListBranches, "o", "d/x")
        );
        let a = match_route(&Method::GET, "/api/v2/operations/merge%2Fo%2Fd%2Fabc").unwrap();
        let b = match_route(&Method::GET, "/api/v2/operations/merge/o/d/abc").unwrap();
        assert_eq!(a.op_id, "merge/o/d/abc");
        assert_eq!(a, b);
        let p = match_route(&Method::POST, "/api/v2/databases/o/d/pulls/7/merge").unwrap();
        assert_eq!((p.ep, p.pull.as_str()), (Ep::MergePull, "7"));
        assert_eq!(
            match_route(&Method::POST, "/api/v2/databases/o/d/imports/uploads")
                .unwrap()
                .ep,
            Ep::CreateImportUpload
        );
        assert_eq!(
            match_route(&Method::DELETE, "/api/v2/databases/o/d/pulls/1"),
            Err(NoRoute::MethodNotAllowed("GET, PATCH"))
        );
        assert_eq!(
            match_route(&Method::GET, "/api/v2/operations"),
            Err(NoRoute::NotFound)
        );
        assert_eq!(
            match_route(&Method::GET, "/api/v2/databases/o/d/nope"),
            Err(NoRoute::NotFound)
        );
        assert_eq!(
            match_route(&Method::GET, "/api/v2/databases//d"),
            Err(NoRoute::NotFound)
        );
    }
}
