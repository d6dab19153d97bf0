//! Where each setting comes from: one resolution, flag > environment >
//! config file > built-in default, used by every command for the host, the
//! token, the default database and the API version.
//!
//! The config directory is `DOLTHUB_CONFIG_DIR`, else `$XDG_CONFIG_HOME/dolthub`,
//! else `~/.config/dolthub` (`%APPDATA%\dolthub` on Windows). It holds
//! `config.json` (the `config set` keys) and `hosts.json` (tokens per host,
//! see [`crate::credentials`]).

use std::fmt;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde_json::{Map, Value};

use crate::cli::{DbRef, Global};
use crate::credentials::{self, Secret};
use crate::exit::{CliError, CliResult};

/// Overrides the config directory (tests, several profiles).
pub const CONFIG_DIR_ENV: &str = "DOLTHUB_CONFIG_DIR";
/// The token variable; wins over a stored token.
pub const TOKEN_ENV: &str = "DOLTHUB_API_TOKEN";
/// The base URL variable.
pub const URL_ENV: &str = "DOLTHUB_API_URL";
/// The default database variable.
pub const DB_ENV: &str = "DOLTHUB_DB";
/// The API version variable (shared with the `dolthub` crate).
pub const VERSION_ENV: &str = dolthub::VERSION_ENV;

/// The keys `dolthub config` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Key {
    /// Default database for `--db`, as OWNER/DB.
    #[value(name = "database")]
    Database,
    /// Server base URL (DoltHub, a DoltLab host or a sandbox).
    #[value(name = "host")]
    Host,
    /// API version: auto, v1alpha1 or v2.
    #[value(name = "api_version")]
    ApiVersion,
}

impl Key {
    /// Every key, in `config list` order.
    pub const ALL: [Key; 3] = [Key::Database, Key::Host, Key::ApiVersion];

    /// The name in `config.json` and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Key::Database => "database",
            Key::Host => "host",
            Key::ApiVersion => "api_version",
        }
    }

    /// Check and normalise a value for `config set`; the error says what is expected.
    pub fn validate(self, raw: &str) -> Result<String, String> {
        let raw = raw.trim();
        match self {
            Key::Database => raw.parse::<DbRef>().map(|db| db.to_string()),
            Key::Host => normalize_base_url(raw),
            Key::ApiVersion => raw.parse::<VersionChoice>().map(|v| v.as_str().to_owned()),
        }
    }
}

/// Where a value came from, shown by `config list` and `auth status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line option (`--token`, `--api-url`, `--db`).
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// `config.json` or `hosts.json`.
    File(PathBuf),
    /// The built-in default.
    Default,
}

impl Source {
    /// Short machine-friendly name: `flag`, `env`, `file`, `default`.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Flag(_) => "flag",
            Source::Env(_) => "env",
            Source::File(_) => "file",
            Source::Default => "default",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "{name} flag"),
            Source::Env(name) => write!(f, "{name} environment variable"),
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone)]
pub struct Resolved<T> {
    /// The value.
    pub value: T,
    /// Its origin.
    pub source: Source,
}

/// `auto`, or one API version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionChoice {
    /// Let the client decide (token form and host).
    Auto,
    /// Always this version.
    Fixed(dolthub::ApiVersion),
}

impl VersionChoice {
    /// `auto`, `v1alpha1` or `v2`.
    pub fn as_str(self) -> &'static str {
        match self {
            VersionChoice::Auto => "auto",
            VersionChoice::Fixed(v) => v.as_str(),
        }
    }
}

impl std::str::FromStr for VersionChoice {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(VersionChoice::Auto),
            "v1alpha1" => Ok(VersionChoice::Fixed(dolthub::ApiVersion::V1alpha1)),
            "v2" => Ok(VersionChoice::Fixed(dolthub::ApiVersion::V2)),
            other => Err(format!(
                "`{other}` is not an API version: use auto, v1alpha1 or v2"
            )),
        }
    }
}

/// The config directory (not created).
pub fn config_dir() -> CliResult<PathBuf> {
    config_dir_from(&|name| std::env::var_os(name))
}

fn config_dir_from(var: &dyn Fn(&str) -> Option<std::ffi::OsString>) -> CliResult<PathBuf> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = set(CONFIG_DIR_ENV) {
        return Ok(dir);
    }
    if let Some(dir) = set("XDG_CONFIG_HOME") {
        return Ok(dir.join("dolthub"));
    }
    if cfg!(windows)
        && let Some(dir) = set("APPDATA")
    {
        return Ok(dir.join("dolthub"));
    }
    if let Some(home) = set("HOME") {
        return Ok(home.join(".config").join("dolthub"));
    }
    Err(CliError::other(
        "cannot find a config directory: none of DOLTHUB_CONFIG_DIR, XDG_CONFIG_HOME or HOME is set",
    ))
}

