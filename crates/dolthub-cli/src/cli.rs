//! The command tree (clap derive).

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::exit::EXIT_CODES_HELP;
use crate::output::Format;

/// Naming, configuration and examples, shown by `dolthub --help`.
const GUIDE: &str = "\
Naming a database:
  Commands that work inside a database take --db OWNER/DB (or DOLTHUB_DB=OWNER/DB).
  Commands whose subject is the database itself take it as an argument:
  `db create OWNER/DB`, `fork OWNER/DB`, `fork list OWNER/DB`.

Configuration (flag > environment > config file > default):
  DOLTHUB_API_TOKEN  API token (or --token, or `dolthub auth login`); never printed
  DOLTHUB_API_URL    server base URL: a DoltLab host or a sandbox (or --api-url, or `config set host`)
  DOLTHUB_API_VERSION  auto, v1alpha1 or v2 (or --api-version, or `config set api_version`)
  DOLTHUB_DB         default database for --db (or `config set database`)
  DOLTHUB_CONFIG_DIR where config.json and hosts.json live [default: ~/.config/dolthub]
  NO_COLOR           disable colors

Examples:
  $ dolthub tour                        # offline walk-through, no account needed
  $ dolthub db create me/museums --public --description \"Museum collections\"
  $ export DOLTHUB_DB=me/museums
  $ dolthub import lacma.csv --table lacma --pk id --wait   # the first import creates main
  $ dolthub pr list --state open
  $ dolthub pr merge 1 --wait
  $ dolthub branch create fixes --from main
  $ dolthub sql write --from fixes \"DELETE FROM lacma WHERE id = 7\" --wait
  $ dolthub sql \"SELECT count(*) FROM lacma\" --ref main
  $ dolthub sql \"SELECT * FROM lacma\" --all --format csv > lacma.csv
  $ dolthub job list --json | jq '.jobs[] | select(.status == \"Failed\")'
  $ dolthub pr list --jq '.pulls[].title'             # fields without jq
  $ dolthub db view dolthub/museum-collections --api-version v2";

/// The full clap command, with the long help assembled at run time.
pub fn command() -> clap::Command {
    Cli::command().after_long_help(format!("{GUIDE}\n\n{EXIT_CODES_HELP}"))
}

/// DoltHub from the command line.
#[derive(Debug, Parser)]
#[command(
    name = "dolthub",
    version,
    about = "Work with DoltHub databases from the command line",
    long_about = "Work with DoltHub databases from the command line: create and fork databases, \
                  branch, tag and release, import files, open, review and merge pull requests, \
                  run SQL, export CSV and watch jobs.\n\n\
                  Talks to DoltHub's HTTP API (v2 or v1alpha1, see --api-version) on www.dolthub.com, \
                  a DoltLab host (v1alpha1) or a local dolthub-sandbox (both). New here? `dolthub tour` \
                  walks through everything offline.",
    after_help = "Run `dolthub tour` for an offline walk-through; `dolthub --help` for examples and exit codes.",
    max_term_width = 100,
    subcommand_required = true,
    arg_required_else_help = true
)]
pub struct Cli {
    /// Global options.
    #[command(flatten)]
    pub global: Global,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct Global {
    /// API token from https://www.dolthub.com/settings/tokens (`dh_…` for API v2, `dhat.…` for
    /// v1alpha1).
    #[arg(
        long,
        global = true,
        env = "DOLTHUB_API_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN",
        help_heading = "Global options"
    )]
    pub token: Option<String>,

    /// Server base URL (DoltLab host or sandbox) [default: https://www.dolthub.com].
    #[arg(
        long,
        global = true,
        env = "DOLTHUB_API_URL",
        hide_env_values = true,
        value_name = "URL",
        help_heading = "Global options"
    )]
    pub api_url: Option<String>,

    /// API version: v2, v1alpha1, or auto [default: DOLTHUB_API_VERSION, then the config
    /// file's api_version, then auto = v2 for a `dh_` token on DoltHub, v1alpha1 otherwise
    /// (DoltLab, sandboxes, `dhat.` tokens)].
    // Not read from the environment by clap: the settings resolve the
    // variable and the config file below the flag, and name the source.
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "VERSION",
        help_heading = "Global options"
    )]
    pub api_version: Option<ApiVersionArg>,

    /// Output format: table (aligned columns), tsv (no header), csv, json, or auto
    /// [default: auto = table on a terminal, tsv in pipes].
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        hide_default_value = true,
        default_value_t = Format::Auto,
        help_heading = "Global options"
    )]
    pub format: Format,

    /// Print one JSON document (same as --format json); `--json=id,title` keeps
    /// only those fields of each item, in that order.
    #[arg(
        long,
        global = true,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "",
        value_name = "FIELDS",
        help_heading = "Global options"
    )]
    pub json: Option<String>,

    /// Print only these fields of the JSON output, one per line (implies --json):
    /// `.count`, `.jobs[].id`, `.rows[0]`, `.name, .visibility` (a jq path subset).
    #[arg(long, global = true, value_name = "EXPR", value_parser = parse_jq, help_heading = "Global options")]
    pub jq: Option<crate::jq::Filter>,

    /// Log HTTP requests to stderr (-vv for more); the token is never logged.
    #[arg(short, long, global = true, action = clap::ArgAction::Count, help_heading = "Global options")]
    pub verbose: u8,
}

