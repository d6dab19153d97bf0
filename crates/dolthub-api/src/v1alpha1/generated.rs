// @generated DO NOT EDIT.
// Written by `cargo xtask regen` from openapi/dolthub-v1alpha1.yaml with progenitor 0.15.1.
// Edit the spec and run `cargo xtask regen`; `cargo xtask regen --check` fails when this file drifts.
// spec-sha256: 959525bda65b93949260fd3b7c7a85cd16ef006389faff13c06356af0608c53f

#[allow(unused_imports)]
#[cfg(feature = "client")]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
#[cfg(feature = "client")]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A branch. The name is in `branch_name`; one documented sample uses `name`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Branch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_name: ::std::option::Option<::std::string::String>,
        ///Observed variant of `branch_name`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Branch {
        pub fn builder() -> builder::Branch {
            Default::default()
        }
    }
    ///Outbound webhook payload sent when a branch is created or deleted (`event_name: branch`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct BranchEvent {
        ///Free text such as `Deleted branch`; the creation value is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///The branch. Described as a full ref, but examples show a plain, possibly user-prefixed branch name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch: ::std::option::Option<::std::string::String>,
        ///`branch`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository: ::std::option::Option<WebhookRepository>,
    }
    impl BranchEvent {
        pub fn builder() -> builder::BranchEvent {
            Default::default()
        }
    }
    ///`CreateBranchRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateBranchRequest {
        #[serde(rename = "newBranchName")]
        pub new_branch_name: ::std::string::String,
        ///Base branch name, ref name or commit hash.
        #[serde(rename = "revisionName")]
        pub revision_name: ::std::string::String,
        ///How to interpret `revisionName`.
        #[serde(rename = "revisionType")]
        pub revision_type: CreateBranchRequestRevisionType,
    }
    impl CreateBranchRequest {
        pub fn builder() -> builder::CreateBranchRequest {
            Default::default()
        }
    }
    ///How to interpret `revisionName`.
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CreateBranchRequestRevisionType {
        #[serde(rename = "branch")]
        Branch,
        #[serde(rename = "ref")]
        Ref,
        #[serde(rename = "commit")]
        Commit,
    }
    impl ::std::fmt::Display for CreateBranchRequestRevisionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Branch => f.write_str("branch"),
                Self::Ref => f.write_str("ref"),
                Self::Commit => f.write_str("commit"),
            }
        }
    }
    impl ::std::str::FromStr for CreateBranchRequestRevisionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "branch" => Ok(Self::Branch),
                "ref" => Ok(Self::Ref),
                "commit" => Ok(Self::Commit),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBranchRequestRevisionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBranchRequestRevisionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateBranchResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateBranchResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revision_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revision_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl CreateBranchResponse {
        pub fn builder() -> builder::CreateBranchResponse {
            Default::default()
        }
    }
    ///New database. `ownerName`, `repoName` and `visibility` are required here, following the newest documentation; older documentation marks them optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateDatabaseRequest {
        ///Optional free-text description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///User or organization that will own the database.
        #[serde(rename = "ownerName")]
        pub owner_name: ::std::string::String,
        ///Name of the new database.
        #[serde(rename = "repoName")]
        pub repo_name: ::std::string::String,
        pub visibility: CreateDatabaseRequestVisibility,
    }
    impl CreateDatabaseRequest {
        pub fn builder() -> builder::CreateDatabaseRequest {
            Default::default()
        }
    }
    ///`CreateDatabaseRequestVisibility`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CreateDatabaseRequestVisibility {
        #[serde(rename = "public")]
        Public,
        #[serde(rename = "private")]
        Private,
    }
    impl ::std::fmt::Display for CreateDatabaseRequestVisibility {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Public => f.write_str("public"),
                Self::Private => f.write_str("private"),
            }
        }
    }
    impl ::std::str::FromStr for CreateDatabaseRequestVisibility {
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
    impl ::std::convert::TryFrom<&str> for CreateDatabaseRequestVisibility {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateDatabaseRequestVisibility {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateDatabaseResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateDatabaseResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Known values `public`, `private`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visibility: ::std::option::Option<::std::string::String>,
    }
    impl CreateDatabaseResponse {
        pub fn builder() -> builder::CreateDatabaseResponse {
            Default::default()
        }
    }
    ///`CreatePullCommentRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreatePullCommentRequest {
        pub comment: ::std::string::String,
    }
    impl CreatePullCommentRequest {
        pub fn builder() -> builder::CreatePullCommentRequest {
            Default::default()
        }
    }
    ///`CreatePullCommentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreatePullCommentResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl CreatePullCommentResponse {
        pub fn builder() -> builder::CreatePullCommentResponse {
            Default::default()
        }
    }
    ///New pull request. "Repo" means database. Documented as all-optional; everything but `description` is required here because the server needs both ends and a title.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreatePullRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "fromBranchName")]
        pub from_branch_name: ::std::string::String,
        ///Owner of the database holding the source branch (may be a fork).
        #[serde(rename = "fromBranchOwnerName")]
        pub from_branch_owner_name: ::std::string::String,
        ///Database holding the source branch.
        #[serde(rename = "fromBranchRepoName")]
        pub from_branch_repo_name: ::std::string::String,
        pub title: ::std::string::String,
        #[serde(rename = "toBranchName")]
        pub to_branch_name: ::std::string::String,
        ///Owner of the target database.
        #[serde(rename = "toBranchOwnerName")]
        pub to_branch_owner_name: ::std::string::String,
        ///Target database.
        #[serde(rename = "toBranchRepoName")]
        pub to_branch_repo_name: ::std::string::String,
    }
    impl CreatePullRequest {
        pub fn builder() -> builder::CreatePullRequest {
            Default::default()
        }
    }
    ///`CreatePullResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreatePullResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_owner_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_repository_name: ::std::option::Option<::std::string::String>,
        ///Undocumented; read by some clients. Do not rely on it.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Id of the new pull request. Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_owner_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_repository_name: ::std::option::Option<::std::string::String>,
    }
    impl CreatePullResponse {
        pub fn builder() -> builder::CreatePullResponse {
            Default::default()
        }
    }
    ///`CreateReleaseRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateReleaseRequest {
        ///Commit hash or branch name to release.
        #[serde(rename = "commitSha")]
        pub commit_sha: ::std::string::String,
        ///Create `tag` at `commitSha` when it does not exist yet.
        #[serde(
            rename = "createTagIfNotExists",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_tag_if_not_exists: ::std::option::Option<bool>,
        ///Release notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Tag the release points at.
        pub tag: ::std::string::String,
        pub title: ::std::string::String,
    }
    impl CreateReleaseRequest {
        pub fn builder() -> builder::CreateReleaseRequest {
            Default::default()
        }
    }
    ///`CreateReleaseResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateReleaseResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_commit_sha: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl CreateReleaseResponse {
        pub fn builder() -> builder::CreateReleaseResponse {
            Default::default()
        }
    }
    ///`CreateTagRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateTagRequest {
        ///Branch name, ref name or commit hash to tag.
        #[serde(rename = "revisionName")]
        pub revision_name: ::std::string::String,
        #[serde(rename = "revisionType")]
        pub revision_type: CreateTagRequestRevisionType,
        ///Tag message; returned as `tag_description`.
        #[serde(rename = "tagMessage")]
        pub tag_message: ::std::string::String,
        #[serde(rename = "tagName")]
        pub tag_name: ::std::string::String,
    }
    impl CreateTagRequest {
        pub fn builder() -> builder::CreateTagRequest {
            Default::default()
        }
    }
    ///`CreateTagRequestRevisionType`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CreateTagRequestRevisionType {
        #[serde(rename = "branch")]
        Branch,
        #[serde(rename = "ref")]
        Ref,
        #[serde(rename = "commit")]
        Commit,
    }
    impl ::std::fmt::Display for CreateTagRequestRevisionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Branch => f.write_str("branch"),
                Self::Ref => f.write_str("ref"),
                Self::Commit => f.write_str("commit"),
            }
        }
    }
    impl ::std::str::FromStr for CreateTagRequestRevisionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "branch" => Ok(Self::Branch),
                "ref" => Ok(Self::Ref),
                "commit" => Ok(Self::Commit),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateTagRequestRevisionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateTagRequestRevisionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateTagResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateTagResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revision_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub revision_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag_description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag_name: ::std::option::Option<::std::string::String>,
    }
    impl CreateTagResponse {
        pub fn builder() -> builder::CreateTagResponse {
            Default::default()
        }
    }
    ///Profile of the token's user. Unset text fields are empty strings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CurrentUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bio: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub email_addresses: ::std::vec::Vec<EmailAddress>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile_picture_url: ::std::option::Option<::std::string::String>,
        ///`Success` on success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl CurrentUserResponse {
        pub fn builder() -> builder::CurrentUserResponse {
            Default::default()
        }
    }
    ///`EmailAddress`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct EmailAddress {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_primary: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_verified: ::std::option::Option<bool>,
    }
    impl EmailAddress {
        pub fn builder() -> builder::EmailAddress {
            Default::default()
        }
    }
    ///Error body of non-SQL endpoints. Besides `status` and `message` the server echoes request fields (for example `database_owner`, `pull_id`), kept as additional properties. Some 4xx bodies only have `error`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ErrorEnvelope {
        ///Observed variant - some 4xx bodies carry only this key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Human-readable, generic error text. Do not branch on its exact wording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///`Error` on failures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///A database in a fork network.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Fork {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
    }
    impl Fork {
        pub fn builder() -> builder::Fork {
            Default::default()
        }
    }
    ///Fork request. Documented as optional fields, but all three are needed; required here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ForkDatabaseRequest {
        ///Account that receives the fork.
        #[serde(rename = "ownerName")]
        pub owner_name: ::std::string::String,
        ///Name of the database to fork.
        #[serde(rename = "parentDatabaseName")]
        pub parent_database_name: ::std::string::String,
        ///Owner of the database to fork.
        #[serde(rename = "parentOwnerName")]
        pub parent_owner_name: ::std::string::String,
    }
    impl ForkDatabaseRequest {
        pub fn builder() -> builder::ForkDatabaseRequest {
            Default::default()
        }
    }
    ///`ForkDatabaseResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ForkDatabaseResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub forked_owner: ::std::option::Option<::std::string::String>,
        ///Operation to poll with `poll_fork`, e.g. `operations/<uuid>`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_database: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ForkDatabaseResponse {
        pub fn builder() -> builder::ForkDatabaseResponse {
            Default::default()
        }
    }
    ///One pull request. Newer servers use `title`, `description`, `from_branch`, `to_branch`; older ones `"title:"`, `"description:"`, `from_branch_name`, `to_branch_name`. All are described.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct GetPullResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Also seen under the key `"description:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_database: ::std::option::Option<::std::string::String>,
        ///Observed variant of `from_branch` (older servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_owner: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        ///Known values `open`, `closed`, `merged`; case varies.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Also seen under the key `"title:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_database: ::std::option::Option<::std::string::String>,
        ///Observed variant of `to_branch` (older servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_owner: ::std::option::Option<::std::string::String>,
    }
    impl GetPullResponse {
        pub fn builder() -> builder::GetPullResponse {
            Default::default()
        }
    }
    ///`Job`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Job {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Observed variant of `job_error` (older servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Error text of a failed job (current servers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_error: ::std::option::Option<::std::string::String>,
        ///Job path; equals a merge's or import's `operation_name`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        ///Known values `SqlRead`, `Import`, `Merge`, `Migrate`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_type: ::std::option::Option<::std::string::String>,
        ///Known values `Pending`, `Running`, `Succeeded`, `Failed`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl Job {
        pub fn builder() -> builder::Job {
            Default::default()
        }
    }
    ///`ListBranchesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListBranchesResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub branches: ::std::vec::Vec<Branch>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListBranchesResponse {
        pub fn builder() -> builder::ListBranchesResponse {
            Default::default()
        }
    }
    ///`ListForksResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListForksResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Number of forks in the network, not counting the root.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fork_network_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub forks: ::std::vec::Vec<Fork>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_root_database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_root_owner: ::std::option::Option<::std::string::String>,
        ///Name of the direct parent; empty at the network root.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_database_name: ::std::option::Option<::std::string::String>,
        ///Owner of the direct parent; empty at the network root.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListForksResponse {
        pub fn builder() -> builder::ListForksResponse {
            Default::default()
        }
    }
    ///`ListJobsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListJobsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///At most 15 items per page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub jobs: ::std::vec::Vec<Job>,
        ///Token for the next page; missing or empty on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListJobsResponse {
        pub fn builder() -> builder::ListJobsResponse {
            Default::default()
        }
    }
    ///`ListPullsFilterByReviewStatus`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ListPullsFilterByReviewStatus {
        Approved,
        AssignedReviewer,
        Rejected,
        Reviewed,
    }
    impl ::std::fmt::Display for ListPullsFilterByReviewStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Approved => f.write_str("Approved"),
                Self::AssignedReviewer => f.write_str("AssignedReviewer"),
                Self::Rejected => f.write_str("Rejected"),
                Self::Reviewed => f.write_str("Reviewed"),
            }
        }
    }
    impl ::std::str::FromStr for ListPullsFilterByReviewStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Approved" => Ok(Self::Approved),
                "AssignedReviewer" => Ok(Self::AssignedReviewer),
                "Rejected" => Ok(Self::Rejected),
                "Reviewed" => Ok(Self::Reviewed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPullsFilterByReviewStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListPullsFilterByReviewStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListPullsFilterByState`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ListPullsFilterByState {
        Open,
        Closed,
        Merged,
    }
    impl ::std::fmt::Display for ListPullsFilterByState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("Open"),
                Self::Closed => f.write_str("Closed"),
                Self::Merged => f.write_str("Merged"),
            }
        }
    }
    impl ::std::str::FromStr for ListPullsFilterByState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Open" => Ok(Self::Open),
                "Closed" => Ok(Self::Closed),
                "Merged" => Ok(Self::Merged),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListPullsFilterByState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListPullsFilterByState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListPullsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListPullsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Token for the next page; missing or empty on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pulls: ::std::vec::Vec<PullSummary>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListPullsResponse {
        pub fn builder() -> builder::ListPullsResponse {
            Default::default()
        }
    }
    ///`ListReleasesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListReleasesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Token for the next page; missing or empty on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub releases: ::std::vec::Vec<Release>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListReleasesResponse {
        pub fn builder() -> builder::ListReleasesResponse {
            Default::default()
        }
    }
    ///`ListTagsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListTagsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl ListTagsResponse {
        pub fn builder() -> builder::ListTagsResponse {
            Default::default()
        }
    }
    ///`ListUserOperationsOperationType`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ListUserOperationsOperationType {
        SqlWrite,
        SqlRead,
        Import,
        Merge,
        Migrate,
    }
    impl ::std::fmt::Display for ListUserOperationsOperationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SqlWrite => f.write_str("SqlWrite"),
                Self::SqlRead => f.write_str("SqlRead"),
                Self::Import => f.write_str("Import"),
                Self::Merge => f.write_str("Merge"),
                Self::Migrate => f.write_str("Migrate"),
            }
        }
    }
    impl ::std::str::FromStr for ListUserOperationsOperationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SqlWrite" => Ok(Self::SqlWrite),
                "SqlRead" => Ok(Self::SqlRead),
                "Import" => Ok(Self::Import),
                "Merge" => Ok(Self::Merge),
                "Migrate" => Ok(Self::Migrate),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListUserOperationsOperationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListUserOperationsOperationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListUserOperationsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListUserOperationsResponse {
        ///Token for the next page; missing or empty on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///At most 15 items per page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub operations: ::std::vec::Vec<UserOperation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ListUserOperationsResponse {
        pub fn builder() -> builder::ListUserOperationsResponse {
            Default::default()
        }
    }
    ///`MergePullResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MergePullResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Job path to poll with `poll_merge`; equals `job_id` in `list_jobs`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        ///Undocumented, observed; values such as `merging`, `merged`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Equals `operation_name` in `list_user_operations`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_operation_name: ::std::option::Option<::std::string::String>,
    }
    impl MergePullResponse {
        pub fn builder() -> builder::MergePullResponse {
            Default::default()
        }
    }
    ///State of a fork. Finished when `done` is true.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PollForkResponse {
        ///Name of the new fork.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        ///Owner of the new fork.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub done: ::std::option::Option<bool>,
        ///Why the fork failed, when `done` is true and `status` is not `Success`. Not documented by DoltHub; sent by the local sandbox and read when present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///`Success` when the fork worked.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl PollForkResponse {
        pub fn builder() -> builder::PollForkResponse {
            Default::default()
        }
    }
    ///State of an import job. Finished when `job_status` is `Completed`; `pull_id` then names the pull request the import opened.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PollImportResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///True once the job exists; not a completion signal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_created: ::std::option::Option<bool>,
        ///Known values `Pending`, `In Progress`, `Completed`; failure values undocumented. Compare case-insensitively and treat unknown values as still running.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///Pull request created by the finished import (present once `Completed`). Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl PollImportResponse {
        pub fn builder() -> builder::PollImportResponse {
            Default::default()
        }
    }
    ///State of a merge job. Finished when `job_status` is `Completed`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PollMergeResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Observed by some clients; when present and true, the merge has finished.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub done: ::std::option::Option<bool>,
        ///True once the job exists; not a completion signal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_created: ::std::option::Option<bool>,
        ///Known values `Pending`, `In Progress`, `Completed`; failure values undocumented. Compare case-insensitively and treat unknown values as still running.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl PollMergeResponse {
        pub fn builder() -> builder::PollMergeResponse {
            Default::default()
        }
    }
    ///State of a SQL write. Finished when `done` is true; outcome in `res_details`. Legacy servers put `query_execution_status`/`query_execution_message` at the top level instead; both forms are described.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PollSqlWriteResponse {
        ///True once the write has finished (successfully or not).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub done: ::std::option::Option<bool>,
        ///The operation name.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Legacy flat form of `res_details.query_execution_message`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_message: ::std::option::Option<::std::string::String>,
        ///Legacy flat form of `res_details.query_execution_status`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub res_details: ::std::option::Option<SqlWriteResult>,
    }
    impl PollSqlWriteResponse {
        pub fn builder() -> builder::PollSqlWriteResponse {
            Default::default()
        }
    }
    ///Outbound webhook payload sent when a pull request is opened, closed or merged (`event_name: pull_request`). `repository` is the target database, `fromRepository` the source. Keys are camelCase here, unlike API responses. Treat `action` and `state` as open sets of strings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PullRequestEvent {
        ///Known values `Opened`, `Closed`, `Merged`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///Author of the pull request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<::std::string::String>,
        ///`pull_request`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_name: ::std::option::Option<::std::string::String>,
        ///Source branch; may carry an owner prefix such as `liuliu/lacma`.
        #[serde(
            rename = "fromBranch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_branch: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fromRepository",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_repository: ::std::option::Option<WebhookRepository>,
        ///Pull request id.
        #[serde(
            rename = "pullID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pull_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository: ::std::option::Option<WebhookRepository>,
        ///User whose action triggered the event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        ///State after the event, e.g. `Open`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Target branch.
        #[serde(
            rename = "toBranch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_branch: ::std::option::Option<::std::string::String>,
    }
    impl PullRequestEvent {
        pub fn builder() -> builder::PullRequestEvent {
            Default::default()
        }
    }
    ///Pull request as listed. Title and description have been seen under keys with a trailing colon; read both spellings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PullSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<::std::string::String>,
        ///Also seen under the key `"description:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        ///Known values `open`, `closed`, `merged`; case varies.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Also seen under the key `"title:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl PullSummary {
        pub fn builder() -> builder::PullSummary {
            Default::default()
        }
    }
    ///Outbound webhook payload sent after commits are pushed to a branch (`event_name: push`). `repository` is the database.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct PushEvent {
        ///`push`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_name: ::std::option::Option<::std::string::String>,
        ///Branch tip after the push.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub head: ::std::option::Option<::std::string::String>,
        ///Branch tip before the push.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prev: ::std::option::Option<::std::string::String>,
        ///Full ref of the pushed branch, e.g. `refs/heads/main`.
        #[serde(rename = "ref", skip_serializing_if = "::std::option::Option::is_none")]
        pub ref_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository: ::std::option::Option<WebhookRepository>,
    }
    impl PushEvent {
        pub fn builder() -> builder::PushEvent {
            Default::default()
        }
    }
    ///`Release`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Release {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_commit_sha: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub release_updated_at: ::std::option::Option<::std::string::String>,
    }
    impl Release {
        pub fn builder() -> builder::Release {
            Default::default()
        }
    }
    ///One result column, in result order.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlColumn {
        #[serde(
            rename = "columnName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub column_name: ::std::option::Option<::std::string::String>,
        ///SQL type as reported by the engine, e.g. `INT`, `VARCHAR(255)`.
        #[serde(
            rename = "columnType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub column_type: ::std::option::Option<::std::string::String>,
    }
    impl SqlColumn {
        pub fn builder() -> builder::SqlColumn {
            Default::default()
        }
    }
    ///Error body of SQL endpoints (read, write and write poll). The server echoes request fields beside the status; the ones seen are listed, others may appear (additional properties are allowed, though generated clients may not keep them).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlErrorEnvelope {
        ///Ref the read ran against.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_ref: ::std::option::Option<::std::string::String>,
        ///Echoed by a rejected write.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_name: ::std::option::Option<::std::string::String>,
        ///Operation name; empty when a write was rejected before it started.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///The write's statement, echoed by a rejected write.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<::std::string::String>,
        ///Error text from the SQL engine or the service.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_message: ::std::option::Option<::std::string::String>,
        ///`Error` on failures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_owner: ::std::option::Option<::std::string::String>,
        ///The query as received.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sql_query: ::std::option::Option<::std::string::String>,
        ///Echoed by a rejected write.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_name: ::std::option::Option<::std::string::String>,
    }
    impl SqlErrorEnvelope {
        pub fn builder() -> builder::SqlErrorEnvelope {
            Default::default()
        }
    }
    ///Result of a SQL read. Check `query_execution_status`: `Success`, `RowLimit` (result truncated at about 1,000 rows, still a success) or `Error` (a SQL failure delivered with HTTP 200).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlReadResponse {
        ///Ref the query actually ran against.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_ref: ::std::option::Option<::std::string::String>,
        ///Often empty on success; the error text on failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_message: ::std::option::Option<::std::string::String>,
        ///Known values `Success`, `RowLimit`, `Error`. Compare case-insensitively.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_owner: ::std::option::Option<::std::string::String>,
        ///One object per row, keyed by column name. Cells are arbitrary JSON (mostly strings, even for numbers; booleans as 0/1 or "0"/"1"; NULL encoding undocumented).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub rows: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Result columns in order. Use this for column order; row objects do not keep it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub schema: ::std::vec::Vec<SqlColumn>,
        ///The query that ran. Also seen under the key `"sql_query:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sql_query: ::std::option::Option<::std::string::String>,
    }
    impl SqlReadResponse {
        pub fn builder() -> builder::SqlReadResponse {
            Default::default()
        }
    }
    ///Body form of a SQL write. `query` holds exactly one statement (no `;` batches). An empty or missing `query` merges `from_branch` into `to_branch`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlWriteRequest {
        ///One SQL statement; empty to merge instead of writing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<::std::string::String>,
    }
    impl SqlWriteRequest {
        pub fn builder() -> builder::SqlWriteRequest {
            Default::default()
        }
    }
    ///Acknowledgement of a started write. `operation_name` is what `poll_sql_write` needs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlWriteResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_branch_name: ::std::option::Option<::std::string::String>,
        ///Operation to poll, e.g. `operations/<uuid>`; empty on failure. Also seen under the key `"operation_name:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///The statement as received. Also seen under the key `"query:"` (trailing colon); read both.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_message: ::std::option::Option<::std::string::String>,
        ///`Success` when the operation was created; `Error` otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_branch_name: ::std::option::Option<::std::string::String>,
    }
    impl SqlWriteResponse {
        pub fn builder() -> builder::SqlWriteResponse {
            Default::default()
        }
    }
    ///Outcome of a finished SQL write (`res_details` of the write poll).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SqlWriteResult {
        ///Commit before the write; after a merge, the merge commit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_commit_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner_name: ::std::option::Option<::std::string::String>,
        ///Engine message, e.g. rows affected, or the error text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_message: ::std::option::Option<::std::string::String>,
        ///Known values `Success`, `SuccessWithWarning`, `Error`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query_execution_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repository_name: ::std::option::Option<::std::string::String>,
        ///Commit containing the write; empty after a merge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_commit_id: ::std::option::Option<::std::string::String>,
    }
    impl SqlWriteResult {
        pub fn builder() -> builder::SqlWriteResult {
            Default::default()
        }
    }
    ///`Tag`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Tag {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag_description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag_name: ::std::option::Option<::std::string::String>,
        ///ISO-8601 timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tagged_at: ::std::option::Option<::std::string::String>,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///Fields to change; all optional, send at least one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UpdatePullRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Only closing is supported; there is no reopen.
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
    ///Only closing is supported; there is no reopen.
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum UpdatePullRequestState {
        #[serde(rename = "closed")]
        Closed,
    }
    impl ::std::fmt::Display for UpdatePullRequestState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
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
    ///`UpdatePullResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UpdatePullResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Documented as a string; some servers send a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pull_id: ::std::option::Option<::std::string::String>,
        ///Known values `open`, `closed`, `merged`; case varies.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl UpdatePullResponse {
        pub fn builder() -> builder::UpdatePullResponse {
            Default::default()
        }
    }
    ///Multipart form of `upload_file`. `params` is a JSON string encoding an `UploadParams` document, not a nested object. Maximum file size 100 MB.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UploadFileRequest {
        ///File bytes (at most 100 MB), sent with a filename.
        pub file: ::std::string::String,
        ///JSON-encoded `UploadParams` document (`#/components/schemas/UploadParams`).
        pub params: ::std::string::String,
    }
    impl UploadFileRequest {
        pub fn builder() -> builder::UploadFileRequest {
            Default::default()
        }
    }
    ///`UploadFileResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UploadFileResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub database_owner: ::std::option::Option<::std::string::String>,
        ///Job path to poll with `poll_import`; equals `job_id` in `list_jobs`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub table_name: ::std::option::Option<::std::string::String>,
        ///Equals `operation_name` in `list_user_operations`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_operation_name: ::std::option::Option<::std::string::String>,
    }
    impl UploadFileResponse {
        pub fn builder() -> builder::UploadFileResponse {
            Default::default()
        }
    }
    ///Import settings sent JSON-encoded in the `params` part of `upload_file`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UploadParams {
        ///Branch to import into; an empty string when the database has no branch yet.
        #[serde(rename = "branchName")]
        pub branch_name: ::std::string::String,
        ///Name of the uploaded file.
        #[serde(rename = "fileName")]
        pub file_name: ::std::string::String,
        #[serde(rename = "fileType")]
        pub file_type: UploadParamsFileType,
        ///What the import does with the table: `Create` makes a new table from the file (an existing table is an error); `Update` inserts the file's rows and updates those whose primary key is already there; `Overwrite` drops the table and creates it again from the file (schema and rows); `Replace` keeps the table's schema, deletes its rows and inserts the file's.
        #[serde(rename = "importOp")]
        pub import_op: UploadParamsImportOp,
        ///Primary-key columns for a new table.
        #[serde(
            rename = "primaryKeys",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub primary_keys: ::std::vec::Vec<::std::string::String>,
        ///Target table. Needed for `Csv`, `Psv` and `Xlsx`; not for `Sql`.
        #[serde(
            rename = "tableName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_name: ::std::option::Option<::std::string::String>,
    }
    impl UploadParams {
        pub fn builder() -> builder::UploadParams {
            Default::default()
        }
    }
    ///`UploadParamsFileType`
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum UploadParamsFileType {
        Csv,
        Psv,
        Json,
        Xlsx,
        Sql,
    }
    impl ::std::fmt::Display for UploadParamsFileType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Csv => f.write_str("Csv"),
                Self::Psv => f.write_str("Psv"),
                Self::Json => f.write_str("Json"),
                Self::Xlsx => f.write_str("Xlsx"),
                Self::Sql => f.write_str("Sql"),
            }
        }
    }
    impl ::std::str::FromStr for UploadParamsFileType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Csv" => Ok(Self::Csv),
                "Psv" => Ok(Self::Psv),
                "Json" => Ok(Self::Json),
                "Xlsx" => Ok(Self::Xlsx),
                "Sql" => Ok(Self::Sql),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UploadParamsFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UploadParamsFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What the import does with the table: `Create` makes a new table from the file (an existing table is an error); `Update` inserts the file's rows and updates those whose primary key is already there; `Overwrite` drops the table and creates it again from the file (schema and rows); `Replace` keeps the table's schema, deletes its rows and inserts the file's.
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
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum UploadParamsImportOp {
        Create,
        Update,
        Overwrite,
        Replace,
    }
    impl ::std::fmt::Display for UploadParamsImportOp {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Create => f.write_str("Create"),
                Self::Update => f.write_str("Update"),
                Self::Overwrite => f.write_str("Overwrite"),
                Self::Replace => f.write_str("Replace"),
            }
        }
    }
    impl ::std::str::FromStr for UploadParamsImportOp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Create" => Ok(Self::Create),
                "Update" => Ok(Self::Update),
                "Overwrite" => Ok(Self::Overwrite),
                "Replace" => Ok(Self::Replace),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UploadParamsImportOp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UploadParamsImportOp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UserOperation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct UserOperation {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Error text of a failed operation; empty otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Python-style dictionary string with single quotes (not JSON), e.g. query and branch names. Parse best-effort only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        ///e.g. `users/<user>/userOperations/<uuid>`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_name: ::std::option::Option<::std::string::String>,
        ///Known values `Pending`, `Running`, `Success`, `Failure`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_status: ::std::option::Option<::std::string::String>,
        ///Known values `SqlWrite`, `SqlRead`, `Import`, `Merge`, `Migrate`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
    }
    impl UserOperation {
        pub fn builder() -> builder::UserOperation {
            Default::default()
        }
    }
    ///Database named in a webhook payload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WebhookRepository {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
    }
    impl WebhookRepository {
        pub fn builder() -> builder::WebhookRepository {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Branch {
            branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Branch {
            fn default() -> Self {
                Self {
                    branch_name: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Branch {
            pub fn branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_name: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                    branch_name: value.branch_name?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Branch> for Branch {
            fn from(value: super::Branch) -> Self {
                Self {
                    branch_name: Ok(value.branch_name),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BranchEvent {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            branch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository: ::std::result::Result<
                ::std::option::Option<super::WebhookRepository>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BranchEvent {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    branch: Ok(Default::default()),
                    event_name: Ok(Default::default()),
                    repository: Ok(Default::default()),
                }
            }
        }
        impl BranchEvent {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch: {e}")
                    });
                self
            }
            pub fn event_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_name: {e}")
                    });
                self
            }
            pub fn repository<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookRepository>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.repository = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repository: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BranchEvent> for super::BranchEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BranchEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    branch: value.branch?,
                    event_name: value.event_name?,
                    repository: value.repository?,
                })
            }
        }
        impl ::std::convert::From<super::BranchEvent> for BranchEvent {
            fn from(value: super::BranchEvent) -> Self {
                Self {
                    action: Ok(value.action),
                    branch: Ok(value.branch),
                    event_name: Ok(value.event_name),
                    repository: Ok(value.repository),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBranchRequest {
            new_branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            revision_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            revision_type: ::std::result::Result<
                super::CreateBranchRequestRevisionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBranchRequest {
            fn default() -> Self {
                Self {
                    new_branch_name: Err(
                        "no value supplied for new_branch_name".to_string(),
                    ),
                    revision_name: Err(
                        "no value supplied for revision_name".to_string(),
                    ),
                    revision_type: Err("no value supplied for revision_type".to_string()),
                }
            }
        }
        impl CreateBranchRequest {
            pub fn new_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.new_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn revision_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_name: {e}")
                    });
                self
            }
            pub fn revision_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateBranchRequestRevisionType>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_type: {e}")
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
                    new_branch_name: value.new_branch_name?,
                    revision_name: value.revision_name?,
                    revision_type: value.revision_type?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBranchRequest> for CreateBranchRequest {
            fn from(value: super::CreateBranchRequest) -> Self {
                Self {
                    new_branch_name: Ok(value.new_branch_name),
                    revision_name: Ok(value.revision_name),
                    revision_type: Ok(value.revision_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBranchResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revision_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revision_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBranchResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    new_branch_name: Ok(Default::default()),
                    revision_name: Ok(Default::default()),
                    revision_type: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CreateBranchResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn new_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn revision_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_name: {e}")
                    });
                self
            }
            pub fn revision_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_type: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBranchResponse>
        for super::CreateBranchResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBranchResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    new_branch_name: value.new_branch_name?,
                    revision_name: value.revision_name?,
                    revision_type: value.revision_type?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBranchResponse> for CreateBranchResponse {
            fn from(value: super::CreateBranchResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    new_branch_name: Ok(value.new_branch_name),
                    revision_name: Ok(value.revision_name),
                    revision_type: Ok(value.revision_type),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateDatabaseRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            repo_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                super::CreateDatabaseRequestVisibility,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateDatabaseRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    owner_name: Err("no value supplied for owner_name".to_string()),
                    repo_name: Err("no value supplied for repo_name".to_string()),
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
            pub fn owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_name: {e}")
                    });
                self
            }
            pub fn repo_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repo_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repo_name: {e}")
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateDatabaseRequestVisibility>,
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
                    owner_name: value.owner_name?,
                    repo_name: value.repo_name?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::CreateDatabaseRequest>
        for CreateDatabaseRequest {
            fn from(value: super::CreateDatabaseRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    owner_name: Ok(value.owner_name),
                    repo_name: Ok(value.repo_name),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateDatabaseResponse {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateDatabaseResponse {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    repository_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                    visibility: Ok(Default::default()),
                }
            }
        }
        impl CreateDatabaseResponse {
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
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn repository_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_owner: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<CreateDatabaseResponse>
        for super::CreateDatabaseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateDatabaseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    repository_name: value.repository_name?,
                    repository_owner: value.repository_owner?,
                    status: value.status?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::CreateDatabaseResponse>
        for CreateDatabaseResponse {
            fn from(value: super::CreateDatabaseResponse) -> Self {
                Self {
                    description: Ok(value.description),
                    repository_name: Ok(value.repository_name),
                    repository_owner: Ok(value.repository_owner),
                    status: Ok(value.status),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullCommentRequest {
            comment: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreatePullCommentRequest {
            fn default() -> Self {
                Self {
                    comment: Err("no value supplied for comment".to_string()),
                }
            }
        }
        impl CreatePullCommentRequest {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
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
                Ok(Self { comment: value.comment? })
            }
        }
        impl ::std::convert::From<super::CreatePullCommentRequest>
        for CreatePullCommentRequest {
            fn from(value: super::CreatePullCommentRequest) -> Self {
                Self { comment: Ok(value.comment) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullCommentResponse {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatePullCommentResponse {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    repository_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CreatePullCommentResponse {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn repository_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_owner: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePullCommentResponse>
        for super::CreatePullCommentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatePullCommentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    pull_id: value.pull_id?,
                    repository_name: value.repository_name?,
                    repository_owner: value.repository_owner?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CreatePullCommentResponse>
        for CreatePullCommentResponse {
            fn from(value: super::CreatePullCommentResponse) -> Self {
                Self {
                    comment: Ok(value.comment),
                    pull_id: Ok(value.pull_id),
                    repository_name: Ok(value.repository_name),
                    repository_owner: Ok(value.repository_owner),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            from_branch_owner_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            from_branch_repo_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            to_branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            to_branch_owner_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            to_branch_repo_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatePullRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    from_branch_name: Err(
                        "no value supplied for from_branch_name".to_string(),
                    ),
                    from_branch_owner_name: Err(
                        "no value supplied for from_branch_owner_name".to_string(),
                    ),
                    from_branch_repo_name: Err(
                        "no value supplied for from_branch_repo_name".to_string(),
                    ),
                    title: Err("no value supplied for title".to_string()),
                    to_branch_name: Err(
                        "no value supplied for to_branch_name".to_string(),
                    ),
                    to_branch_owner_name: Err(
                        "no value supplied for to_branch_owner_name".to_string(),
                    ),
                    to_branch_repo_name: Err(
                        "no value supplied for to_branch_repo_name".to_string(),
                    ),
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
            pub fn from_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn from_branch_owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_owner_name: {e}"
                        )
                    });
                self
            }
            pub fn from_branch_repo_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_repo_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_repo_name: {e}"
                        )
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
            pub fn to_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn to_branch_owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_owner_name: {e}"
                        )
                    });
                self
            }
            pub fn to_branch_repo_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_repo_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_repo_name: {e}"
                        )
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
                    from_branch_name: value.from_branch_name?,
                    from_branch_owner_name: value.from_branch_owner_name?,
                    from_branch_repo_name: value.from_branch_repo_name?,
                    title: value.title?,
                    to_branch_name: value.to_branch_name?,
                    to_branch_owner_name: value.to_branch_owner_name?,
                    to_branch_repo_name: value.to_branch_repo_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreatePullRequest> for CreatePullRequest {
            fn from(value: super::CreatePullRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    from_branch_name: Ok(value.from_branch_name),
                    from_branch_owner_name: Ok(value.from_branch_owner_name),
                    from_branch_repo_name: Ok(value.from_branch_repo_name),
                    title: Ok(value.title),
                    to_branch_name: Ok(value.to_branch_name),
                    to_branch_owner_name: Ok(value.to_branch_owner_name),
                    to_branch_repo_name: Ok(value.to_branch_repo_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatePullResponse {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_owner_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_owner_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatePullResponse {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    from_branch_name: Ok(Default::default()),
                    from_owner_name: Ok(Default::default()),
                    from_repository_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                    to_branch_name: Ok(Default::default()),
                    to_owner_name: Ok(Default::default()),
                    to_repository_name: Ok(Default::default()),
                }
            }
        }
        impl CreatePullResponse {
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
            pub fn from_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn from_owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_owner_name: {e}"
                        )
                    });
                self
            }
            pub fn from_repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_repository_name: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn to_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn to_owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_owner_name: {e}")
                    });
                self
            }
            pub fn to_repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_repository_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatePullResponse> for super::CreatePullResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatePullResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    from_branch_name: value.from_branch_name?,
                    from_owner_name: value.from_owner_name?,
                    from_repository_name: value.from_repository_name?,
                    id: value.id?,
                    pull_id: value.pull_id?,
                    status: value.status?,
                    title: value.title?,
                    to_branch_name: value.to_branch_name?,
                    to_owner_name: value.to_owner_name?,
                    to_repository_name: value.to_repository_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreatePullResponse> for CreatePullResponse {
            fn from(value: super::CreatePullResponse) -> Self {
                Self {
                    description: Ok(value.description),
                    from_branch_name: Ok(value.from_branch_name),
                    from_owner_name: Ok(value.from_owner_name),
                    from_repository_name: Ok(value.from_repository_name),
                    id: Ok(value.id),
                    pull_id: Ok(value.pull_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    to_branch_name: Ok(value.to_branch_name),
                    to_owner_name: Ok(value.to_owner_name),
                    to_repository_name: Ok(value.to_repository_name),
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
        pub struct CreateReleaseResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_commit_sha: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateReleaseResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    release_commit_sha: Ok(Default::default()),
                    release_created_at: Ok(Default::default()),
                    release_description: Ok(Default::default()),
                    release_tag: Ok(Default::default()),
                    release_title: Ok(Default::default()),
                    release_updated_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CreateReleaseResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn release_commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_commit_sha: {e}"
                        )
                    });
                self
            }
            pub fn release_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_created_at: {e}"
                        )
                    });
                self
            }
            pub fn release_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_description: {e}"
                        )
                    });
                self
            }
            pub fn release_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for release_tag: {e}")
                    });
                self
            }
            pub fn release_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for release_title: {e}")
                    });
                self
            }
            pub fn release_updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_updated_at: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReleaseResponse>
        for super::CreateReleaseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReleaseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    release_commit_sha: value.release_commit_sha?,
                    release_created_at: value.release_created_at?,
                    release_description: value.release_description?,
                    release_tag: value.release_tag?,
                    release_title: value.release_title?,
                    release_updated_at: value.release_updated_at?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CreateReleaseResponse>
        for CreateReleaseResponse {
            fn from(value: super::CreateReleaseResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    release_commit_sha: Ok(value.release_commit_sha),
                    release_created_at: Ok(value.release_created_at),
                    release_description: Ok(value.release_description),
                    release_tag: Ok(value.release_tag),
                    release_title: Ok(value.release_title),
                    release_updated_at: Ok(value.release_updated_at),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTagRequest {
            revision_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            revision_type: ::std::result::Result<
                super::CreateTagRequestRevisionType,
                ::std::string::String,
            >,
            tag_message: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tag_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTagRequest {
            fn default() -> Self {
                Self {
                    revision_name: Err(
                        "no value supplied for revision_name".to_string(),
                    ),
                    revision_type: Err(
                        "no value supplied for revision_type".to_string(),
                    ),
                    tag_message: Err("no value supplied for tag_message".to_string()),
                    tag_name: Err("no value supplied for tag_name".to_string()),
                }
            }
        }
        impl CreateTagRequest {
            pub fn revision_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_name: {e}")
                    });
                self
            }
            pub fn revision_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateTagRequestRevisionType>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_type: {e}")
                    });
                self
            }
            pub fn tag_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_message: {e}")
                    });
                self
            }
            pub fn tag_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_name: {e}")
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
                    revision_name: value.revision_name?,
                    revision_type: value.revision_type?,
                    tag_message: value.tag_message?,
                    tag_name: value.tag_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTagRequest> for CreateTagRequest {
            fn from(value: super::CreateTagRequest) -> Self {
                Self {
                    revision_name: Ok(value.revision_name),
                    revision_type: Ok(value.revision_type),
                    tag_message: Ok(value.tag_message),
                    tag_name: Ok(value.tag_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTagResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revision_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revision_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTagResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    revision_name: Ok(Default::default()),
                    revision_type: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tag_description: Ok(Default::default()),
                    tag_name: Ok(Default::default()),
                }
            }
        }
        impl CreateTagResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn revision_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_name: {e}")
                    });
                self
            }
            pub fn revision_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_type: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tag_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tag_description: {e}"
                        )
                    });
                self
            }
            pub fn tag_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTagResponse> for super::CreateTagResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTagResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    revision_name: value.revision_name?,
                    revision_type: value.revision_type?,
                    status: value.status?,
                    tag_description: value.tag_description?,
                    tag_name: value.tag_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTagResponse> for CreateTagResponse {
            fn from(value: super::CreateTagResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    revision_name: Ok(value.revision_name),
                    revision_type: Ok(value.revision_type),
                    status: Ok(value.status),
                    tag_description: Ok(value.tag_description),
                    tag_name: Ok(value.tag_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CurrentUserResponse {
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
            profile_picture_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CurrentUserResponse {
            fn default() -> Self {
                Self {
                    bio: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    email_addresses: Ok(Default::default()),
                    location: Ok(Default::default()),
                    profile_picture_url: Ok(Default::default()),
                    status: Ok(Default::default()),
                    url: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl CurrentUserResponse {
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
            pub fn profile_picture_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile_picture_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for profile_picture_url: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CurrentUserResponse>
        for super::CurrentUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CurrentUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bio: value.bio?,
                    display_name: value.display_name?,
                    email_addresses: value.email_addresses?,
                    location: value.location?,
                    profile_picture_url: value.profile_picture_url?,
                    status: value.status?,
                    url: value.url?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::CurrentUserResponse> for CurrentUserResponse {
            fn from(value: super::CurrentUserResponse) -> Self {
                Self {
                    bio: Ok(value.bio),
                    display_name: Ok(value.display_name),
                    email_addresses: Ok(value.email_addresses),
                    location: Ok(value.location),
                    profile_picture_url: Ok(value.profile_picture_url),
                    status: Ok(value.status),
                    url: Ok(value.url),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailAddress {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_primary: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailAddress {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    is_primary: Ok(Default::default()),
                    is_verified: Ok(Default::default()),
                }
            }
        }
        impl EmailAddress {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        pub struct ErrorEnvelope {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    error: Ok(value.error),
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fork {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fork {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                }
            }
        }
        impl Fork {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fork> for super::Fork {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fork,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                })
            }
        }
        impl ::std::convert::From<super::Fork> for Fork {
            fn from(value: super::Fork) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ForkDatabaseRequest {
            owner_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_database_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_owner_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ForkDatabaseRequest {
            fn default() -> Self {
                Self {
                    owner_name: Err("no value supplied for owner_name".to_string()),
                    parent_database_name: Err(
                        "no value supplied for parent_database_name".to_string(),
                    ),
                    parent_owner_name: Err(
                        "no value supplied for parent_owner_name".to_string(),
                    ),
                }
            }
        }
        impl ForkDatabaseRequest {
            pub fn owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_name: {e}")
                    });
                self
            }
            pub fn parent_database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_database_name: {e}"
                        )
                    });
                self
            }
            pub fn parent_owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_owner_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ForkDatabaseRequest>
        for super::ForkDatabaseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ForkDatabaseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    owner_name: value.owner_name?,
                    parent_database_name: value.parent_database_name?,
                    parent_owner_name: value.parent_owner_name?,
                })
            }
        }
        impl ::std::convert::From<super::ForkDatabaseRequest> for ForkDatabaseRequest {
            fn from(value: super::ForkDatabaseRequest) -> Self {
                Self {
                    owner_name: Ok(value.owner_name),
                    parent_database_name: Ok(value.parent_database_name),
                    parent_owner_name: Ok(value.parent_owner_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ForkDatabaseResponse {
            forked_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_database: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ForkDatabaseResponse {
            fn default() -> Self {
                Self {
                    forked_owner: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    parent_database: Ok(Default::default()),
                    parent_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ForkDatabaseResponse {
            pub fn forked_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.forked_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for forked_owner: {e}")
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn parent_database<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_database = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_database: {e}"
                        )
                    });
                self
            }
            pub fn parent_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_owner: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ForkDatabaseResponse>
        for super::ForkDatabaseResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ForkDatabaseResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    forked_owner: value.forked_owner?,
                    operation_name: value.operation_name?,
                    parent_database: value.parent_database?,
                    parent_owner: value.parent_owner?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ForkDatabaseResponse> for ForkDatabaseResponse {
            fn from(value: super::ForkDatabaseResponse) -> Self {
                Self {
                    forked_owner: Ok(value.forked_owner),
                    operation_name: Ok(value.operation_name),
                    parent_database: Ok(value.parent_database),
                    parent_owner: Ok(value.parent_owner),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetPullResponse {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_database: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_database: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetPullResponse {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    description: Ok(Default::default()),
                    from_branch: Ok(Default::default()),
                    from_branch_database: Ok(Default::default()),
                    from_branch_name: Ok(Default::default()),
                    from_branch_owner: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    state: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                    to_branch: Ok(Default::default()),
                    to_branch_database: Ok(Default::default()),
                    to_branch_name: Ok(Default::default()),
                    to_branch_owner: Ok(Default::default()),
                }
            }
        }
        impl GetPullResponse {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
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
            pub fn from_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_branch: {e}")
                    });
                self
            }
            pub fn from_branch_database<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_database = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_database: {e}"
                        )
                    });
                self
            }
            pub fn from_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn from_branch_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_owner: {e}"
                        )
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn to_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_branch: {e}")
                    });
                self
            }
            pub fn to_branch_database<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_database = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_database: {e}"
                        )
                    });
                self
            }
            pub fn to_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn to_branch_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_owner: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetPullResponse> for super::GetPullResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetPullResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    created_at: value.created_at?,
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    description: value.description?,
                    from_branch: value.from_branch?,
                    from_branch_database: value.from_branch_database?,
                    from_branch_name: value.from_branch_name?,
                    from_branch_owner: value.from_branch_owner?,
                    pull_id: value.pull_id?,
                    state: value.state?,
                    status: value.status?,
                    title: value.title?,
                    to_branch: value.to_branch?,
                    to_branch_database: value.to_branch_database?,
                    to_branch_name: value.to_branch_name?,
                    to_branch_owner: value.to_branch_owner?,
                })
            }
        }
        impl ::std::convert::From<super::GetPullResponse> for GetPullResponse {
            fn from(value: super::GetPullResponse) -> Self {
                Self {
                    author: Ok(value.author),
                    created_at: Ok(value.created_at),
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    description: Ok(value.description),
                    from_branch: Ok(value.from_branch),
                    from_branch_database: Ok(value.from_branch_database),
                    from_branch_name: Ok(value.from_branch_name),
                    from_branch_owner: Ok(value.from_branch_owner),
                    pull_id: Ok(value.pull_id),
                    state: Ok(value.state),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    to_branch: Ok(value.to_branch),
                    to_branch_database: Ok(value.to_branch_database),
                    to_branch_name: Ok(value.to_branch_name),
                    to_branch_owner: Ok(value.to_branch_owner),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Job {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Job {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    creator: Ok(Default::default()),
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                    job_error: Ok(Default::default()),
                    job_id: Ok(Default::default()),
                    job_type: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl Job {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn job_error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_error: {e}")
                    });
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_id: {e}")
                    });
                self
            }
            pub fn job_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_type: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Job> for super::Job {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Job,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    error: value.error?,
                    job_error: value.job_error?,
                    job_id: value.job_id?,
                    job_type: value.job_type?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Job> for Job {
            fn from(value: super::Job) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    description: Ok(value.description),
                    error: Ok(value.error),
                    job_error: Ok(value.job_error),
                    job_id: Ok(value.job_id),
                    job_type: Ok(value.job_type),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListBranchesResponse {
            branches: ::std::result::Result<
                ::std::vec::Vec<super::Branch>,
                ::std::string::String,
            >,
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListBranchesResponse {
            fn default() -> Self {
                Self {
                    branches: Ok(Default::default()),
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListBranchesResponse {
            pub fn branches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Branch>>,
                T::Error: ::std::fmt::Display,
            {
                self.branches = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branches: {e}")
                    });
                self
            }
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListBranchesResponse>
        for super::ListBranchesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListBranchesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branches: value.branches?,
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListBranchesResponse> for ListBranchesResponse {
            fn from(value: super::ListBranchesResponse) -> Self {
                Self {
                    branches: Ok(value.branches),
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListForksResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fork_network_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            forks: ::std::result::Result<
                ::std::vec::Vec<super::Fork>,
                ::std::string::String,
            >,
            network_root_database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network_root_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListForksResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    fork_network_count: Ok(Default::default()),
                    forks: Ok(Default::default()),
                    network_root_database_name: Ok(Default::default()),
                    network_root_owner: Ok(Default::default()),
                    parent_database_name: Ok(Default::default()),
                    parent_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListForksResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn fork_network_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
            pub fn forks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Fork>>,
                T::Error: ::std::fmt::Display,
            {
                self.forks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for forks: {e}")
                    });
                self
            }
            pub fn network_root_database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_root_database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_root_database_name: {e}"
                        )
                    });
                self
            }
            pub fn network_root_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_root_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for network_root_owner: {e}"
                        )
                    });
                self
            }
            pub fn parent_database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_database_name: {e}"
                        )
                    });
                self
            }
            pub fn parent_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_owner: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListForksResponse> for super::ListForksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListForksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    fork_network_count: value.fork_network_count?,
                    forks: value.forks?,
                    network_root_database_name: value.network_root_database_name?,
                    network_root_owner: value.network_root_owner?,
                    parent_database_name: value.parent_database_name?,
                    parent_owner: value.parent_owner?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListForksResponse> for ListForksResponse {
            fn from(value: super::ListForksResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    fork_network_count: Ok(value.fork_network_count),
                    forks: Ok(value.forks),
                    network_root_database_name: Ok(value.network_root_database_name),
                    network_root_owner: Ok(value.network_root_owner),
                    parent_database_name: Ok(value.parent_database_name),
                    parent_owner: Ok(value.parent_owner),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListJobsResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jobs: ::std::result::Result<
                ::std::vec::Vec<super::Job>,
                ::std::string::String,
            >,
            next_page_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListJobsResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    jobs: Ok(Default::default()),
                    next_page_token: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListJobsResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn jobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Job>>,
                T::Error: ::std::fmt::Display,
            {
                self.jobs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jobs: {e}")
                    });
                self
            }
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListJobsResponse> for super::ListJobsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListJobsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    jobs: value.jobs?,
                    next_page_token: value.next_page_token?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListJobsResponse> for ListJobsResponse {
            fn from(value: super::ListJobsResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    jobs: Ok(value.jobs),
                    next_page_token: Ok(value.next_page_token),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPullsResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pulls: ::std::result::Result<
                ::std::vec::Vec<super::PullSummary>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPullsResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    next_page_token: Ok(Default::default()),
                    pulls: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListPullsResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
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
            pub fn pulls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PullSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.pulls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pulls: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPullsResponse> for super::ListPullsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPullsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    next_page_token: value.next_page_token?,
                    pulls: value.pulls?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListPullsResponse> for ListPullsResponse {
            fn from(value: super::ListPullsResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    next_page_token: Ok(value.next_page_token),
                    pulls: Ok(value.pulls),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListReleasesResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            releases: ::std::result::Result<
                ::std::vec::Vec<super::Release>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListReleasesResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    next_page_token: Ok(Default::default()),
                    releases: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListReleasesResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
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
            pub fn releases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Release>>,
                T::Error: ::std::fmt::Display,
            {
                self.releases = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for releases: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListReleasesResponse>
        for super::ListReleasesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListReleasesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    next_page_token: value.next_page_token?,
                    releases: value.releases?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListReleasesResponse> for ListReleasesResponse {
            fn from(value: super::ListReleasesResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    next_page_token: Ok(value.next_page_token),
                    releases: Ok(value.releases),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListTagsResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListTagsResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl ListTagsResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListTagsResponse> for super::ListTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    status: value.status?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::ListTagsResponse> for ListTagsResponse {
            fn from(value: super::ListTagsResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListUserOperationsResponse {
            next_page_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operations: ::std::result::Result<
                ::std::vec::Vec<super::UserOperation>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListUserOperationsResponse {
            fn default() -> Self {
                Self {
                    next_page_token: Ok(Default::default()),
                    operations: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListUserOperationsResponse {
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
            pub fn operations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserOperation>>,
                T::Error: ::std::fmt::Display,
            {
                self.operations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operations: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListUserOperationsResponse>
        for super::ListUserOperationsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListUserOperationsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next_page_token: value.next_page_token?,
                    operations: value.operations?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ListUserOperationsResponse>
        for ListUserOperationsResponse {
            fn from(value: super::ListUserOperationsResponse) -> Self {
                Self {
                    next_page_token: Ok(value.next_page_token),
                    operations: Ok(value.operations),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MergePullResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MergePullResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    state: Ok(Default::default()),
                    status: Ok(Default::default()),
                    user_operation_name: Ok(Default::default()),
                }
            }
        }
        impl MergePullResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn user_operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_operation_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MergePullResponse> for super::MergePullResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MergePullResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    operation_name: value.operation_name?,
                    pull_id: value.pull_id?,
                    state: value.state?,
                    status: value.status?,
                    user_operation_name: value.user_operation_name?,
                })
            }
        }
        impl ::std::convert::From<super::MergePullResponse> for MergePullResponse {
            fn from(value: super::MergePullResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    operation_name: Ok(value.operation_name),
                    pull_id: Ok(value.pull_id),
                    state: Ok(value.state),
                    status: Ok(value.status),
                    user_operation_name: Ok(value.user_operation_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollForkResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            done: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollForkResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    done: Ok(Default::default()),
                    message: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PollForkResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for done: {e}")
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
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollForkResponse> for super::PollForkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollForkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    done: value.done?,
                    message: value.message?,
                    operation_name: value.operation_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PollForkResponse> for PollForkResponse {
            fn from(value: super::PollForkResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    done: Ok(value.done),
                    message: Ok(value.message),
                    operation_name: Ok(value.operation_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollImportResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_created: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            job_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollImportResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    job_created: Ok(Default::default()),
                    job_status: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PollImportResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn job_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_created: {e}")
                    });
                self
            }
            pub fn job_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_status: {e}")
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollImportResponse> for super::PollImportResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollImportResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    job_created: value.job_created?,
                    job_status: value.job_status?,
                    operation_name: value.operation_name?,
                    pull_id: value.pull_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PollImportResponse> for PollImportResponse {
            fn from(value: super::PollImportResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    job_created: Ok(value.job_created),
                    job_status: Ok(value.job_status),
                    operation_name: Ok(value.operation_name),
                    pull_id: Ok(value.pull_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollMergeResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            done: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            job_created: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            job_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollMergeResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    done: Ok(Default::default()),
                    job_created: Ok(Default::default()),
                    job_status: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PollMergeResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for done: {e}")
                    });
                self
            }
            pub fn job_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_created: {e}")
                    });
                self
            }
            pub fn job_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_status: {e}")
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollMergeResponse> for super::PollMergeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollMergeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    done: value.done?,
                    job_created: value.job_created?,
                    job_status: value.job_status?,
                    operation_name: value.operation_name?,
                    pull_id: value.pull_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PollMergeResponse> for PollMergeResponse {
            fn from(value: super::PollMergeResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    done: Ok(value.done),
                    job_created: Ok(value.job_created),
                    job_status: Ok(value.job_status),
                    operation_name: Ok(value.operation_name),
                    pull_id: Ok(value.pull_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollSqlWriteResponse {
            done: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            res_details: ::std::result::Result<
                ::std::option::Option<super::SqlWriteResult>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollSqlWriteResponse {
            fn default() -> Self {
                Self {
                    done: Ok(Default::default()),
                    id: Ok(Default::default()),
                    query_execution_message: Ok(Default::default()),
                    query_execution_status: Ok(Default::default()),
                    res_details: Ok(Default::default()),
                }
            }
        }
        impl PollSqlWriteResponse {
            pub fn done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for done: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn query_execution_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_message: {e}"
                        )
                    });
                self
            }
            pub fn query_execution_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_status: {e}"
                        )
                    });
                self
            }
            pub fn res_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SqlWriteResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.res_details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for res_details: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollSqlWriteResponse>
        for super::PollSqlWriteResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollSqlWriteResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    done: value.done?,
                    id: value.id?,
                    query_execution_message: value.query_execution_message?,
                    query_execution_status: value.query_execution_status?,
                    res_details: value.res_details?,
                })
            }
        }
        impl ::std::convert::From<super::PollSqlWriteResponse> for PollSqlWriteResponse {
            fn from(value: super::PollSqlWriteResponse) -> Self {
                Self {
                    done: Ok(value.done),
                    id: Ok(value.id),
                    query_execution_message: Ok(value.query_execution_message),
                    query_execution_status: Ok(value.query_execution_status),
                    res_details: Ok(value.res_details),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullRequestEvent {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_repository: ::std::result::Result<
                ::std::option::Option<super::WebhookRepository>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository: ::std::result::Result<
                ::std::option::Option<super::WebhookRepository>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullRequestEvent {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    author: Ok(Default::default()),
                    event_name: Ok(Default::default()),
                    from_branch: Ok(Default::default()),
                    from_repository: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    repository: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    state: Ok(Default::default()),
                    to_branch: Ok(Default::default()),
                }
            }
        }
        impl PullRequestEvent {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn event_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_name: {e}")
                    });
                self
            }
            pub fn from_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_branch: {e}")
                    });
                self
            }
            pub fn from_repository<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookRepository>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.from_repository = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_repository: {e}"
                        )
                    });
                self
            }
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn repository<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookRepository>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.repository = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repository: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn to_branch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<PullRequestEvent> for super::PullRequestEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullRequestEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    author: value.author?,
                    event_name: value.event_name?,
                    from_branch: value.from_branch?,
                    from_repository: value.from_repository?,
                    pull_id: value.pull_id?,
                    repository: value.repository?,
                    sender: value.sender?,
                    state: value.state?,
                    to_branch: value.to_branch?,
                })
            }
        }
        impl ::std::convert::From<super::PullRequestEvent> for PullRequestEvent {
            fn from(value: super::PullRequestEvent) -> Self {
                Self {
                    action: Ok(value.action),
                    author: Ok(value.author),
                    event_name: Ok(value.event_name),
                    from_branch: Ok(value.from_branch),
                    from_repository: Ok(value.from_repository),
                    pull_id: Ok(value.pull_id),
                    repository: Ok(value.repository),
                    sender: Ok(value.sender),
                    state: Ok(value.state),
                    to_branch: Ok(value.to_branch),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PullSummary {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PullSummary {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    creator: Ok(Default::default()),
                    description: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    state: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl PullSummary {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<PullSummary> for super::PullSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PullSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    pull_id: value.pull_id?,
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
                    pull_id: Ok(value.pull_id),
                    state: Ok(value.state),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PushEvent {
            event_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            head: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prev: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ref_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository: ::std::result::Result<
                ::std::option::Option<super::WebhookRepository>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PushEvent {
            fn default() -> Self {
                Self {
                    event_name: Ok(Default::default()),
                    head: Ok(Default::default()),
                    prev: Ok(Default::default()),
                    ref_: Ok(Default::default()),
                    repository: Ok(Default::default()),
                }
            }
        }
        impl PushEvent {
            pub fn event_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_name: {e}")
                    });
                self
            }
            pub fn head<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.head = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for head: {e}")
                    });
                self
            }
            pub fn prev<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.prev = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prev: {e}")
                    });
                self
            }
            pub fn ref_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ref_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ref_: {e}")
                    });
                self
            }
            pub fn repository<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookRepository>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.repository = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repository: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PushEvent> for super::PushEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PushEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_name: value.event_name?,
                    head: value.head?,
                    prev: value.prev?,
                    ref_: value.ref_?,
                    repository: value.repository?,
                })
            }
        }
        impl ::std::convert::From<super::PushEvent> for PushEvent {
            fn from(value: super::PushEvent) -> Self {
                Self {
                    event_name: Ok(value.event_name),
                    head: Ok(value.head),
                    prev: Ok(value.prev),
                    ref_: Ok(value.ref_),
                    repository: Ok(value.repository),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Release {
            release_commit_sha: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Release {
            fn default() -> Self {
                Self {
                    release_commit_sha: Ok(Default::default()),
                    release_created_at: Ok(Default::default()),
                    release_description: Ok(Default::default()),
                    release_tag: Ok(Default::default()),
                    release_title: Ok(Default::default()),
                    release_updated_at: Ok(Default::default()),
                }
            }
        }
        impl Release {
            pub fn release_commit_sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_commit_sha = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_commit_sha: {e}"
                        )
                    });
                self
            }
            pub fn release_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_created_at: {e}"
                        )
                    });
                self
            }
            pub fn release_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_description: {e}"
                        )
                    });
                self
            }
            pub fn release_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for release_tag: {e}")
                    });
                self
            }
            pub fn release_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for release_title: {e}")
                    });
                self
            }
            pub fn release_updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_updated_at: {e}"
                        )
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
                    release_commit_sha: value.release_commit_sha?,
                    release_created_at: value.release_created_at?,
                    release_description: value.release_description?,
                    release_tag: value.release_tag?,
                    release_title: value.release_title?,
                    release_updated_at: value.release_updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Release> for Release {
            fn from(value: super::Release) -> Self {
                Self {
                    release_commit_sha: Ok(value.release_commit_sha),
                    release_created_at: Ok(value.release_created_at),
                    release_description: Ok(value.release_description),
                    release_tag: Ok(value.release_tag),
                    release_title: Ok(value.release_title),
                    release_updated_at: Ok(value.release_updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlColumn {
            column_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            column_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlColumn {
            fn default() -> Self {
                Self {
                    column_name: Ok(Default::default()),
                    column_type: Ok(Default::default()),
                }
            }
        }
        impl SqlColumn {
            pub fn column_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.column_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for column_name: {e}")
                    });
                self
            }
            pub fn column_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.column_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for column_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlColumn> for super::SqlColumn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlColumn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_name: value.column_name?,
                    column_type: value.column_type?,
                })
            }
        }
        impl ::std::convert::From<super::SqlColumn> for SqlColumn {
            fn from(value: super::SqlColumn) -> Self {
                Self {
                    column_name: Ok(value.column_name),
                    column_type: Ok(value.column_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlErrorEnvelope {
            commit_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sql_query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlErrorEnvelope {
            fn default() -> Self {
                Self {
                    commit_ref: Ok(Default::default()),
                    from_branch_name: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    query: Ok(Default::default()),
                    query_execution_message: Ok(Default::default()),
                    query_execution_status: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    repository_owner: Ok(Default::default()),
                    sql_query: Ok(Default::default()),
                    to_branch_name: Ok(Default::default()),
                }
            }
        }
        impl SqlErrorEnvelope {
            pub fn commit_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_ref: {e}")
                    });
                self
            }
            pub fn from_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn query_execution_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_message: {e}"
                        )
                    });
                self
            }
            pub fn query_execution_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_status: {e}"
                        )
                    });
                self
            }
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn repository_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_owner: {e}"
                        )
                    });
                self
            }
            pub fn sql_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sql_query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sql_query: {e}")
                    });
                self
            }
            pub fn to_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlErrorEnvelope> for super::SqlErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_ref: value.commit_ref?,
                    from_branch_name: value.from_branch_name?,
                    operation_name: value.operation_name?,
                    query: value.query?,
                    query_execution_message: value.query_execution_message?,
                    query_execution_status: value.query_execution_status?,
                    repository_name: value.repository_name?,
                    repository_owner: value.repository_owner?,
                    sql_query: value.sql_query?,
                    to_branch_name: value.to_branch_name?,
                })
            }
        }
        impl ::std::convert::From<super::SqlErrorEnvelope> for SqlErrorEnvelope {
            fn from(value: super::SqlErrorEnvelope) -> Self {
                Self {
                    commit_ref: Ok(value.commit_ref),
                    from_branch_name: Ok(value.from_branch_name),
                    operation_name: Ok(value.operation_name),
                    query: Ok(value.query),
                    query_execution_message: Ok(value.query_execution_message),
                    query_execution_status: Ok(value.query_execution_status),
                    repository_name: Ok(value.repository_name),
                    repository_owner: Ok(value.repository_owner),
                    sql_query: Ok(value.sql_query),
                    to_branch_name: Ok(value.to_branch_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlReadResponse {
            commit_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rows: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::vec::Vec<super::SqlColumn>,
                ::std::string::String,
            >,
            sql_query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlReadResponse {
            fn default() -> Self {
                Self {
                    commit_ref: Ok(Default::default()),
                    query_execution_message: Ok(Default::default()),
                    query_execution_status: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    repository_owner: Ok(Default::default()),
                    rows: Ok(Default::default()),
                    schema: Ok(Default::default()),
                    sql_query: Ok(Default::default()),
                }
            }
        }
        impl SqlReadResponse {
            pub fn commit_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_ref: {e}")
                    });
                self
            }
            pub fn query_execution_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_message: {e}"
                        )
                    });
                self
            }
            pub fn query_execution_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_status: {e}"
                        )
                    });
                self
            }
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn repository_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_owner: {e}"
                        )
                    });
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SqlColumn>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
            pub fn sql_query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sql_query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sql_query: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlReadResponse> for super::SqlReadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlReadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commit_ref: value.commit_ref?,
                    query_execution_message: value.query_execution_message?,
                    query_execution_status: value.query_execution_status?,
                    repository_name: value.repository_name?,
                    repository_owner: value.repository_owner?,
                    rows: value.rows?,
                    schema: value.schema?,
                    sql_query: value.sql_query?,
                })
            }
        }
        impl ::std::convert::From<super::SqlReadResponse> for SqlReadResponse {
            fn from(value: super::SqlReadResponse) -> Self {
                Self {
                    commit_ref: Ok(value.commit_ref),
                    query_execution_message: Ok(value.query_execution_message),
                    query_execution_status: Ok(value.query_execution_status),
                    repository_name: Ok(value.repository_name),
                    repository_owner: Ok(value.repository_owner),
                    rows: Ok(value.rows),
                    schema: Ok(value.schema),
                    sql_query: Ok(value.sql_query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlWriteRequest {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlWriteRequest {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                }
            }
        }
        impl SqlWriteRequest {
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlWriteRequest> for super::SqlWriteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlWriteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { query: value.query? })
            }
        }
        impl ::std::convert::From<super::SqlWriteRequest> for SqlWriteRequest {
            fn from(value: super::SqlWriteRequest) -> Self {
                Self { query: Ok(value.query) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlWriteResponse {
            from_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlWriteResponse {
            fn default() -> Self {
                Self {
                    from_branch_name: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    query: Ok(Default::default()),
                    query_execution_message: Ok(Default::default()),
                    query_execution_status: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    repository_owner: Ok(Default::default()),
                    to_branch_name: Ok(Default::default()),
                }
            }
        }
        impl SqlWriteResponse {
            pub fn from_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_branch_name: {e}"
                        )
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn query_execution_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_message: {e}"
                        )
                    });
                self
            }
            pub fn query_execution_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_status: {e}"
                        )
                    });
                self
            }
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn repository_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_owner: {e}"
                        )
                    });
                self
            }
            pub fn to_branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for to_branch_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SqlWriteResponse> for super::SqlWriteResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SqlWriteResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from_branch_name: value.from_branch_name?,
                    operation_name: value.operation_name?,
                    query: value.query?,
                    query_execution_message: value.query_execution_message?,
                    query_execution_status: value.query_execution_status?,
                    repository_name: value.repository_name?,
                    repository_owner: value.repository_owner?,
                    to_branch_name: value.to_branch_name?,
                })
            }
        }
        impl ::std::convert::From<super::SqlWriteResponse> for SqlWriteResponse {
            fn from(value: super::SqlWriteResponse) -> Self {
                Self {
                    from_branch_name: Ok(value.from_branch_name),
                    operation_name: Ok(value.operation_name),
                    query: Ok(value.query),
                    query_execution_message: Ok(value.query_execution_message),
                    query_execution_status: Ok(value.query_execution_status),
                    repository_name: Ok(value.repository_name),
                    repository_owner: Ok(value.repository_owner),
                    to_branch_name: Ok(value.to_branch_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SqlWriteResult {
            from_commit_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query_execution_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repository_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to_commit_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SqlWriteResult {
            fn default() -> Self {
                Self {
                    from_commit_id: Ok(Default::default()),
                    owner_name: Ok(Default::default()),
                    query_execution_message: Ok(Default::default()),
                    query_execution_status: Ok(Default::default()),
                    repository_name: Ok(Default::default()),
                    to_commit_id: Ok(Default::default()),
                }
            }
        }
        impl SqlWriteResult {
            pub fn from_commit_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_commit_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_commit_id: {e}"
                        )
                    });
                self
            }
            pub fn owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_name: {e}")
                    });
                self
            }
            pub fn query_execution_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_message: {e}"
                        )
                    });
                self
            }
            pub fn query_execution_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query_execution_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for query_execution_status: {e}"
                        )
                    });
                self
            }
            pub fn repository_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_name: {e}"
                        )
                    });
                self
            }
            pub fn to_commit_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to_commit_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for to_commit_id: {e}")
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
                    from_commit_id: value.from_commit_id?,
                    owner_name: value.owner_name?,
                    query_execution_message: value.query_execution_message?,
                    query_execution_status: value.query_execution_status?,
                    repository_name: value.repository_name?,
                    to_commit_id: value.to_commit_id?,
                })
            }
        }
        impl ::std::convert::From<super::SqlWriteResult> for SqlWriteResult {
            fn from(value: super::SqlWriteResult) -> Self {
                Self {
                    from_commit_id: Ok(value.from_commit_id),
                    owner_name: Ok(value.owner_name),
                    query_execution_message: Ok(value.query_execution_message),
                    query_execution_status: Ok(value.query_execution_status),
                    repository_name: Ok(value.repository_name),
                    to_commit_id: Ok(value.to_commit_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            tag_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tagged_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    tag_description: Ok(Default::default()),
                    tag_name: Ok(Default::default()),
                    tagged_at: Ok(Default::default()),
                }
            }
        }
        impl Tag {
            pub fn tag_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tag_description: {e}"
                        )
                    });
                self
            }
            pub fn tag_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_name: {e}")
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
                    tag_description: value.tag_description?,
                    tag_name: value.tag_name?,
                    tagged_at: value.tagged_at?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    tag_description: Ok(value.tag_description),
                    tag_name: Ok(value.tag_name),
                    tagged_at: Ok(value.tagged_at),
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
        pub struct UpdatePullResponse {
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pull_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePullResponse {
            fn default() -> Self {
                Self {
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    description: Ok(Default::default()),
                    pull_id: Ok(Default::default()),
                    state: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl UpdatePullResponse {
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
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
            pub fn pull_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pull_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<UpdatePullResponse> for super::UpdatePullResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePullResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    description: value.description?,
                    pull_id: value.pull_id?,
                    state: value.state?,
                    status: value.status?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::UpdatePullResponse> for UpdatePullResponse {
            fn from(value: super::UpdatePullResponse) -> Self {
                Self {
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    description: Ok(value.description),
                    pull_id: Ok(value.pull_id),
                    state: Ok(value.state),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadFileRequest {
            file: ::std::result::Result<::std::string::String, ::std::string::String>,
            params: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UploadFileRequest {
            fn default() -> Self {
                Self {
                    file: Err("no value supplied for file".to_string()),
                    params: Err("no value supplied for params".to_string()),
                }
            }
        }
        impl UploadFileRequest {
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            pub fn params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.params = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for params: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadFileRequest> for super::UploadFileRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadFileRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file: value.file?,
                    params: value.params?,
                })
            }
        }
        impl ::std::convert::From<super::UploadFileRequest> for UploadFileRequest {
            fn from(value: super::UploadFileRequest) -> Self {
                Self {
                    file: Ok(value.file),
                    params: Ok(value.params),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadFileResponse {
            branch_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            database_owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadFileResponse {
            fn default() -> Self {
                Self {
                    branch_name: Ok(Default::default()),
                    database_name: Ok(Default::default()),
                    database_owner: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    table_name: Ok(Default::default()),
                    user_operation_name: Ok(Default::default()),
                }
            }
        }
        impl UploadFileResponse {
            pub fn branch_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_name: {e}")
                    });
                self
            }
            pub fn database_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for database_name: {e}")
                    });
                self
            }
            pub fn database_owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.database_owner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for database_owner: {e}"
                        )
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_name: {e}")
                    });
                self
            }
            pub fn user_operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_operation_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadFileResponse> for super::UploadFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_name: value.branch_name?,
                    database_name: value.database_name?,
                    database_owner: value.database_owner?,
                    operation_name: value.operation_name?,
                    status: value.status?,
                    table_name: value.table_name?,
                    user_operation_name: value.user_operation_name?,
                })
            }
        }
        impl ::std::convert::From<super::UploadFileResponse> for UploadFileResponse {
            fn from(value: super::UploadFileResponse) -> Self {
                Self {
                    branch_name: Ok(value.branch_name),
                    database_name: Ok(value.database_name),
                    database_owner: Ok(value.database_owner),
                    operation_name: Ok(value.operation_name),
                    status: Ok(value.status),
                    table_name: Ok(value.table_name),
                    user_operation_name: Ok(value.user_operation_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadParams {
            branch_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_type: ::std::result::Result<
                super::UploadParamsFileType,
                ::std::string::String,
            >,
            import_op: ::std::result::Result<
                super::UploadParamsImportOp,
                ::std::string::String,
            >,
            primary_keys: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadParams {
            fn default() -> Self {
                Self {
                    branch_name: Err("no value supplied for branch_name".to_string()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_type: Err("no value supplied for file_type".to_string()),
                    import_op: Err("no value supplied for import_op".to_string()),
                    primary_keys: Ok(Default::default()),
                    table_name: Ok(Default::default()),
                }
            }
        }
        impl UploadParams {
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
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UploadParamsFileType>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_type: {e}")
                    });
                self
            }
            pub fn import_op<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UploadParamsImportOp>,
                T::Error: ::std::fmt::Display,
            {
                self.import_op = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for import_op: {e}")
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
            pub fn table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadParams> for super::UploadParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_name: value.branch_name?,
                    file_name: value.file_name?,
                    file_type: value.file_type?,
                    import_op: value.import_op?,
                    primary_keys: value.primary_keys?,
                    table_name: value.table_name?,
                })
            }
        }
        impl ::std::convert::From<super::UploadParams> for UploadParams {
            fn from(value: super::UploadParams) -> Self {
                Self {
                    branch_name: Ok(value.branch_name),
                    file_name: Ok(value.file_name),
                    file_type: Ok(value.file_type),
                    import_op: Ok(value.import_op),
                    primary_keys: Ok(value.primary_keys),
                    table_name: Ok(value.table_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserOperation {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserOperation {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    creator: Ok(Default::default()),
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    operation_name: Ok(Default::default()),
                    operation_status: Ok(Default::default()),
                    operation_type: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl UserOperation {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn operation_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_name: {e}"
                        )
                    });
                self
            }
            pub fn operation_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_status: {e}"
                        )
                    });
                self
            }
            pub fn operation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_type: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<UserOperation> for super::UserOperation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserOperation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    error: value.error?,
                    metadata: value.metadata?,
                    operation_name: value.operation_name?,
                    operation_status: value.operation_status?,
                    operation_type: value.operation_type?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::UserOperation> for UserOperation {
            fn from(value: super::UserOperation) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    description: Ok(value.description),
                    error: Ok(value.error),
                    metadata: Ok(value.metadata),
                    operation_name: Ok(value.operation_name),
                    operation_status: Ok(value.operation_status),
                    operation_type: Ok(value.operation_type),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookRepository {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookRepository {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    owner: Ok(Default::default()),
                }
            }
        }
        impl WebhookRepository {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<WebhookRepository> for super::WebhookRepository {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookRepository,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    owner: value.owner?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookRepository> for WebhookRepository {
            fn from(value: super::WebhookRepository) -> Self {
                Self {
                    name: Ok(value.name),
                    owner: Ok(value.owner),
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
/**Client for DoltHub HTTP API v1alpha1

Hand-maintained description of DoltHub's v1alpha1 HTTP API: SQL reads and writes,
databases, forks, branches, tags, releases, pull requests, file imports, operations,
jobs and CSV export. It is the single source of truth for the Rust SDK and is meant to be
usable as-is by other code generators. Nothing here has been checked against the live
service beyond what the public documentation and public clients show; where sources
disagree, the descriptions say so and the schema follows the tolerant reading.

## Hosts
Use `https://www.dolthub.com` (with `www`). Regular endpoints live under `/api/v1alpha1`,
table exports under `/csv` (no `/api` prefix). DoltLab installations and local sandboxes
serve the same paths on their own host, so the base URL must be configurable.
No path takes a trailing slash.

## Authentication
Send the header `authorization: token <TOKEN>`: the literal word `token`, one space, then
the API token (created in the DoltHub settings page, shown only once). This is not HTTP
Basic authentication, even though the vendor documentation calls it "basic". Older
examples send the bare token; always send the prefix. When you have no token, omit the
header entirely: a malformed or unknown token is rejected with HTTP 400 even on endpoints
that would answer an anonymous caller. Anonymous access is documented only for SQL reads
and CSV export of public databases. Operations that need a token declare the `token`
requirement; the others accept it optionally.

## Naming on the wire
Request bodies and query parameters use camelCase (`ownerName`, `operationName`,
`pageToken`); response bodies use snake_case (`database_owner`, `next_page_token`);
path parameters are snake_case (`pull_id`, `from_branch`). Identifiers, including
`pull_id`, are strings; timestamps are ISO-8601 strings with or without milliseconds.
Enumerated inputs are capitalised (`Csv`, `Open`) while some outputs are lower case
(`merged`), so compare status values case-insensitively. Response fields are all
optional in this document: the server omits fields, renames a few (see the
"observed variant" properties) and may add new ones, so decode tolerantly.

## Pagination
Paged lists (pull requests, releases, user operations, jobs) return `next_page_token`.
Pass it back unchanged in the page parameter of the next request (`pageToken`; the
release list is special, see its description). A missing or empty `next_page_token`
means the last page. Tokens are opaque, long and may end in `=`, so URL-encode them.
Stop if the server hands back a token you already used. There is no page-size parameter;
operations and jobs come at most 15 per page. Operations carrying this convention have an
`x-dolthub-pagination` extension naming the request parameter, the response field and
the item array.

## Asynchronous operations
Forking, SQL writes, pull-request merges and file imports start a server-side operation
and return its name at once. Poll the matching GET endpoint with that name (the
`operationName` query parameter, URL-encoded: names contain `/`) until it finishes.
Starting operations carry `x-dolthub-poll: <poll operationId>` and OpenAPI `links`;
poll operations carry `x-dolthub-async-start: <start operationId>`. There are three
poll shapes:
* fork (`poll_fork`): flat object with boolean `done`; success when `status` is `Success`.
* SQL write (`poll_sql_write`): `{_id, done, res_details}`; the outcome is in
  `res_details.query_execution_status`. A legacy flat form puts the status fields at the
  top level.
* merge and import (`poll_merge`, `poll_import`): boolean `job_created` plus string
  `job_status` moving `Pending` -> `In Progress` -> `Completed`. `job_created` only says
  the job exists. A completed import also reports the `pull_id` of the pull request it
  opened.
Polls are safe to retry; the starting POSTs are not. Nothing can be cancelled. A poll
interval of one to a few seconds with backoff is reasonable.

## Errors
Non-SQL endpoints answer failures with HTTP 400 and `{"status": "Error", "message": ...}`
plus the request fields echoed back (`ErrorEnvelope`). SQL endpoints use
`{"query_execution_status": "Error", "query_execution_message": ...}`
(`SqlErrorEnvelope`), and may also report SQL failures inside an HTTP 200 body. Gateway
failures arrive as plain text (for example `upstream request timeout`), so never assume
an error body is JSON. Messages are generic and partly copy-pasted between endpoints; do
not branch on their exact text.

## Webhooks
DoltHub can POST JSON payloads to a URL configured in a database's settings page (there
is no API to manage hooks). OpenAPI 3.0 has no `webhooks` section, so these outbound
payloads are described only as the component schemas `PushEvent`, `PullRequestEvent`
and `BranchEvent` (with `WebhookRepository`). No signature header is documented.


Version: 1.0.0-alpha4*/
#[cfg(feature = "client")]
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
#[cfg(feature = "client")]
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
#[cfg(feature = "client")]
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0-alpha4"
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
#[cfg(feature = "client")]
impl ClientHooks<()> for &Client {}
///Create and list branches. Deleting a branch is only possible through a SQL write.
#[cfg(feature = "client")]
pub trait ClientBranchesExt {
    /**List the branches of a database

Returns all branches in one response (no paging). Each item carries the branch name in
`branch_name`; one vendor sample uses `name` instead, so read whichever is present.
The vendor documentation asks for a token, but a public database is listed without a token too (DoltHub's own end-to-end tests call
it anonymously); a private one needs a token. A token that is sent must be valid, even
for a public database.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/branches`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
```ignore
let response = client.list_branches()
    .owner(owner)
    .database(database)
    .send()
    .await;
```*/
    fn list_branches(&self) -> builder::ListBranches<'_>;
    /**Create a branch from a branch, ref or commit

Creates `newBranchName` pointing at the revision given by `revisionType` and
`revisionName`: with `branch` the name of an existing branch, with `commit` a commit
hash, with `ref` any ref name. All three fields are required. There is no delete
endpoint; remove a branch with a SQL write `CALL DOLT_BRANCH('-D', '<branch>')`.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/branches`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
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
#[cfg(feature = "client")]
impl ClientBranchesExt for Client {
    fn list_branches(&self) -> builder::ListBranches<'_> {
        builder::ListBranches::new(self)
    }
    fn create_branch(&self) -> builder::CreateBranch<'_> {
        builder::CreateBranch::new(self)
    }
}
///Whole-table export as CSV or as a ZIP of CSV files. Served under `/csv`, outside `/api/v1alpha1`, and not subject to the SQL row cap.
#[cfg(feature = "client")]
pub trait ClientCsvExt {
    /**Download one table as CSV

Streams the whole table at `ref` (a branch or commit hash) as CSV. Served from the
host root under `/csv`, not under `/api/v1alpha1`. Unlike SQL reads it is not cut at
about 1,000 rows, so use it for full exports; stream the body rather than buffering
it. A token is optional and needed only for private databases. Refs containing `/`
go into one path segment as `%2F`.


Sends a `GET` request to `/csv/{owner}/{database}/{ref}/{table}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `ref_`: Branch name, tag name or commit hash. Sent as a single path segment: a `/` inside the ref must be encoded as `%2F` (for example `feature%2Flacma`).
- `table`: Table name.
```ignore
let response = client.download_table_csv()
    .owner(owner)
    .database(database)
    .ref_(ref_)
    .table(table)
    .send()
    .await;
```*/
    fn download_table_csv(&self) -> builder::DownloadTableCsv<'_>;
    /**Download every table as a ZIP of CSV files

Streams a ZIP archive holding one CSV file per table at `ref` (a branch or commit
hash). Served under `/csv` at the host root. Not limited by the SQL row cap. A token
is optional and needed only for private databases. Refs containing `/` go into one
path segment as `%2F`.


Sends a `GET` request to `/csv/{owner}/{database}/{ref}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `ref_`: Branch name, tag name or commit hash. Sent as a single path segment: a `/` inside the ref must be encoded as `%2F` (for example `feature%2Flacma`).
```ignore
let response = client.download_database_zip()
    .owner(owner)
    .database(database)
    .ref_(ref_)
    .send()
    .await;
```*/
    fn download_database_zip(&self) -> builder::DownloadDatabaseZip<'_>;
}
#[cfg(feature = "client")]
impl ClientCsvExt for Client {
    fn download_table_csv(&self) -> builder::DownloadTableCsv<'_> {
        builder::DownloadTableCsv::new(self)
    }
    fn download_database_zip(&self) -> builder::DownloadDatabaseZip<'_> {
        builder::DownloadDatabaseZip::new(self)
    }
}
///Create databases.
#[cfg(feature = "client")]
pub trait ClientDatabasesExt {
    /**Create an empty database

Creates a new database owned by `ownerName` (the caller or an organization the caller
belongs to). The new database has no commits and therefore no default branch until
something is written or imported.

Required fields: this document requires `ownerName`, `repoName` and `visibility`, as
the newest vendor documentation does; older documentation marks every field optional.
Send all three.

Creating a name that is taken fails with a message containing `already exists` or
`database exists`; clients that want "create if missing" can treat that as success.


Sends a `POST` request to `/api/v1alpha1/database`

```ignore
let response = client.create_database()
    .body(body)
    .send()
    .await;
```*/
    fn create_database(&self) -> builder::CreateDatabase<'_>;
}
#[cfg(feature = "client")]
impl ClientDatabasesExt for Client {
    fn create_database(&self) -> builder::CreateDatabase<'_> {
        builder::CreateDatabase::new(self)
    }
}
///Fork a database into another account and inspect its fork network.
#[cfg(feature = "client")]
pub trait ClientForksExt {
    /**Check the progress of a fork

Reports the state of a fork started with `fork_database` (poll shape "fork"). The fork
is finished when `done` is true and succeeded when `status` is `Success`;
`database_owner` and `database_name` then name the new database. The operation name
in the answer may differ in form from the one you sent (for example
`operations/jobs/<uuid>` instead of `operations/<uuid>`); treat names as opaque.

Some clients do not trust `done` and, after a deadline, simply check whether the fork
exists. Polling is safe to repeat; URL-encode the operation name.


Sends a `GET` request to `/api/v1alpha1/fork`

Arguments:
- `operation_name`: Name of the operation to check, exactly as returned by the starting call (`operation_name`). Treat it as opaque; it contains `/` and must be URL-encoded in the query string.
```ignore
let response = client.poll_fork()
    .operation_name(operation_name)
    .send()
    .await;
```*/
    fn poll_fork(&self) -> builder::PollFork<'_>;
    /**Start forking a database into another account

Starts copying `parentOwnerName/parentDatabaseName` into the account `ownerName`
(the fork keeps the parent's database name). The copy runs asynchronously: follow
up with `poll_fork` using the returned `operation_name` until `done` is true.

The vendor documentation marks all three body fields optional, but a fork cannot be
made without them; this document requires all three.

If the fork already exists the request fails with a message containing
`already exists`; callers that only need the fork to exist can treat that as success.
The error message text for this endpoint is copied from database creation, so do not
rely on it.


Sends a `POST` request to `/api/v1alpha1/fork`

```ignore
let response = client.fork_database()
    .body(body)
    .send()
    .await;
```*/
    fn fork_database(&self) -> builder::ForkDatabase<'_>;
    /**List the fork network of a database

Lists every database in the same fork network as `owner/database`, together with the
database's direct parent and the network's root. `parent_owner` and
`parent_database_name` are empty strings when the database is itself the root.
`fork_network_count` is an integer counting the forks without the root. The list is
returned in one response (no paging). The vendor examples send a token, but a public database is listed without a token too (DoltHub's own end-to-end tests call
it anonymously); a private one needs a token. A token that is sent must be valid, even
for a public database.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/forks`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
```ignore
let response = client.list_forks()
    .owner(owner)
    .database(database)
    .send()
    .await;
```*/
    fn list_forks(&self) -> builder::ListForks<'_>;
}
#[cfg(feature = "client")]
impl ClientForksExt for Client {
    fn poll_fork(&self) -> builder::PollFork<'_> {
        builder::PollFork::new(self)
    }
    fn fork_database(&self) -> builder::ForkDatabase<'_> {
        builder::ForkDatabase::new(self)
    }
    fn list_forks(&self) -> builder::ListForks<'_> {
        builder::ListForks::new(self)
    }
}
///Upload a CSV, PSV, JSON, XLSX or SQL file into a table. An import runs as a job and ends with a pull request that still has to be merged.
#[cfg(feature = "client")]
pub trait ClientImportsExt {
    /**Check the progress of a file import

Reports the state of an import started with `upload_file` (poll shape "job").
`job_created` only says the job exists. The import is finished when `job_status` is
`Completed` (earlier: `Pending`, `In Progress`); `pull_id` then names the pull request
the import opened, which still has to be merged. Failure values are not documented;
check `list_jobs` for the job's error.

Branch parameter: the documented name is `branch`; one vendor example sends
`branchName` instead (the branch moved from the path into the query in 2023). Both are
described here; send the same value in both. Polling is safe to repeat; URL-encode the
operation name.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/upload`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `branch`: Branch the file is being imported into (the `branchName` sent with the upload).
- `branch_name`: Alias of `branch` seen in one vendor example. Optional; send the same value as `branch` for compatibility with servers that read this spelling.
- `operation_name`: Name of the operation to check, exactly as returned by the starting call (`operation_name`). Treat it as opaque; it contains `/` and must be URL-encoded in the query string.
```ignore
let response = client.poll_import()
    .owner(owner)
    .database(database)
    .branch(branch)
    .branch_name(branch_name)
    .operation_name(operation_name)
    .send()
    .await;
```*/
    fn poll_import(&self) -> builder::PollImport<'_>;
}
#[cfg(feature = "client")]
impl ClientImportsExt for Client {
    fn poll_import(&self) -> builder::PollImport<'_> {
        builder::PollImport::new(self)
    }
}
///Background jobs (merges, imports, ...) that ran on one database.
#[cfg(feature = "client")]
pub trait ClientJobsExt {
    /**List background jobs of a database, one page at a time

Lists jobs (imports, merges, SQL reads, migrations) that ran on the database, at most
15 per page. `job_id` equals the `operation_name` returned by `merge_pull` and
`upload_file`, so this is where a failed merge or import explains itself. Job
`status` values are `Pending`, `Running`, `Succeeded` and `Failed` (a different
vocabulary from operations and polls). The error text is in `job_error` on current
servers and `error` on older ones.

Paging: the answer carries `next_page_token`, but no request parameter is documented.
The `pageToken` parameter below is an unverified guess modelled on the other lists;
a server may ignore it, so stop when the token is missing, empty or repeats.

The vendor documentation asks for a token, but a public database is listed without a token too (DoltHub's own end-to-end tests call
it anonymously); a private one needs a token. A token that is sent must be valid, even
for a public database.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/jobs`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `page_token`: Unverified guess: not documented for this endpoint. Modelled on the other paged lists; pass the previous answer's `next_page_token` unchanged (URL-encoded). The server may ignore it.
```ignore
let response = client.list_jobs()
    .owner(owner)
    .database(database)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_jobs(&self) -> builder::ListJobs<'_>;
}
#[cfg(feature = "client")]
impl ClientJobsExt for Client {
    fn list_jobs(&self) -> builder::ListJobs<'_> {
        builder::ListJobs::new(self)
    }
}
///Asynchronous operations started by the calling user, across databases.
#[cfg(feature = "client")]
pub trait ClientOperationsExt {
    /**List the caller's asynchronous operations, one page at a time

Lists operations (SQL writes, imports, merges, ...) started by the token's user, at
most 15 per page, optionally filtered by type. `username` must be the token's own
user. Useful for monitoring and for the error text of failed operations.

`operation_name` in an item equals the `user_operation_name` returned by `merge_pull`
and `upload_file`. How SQL writes and forks (`operations/<uuid>`) appear here is not
documented. `operation_status` values are `Pending`, `Running`, `Success` and
`Failure` (the vendor example wrongly shows a username there). `metadata` is a
Python-style dictionary string with single quotes, not JSON; parse it best-effort.

Paging: pass `next_page_token` back as `pageToken`; a missing or empty token marks
the last page; tokens are opaque (they may end in `=`) and must be URL-encoded.


Sends a `GET` request to `/api/v1alpha1/users/{username}/operations`

Arguments:
- `username`: Must be the user the API token belongs to.
- `operation_type`: Only operations of this type.
- `page_token`: `next_page_token` from the previous page, passed back unchanged and URL-encoded. Omit for the first page.
```ignore
let response = client.list_user_operations()
    .username(username)
    .operation_type(operation_type)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_user_operations(&self) -> builder::ListUserOperations<'_>;
}
#[cfg(feature = "client")]
impl ClientOperationsExt for Client {
    fn list_user_operations(&self) -> builder::ListUserOperations<'_> {
        builder::ListUserOperations::new(self)
    }
}
///Pull requests - open, list, inspect, update, comment on and merge them.
#[cfg(feature = "client")]
pub trait ClientPullsExt {
    /**List pull requests, one page at a time

Returns a page of pull-request summaries, newest first as the server decides, with
optional filters by state, review status and a free-text search over title and
author. Items carry no branch information; call `get_pull` for that.

Paging: pass `next_page_token` from the previous answer as `pageToken`. A missing or
empty `next_page_token` marks the last page; tokens are opaque and must be
URL-encoded; stop if a token repeats.

Filter values are capitalised (`Open`) while the `state` values in the answer are
usually lower case (`merged`); compare case-insensitively. The summaries' title and
description have been seen under the keys `"title:"` and `"description:"` (with a
trailing colon) in every documented version; read both spellings.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `filter_by_review_status`: Only pull requests with this review status.
- `filter_by_state`: Only pull requests in this state.
- `page_token`: `next_page_token` from the previous page, passed back unchanged and URL-encoded. Omit for the first page.
- `query`: Free-text search matched against the pull request title or the author's name.
```ignore
let response = client.list_pulls()
    .owner(owner)
    .database(database)
    .filter_by_review_status(filter_by_review_status)
    .filter_by_state(filter_by_state)
    .page_token(page_token)
    .query(query)
    .send()
    .await;
```*/
    fn list_pulls(&self) -> builder::ListPulls<'_>;
    /**Open a pull request

Opens a pull request from `fromBranchOwnerName/fromBranchRepoName` branch
`fromBranchName` into `toBranchOwnerName/toBranchRepoName` branch `toBranchName`.
"Repo" means database. The source can be a fork in another account.

The vendor documentation marks every field optional, but the server cannot open a
pull request without both ends and a title; this document requires everything except
`description`.

The new id is in `pull_id` (a string; some servers have been seen to send a number).
Some clients also read an undocumented `_id` field.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
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

Returns a pull request's title, description, state, author and both ends (owner,
database and branch of source and target).

Two response spellings exist. Current servers send `title`, `description`,
`from_branch` and `to_branch`; older servers send `"title:"`, `"description:"` (with a
trailing colon), `from_branch_name` and `to_branch_name`. Read whichever is present.
`state` is `open`, `closed` or `merged` with varying case. The vendor examples send a
token; it is needed at least for private databases.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `pull_id`: Pull request id (a decimal number written as a string).
```ignore
let response = client.get_pull()
    .owner(owner)
    .database(database)
    .pull_id(pull_id)
    .send()
    .await;
```*/
    fn get_pull(&self) -> builder::GetPull<'_>;
    /**Edit or close a pull request

Changes the title and/or description of a pull request, or closes it. Every field is
optional but send at least one. The only state you can set is `closed`; reopening is
not supported. Merging is a separate call (`merge_pull`).


Sends a `PATCH` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `pull_id`: Pull request id (a decimal number written as a string).
- `body`
```ignore
let response = client.update_pull()
    .owner(owner)
    .database(database)
    .pull_id(pull_id)
    .body(body)
    .send()
    .await;
```*/
    fn update_pull(&self) -> builder::UpdatePull<'_>;
    /**Comment on a pull request

Adds a comment to the pull request's discussion. `comment` is required. The answer
uses `repository_owner`/`repository_name` rather than the `database_*` keys most
other endpoints use. Comments cannot be listed or read through this API version.
The documented error message for this endpoint wrongly talks about merging.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/comments`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `pull_id`: Pull request id (a decimal number written as a string).
- `body`
```ignore
let response = client.create_pull_comment()
    .owner(owner)
    .database(database)
    .pull_id(pull_id)
    .body(body)
    .send()
    .await;
```*/
    fn create_pull_comment(&self) -> builder::CreatePullComment<'_>;
    /**Check the progress of a pull-request merge

Reports the state of a merge started with `merge_pull` (poll shape "job").
`job_created` only says the job exists - do not stop there. The merge is finished
when `job_status` is `Completed`; earlier values are `Pending` and `In Progress`.
Failure values are not documented: treat unknown values as "still running" until your
deadline, and look up the job in `list_jobs` for its error text. Some clients have
also seen a boolean `done` here; accept it as a completion signal when present.
Polling is safe to repeat; URL-encode the operation name.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `pull_id`: Pull request id (a decimal number written as a string).
- `operation_name`: Name of the operation to check, exactly as returned by the starting call (`operation_name`). Treat it as opaque; it contains `/` and must be URL-encoded in the query string.
```ignore
let response = client.poll_merge()
    .owner(owner)
    .database(database)
    .pull_id(pull_id)
    .operation_name(operation_name)
    .send()
    .await;
```*/
    fn poll_merge(&self) -> builder::PollMerge<'_>;
    /**Start merging a pull request

Starts merging the pull request into its target branch. No request body. The merge
runs as a background job: poll `poll_merge` with the returned `operation_name` (a job
path such as `repositoryOwners/<owner>/repositories/<db>/jobs/<uuid>`) until
`job_status` is `Completed`.

The answer also carries `user_operation_name`
(`users/<user>/userOperations/<uuid>`), which is how the merge appears in
`list_user_operations`; `operation_name` is how it appears as `job_id` in `list_jobs`.
Some servers add an undocumented `state` (`merging`, `merged`). The starting POST is
not idempotent.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `pull_id`: Pull request id (a decimal number written as a string).
```ignore
let response = client.merge_pull()
    .owner(owner)
    .database(database)
    .pull_id(pull_id)
    .send()
    .await;
```*/
    fn merge_pull(&self) -> builder::MergePull<'_>;
}
#[cfg(feature = "client")]
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
    fn create_pull_comment(&self) -> builder::CreatePullComment<'_> {
        builder::CreatePullComment::new(self)
    }
    fn poll_merge(&self) -> builder::PollMerge<'_> {
        builder::PollMerge::new(self)
    }
    fn merge_pull(&self) -> builder::MergePull<'_> {
        builder::MergePull::new(self)
    }
}
///Create and list releases, which attach a title and notes to a tag.
#[cfg(feature = "client")]
pub trait ClientReleasesExt {
    /**List the releases of a database, one page at a time

Returns a page of releases and, when more exist, a `next_page_token`.

Paging: a missing or empty `next_page_token` marks the last page. Tokens are opaque;
pass them back unchanged and URL-encoded. Stop if a token repeats.

Why two page parameters: the vendor documentation names this endpoint's page
parameter `next_page_token` (the same spelling as the response field), while every
other paged list uses `pageToken`. Which spelling the server actually reads has not
been verified, so both are described; a client should send the same token in both.

The vendor documentation asks for a token, but a public database is listed without a token too (DoltHub's own end-to-end tests call
it anonymously); a private one needs a token. A token that is sent must be valid, even
for a public database. Its documented error
message wrongly talks about creating a release.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/releases`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `next_page_token`: The release list's documented spelling of the page parameter. Send the same token as in `pageToken`; which of the two the server reads is unverified.
- `page_token`: `next_page_token` from the previous page, passed back unchanged and URL-encoded. Omit for the first page.
```ignore
let response = client.list_releases()
    .owner(owner)
    .database(database)
    .next_page_token(next_page_token)
    .page_token(page_token)
    .send()
    .await;
```*/
    fn list_releases(&self) -> builder::ListReleases<'_>;
    /**Publish a release

Creates a release named `title` for the tag `tag` at `commitSha` (a commit hash or a
branch name). Set `createTagIfNotExists` to have the tag created when it is missing.
`title`, `tag` and `commitSha` are required.

This is the current request body. An older documentation revision showed a tag-style
body (`tagName`, `tagMessage`, `revisionType`, `revisionName`); it is not supported
here.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/releases`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
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
#[cfg(feature = "client")]
impl ClientReleasesExt for Client {
    fn list_releases(&self) -> builder::ListReleases<'_> {
        builder::ListReleases::new(self)
    }
    fn create_release(&self) -> builder::CreateRelease<'_> {
        builder::CreateRelease::new(self)
    }
}
///Run SQL against a database: read-only queries at a ref (synchronous, at most about 1,000 rows) and single-statement writes that commit asynchronously.
#[cfg(feature = "client")]
pub trait ClientSqlExt {
    /**Run a read-only SQL query on the default branch (anonymous callers only)

Runs the query in `q` against the database's default branch (usually `main` or
`master`) and returns the result synchronously.

This form only works without a token. A request that carries a token is refused with
HTTP 400 and the message `Calls authenticated with a token must include a refName`;
authenticated callers must use `sql_read` and name the branch explicitly. That is why
this operation declares no security requirement.

Things to handle:
* At most about 1,000 rows come back. When the result was cut,
  `query_execution_status` is `RowLimit` and the HTTP status is still 200; page with
  `LIMIT`/`OFFSET` or keyset queries, or use the CSV export for whole tables.
* SQL failures may arrive as HTTP 200 with `query_execution_status: Error`; always
  check the field, not just the HTTP status.
* Queries taking longer than roughly 55 seconds are cut off by the gateway, which
  answers with a plain-text body such as `upstream request timeout`.
* The query travels in the URL; beyond roughly 16 KB of URL-encoded text the request
  fails. Reads have no body alternative.
* A database without any commit has no default branch; the read then fails with a
  `branch not found` message.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `q`: One read-only SQL statement. Documented as optional (the server then runs `SHOW TABLES`), but always send it. URL-encoded; keep the whole URL under about 16 KB.
```ignore
let response = client.sql_read_default_branch()
    .owner(owner)
    .database(database)
    .q(q)
    .send()
    .await;
```*/
    fn sql_read_default_branch(&self) -> builder::SqlReadDefaultBranch<'_>;
    /**Run a read-only SQL query at a branch, tag or commit

Runs the query in `q` against the given ref and returns columns and rows
synchronously. A token is optional for public databases and needed for private ones.

`ref` is a branch name, tag name or commit hash, sent as a single path segment: a
branch such as `feature/lacma` must be written `feature%2Flacma`. The server matches
fixed routes first, so a branch literally named `branches`, `tags`, `releases`,
`pulls`, `jobs`, `forks`, `write` or `upload` cannot be read through this path.

Limits and pitfalls:
* About 1,000 rows at most; a truncated result has `query_execution_status: RowLimit`
  and HTTP 200. Page with `LIMIT`/`OFFSET` or keyset queries, or use the CSV export.
* SQL failures (for example `branch not found`, `table not found`) may come back as
  HTTP 200 with `query_execution_status: Error`.
* Roughly 55 seconds of execution time; after that the gateway answers with plain
  text (`upstream request timeout`), not JSON. Some query shapes time out regardless
  of result size.
* The query is part of the URL; keep the encoded URL under about 16 KB.
* Cells are mostly strings (numbers included); booleans show up as `0`/`1` or
  `"0"`/`"1"`; the encoding of SQL NULL is undocumented. Decode cells as arbitrary
  JSON values, and use `schema` for column order because row objects lose it.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/{ref}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `ref_`: Branch name, tag name or commit hash. Sent as a single path segment: a `/` inside the ref must be encoded as `%2F` (for example `feature%2Flacma`).
- `q`: One read-only SQL statement. Documented as optional (the server then runs `SHOW TABLES`), but always send it. URL-encoded; keep the whole URL under about 16 KB.
```ignore
let response = client.sql_read()
    .owner(owner)
    .database(database)
    .ref_(ref_)
    .q(q)
    .send()
    .await;
```*/
    fn sql_read(&self) -> builder::SqlRead<'_>;
    /**Start a single-statement SQL write (or a branch merge)

Starts an asynchronous write. The statement runs on `to_branch`, which is created from
`from_branch` if it does not exist yet (the two may be the same branch). Each
successful write produces one commit on `to_branch` with a message derived from the
statement. The response only carries an `operation_name`; follow it with
`poll_sql_write` until `done` is true and read the outcome from `res_details`.

Passing the statement:
* Prefer the JSON body `{"query": "..."}`. The `q` query parameter also works but puts
  the statement in the URL, which fails beyond roughly 16 KB.
* Exactly one statement per call. Do not join statements with `;` - the server
  reports a syntax error. Issue several calls instead.
* An empty or missing query does not write anything: it merges one branch into the
  other. The vendor's published example merges the first path branch
  (`from_branch`) into the second (`to_branch`); one vendor text states the opposite
  direction. This document follows the example; treat the direction as unverified.
* Deleting a branch is done with a write such as `CALL DOLT_BRANCH('-D', 'old-branch')`,
  since no branch-delete endpoint exists.

Concurrent writes to the same branch can fail with
`dataset head is not ancestor of commit`. The starting POST is not idempotent; do not
retry it blindly. Branch names containing `/` must be sent as one path segment with
`%2F`.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `from_branch`: Base branch of a write. The target branch is created from it when missing. For an empty-query merge this is the branch being merged (per the vendor example). Encode `/` as `%2F`.
- `to_branch`: Branch that receives the write (created from `from_branch` if it does not exist; may equal `from_branch`). For an empty-query merge this is the branch merged into. Encode `/` as `%2F`.
- `q`: One SQL statement (no `;`-joined batches). Prefer the JSON body's `query` field: the URL fails beyond about 16 KB. Leaving both empty merges `from_branch` into `to_branch` instead of writing.
- `body`: Optional. Carries the statement in the body instead of the `q` parameter (preferred: no URL length limit). Omit both body and `q`, or send an empty `query`, to merge instead of writing.
```ignore
let response = client.sql_write()
    .owner(owner)
    .database(database)
    .from_branch(from_branch)
    .to_branch(to_branch)
    .q(q)
    .body(body)
    .send()
    .await;
```*/
    fn sql_write(&self) -> builder::SqlWrite<'_>;
    /**Check the progress of a SQL write

Reports the state of a write started with `sql_write` (poll shape "write"). Repeat
until `done` is true, then read `res_details`:
`res_details.query_execution_status` is `Success`, `SuccessWithWarning` or `Error`,
`from_commit_id` is the commit before the write (the merge commit after a merge) and
`to_commit_id` the commit holding the write (empty after a merge). Some servers send
the status fields flat at the top level instead of inside `res_details`; accept both.

Special case: a write that changes nothing (for example an
`INSERT ... ON DUPLICATE KEY UPDATE` with identical values) makes this poll answer
HTTP 400 with the plain-text message
`cannot return null for non-nullable field SqlWrite.toCommitId`. Treat a bare-text
body with that message as a successful no-op ("nothing to commit"); a JSON body with
`query_execution_status: Error` carrying the same text is a real failure (seen when
the base branch does not exist).

Polling is safe to repeat. Operation names contain `/` and must be URL-encoded in the
query string.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/write`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
- `operation_name`: Name of the operation to check, exactly as returned by the starting call (`operation_name`). Treat it as opaque; it contains `/` and must be URL-encoded in the query string.
```ignore
let response = client.poll_sql_write()
    .owner(owner)
    .database(database)
    .operation_name(operation_name)
    .send()
    .await;
```*/
    fn poll_sql_write(&self) -> builder::PollSqlWrite<'_>;
}
#[cfg(feature = "client")]
impl ClientSqlExt for Client {
    fn sql_read_default_branch(&self) -> builder::SqlReadDefaultBranch<'_> {
        builder::SqlReadDefaultBranch::new(self)
    }
    fn sql_read(&self) -> builder::SqlRead<'_> {
        builder::SqlRead::new(self)
    }
    fn sql_write(&self) -> builder::SqlWrite<'_> {
        builder::SqlWrite::new(self)
    }
    fn poll_sql_write(&self) -> builder::PollSqlWrite<'_> {
        builder::PollSqlWrite::new(self)
    }
}
///Create and list tags (named commits).
#[cfg(feature = "client")]
pub trait ClientTagsExt {
    /**List the tags of a database

Returns all tags in one response (no paging), each with its message
(`tag_description`) and creation time (`tagged_at`). The vendor documentation asks
for a token, but a public database is listed without a token too (DoltHub's own end-to-end tests call
it anonymously); a private one needs a token. A token that is sent must be valid, even
for a public database. Its documented error message wrongly talks about
creating a tag; ignore the wording.


Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/tags`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
```ignore
let response = client.list_tags()
    .owner(owner)
    .database(database)
    .send()
    .await;
```*/
    fn list_tags(&self) -> builder::ListTags<'_>;
    /**Tag a revision

Creates the tag `tagName` with the message `tagMessage` on the revision selected by
`revisionType` (`branch`, `ref` or `commit`) and `revisionName`. All four fields are
required. The response reports the message as `tag_description`. There is no delete
endpoint.


Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/tags`

Arguments:
- `owner`: Account (user or organization) that owns the database.
- `database`: Database name.
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
#[cfg(feature = "client")]
impl ClientTagsExt for Client {
    fn list_tags(&self) -> builder::ListTags<'_> {
        builder::ListTags::new(self)
    }
    fn create_tag(&self) -> builder::CreateTag<'_> {
        builder::CreateTag::new(self)
    }
}
///The account that owns the API token.
#[cfg(feature = "client")]
pub trait ClientUsersExt {
    /**Describe the account that owns the token

Returns the profile of the user the token belongs to. It is the cheapest way to check
that a token works: a valid token gives 200, an invalid one a 4xx, and a network or
gateway failure says nothing about the token. Without a token the server answers 401
`Not authenticated` (observed: sometimes 400 `no authentication`). A 4xx that mentions
an invalid authorization header usually means the `token ` prefix is missing.


Sends a `GET` request to `/api/v1alpha1/user`

```ignore
let response = client.get_current_user()
    .send()
    .await;
```*/
    fn get_current_user(&self) -> builder::GetCurrentUser<'_>;
}
#[cfg(feature = "client")]
impl ClientUsersExt for Client {
    fn get_current_user(&self) -> builder::GetCurrentUser<'_> {
        builder::GetCurrentUser::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
#[cfg(feature = "client")]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`ClientSqlExt::sql_read_default_branch`]

[`ClientSqlExt::sql_read_default_branch`]: super::ClientSqlExt::sql_read_default_branch*/
    #[derive(Debug, Clone)]
    pub struct SqlReadDefaultBranch<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        q: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SqlReadDefaultBranch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                q: Ok(None),
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
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SqlReadResponse>,
            Error<types::SqlErrorEnvelope>,
        > {
            let Self { client, owner, database, q } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}", client.baseurl, encode_path(& owner
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
                .query(&progenitor_client::QueryParam::new("q", &q))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sql_read_default_branch",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientSqlExt::sql_read`]

[`ClientSqlExt::sql_read`]: super::ClientSqlExt::sql_read*/
    #[derive(Debug, Clone)]
    pub struct SqlRead<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        ref_: Result<::std::string::String, String>,
        q: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SqlRead<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                ref_: Err("ref_ was not initialized".to_string()),
                q: Ok(None),
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
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/{ref}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SqlReadResponse>,
            Error<types::SqlErrorEnvelope>,
        > {
            let Self { client, owner, database, ref_, q } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let ref_ = ref_.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(& ref_
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
                .query(&progenitor_client::QueryParam::new("q", &q))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sql_read",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientSqlExt::sql_write`]

[`ClientSqlExt::sql_write`]: super::ClientSqlExt::sql_write*/
    #[derive(Debug, Clone)]
    pub struct SqlWrite<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        from_branch: Result<::std::string::String, String>,
        to_branch: Result<::std::string::String, String>,
        q: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::SqlWriteRequest, String>,
    }
    impl<'a> SqlWrite<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                from_branch: Err("from_branch was not initialized".to_string()),
                to_branch: Err("to_branch was not initialized".to_string()),
                q: Ok(None),
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
        pub fn from_branch<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_branch = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_branch failed"
                        .to_string()
                });
            self
        }
        pub fn to_branch<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_branch = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_branch failed"
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
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for q failed".to_string()
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SqlWriteResponse>,
            Error<types::SqlErrorEnvelope>,
        > {
            let Self { client, owner, database, from_branch, to_branch, q, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let from_branch = from_branch.map_err(Error::InvalidRequest)?;
            let to_branch = to_branch.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SqlWriteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/write/{}/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(&
                from_branch.to_string()), encode_path(& to_branch.to_string()),
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
                .query(&progenitor_client::QueryParam::new("q", &q))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sql_write",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientSqlExt::poll_sql_write`]

[`ClientSqlExt::poll_sql_write`]: super::ClientSqlExt::poll_sql_write*/
    #[derive(Debug, Clone)]
    pub struct PollSqlWrite<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        operation_name: Result<::std::string::String, String>,
    }
    impl<'a> PollSqlWrite<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                operation_name: Err("operation_name was not initialized".to_string()),
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
        pub fn operation_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/write`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PollSqlWriteResponse>,
            Error<types::SqlErrorEnvelope>,
        > {
            let Self { client, owner, database, operation_name } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let operation_name = operation_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/write", client.baseurl, encode_path(& owner
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
                .query(
                    &progenitor_client::QueryParam::new("operationName", &operation_name),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "poll_sql_write",
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
                500u16..=599u16 => {
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
        ///Sends a `GET` request to `/api/v1alpha1/user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CurrentUserResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client } = self;
            let url = format!("{}/api/v1alpha1/user", client.baseurl,);
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
                500u16..=599u16 => {
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
        ///Sends a `POST` request to `/api/v1alpha1/database`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateDatabaseResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateDatabaseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1alpha1/database", client.baseurl,);
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientForksExt::poll_fork`]

[`ClientForksExt::poll_fork`]: super::ClientForksExt::poll_fork*/
    #[derive(Debug, Clone)]
    pub struct PollFork<'a> {
        client: &'a super::Client,
        operation_name: Result<::std::string::String, String>,
    }
    impl<'a> PollFork<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                operation_name: Err("operation_name was not initialized".to_string()),
            }
        }
        pub fn operation_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/fork`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PollForkResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, operation_name } = self;
            let operation_name = operation_name.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1alpha1/fork", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new("operationName", &operation_name),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "poll_fork",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientForksExt::fork_database`]

