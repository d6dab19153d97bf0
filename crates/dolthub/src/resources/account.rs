//! Account-level calls: the current user, token checks, database creation,
//! and the user's operations.

use dolthub_api::types::{CreateDatabaseRequest, CreateDatabaseRequestVisibility};
use dolthub_api::v1alpha1::ops;

use crate::ApiVersion;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::{Database, OperationType, User, UserOperation, Visibility};
use crate::pagination::{FetchPage, Page, Pages, list_fetcher};
use crate::resources::require;
use crate::transport::request::RequestSpec;
use crate::v2;

impl Client {
    /// The user the token belongs to (`get_current_user`); `.await` it or call `send()`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let me = client.user().await?;
    /// println!("signed in as {}", me.username);
    /// # Ok(()) }
    /// ```
    pub fn user(&self) -> GetUser {
        GetUser {
            client: self.clone(),
        }
    }

    /// Check the configured token without failing: valid (with the user),
    /// invalid (refused by the server, or none configured), or unknown (the
    /// server could not be asked: network, gateway or other failures).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) {
    /// match client.whoami().await {
    ///     dolthub::TokenStatus::Valid(user) => println!("token of {}", user.username),
    ///     dolthub::TokenStatus::Invalid { reason } => eprintln!("bad token: {reason}"),
    ///     dolthub::TokenStatus::Unknown { error } => eprintln!("could not check: {error}"),
    ///     _ => {}
    /// }
    /// # }
    /// ```
    pub async fn whoami(&self) -> TokenStatus {
        if !self.has_token() {
            return TokenStatus::Invalid {
                reason: "no token configured (set DOLTHUB_API_TOKEN)".into(),
            };
        }
        match self.user().send().await {
            Ok(user) => TokenStatus::Valid(user),
            Err(Error::Unauthorized { message, .. }) => TokenStatus::Invalid { reason: message },
            Err(error) => TokenStatus::Unknown { error },
        }
    }

    /// Create the database `owner/name` (`create_database`). Visibility must be chosen.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let db = client.create_database("liuliu", "museum-collections")
    ///     .public()
    ///     .description("Collection records gathered from art museums.")
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_database(
        &self,
        owner: impl Into<String>,
        name: impl Into<String>,
    ) -> CreateDatabase {
        CreateDatabase {
            client: self.clone(),
            owner: owner.into(),
            name: name.into(),
            visibility: None,
            description: None,
        }
    }

    /// Operations started by `username`, which must be the token's own user
    /// (`list_user_operations`, paged). API v2 lists operations per database
    /// only: there this is [`Error::Unsupported`] (use
    /// [`JobsHandler::list`](crate::resources::JobsHandler::list)).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let failed: Vec<_> = client.operations("liuliu")
    ///     .operation_type(dolthub::models::OperationType::Import)
    ///     .stream()
    ///     .try_filter(|op| futures::future::ready(op.status == dolthub::models::JobStatus::Failed))
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn operations(&self, username: impl Into<String>) -> ListOperations {
        ListOperations {
            client: self.clone(),
            username: username.into(),
            operation_type: None,
            page_token: None,
        }
    }
}

/// Result of [`Client::whoami`].
#[derive(Debug)]
#[non_exhaustive]
pub enum TokenStatus {
    /// The token works; here is its user.
    Valid(User),
    /// The server refused the token (or none is configured).
    Invalid {
        /// Why, as reported.
        reason: String,
    },
    /// The check itself failed, so nothing is known about the token.
    Unknown {
        /// What went wrong.
        error: Error,
    },
}

/// Builder for `get_current_user`; see [`Client::user`].
#[derive(Debug, Clone)]
#[must_use]
pub struct GetUser {
    client: Client,
}

impl GetUser {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let me = client.user().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<User> {
        if self.client.api_version() == ApiVersion::V2 {
            return v2::handles::user(&self.client).await;
        }
        let spec = RequestSpec::for_operation(&ops::GET_CURRENT_USER, &[])?;
        self.client.transport().json(spec, false).await
    }
}

impl_into_future!(GetUser => User);

/// Builder for `create_database`; see [`Client::create_database`].
#[derive(Debug, Clone)]
#[must_use]
pub struct CreateDatabase {
    client: Client,
    owner: String,
    name: String,
    visibility: Option<Visibility>,
    description: Option<String>,
}