impl Global {
    /// The output format, `--json` winning over `--format`.
    pub fn format(&self) -> Format {
        if self.json.is_some() || self.jq.is_some() {
            Format::Json
        } else {
            self.format
        }
    }

    /// The token, if a non-blank one was given.
    pub fn token(&self) -> Option<&str> {
        self.token
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }
}

/// `--api-version` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ApiVersionArg {
    /// Let the `dolthub` crate choose from the token and the host.
    Auto,
    /// DoltHub's older API, also DoltLab's.
    #[value(name = "v1alpha1", alias = "v1")]
    V1alpha1,
    /// DoltHub's current API.
    #[value(name = "v2")]
    V2,
}

impl ApiVersionArg {
    /// As a settings value.
    pub fn choice(self) -> crate::settings::VersionChoice {
        match self.chosen() {
            Some(v) => crate::settings::VersionChoice::Fixed(v),
            None => crate::settings::VersionChoice::Auto,
        }
    }

    /// The explicit choice, `None` for `auto`.
    pub fn chosen(self) -> Option<dolthub::ApiVersion> {
        match self {
            ApiVersionArg::Auto => None,
            ApiVersionArg::V1alpha1 => Some(dolthub::ApiVersion::V1alpha1),
            ApiVersionArg::V2 => Some(dolthub::ApiVersion::V2),
        }
    }
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create and view databases (also `db fork`, `db import`).
    #[command(subcommand)]
    Db(DbCommand),

    /// Fork a database into another account, or list a fork network.
    Fork(ForkArgs),

    /// List, create and delete branches.
    #[command(subcommand)]
    Branch(BranchCommand),

    /// List and create tags.
    #[command(subcommand)]
    Tag(TagCommand),

    /// List and create releases.
    #[command(subcommand)]
    Release(ReleaseCommand),

    /// Work with pull requests.
    #[command(subcommand)]
    Pr(PrCommand),

    /// Import a CSV, PSV, JSON, XLSX or SQL file into a table (opens a pull request).
    #[command(after_help = "\
Examples:
  $ dolthub import lacma.csv --db me/museums --table lacma --pk id --branch lacma --wait
  $ dolthub import fixes.csv --db me/museums --table lacma --op update --branch fixes

The finished import opens a pull request against --branch (printed with --wait);
review it with `dolthub pr view ID` and merge it with `dolthub pr merge ID`.")]
    Import(ImportArgs),