/// `config.json`: the values set with `dolthub config set`. Unknown keys are
/// kept untouched, so an older `dolthub` does not erase a newer one's settings.
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    path: PathBuf,
    values: Map<String, Value>,
}

impl ConfigFile {
    /// Read `config.json` from `dir` (empty when it does not exist).
    pub fn load(dir: &Path) -> CliResult<ConfigFile> {
        let path = dir.join("config.json");
        let values = match std::fs::read(&path) {
            Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => Map::new(),
            Ok(bytes) => match serde_json::from_slice::<Value>(&bytes) {
                Ok(Value::Object(map)) => map,
                Ok(_) => return Err(broken(&path, "expected a JSON object")),
                Err(e) => return Err(broken(&path, &e.to_string())),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Map::new(),
            Err(e) => {
                return Err(CliError::other(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        Ok(ConfigFile { path, values })
    }

    /// Like [`ConfigFile::load`], holding the file's lock until the returned guard
    /// drops (after [`ConfigFile::save`]), so concurrent `config set`s all stick.
    pub fn load_for_update(dir: &Path) -> CliResult<(ConfigFile, crate::lock::FileLock)> {
        let lock = crate::lock::FileLock::acquire(&dir.join("config.json"))?;
        Ok((ConfigFile::load(dir)?, lock))
    }

    /// Where the file lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored value of `key`, checked (a hand edit can be wrong).
    pub fn get(&self, key: Key) -> CliResult<Option<String>> {
        let Some(value) = self.values.get(key.name()) else {
            return Ok(None);
        };
        let text = value
            .as_str()
            .ok_or_else(|| broken(&self.path, &format!("`{}` must be a string", key.name())))?;
        key.validate(text)
            .map(Some)
            .map_err(|why| broken(&self.path, &format!("`{}`: {why}", key.name())))
    }

    /// Set (or with `None` remove) a value; call [`ConfigFile::save`] after.
    pub fn set(&mut self, key: Key, value: Option<String>) {
        match value {
            Some(v) => self.values.insert(key.name().to_owned(), Value::String(v)),
            None => self.values.remove(key.name()),
        };
    }

    /// Write the file atomically.
    pub fn save(&self) -> CliResult {
        let text = serde_json::to_string_pretty(&self.values)
            .map_err(|e| CliError::other(format!("cannot encode the config: {e}")))?;
        credentials::write_atomic(&self.path, format!("{text}\n").as_bytes())
    }
}

fn broken(path: &Path, why: &str) -> CliError {
    CliError::other(format!(
        "{} is not a valid config file: {why}",
        path.display()
    ))
    .with_hint("fix it by hand, or delete it and use `dolthub config set`")
}

/// Everything a command needs to reach the server, resolved once.
#[derive(Debug)]
pub struct Settings {
    /// Base URL: `--api-url` > `DOLTHUB_API_URL` > `host` > DoltHub.
    pub base_url: Resolved<String>,
    /// Token: `--token` > `DOLTHUB_API_TOKEN` > the token stored for the host.
    pub token: Option<Resolved<Secret>>,
    /// Default database: `--db` > `DOLTHUB_DB` > `database` (no default).
    pub database: Option<Resolved<DbRef>>,
    /// API version: `--api-version` > `DOLTHUB_API_VERSION` > `api_version` > auto.
    pub api_version: Resolved<VersionChoice>,
}

impl Settings {
    /// Resolve every setting from the global options, the environment and the files.
    pub fn resolve(global: &Global) -> CliResult<Settings> {
        Self::resolve_with(global, None)
    }

    /// Like [`Settings::resolve`], with `host` (a URL or a host name) replacing
    /// the base URL, as `auth login --host` does.
    pub fn resolve_with(global: &Global, host: Option<&str>) -> CliResult<Settings> {
        // Without DOLTHUB_CONFIG_DIR, XDG_CONFIG_HOME or HOME there are no
        // files: commands run on flags and the environment alone.
        let dir = config_dir().ok();
        let config = match &dir {
            Some(d) => ConfigFile::load(d)?,
            None => ConfigFile::default(),
        };
        let base_url = match host {
            Some(h) => Resolved {
                value: normalize_base_url(h).map_err(CliError::usage)?,
                source: Source::Flag("--host"),
            },
            None => resolve_base_url(global, &config)?,
        };
        let token = match (credential_from_args(global), &dir) {
            (Some(t), _) => Some(t),
            (None, Some(d)) => {
                let hosts = credentials::HostsFile::load(d)?;
                hosts
                    .token(&host_key(&base_url.value))
                    .map(|value| Resolved {
                        value,
                        source: Source::File(hosts.path().to_owned()),
                    })
            }
            (None, None) => None,
        };
        let database = match env_value(DB_ENV) {
            Some(raw) => Some(Resolved {
                value: raw
                    .parse::<DbRef>()
                    .map_err(|e| CliError::usage(format!("{DB_ENV}: {e}")))?,
                source: Source::Env(DB_ENV),
            }),
            None => config
                .get(Key::Database)?
                .map(|v| -> CliResult<Resolved<DbRef>> {
                    Ok(Resolved {
                        value: v.parse().map_err(CliError::usage)?,
                        source: Source::File(config.path().to_owned()),
                    })
                })
                .transpose()?,
        };
        let api_version = match (global.api_version, env_value(VERSION_ENV)) {
            (Some(flag), _) => Resolved {
                value: flag.choice(),
                source: Source::Flag("--api-version"),
            },
            (None, Some(raw)) => Resolved {
                value: raw
                    .parse()
                    .map_err(|e: String| CliError::usage(format!("{VERSION_ENV}: {e}")))?,
                source: Source::Env(VERSION_ENV),
            },
            (None, None) => match config.get(Key::ApiVersion)? {
                Some(v) => Resolved {
                    value: v.parse().map_err(CliError::usage)?,
                    source: Source::File(config.path().to_owned()),
                },
                None => Resolved {
                    value: VersionChoice::Auto,
                    source: Source::Default,
                },
            },
        };
        Ok(Settings {
            base_url,
            token,
            database,
            api_version,
        })
    }

    /// The credentials-file key of the resolved host.
    pub fn host_key(&self) -> String {
        host_key(&self.base_url.value)
    }

    /// A client for these settings.
    pub fn client(&self) -> CliResult<dolthub::Client> {
        let mut builder = dolthub::Client::builder()
            .user_agent(crate::commands::USER_AGENT)
            .base_url(&self.base_url.value);
        if let Some(token) = &self.token {
            builder = builder.token(token.value.expose());
        }
        if let VersionChoice::Fixed(v) = self.api_version.value {
            builder = builder.api_version(v);
        }
        builder
            .build()
            .map_err(|e| CliError::from(e).context("invalid configuration"))
    }
}

/// The token given on the command line or in the environment, if any.
/// Clap reads both into `--token`; the variable's value tells them apart.
fn credential_from_args(global: &Global) -> Option<Resolved<Secret>> {
    let token = global.token()?;
    let source = if env_value(TOKEN_ENV).as_deref() == Some(token) {
        Source::Env(TOKEN_ENV)
    } else {
        Source::Flag("--token")
    };
    Some(Resolved {
        value: Secret::new(token),
        source,
    })
}

fn resolve_base_url(global: &Global, config: &ConfigFile) -> CliResult<Resolved<String>> {
    if let Some(url) = global
        .api_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        let source = if env_value(URL_ENV).as_deref() == Some(url) {
            Source::Env(URL_ENV)
        } else {
            Source::Flag("--api-url")
        };
        return Ok(Resolved {
            value: url.to_owned(),
            source,
        });
    }
    Ok(match config.get(Key::Host)? {
        Some(value) => Resolved {
            value,
            source: Source::File(config.path().to_owned()),
        },
        None => Resolved {
            value: dolthub::DEFAULT_BASE_URL.to_owned(),
            source: Source::Default,
        },
    })
}

/// A trimmed, non-empty environment variable.
fn env_value(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// `www.dolthub.com` or `https://host:8443/` to a base URL the client accepts
/// (`https://` is assumed without a scheme; a trailing `/` is dropped).
pub fn normalize_base_url(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("the host is empty: give a URL such as https://www.dolthub.com".into());
    }
    let url = if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("https://{raw}")
    };
    let url = url.trim_end_matches('/').to_owned();
    dolthub::Client::builder()
        .base_url(&url)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(url)
}

/// The key tokens are stored under: the URL's `host[:port]`, lower case.
pub fn host_key(base_url: &str) -> String {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    // Credentials in a URL are refused by the client; never let them into a key.
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    authority.to_ascii_lowercase()
}

/// Give `--db` the configured database as its default (so `--help` shows
/// it, and `--db`/`DOLTHUB_DB` still win). A missing or broken config file
/// adds nothing here; the command reports a broken file when it resolves
/// its settings.
pub fn with_config_defaults(cmd: clap::Command) -> clap::Command {
    let database = config_dir()
        .and_then(|dir| ConfigFile::load(&dir))
        .and_then(|c| c.get(Key::Database))
        .ok()
        .flatten();
    match database {
        Some(db) => default_db(cmd, &db),
        None => cmd,
    }
}

fn default_db(cmd: clap::Command, db: &str) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = if cmd.get_arguments().any(|a| a.get_id() == "db") {
        // clap wants a 'static default without its `string` feature; one
        // short string per process.
        let db: &'static str = Box::leak(db.to_owned().into_boxed_str());
        cmd.mut_arg("db", move |a| a.default_value(db).required(false))
    } else {
        cmd
    };
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| default_db(sub, db));
    }
    cmd
}

