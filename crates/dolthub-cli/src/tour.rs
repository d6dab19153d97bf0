//! `dolthub tour`: the whole story against an in-process sandbox.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::cli::{DbRef, Global, ImportOp, TourArgs};
use crate::commands::{self, Ctx, ImportRequest};
use crate::detail;
use crate::exit::{CliError, CliResult};
use crate::output::{Format, Out, Printer};
use crate::view;

/// The CSV imported by the tour (twelve museum pieces).
const TOUR_CSV: &[u8] = include_bytes!("../assets/tour.csv");

/// Sandbox job delay: long enough to see the spinner, short enough to take seconds.
#[cfg(feature = "sandbox")]
const TOUR_JOB_DELAY: Duration = Duration::from_millis(250);

/// How long the tour waits for any one job.
const WAIT: Duration = Duration::from_secs(120);

const TABLE: &str = "collection";
const BRANCH: &str = "new-acquisitions";

/// Styled text for the tour's own lines (plain when stdout is not a terminal).
struct Style {
    color: bool,
}

impl Style {
    fn new() -> Style {
        Style {
            color: io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

struct Tour {
    ctx: Ctx,
    style: Style,
    step: usize,
    started: Instant,
}

impl Tour {
    fn say(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    fn step(&mut self, title: &str, command: &str) -> io::Result<()> {
        self.step += 1;
        let head = self
            .style
            .paint("1;36", &format!("Step {}: {title}", self.step));
        let cmd = self.style.paint("2", &format!("  $ dolthub {command}"));
        self.say(&format!("\n{head}\n{cmd}"))
    }

    fn show(&self, out: &Out) -> io::Result<()> {
        self.ctx.printer.print(out)
    }
}

/// The offline tour's server: an in-process sandbox, kept alive by `guard`.
struct Offline {
    client: dolthub::Client,
    owner: String,
    where_: String,
    guard: SandboxGuard,
}

#[cfg(feature = "sandbox")]
type SandboxGuard = dolthub_sandbox::Sandbox;

/// The offline tour speaks DoltHub's current API unless told otherwise
/// (`--api-version`, `DOLTHUB_API_VERSION` or the config file's `api_version`).
#[cfg(feature = "sandbox")]
fn offline_version(global: &Global) -> CliResult<dolthub::ApiVersion> {
    Ok(
        match crate::settings::Settings::resolve(global)?
            .api_version
            .value
        {
            crate::settings::VersionChoice::Fixed(v) => v,
            crate::settings::VersionChoice::Auto => dolthub::ApiVersion::V2,
        },
    )
}

#[cfg(feature = "sandbox")]
async fn start_sandbox(global: &Global, args: &TourArgs) -> CliResult<Offline> {
    let sandbox = dolthub_sandbox::Sandbox::builder()
        .job_delay(TOUR_JOB_DELAY)
        .start()
        .await
        .map_err(|e| CliError::other(format!("could not start the sandbox: {e}")))?;
    let version = offline_version(global)?;
    // Each version with its own kind of token, as on DoltHub.
    let token = match version {
        dolthub::ApiVersion::V1alpha1 => sandbox.token(),
        _ => sandbox.v2_token(),
    };
    let client = dolthub::Client::builder()
        .base_url(sandbox.url())
        .token(token)
        .api_version(version)
        .user_agent(commands::USER_AGENT)
        .build()?;
    let owner = args
        .owner
        .clone()
        .unwrap_or_else(|| sandbox.username().to_owned());
    Ok(Offline {
        client,
        owner,
        where_: format!("a local sandbox at {}", sandbox.url()),
        guard: sandbox,
    })
}

#[cfg(not(feature = "sandbox"))]
type SandboxGuard = ();

/// Built without the `sandbox` feature: say how to get a server instead.
#[cfg(not(feature = "sandbox"))]
async fn start_sandbox(_global: &Global, _args: &TourArgs) -> CliResult<Offline> {
    Err(CliError::usage(
        "this `dolthub` was built without the in-process sandbox (feature `sandbox`)",
    )
    .with_hint(
        "reinstall with default features, or start `dolthub-sandbox` yourself and run \
         `dolthub tour --api-url URL --token TOKEN --yes-really`",
    ))
}

pub async fn run(global: &Global, args: &TourArgs) -> CliResult {
    let style = Style::new();
    // Kept until the tour ends: dropping it stops the in-process server.
    let mut _sandbox: Option<SandboxGuard> = None;
    let (client, owner, where_, fresh_name) = match global.token() {
        Some(_) if !args.yes_really => {
            let url = global
                .api_url
                .clone()
                .unwrap_or_else(|| dolthub::DEFAULT_BASE_URL.to_owned());
            return Err(CliError::usage(format!(
                "a token is configured, so the tour would create a real database on {url}"
            ))
            .with_hint(
                "unset DOLTHUB_API_TOKEN (and drop --token) for the offline tour, \
                 or pass --yes-really to run it against that server \
                 (also when it is a dolthub-sandbox you started yourself)",
            ));
        }
        Some(_) => {
            let client = commands::client(global)?;
            let owner = match &args.owner {
                Some(o) => o.clone(),
                None => client.user().await?.username,
            };
            let where_ = client.base_url().to_string();
            (client, owner, where_, true)
        }
        None => {
            let started = start_sandbox(global, args).await?;
            let (client, owner, where_) = (started.client, started.owner, started.where_);
            _sandbox = Some(started.guard);
            (client, owner, where_, false)
        }
    };
    // The tour is for people: tables even in a pipe (plain, without colors).
    let printer = Printer::new(Format::Table);
    let mut tour = Tour {
        ctx: Ctx { client, printer },
        style,
        step: 0,
        started: Instant::now(),
    };
    let title = tour.style.paint("1", "Welcome to the dolthub tour!");
    let version = tour.ctx.version();
    let about_version = match version {
        dolthub::ApiVersion::V1alpha1 => {
            "API v1alpha1 (DoltHub's older API, also DoltLab's; `--api-version v1alpha1`)"
        }
        _ => "API v2 (DoltHub's current API; `--api-version v1alpha1` tours the older one)",
    };
    tour.say(&format!(
        "{title}\nDoltHub hosts Dolt databases: SQL tables you can branch, diff and merge like git.\n\
         This tour talks to {where_} over {about_version}:\n\
         nothing leaves this machine unless you configured a server."
    ))?;
    walk(&mut tour, &owner, fresh_name).await?;
    let done = tour.style.paint("1;32", "Tour complete");
    tour.say(&format!(
        "\n{done} in {:.1} s. Every step above is a `dolthub` command; see `dolthub --help`.\n\
         Keep a sandbox running with `cargo run -p dolthub-sandbox` and point the command at it \
         with --api-url, or set DOLTHUB_API_TOKEN to work with DoltHub itself.",
        tour.started.elapsed().as_secs_f64()
    ))?;
    Ok(())
}

async fn walk(tour: &mut Tour, owner: &str, fresh_name: bool) -> CliResult {
    let me = tour.ctx.client.user().await?;
    tour.say(&format!("Signed in as {}.", me.username))?;

    // On a real server, pick a fresh name; the in-process sandbox starts empty.
    let name = if !fresh_name {
        "museum-tour".to_owned()
    } else {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        format!("museum-tour-{secs}")
    };
    let db = DbRef {
        owner: owner.to_owned(),
        name,
    };

    // The steps follow DoltHub's own order of events: a new database has no
    // branch until its first import (or write) creates `main`.
    tour.step(
        "create a database",
        &format!("db create {db} --public --description \"Museum pieces\""),
    )?;
    let created = tour
        .ctx
        .client
        .create_database(&db.owner, &db.name)
        .public()
        .description("Museum pieces from around the world")
        .await?;
    let v = view::DatabaseView::from(&created);
    tour.show(&Out::done(
        format!("Created public database {db}"),
        None,
        &v,
    ))?;

    if tour.ctx.version() == dolthub::ApiVersion::V2 {
        tour.step("look at it (API v2)", &format!("db view {db}"))?;
        let found = tour.ctx.db(&db).get().await?;
        tour.show(&detail::database(&found, None))?;
    }

    tour.step(
        "a new database has no branch yet",
        &format!("branch list --db {db}"),
    )?;
    let branches = tour.ctx.db(&db).branches().list().await?;
    tour.show(&view::branches(&branches))?;
    tour.say("The first import (or SQL write) creates `main`.")?;

    // v1alpha1 imports always open a pull request; a v2 import commits
    // straight to its branch unless asked for one (`--pr-branch`).
    let v2 = tour.ctx.version() == dolthub::ApiVersion::V2;
    let (title, command) = if v2 {
        (
            "import a CSV file (the first import creates main)",
            format!("import tour.csv --table {TABLE} --pk id --branch main --db {db} --wait"),
        )
    } else {
        (
            "import a CSV file (it becomes a pull request into main)",
            format!("import tour.csv --table {TABLE} --pk id --db {db} --wait"),
        )
    };
    tour.step(title, &command)?;
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("tour.csv");
    std::fs::write(&file, TOUR_CSV)?;
    let imported = commands::run_import(
        &tour.ctx,
        ImportRequest {
            db: db.clone(),
            file,
            table: Some(TABLE.into()),
            pk: vec!["id".into()],
            op: ImportOp(dolthub::resources::ImportMode::Create),
            branch: None,
            file_type: None,
            pr_branch: None,
            commit_message: None,
            wait: Some(WAIT),
        },
    )
    .await?;
    let rows = TOUR_CSV
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        .saturating_sub(1);
    let outcome = if v2 && imported.pull_id.is_empty() {
        "the import job created main with the first commit".to_owned()
    } else {
        format!(
            "the import job created main and opened pull request #{}",
            imported.pull_id
        )
    };
    tour.show(&Out::done(
        format!(
            "Uploaded tour.csv ({} bytes, {rows} rows); {outcome}",
            imported.bytes
        ),
        None,
        &imported,
    ))?;
    if !v2 || !imported.pull_id.is_empty() {
        let pull_id = if imported.pull_id.is_empty() {
            // Older servers may not report the id: take the newest open pull request.
            let open =
                commands::take(tour.ctx.db(&db).pulls().list().state("Open").stream(), 1).await?;
            open.first()
                .map(|p| p.id.clone())
                .ok_or_else(|| CliError::other("the import opened no pull request"))?
        } else {
            imported.pull_id.clone()
        };
        review(tour, &db, &pull_id).await?;
        tour.step(
            "merge it into main and wait for the merge job",
            &format!("pr merge {pull_id} --wait --db {db}"),
        )?;
        let merged = commands::merge_pull(&tour.ctx, &db, &pull_id, Some(WAIT)).await?;
        tour.show(&Out::done(
            format!("Merged pull request #{pull_id} into main"),
            None,
            &merged,
        ))?;
    }
    tour.step(
        "create a branch for new work",
        &format!("branch create {BRANCH} --from main --db {db}"),
    )?;
    tour.ctx
        .db(&db)
        .branches()
        .create(BRANCH, dolthub::Revision::branch("main"))
        .await?;
    tour.show(&Out::done(
        format!("Created branch {BRANCH} from main"),
        None,
        &serde_json::json!({}),
    ))?;
    let branches = tour.ctx.db(&db).branches().list().await?;
    tour.show(&view::branches(&branches))?;

    let insert = format!(
        "INSERT INTO {TABLE} VALUES (13, 'The Night Watch', 'Rembrandt van Rijn', 1642, \
         'Oil on canvas', 'European Painting', 1)"
    );
    tour.step(
        "add a piece on the branch with a SQL write",
        &format!("sql write --from {BRANCH} \"{insert}\" --wait --db {db}"),
    )?;
    let written = tour.ctx.db(&db).sql().write(&insert).to(BRANCH).await?;
    let outcome = commands::wait_for(written, "Writing", WAIT).await?;
    let commit = outcome.commit_id().unwrap_or_default().to_owned();
    tour.show(&Out::done(
        format!("Committed the new row on {BRANCH} ({commit})"),
        None,
        &serde_json::json!({}),
    ))?;

    let title = "Add The Night Watch";
    tour.step(
        "propose the branch for main",
        &format!("pr create --from {BRANCH} --to main --title \"{title}\" --db {db}"),
    )?;
    let proposal = tour
        .ctx
        .db(&db)
        .pulls()
        .create(title)
        .from(BRANCH)
        .to("main")
        .description("One more piece, added with a SQL write.")
        .await?;
    let proposal_id = proposal.id.clone();
    tour.show(&Out::done(
        format!("Opened pull request #{proposal_id} ({BRANCH} → main)"),
        None,
        &view::PullView::from(&proposal),
    ))?;
    let open = commands::take(tour.ctx.db(&db).pulls().list().stream(), 10).await?;
    tour.show(&view::pulls(&open))?;
    if v2 {
        // On v2 this is the tour's first pull request: review it here.
        review(tour, &db, &proposal_id).await?;
    }

    tour.step(
        "merge it into main",
        &format!("pr merge {proposal_id} --wait --db {db}"),
    )?;
    let merged = commands::merge_pull(&tour.ctx, &db, &proposal_id, Some(WAIT)).await?;
    tour.show(&Out::done(
        format!("Merged pull request #{proposal_id} into main"),
        None,
        &merged,
    ))?;

    let query = format!("SELECT id, title, artist, year FROM {TABLE} ORDER BY year");
    tour.step(
        "query the merged rows on main",
        &format!("sql \"{query}\" --ref main --db {db}"),
    )?;
    let result = commands::read_sql(&tour.ctx, &db, "main", &query).await?;
    let n = result.len();
    commands::print_sql_result(tour.ctx.printer, result)?;
    tour.say(&format!("{n} rows on main."))?;

    tour.step(
        "see the jobs that did the work",
        &format!("job list --db {db}"),
    )?;
    let jobs = commands::take(tour.ctx.db(&db).jobs().list().stream(), 10).await?;
    tour.show(&view::jobs(&jobs))?;
    Ok(())
}

/// Look at a pull request, comment on it and (API v2) read the conversation.
async fn review(tour: &mut Tour, db: &DbRef, pull_id: &str) -> CliResult {
    tour.step(
        "review the pull request",
        &format!("pr view {pull_id} --db {db}"),
    )?;
    let pull = commands::pull_record(&tour.ctx, db, pull_id).await?;
    tour.show(&view::pull(&pull))?;

    let comment = "Checked the dates against the museum catalogues. Looks good!";
    tour.step(
        "comment on it",
        &format!("pr comment {pull_id} --body \"{comment}\" --db {db}"),
    )?;
    tour.ctx.db(db).pull(pull_id).comment(comment).await?;
    tour.show(&Out::done(
        format!("Commented on pull request #{pull_id}"),
        None,
        &serde_json::json!({}),
    ))?;

    if tour.ctx.version() == dolthub::ApiVersion::V2 {
        tour.step(
            "read the conversation (API v2)",
            &format!("pr view {pull_id} --comments --db {db}"),
        )?;
        let pull = commands::pull_record(&tour.ctx, db, pull_id).await?;
        let comments = tour.ctx.db(db).pull(pull_id).comments().await?;
        tour.show(&detail::pull_with_comments(&pull, &comments))?;
    }
    Ok(())
}