    /// Run a read-only SQL query, or a write with `sql write`.
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "\
Examples:
  $ dolthub sql \"SHOW TABLES\" --db me/museums
  $ dolthub sql \"SELECT * FROM lacma WHERE year > 1900\" --db me/museums --ref main --json
  $ dolthub sql \"SELECT * FROM lacma\" --db me/museums --all --format csv > all.csv
  $ dolthub sql write --db me/museums --from main \"DELETE FROM lacma WHERE id = 3\" --wait"
    )]
    Sql(SqlArgs),

    /// Download a table as CSV.
    Csv(CsvArgs),

    /// List, view and watch a database's background jobs (`dh`'s `operation`).
    #[command(subcommand, visible_alias = "operation")]
    Job(JobCommand),

    /// List your operations (imports, merges, SQL writes) across databases (API v1alpha1;
    /// one database's are `dolthub job list`).
    #[command(subcommand)]
    Op(OpCommand),

    /// Show the user the token belongs to.
    User,

    /// Open a database, pull request or branch on the web (prints the address in pipes).
    Browse(crate::commands::browse::BrowseArgs),

    /// Call any API path with your credentials (like `gh api`).
    Api(crate::commands::api::ApiArgs),

    /// Log in with a token, show the login, log out (tokens stored per host).
    #[command(subcommand)]
    Auth(crate::commands::auth::AuthCommand),

    /// Get and set defaults: database, host, api_version.
    #[command(subcommand)]
    Config(crate::commands::config::ConfigCommand),

    /// Print a shell completion script.
    #[command(after_help = "\
Examples:
  $ dolthub completions bash > ~/.local/share/bash-completion/completions/dolthub
  $ dolthub completions zsh > \"${fpath[1]}/_dolthub\"
  $ dolthub completions fish > ~/.config/fish/completions/dolthub.fish")]
    #[command(alias = "completion")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },

    /// Walk through DoltHub end to end against a local sandbox (no account, no network).
    #[command(after_help = "\
Without a token, the tour starts an in-process sandbox on 127.0.0.1 and creates everything there.
With a token (DOLTHUB_API_TOKEN or --token) it would create a real database on the server
(museum-tour-<timestamp> in your account; v1alpha1 cannot delete databases), so it refuses
unless --yes-really is given.")]
    Tour(TourArgs),
}

/// Shells for `completions`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
}

/// `OWNER/DB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbRef {
    /// Account that owns the database.
    pub owner: String,
    /// Database name.
    pub name: String,
}

impl fmt::Display for DbRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.owner, self.name)
    }
}

impl FromStr for DbRef {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.split_once('/') {
            Some((owner, name))
                if !owner.is_empty()
                    && !name.is_empty()
                    && !name.contains('/')
                    && !s.contains(char::is_whitespace) =>
            {
                Ok(DbRef {
                    owner: owner.to_owned(),
                    name: name.to_owned(),
                })
            }
            _ => Err(format!(
                "`{s}` is not OWNER/DB (for example dolthub/museum-collections)"
            )),
        }
    }
}

/// `--db OWNER/DB` for commands that work inside a database.
#[derive(Debug, Clone, Args)]
pub struct DbArg {
    /// The database, as OWNER/DB.
    #[arg(
        short = 'd',
        long = "db",
        // `dh`'s spellings.
        short_alias = 'R',
        alias = "repo",
        env = "DOLTHUB_DB",
        hide_env_values = true,
        value_name = "OWNER/DB",
        value_parser = parse_db
    )]
    pub db: DbRef,
}

fn parse_jq(s: &str) -> Result<crate::jq::Filter, String> {
    s.parse()
}

/// `OWNER/DB`, or a bare `DB` whose owner (left empty here) is the token's user.
fn parse_new_db(s: &str) -> Result<DbRef, String> {
    let bare = s.trim();
    if !bare.is_empty() && !bare.contains('/') && !bare.contains(char::is_whitespace) {
        return Ok(DbRef {
            owner: String::new(),
            name: bare.to_owned(),
        });
    }
    s.parse()
}

fn parse_db(s: &str) -> Result<DbRef, String> {
    s.parse()
}

/// A duration such as `90s`, `2m`, `500ms`, `1h` or plain seconds (`1.5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait(pub Duration);