/// The `database` from the config file, for commands whose `--db` is optional.
pub fn configured_database() -> CliResult<Option<DbRef>> {
    let Ok(dir) = config_dir() else {
        return Ok(None);
    };
    ConfigFile::load(&dir)?
        .get(Key::Database)?
        .map(|v| v.parse().map_err(CliError::usage))
        .transpose()
}

/// The token to scrub from error text: whatever [`Settings`] would send.
pub fn secret_for_scrub(global: &Global) -> Option<Secret> {
    if let Some(t) = credential_from_args(global) {
        return Some(t.value);
    }
    Settings::resolve(global).ok()?.token.map(|t| t.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_keys_are_host_and_port() {
        assert_eq!(host_key("https://www.dolthub.com"), "www.dolthub.com");
        assert_eq!(host_key("http://127.0.0.1:8080/api"), "127.0.0.1:8080");
        assert_eq!(host_key("https://Lab.Example.com/"), "lab.example.com");
    }

    #[test]
    fn base_urls_are_normalised_or_refused() {
        assert_eq!(
            normalize_base_url("www.dolthub.com").unwrap(),
            "https://www.dolthub.com"
        );
        assert_eq!(
            normalize_base_url(" http://127.0.0.1:9/ ").unwrap(),
            "http://127.0.0.1:9"
        );
        assert!(normalize_base_url("ftp://x.example").is_err());
        assert!(normalize_base_url("").is_err());
        assert!(normalize_base_url("https://").is_err());
    }

    #[test]
    fn keys_validate_their_values() {
        assert_eq!(Key::Database.validate(" a/b ").unwrap(), "a/b");
        assert!(Key::Database.validate("nodb").is_err());
        assert_eq!(Key::ApiVersion.validate("V2").unwrap(), "v2");
        assert_eq!(Key::ApiVersion.validate("auto").unwrap(), "auto");
        assert!(
            Key::ApiVersion
                .validate("v3")
                .unwrap_err()
                .contains("auto, v1alpha1 or v2")
        );
    }

    #[test]
    fn the_config_dir_prefers_the_override_then_xdg_then_home() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            }
        };
        let all = vars(&[
            ("DOLTHUB_CONFIG_DIR", "/o"),
            ("XDG_CONFIG_HOME", "/x"),
            ("HOME", "/h"),
        ]);
        assert_eq!(config_dir_from(&all).unwrap(), PathBuf::from("/o"));
        let xdg = vars(&[
            ("DOLTHUB_CONFIG_DIR", ""),
            ("XDG_CONFIG_HOME", "/x"),
            ("HOME", "/h"),
        ]);
        assert_eq!(config_dir_from(&xdg).unwrap(), PathBuf::from("/x/dolthub"));
        let home = vars(&[("HOME", "/h")]);
        if !cfg!(windows) {
            assert_eq!(
                config_dir_from(&home).unwrap(),
                PathBuf::from("/h/.config/dolthub")
            );
        }
        assert!(config_dir_from(&vars(&[])).is_err());
    }

    #[test]
    fn a_broken_config_file_names_itself() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.json"), "{not json").unwrap();
        let err = ConfigFile::load(dir.path()).unwrap_err();
        assert!(err.message.contains("config.json"), "{}", err.message);
        std::fs::write(dir.path().join("config.json"), r#"{"database": "nope"}"#).unwrap();
        let c = ConfigFile::load(dir.path()).unwrap();
        assert!(
            c.get(Key::Database)
                .unwrap_err()
                .message
                .contains("database")
        );
    }

    #[test]
    fn unknown_keys_survive_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.json"), r#"{"editor": "vi"}"#).unwrap();
        let mut c = ConfigFile::load(dir.path()).unwrap();
        c.set(Key::Host, Some("https://lab.example".into()));
        c.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("config.json")).unwrap();
        assert!(text.contains("\"editor\": \"vi\""), "{text}");
        assert!(text.contains("lab.example"), "{text}");
    }
}