impl CreateDatabase {
    /// Who can see the database (required).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let visibility: dolthub::models::Visibility = "private".parse()?;
    /// client.create_database("liuliu", "notes").visibility(visibility).await?;
    /// # Ok(()) }
    /// ```
    pub fn visibility(mut self, visibility: Visibility) -> Self {
        self.visibility = Some(visibility);
        self
    }

    /// Shorthand for `visibility(Visibility::Public)`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.create_database("liuliu", "open-data").public().await?;
    /// # Ok(()) }
    /// ```
    pub fn public(self) -> Self {
        self.visibility(Visibility::Public)
    }

    /// Shorthand for `visibility(Visibility::Private)`.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.create_database("liuliu", "secret-data").private().await?;
    /// # Ok(()) }
    /// ```
    pub fn private(self) -> Self {
        self.visibility(Visibility::Private)
    }

    /// Description shown on the database page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.create_database("liuliu", "museum").public().description("Art museum records").await?;
    /// # Ok(()) }
    /// ```
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Send the request. A taken name fails with [`Error::AlreadyExists`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// match client.create_database("liuliu", "museum").public().send().await {
    ///     Ok(db) => println!("created {}/{}", db.owner, db.name),
    ///     Err(dolthub::Error::AlreadyExists { .. }) => println!("already there"),
    ///     Err(e) => return Err(e),
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Database> {
        require("owner", &self.owner)?;
        require("database name", &self.name)?;
        let visibility = self.visibility.ok_or_else(|| {
            Error::invalid("visibility is required: call .public() or .private()")
        })?;
        if self.client.api_version() == ApiVersion::V2 {
            return v2::handles::create_database(
                &self.client,
                self.owner,
                self.name,
                visibility,
                self.description,
            )
            .await;
        }
        let body = CreateDatabaseRequest {
            owner_name: self.owner,
            repo_name: self.name,
            visibility: match visibility {
                Visibility::Public => CreateDatabaseRequestVisibility::Public,
                Visibility::Private => CreateDatabaseRequestVisibility::Private,
            },
            description: self.description,
        };
        let spec = RequestSpec::for_operation(&ops::CREATE_DATABASE, &[])?.json(&body)?;
        self.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreateDatabase => Database);

/// Builder for `list_user_operations`; see [`Client::operations`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ListOperations {
    client: Client,
    username: String,
    operation_type: Option<OperationType>,
    page_token: Option<String>,
}

impl ListOperations {
    /// Only operations of this type (kept for every page).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.operations("liuliu").operation_type("SqlWrite").await?;
    /// # Ok(()) }
    /// ```
    pub fn operation_type(mut self, kind: impl Into<OperationType>) -> Self {
        self.operation_type = Some(kind.into());
        self
    }

    /// Start at this page token (from an earlier [`Page`]).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client, token: String) -> dolthub::Result<()> {
    /// let page = client.operations("liuliu").page_token(token).await?;
    /// # Ok(()) }
    /// ```
    pub fn page_token(mut self, token: impl Into<String>) -> Self {
        self.page_token = Some(token.into());
        self
    }

    /// Fetch one page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let page = client.operations("liuliu").send().await?;
    /// println!("{} operations, more: {}", page.items.len(), page.next_page_token.is_some());
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<UserOperation>> {
        let token = self.page_token.clone();
        self.fetcher()(token).await
    }

    /// Every operation, page by page.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// use futures::TryStreamExt;
    /// let all: Vec<_> = client.operations("liuliu").stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> Pages<UserOperation> {
        let start = self.page_token.clone();
        Pages::new(ops::LIST_USER_OPERATIONS.id, start, self.fetcher())
    }

    fn fetcher(self) -> FetchPage<UserOperation> {
        let client = self.client.clone();
        list_fetcher(&client, "operations", move |_| {
            if self.client.api_version() == ApiVersion::V2 {
                return Err(v2::handles::user_operations_unsupported());
            }
            Ok(RequestSpec::for_operation(
                &ops::LIST_USER_OPERATIONS,
                &[("username", &self.username)],
            )?
            .query_opt(
                "operationType",
                self.operation_type.as_ref().map(|t| t.as_str()),
            ))
        })
    }
}

impl_into_future!(ListOperations => Page<UserOperation>);