impl FromStr for Wait {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (num, unit) = match s.find(|c: char| c.is_ascii_alphabetic()) {
            Some(i) => (&s[..i], &s[i..]),
            None => (s, "s"),
        };
        let value: f64 = num
            .trim()
            .parse()
            .map_err(|_| format!("`{s}` is not a duration (try 30s, 2m, 500ms)"))?;
        let factor = match unit {
            "ms" => 0.001,
            "s" | "sec" | "secs" => 1.0,
            "m" | "min" | "mins" => 60.0,
            "h" => 3600.0,
            _ => {
                return Err(format!(
                    "unknown unit `{unit}` in `{s}` (use ms, s, m or h)"
                ));
            }
        };
        if !(value.is_finite() && value >= 0.0) {
            return Err(format!("`{s}` is not a positive duration"));
        }
        Ok(Wait(Duration::from_secs_f64(value * factor)))
    }
}

/// `--wait` and its deadline.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait until the job finishes (a spinner shows its state on a terminal).
    #[arg(short, long)]
    pub wait: bool,

    /// Do not wait (the default; accepted for `dh` scripts).
    #[arg(long, hide = true, conflicts_with = "wait")]
    pub no_wait: bool,

    /// Give up waiting after this long (e.g. 90s, 5m); exit code 6.
    #[arg(
        long,
        alias = "timeout",
        value_name = "DURATION",
        default_value = "10m",
        value_parser = parse_wait
    )]
    pub wait_timeout: Wait,
}

fn parse_wait(s: &str) -> Result<Wait, String> {
    s.parse()
}

/// A query time limit: more than zero (a zero limit could never answer).
fn parse_query_timeout(s: &str) -> Result<Wait, String> {
    let wait: Wait = s.parse()?;
    if wait.0.is_zero() {
        return Err(format!("`{s}` is no time at all; give at least 1ms"));
    }
    Ok(wait)
}

/// `--limit N`.
#[derive(Debug, Clone, Copy, Args)]
pub struct LimitArg {
    /// Show at most N items (further pages are fetched as needed).
    #[arg(short = 'L', long, value_name = "N", default_value_t = 30)]
    pub limit: usize,
}

/// `db` verbs.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Create a database.
    #[command(after_help = "\
Examples:
  $ dolthub db create me/museums --public
  $ dolthub db create my-org/prices --private --description \"Daily prices\"")]
    Create {
        /// The new database, as [OWNER/]DB (OWNER is you or an organization you belong to;
        /// without it, the token's user).
        #[arg(value_name = "[OWNER/]DB", value_parser = parse_new_db)]
        db: DbRef,
        /// Anyone can read it (one of --public or --private is required).
        #[arg(long, required_unless_present = "private", conflicts_with = "private")]
        public: bool,
        /// Only you and your organization's members can read it.
        #[arg(long)]
        private: bool,
        /// A short description.
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
    /// Fork a database (same as `dolthub fork`).
    Fork(ForkArgs),
    /// Import a file (same as `dolthub import`).
    Import(ImportArgs),
    /// Show a database: visibility, description, size, stars, parent and fork count (API v2).
    #[command(after_help = "\
Examples:
  $ dolthub db view dolthub/museum-collections
  $ dolthub db view dolthub/museum-collections --forks --json

API v1alpha1 cannot describe a database: run with --api-version v2.")]
    View {
        /// The database, as OWNER/DB [default: --db / DOLTHUB_DB].
        #[arg(value_name = "OWNER/DB", value_parser = parse_db)]
        db: Option<DbRef>,
        /// Also list its direct forks.
        #[arg(long)]
        forks: bool,
        /// The database, when not given as an argument.
        #[arg(
            short = 'd',
            long = "db",
            short_alias = 'R',
            alias = "repo",
            env = "DOLTHUB_DB",
            hide_env_values = true,
            value_name = "OWNER/DB",
            value_parser = parse_db,
            hide = true
        )]
        db_flag: Option<DbRef>,
    },
}

/// `fork OWNER/DB` or `fork list OWNER/DB`.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "\
Examples:
  $ dolthub fork dolthub/museum-collections --wait
  $ dolthub fork dolthub/museum-collections --to my-org
  $ dolthub fork list dolthub/museum-collections"
)]
pub struct ForkArgs {
    /// `list`.
    #[command(subcommand)]
    pub command: Option<ForkCommand>,

