//! Tags: `list_tags`, `create_tag`.

use dolthub_api::types::CreateTagRequest;
use dolthub_api::v1alpha1::ops;
use serde::Deserialize;

use crate::error::Result;
use crate::models::{Tag, de};
use crate::resources::{Db, require};
use crate::revision::Revision;
use crate::transport::request::RequestSpec;

/// Tags of one database; see [`DatabaseHandler::tags`](crate::resources::DatabaseHandler::tags).
#[derive(Clone, Debug)]
pub struct TagsHandler {
    pub(crate) db: Db,
}

impl TagsHandler {
    /// List every tag (one response, no paging).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// for t in client.database("dolthub", "museum-collections").tags().list().await? {
    ///     println!("{} {}", t.name, t.tagged_at);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListTags {
        ListTags {
            db: self.db.clone(),
        }
    }

    /// Tag `at` as `name`; set the message with [`CreateTag::message`].
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("dolthub", "museum-collections").tags()
    ///     .create("v1", dolthub::Revision::branch("main"))
    ///     .message("First complete import")
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create(&self, name: impl Into<String>, at: impl Into<Revision>) -> CreateTag {
        CreateTag {
            db: self.db.clone(),
            name: name.into(),
            at: at.into(),
            message: String::new(),
        }
    }
}

/// Builder for `list_tags`.
#[derive(Clone, Debug)]
#[must_use]
pub struct ListTags {
    db: Db,
}

#[derive(Deserialize)]
struct TagList {
    #[serde(default, deserialize_with = "de::list")]
    tags: Vec<Tag>,
}

impl ListTags {
    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let tags = client.database("dolthub", "museum-collections").tags().list().send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<Tag>> {
        if self.db.is_v2() {
            return crate::v2::handles::list_tags(&self.db).await;
        }
        let spec = RequestSpec::for_operation(&ops::LIST_TAGS, &self.db.params())?;
        let list: TagList = self.db.client.transport().json(spec, false).await?;
        Ok(list.tags)
    }
}

impl_into_future!(ListTags => Vec<Tag>);

/// Builder for `create_tag`.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateTag {
    db: Db,
    name: String,
    at: Revision,
    message: String,
}

impl CreateTag {
    /// The tag message (sent as `tagMessage`; empty by default).
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// client.database("o", "d").tags().create("v2", "main").message("Second release").await?;
    /// # Ok(()) }
    /// ```
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// Send the request.
    ///
    /// ```no_run
    /// # async fn run(client: dolthub::Client) -> dolthub::Result<()> {
    /// let tag = client.database("o", "d").tags().create("v2", "main").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Tag> {
        require("tag name", &self.name)?;
        require("revision name", self.at.name())?;
        if self.db.is_v2() {
            return crate::v2::handles::create_tag(&self.db, self.name, &self.at, self.message)
                .await;
        }
        let body = CreateTagRequest {
            tag_name: self.name,
            tag_message: self.message,
            revision_name: self.at.name().to_owned(),
            revision_type: self.at.tag_type(),
        };
        let spec = RequestSpec::for_operation(&ops::CREATE_TAG, &self.db.params())?.json(&body)?;
        self.db.client.transport().json(spec, false).await
    }
}

impl_into_future!(CreateTag => Tag);
