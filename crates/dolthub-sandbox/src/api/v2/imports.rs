//! Presigned imports: `createImportUpload` opens an upload session on the sandbox's
//! storage endpoint ([`super::storage`]); `createImport` checks the completed parts
//! (ETags, sizes, `file_parts_md5`), joins them and starts the shared import job.

use super::problem::Problem;
use super::storage::{Session, now_ms};
use super::{Call, Reply, V2Result, body, non_empty};
use crate::import::{FileType, ImportOp};
use crate::jobs::{self, ImportWork, Work};
use crate::state::OpKind;
use axum::body::Body;
use dolthub_api::v2::types as t;
use md5::{Digest, Md5};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Most parts one upload may have.
const MAX_PARTS: u32 = 10_000;
const FILE_TYPES: [&str; 6] = ["csv", "psv", "xlsx", "json", "sql", "yaml"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateUpload {
    content_length: u64,
    num_parts: u32,
    file_type: String,
}

pub(crate) async fn create_upload(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    let user = call.user()?;
    let req: CreateUpload = body(b).await?;
    {
        let st = call.lock();
        call.writable(&st, o, d)?;
    }
    let max = call.shared.cfg.v2.max_import_bytes;
    if req.content_length == 0 || req.content_length > max {
        return Err(Problem::bad(format!(
            "content_length must be between 1 and {max} bytes"
        )));
    }
    if req.num_parts == 0
        || req.num_parts > MAX_PARTS
        || u64::from(req.num_parts) > req.content_length
    {
        return Err(Problem::bad(format!(
            "num_parts must be between 1 and {MAX_PARTS} and not exceed content_length"
        )));
    }
    if !FILE_TYPES.contains(&req.file_type.as_str()) {
        return Err(Problem::bad(format!(
            "file_type must be one of {}",
            FILE_TYPES.join(", ")
        )));
    }
    let dir = tempfile::tempdir()
        .map_err(|e| Problem::internal(format!("cannot open upload storage: {e}")))?;
    let id = crate::util::uuid().replace('-', "");
    let ttl = call.shared.cfg.v2.upload_url_ttl.as_millis() as u64;
    let session = Session {
        token: format!("upl_{}", crate::util::uuid().replace('-', "")),
        contents_key: format!("uploads/{o}/{d}/{id}"),
        id: id.clone(),
        owner: o.to_string(),
        db: d.to_string(),
        user,
        file_type: req.file_type,
        content_length: req.content_length,
        num_parts: req.num_parts,
        expires_ms: now_ms().saturating_add(ttl),
        dir,
        parts: BTreeMap::new(),
    };
    let uploads = &call.shared.v2_uploads;
    let parts = (1..=session.num_parts)
        .filter_map(|n| {
            Some(t::ImportUploadPart {
                part_number: std::num::NonZeroU64::new(u64::from(n))?,
                url: uploads.part_url(&call.base_url, &session, n),
            })
        })
        .collect();
    let data = serde_json::to_value(t::ImportUpload {
        token: session.token.clone(),
        contents_key: session.contents_key.clone(),
        parts,
        http_method: "PUT".into(),
        headers: std::collections::HashMap::from([(
            super::storage::SESSION_HEADER.to_string(),
            vec![id],
        )]),
    })
    .map_err(|e| Problem::internal(e.to_string()))?;
    uploads.insert(session);
    Ok(Reply::created(data))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompletedPart {
    part_number: u32,
    etag: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateImport {
    branch_name: String,
    table_name: String,
    file_name: String,
    file_size: u64,
    file_type: String,
    import_operation: String,
    token: String,
    contents_key: String,
    completed_parts: Vec<CompletedPart>,
    file_parts_md5: String,
    primary_keys: Vec<String>,
    #[serde(default)]
    commit_message: Option<String>,
    #[serde(default)]
    pull_request_branch_name: Option<String>,
    #[serde(default)]
    column_map: Option<BTreeMap<String, String>>,
}

/// `base64(MD5(base64(MD5(part 1)) + base64(MD5(part 2)) + ...))`, as `dh` computes it.
pub(crate) fn parts_md5<'a>(part_md5s: impl Iterator<Item = &'a [u8; 16]>) -> String {
    let mut outer = Md5::new();
    for m in part_md5s {
        outer.update(crate::util::b64_encode(m).as_bytes());
    }
    let digest: [u8; 16] = outer.finalize().into();
    crate::util::b64_encode(&digest)
}

fn file_type(t: &str) -> Result<FileType, Problem> {
    match t {
        "csv" => Ok(FileType::Csv),
        "psv" => Ok(FileType::Psv),
        "json" => Ok(FileType::Json),
        "sql" => Ok(FileType::Sql),
        "yaml" => Ok(FileType::Yaml),
        "xlsx" => Ok(FileType::Xlsx),
        other => Err(Problem::bad(format!(
            "file_type must be one of {}, not {other:?}",
            FILE_TYPES.join(", ")
        ))),
    }
}

/// v2 operation names onto the sandbox's import modes, which mean the same on both
/// versions: `overwrite` swaps the whole table out (schema and rows), `replace` keeps the
/// schema, empties the table and inserts.
fn import_op(op: &str) -> Result<ImportOp, Problem> {
    match op {
        "create" => Ok(ImportOp::Create),
        "update" => Ok(ImportOp::Update),
        "overwrite" => Ok(ImportOp::Overwrite),
        "replace" => Ok(ImportOp::Replace),
        other => Err(Problem::bad(format!(
            "import_operation must be create, overwrite, update or replace, not {other:?}"
        ))),
    }
}

/// Joins the parts into one file, renaming header columns by `column_map` (CSV/PSV).
fn assemble(
    paths: Vec<std::path::PathBuf>,
    ft: FileType,
    column_map: &BTreeMap<String, String>,
) -> Result<tempfile::TempPath, String> {
    let mut joined = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    for p in &paths {
        let mut part = std::fs::File::open(p).map_err(|e| e.to_string())?;
        std::io::copy(&mut part, &mut joined).map_err(|e| e.to_string())?;
    }
    joined.flush().map_err(|e| e.to_string())?;
    if column_map.is_empty() {
        return Ok(joined.into_temp_path());
    }
    let delimiter = if ft == FileType::Psv { b'|' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_path(joined.path())
        .map_err(|e| e.to_string())?;
    let mapped = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_writer(mapped.as_file());
        for (i, record) in reader.records().enumerate() {
            let record =
                record.map_err(|e| format!("the file is not valid delimited text: {e}"))?;
            if i == 0 {
                let header: Vec<&str> = record
                    .iter()
                    .map(|c| column_map.get(c).map_or(c, String::as_str))
                    .collect();
                writer.write_record(&header).map_err(|e| e.to_string())?;
            } else {
                writer.write_record(&record).map_err(|e| e.to_string())?;
            }
        }
        writer.flush().map_err(|e| e.to_string())?;
    }
    Ok(mapped.into_temp_path())
}

pub(crate) async fn create_import(call: &Call, o: &str, d: &str, b: Body) -> V2Result {
    let user = call.user()?;
    let req: CreateImport = body(b).await?;
    for (name, value) in [
        ("branch_name", &req.branch_name),
        ("table_name", &req.table_name),
        ("file_name", &req.file_name),
        ("token", &req.token),
        ("contents_key", &req.contents_key),
        ("file_parts_md5", &req.file_parts_md5),
    ] {
        non_empty(name, value)?;
    }
    let ft = file_type(&req.file_type)?;
    let op = import_op(&req.import_operation)?;
    if req.table_name.contains(['\0', '`']) {
        return Err(Problem::bad(format!(
            "invalid table name {:?}",
            req.table_name
        )));
    }
    let column_map = req.column_map.clone().unwrap_or_default();
    if !column_map.is_empty() && !matches!(ft, FileType::Csv | FileType::Psv) {
        return Err(Problem::bad(
            "the sandbox applies column_map to csv and psv files only",
        ));
    }
    if let Some(pr) = &req.pull_request_branch_name {
        non_empty("pull_request_branch_name", pr)?;
        if !crate::api::valid_ref_name(pr) {
            return Err(Problem::bad(format!("invalid branch name {pr:?}")));
        }
    }
    if req.completed_parts.is_empty() {
        return Err(Problem::bad("completed_parts must list at least one part"));
    }
    {
        let st = call.lock();
        let db = call.writable(&st, o, d)?;
        // A new database has no branch yet: its first import creates it.
        if !db.branches.is_empty() && !db.branches.contains_key(&req.branch_name) {
            return Err(Problem::not_found(format!(
                "branch {} not found in {o}/{d}",
                req.branch_name
            )));
        }
        if let Some(pr) = &req.pull_request_branch_name
            && db.branches.contains_key(pr)
        {
            return Err(Problem::bad(format!(
                "pull_request_branch_name {pr} already exists; name a new branch"
            )));
        }
    }
    // Check the session and the parts, then take the session (one import per upload).
    let session = {
        let mut all = call.shared.v2_uploads.lock();
        let s = all.values().find(|s| s.token == req.token).ok_or_else(|| {
            Problem::bad("token does not name an upload session (it may be used or expired)")
        })?;
        if s.owner != o || s.db != d || s.user != user {
            return Err(Problem::bad(
                "the upload session belongs to another database or user",
            ));
        }
        if s.contents_key != req.contents_key {
            return Err(Problem::bad(
                "contents_key does not match the upload session",
            ));
        }
        if s.file_type != req.file_type {
            return Err(Problem::bad(format!(
                "file_type {} differs from the upload session's {}",
                req.file_type, s.file_type
            )));
        }
        if req.file_size != s.content_length {
            return Err(Problem::bad(format!(
                "file_size {} differs from the upload session's content_length {}",
                req.file_size, s.content_length
            )));
        }
        let mut seen = BTreeSet::new();
        for p in &req.completed_parts {
            if p.part_number == 0 || p.part_number > s.num_parts || !seen.insert(p.part_number) {
                return Err(Problem::bad(format!(
                    "completed_parts: part {} is out of range or listed twice",
                    p.part_number
                )));
            }
            let stored = s.parts.get(&p.part_number).ok_or_else(|| {
                Problem::bad(format!("part {} was never uploaded", p.part_number))
            })?;
            if p.etag.trim_matches('"') != stored.etag.trim_matches('"') {
                return Err(Problem::bad(format!(
                    "the etag of part {} does not match the stored part",
                    p.part_number
                )));
            }
        }
        if seen.len() as u32 != s.num_parts {
            return Err(Problem::bad(format!(
                "completed_parts lists {} of the upload's {} parts",
                seen.len(),
                s.num_parts
            )));
        }
        let total: u64 = s.parts.values().map(|p| p.size).sum();
        if total != s.content_length {
            return Err(Problem::bad(format!(
                "the parts hold {total} bytes, not the declared {}",
                s.content_length
            )));
        }
        if parts_md5(s.parts.values().map(|p| &p.md5)) != req.file_parts_md5 {
            return Err(Problem::bad(
                "file_parts_md5 does not match the uploaded parts",
            ));
        }
        let id = s.id.clone();
        all.remove(&id)
            .ok_or_else(|| Problem::internal("the upload session vanished"))?
    };
    let paths: Vec<_> = (1..=session.num_parts)
        .map(|n| session.part_path(n))
        .collect();
    let file = tokio::task::spawn_blocking(move || {
        let r = assemble(paths, ft, &column_map);
        drop(session);
        r
    })
    .await
    .map_err(|e| Problem::internal(format!("joining the parts failed: {e}")))?
    .map_err(|e| Problem::bad(format!("cannot read the uploaded file: {e}")))?;
    let name = {
        let mut st = call.lock();
        let uuid = crate::util::uuid();
        jobs::new_op(
            &mut st,
            OpKind::Import,
            format!("repositoryOwners/{o}/repositories/{d}/jobs/{uuid}"),
            &uuid,
            &user,
            (o, d),
            format!("Import {} into table {}", req.file_name, req.table_name),
            vec![
                ("branch_name".into(), req.branch_name.clone()),
                ("file_name".into(), req.file_name.clone()),
                ("import_op".into(), req.import_operation.clone()),
                ("repo_name".into(), d.into()),
                ("repo_owner".into(), o.into()),
                ("table_name".into(), req.table_name.clone()),
            ],
            &req.branch_name,
        )
    };
    call.shared.dirty();
    jobs::spawn(
        call.shared.clone(),
        name.clone(),
        Work::Import(Box::new(ImportWork {
            owner: o.into(),
            db: d.into(),
            branch: req.branch_name.clone(),
            table: req.table_name.clone(),
            file_name: req.file_name.clone(),
            file_type: ft,
            op,
            primary_keys: req.primary_keys.clone(),
            file,
            author: user,
            landing: match req.pull_request_branch_name.clone() {
                Some(b) => jobs::Landing::NamedPullRequest(b),
                None => jobs::Landing::Direct,
            },
            commit_message: req.commit_message.clone(),
        })),
    );
    super::operations::accepted(call, &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_md5_follows_dh() {
        let a: [u8; 16] = Md5::digest(b"hello ").into();
        let b: [u8; 16] = Md5::digest(b"world").into();
        let mut outer = Md5::new();
        outer.update(crate::util::b64_encode(&a));
        outer.update(crate::util::b64_encode(&b));
        let want = crate::util::b64_encode(&<[u8; 16]>::from(outer.finalize()));
        assert_eq!(parts_md5([&a, &b].into_iter()), want);
        assert_ne!(parts_md5([&b, &a].into_iter()), want);
        assert!(want.ends_with("=="));
    }

    #[test]
    fn operation_names_map_to_the_sandbox_modes() {
        assert_eq!(import_op("overwrite").unwrap(), ImportOp::Overwrite);
        assert_eq!(import_op("replace").unwrap(), ImportOp::Replace);
        assert!(import_op("Create").is_err());
        assert_eq!(file_type("xlsx").unwrap(), FileType::Xlsx);
        assert!(file_type("xls").is_err());
        assert_eq!(file_type("yaml").unwrap(), FileType::Yaml);
        assert_eq!(file_type("psv").unwrap(), FileType::Psv);
    }
}