    /// The database to fork, as OWNER/DB.
    #[arg(value_name = "OWNER/DB", value_parser = parse_db, required = true)]
    pub db: Option<DbRef>,

    /// Account to fork into [default: the token's user].
    #[arg(long, visible_alias = "org", value_name = "OWNER")]
    pub to: Option<String>,

    #[command(flatten)]
    pub wait: WaitArgs,
}

/// `fork` verbs.
#[derive(Debug, Subcommand)]
pub enum ForkCommand {
    /// List a database's fork network.
    List {
        /// The database, as OWNER/DB.
        #[arg(value_name = "OWNER/DB", value_parser = parse_db)]
        db: DbRef,
        #[command(flatten)]
        limit: LimitArg,
    },
}

/// `branch` verbs.
#[derive(Debug, Subcommand)]
pub enum BranchCommand {
    /// List branches.
    List {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a branch from a branch, a tag or a commit.
    #[command(after_help = "\
Examples:
  $ dolthub branch create lacma --db me/museums
  $ dolthub branch create hotfix --from v1.0 --db me/museums
  $ dolthub branch create audit --from 7n2ks1tclj9v1b3oh7ar0fpd5ml2gkq1 --db me/museums

--from takes a branch or tag name, or a 32-character commit hash (told apart by its form).")]
    Create {
        /// Name of the new branch.
        name: String,
        /// Branch, tag or commit hash to start from.
        #[arg(
            long,
            alias = "from-branch",
            value_name = "REV",
            default_value = "main",
            conflicts_with = "commit"
        )]
        from: String,
        /// Commit hash to start from (same as --from HASH).
        #[arg(long, alias = "from-commit", value_name = "HASH")]
        commit: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Delete a branch (through SQL `CALL DOLT_BRANCH('-D', ...)`, v1alpha1 has no delete call).
    Delete {
        /// The branch to delete.
        name: String,
        /// Branch the deleting SQL statement runs on.
        #[arg(long, value_name = "BRANCH", default_value = "main")]
        via: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// `tag` verbs.
#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// List tags.
    List {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a tag on a branch, another tag or a commit.
    #[command(after_help = "\
Examples:
  $ dolthub tag create v1.0 --from main -m \"First release\" --db me/museums
  $ dolthub tag create stable --from v1.0 --db me/museums")]
    Create {
        /// Tag name.
        name: String,
        /// Branch (its current head), tag or commit hash to tag.
        #[arg(
            long,
            alias = "from-branch",
            value_name = "REV",
            default_value = "main",
            conflicts_with = "commit"
        )]
        from: String,
        /// Commit hash to tag (same as --from HASH).
        #[arg(long, alias = "from-commit", value_name = "HASH")]
        commit: Option<String>,
        /// Tag message.
        #[arg(short, long, value_name = "TEXT", default_value = "")]
        message: String,
        #[command(flatten)]
        db: DbArg,
    },
}

/// `release` verbs.
#[derive(Debug, Subcommand)]
pub enum ReleaseCommand {
    /// List releases.
    List {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show one release.
    View {
        /// The release tag.
        tag: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Create a release from a tag (creating the tag if needed).
    #[command(after_help = "\
Examples:
  $ dolthub release create v1.0 --title \"Spring data\" --db me/museums
  $ dolthub release create v1.1 --title \"Fixes\" --commit 7n2ks1tc... --notes \"Typos fixed\" --db me/museums")]
    Create {
        /// The release tag.
        tag: String,
        /// Release title [default: the tag].
        #[arg(short, long, value_name = "TEXT")]
        title: Option<String>,
        /// Branch name or commit hash the release points at.
        #[arg(long, alias = "target", value_name = "REV", default_value = "main")]
        commit: String,
        /// Release notes.
        #[arg(short, long, value_name = "TEXT", default_value = "")]
        notes: String,
        /// Read the release notes from FILE (`-` for stdin).
        #[arg(long, value_name = "FILE", conflicts_with = "notes")]
        notes_file: Option<PathBuf>,
        /// Fail instead of creating the tag when it does not exist yet.
        #[arg(long)]
        no_create_tag: bool,
        #[command(flatten)]
        db: DbArg,
    },
}

