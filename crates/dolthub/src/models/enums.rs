//! Open string sets (states, types, statuses).
//!
//! DoltHub mixes capitalisation (`Open` in filters, `merged` in answers) and
//! uses different words for the same thing in different endpoints
//! (`Completed`, `Succeeded`, `Success`). Each enum here compares
//! case-insensitively, ignoring spaces, `_` and `-`, maps known synonyms to one
//! variant, and keeps anything else in `Other(String)` exactly as sent.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Lower-case, without spaces, underscores or dashes.
fn normalize(s: &str) -> String {
    folded(s).collect()
}

/// The characters of `s` as [`normalize`] keeps them, without allocating.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\t'))
        .flat_map(char::to_lowercase)
}

/// `normalize(a) == normalize(b)`, compared as the characters go: every
/// answer decodes a state or two, so this runs on each call (no allocation).
fn same(a: &str, b: &str) -> bool {
    // The usual answer spells the word as listed, up to ASCII case: settle
    // that without the char-by-char folding (about 800 instructions per
    // get pull under callgrind).
    a.eq_ignore_ascii_case(b) || folded(a).eq(folded(b))
}

macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $name:ident, example = $example:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $canon:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version does not know (or an absent one, as `""`), exactly as sent.
            Other(String),
        }

        impl $name {
            /// The canonical spelling (the one sent in requests), or the raw text of `Other`.
            ///
            /// ```
            #[doc = concat!("use dolthub::models::", stringify!($name), ";")]
            #[doc = concat!("let v: ", stringify!($name), " = \"", $example, "\".parse().unwrap();")]
            #[doc = concat!("assert_eq!(v.as_str(), \"", $example, "\");")]
            /// ```
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $canon, )+
                    Self::Other(raw) => raw,
                }
            }

            /// Interpret any spelling, case-insensitively; unknown text becomes `Other`.
            ///
            /// ```
            #[doc = concat!("use dolthub::models::", stringify!($name), ";")]
            #[doc = concat!("let v = ", stringify!($name), "::from_wire(\"", $example, "\");")]
            #[doc = concat!("assert!(!matches!(v, ", stringify!($name), "::Other(_)));")]
            /// ```
            pub fn from_wire(raw: &str) -> Self {
                $(
                    if same(raw, $canon) $(|| same(raw, $alias))* {
                        return Self::$variant;
                    }
                )+
                Self::Other(raw.trim().to_owned())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::Other(String::new())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(s))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::from_wire(s)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self::from_wire(&s)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok(Self::from_wire(&crate::models::de::string(d)?))
            }
        }
    };
}

string_enum! {
    /// State of a pull request. Answers say `open`/`closed`/`merged` in varying
    /// case; filters are sent capitalised.
    PullState, example = "Open" {
        /// Open for review.
        Open = "Open",
        /// Closed without merging.
        Closed = "Closed",
        /// Merged into its target branch.
        Merged = "Merged",
    }
}

string_enum! {
    /// Review status filter of the pull-request list.
    ReviewStatus, example = "Approved" {
        /// Approved by a reviewer.
        Approved = "Approved",
        /// A reviewer is assigned.
        AssignedReviewer = "AssignedReviewer",
        /// Rejected by a reviewer.
        Rejected = "Rejected",
        /// Reviewed (any verdict).
        Reviewed = "Reviewed",
    }
}

string_enum! {
    /// Progress of a job, an operation or a merge/import poll.
    ///
    /// The three vocabularies are folded together: jobs say
    /// `Pending/Running/Succeeded/Failed`, operations
    /// `Pending/Running/Success/Failure`, polls `Pending/In Progress/Completed`.
    JobStatus, example = "Running" {
        /// Queued, not started.
        Pending = "Pending" | "Queued",
        /// Running (`Running`, `In Progress`).
        Running = "Running" | "In Progress",
        /// Finished successfully (`Succeeded`, `Completed`, `Success`, `Done`).
        Succeeded = "Succeeded" | "Completed" | "Success" | "Done",
        /// Finished unsuccessfully (`Failed`, `Failure`, `Error`).
        Failed = "Failed" | "Failure" | "Error",
    }
}

impl JobStatus {
    /// Whether the job has ended, one way or the other.
    ///
    /// ```
    /// use dolthub::models::JobStatus;
    /// assert!(JobStatus::from_wire("Completed").is_finished());
    /// assert!(!JobStatus::from_wire("In Progress").is_finished());
    /// ```
    pub fn is_finished(&self) -> bool {
        matches!(self, JobStatus::Succeeded | JobStatus::Failed)
    }
}

string_enum! {
    /// Kind of a user operation or a job.
    OperationType, example = "SqlWrite" {
        /// A SQL write (or merge by empty write).
        SqlWrite = "SqlWrite",
        /// A SQL read.
        SqlRead = "SqlRead",
        /// A file import.
        Import = "Import",
        /// A pull-request merge.
        Merge = "Merge",
        /// A storage migration.
        Migrate = "Migrate",
    }
}

string_enum! {
    /// `query_execution_status` of SQL answers.
    SqlStatus, example = "Success" {
        /// The statement succeeded.
        Success = "Success",
        /// The statement succeeded with warnings.
        SuccessWithWarning = "SuccessWithWarning",
        /// The result was cut at the row limit (about 1,000 rows); still a success.
        RowLimit = "RowLimit",
        /// The statement failed.
        Error = "Error",
    }
}

/// Who can see a new database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Visibility {
    /// Anyone can read it.
    Public,
    /// Only the owner and collaborators.
    Private,
}

impl Visibility {
    /// The wire spelling (`public` / `private`).
    ///
    /// ```
    /// assert_eq!(dolthub::models::Visibility::Private.as_str(), "private");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Private => "private",
        }
    }
}

impl Serialize for Visibility {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl fmt::Display for Visibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Visibility {
    type Err = crate::Error;

    /// `public` or `private`, any case; anything else is [`Error::InvalidInput`](crate::Error::InvalidInput).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match normalize(s).as_str() {
            "public" => Ok(Visibility::Public),
            "private" => Ok(Visibility::Private),
            _ => Err(crate::Error::invalid(format!(
                "visibility must be `public` or `private`, not `{}`",
                crate::error::excerpt(s)
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_synonyms() {
        assert_eq!(PullState::from_wire("merged"), PullState::Merged);
        assert_eq!(PullState::from_wire("OPEN"), PullState::Open);
        assert_eq!(JobStatus::from_wire("In Progress"), JobStatus::Running);
        assert_eq!(JobStatus::from_wire("in_progress"), JobStatus::Running);
        assert_eq!(JobStatus::from_wire("Completed"), JobStatus::Succeeded);
        assert_eq!(JobStatus::from_wire("Failure"), JobStatus::Failed);
        assert_eq!(
            JobStatus::from_wire("Sleeping"),
            JobStatus::Other("Sleeping".into())
        );
        assert_eq!(SqlStatus::from_wire("rowlimit"), SqlStatus::RowLimit);
    }

    #[test]
    fn serde_round_trip() {
        let s: PullState = serde_json::from_str("\"closed\"").unwrap();
        assert_eq!(s, PullState::Closed);
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"Closed\"");
        let other: JobStatus = serde_json::from_str("null").unwrap();
        assert_eq!(other, JobStatus::Other(String::new()));
    }

    #[test]
    fn visibility_parsing() {
        assert_eq!("Public".parse::<Visibility>().unwrap(), Visibility::Public);
        assert!(matches!(
            "secret".parse::<Visibility>(),
            Err(crate::Error::InvalidInput { .. })
        ));
    }
}