[`ClientForksExt::fork_database`]: super::ClientForksExt::fork_database*/
    #[derive(Debug, Clone)]
    pub struct ForkDatabase<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ForkDatabaseRequest, String>,
    }
    impl<'a> ForkDatabase<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ForkDatabaseRequest>,
            <V as std::convert::TryInto<
                types::ForkDatabaseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ForkDatabaseRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ForkDatabaseRequest,
            ) -> types::builder::ForkDatabaseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1alpha1/fork`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ForkDatabaseResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ForkDatabaseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1alpha1/fork", client.baseurl,);
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
                operation_id: "fork_database",
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
                500u16..=599u16 => {
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
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/forks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListForksResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/forks", client.baseurl, encode_path(& owner
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
                400u16..=499u16 => {
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
    }
    impl<'a> ListBranches<'a> {
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
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/branches`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListBranchesResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/branches", client.baseurl, encode_path(& owner
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
                operation_id: "list_branches",
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
                500u16..=599u16 => {
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/branches`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateBranchResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateBranchRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/branches", client.baseurl, encode_path(& owner
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    }
    impl<'a> ListTags<'a> {
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
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/tags`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListTagsResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/tags", client.baseurl, encode_path(& owner
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
                operation_id: "list_tags",
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
                500u16..=599u16 => {
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/tags`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateTagResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateTagRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/tags", client.baseurl, encode_path(& owner
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
        next_page_token: Result<Option<::std::string::String>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListReleases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                next_page_token: Ok(None),
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
        pub fn next_page_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.next_page_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for next_page_token failed"
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
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/releases`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListReleasesResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, next_page_token, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let next_page_token = next_page_token.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/releases", client.baseurl, encode_path(& owner
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "next_page_token",
                        &next_page_token,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("pageToken", &page_token))
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
                400u16..=499u16 => {
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/releases`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateReleaseResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateReleaseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/releases", client.baseurl, encode_path(& owner
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
        filter_by_review_status: Result<
            Option<types::ListPullsFilterByReviewStatus>,
            String,
        >,
        filter_by_state: Result<Option<types::ListPullsFilterByState>, String>,
        page_token: Result<Option<::std::string::String>, String>,
        query: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListPulls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                filter_by_review_status: Ok(None),
                filter_by_state: Ok(None),
                page_token: Ok(None),
                query: Ok(None),
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
        pub fn filter_by_review_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListPullsFilterByReviewStatus>,
        {
            self.filter_by_review_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListPullsFilterByReviewStatus` for filter_by_review_status failed"
                        .to_string()
                });
            self
        }
        pub fn filter_by_state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListPullsFilterByState>,
        {
            self.filter_by_state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListPullsFilterByState` for filter_by_state failed"
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
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListPullsResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self {
                client,
                owner,
                database,
                filter_by_review_status,
                filter_by_state,
                page_token,
                query,
            } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let filter_by_review_status = filter_by_review_status
                .map_err(Error::InvalidRequest)?;
            let filter_by_state = filter_by_state.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls", client.baseurl, encode_path(& owner
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "filterByReviewStatus",
                        &filter_by_review_status,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "filterByState",
                        &filter_by_state,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("pageToken", &page_token))
                .query(&progenitor_client::QueryParam::new("query", &query))
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
                400u16..=499u16 => {
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreatePullResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePullRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls", client.baseurl, encode_path(& owner
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
        pull_id: Result<::std::string::String, String>,
    }
    impl<'a> GetPull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_id: Err("pull_id was not initialized".to_string()),
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
        pub fn pull_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetPullResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, owner, database, pull_id } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_id = pull_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(& pull_id
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
                operation_id: "get_pull",
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
                500u16..=599u16 => {
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
        pull_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdatePullRequest, String>,
    }
    impl<'a> UpdatePull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_id: Err("pull_id was not initialized".to_string()),
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
        pub fn pull_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_id failed"
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
        ///Sends a `PATCH` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdatePullResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, pull_id, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_id = pull_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePullRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls/{}", client.baseurl, encode_path(& owner
                .to_string()), encode_path(& database.to_string()), encode_path(& pull_id
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
                400u16..=499u16 => {
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
        pull_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreatePullCommentRequest, String>,
    }
    impl<'a> CreatePullComment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_id: Err("pull_id was not initialized".to_string()),
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
        pub fn pull_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_id failed"
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
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/comments`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreatePullCommentResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, pull_id, body } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_id = pull_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreatePullCommentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls/{}/comments", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()), encode_path(&
                pull_id.to_string()),
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPullsExt::poll_merge`]

[`ClientPullsExt::poll_merge`]: super::ClientPullsExt::poll_merge*/
    #[derive(Debug, Clone)]
    pub struct PollMerge<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        pull_id: Result<::std::string::String, String>,
        operation_name: Result<::std::string::String, String>,
    }
    impl<'a> PollMerge<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_id: Err("pull_id was not initialized".to_string()),
                operation_name: Err("operation_name was not initialized".to_string()),
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
        pub fn pull_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_id failed"
                        .to_string()
                });
            self
        }
        pub fn operation_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PollMergeResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, pull_id, operation_name } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_id = pull_id.map_err(Error::InvalidRequest)?;
            let operation_name = operation_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls/{}/merge", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()), encode_path(&
                pull_id.to_string()),
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
                .query(
                    &progenitor_client::QueryParam::new("operationName", &operation_name),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "poll_merge",
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
                500u16..=599u16 => {
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
        pull_id: Result<::std::string::String, String>,
    }
    impl<'a> MergePull<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                pull_id: Err("pull_id was not initialized".to_string()),
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
        pub fn pull_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pull_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pull_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::MergePullResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, pull_id } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let pull_id = pull_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/pulls/{}/merge", client.baseurl, encode_path(&
                owner.to_string()), encode_path(& database.to_string()), encode_path(&
                pull_id.to_string()),
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
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientImportsExt::poll_import`]