/// Pull request states for `pr list --state`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PrState {
    /// Open pull requests.
    Open,
    /// Closed without merging.
    Closed,
    /// Merged.
    Merged,
    /// Every state.
    All,
}

/// Review statuses for `pr list --review`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReviewStatus {
    /// Approved.
    Approved,
    /// Has an assigned reviewer.
    AssignedReviewer,
    /// Rejected.
    Rejected,
    /// Reviewed.
    Reviewed,
}

/// `pr` verbs.
#[derive(Debug, Subcommand)]
pub enum PrCommand {
    /// List pull requests.
    List {
        /// Only pull requests in this state.
        #[arg(short, long, value_enum, default_value_t = PrState::All)]
        state: PrState,
        /// Only pull requests with this review status.
        #[arg(long, value_enum)]
        review: Option<ReviewStatus>,
        /// Search titles and authors.
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show a pull request.
    View {
        /// Pull request id.
        id: String,
        /// Also show its comments (API v2).
        #[arg(short, long)]
        comments: bool,
        #[command(flatten)]
        db: DbArg,
    },
    /// Open a pull request.
    #[command(after_help = "\
Examples:
  $ dolthub pr create --from lacma --to main --title \"Add LACMA\" --db me/museums
  $ dolthub pr create --from fix --from-db alice/museums --title \"Fix dates\" --db me/museums")]
    Create {
        /// Title.
        #[arg(short, long, value_name = "TEXT")]
        title: String,
        /// Description.
        #[arg(
            short = 'b',
            long,
            visible_alias = "body",
            value_name = "TEXT",
            default_value = ""
        )]
        description: String,
        /// Read the description from FILE (`-` for stdin).
        #[arg(long, value_name = "FILE", conflicts_with = "description")]
        body_file: Option<PathBuf>,
        /// Branch with the changes.
        #[arg(long, alias = "head", value_name = "BRANCH")]
        from: String,
        /// Database holding --from (a fork) [default: --db].
        #[arg(long, value_name = "OWNER/DB", value_parser = parse_db)]
        from_db: Option<DbRef>,
        /// Branch to merge into.
        #[arg(long, alias = "base", value_name = "BRANCH", default_value = "main")]
        to: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Change a pull request's title or description.
    Edit {
        /// Pull request id.
        id: String,
        /// New title.
        #[arg(short, long, value_name = "TEXT")]
        title: Option<String>,
        /// New description.
        #[arg(short = 'b', long, visible_alias = "body", value_name = "TEXT")]
        description: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Close a pull request without merging (API v2 can reopen it).
    Close {
        /// Pull request id.
        id: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Reopen a closed pull request (API v2 only).
    Reopen {
        /// Pull request id.
        id: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Comment on a pull request.
    Comment {
        /// Pull request id.
        id: String,
        /// The comment.
        #[arg(
            short = 'b',
            long,
            visible_alias = "message",
            value_name = "TEXT",
            required_unless_present = "body_file"
        )]
        body: Option<String>,
        /// Read the comment from FILE (`-` for stdin).
        #[arg(long, value_name = "FILE", conflicts_with = "body")]
        body_file: Option<PathBuf>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Merge a pull request.
    Merge {
        /// Pull request id.
        id: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// `--op` values: the wrapper's [`ImportMode`](dolthub::resources::ImportMode),
/// whose own descriptions are the help text, so the command, the crate and the
/// sandbox cannot describe a mode differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOp(pub dolthub::resources::ImportMode);

impl ValueEnum for ImportOp {
    fn value_variants<'a>() -> &'a [Self] {
        use dolthub::resources::ImportMode as M;
        const ALL: [ImportOp; 4] = [
            ImportOp(M::Create),
            ImportOp(M::Update),
            ImportOp(M::Overwrite),
            ImportOp(M::Replace),
        ];
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.as_str()).help(self.0.describe()))
    }
}

/// `--type` values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FileType {
    /// Comma-separated.
    Csv,
    /// Pipe-separated.
    Psv,
    /// JSON (`{"rows": [...]}`).
    Json,
    /// Excel workbook.
    Xlsx,
    /// SQL statements.
    Sql,
    /// YAML (API v2 only).
    Yaml,
}

