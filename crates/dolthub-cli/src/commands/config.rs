//! `config get|set|unset|list`: the defaults in `config.json`.

use clap::Subcommand;
use serde::Serialize;

use crate::cli::Global;
use crate::exit::{CliError, CliResult};
use crate::output::{Out, Table};
use crate::settings::{Key, Resolved, Settings, Source};

/// `config` verbs.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print a setting's value in effect (flag > environment > config file > default).
    Get {
        /// The setting.
        #[arg(value_enum)]
        key: Key,
    },
    /// Save a setting in the config file.
    #[command(after_help = "\
Keys:
  database     default for --db, as OWNER/DB
  host         server base URL (https:// is assumed without a scheme)
  api_version  auto, v1alpha1 or v2

Examples:
  $ dolthub config set database me/museums
  $ dolthub config set host doltlab.example.com
  $ dolthub config set api_version v2")]
    Set {
        /// The setting.
        #[arg(value_enum)]
        key: Key,
        /// Its new value.
        value: String,
    },
    /// Remove a setting from the config file (back to the default).
    Unset {
        /// The setting.
        #[arg(value_enum)]
        key: Key,
    },
    /// List every setting with its value and where it comes from.
    List,
}

/// One setting as printed.
#[derive(Debug, Serialize)]
struct SettingView {
    key: &'static str,
    value: Option<String>,
    source: Option<&'static str>,
    origin: Option<String>,
}

/// Run a `config` command.
pub fn run(global: &Global, cmd: ConfigCommand) -> CliResult<Out> {
    match cmd {
        ConfigCommand::Get { key } => {
            let settings = Settings::resolve(global)?;
            let v = setting(&settings, key);
            let Some(value) = v.value.clone() else {
                return Err(
                    CliError::other(format!("{} is not set", key.name())).with_hint(format!(
                        "set it with `dolthub config set {} VALUE`",
                        key.name()
                    )),
                );
            };
            Ok(Out::done(value.clone(), Some(value), &v))
        }
        ConfigCommand::Set { key, value } => {
            let value = key.validate(&value).map_err(|why| {
                CliError::usage(format!("invalid value for {}: {why}", key.name()))
            })?;
            let dir = crate::settings::config_dir()?;
            let (mut config, _lock) = crate::settings::ConfigFile::load_for_update(&dir)?;
            config.set(key, Some(value.clone()));
            config.save()?;
            let v = SettingView {
                key: key.name(),
                value: Some(value.clone()),
                source: Some("file"),
                origin: Some(config.path().display().to_string()),
            };
            Ok(Out::done(
                format!("Set {} to {value}", key.name()),
                Some(value),
                &v,
            ))
        }
        ConfigCommand::Unset { key } => {
            let dir = crate::settings::config_dir()?;
            let (mut config, _lock) = crate::settings::ConfigFile::load_for_update(&dir)?;
            // A broken value can still be removed: read the raw presence, not the checked value.
            config.set(key, None);
            config.save()?;
            let v = SettingView {
                key: key.name(),
                value: None,
                source: None,
                origin: Some(config.path().display().to_string()),
            };
            Ok(Out::done(
                format!("Removed {} from {}", key.name(), config.path().display()),
                Some(key.name().to_owned()),
                &v,
            ))
        }
        ConfigCommand::List => {
            let settings = Settings::resolve(global)?;
            let views: Vec<SettingView> = Key::ALL.iter().map(|k| setting(&settings, *k)).collect();
            let mut t = Table::new(["key", "value", "from"]);
            for v in &views {
                t.row([
                    v.key.to_owned(),
                    v.value.clone().unwrap_or_default(),
                    v.origin.clone().unwrap_or_else(|| "not set".into()),
                ]);
            }
            Ok(Out::list(&views, "settings", t, "No settings."))
        }
    }
}

fn setting(settings: &Settings, key: Key) -> SettingView {
    let shown = |r: Option<Resolved<String>>| match r {
        Some(r) => SettingView {
            key: key.name(),
            value: Some(r.value),
            source: Some(r.source.kind()),
            origin: Some(origin(&r.source)),
        },
        None => SettingView {
            key: key.name(),
            value: None,
            source: None,
            origin: None,
        },
    };
    match key {
        Key::Database => shown(settings.database.as_ref().map(|d| Resolved {
            value: d.value.to_string(),
            source: d.source.clone(),
        })),
        Key::Host => shown(Some(settings.base_url.clone())),
        Key::ApiVersion => shown(Some(Resolved {
            value: settings.api_version.value.as_str().to_owned(),
            source: settings.api_version.source.clone(),
        })),
    }
}

fn origin(source: &Source) -> String {
    match source {
        Source::File(path) => path.display().to_string(),
        other => other.to_string(),
    }
}