[`ClientImportsExt::poll_import`]: super::ClientImportsExt::poll_import*/
    #[derive(Debug, Clone)]
    pub struct PollImport<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        branch: Result<::std::string::String, String>,
        branch_name: Result<Option<::std::string::String>, String>,
        operation_name: Result<::std::string::String, String>,
    }
    impl<'a> PollImport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                branch: Err("branch was not initialized".to_string()),
                branch_name: Ok(None),
                operation_name: Err("operation_name was not initialized".to_string()),
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
        pub fn branch<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.branch = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for branch failed"
                        .to_string()
                });
            self
        }
        pub fn branch_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.branch_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for branch_name failed"
                        .to_string()
                });
            self
        }
        pub fn operation_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/upload`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PollImportResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, branch, branch_name, operation_name } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let branch = branch.map_err(Error::InvalidRequest)?;
            let branch_name = branch_name.map_err(Error::InvalidRequest)?;
            let operation_name = operation_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/upload", client.baseurl, encode_path(& owner
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
                .query(&progenitor_client::QueryParam::new("branch", &branch))
                .query(&progenitor_client::QueryParam::new("branchName", &branch_name))
                .query(
                    &progenitor_client::QueryParam::new("operationName", &operation_name),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "poll_import",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientOperationsExt::list_user_operations`]