/// `import FILE ...`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to upload (at most 100 MB).
    pub file: PathBuf,
    /// Target table (not needed for .sql files).
    #[arg(short, long, value_name = "TABLE")]
    pub table: Option<String>,
    /// Primary key column (repeat or comma-separate for a compound key).
    #[arg(long, value_name = "COL", value_delimiter = ',')]
    pub pk: Vec<String>,
    /// What to do with the table.
    #[arg(long, value_enum, default_value = "create")]
    pub op: ImportOp,
    /// Branch to import into [default: main; for a new database without any
    /// branch, none: its first import creates the default branch].
    #[arg(short, long, value_name = "BRANCH")]
    pub branch: Option<String>,
    /// File type [default: from the file extension].
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub file_type: Option<FileType>,
    /// Land the import on this new branch (cut from --branch) and open a pull request into
    /// --branch (API v2; v1alpha1 imports always open one).
    #[arg(long, value_name = "BRANCH")]
    pub pr_branch: Option<String>,
    /// Commit message of the import (API v2).
    #[arg(short = 'm', long, value_name = "TEXT")]
    pub commit_message: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// `sql "QUERY"` or `sql write ...`.
#[derive(Debug, Args)]
pub struct SqlArgs {
    /// `write`.
    #[command(subcommand)]
    pub command: Option<SqlCommand>,

    /// The query (read-only; use `sql write` for changes).
    #[arg(value_name = "QUERY", required_unless_present = "file")]
    pub query: Option<String>,

    /// Read the query from FILE (`-` for stdin) instead of the argument.
    #[arg(short, long, value_name = "FILE", conflicts_with = "query")]
    pub file: Option<PathBuf>,

    /// Branch, tag or commit to read.
    #[arg(short, long = "ref", value_name = "REF", default_value = "main")]
    pub reference: String,

    /// Fetch every row past the server's 1,000-row cap, all read at the commit the ref points to
    /// when the command starts: a whole table (`SELECT * FROM t` or named columns) streams from
    /// the CSV export, other single-table queries page on the primary key, the rest with
    /// LIMIT/OFFSET (the query must have no LIMIT of its own). CSV, TSV and JSON stream as rows
    /// arrive.
    #[arg(long)]
    pub all: bool,

    /// Return at most N rows (API v2 asks the server; on v1alpha1 the first N rows of the
    /// server's answer are kept, still within its 1,000-row cap).
    #[arg(short = 'L', long, value_name = "N", conflicts_with = "all", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,

    /// Stop the query after this long (e.g. 5s, 500ms; exit code 6). API v2 stops it on the
    /// server (at most 60s); on v1alpha1 the command stops waiting for the answer.
    #[arg(long, value_name = "DURATION", conflicts_with = "all", value_parser = parse_query_timeout)]
    pub timeout: Option<Wait>,

    #[command(flatten)]
    pub db: Option<DbArg>,
}

