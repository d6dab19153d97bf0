// @generated DO NOT EDIT.
// Written by `cargo xtask regen` from openapi/dolthub-v2.yaml with progenitor 0.15.1.
// Edit the spec and run `cargo xtask regen`; `cargo xtask regen --check` fails when this file drifts.
// spec-sha256: d43a45028ed55037a1ef258109609c3336a50956ccb03118b0bfb3d9e7697cbe

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Branch`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Branch {
        pub head_commit_sha: ::std::string::String,
        ///When the head commit was made, when known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_updated_at: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
    }
    impl Branch {
        pub fn builder() -> builder::Branch {
            Default::default()
        }
    }
    ///The success envelope of `create_branch`; `data` holds one `Branch`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct BranchEnvelope {
        pub data: Branch,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl BranchEnvelope {
        pub fn builder() -> builder::BranchEnvelope {
            Default::default()
        }
    }
    ///The success envelope of `list_branches`; `data` holds an array of `Branch`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct BranchListEnvelope {
        pub data: ::std::vec::Vec<Branch>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl BranchListEnvelope {
        pub fn builder() -> builder::BranchListEnvelope {
            Default::default()
        }
    }
    ///A branch in a particular database.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct BranchRef {
        pub branch_name: ::std::string::String,
        pub database: DatabaseRef,
    }
    impl BranchRef {
        pub fn builder() -> builder::BranchRef {
            Default::default()
        }
    }
    ///Start at the head of this branch.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct BranchSource {
        pub branch: ::std::string::String,
    }
    impl BranchSource {
        pub fn builder() -> builder::BranchSource {
            Default::default()
        }
    }
    ///Start at this commit.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CommitSource {
        pub commit: ::std::string::String,
    }
    impl CommitSource {
        pub fn builder() -> builder::CommitSource {
            Default::default()
        }
    }
    ///`CompletedPart`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CompletedPart {
        ///The part response's `ETag` header exactly as sent, quotes included.
        pub etag: ::std::string::String,
        pub part_number: ::std::num::NonZeroU64,
    }
    impl CompletedPart {
        pub fn builder() -> builder::CompletedPart {
            Default::default()
        }
    }
    ///`CreateBranchRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateBranchRequest {
        pub from: RefSource,
        pub name: ::std::string::String,
    }
    impl CreateBranchRequest {
        pub fn builder() -> builder::CreateBranchRequest {
            Default::default()
        }
    }
    ///`CreateDatabaseRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateDatabaseRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Letters, digits, `-` and `_`; not starting or ending with `-`.
        pub name: ::std::string::String,
        ///The caller or an organisation the caller may create databases in.
        pub owner: ::std::string::String,
        pub visibility: Visibility,
    }
    impl CreateDatabaseRequest {
        pub fn builder() -> builder::CreateDatabaseRequest {
            Default::default()
        }
    }
    ///`CreateForkRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateForkRequest {
        ///Where the fork goes; the database name stays the same.
        pub owner: ::std::string::String,
    }
    impl CreateForkRequest {
        pub fn builder() -> builder::CreateForkRequest {
            Default::default()
        }
    }
    ///`CreateImportRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateImportRequest {
        pub branch_name: ::std::string::String,
        ///File column name to table column name.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub column_map: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_message: ::std::option::Option<::std::string::String>,
        pub completed_parts: ::std::vec::Vec<CompletedPart>,
        pub contents_key: ::std::string::String,
        pub file_name: ::std::string::String,
        ///base64(MD5(concatenation of base64(MD5(part)) for each part, in order)).
        pub file_parts_md5: ::std::string::String,
        ///Must equal the upload's `content_length`.
        pub file_size: ::std::num::NonZeroU64,
        pub file_type: ImportFileType,
        pub import_operation: ImportOperation,
        ///May be empty when the table exists.
        pub primary_keys: ::std::vec::Vec<::std::string::String>,
        ///Import onto this new branch and open a pull request into `branch_name`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_request_branch_name: ::std::option::Option<::std::string::String>,
        pub table_name: ::std::string::String,
        pub token: ::std::string::String,
    }
    impl CreateImportRequest {
        pub fn builder() -> builder::CreateImportRequest {
            Default::default()
        }
    }
    ///`CreateImportUploadRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateImportUploadRequest {
        ///The file's size in bytes.
        pub content_length: ::std::num::NonZeroU64,
        pub file_type: ImportFileType,
        ///How many parts the file will be sent in (5 MiB each in DoltHub's CLI).
        pub num_parts: ::std::num::NonZeroU64,
    }
    impl CreateImportUploadRequest {
        pub fn builder() -> builder::CreateImportUploadRequest {
            Default::default()
        }
    }
    ///`CreatePullCommentRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreatePullCommentRequest {
        ///Markdown.
        pub body: ::std::string::String,
    }
    impl CreatePullCommentRequest {
        pub fn builder() -> builder::CreatePullCommentRequest {
            Default::default()
        }
    }
    ///Open to unknown fields, unlike the other request bodies.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct CreatePullRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub from_branch: BranchRef,
        pub title: ::std::string::String,
        pub to_branch: BranchRef,
    }
    impl CreatePullRequest {
        pub fn builder() -> builder::CreatePullRequest {
            Default::default()
        }
    }
    ///`CreateReleaseRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateReleaseRequest {
        pub commit_sha: ::std::string::String,
        ///Create `tag` at `commit_sha` when it does not exist yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_tag_if_not_exists: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub tag: ::std::string::String,
        pub title: ::std::string::String,
    }
    impl CreateReleaseRequest {
        pub fn builder() -> builder::CreateReleaseRequest {
            Default::default()
        }
    }
    ///`CreateTagRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct CreateTagRequest {
        pub from: RefSource,
        ///Makes the tag annotated; omit for a lightweight tag.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
    }
    impl CreateTagRequest {
        pub fn builder() -> builder::CreateTagRequest {
            Default::default()
        }
    }
    ///A database's metadata. `parent` and `network_root` are set on forks only. The default branch is not reported. `visibility` is `public` or `private`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Database {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Forks in the whole network, not only direct ones.
        pub fork_network_count: i32,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_write_at: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        ///The root of this fork network.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_root: ::std::option::Option<DatabaseRef>,
        pub owner: ::std::string::String,
        ///The database this one was forked from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent: ::std::option::Option<DatabaseRef>,
        pub size_bytes: i64,
        pub star_count: i32,
        pub visibility: ::std::string::String,
    }
    impl Database {
        pub fn builder() -> builder::Database {
            Default::default()
        }
    }
    ///The success envelope of `create_database` and `get_database`; `data` holds one `Database`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct DatabaseEnvelope {
        pub data: Database,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl DatabaseEnvelope {
        pub fn builder() -> builder::DatabaseEnvelope {
            Default::default()
        }
    }
    ///Names a database.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct DatabaseRef {
        pub name: ::std::string::String,
        pub owner: ::std::string::String,
    }
    impl DatabaseRef {
        pub fn builder() -> builder::DatabaseRef {
            Default::default()
        }
    }
    ///The success envelope of `list_forks`; `data` holds an array of `DatabaseRef`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct DatabaseRefListEnvelope {
        pub data: ::std::vec::Vec<DatabaseRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl DatabaseRefListEnvelope {
        pub fn builder() -> builder::DatabaseRefListEnvelope {
            Default::default()
        }
    }
    ///`EmailAddress`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct EmailAddress {
        pub address: ::std::string::String,
        pub is_primary: bool,
        pub is_verified: bool,
    }
    impl EmailAddress {
        pub fn builder() -> builder::EmailAddress {
            Default::default()
        }
    }
    ///Stable machine-readable error code. Today's values are listed in `x-extensible-enum`; DoltHub adds endpoint-specific codes (such as `BRANCH_NOT_FOUND`) without a version bump, so treat unknown values as valid and fall back on the HTTP status. `OPERATION_FAILED` appears only in `Operation.error`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ErrorCode(pub ::std::string::String);
    impl ::std::ops::Deref for ErrorCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorCode> for ::std::string::String {
        fn from(value: ErrorCode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for ErrorCode {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ErrorCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`result` of a succeeded `fork`: the new database.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ForkResult {
        pub database: DatabaseRef,
    }
    impl ForkResult {
        pub fn builder() -> builder::ForkResult {
            Default::default()
        }
    }
    ///The uploaded file's format. DoltHub's CLI accepts `json` only with `update` or `replace`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum ImportFileType {
        #[serde(rename = "csv")]
        Csv,
        #[serde(rename = "psv")]
        Psv,
        #[serde(rename = "xlsx")]
        Xlsx,
        #[serde(rename = "json")]
        Json,
        #[serde(rename = "sql")]
        Sql,
        #[serde(rename = "yaml")]
        Yaml,
    }
    impl ::std::fmt::Display for ImportFileType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Csv => f.write_str("csv"),
                Self::Psv => f.write_str("psv"),
                Self::Xlsx => f.write_str("xlsx"),
                Self::Json => f.write_str("json"),
                Self::Sql => f.write_str("sql"),
                Self::Yaml => f.write_str("yaml"),
            }
        }
    }
    impl ::std::str::FromStr for ImportFileType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "csv" => Ok(Self::Csv),
                "psv" => Ok(Self::Psv),
                "xlsx" => Ok(Self::Xlsx),
                "json" => Ok(Self::Json),
                "sql" => Ok(Self::Sql),
                "yaml" => Ok(Self::Yaml),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ImportFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ImportFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`create`: a new table. `overwrite`: swap the whole table for the file. `update`: insert or update rows. `replace`: empty the table, then insert.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum ImportOperation {
        #[serde(rename = "create")]
        Create,
        #[serde(rename = "overwrite")]
        Overwrite,
        #[serde(rename = "update")]
        Update,
        #[serde(rename = "replace")]
        Replace,
    }
    impl ::std::fmt::Display for ImportOperation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Create => f.write_str("create"),
                Self::Overwrite => f.write_str("overwrite"),
                Self::Update => f.write_str("update"),
                Self::Replace => f.write_str("replace"),
            }
        }
    }
    impl ::std::str::FromStr for ImportOperation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "create" => Ok(Self::Create),
                "overwrite" => Ok(Self::Overwrite),
                "update" => Ok(Self::Update),
                "replace" => Ok(Self::Replace),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ImportOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ImportOperation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`result` of a succeeded `import`: the pull request it opened (what `pull_id` holds when no pull request was opened is not documented).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ImportResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<PullId>,
    }
    impl ImportResult {
        pub fn builder() -> builder::ImportResult {
            Default::default()
        }
    }
    ///An upload session. Before uploading, check that `token` and `contents_key` are not empty, `http_method` is `PUT`, and `parts` are numbered 1 to `num_parts`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ImportUpload {
        ///Where the file will be stored; echoed in `create_import`.
        pub contents_key: ::std::string::String,
        ///Headers to add to every part request, each with all its values.
        pub headers: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
        ///The method for the part requests.
        pub http_method: ::std::string::String,
        pub parts: ::std::vec::Vec<ImportUploadPart>,
        ///Names the session in `create_import`.
        pub token: ::std::string::String,
    }
    impl ImportUpload {
        pub fn builder() -> builder::ImportUpload {
            Default::default()
        }
    }
    ///The success envelope of `create_import_upload`; `data` holds one `ImportUpload`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ImportUploadEnvelope {
        pub data: ImportUpload,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl ImportUploadEnvelope {
        pub fn builder() -> builder::ImportUploadEnvelope {
            Default::default()
        }
    }
    ///Where to PUT one part. Open to new fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ImportUploadPart {
        pub part_number: ::std::num::NonZeroU64,
        ///Presigned; secret, short-lived, never log it.
        pub url: ::std::string::String,
    }
    impl ImportUploadPart {
        pub fn builder() -> builder::ImportUploadPart {
            Default::default()
        }
    }
    ///Always the empty object; the body itself is required.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct MergePullRequest {}
    impl MergePullRequest {
        pub fn builder() -> builder::MergePullRequest {
            Default::default()
        }
    }
    ///`result` of a succeeded `merge`: the merged pull request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct MergeResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<PullId>,
    }
    impl MergeResult {
        pub fn builder() -> builder::MergeResult {
            Default::default()
        }
    }
    ///Paging and other facts about a response. Open: new keys may appear. An absent `meta`, like an absent or empty `next_page_token`, means there are no further pages.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct Meta {
        ///Pass back as `page_token` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_token: ::std::option::Option<::std::string::String>,
    }
    impl Meta {
        pub fn builder() -> builder::Meta {
            Default::default()
        }
    }
    ///An asynchronous operation. `error` is set once it has failed, `result` once it has succeeded; `cancelable` is always false (nothing can be cancelled).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Operation {
        pub cancelable: bool,
        pub created_at: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<OperationError>,
        pub id: ::std::string::String,
        ///Outcome of a succeeded operation, shaped by `type`: `ImportResult`, `MergeResult`, `SqlWriteResult` or `ForkResult` (see `x-dolthub-result-types`). Left open here because DoltHub describes it only in prose and may add fields.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub result: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub status: OperationStatus,
        #[serde(rename = "type")]
        pub type_: OperationType,
    }
    impl Operation {
        pub fn builder() -> builder::Operation {
            Default::default()
        }
    }
    ///The success envelope of `get_operation`; `data` holds one `Operation`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct OperationEnvelope {
        pub data: Operation,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl OperationEnvelope {
        pub fn builder() -> builder::OperationEnvelope {
            Default::default()
        }
    }
    ///Why an operation failed. Any `code` may appear, not only `OPERATION_FAILED`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct OperationError {
        pub code: ErrorCode,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        pub status: i32,
        pub title: ::std::string::String,
    }
    impl OperationError {
        pub fn builder() -> builder::OperationError {
            Default::default()
        }
    }
    ///The success envelope of `list_operations`; `data` holds an array of `Operation`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct OperationListEnvelope {
        pub data: ::std::vec::Vec<Operation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl OperationListEnvelope {
        pub fn builder() -> builder::OperationListEnvelope {
            Default::default()
        }
    }
    ///Names a started operation. `id` is opaque and contains `/`; `href` is the absolute URL to poll (follow it only on the API's own origin).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct OperationRef {
        pub href: ::std::string::String,
        pub id: ::std::string::String,
    }
    impl OperationRef {
        pub fn builder() -> builder::OperationRef {
            Default::default()
        }
    }
    ///The success envelope of the four calls that start an operation; `data` holds one `OperationRef`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct OperationRefEnvelope {
        pub data: OperationRef,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl OperationRefEnvelope {
        pub fn builder() -> builder::OperationRefEnvelope {
            Default::default()
        }
    }
    ///`queued`, then `running`, then `succeeded` or `failed`. Stop polling on the last two; treat any other value as still running.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct OperationStatus(pub ::std::string::String);
    impl ::std::ops::Deref for OperationStatus {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OperationStatus> for ::std::string::String {
        fn from(value: OperationStatus) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for OperationStatus {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for OperationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for OperationStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///What an operation does. `dolt_ci` jobs are listed but no v2 call starts them.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct OperationType(pub ::std::string::String);
    impl ::std::ops::Deref for OperationType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OperationType> for ::std::string::String {
        fn from(value: OperationType) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for OperationType {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for OperationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for OperationType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///RFC 9457 problem details, the body of every non-2xx answer. Open: extra keys may appear. `request_id` is a bare UUID on the live service (`req_`-prefixed in DoltHub's examples): never parse it. `type` is opaque (the live service sends a documentation URL, not `about:blank`); `instance` is usually the request path as sent.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Problem {
        pub code: ErrorCode,
        ///What went wrong in this occurrence.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///The request this problem is about, usually its path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instance: ::std::option::Option<::std::string::String>,
        ///Identifier for support.
        pub request_id: ::std::string::String,
        ///The HTTP status, repeated.
        pub status: i32,
        ///Short human summary.
        pub title: ::std::string::String,
        ///A URI naming the kind of problem; opaque.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    ///A pull request with both ends.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Pull {
        pub created_at: ::std::string::String,
        pub creator: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub from_branch: BranchRef,
        pub pull_number: i64,
        pub state: PullState,
        pub title: ::std::string::String,
        pub to_branch: BranchRef,
    }
    impl Pull {
        pub fn builder() -> builder::Pull {
            Default::default()
        }
    }
    ///`PullComment`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullComment {
        pub author: ::std::string::String,
        ///Markdown.
        pub body: ::std::string::String,
        ///Opaque.
        pub comment_id: ::std::string::String,
        pub created_at: ::std::string::String,
        pub updated_at: ::std::string::String,
    }
    impl PullComment {
        pub fn builder() -> builder::PullComment {
            Default::default()
        }
    }
    ///The success envelope of `create_pull_comment`; `data` holds one `PullComment`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullCommentEnvelope {
        pub data: PullComment,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl PullCommentEnvelope {
        pub fn builder() -> builder::PullCommentEnvelope {
            Default::default()
        }
    }
    ///The success envelope of `list_pull_comments`; `data` holds an array of `PullComment`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullCommentListEnvelope {
        pub data: ::std::vec::Vec<PullComment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl PullCommentListEnvelope {
        pub fn builder() -> builder::PullCommentListEnvelope {
            Default::default()
        }
    }
    ///The success envelope of `create_pull`, `get_pull` and `update_pull`; `data` holds one `Pull`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullEnvelope {
        pub data: Pull,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl PullEnvelope {
        pub fn builder() -> builder::PullEnvelope {
            Default::default()
        }
    }
    ///A pull request number. DoltHub does not say whether `result.pull_id` is a JSON number or a string; accept both.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum PullId {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for PullId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for PullId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///A pull request's state.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct PullState(pub ::std::string::String);
    impl ::std::ops::Deref for PullState {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PullState> for ::std::string::String {
        fn from(value: PullState) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for PullState {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PullState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PullState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///A pull request as lists show it (no branches).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullSummary {
        pub created_at: ::std::string::String,
        ///Username of the author.
        pub creator: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub pull_number: i64,
        pub state: PullState,
        pub title: ::std::string::String,
    }
    impl PullSummary {
        pub fn builder() -> builder::PullSummary {
            Default::default()
        }
    }
    ///The success envelope of `list_pulls`; `data` holds an array of `PullSummary`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PullSummaryListEnvelope {
        pub data: ::std::vec::Vec<PullSummary>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl PullSummaryListEnvelope {
        pub fn builder() -> builder::PullSummaryListEnvelope {
            Default::default()
        }
    }
    ///`QueryColumn`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct QueryColumn {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_primary_key: ::std::option::Option<bool>,
        pub name: ::std::string::String,
        ///Empty for computed columns.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_table: ::std::option::Option<::std::string::String>,
        ///The SQL type as free text (`longtext`, `int`, `VARCHAR(255)`); the live service writes it in lower case. Compare case-insensitively.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl QueryColumn {
        pub fn builder() -> builder::QueryColumn {
            Default::default()
        }
    }
    ///The outcome of a read. `status` is one of `success`, `error`, `timeout`, `row_limit` or `not_workspace` (not explained by DoltHub); treat unknown values like `error`. Only `success` promises complete `rows`. Each row has one cell per column, in column order; cells are strings, `null` for SQL NULL, `<binary>` for BLOBs. The live service omits `message` and `warnings` on success.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct QueryResult {
        pub columns: ::std::vec::Vec<QueryColumn>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        pub rows: ::std::vec::Vec<
            ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        >,
        pub status: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub warnings: ::std::vec::Vec<::std::string::String>,
    }
    impl QueryResult {
        pub fn builder() -> builder::QueryResult {
            Default::default()
        }
    }
    ///The success envelope of both SQL reads; `data` holds one `QueryResult`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct QueryResultEnvelope {
        pub data: QueryResult,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl QueryResultEnvelope {
        pub fn builder() -> builder::QueryResultEnvelope {
            Default::default()
        }
    }
    ///Where a new branch or tag points; exactly one of the two forms.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum RefSource {
        BranchSource(BranchSource),
        CommitSource(CommitSource),
    }
    impl ::std::convert::From<BranchSource> for RefSource {
        fn from(value: BranchSource) -> Self {
            Self::BranchSource(value)
        }
    }
    impl ::std::convert::From<CommitSource> for RefSource {
        fn from(value: CommitSource) -> Self {
            Self::CommitSource(value)
        }
    }
    ///`Release`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Release {
        pub commit_sha: ::std::string::String,
        pub created_at: ::std::string::String,
        ///Markdown release notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub tag: ::std::string::String,
        pub title: ::std::string::String,
        pub updated_at: ::std::string::String,
    }
    impl Release {
        pub fn builder() -> builder::Release {
            Default::default()
        }
    }
    ///The success envelope of `create_release`; `data` holds one `Release`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ReleaseEnvelope {
        pub data: Release,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl ReleaseEnvelope {
        pub fn builder() -> builder::ReleaseEnvelope {
            Default::default()
        }
    }
    ///The success envelope of `list_releases`; `data` holds an array of `Release`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ReleaseListEnvelope {
        pub data: ::std::vec::Vec<Release>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl ReleaseListEnvelope {
        pub fn builder() -> builder::ReleaseListEnvelope {
            Default::default()
        }
    }
    ///`SqlReadRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct SqlReadRequest {
        ///Row cap; default 1000, reduced to the server's maximum.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<::std::num::NonZeroU64>,
        pub q: ::std::string::String,
        ///Branch, tag or commit (32 characters of `0-9a-v` read as a commit).
        #[serde(rename = "ref")]
        pub ref_: ::std::string::String,
        ///Time budget; default 30000, at most 60000.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timeout_ms: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl SqlReadRequest {
        pub fn builder() -> builder::SqlReadRequest {
            Default::default()
        }
    }
    ///`SqlWriteRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct SqlWriteRequest {
        ///Merged into `to_branch` after the write; `to_branch` is cut from it when missing.
        pub from_branch: ::std::string::String,
        ///One SQL statement.
        pub q: ::std::string::String,
        ///The branch the statement runs on.
        pub to_branch: ::std::string::String,
    }
    impl SqlWriteRequest {
        pub fn builder() -> builder::SqlWriteRequest {
            Default::default()
        }
    }
    ///`result` of a succeeded `sql_write`: the commit the write made.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct SqlWriteResult {
        pub commit_sha: ::std::string::String,
    }
    impl SqlWriteResult {
        pub fn builder() -> builder::SqlWriteResult {
            Default::default()
        }
    }
    ///A named commit. `message` and `tagged_at` appear on annotated tags only.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Tag {
        pub commit_sha: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tagged_at: ::std::option::Option<::std::string::String>,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///The success envelope of `create_tag`; `data` holds one `Tag`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TagEnvelope {
        pub data: Tag,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl TagEnvelope {
        pub fn builder() -> builder::TagEnvelope {
            Default::default()
        }
    }
    ///The success envelope of `list_tags`; `data` holds an array of `Tag`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TagListEnvelope {
        pub data: ::std::vec::Vec<Tag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl TagListEnvelope {
        pub fn builder() -> builder::TagListEnvelope {
            Default::default()
        }
    }
    ///Send at least one field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct UpdatePullRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Close or reopen; merging is a separate call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<UpdatePullRequestState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl UpdatePullRequest {
        pub fn builder() -> builder::UpdatePullRequest {
            Default::default()
        }
    }
    ///Close or reopen; merging is a separate call.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum UpdatePullRequestState {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "closed")]
        Closed,
    }
    impl ::std::fmt::Display for UpdatePullRequestState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Closed => f.write_str("closed"),
            }
        }
    }
    impl ::std::str::FromStr for UpdatePullRequestState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "closed" => Ok(Self::Closed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdatePullRequestState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdatePullRequestState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A DoltHub account. Profile strings may be empty.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bio: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        pub email_addresses: ::std::vec::Vec<EmailAddress>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Called `profile_picture_url` in v1alpha1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile_pic_url: ::std::option::Option<::std::string::String>,
        pub username: ::std::string::String,
        ///Called `url` in v1alpha1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website_url: ::std::option::Option<::std::string::String>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///The success envelope of `get_current_user`; `data` holds one `User`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct UserEnvelope {
        pub data: User,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meta: ::std::option::Option<Meta>,
    }
    impl UserEnvelope {
        pub fn builder() -> builder::UserEnvelope {
            Default::default()
        }
    }
    ///Who can read a database.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum Visibility {
        #[serde(rename = "public")]
        Public,
        #[serde(rename = "private")]
        Private,
    }
    impl ::std::fmt::Display for Visibility {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Public => f.write_str("public"),
                Self::Private => f.write_str("private"),
            }
        }
    }
    impl ::std::str::FromStr for Visibility {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "public" => Ok(Self::Public),
                "private" => Ok(Self::Private),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Visibility {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Visibility {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Branch {
            head_commit_sha: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            last_updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Branch {
            fn default() -> Self {
                Self {
                    head_commit_sha: Err(
                        "no value supplied for head_commit_sha".to_string(),
                    ),
                    last_updated_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Branch {
            pub fn head_commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.head_commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for head_commit_sha: {e}"
                        )
                    });
                self
            }
            pub fn last_updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_updated_at: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Branch> for super::Branch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Branch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    head_commit_sha: value.head_commit_sha?,
                    last_updated_at: value.last_updated_at?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Branch> for Branch {
            fn from(value: super::Branch) -> Self {
                Self {
                    head_commit_sha: Ok(value.head_commit_sha),
                    last_updated_at: Ok(value.last_updated_at),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BranchEnvelope {
            data: ::std::result::Result<super::Branch, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BranchEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl BranchEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Branch>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BranchEnvelope> for super::BranchEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BranchEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::BranchEnvelope> for BranchEnvelope {
            fn from(value: super::BranchEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BranchListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Branch>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BranchListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl BranchListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Branch>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BranchListEnvelope> for super::BranchListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BranchListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::BranchListEnvelope> for BranchListEnvelope {
            fn from(value: super::BranchListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BranchRef {
            branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            database: ::std::result::Result<super::DatabaseRef, ::std::string::String>,
        }
        impl ::std::default::Default for BranchRef {
            fn default() -> Self {
                Self {
                    branch_name: Err("no value supplied for branch_name".to_string()),
                    database: Err("no value supplied for database".to_string()),
                }
            }
        }
        impl BranchRef {
            pub fn branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_name: {e}")
                    });
                self
            }
            pub fn database<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DatabaseRef>,
                T::Error: ::std::fmt::Display,
            {
                self.database = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BranchRef> for super::BranchRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BranchRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_name: value.branch_name?,
                    database: value.database?,
                })
            }
        }
        impl ::std::convert::From<super::BranchRef> for BranchRef {
            fn from(value: super::BranchRef) -> Self {
                Self {
                    branch_name: Ok(value.branch_name),
                    database: Ok(value.database),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BranchSource {
            branch: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BranchSource {
            fn default() -> Self {
                Self {
                    branch: Err("no value supplied for branch".to_string()),
                }
            }
        }
        impl BranchSource {
            pub fn branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BranchSource> for super::BranchSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BranchSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { branch: value.branch? })
            }
        }
        impl ::std::convert::From<super::BranchSource> for BranchSource {
            fn from(value: super::BranchSource) -> Self {
                Self { branch: Ok(value.branch) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CommitSource {
            commit: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CommitSource {
            fn default() -> Self {
                Self {
                    commit: Err("no value supplied for commit".to_string()),
                }
            }
        }
        impl CommitSource {
            pub fn commit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.commit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CommitSource> for super::CommitSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CommitSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { commit: value.commit? })
            }
        }
        impl ::std::convert::From<super::CommitSource> for CommitSource {
            fn from(value: super::CommitSource) -> Self {
                Self { commit: Ok(value.commit) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompletedPart {
            etag: ::std::result::Result<::std::string::String, ::std::string::String>,
            part_number: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompletedPart {
            fn default() -> Self {
                Self {
                    etag: Err("no value supplied for etag".to_string()),
                    part_number: Err("no value supplied for part_number".to_string()),
                }
            }
        }
        impl CompletedPart {
            pub fn etag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.etag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for etag: {e}")
                    });
                self
            }
            pub fn part_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.part_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for part_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompletedPart> for super::CompletedPart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompletedPart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    etag: value.etag?,
                    part_number: value.part_number?,
                })
            }
        }
        impl ::std::convert::From<super::CompletedPart> for CompletedPart {
            fn from(value: super::CompletedPart) -> Self {
                Self {
                    etag: Ok(value.etag),
                    part_number: Ok(value.part_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBranchRequest {
            from: ::std::result::Result<super::RefSource, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateBranchRequest {
            fn default() -> Self {
                Self {
                    from: Err("no value supplied for from".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateBranchRequest {
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefSource>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBranchRequest>
        for super::CreateBranchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBranchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBranchRequest> for CreateBranchRequest {
            fn from(value: super::CreateBranchRequest) -> Self {
                Self {
                    from: Ok(value.from),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateDatabaseRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
            visibility: ::std::result::Result<super::Visibility, ::std::string::String>,
        }
        impl ::std::default::Default for CreateDatabaseRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    visibility: Err("no value supplied for visibility".to_string()),
                }
            }
        }
        impl CreateDatabaseRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Visibility>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateDatabaseRequest>
        for super::CreateDatabaseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateDatabaseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    owner: value.owner?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::CreateDatabaseRequest>
        for CreateDatabaseRequest {
            fn from(value: super::CreateDatabaseRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateForkRequest {
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateForkRequest {
            fn default() -> Self {
                Self {
                    owner: Err("no value supplied for owner".to_string()),
                }
            }
        }
        impl CreateForkRequest {
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateForkRequest> for super::CreateForkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateForkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { owner: value.owner? })
            }
        }
        impl ::std::convert::From<super::CreateForkRequest> for CreateForkRequest {
            fn from(value: super::CreateForkRequest) -> Self {
                Self { owner: Ok(value.owner) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateImportRequest {
            branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            column_map: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            commit_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            completed_parts: ::std::result::Result<
                ::std::vec::Vec<super::CompletedPart>,
                ::std::string::String,
            >,
            contents_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_parts_md5: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            file_type: ::std::result::Result<
                super::ImportFileType,
                ::std::string::String,
            >,
            import_operation: ::std::result::Result<
                super::ImportOperation,
                ::std::string::String,
            >,
            primary_keys: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            pull_request_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            table_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateImportRequest {
            fn default() -> Self {
                Self {
                    branch_name: Err("no value supplied for branch_name".to_string()),
                    column_map: Ok(Default::default()),
                    commit_message: Ok(Default::default()),
                    completed_parts: Err(
                        "no value supplied for completed_parts".to_string(),
                    ),
                    contents_key: Err("no value supplied for contents_key".to_string()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_parts_md5: Err(
                        "no value supplied for file_parts_md5".to_string(),
                    ),
                    file_size: Err("no value supplied for file_size".to_string()),
                    file_type: Err("no value supplied for file_type".to_string()),
                    import_operation: Err(
                        "no value supplied for import_operation".to_string(),
                    ),
                    primary_keys: Err("no value supplied for primary_keys".to_string()),
                    pull_request_branch_name: Ok(Default::default()),
                    table_name: Err("no value supplied for table_name".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl CreateImportRequest {
            pub fn branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_name: {e}")
                    });
                self
            }
            pub fn column_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_map = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for column_map: {e}")
                    });
                self
            }
            pub fn commit_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commit_message: {e}"
                        )
                    });
                self
            }
            pub fn completed_parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CompletedPart>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_parts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_parts: {e}"
                        )
                    });
                self
            }
            pub fn contents_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.contents_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents_key: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn file_parts_md5<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_parts_md5 = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for file_parts_md5: {e}"
                        )
                    });
                self
            }
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportFileType>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_type: {e}")
                    });
                self
            }
            pub fn import_operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportOperation>,
                T::Error: ::std::fmt::Display,
            {
                self.import_operation = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for import_operation: {e}"
                        )
                    });
                self
            }
            pub fn primary_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.primary_keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for primary_keys: {e}")
                    });
                self
            }
            pub fn pull_request_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_request_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pull_request_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_name: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateImportRequest>
        for super::CreateImportRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateImportRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_name: value.branch_name?,
                    column_map: value.column_map?,
                    commit_message: value.commit_message?,
                    completed_parts: value.completed_parts?,
                    contents_key: value.contents_key?,
                    file_name: value.file_name?,
                    file_parts_md5: value.file_parts_md5?,
                    file_size: value.file_size?,
                    file_type: value.file_type?,
                    import_operation: value.import_operation?,
                    primary_keys: value.primary_keys?,
                    pull_request_branch_name: value.pull_request_branch_name?,
                    table_name: value.table_name?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::CreateImportRequest> for CreateImportRequest {
            fn from(value: super::CreateImportRequest) -> Self {
                Self {
                    branch_name: Ok(value.branch_name),
                    column_map: Ok(value.column_map),
                    commit_message: Ok(value.commit_message),
                    completed_parts: Ok(value.completed_parts),
                    contents_key: Ok(value.contents_key),
                    file_name: Ok(value.file_name),
                    file_parts_md5: Ok(value.file_parts_md5),
                    file_size: Ok(value.file_size),
                    file_type: Ok(value.file_type),
                    import_operation: Ok(value.import_operation),
                    primary_keys: Ok(value.primary_keys),
                    pull_request_branch_name: Ok(value.pull_request_branch_name),
                    table_name: Ok(value.table_name),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateImportUploadRequest {
            content_length: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            file_type: ::std::result::Result<
                super::ImportFileType,
                ::std::string::String,
            >,
            num_parts: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateImportUploadRequest {
            fn default() -> Self {
                Self {
                    content_length: Err(
                        "no value supplied for content_length".to_string(),
                    ),
                    file_type: Err("no value supplied for file_type".to_string()),
                    num_parts: Err("no value supplied for num_parts".to_string()),
                }
            }
        }
        impl CreateImportUploadRequest {
            pub fn content_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.content_length = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_length: {e}"
                        )
                    });
                self
            }
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportFileType>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_type: {e}")
                    });
                self
            }
            pub fn num_parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.num_parts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_parts: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateImportUploadRequest>
        for super::CreateImportUploadRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateImportUploadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_length: value.content_length?,
                    file_type: value.file_type?,
                    num_parts: value.num_parts?,
                })
            }
        }
        impl ::std::convert::From<super::CreateImportUploadRequest>
        for CreateImportUploadRequest {
            fn from(value: super::CreateImportUploadRequest) -> Self {
                Self {
                    content_length: Ok(value.content_length),
                    file_type: Ok(value.file_type),
                    num_parts: Ok(value.num_parts),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullCommentRequest {
            body: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreatePullCommentRequest {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                }
            }
        }
        impl CreatePullCommentRequest {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePullCommentRequest>
        for super::CreatePullCommentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatePullCommentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { body: value.body? })
            }
        }
        impl ::std::convert::From<super::CreatePullCommentRequest>
        for CreatePullCommentRequest {
            fn from(value: super::CreatePullCommentRequest) -> Self {
                Self { body: Ok(value.body) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch: ::std::result::Result<super::BranchRef, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            to_branch: ::std::result::Result<super::BranchRef, ::std::string::String>,
        }
        impl ::std::default::Default for CreatePullRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    from_branch: Err("no value supplied for from_branch".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    to_branch: Err("no value supplied for to_branch".to_string()),
                }
            }
        }
        impl CreatePullRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn from_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BranchRef>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_branch: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn to_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BranchRef>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_branch: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePullRequest> for super::CreatePullRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatePullRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    from_branch: value.from_branch?,
                    title: value.title?,
                    to_branch: value.to_branch?,
                })
            }
        }
        impl ::std::convert::From<super::CreatePullRequest> for CreatePullRequest {
            fn from(value: super::CreatePullRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    from_branch: Ok(value.from_branch),
                    title: Ok(value.title),
                    to_branch: Ok(value.to_branch),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateReleaseRequest {
            commit_sha: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            create_tag_if_not_exists: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateReleaseRequest {
            fn default() -> Self {
                Self {
                    commit_sha: Err("no value supplied for commit_sha".to_string()),
                    create_tag_if_not_exists: Ok(Default::default()),
                    description: Ok(Default::default()),
                    tag: Err("no value supplied for tag".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl CreateReleaseRequest {
            pub fn commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_sha: {e}")
                    });
                self
            }
            pub fn create_tag_if_not_exists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_tag_if_not_exists = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for create_tag_if_not_exists: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReleaseRequest>
        for super::CreateReleaseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReleaseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_sha: value.commit_sha?,
                    create_tag_if_not_exists: value.create_tag_if_not_exists?,
                    description: value.description?,
                    tag: value.tag?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::CreateReleaseRequest> for CreateReleaseRequest {
            fn from(value: super::CreateReleaseRequest) -> Self {
                Self {
                    commit_sha: Ok(value.commit_sha),
                    create_tag_if_not_exists: Ok(value.create_tag_if_not_exists),
                    description: Ok(value.description),
                    tag: Ok(value.tag),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTagRequest {
            from: ::std::result::Result<super::RefSource, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTagRequest {
            fn default() -> Self {
                Self {
                    from: Err("no value supplied for from".to_string()),
                    message: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateTagRequest {
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefSource>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTagRequest> for super::CreateTagRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTagRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    message: value.message?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTagRequest> for CreateTagRequest {
            fn from(value: super::CreateTagRequest) -> Self {
                Self {
                    from: Ok(value.from),
                    message: Ok(value.message),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Database {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fork_network_count: ::std::result::Result<i32, ::std::string::String>,
            last_write_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            network_root: ::std::result::Result<
                ::std::option::Option<super::DatabaseRef>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent: ::std::result::Result<
                ::std::option::Option<super::DatabaseRef>,
                ::std::string::String,
            >,
            size_bytes: ::std::result::Result<i64, ::std::string::String>,
            star_count: ::std::result::Result<i32, ::std::string::String>,
            visibility: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Database {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    fork_network_count: Err(
                        "no value supplied for fork_network_count".to_string(),
                    ),
                    last_write_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    network_root: Ok(Default::default()),
                    owner: Err("no value supplied for owner".to_string()),
                    parent: Ok(Default::default()),
                    size_bytes: Err("no value supplied for size_bytes".to_string()),
                    star_count: Err("no value supplied for star_count".to_string()),
                    visibility: Err("no value supplied for visibility".to_string()),
                }
            }
        }
        impl Database {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn fork_network_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.fork_network_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fork_network_count: {e}"
                        )
                    });
                self
            }
            pub fn last_write_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_write_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_write_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn network_root<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DatabaseRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_root = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network_root: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn parent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DatabaseRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent: {e}")
                    });
                self
            }
            pub fn size_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size_bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_bytes: {e}")
                    });
                self
            }
            pub fn star_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.star_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for star_count: {e}")
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Database> for super::Database {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Database,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    fork_network_count: value.fork_network_count?,
                    last_write_at: value.last_write_at?,
                    name: value.name?,
                    network_root: value.network_root?,
                    owner: value.owner?,
                    parent: value.parent?,
                    size_bytes: value.size_bytes?,
                    star_count: value.star_count?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::Database> for Database {
            fn from(value: super::Database) -> Self {
                Self {
                    description: Ok(value.description),
                    fork_network_count: Ok(value.fork_network_count),
                    last_write_at: Ok(value.last_write_at),
                    name: Ok(value.name),
                    network_root: Ok(value.network_root),
                    owner: Ok(value.owner),
                    parent: Ok(value.parent),
                    size_bytes: Ok(value.size_bytes),
                    star_count: Ok(value.star_count),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DatabaseEnvelope {
            data: ::std::result::Result<super::Database, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DatabaseEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl DatabaseEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Database>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DatabaseEnvelope> for super::DatabaseEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DatabaseEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::DatabaseEnvelope> for DatabaseEnvelope {
            fn from(value: super::DatabaseEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DatabaseRef {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DatabaseRef {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                }
            }
        }
        impl DatabaseRef {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DatabaseRef> for super::DatabaseRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DatabaseRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    owner: value.owner?,
                })
            }
        }
        impl ::std::convert::From<super::DatabaseRef> for DatabaseRef {
            fn from(value: super::DatabaseRef) -> Self {
                Self {
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DatabaseRefListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::DatabaseRef>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DatabaseRefListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl DatabaseRefListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DatabaseRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DatabaseRefListEnvelope>
        for super::DatabaseRefListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DatabaseRefListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::DatabaseRefListEnvelope>
        for DatabaseRefListEnvelope {
            fn from(value: super::DatabaseRefListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailAddress {
            address: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_primary: ::std::result::Result<bool, ::std::string::String>,
            is_verified: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for EmailAddress {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                    is_primary: Err("no value supplied for is_primary".to_string()),
                    is_verified: Err("no value supplied for is_verified".to_string()),
                }
            }
        }
        impl EmailAddress {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn is_primary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_primary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_primary: {e}")
                    });
                self
            }
            pub fn is_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_verified: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailAddress> for super::EmailAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    is_primary: value.is_primary?,
                    is_verified: value.is_verified?,
                })
            }
        }
        impl ::std::convert::From<super::EmailAddress> for EmailAddress {
            fn from(value: super::EmailAddress) -> Self {
                Self {
                    address: Ok(value.address),
                    is_primary: Ok(value.is_primary),
                    is_verified: Ok(value.is_verified),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ForkResult {
            database: ::std::result::Result<super::DatabaseRef, ::std::string::String>,
        }
        impl ::std::default::Default for ForkResult {
            fn default() -> Self {
                Self {
                    database: Err("no value supplied for database".to_string()),
                }
            }
        }
        impl ForkResult {
            pub fn database<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DatabaseRef>,
                T::Error: ::std::fmt::Display,
            {
                self.database = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ForkResult> for super::ForkResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ForkResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { database: value.database? })
            }
        }
        impl ::std::convert::From<super::ForkResult> for ForkResult {
            fn from(value: super::ForkResult) -> Self {
                Self {
                    database: Ok(value.database),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportResult {
            pull_id: ::std::result::Result<
                ::std::option::Option<super::PullId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImportResult {
            fn default() -> Self {
                Self {
                    pull_id: Ok(Default::default()),
                }
            }
        }
        impl ImportResult {
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PullId>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImportResult> for super::ImportResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { pull_id: value.pull_id? })
            }
        }
        impl ::std::convert::From<super::ImportResult> for ImportResult {
            fn from(value: super::ImportResult) -> Self {
                Self { pull_id: Ok(value.pull_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportUpload {
            contents_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            headers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<::std::string::String>,
                >,
                ::std::string::String,
            >,
            http_method: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parts: ::std::result::Result<
                ::std::vec::Vec<super::ImportUploadPart>,
                ::std::string::String,
            >,
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ImportUpload {
            fn default() -> Self {
                Self {
                    contents_key: Err("no value supplied for contents_key".to_string()),
                    headers: Err("no value supplied for headers".to_string()),
                    http_method: Err("no value supplied for http_method".to_string()),
                    parts: Err("no value supplied for parts".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ImportUpload {
            pub fn contents_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.contents_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents_key: {e}")
                    });
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for headers: {e}")
                    });
                self
            }
            pub fn http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for http_method: {e}")
                    });
                self
            }
            pub fn parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ImportUploadPart>>,
                T::Error: ::std::fmt::Display,
            {
                self.parts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parts: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImportUpload> for super::ImportUpload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportUpload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents_key: value.contents_key?,
                    headers: value.headers?,
                    http_method: value.http_method?,
                    parts: value.parts?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ImportUpload> for ImportUpload {
            fn from(value: super::ImportUpload) -> Self {
                Self {
                    contents_key: Ok(value.contents_key),
                    headers: Ok(value.headers),
                    http_method: Ok(value.http_method),
                    parts: Ok(value.parts),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportUploadEnvelope {
            data: ::std::result::Result<super::ImportUpload, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImportUploadEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ImportUploadEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportUpload>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImportUploadEnvelope>
        for super::ImportUploadEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportUploadEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ImportUploadEnvelope> for ImportUploadEnvelope {
            fn from(value: super::ImportUploadEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportUploadPart {
            part_number: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ImportUploadPart {
            fn default() -> Self {
                Self {
                    part_number: Err("no value supplied for part_number".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ImportUploadPart {
            pub fn part_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.part_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for part_number: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImportUploadPart> for super::ImportUploadPart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportUploadPart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    part_number: value.part_number?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::ImportUploadPart> for ImportUploadPart {
            fn from(value: super::ImportUploadPart) -> Self {
                Self {
                    part_number: Ok(value.part_number),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MergePullRequest {}
        impl ::std::default::Default for MergePullRequest {
            fn default() -> Self {
                Self {}
            }
        }
        impl MergePullRequest {}
        impl ::std::convert::TryFrom<MergePullRequest> for super::MergePullRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: MergePullRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::MergePullRequest> for MergePullRequest {
            fn from(_value: super::MergePullRequest) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct MergeResult {
            pull_id: ::std::result::Result<
                ::std::option::Option<super::PullId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MergeResult {
            fn default() -> Self {
                Self {
                    pull_id: Ok(Default::default()),
                }
            }
        }
        impl MergeResult {
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PullId>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MergeResult> for super::MergeResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MergeResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { pull_id: value.pull_id? })
            }
        }
        impl ::std::convert::From<super::MergeResult> for MergeResult {
            fn from(value: super::MergeResult) -> Self {
                Self { pull_id: Ok(value.pull_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Meta {
            next_page_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Meta {
            fn default() -> Self {
                Self {
                    next_page_token: Ok(Default::default()),
                }
            }
        }
        impl Meta {
            pub fn next_page_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_page_token: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Meta> for super::Meta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Meta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next_page_token: value.next_page_token?,
                })
            }
        }
        impl ::std::convert::From<super::Meta> for Meta {
            fn from(value: super::Meta) -> Self {
                Self {
                    next_page_token: Ok(value.next_page_token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Operation {
            cancelable: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::OperationError>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::OperationStatus, ::std::string::String>,
            type_: ::std::result::Result<super::OperationType, ::std::string::String>,
        }
        impl ::std::default::Default for Operation {
            fn default() -> Self {
                Self {
                    cancelable: Err("no value supplied for cancelable".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    error: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    result: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Operation {
            pub fn cancelable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.cancelable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancelable: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OperationError>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Operation> for super::Operation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Operation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cancelable: value.cancelable?,
                    created_at: value.created_at?,
                    error: value.error?,
                    id: value.id?,
                    result: value.result?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Operation> for Operation {
            fn from(value: super::Operation) -> Self {
                Self {
                    cancelable: Ok(value.cancelable),
                    created_at: Ok(value.created_at),
                    error: Ok(value.error),
                    id: Ok(value.id),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationEnvelope {
            data: ::std::result::Result<super::Operation, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl OperationEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Operation>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OperationEnvelope> for super::OperationEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::OperationEnvelope> for OperationEnvelope {
            fn from(value: super::OperationEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationError {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i32, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OperationError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    detail: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl OperationError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OperationError> for super::OperationError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    status: value.status?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::OperationError> for OperationError {
            fn from(value: super::OperationError) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Operation>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl OperationListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Operation>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OperationListEnvelope>
        for super::OperationListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::OperationListEnvelope>
        for OperationListEnvelope {
            fn from(value: super::OperationListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationRef {
            href: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OperationRef {
            fn default() -> Self {
                Self {
                    href: Err("no value supplied for href".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl OperationRef {
            pub fn href<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.href = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for href: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<OperationRef> for super::OperationRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    href: value.href?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::OperationRef> for OperationRef {
            fn from(value: super::OperationRef) -> Self {
                Self {
                    href: Ok(value.href),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationRefEnvelope {
            data: ::std::result::Result<super::OperationRef, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationRefEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl OperationRefEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationRef>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OperationRefEnvelope>
        for super::OperationRefEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationRefEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::OperationRefEnvelope> for OperationRefEnvelope {
            fn from(value: super::OperationRefEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            instance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<i32, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    detail: Ok(Default::default()),
                    instance: Ok(Default::default()),
                    request_id: Err("no value supplied for request_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Problem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn instance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instance: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    instance: value.instance?,
                    request_id: value.request_id?,
                    status: value.status?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    instance: Ok(value.instance),
                    request_id: Ok(value.request_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pull {
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            creator: ::std::result::Result<::std::string::String, ::std::string::String>,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch: ::std::result::Result<super::BranchRef, ::std::string::String>,
            pull_number: ::std::result::Result<i64, ::std::string::String>,
            state: ::std::result::Result<super::PullState, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            to_branch: ::std::result::Result<super::BranchRef, ::std::string::String>,
        }
        impl ::std::default::Default for Pull {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    creator: Err("no value supplied for creator".to_string()),
                    description: Ok(Default::default()),
                    from_branch: Err("no value supplied for from_branch".to_string()),
                    pull_number: Err("no value supplied for pull_number".to_string()),
                    state: Err("no value supplied for state".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    to_branch: Err("no value supplied for to_branch".to_string()),
                }
            }
        }
        impl Pull {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.creator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creator: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn from_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BranchRef>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_branch: {e}")
                    });
                self
            }
            pub fn pull_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_number: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PullState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn to_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BranchRef>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_branch: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pull> for super::Pull {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pull,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    from_branch: value.from_branch?,
                    pull_number: value.pull_number?,
                    state: value.state?,
                    title: value.title?,
                    to_branch: value.to_branch?,
                })
            }
        }
        impl ::std::convert::From<super::Pull> for Pull {
            fn from(value: super::Pull) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    description: Ok(value.description),
                    from_branch: Ok(value.from_branch),
                    pull_number: Ok(value.pull_number),
                    state: Ok(value.state),
                    title: Ok(value.title),
                    to_branch: Ok(value.to_branch),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullComment {
            author: ::std::result::Result<::std::string::String, ::std::string::String>,
            body: ::std::result::Result<::std::string::String, ::std::string::String>,
            comment_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullComment {
            fn default() -> Self {
                Self {
                    author: Err("no value supplied for author".to_string()),
                    body: Err("no value supplied for body".to_string()),
                    comment_id: Err("no value supplied for comment_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl PullComment {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn comment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.comment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullComment> for super::PullComment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullComment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    body: value.body?,
                    comment_id: value.comment_id?,
                    created_at: value.created_at?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PullComment> for PullComment {
            fn from(value: super::PullComment) -> Self {
                Self {
                    author: Ok(value.author),
                    body: Ok(value.body),
                    comment_id: Ok(value.comment_id),
                    created_at: Ok(value.created_at),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullCommentEnvelope {
            data: ::std::result::Result<super::PullComment, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullCommentEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl PullCommentEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PullComment>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullCommentEnvelope>
        for super::PullCommentEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullCommentEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::PullCommentEnvelope> for PullCommentEnvelope {
            fn from(value: super::PullCommentEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullCommentListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PullComment>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullCommentListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl PullCommentListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PullComment>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullCommentListEnvelope>
        for super::PullCommentListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullCommentListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::PullCommentListEnvelope>
        for PullCommentListEnvelope {
            fn from(value: super::PullCommentListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullEnvelope {
            data: ::std::result::Result<super::Pull, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl PullEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pull>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullEnvelope> for super::PullEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::PullEnvelope> for PullEnvelope {
            fn from(value: super::PullEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullSummary {
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            creator: ::std::result::Result<::std::string::String, ::std::string::String>,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_number: ::std::result::Result<i64, ::std::string::String>,
            state: ::std::result::Result<super::PullState, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PullSummary {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    creator: Err("no value supplied for creator".to_string()),
                    description: Ok(Default::default()),
                    pull_number: Err("no value supplied for pull_number".to_string()),
                    state: Err("no value supplied for state".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl PullSummary {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.creator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creator: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn pull_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_number: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PullState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullSummary> for super::PullSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    pull_number: value.pull_number?,
                    state: value.state?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::PullSummary> for PullSummary {
            fn from(value: super::PullSummary) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    description: Ok(value.description),
                    pull_number: Ok(value.pull_number),
                    state: Ok(value.state),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullSummaryListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PullSummary>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullSummaryListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl PullSummaryListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PullSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PullSummaryListEnvelope>
        for super::PullSummaryListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullSummaryListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::PullSummaryListEnvelope>
        for PullSummaryListEnvelope {
            fn from(value: super::PullSummaryListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QueryColumn {
            is_primary_key: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            source_table: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QueryColumn {
            fn default() -> Self {
                Self {
                    is_primary_key: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    source_table: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl QueryColumn {
            pub fn is_primary_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_primary_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_primary_key: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn source_table<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_table = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_table: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueryColumn> for super::QueryColumn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueryColumn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_primary_key: value.is_primary_key?,
                    name: value.name?,
                    source_table: value.source_table?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::QueryColumn> for QueryColumn {
            fn from(value: super::QueryColumn) -> Self {
                Self {
                    is_primary_key: Ok(value.is_primary_key),
                    name: Ok(value.name),
                    source_table: Ok(value.source_table),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QueryResult {
            columns: ::std::result::Result<
                ::std::vec::Vec<super::QueryColumn>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rows: ::std::result::Result<
                ::std::vec::Vec<
                    ::std::vec::Vec<::std::option::Option<::std::string::String>>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            warnings: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueryResult {
            fn default() -> Self {
                Self {
                    columns: Err("no value supplied for columns".to_string()),
                    message: Ok(Default::default()),
                    rows: Err("no value supplied for rows".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    warnings: Ok(Default::default()),
                }
            }
        }
        impl QueryResult {
            pub fn columns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QueryColumn>>,
                T::Error: ::std::fmt::Display,
            {
                self.columns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for columns: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::std::vec::Vec<::std::option::Option<::std::string::String>>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rows: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn warnings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.warnings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for warnings: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueryResult> for super::QueryResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueryResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    columns: value.columns?,
                    message: value.message?,
                    rows: value.rows?,
                    status: value.status?,
                    warnings: value.warnings?,
                })
            }
        }
        impl ::std::convert::From<super::QueryResult> for QueryResult {
            fn from(value: super::QueryResult) -> Self {
                Self {
                    columns: Ok(value.columns),
                    message: Ok(value.message),
                    rows: Ok(value.rows),
                    status: Ok(value.status),
                    warnings: Ok(value.warnings),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QueryResultEnvelope {
            data: ::std::result::Result<super::QueryResult, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueryResultEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl QueryResultEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QueryResult>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueryResultEnvelope>
        for super::QueryResultEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueryResultEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::QueryResultEnvelope> for QueryResultEnvelope {
            fn from(value: super::QueryResultEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Release {
            commit_sha: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Release {
            fn default() -> Self {
                Self {
                    commit_sha: Err("no value supplied for commit_sha".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    tag: Err("no value supplied for tag".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Release {
            pub fn commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_sha: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Release> for super::Release {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Release,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_sha: value.commit_sha?,
                    created_at: value.created_at?,
                    description: value.description?,
                    tag: value.tag?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Release> for Release {
            fn from(value: super::Release) -> Self {
                Self {
                    commit_sha: Ok(value.commit_sha),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    tag: Ok(value.tag),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReleaseEnvelope {
            data: ::std::result::Result<super::Release, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReleaseEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ReleaseEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Release>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReleaseEnvelope> for super::ReleaseEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReleaseEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ReleaseEnvelope> for ReleaseEnvelope {
            fn from(value: super::ReleaseEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReleaseListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Release>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReleaseListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl ReleaseListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Release>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReleaseListEnvelope>
        for super::ReleaseListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReleaseListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::ReleaseListEnvelope> for ReleaseListEnvelope {
            fn from(value: super::ReleaseListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlReadRequest {
            limit: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            q: ::std::result::Result<::std::string::String, ::std::string::String>,
            ref_: ::std::result::Result<::std::string::String, ::std::string::String>,
            timeout_ms: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlReadRequest {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    q: Err("no value supplied for q".to_string()),
                    ref_: Err("no value supplied for ref_".to_string()),
                    timeout_ms: Ok(Default::default()),
                }
            }
        }
        impl SqlReadRequest {
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn q<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.q = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for q: {e}"));
                self
            }
            pub fn ref_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ref_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ref_: {e}")
                    });
                self
            }
            pub fn timeout_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timeout_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timeout_ms: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlReadRequest> for super::SqlReadRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlReadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    limit: value.limit?,
                    q: value.q?,
                    ref_: value.ref_?,
                    timeout_ms: value.timeout_ms?,
                })
            }
        }
        impl ::std::convert::From<super::SqlReadRequest> for SqlReadRequest {
            fn from(value: super::SqlReadRequest) -> Self {
                Self {
                    limit: Ok(value.limit),
                    q: Ok(value.q),
                    ref_: Ok(value.ref_),
                    timeout_ms: Ok(value.timeout_ms),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlWriteRequest {
            from_branch: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            q: ::std::result::Result<::std::string::String, ::std::string::String>,
            to_branch: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlWriteRequest {
            fn default() -> Self {
                Self {
                    from_branch: Err("no value supplied for from_branch".to_string()),
                    q: Err("no value supplied for q".to_string()),
                    to_branch: Err("no value supplied for to_branch".to_string()),
                }
            }
        }
        impl SqlWriteRequest {
            pub fn from_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_branch: {e}")
                    });
                self
            }
            pub fn q<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.q = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for q: {e}"));
                self
            }
            pub fn to_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_branch: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlWriteRequest> for super::SqlWriteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlWriteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from_branch: value.from_branch?,
                    q: value.q?,
                    to_branch: value.to_branch?,
                })
            }
        }
        impl ::std::convert::From<super::SqlWriteRequest> for SqlWriteRequest {
            fn from(value: super::SqlWriteRequest) -> Self {
                Self {
                    from_branch: Ok(value.from_branch),
                    q: Ok(value.q),
                    to_branch: Ok(value.to_branch),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlWriteResult {
            commit_sha: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlWriteResult {
            fn default() -> Self {
                Self {
                    commit_sha: Err("no value supplied for commit_sha".to_string()),
                }
            }
        }
        impl SqlWriteResult {
            pub fn commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_sha: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlWriteResult> for super::SqlWriteResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlWriteResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_sha: value.commit_sha?,
                })
            }
        }
        impl ::std::convert::From<super::SqlWriteResult> for SqlWriteResult {
            fn from(value: super::SqlWriteResult) -> Self {
                Self {
                    commit_sha: Ok(value.commit_sha),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            commit_sha: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            tagged_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    commit_sha: Err("no value supplied for commit_sha".to_string()),
                    message: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    tagged_at: Ok(Default::default()),
                }
            }
        }
        impl Tag {
            pub fn commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_sha: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn tagged_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tagged_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tagged_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_sha: value.commit_sha?,
                    message: value.message?,
                    name: value.name?,
                    tagged_at: value.tagged_at?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    commit_sha: Ok(value.commit_sha),
                    message: Ok(value.message),
                    name: Ok(value.name),
                    tagged_at: Ok(value.tagged_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagEnvelope {
            data: ::std::result::Result<super::Tag, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl TagEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Tag>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagEnvelope> for super::TagEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::TagEnvelope> for TagEnvelope {
            fn from(value: super::TagEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl TagListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagListEnvelope> for super::TagListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::TagListEnvelope> for TagListEnvelope {
            fn from(value: super::TagListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePullRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<super::UpdatePullRequestState>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePullRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    state: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl UpdatePullRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdatePullRequestState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdatePullRequest> for super::UpdatePullRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePullRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    state: value.state?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::UpdatePullRequest> for UpdatePullRequest {
            fn from(value: super::UpdatePullRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    state: Ok(value.state),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            bio: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_addresses: ::std::result::Result<
                ::std::vec::Vec<super::EmailAddress>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile_pic_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            website_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    bio: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    email_addresses: Err(
                        "no value supplied for email_addresses".to_string(),
                    ),
                    location: Ok(Default::default()),
                    profile_pic_url: Ok(Default::default()),
                    username: Err("no value supplied for username".to_string()),
                    website_url: Ok(Default::default()),
                }
            }
        }
        impl User {
            pub fn bio<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bio = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bio: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EmailAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_addresses: {e}"
                        )
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn profile_pic_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile_pic_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for profile_pic_url: {e}"
                        )
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn website_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bio: value.bio?,
                    display_name: value.display_name?,
                    email_addresses: value.email_addresses?,
                    location: value.location?,
                    profile_pic_url: value.profile_pic_url?,
                    username: value.username?,
                    website_url: value.website_url?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    bio: Ok(value.bio),
                    display_name: Ok(value.display_name),
                    email_addresses: Ok(value.email_addresses),
                    location: Ok(value.location),
                    profile_pic_url: Ok(value.profile_pic_url),
                    username: Ok(value.username),
                    website_url: Ok(value.website_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserEnvelope {
            data: ::std::result::Result<super::User, ::std::string::String>,
            meta: ::std::result::Result<
                ::std::option::Option<super::Meta>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl UserEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Meta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserEnvelope> for super::UserEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::UserEnvelope> for UserEnvelope {
            fn from(value: super::UserEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    meta: Ok(value.meta),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for DoltHub HTTP API v2

Hand-maintained OpenAPI 3.0.3 description of DoltHub's current HTTP API, version 2:
users, databases, branches, tags, forks, releases, SQL reads and writes, pull requests,
presigned file imports and asynchronous operations. It sits beside
`dolthub-v1alpha1.yaml` and is the source the Rust SDK generates its v2 client from;
other code generators can use it as it is. DoltHub publishes its own description in
OpenAPI 3.1; this document restates the same facts in 3.0 form (which most generators
accept) and adds what was seen on the live service. Where the two differ, the
descriptions say so and the examples show what the service actually sends.

## Hosts and paths
Use `https://www.dolthub.com`. Every path starts with `/api/v2`; database resources live
under `/api/v2/databases/{owner}/{database}`. Percent-encode every path segment. No
DoltLab release is known to serve v2: probe `GET /api/v2/user` (a 401 problem body means
the version exists).

## Authentication
Send `Authorization: Bearer <token>`. Two kinds of token work the same way on the wire:
personal access tokens (they start with `dh_`, are made on the DoltHub settings page and
are shown once) and OAuth 2.0 access tokens from the authorization-code flow (scope
`api_read_write`, the only scope). Browser cookies are not accepted. Operations that
list an empty security requirement (`{}`) also answer anonymous callers for public
databases; a token adds private ones. A token that is present but not valid is refused
with 401 even there, so omit the header when you have no token. 403 means the token is
valid but the action is not allowed; 404 also covers private databases you cannot see.

## Envelope
Every 2xx body is `{"data": ..., "meta": {...}}`. `data` holds the resource or an array
of them; `meta` is optional, open, and today carries only `next_page_token`. Each
operation names its own envelope schema (`DatabaseEnvelope`, `BranchListEnvelope`, ...)
so generators get a typed `data`. Optional fields are omitted rather than sent as
`null`; the only `null`s are SQL cells. Responses may gain fields without a version
bump, so decoders must ignore unknown keys. Request bodies are closed (unknown fields are
refused) except `CreatePullRequest`.

## Errors
Every failure is an RFC 9457 problem object (`Problem`): `title`, `status`, a stable
machine-readable `code` (branch on this, never on the prose) and `request_id`, plus
optional `type`, `detail` and `instance`. DoltHub's own description types these bodies
as `application/json`; the live service sends `Content-Type: application/problem+json`.
Both are declared here: choose the decoder by status code, not by media type. New codes
may appear without a version bump. 429 (with `Retry-After` in seconds) and 503 can come
from any operation; retry only requests marked safe to repeat.

## Request ids
DoltHub's description promises an `x-request-id` header on 2xx answers and a
`req_`-prefixed id; the recorded service sends no such header and puts a bare UUID in
the problem's `request_id`. Take the header when present, else the body field, and
never validate the format. A caller-chosen `x-request-id` is echoed back.

## Pagination
Paged lists take an optional `page_token` query parameter and answer
`meta.next_page_token`. An absent or empty token, or an absent `meta`, means the last
page; stop also if a token repeats. There is no page size and no total. Lists that are
not paged today may become paged later with the same item shape, so use one page loop
for all of them. Operations with this convention carry `x-dolthub-pagination`.

## Asynchronous operations
Forking, SQL writes, merges and imports answer 202 with an `OperationRef`
(`{id, href}`); such operations carry `x-dolthub-poll: get_operation` and an OpenAPI
link. Poll `GET /api/v2/operations/{operation_id}` (token required) until `status` is
`succeeded` or `failed`; treat any other value as still running. The id contains `/`:
send it percent-encoded as one segment (`%2F`), or follow `href` after checking it is on
the same origin. A failed operation is still HTTP 200 with `error` set; a succeeded one
has `result`, whose shape depends on `type` (see `ImportResult`, `MergeResult`,
`SqlWriteResult`, `ForkResult`). Polls are safe to retry; the starting calls are not
(there is no idempotency key): after an unclear failure, look at `list_operations`
before trying again. Nothing can be cancelled.

## Imports
A file reaches a table in three steps: `create_import_upload` returns presigned part
URLs; the client PUTs each part (5 MiB each, numbered from 1) straight to object
storage, adding every listed header and no DoltHub credentials, and keeps each
response's `ETag` exactly as sent (quotes included); `create_import` then names the
upload, the parts and their checksum and starts the import. The presigned URLs expire
after about ten minutes. The storage PUTs are not DoltHub operations and are not part
of this document.

## Extensions used here
* `x-dolthub-pagination`: request parameter, response field and item array of a paged list.
* `x-dolthub-poll`: the operationId to poll after a call that starts a job.
* `x-dolthub-retry-safe: true`: a non-GET operation that may be repeated safely.
* `x-dolthub-result-types`: on `Operation.result`, the schema of `result` per `type`.
* `x-extensible-enum`: the values known today for a string that may gain new ones.


Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
///List and create branches. Deleting a branch takes a SQL write.
pub trait ClientBranchesExt {
    /**List branches, one page at a time

Returns branches with the commit at their head. Pass `meta.next_page_token` back as
`page_token` for the next page. The recorded service answered single-page lists
without any `meta`, which also means "last page" (as in the example).


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/branches`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `page_token`: The `meta.next_page_token` of the previous page, unchanged. Omit it for the first page. Opaque; URL-encode it.
```ignore
let response = client.list_branches()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_branches(&self) -> builder::ListBranches<'_>;
    /**Create a branch from a branch or a commit

Creates branch `name` pointing where `from` says: the head of an existing branch
(`{"branch": "main"}`) or a commit (`{"commit": "<hash>"}`). 409 means the name is
taken.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/branches`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_branch()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_branch(&self) -> builder::CreateBranch<'_>;
}
impl ClientBranchesExt for Client {
    fn list_branches(&self) -> builder::ListBranches<'_> {
        builder::ListBranches::new(self)
    }
    fn create_branch(&self) -> builder::CreateBranch<'_> {
        builder::CreateBranch::new(self)
    }
}
///Create a database and read its metadata.
pub trait ClientDatabasesExt {
    /**Create a database

Creates an empty database owned by the caller or by an organisation the caller may
create databases in. `name` may hold letters, digits, `-` and `_`, and must not start
or end with `-`. `visibility` has no default. 409 means the owner already has a
database with that name.


Sends a `POST` request to `/api/v2/databases`

```ignore
let response = client.create_database()
    .body(body)
    .send()
    .await;
```*/
    fn create_database(&self) -> builder::CreateDatabase<'_>;
    /**Get a database's metadata

Returns owner, name, visibility, counters and size of one database. Forks also name
their direct parent and the root of their fork network; both are absent on a root.
The default branch is not part of the answer. Anonymous callers see public
databases; a private database you cannot see is a 404, like a missing one.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
```ignore
let response = client.get_database()
    .owner(owner)
    .database(database)
    .send()
    .await;
```*/
    fn get_database(&self) -> builder::GetDatabase<'_>;
}
impl ClientDatabasesExt for Client {
    fn create_database(&self) -> builder::CreateDatabase<'_> {
        builder::CreateDatabase::new(self)
    }
    fn get_database(&self) -> builder::GetDatabase<'_> {
        builder::GetDatabase::new(self)
    }
}
///Fork a database and list its direct forks.
pub trait ClientForksExt {
    /**List a database's direct forks

Returns the databases forked directly from this one (not forks of forks; the whole
network is counted in `Database.fork_network_count`). Not paged today, but may become
paged with the same items, so read `meta.next_page_token` as for other lists.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/forks`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
```ignore
let response = client.list_forks()
    .owner(owner)
    .database(database)
    .send()
    .await;
```*/
    fn list_forks(&self) -> builder::ListForks<'_>;
    /**Fork the database into another owner (asynchronous)

Starts copying this database to `owner` under the same name and answers 202 with the
operation to poll; a succeeded `fork` operation reports the new database in
`result` (`ForkResult`). 403 means you cannot create databases under `owner`; 422
means that owner already has a fork of this database. Not safe to repeat.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/forks`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_fork()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_fork(&self) -> builder::CreateFork<'_>;
}
impl ClientForksExt for Client {
    fn list_forks(&self) -> builder::ListForks<'_> {
        builder::ListForks::new(self)
    }
    fn create_fork(&self) -> builder::CreateFork<'_> {
        builder::CreateFork::new(self)
    }
}
///Presigned multi-part uploads and the imports that load them into tables.
pub trait ClientImportsExt {
    /**Open a presigned upload session for an import

Step 1 of an import. Say how large the file is, in how many parts you will send it
and its type; the answer lists one presigned URL per part, the HTTP method (`PUT`)
and headers to add to every part request (usually none). Upload the parts yourself
(see the top-level description), then call `create_import`. DoltHub's own CLI uses
5 MiB parts (`num_parts` = size divided by 5 MiB, rounded up) and files up to 1 GiB;
empty files are refused. The URLs expire after about ten minutes and cannot be
renewed: open a new session instead.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/imports/uploads`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_import_upload()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_import_upload(&self) -> builder::CreateImportUpload<'_>;
    /**Import an uploaded file into a table (asynchronous)

Step 3 of an import: names the upload session (`token`, `contents_key`), every part
with the `ETag` storage returned for it (quotes included, any order), and
`file_parts_md5`, then starts an `import` operation. A succeeded import reports
`result.pull_id` (`ImportResult`). `file_parts_md5` is computed the way DoltHub's
own clients do: base64 of the MD5 of the concatenated base64 MD5 strings of each
part, standard alphabet with padding. `file_size` must equal the upload's
`content_length`. `import_operation`: `create` makes a new table, `overwrite`
replaces the table, `update` upserts rows, `replace` empties the table first.
`primary_keys` may be empty for an existing table. With `pull_request_branch_name`
the rows land on that new branch (cut from `branch_name`) and a pull request into
`branch_name` is opened. Not safe to repeat.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/imports`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_import()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_import(&self) -> builder::CreateImport<'_>;
}
impl ClientImportsExt for Client {
    fn create_import_upload(&self) -> builder::CreateImportUpload<'_> {
        builder::CreateImportUpload::new(self)
    }
    fn create_import(&self) -> builder::CreateImport<'_> {
        builder::CreateImport::new(self)
    }
}
///Asynchronous work (imports, merges, SQL writes, forks, Dolt CI) and its outcome.
pub trait ClientOperationsExt {
    /**List a database's operations, one page at a time

Returns the operations of one database, including Dolt CI jobs (`type: dolt_ci`),
which no v2 call starts. Each `id` can be polled with `get_operation`. Use this after
an unclear failure of a starting call, before trying it again.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/operations`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `page_token`: The `meta.next_page_token` of the previous page, unchanged. Omit it for the first page. Opaque; URL-encode it.
```ignore
let response = client.list_operations()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_operations(&self) -> builder::ListOperations<'_>;
    /**Poll an asynchronous operation

Returns an operation's status and, once it has finished, its `result` or `error`. A
failed operation is still HTTP 200. Send the id as one percent-encoded segment
(`/` as `%2F`) or follow the `href` the starting call returned. A token is required.
Safe to repeat; poll with backoff (for example 1 s doubling up to 10 s, with
jitter) and an overall deadline.


Sends a `GET` request to `/api/v2/operations/{operation_id}`

Arguments:
- `operation_id`: The `OperationRef.id` (or `Operation.id`); contains `/`, send it encoded.
```ignore
let response = client.get_operation()
    .operation_id(operation_id)
    .send()
    .await;
```*/
    fn get_operation(&self) -> builder::GetOperation<'_>;
}
impl ClientOperationsExt for Client {
    fn list_operations(&self) -> builder::ListOperations<'_> {
        builder::ListOperations::new(self)
    }
    fn get_operation(&self) -> builder::GetOperation<'_> {
        builder::GetOperation::new(self)
    }
}
///Open, list, read, edit, comment on and merge pull requests.
pub trait ClientPullsExt {
    /**List pull requests, one page at a time

Returns pull-request summaries (no branches; use `get_pull` for those). There are no
filters in v2: filter on state or text in the client. Paged like every list; the
recorded service answered a single page without `meta`.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `page_token`: The `meta.next_page_token` of the previous page, unchanged. Omit it for the first page. Opaque; URL-encode it.
```ignore
let response = client.list_pulls()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_pulls(&self) -> builder::ListPulls<'_>;
    /**Open a pull request

Proposes merging `from_branch` into `to_branch`. `to_branch.database` must be the
database in the URL; `from_branch` may live in a readable fork of the same network.
This is the one request schema that is open to unknown fields. DoltHub lists a 409
without saying when it happens.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_pull()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_pull(&self) -> builder::CreatePull<'_>;
    /**Get one pull request with its branches

Returns a pull request with both ends. `pull_number` is an integer in bodies and a
decimal string in the path. `description` is omitted when there is none.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `pull_number`: The pull request's number as a decimal string (bodies carry it as an integer).
```ignore
let response = client.get_pull()
    .owner(owner)
    .database(database)
    .pull_number(pull_number)
    .send()
    .await;
```*/
    fn get_pull(&self) -> builder::GetPull<'_>;
    /**Edit, close or reopen a pull request

Changes the title or description, or moves `state` between `open` and `closed`
(v2 can reopen a closed pull request). Send at least one field. Merging is
`merge_pull`.


Sends a `PATCH` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `pull_number`: The pull request's number as a decimal string (bodies carry it as an integer).
- `body`
```ignore
let response = client.update_pull()
    .owner(owner)
    .database(database)
    .pull_number(pull_number)
    .body(body)
    .send()
    .await;
```*/
    fn update_pull(&self) -> builder::UpdatePull<'_>;
    /**List a pull request's comments

Returns the top-level comments, oldest first. Not paged today; read
`meta.next_page_token` anyway, as for other lists.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `pull_number`: The pull request's number as a decimal string (bodies carry it as an integer).
```ignore
let response = client.list_pull_comments()
    .owner(owner)
    .database(database)
    .pull_number(pull_number)
    .send()
    .await;
```*/
    fn list_pull_comments(&self) -> builder::ListPullComments<'_>;
    /**Comment on a pull request

Adds a top-level markdown comment. Comments cannot be edited or deleted through the API.

Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `pull_number`: The pull request's number as a decimal string (bodies carry it as an integer).
- `body`
```ignore
let response = client.create_pull_comment()
    .owner(owner)
    .database(database)
    .pull_number(pull_number)
    .body(body)
    .send()
    .await;
```*/
    fn create_pull_comment(&self) -> builder::CreatePullComment<'_>;
    /**Merge a pull request (asynchronous)

Starts merging the pull request as a `merge` operation; a succeeded one reports
`result.pull_id` (`MergeResult`). The body is required and is the empty object `{}`.
422 means the pull request is already merged or cannot be merged. Not safe to repeat.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `pull_number`: The pull request's number as a decimal string (bodies carry it as an integer).
- `body`
```ignore
let response = client.merge_pull()
    .owner(owner)
    .database(database)
    .pull_number(pull_number)
    .body(body)
    .send()
    .await;
```*/
    fn merge_pull(&self) -> builder::MergePull<'_>;
}
impl ClientPullsExt for Client {
    fn list_pulls(&self) -> builder::ListPulls<'_> {
        builder::ListPulls::new(self)
    }
    fn create_pull(&self) -> builder::CreatePull<'_> {
        builder::CreatePull::new(self)
    }
    fn get_pull(&self) -> builder::GetPull<'_> {
        builder::GetPull::new(self)
    }
    fn update_pull(&self) -> builder::UpdatePull<'_> {
        builder::UpdatePull::new(self)
    }
    fn list_pull_comments(&self) -> builder::ListPullComments<'_> {
        builder::ListPullComments::new(self)
    }
    fn create_pull_comment(&self) -> builder::CreatePullComment<'_> {
        builder::CreatePullComment::new(self)
    }
    fn merge_pull(&self) -> builder::MergePull<'_> {
        builder::MergePull::new(self)
    }
}
///List and create releases, which give a tagged commit a title and notes.
pub trait ClientReleasesExt {
    /**List releases, one page at a time

Returns releases with their tag, pinned commit, title and notes. `updated_at` equals
`created_at` until a release is edited. Paged like every list.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/releases`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `page_token`: The `meta.next_page_token` of the previous page, unchanged. Omit it for the first page. Opaque; URL-encode it.
```ignore
let response = client.list_releases()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_releases(&self) -> builder::ListReleases<'_>;
    /**Create a release for a tagged commit

Publishes a release pinned to `commit_sha`. `tag` must already name that commit,
unless `create_tag_if_not_exists` is true, in which case a missing tag is created
there. 409 means a release for that tag exists.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/releases`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_release()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_release(&self) -> builder::CreateRelease<'_>;
}
impl ClientReleasesExt for Client {
    fn list_releases(&self) -> builder::ListReleases<'_> {
        builder::ListReleases::new(self)
    }
    fn create_release(&self) -> builder::CreateRelease<'_> {
        builder::CreateRelease::new(self)
    }
}
///Read-only queries at a ref (synchronous, capped in rows and time) and single-statement writes that commit and merge asynchronously.
pub trait ClientSqlExt {
    /**Run a read-only SQL query at a ref

Runs one read-only statement at `ref` and returns columns and rows. SQL-level
failures (syntax errors, timeouts, the row cap) are HTTP 200 with a non-`success`
`status` and a `message`; only `success` promises complete rows. Every cell is a
string whatever its SQL type, `null` for SQL NULL and `<binary>` for BLOBs. The live
service writes column types in lower case and omits `message` and `warnings` on
success (as in the example). Results are not paged: narrow the query past the cap.
For queries too long for a URL use `run_sql_read_query_post`.


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/sql`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `limit`: Row cap as a decimal string; default 1000, reduced to the server's maximum.
- `q`: The SQL statement.
- `ref_`: Branch, tag or commit to read. Exactly 32 characters from `0-9a-v` are read as a commit hash, anything else as a ref name. There is no default.
- `timeout_ms`: Time budget in milliseconds as a decimal string; default 30000, at most 60000.
```ignore
let response = client.run_sql_read_query()
    .owner(owner)
    .database(database)
    .limit(limit)
    .q(q)
    .ref_(ref_)
    .timeout_ms(timeout_ms)
    .send()
    .await;
```*/
    fn run_sql_read_query(&self) -> builder::RunSqlReadQuery<'_>;
    /**Run a read-only SQL query sent in the body

The same read as `run_sql_read_query` with the parameters in a JSON body, for
queries too long for a URL. `limit` and `timeout_ms` are integers here. Nothing is
written, so the call is safe to repeat even though it is a POST.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/sql`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.run_sql_read_query_post()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn run_sql_read_query_post(&self) -> builder::RunSqlReadQueryPost<'_>;
    /**Run one SQL write on a branch and merge it (asynchronous)

Runs `q` on `to_branch` (created from `from_branch` when missing), commits, then
merges `from_branch` into `to_branch`, as a `sql_write` operation; a succeeded one
reports `result.commit_sha` (`SqlWriteResult`). All three fields are required and
non-empty, so unlike v1alpha1 an empty write cannot be used to merge. What happens
when the final merge conflicts is not documented. Not safe to repeat.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/sql-writes`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.run_sql_write_query()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn run_sql_write_query(&self) -> builder::RunSqlWriteQuery<'_>;
}
impl ClientSqlExt for Client {
    fn run_sql_read_query(&self) -> builder::RunSqlReadQuery<'_> {
        builder::RunSqlReadQuery::new(self)
    }
    fn run_sql_read_query_post(&self) -> builder::RunSqlReadQueryPost<'_> {
        builder::RunSqlReadQueryPost::new(self)
    }
    fn run_sql_write_query(&self) -> builder::RunSqlWriteQuery<'_> {
        builder::RunSqlWriteQuery::new(self)
    }
}
///List and create tags, lightweight or annotated.
pub trait ClientTagsExt {
    /**List tags, one page at a time

Returns tags with the commit each names. `message` and `tagged_at` appear only on
annotated tags. Paged like every list (see the top-level description).


Sends a `GET` request to `/api/v2/databases/{owner}/{database}/tags`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `page_token`: The `meta.next_page_token` of the previous page, unchanged. Omit it for the first page. Opaque; URL-encode it.
```ignore
let response = client.list_tags()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_tags(&self) -> builder::ListTags<'_>;
    /**Create a tag

Tags the head of a branch or a commit, chosen by `from` as for branches. With a
`message` the tag is annotated; without one it is lightweight. 409 means the name is
taken.


Sends a `POST` request to `/api/v2/databases/{owner}/{database}/tags`

Arguments:
- `owner`: The user or organisation that owns the database.
- `database`: The database name.
- `body`
```ignore
let response = client.create_tag()
    .owner(owner)
    .database(database)
    .body(body)
    .send()
    .await;
```*/
    fn create_tag(&self) -> builder::CreateTag<'_>;
}
impl ClientTagsExt for Client {
    fn list_tags(&self) -> builder::ListTags<'_> {
        builder::ListTags::new(self)
    }
    fn create_tag(&self) -> builder::CreateTag<'_> {
        builder::CreateTag::new(self)
    }
}
///The account the token belongs to.
pub trait ClientUsersExt {
    /**Get the account behind the token

Returns the user the token belongs to, with its email addresses. A token is required;
this is the cheapest way to check one. Profile strings may be empty.


Sends a `GET` request to `/api/v2/user`

```ignore
let response = client.get_current_user()
    .send()
    .await;
```*/
    fn get_current_user(&self) -> builder::GetCurrentUser<'_>;
}
impl ClientUsersExt for Client {
    fn get_current_user(&self) -> builder::GetCurrentUser<'_> {
        builder::GetCurrentUser::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`ClientUsersExt::get_current_user`]

[`ClientUsersExt::get_current_user`]: super::ClientUsersExt::get_current_user*/
    #[derive(Debug, Clone)]
    pub struct GetCurrentUser<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetCurrentUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v2/user`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserEnvelope>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/api/v2/user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_current_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDatabasesExt::create_database`]

[`ClientDatabasesExt::create_database`]: super::ClientDatabasesExt::create_database*/
    #[derive(Debug, Clone)]
    pub struct CreateDatabase<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateDatabaseRequest, String>,
    }
    impl<'a> CreateDatabase<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateDatabaseRequest>,
            <V as std::convert::TryInto<
                types::CreateDatabaseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateDatabaseRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateDatabaseRequest,
            ) -> types::builder::CreateDatabaseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DatabaseEnvelope>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateDatabaseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/databases", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_database",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDatabasesExt::get_database`]

[`ClientDatabasesExt::get_database`]: super::ClientDatabasesExt::get_database*/
    #[derive(Debug, Clone)]
    pub struct GetDatabase<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
    }
    impl<'a> GetDatabase<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DatabaseEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_database",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientBranchesExt::list_branches`]

[`ClientBranchesExt::list_branches`]: super::ClientBranchesExt::list_branches*/
    #[derive(Debug, Clone)]
    pub struct ListBranches<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListBranches<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                page_token: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/branches`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BranchListEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/branches", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_token", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_branches",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientBranchesExt::create_branch`]

[`ClientBranchesExt::create_branch`]: super::ClientBranchesExt::create_branch*/
    #[derive(Debug, Clone)]
    pub struct CreateBranch<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateBranchRequest, String>,
    }
    impl<'a> CreateBranch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBranchRequest>,
            <V as std::convert::TryInto<
                types::CreateBranchRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateBranchRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateBranchRequest,
            ) -> types::builder::CreateBranchRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/branches`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BranchEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateBranchRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/branches", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_branch",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientTagsExt::list_tags`]

[`ClientTagsExt::list_tags`]: super::ClientTagsExt::list_tags*/
    #[derive(Debug, Clone)]
    pub struct ListTags<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                page_token: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/tags`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TagListEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/tags", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_token", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientTagsExt::create_tag`]

[`ClientTagsExt::create_tag`]: super::ClientTagsExt::create_tag*/
    #[derive(Debug, Clone)]
    pub struct CreateTag<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateTagRequest, String>,
    }
    impl<'a> CreateTag<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTagRequest>,
            <V as std::convert::TryInto<
                types::CreateTagRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateTagRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTagRequest,
            ) -> types::builder::CreateTagRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/tags`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TagEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateTagRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/tags", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_tag",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientForksExt::list_forks`]

[`ClientForksExt::list_forks`]: super::ClientForksExt::list_forks*/
    #[derive(Debug, Clone)]
    pub struct ListForks<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
    }
    impl<'a> ListForks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/forks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DatabaseRefListEnvelope>,
            Error<types::Problem>,
        > {
            let Self { client, owner, database } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/forks", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_forks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientForksExt::create_fork`]

[`ClientForksExt::create_fork`]: super::ClientForksExt::create_fork*/
    #[derive(Debug, Clone)]
    pub struct CreateFork<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateForkRequest, String>,
    }
    impl<'a> CreateFork<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateForkRequest>,
            <V as std::convert::TryInto<
                types::CreateForkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateForkRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateForkRequest,
            ) -> types::builder::CreateForkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/forks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationRefEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateForkRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/forks", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_fork",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientReleasesExt::list_releases`]

[`ClientReleasesExt::list_releases`]: super::ClientReleasesExt::list_releases*/
    #[derive(Debug, Clone)]
    pub struct ListReleases<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListReleases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                page_token: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/releases`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReleaseListEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/releases", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_token", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_releases",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientReleasesExt::create_release`]

[`ClientReleasesExt::create_release`]: super::ClientReleasesExt::create_release*/
    #[derive(Debug, Clone)]
    pub struct CreateRelease<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateReleaseRequest, String>,
    }
    impl<'a> CreateRelease<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateReleaseRequest>,
            <V as std::convert::TryInto<
                types::CreateReleaseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateReleaseRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateReleaseRequest,
            ) -> types::builder::CreateReleaseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/releases`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReleaseEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateReleaseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/releases", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_release",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientSqlExt::run_sql_read_query`]

[`ClientSqlExt::run_sql_read_query`]: super::ClientSqlExt::run_sql_read_query*/
    #[derive(Debug, Clone)]
    pub struct RunSqlReadQuery<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        limit: Result<Option<::std::string::String>, String>,
        q: Result<::std::string::String, String>,
        ref_: Result<::std::string::String, String>,
        timeout_ms: Result<Option<::std::string::String>, String>,
    }
    impl<'a> RunSqlReadQuery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                limit: Ok(None),
                q: Err("q was not initialized".to_string()),
                ref_: Err("ref_ was not initialized".to_string()),
                timeout_ms: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        pub fn ref_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ref_ = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ref_ failed"
                        .to_string()
                });
            self
        }
        pub fn timeout_ms<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.timeout_ms = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for timeout_ms failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/sql`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QueryResultEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, limit, q, ref_, timeout_ms } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let ref_ = ref_.map_err(Error::InvalidRequest)?;
            let timeout_ms = timeout_ms.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/sql", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("ref", &ref_))
                .query(&progenitor_client::QueryParam::new("timeout_ms", &timeout_ms))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "run_sql_read_query",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientSqlExt::run_sql_read_query_post`]

[`ClientSqlExt::run_sql_read_query_post`]: super::ClientSqlExt::run_sql_read_query_post*/
    #[derive(Debug, Clone)]
    pub struct RunSqlReadQueryPost<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::SqlReadRequest, String>,
    }
    impl<'a> RunSqlReadQueryPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SqlReadRequest>,
            <V as std::convert::TryInto<
                types::SqlReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SqlReadRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SqlReadRequest,
            ) -> types::builder::SqlReadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/sql`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QueryResultEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SqlReadRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/sql", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "run_sql_read_query_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientSqlExt::run_sql_write_query`]

[`ClientSqlExt::run_sql_write_query`]: super::ClientSqlExt::run_sql_write_query*/
    #[derive(Debug, Clone)]
    pub struct RunSqlWriteQuery<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::SqlWriteRequest, String>,
    }
    impl<'a> RunSqlWriteQuery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SqlWriteRequest>,
            <V as std::convert::TryInto<
                types::SqlWriteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SqlWriteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SqlWriteRequest,
            ) -> types::builder::SqlWriteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/sql-writes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationRefEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SqlWriteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/sql-writes", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "run_sql_write_query",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::list_pulls`]

[`ClientPullsExt::list_pulls`]: super::ClientPullsExt::list_pulls*/
    #[derive(Debug, Clone)]
    pub struct ListPulls<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListPulls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                page_token: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PullSummaryListEnvelope>,
            Error<types::Problem>,
        > {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_token", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_pulls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::create_pull`]

[`ClientPullsExt::create_pull`]: super::ClientPullsExt::create_pull*/
    #[derive(Debug, Clone)]
    pub struct CreatePull<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreatePullRequest, String>,
    }
    impl<'a> CreatePull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreatePullRequest>,
            <V as std::convert::TryInto<
                types::CreatePullRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreatePullRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreatePullRequest,
            ) -> types::builder::CreatePullRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PullEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePullRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_pull",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::get_pull`]

[`ClientPullsExt::get_pull`]: super::ClientPullsExt::get_pull*/
    #[derive(Debug, Clone)]
    pub struct GetPull<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_number: Result<::std::string::String, String>,
    }
    impl<'a> GetPull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_number: Err("pull_number was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn pull_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PullEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, pull_number } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_number = pull_number.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(&
                pull_number.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_pull",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::update_pull`]

[`ClientPullsExt::update_pull`]: super::ClientPullsExt::update_pull*/
    #[derive(Debug, Clone)]
    pub struct UpdatePull<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_number: Result<::std::string::String, String>,
        body: Result<types::builder::UpdatePullRequest, String>,
    }
    impl<'a> UpdatePull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_number: Err("pull_number was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn pull_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_number failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePullRequest>,
            <V as std::convert::TryInto<
                types::UpdatePullRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdatePullRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePullRequest,
            ) -> types::builder::UpdatePullRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PullEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, pull_number, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_number = pull_number.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePullRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(&
                pull_number.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_pull",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::list_pull_comments`]

[`ClientPullsExt::list_pull_comments`]: super::ClientPullsExt::list_pull_comments*/
    #[derive(Debug, Clone)]
    pub struct ListPullComments<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_number: Result<::std::string::String, String>,
    }
    impl<'a> ListPullComments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_number: Err("pull_number was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn pull_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PullCommentListEnvelope>,
            Error<types::Problem>,
        > {
            let Self { client, owner, database, pull_number } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_number = pull_number.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls/{}/comments", client.baseurl,
                encode_path(& owner.to_string()), encode_path(& database.to_string()),
                encode_path(& pull_number.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_pull_comments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::create_pull_comment`]

[`ClientPullsExt::create_pull_comment`]: super::ClientPullsExt::create_pull_comment*/
    #[derive(Debug, Clone)]
    pub struct CreatePullComment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_number: Result<::std::string::String, String>,
        body: Result<types::builder::CreatePullCommentRequest, String>,
    }
    impl<'a> CreatePullComment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_number: Err("pull_number was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn pull_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_number failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreatePullCommentRequest>,
            <V as std::convert::TryInto<
                types::CreatePullCommentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreatePullCommentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreatePullCommentRequest,
            ) -> types::builder::CreatePullCommentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PullCommentEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, pull_number, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_number = pull_number.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePullCommentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls/{}/comments", client.baseurl,
                encode_path(& owner.to_string()), encode_path(& database.to_string()),
                encode_path(& pull_number.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_pull_comment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::merge_pull`]

[`ClientPullsExt::merge_pull`]: super::ClientPullsExt::merge_pull*/
    #[derive(Debug, Clone)]
    pub struct MergePull<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_number: Result<::std::string::String, String>,
        body: Result<types::builder::MergePullRequest, String>,
    }
    impl<'a> MergePull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_number: Err("pull_number was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn pull_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_number failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MergePullRequest>,
            <V as std::convert::TryInto<
                types::MergePullRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MergePullRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MergePullRequest,
            ) -> types::builder::MergePullRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationRefEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, pull_number, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_number = pull_number.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MergePullRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/pulls/{}/merge", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()), encode_path(&
                pull_number.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "merge_pull",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientImportsExt::create_import_upload`]

[`ClientImportsExt::create_import_upload`]: super::ClientImportsExt::create_import_upload*/
    #[derive(Debug, Clone)]
    pub struct CreateImportUpload<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateImportUploadRequest, String>,
    }
    impl<'a> CreateImportUpload<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateImportUploadRequest>,
            <V as std::convert::TryInto<
                types::CreateImportUploadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateImportUploadRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateImportUploadRequest,
            ) -> types::builder::CreateImportUploadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/imports/uploads`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ImportUploadEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateImportUploadRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/imports/uploads", client.baseurl,
                encode_path(& owner.to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_import_upload",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientImportsExt::create_import`]

[`ClientImportsExt::create_import`]: super::ClientImportsExt::create_import*/
    #[derive(Debug, Clone)]
    pub struct CreateImport<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        body: Result<types::builder::CreateImportRequest, String>,
    }
    impl<'a> CreateImport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateImportRequest>,
            <V as std::convert::TryInto<
                types::CreateImportRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateImportRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateImportRequest,
            ) -> types::builder::CreateImportRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/databases/{owner}/{database}/imports`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationRefEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateImportRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/imports", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_import",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOperationsExt::list_operations`]

[`ClientOperationsExt::list_operations`]: super::ClientOperationsExt::list_operations*/
    #[derive(Debug, Clone)]
    pub struct ListOperations<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOperations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                page_token: Ok(None),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        pub fn database<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.database = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for database failed"
                        .to_string()
                });
            self
        }
        pub fn page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_token failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/databases/{owner}/{database}/operations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationListEnvelope>, Error<types::Problem>> {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/databases/{}/{}/operations", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_token", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_operations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOperationsExt::get_operation`]

[`ClientOperationsExt::get_operation`]: super::ClientOperationsExt::get_operation*/
    #[derive(Debug, Clone)]
    pub struct GetOperation<'a> {
        client: &'a super::Client,
        operation_id: Result<::std::string::String, String>,
    }
    impl<'a> GetOperation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                operation_id: Err("operation_id was not initialized".to_string()),
            }
        }
        pub fn operation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/operations/{operation_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationEnvelope>, Error<types::Problem>> {
            let Self { client, operation_id } = self;
            let operation_id = operation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/operations/{}", client.baseurl, encode_path(& operation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_operation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client and
/// extension traits.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
    pub use super::ClientBranchesExt;
    pub use super::ClientDatabasesExt;
    pub use super::ClientForksExt;
    pub use super::ClientImportsExt;
    pub use super::ClientOperationsExt;
    pub use super::ClientPullsExt;
    pub use super::ClientReleasesExt;
    pub use super::ClientSqlExt;
    pub use super::ClientTagsExt;
    pub use super::ClientUsersExt;
}

/// One [`OperationDescriptor`](crate::OperationDescriptor) per operationId of `openapi/dolthub-v2.yaml`, and [`ALL`](ops::ALL) in document order.
pub mod ops {
    use crate::descriptor::{ApiVersion, OperationDescriptor};

    /// `GET /api/v2/user`: Get the account behind the token
    pub static GET_CURRENT_USER: OperationDescriptor = OperationDescriptor {
        id: "get_current_user",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/user",
        path_params: &[],
        query_params: &[],
        tag: "users",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases`: Create a database
    pub static CREATE_DATABASE: OperationDescriptor = OperationDescriptor {
        id: "create_database",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases",
        path_params: &[],
        query_params: &[],
        tag: "databases",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}`: Get a database's metadata
    pub static GET_DATABASE: OperationDescriptor = OperationDescriptor {
        id: "get_database",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "databases",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/branches`: List branches, one page at a time
    pub static LIST_BRANCHES: OperationDescriptor = OperationDescriptor {
        id: "list_branches",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/branches",
        path_params: &["owner", "database"],
        query_params: &["page_token"],
        tag: "branches",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/branches`: Create a branch from a branch or a commit
    pub static CREATE_BRANCH: OperationDescriptor = OperationDescriptor {
        id: "create_branch",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/branches",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "branches",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/tags`: List tags, one page at a time
    pub static LIST_TAGS: OperationDescriptor = OperationDescriptor {
        id: "list_tags",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/tags",
        path_params: &["owner", "database"],
        query_params: &["page_token"],
        tag: "tags",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/tags`: Create a tag
    pub static CREATE_TAG: OperationDescriptor = OperationDescriptor {
        id: "create_tag",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/tags",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "tags",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/forks`: List a database's direct forks
    pub static LIST_FORKS: OperationDescriptor = OperationDescriptor {
        id: "list_forks",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/forks",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "forks",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/forks`: Fork the database into another owner (asynchronous)
    pub static CREATE_FORK: OperationDescriptor = OperationDescriptor {
        id: "create_fork",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/forks",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "forks",
        retry_safe: false,
        poll: Some(&GET_OPERATION),
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/releases`: List releases, one page at a time
    pub static LIST_RELEASES: OperationDescriptor = OperationDescriptor {
        id: "list_releases",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/releases",
        path_params: &["owner", "database"],
        query_params: &["page_token"],
        tag: "releases",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/releases`: Create a release for a tagged commit
    pub static CREATE_RELEASE: OperationDescriptor = OperationDescriptor {
        id: "create_release",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/releases",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "releases",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/sql`: Run a read-only SQL query at a ref
    pub static RUN_SQL_READ_QUERY: OperationDescriptor = OperationDescriptor {
        id: "run_sql_read_query",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/sql",
        path_params: &["owner", "database"],
        query_params: &["ref", "q", "limit", "timeout_ms"],
        tag: "sql",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/sql`: Run a read-only SQL query sent in the body
    pub static RUN_SQL_READ_QUERY_POST: OperationDescriptor = OperationDescriptor {
        id: "run_sql_read_query_post",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/sql",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "sql",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/sql-writes`: Run one SQL write on a branch and merge it (asynchronous)
    pub static RUN_SQL_WRITE_QUERY: OperationDescriptor = OperationDescriptor {
        id: "run_sql_write_query",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/sql-writes",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "sql",
        retry_safe: false,
        poll: Some(&GET_OPERATION),
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/pulls`: List pull requests, one page at a time
    pub static LIST_PULLS: OperationDescriptor = OperationDescriptor {
        id: "list_pulls",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/pulls",
        path_params: &["owner", "database"],
        query_params: &["page_token"],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/pulls`: Open a pull request
    pub static CREATE_PULL: OperationDescriptor = OperationDescriptor {
        id: "create_pull",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/pulls",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/pulls/{pull_number}`: Get one pull request with its branches
    pub static GET_PULL: OperationDescriptor = OperationDescriptor {
        id: "get_pull",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}",
        path_params: &["owner", "database", "pull_number"],
        query_params: &[],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `PATCH /api/v2/databases/{owner}/{database}/pulls/{pull_number}`: Edit, close or reopen a pull request
    pub static UPDATE_PULL: OperationDescriptor = OperationDescriptor {
        id: "update_pull",
        version: ApiVersion::V2,
        method: ::http::Method::PATCH,
        path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}",
        path_params: &["owner", "database", "pull_number"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`: List a pull request's comments
    pub static LIST_PULL_COMMENTS: OperationDescriptor = OperationDescriptor {
        id: "list_pull_comments",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments",
        path_params: &["owner", "database", "pull_number"],
        query_params: &[],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments`: Comment on a pull request
    pub static CREATE_PULL_COMMENT: OperationDescriptor = OperationDescriptor {
        id: "create_pull_comment",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments",
        path_params: &["owner", "database", "pull_number"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge`: Merge a pull request (asynchronous)
    pub static MERGE_PULL: OperationDescriptor = OperationDescriptor {
        id: "merge_pull",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge",
        path_params: &["owner", "database", "pull_number"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: Some(&GET_OPERATION),
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/imports/uploads`: Open a presigned upload session for an import
    pub static CREATE_IMPORT_UPLOAD: OperationDescriptor = OperationDescriptor {
        id: "create_import_upload",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/imports/uploads",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "imports",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v2/databases/{owner}/{database}/imports`: Import an uploaded file into a table (asynchronous)
    pub static CREATE_IMPORT: OperationDescriptor = OperationDescriptor {
        id: "create_import",
        version: ApiVersion::V2,
        method: ::http::Method::POST,
        path: "/api/v2/databases/{owner}/{database}/imports",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "imports",
        retry_safe: false,
        poll: Some(&GET_OPERATION),
        hand_written: false,
    };

    /// `GET /api/v2/databases/{owner}/{database}/operations`: List a database's operations, one page at a time
    pub static LIST_OPERATIONS: OperationDescriptor = OperationDescriptor {
        id: "list_operations",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/databases/{owner}/{database}/operations",
        path_params: &["owner", "database"],
        query_params: &["page_token"],
        tag: "operations",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v2/operations/{operation_id}`: Poll an asynchronous operation
    pub static GET_OPERATION: OperationDescriptor = OperationDescriptor {
        id: "get_operation",
        version: ApiVersion::V2,
        method: ::http::Method::GET,
        path: "/api/v2/operations/{operation_id}",
        path_params: &["operation_id"],
        query_params: &[],
        tag: "operations",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// Every operation of the spec, in document order, hand-written ones included.
    pub static ALL: &[&OperationDescriptor] = &[
        &GET_CURRENT_USER,
        &CREATE_DATABASE,
        &GET_DATABASE,
        &LIST_BRANCHES,
        &CREATE_BRANCH,
        &LIST_TAGS,
        &CREATE_TAG,
        &LIST_FORKS,
        &CREATE_FORK,
        &LIST_RELEASES,
        &CREATE_RELEASE,
        &RUN_SQL_READ_QUERY,
        &RUN_SQL_READ_QUERY_POST,
        &RUN_SQL_WRITE_QUERY,
        &LIST_PULLS,
        &CREATE_PULL,
        &GET_PULL,
        &UPDATE_PULL,
        &LIST_PULL_COMMENTS,
        &CREATE_PULL_COMMENT,
        &MERGE_PULL,
        &CREATE_IMPORT_UPLOAD,
        &CREATE_IMPORT,
        &LIST_OPERATIONS,
        &GET_OPERATION,
    ];
}

/// Facts about the spec this file was generated from (superseded by [`ops`]).
#[doc(hidden)]
pub mod spec_index {
    /// One operation of the spec, generated or hand-written.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Operation {
        /// The spec's operationId.
        pub id: &'static str,
        /// HTTP method, upper case.
        pub method: &'static str,
        /// Path template as written in the spec.
        pub path: &'static str,
        /// The operation's tag (resource).
        pub tag: &'static str,
    }

    /// Every operation in the spec, in document order, including hand-written ones.
    pub const OPERATIONS: &[Operation] = &[
        Operation { id: "get_current_user", method: "GET", path: "/api/v2/user", tag: "users" },
        Operation { id: "create_database", method: "POST", path: "/api/v2/databases", tag: "databases" },
        Operation { id: "get_database", method: "GET", path: "/api/v2/databases/{owner}/{database}", tag: "databases" },
        Operation { id: "list_branches", method: "GET", path: "/api/v2/databases/{owner}/{database}/branches", tag: "branches" },
        Operation { id: "create_branch", method: "POST", path: "/api/v2/databases/{owner}/{database}/branches", tag: "branches" },
        Operation { id: "list_tags", method: "GET", path: "/api/v2/databases/{owner}/{database}/tags", tag: "tags" },
        Operation { id: "create_tag", method: "POST", path: "/api/v2/databases/{owner}/{database}/tags", tag: "tags" },
        Operation { id: "list_forks", method: "GET", path: "/api/v2/databases/{owner}/{database}/forks", tag: "forks" },
        Operation { id: "create_fork", method: "POST", path: "/api/v2/databases/{owner}/{database}/forks", tag: "forks" },
        Operation { id: "list_releases", method: "GET", path: "/api/v2/databases/{owner}/{database}/releases", tag: "releases" },
        Operation { id: "create_release", method: "POST", path: "/api/v2/databases/{owner}/{database}/releases", tag: "releases" },
        Operation { id: "run_sql_read_query", method: "GET", path: "/api/v2/databases/{owner}/{database}/sql", tag: "sql" },
        Operation { id: "run_sql_read_query_post", method: "POST", path: "/api/v2/databases/{owner}/{database}/sql", tag: "sql" },
        Operation { id: "run_sql_write_query", method: "POST", path: "/api/v2/databases/{owner}/{database}/sql-writes", tag: "sql" },
        Operation { id: "list_pulls", method: "GET", path: "/api/v2/databases/{owner}/{database}/pulls", tag: "pulls" },
        Operation { id: "create_pull", method: "POST", path: "/api/v2/databases/{owner}/{database}/pulls", tag: "pulls" },
        Operation { id: "get_pull", method: "GET", path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}", tag: "pulls" },
        Operation { id: "update_pull", method: "PATCH", path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}", tag: "pulls" },
        Operation { id: "list_pull_comments", method: "GET", path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments", tag: "pulls" },
        Operation { id: "create_pull_comment", method: "POST", path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/comments", tag: "pulls" },
        Operation { id: "merge_pull", method: "POST", path: "/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge", tag: "pulls" },
        Operation { id: "create_import_upload", method: "POST", path: "/api/v2/databases/{owner}/{database}/imports/uploads", tag: "imports" },
        Operation { id: "create_import", method: "POST", path: "/api/v2/databases/{owner}/{database}/imports", tag: "imports" },
        Operation { id: "list_operations", method: "GET", path: "/api/v2/databases/{owner}/{database}/operations", tag: "operations" },
        Operation { id: "get_operation", method: "GET", path: "/api/v2/operations/{operation_id}", tag: "operations" },
    ];

    /// Operations progenitor cannot generate (multipart bodies); the `dolthub` crate implements them by hand.
    pub const HAND_WRITTEN_OPERATIONS: &[&str] = &[];

    /// sha256 of the (LF-normalised) spec this file was generated from.
    pub const SPEC_SHA256: &str = "d43a45028ed55037a1ef258109609c3336a50956ccb03118b0bfb3d9e7697cbe";
}