[`ClientOperationsExt::list_user_operations`]: super::ClientOperationsExt::list_user_operations*/
    #[derive(Debug, Clone)]
    pub struct ListUserOperations<'a> {
        client: &'a super::Client,
        username: Result<::std::string::String, String>,
        operation_type: Result<Option<types::ListUserOperationsOperationType>, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListUserOperations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                username: Err("username was not initialized".to_string()),
                operation_type: Ok(None),
                page_token: Ok(None),
            }
        }
        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for username failed"
                        .to_string()
                });
            self
        }
        pub fn operation_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListUserOperationsOperationType>,
        {
            self.operation_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListUserOperationsOperationType` for operation_type failed"
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
        ///Sends a `GET` request to `/api/v1alpha1/users/{username}/operations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListUserOperationsResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, username, operation_type, page_token } = self;
            let username = username.map_err(Error::InvalidRequest)?;
            let operation_type = operation_type.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/users/{}/operations", client.baseurl, encode_path(&
                username.to_string()),
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
                .query(
                    &progenitor_client::QueryParam::new("operationType", &operation_type),
                )
                .query(&progenitor_client::QueryParam::new("pageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_user_operations",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientJobsExt::list_jobs`]

[`ClientJobsExt::list_jobs`]: super::ClientJobsExt::list_jobs*/
    #[derive(Debug, Clone)]
    pub struct ListJobs<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        page_token: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListJobs<'a> {
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
        ///Sends a `GET` request to `/api/v1alpha1/{owner}/{database}/jobs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListJobsResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, owner, database, page_token } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let page_token = page_token.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1alpha1/{}/{}/jobs", client.baseurl, encode_path(& owner
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
                .query(&progenitor_client::QueryParam::new("pageToken", &page_token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_jobs",
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
                500u16..=599u16 => {
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
    /**Builder for [`ClientCsvExt::download_table_csv`]

[`ClientCsvExt::download_table_csv`]: super::ClientCsvExt::download_table_csv*/
    #[derive(Debug, Clone)]
    pub struct DownloadTableCsv<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        ref_: Result<::std::string::String, String>,
        table: Result<::std::string::String, String>,
    }
    impl<'a> DownloadTableCsv<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                ref_: Err("ref_ was not initialized".to_string()),
                table: Err("table was not initialized".to_string()),
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
        pub fn table<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.table = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for table failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/csv/{owner}/{database}/{ref}/{table}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::ErrorEnvelope>> {
            let Self { client, owner, database, ref_, table } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let ref_ = ref_.map_err(Error::InvalidRequest)?;
            let table = table.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/csv/{}/{}/{}/{}", client.baseurl, encode_path(& owner.to_string()),
                encode_path(& database.to_string()), encode_path(& ref_.to_string()),
                encode_path(& table.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_table_csv",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientCsvExt::download_database_zip`]

[`ClientCsvExt::download_database_zip`]: super::ClientCsvExt::download_database_zip*/
    #[derive(Debug, Clone)]
    pub struct DownloadDatabaseZip<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        database: Result<::std::string::String, String>,
        ref_: Result<::std::string::String, String>,
    }
    impl<'a> DownloadDatabaseZip<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                database: Err("database was not initialized".to_string()),
                ref_: Err("ref_ was not initialized".to_string()),
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
        ///Sends a `GET` request to `/csv/{owner}/{database}/{ref}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::ErrorEnvelope>> {
            let Self { client, owner, database, ref_ } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let database = database.map_err(Error::InvalidRequest)?;
            let ref_ = ref_.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/csv/{}/{}/{}", client.baseurl, encode_path(& owner.to_string()),
                encode_path(& database.to_string()), encode_path(& ref_.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_database_zip",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client and
/// extension traits.
#[cfg(feature = "client")]
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
    pub use super::ClientBranchesExt;
    pub use super::ClientCsvExt;
    pub use super::ClientDatabasesExt;
    pub use super::ClientForksExt;
    pub use super::ClientImportsExt;
    pub use super::ClientJobsExt;
    pub use super::ClientOperationsExt;
    pub use super::ClientPullsExt;
    pub use super::ClientReleasesExt;
    pub use super::ClientSqlExt;
    pub use super::ClientTagsExt;
    pub use super::ClientUsersExt;
}

/// One [`OperationDescriptor`](crate::OperationDescriptor) per operationId of `openapi/dolthub-v1alpha1.yaml`, and [`ALL`](ops::ALL) in document order.
pub mod ops {
    use crate::descriptor::{ApiVersion, OperationDescriptor};

    /// `GET /api/v1alpha1/{owner}/{database}`: Run a read-only SQL query on the default branch (anonymous callers only)
    pub static SQL_READ_DEFAULT_BRANCH: OperationDescriptor = OperationDescriptor {
        id: "sql_read_default_branch",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}",
        path_params: &["owner", "database"],
        query_params: &["q"],
        tag: "sql",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/{ref}`: Run a read-only SQL query at a branch, tag or commit
    pub static SQL_READ: OperationDescriptor = OperationDescriptor {
        id: "sql_read",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/{ref}",
        path_params: &["owner", "database", "ref"],
        query_params: &["q"],
        tag: "sql",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}`: Start a single-statement SQL write (or a branch merge)
    pub static SQL_WRITE: OperationDescriptor = OperationDescriptor {
        id: "sql_write",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}",
        path_params: &["owner", "database", "from_branch", "to_branch"],
        query_params: &["q"],
        tag: "sql",
        retry_safe: false,
        poll: Some(&POLL_SQL_WRITE),
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/write`: Check the progress of a SQL write
    pub static POLL_SQL_WRITE: OperationDescriptor = OperationDescriptor {
        id: "poll_sql_write",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/write",
        path_params: &["owner", "database"],
        query_params: &["operationName"],
        tag: "sql",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/user`: Describe the account that owns the token
    pub static GET_CURRENT_USER: OperationDescriptor = OperationDescriptor {
        id: "get_current_user",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/user",
        path_params: &[],
        query_params: &[],
        tag: "users",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/database`: Create an empty database
    pub static CREATE_DATABASE: OperationDescriptor = OperationDescriptor {
        id: "create_database",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/database",
        path_params: &[],
        query_params: &[],
        tag: "databases",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/fork`: Check the progress of a fork
    pub static POLL_FORK: OperationDescriptor = OperationDescriptor {
        id: "poll_fork",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/fork",
        path_params: &[],
        query_params: &["operationName"],
        tag: "forks",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/fork`: Start forking a database into another account
    pub static FORK_DATABASE: OperationDescriptor = OperationDescriptor {
        id: "fork_database",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/fork",
        path_params: &[],
        query_params: &[],
        tag: "forks",
        retry_safe: false,
        poll: Some(&POLL_FORK),
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/forks`: List the fork network of a database
    pub static LIST_FORKS: OperationDescriptor = OperationDescriptor {
        id: "list_forks",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/forks",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "forks",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/branches`: List the branches of a database
    pub static LIST_BRANCHES: OperationDescriptor = OperationDescriptor {
        id: "list_branches",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/branches",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "branches",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/branches`: Create a branch from a branch, ref or commit
    pub static CREATE_BRANCH: OperationDescriptor = OperationDescriptor {
        id: "create_branch",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/branches",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "branches",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/tags`: List the tags of a database
    pub static LIST_TAGS: OperationDescriptor = OperationDescriptor {
        id: "list_tags",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/tags",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "tags",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/tags`: Tag a revision
    pub static CREATE_TAG: OperationDescriptor = OperationDescriptor {
        id: "create_tag",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/tags",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "tags",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/releases`: List the releases of a database, one page at a time
    pub static LIST_RELEASES: OperationDescriptor = OperationDescriptor {
        id: "list_releases",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/releases",
        path_params: &["owner", "database"],
        query_params: &["pageToken", "next_page_token"],
        tag: "releases",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/releases`: Publish a release
    pub static CREATE_RELEASE: OperationDescriptor = OperationDescriptor {
        id: "create_release",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/releases",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "releases",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/pulls`: List pull requests, one page at a time
    pub static LIST_PULLS: OperationDescriptor = OperationDescriptor {
        id: "list_pulls",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/pulls",
        path_params: &["owner", "database"],
        query_params: &["pageToken", "filterByState", "filterByReviewStatus", "query"],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/pulls`: Open a pull request
    pub static CREATE_PULL: OperationDescriptor = OperationDescriptor {
        id: "create_pull",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/pulls",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/pulls/{pull_id}`: Get one pull request with its branches
    pub static GET_PULL: OperationDescriptor = OperationDescriptor {
        id: "get_pull",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}",
        path_params: &["owner", "database", "pull_id"],
        query_params: &[],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `PATCH /api/v1alpha1/{owner}/{database}/pulls/{pull_id}`: Edit or close a pull request
    pub static UPDATE_PULL: OperationDescriptor = OperationDescriptor {
        id: "update_pull",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::PATCH,
        path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}",
        path_params: &["owner", "database", "pull_id"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/pulls/{pull_id}/comments`: Comment on a pull request
    pub static CREATE_PULL_COMMENT: OperationDescriptor = OperationDescriptor {
        id: "create_pull_comment",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/comments",
        path_params: &["owner", "database", "pull_id"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`: Check the progress of a pull-request merge
    pub static POLL_MERGE: OperationDescriptor = OperationDescriptor {
        id: "poll_merge",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge",
        path_params: &["owner", "database", "pull_id"],
        query_params: &["operationName"],
        tag: "pulls",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge`: Start merging a pull request
    pub static MERGE_PULL: OperationDescriptor = OperationDescriptor {
        id: "merge_pull",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge",
        path_params: &["owner", "database", "pull_id"],
        query_params: &[],
        tag: "pulls",
        retry_safe: false,
        poll: Some(&POLL_MERGE),
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/upload`: Check the progress of a file import
    pub static POLL_IMPORT: OperationDescriptor = OperationDescriptor {
        id: "poll_import",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/upload",
        path_params: &["owner", "database"],
        query_params: &["branch", "branchName", "operationName"],
        tag: "imports",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `POST /api/v1alpha1/{owner}/{database}/upload`: Upload a file and start importing it into a table
    ///
    /// Not in the generated client (multipart body): the `dolthub` crate sends it by hand.
    pub static UPLOAD_FILE: OperationDescriptor = OperationDescriptor {
        id: "upload_file",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::POST,
        path: "/api/v1alpha1/{owner}/{database}/upload",
        path_params: &["owner", "database"],
        query_params: &[],
        tag: "imports",
        retry_safe: false,
        poll: Some(&POLL_IMPORT),
        hand_written: true,
    };

    /// `GET /api/v1alpha1/users/{username}/operations`: List the caller's asynchronous operations, one page at a time
    pub static LIST_USER_OPERATIONS: OperationDescriptor = OperationDescriptor {
        id: "list_user_operations",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/users/{username}/operations",
        path_params: &["username"],
        query_params: &["operationType", "pageToken"],
        tag: "operations",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /api/v1alpha1/{owner}/{database}/jobs`: List background jobs of a database, one page at a time
    pub static LIST_JOBS: OperationDescriptor = OperationDescriptor {
        id: "list_jobs",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/api/v1alpha1/{owner}/{database}/jobs",
        path_params: &["owner", "database"],
        query_params: &["pageToken"],
        tag: "jobs",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /csv/{owner}/{database}/{ref}/{table}`: Download one table as CSV
    pub static DOWNLOAD_TABLE_CSV: OperationDescriptor = OperationDescriptor {
        id: "download_table_csv",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/csv/{owner}/{database}/{ref}/{table}",
        path_params: &["owner", "database", "ref", "table"],
        query_params: &[],
        tag: "csv",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// `GET /csv/{owner}/{database}/{ref}`: Download every table as a ZIP of CSV files
    pub static DOWNLOAD_DATABASE_ZIP: OperationDescriptor = OperationDescriptor {
        id: "download_database_zip",
        version: ApiVersion::V1alpha1,
        method: ::http::Method::GET,
        path: "/csv/{owner}/{database}/{ref}",
        path_params: &["owner", "database", "ref"],
        query_params: &[],
        tag: "csv",
        retry_safe: true,
        poll: None,
        hand_written: false,
    };

    /// Every operation of the spec, in document order, hand-written ones included.
    pub static ALL: &[&OperationDescriptor] = &[
        &SQL_READ_DEFAULT_BRANCH,
        &SQL_READ,
        &SQL_WRITE,
        &POLL_SQL_WRITE,
        &GET_CURRENT_USER,
        &CREATE_DATABASE,
        &POLL_FORK,
        &FORK_DATABASE,
        &LIST_FORKS,
        &LIST_BRANCHES,
        &CREATE_BRANCH,
        &LIST_TAGS,
        &CREATE_TAG,
        &LIST_RELEASES,
        &CREATE_RELEASE,
        &LIST_PULLS,
        &CREATE_PULL,
        &GET_PULL,
        &UPDATE_PULL,
        &CREATE_PULL_COMMENT,
        &POLL_MERGE,
        &MERGE_PULL,
        &POLL_IMPORT,
        &UPLOAD_FILE,
        &LIST_USER_OPERATIONS,
        &LIST_JOBS,
        &DOWNLOAD_TABLE_CSV,
        &DOWNLOAD_DATABASE_ZIP,
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
        Operation { id: "sql_read_default_branch", method: "GET", path: "/api/v1alpha1/{owner}/{database}", tag: "sql" },
        Operation { id: "sql_read", method: "GET", path: "/api/v1alpha1/{owner}/{database}/{ref}", tag: "sql" },
        Operation { id: "sql_write", method: "POST", path: "/api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}", tag: "sql" },
        Operation { id: "poll_sql_write", method: "GET", path: "/api/v1alpha1/{owner}/{database}/write", tag: "sql" },
        Operation { id: "get_current_user", method: "GET", path: "/api/v1alpha1/user", tag: "users" },
        Operation { id: "create_database", method: "POST", path: "/api/v1alpha1/database", tag: "databases" },
        Operation { id: "poll_fork", method: "GET", path: "/api/v1alpha1/fork", tag: "forks" },
        Operation { id: "fork_database", method: "POST", path: "/api/v1alpha1/fork", tag: "forks" },
        Operation { id: "list_forks", method: "GET", path: "/api/v1alpha1/{owner}/{database}/forks", tag: "forks" },
        Operation { id: "list_branches", method: "GET", path: "/api/v1alpha1/{owner}/{database}/branches", tag: "branches" },
        Operation { id: "create_branch", method: "POST", path: "/api/v1alpha1/{owner}/{database}/branches", tag: "branches" },
        Operation { id: "list_tags", method: "GET", path: "/api/v1alpha1/{owner}/{database}/tags", tag: "tags" },
        Operation { id: "create_tag", method: "POST", path: "/api/v1alpha1/{owner}/{database}/tags", tag: "tags" },
        Operation { id: "list_releases", method: "GET", path: "/api/v1alpha1/{owner}/{database}/releases", tag: "releases" },
        Operation { id: "create_release", method: "POST", path: "/api/v1alpha1/{owner}/{database}/releases", tag: "releases" },
        Operation { id: "list_pulls", method: "GET", path: "/api/v1alpha1/{owner}/{database}/pulls", tag: "pulls" },
        Operation { id: "create_pull", method: "POST", path: "/api/v1alpha1/{owner}/{database}/pulls", tag: "pulls" },
        Operation { id: "get_pull", method: "GET", path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}", tag: "pulls" },
        Operation { id: "update_pull", method: "PATCH", path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}", tag: "pulls" },
        Operation { id: "create_pull_comment", method: "POST", path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/comments", tag: "pulls" },
        Operation { id: "poll_merge", method: "GET", path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge", tag: "pulls" },
        Operation { id: "merge_pull", method: "POST", path: "/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge", tag: "pulls" },
        Operation { id: "poll_import", method: "GET", path: "/api/v1alpha1/{owner}/{database}/upload", tag: "imports" },
        Operation { id: "upload_file", method: "POST", path: "/api/v1alpha1/{owner}/{database}/upload", tag: "imports" },
        Operation { id: "list_user_operations", method: "GET", path: "/api/v1alpha1/users/{username}/operations", tag: "operations" },
        Operation { id: "list_jobs", method: "GET", path: "/api/v1alpha1/{owner}/{database}/jobs", tag: "jobs" },
        Operation { id: "download_table_csv", method: "GET", path: "/csv/{owner}/{database}/{ref}/{table}", tag: "csv" },
        Operation { id: "download_database_zip", method: "GET", path: "/csv/{owner}/{database}/{ref}", tag: "csv" },
    ];

    /// Operations progenitor cannot generate (multipart bodies); the `dolthub` crate implements them by hand.
    pub const HAND_WRITTEN_OPERATIONS: &[&str] = &["upload_file"];

    /// sha256 of the (LF-normalised) spec this file was generated from.
    pub const SPEC_SHA256: &str = "959525bda65b93949260fd3b7c7a85cd16ef006389faff13c06356af0608c53f";
}