/// `sql` verbs.
#[derive(Debug, Subcommand)]
pub enum SqlCommand {
    /// Run one write statement on a branch (creates a commit; async).
    #[command(after_help = "\
--from is the base branch; --to is the branch written to (created from --from when missing).
An empty QUERY merges --from into --to.

Examples:
  $ dolthub sql write --from main --to main \"DELETE FROM lacma WHERE id = 7\" --wait --db me/museums
  $ dolthub sql write --from main --to cleanup \"UPDATE lacma SET title = TRIM(title)\" --db me/museums")]
    Write {
        /// One SQL statement (INSERT, UPDATE, DELETE, CREATE TABLE, CALL ...).
        #[arg(value_name = "QUERY")]
        query: String,
        /// Base branch.
        #[arg(long, value_name = "BRANCH", default_value = "main")]
        from: String,
        /// Branch written to [default: --from].
        #[arg(long, value_name = "BRANCH")]
        to: Option<String>,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// `csv TABLE ...` or `csv --zip ...`.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  $ dolthub csv lacma --db me/museums > lacma.csv
  $ dolthub csv lacma --db me/museums --ref v1.0 -o lacma-v1.csv
  $ dolthub csv --zip --db me/museums -o museums.zip")]
pub struct CsvArgs {
    /// The table (omit with --zip).
    #[arg(required_unless_present = "zip", conflicts_with = "zip")]
    pub table: Option<String>,
    /// Export every table as one ZIP archive of CSV files instead of one table.
    #[arg(long)]
    pub zip: bool,
    /// Branch or commit to export.
    #[arg(short, long = "ref", value_name = "REF", default_value = "main")]
    pub reference: String,
    /// Write to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

/// `job` verbs.
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// List a database's jobs, newest first.
    List {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show one job as it is now, failed ones included (no waiting; found by listing).
    View {
        /// The job id (from `job list`).
        id: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Wait for a job to finish, showing its state.
    Watch {
        /// The job id (from `job list`, or the operation name printed by `import`/`pr merge`).
        id: String,
        #[command(flatten)]
        db: DbArg,
        /// Give up after this long (e.g. 90s, 5m); exit code 6.
        #[arg(long, alias = "timeout", value_name = "DURATION", default_value = "10m", value_parser = parse_wait)]
        wait_timeout: Wait,
    },
}

/// Operation types for `op list --type`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OpType {
    /// SQL writes.
    SqlWrite,
    /// SQL reads.
    SqlRead,
    /// File imports.
    Import,
    /// Pull request merges.
    Merge,
    /// Migrations.
    Migrate,
}

/// `op` verbs.
#[derive(Debug, Subcommand)]
pub enum OpCommand {
    /// List your operations, newest first.
    List {
        /// Only operations of this type.
        #[arg(long = "type", value_enum, value_name = "TYPE")]
        op_type: Option<OpType>,
        /// Whose operations [default: the token's user; the API only allows your own].
        #[arg(long, value_name = "USER")]
        user: Option<String>,
        #[command(flatten)]
        limit: LimitArg,
    },
}

/// `tour` options.
#[derive(Debug, Args)]
pub struct TourArgs {
    /// Run against the configured server even though a token is set (creates a database there).
    #[arg(long)]
    pub yes_really: bool,
    /// Owner of the tour database on a real server [default: the token's user].
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn db_refs() {
        assert_eq!(
            "a/b".parse::<DbRef>().unwrap(),
            DbRef {
                owner: "a".into(),
                name: "b".into()
            }
        );
        for bad in ["a", "/b", "a/", "a/b/c", "a b/c", ""] {
            assert!(bad.parse::<DbRef>().is_err(), "{bad}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!("90s".parse::<Wait>().unwrap().0, Duration::from_secs(90));
        assert_eq!("2m".parse::<Wait>().unwrap().0, Duration::from_secs(120));
        assert_eq!(
            "250ms".parse::<Wait>().unwrap().0,
            Duration::from_millis(250)
        );
        assert_eq!(
            "1.5".parse::<Wait>().unwrap().0,
            Duration::from_millis(1500)
        );
        assert!("soon".parse::<Wait>().is_err());
        assert!("5y".parse::<Wait>().is_err());
    }

    #[test]
    fn sql_and_fork_take_a_positional_or_a_verb() {
        let cli = Cli::try_parse_from(["dolthub", "sql", "SELECT 1", "--db", "a/b"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Sql(SqlArgs { command: None, .. })
        ));
        let cli = Cli::try_parse_from([
            "dolthub",
            "sql",
            "write",
            "--db",
            "a/b",
            "--from",
            "main",
            "DELETE FROM t",
        ])
        .unwrap();
        assert!(matches!(
            cli.command,
            Command::Sql(SqlArgs {
                command: Some(SqlCommand::Write { .. }),
                ..
            })
        ));
        let cli = Cli::try_parse_from(["dolthub", "fork", "list", "a/b"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Fork(ForkArgs {
                command: Some(ForkCommand::List { .. }),
                ..
            })
        ));
        let cli = Cli::try_parse_from(["dolthub", "fork", "a/b", "--wait"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Fork(ForkArgs { db: Some(_), .. })
        ));
    }
}
