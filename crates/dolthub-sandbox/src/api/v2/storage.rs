//! The sandbox's object storage for presigned import uploads.
//!
//! `createImportUpload` opens a session and hands out one URL per part below
//! `/storage/uploads/{session}/{part}`, signed with a per-sandbox secret and an expiry.
//! The storage route needs no API token (like a real presigned URL); it checks the
//! signature, the expiry and the headers the session told the client to replay, stores
//! the part in the session's temporary directory and answers with a quoted MD5 `ETag`.
//! Errors are S3-style XML bodies with 400/403/404, so a client's handling of an expired
//! URL can be tested for real.

use super::super::Shared;
use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use md5::{Digest, Md5};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::io::AsyncWriteExt;

/// The storage route.
pub(crate) const PREFIX_ROUTE: &str = "/storage/uploads/{session}/{part}";
/// The header every part PUT must replay (named in the session's `headers`).
pub(crate) const SESSION_HEADER: &str = "x-sandbox-upload-session";
/// How long a session outlives its URLs (room for `createImport` after the last PUT).
const SESSION_GRACE: Duration = Duration::from_secs(3600);
/// Most sessions kept at once; the oldest go first.
const MAX_SESSIONS: usize = 1000;

/// One stored part.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// `"<hex md5>"`, quotes included, as sent in the `ETag` header.
    pub etag: String,
    pub size: u64,
    pub md5: [u8; 16],
}

/// One upload session.
#[derive(Debug)]
pub(crate) struct Session {
    pub id: String,
    pub token: String,
    pub contents_key: String,
    pub owner: String,
    pub db: String,
    pub user: String,
    pub file_type: String,
    pub content_length: u64,
    pub num_parts: u32,
    /// Milliseconds since the Unix epoch after which the part URLs are refused.
    pub expires_ms: u64,
    pub dir: tempfile::TempDir,
    pub parts: BTreeMap<u32, Part>,
}

impl Session {
    pub(crate) fn part_path(&self, n: u32) -> PathBuf {
        self.dir.path().join(format!("part-{n}"))
    }
}

/// All open sessions of a sandbox.
#[derive(Debug)]
pub(crate) struct Uploads {
    secret: String,
    sessions: Mutex<HashMap<String, Session>>,
}

impl Default for Uploads {
    fn default() -> Self {
        Uploads {
            secret: crate::util::uuid(),
            sessions: Mutex::new(HashMap::new()),
        }
    }
}

pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl Uploads {
    pub(crate) fn lock(&self) -> MutexGuard<'_, HashMap<String, Session>> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn signature(&self, session: &str, part: u32, expires_ms: u64) -> String {
        crate::util::hash_id(&[
            &self.secret,
            session,
            &part.to_string(),
            &expires_ms.to_string(),
        ])
    }

    /// The presigned URL of one part.
    pub(crate) fn part_url(&self, base_url: &str, s: &Session, part: u32) -> String {
        format!(
            "{base_url}/storage/uploads/{}/{part}?expires={}&signature={}",
            s.id,
            s.expires_ms,
            self.signature(&s.id, part, s.expires_ms)
        )
    }

    /// Adds a session, dropping stale ones (and the oldest beyond the cap).
    pub(crate) fn insert(&self, s: Session) {
        let mut all = self.lock();
        let now = now_ms();
        let grace = SESSION_GRACE.as_millis() as u64;
        all.retain(|_, old| old.expires_ms.saturating_add(grace) > now);
        while all.len() >= MAX_SESSIONS {
            let oldest = all
                .values()
                .min_by_key(|x| x.expires_ms)
                .map(|x| x.id.clone());
            match oldest {
                Some(id) => all.remove(&id),
                None => break,
            };
        }
        all.insert(s.id.clone(), s);
    }
}

/// An S3-style XML error.
fn xml_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    );
    (status, [(header::CONTENT_TYPE, "application/xml")], body).into_response()
}

/// `PUT /storage/uploads/{session}/{part}?expires=&signature=`.
pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((session, part)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    req: Request,
) -> Response {
    if req.method() != axum::http::Method::PUT {
        let mut r = xml_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "only PUT is allowed on a part URL",
        );
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("PUT"));
        return r;
    }
    let uploads = &shared.v2_uploads;
    let Ok(part) = part.parse::<u32>() else {
        return xml_error(StatusCode::NOT_FOUND, "NoSuchKey", "no such part");
    };
    let expires: u64 = q.get("expires").and_then(|v| v.parse().ok()).unwrap_or(0);
    let signed = q.get("signature").map(String::as_str).unwrap_or_default();
    if signed != uploads.signature(&session, part, expires) {
        return xml_error(
            StatusCode::FORBIDDEN,
            "SignatureDoesNotMatch",
            "the URL's signature does not match",
        );
    }
    if now_ms() >= expires {
        return xml_error(StatusCode::FORBIDDEN, "AccessDenied", "Request has expired");
    }
    let replayed = req
        .headers()
        .get(SESSION_HEADER)
        .and_then(|v| v.to_str().ok());
    if replayed != Some(session.as_str()) {
        return xml_error(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "a header of the upload session's `headers` was not sent",
        );
    }
    let (path, limit) = {
        let all = uploads.lock();
        let Some(s) = all.get(&session) else {
            return xml_error(
                StatusCode::NOT_FOUND,
                "NoSuchUpload",
                "the upload session is gone",
            );
        };
        if part == 0 || part > s.num_parts {
            return xml_error(StatusCode::NOT_FOUND, "NoSuchKey", "no such part");
        }
        (s.part_path(part), s.content_length)
    };
    let tmp = path.with_extension("partial");
    let stored = store(req.into_body(), &tmp, limit).await;
    let (size, md5) = match stored {
        Ok(x) => x,
        Err(resp) => {
            let _ = tokio::fs::remove_file(&tmp).await;
            return resp;
        }
    };
    let etag = format!("\"{}\"", crate::util::hex(&md5));
    {
        let mut all = uploads.lock();
        let Some(s) = all.get_mut(&session) else {
            return xml_error(
                StatusCode::NOT_FOUND,
                "NoSuchUpload",
                "the upload session is gone",
            );
        };
        if std::fs::rename(&tmp, &path).is_err() {
            return xml_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalError",
                "cannot store the part",
            );
        }
        s.parts.insert(
            part,
            Part {
                etag: etag.clone(),
                size,
                md5,
            },
        );
    }
    let mut resp = StatusCode::OK.into_response();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    resp
}

/// Streams a part to `path`, refusing more than `limit` bytes; returns size and MD5.
async fn store(
    body: Body,
    path: &std::path::Path,
    limit: u64,
) -> Result<(u64, [u8; 16]), Response> {
    let internal = |e: std::io::Error| {
        xml_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            &format!("cannot store the part: {e}"),
        )
    };
    let mut file = tokio::fs::File::create(path).await.map_err(internal)?;
    let mut hasher = Md5::new();
    let mut size: u64 = 0;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            xml_error(
                StatusCode::BAD_REQUEST,
                "IncompleteBody",
                &format!("reading the body: {e}"),
            )
        })?;
        size += chunk.len() as u64;
        if size > limit {
            return Err(xml_error(
                StatusCode::BAD_REQUEST,
                "EntityTooLarge",
                "the part is larger than the upload's content_length",
            ));
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await.map_err(internal)?;
    }
    file.flush().await.map_err(internal)?;
    Ok((size, hasher.finalize().into()))
}
