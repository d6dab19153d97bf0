//! Running outside tools with a deadline and captured output. Every tool the
//! spec checks start runs through [`run`], so a hung install or test run
//! ends with a message instead of holding CI until its own limit.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What a finished (or stopped) command left behind.
#[derive(Debug)]
pub struct Captured {
    /// `None` when the command was stopped at its deadline.
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Captured {
    /// True when the command ran to the end and exited with 0.
    pub fn success(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    /// stdout then stderr, trimmed, for error messages.
    pub fn output(&self) -> String {
        let mut out = String::new();
        for part in [&self.stdout, &self.stderr] {
            let part = part.trim_end();
            if !part.is_empty() {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(part);
            }
        }
        out
    }

    /// Error text naming the command, its outcome and its output.
    pub fn failure(&self, what: &str) -> String {
        let outcome = match self.status {
            None => format!("timed out after {:.0} s", self.elapsed.as_secs_f64()),
            Some(s) => format!("failed ({s})"),
        };
        format!("{what} {outcome}:\n{}", indent(&self.output()))
    }
}

/// Runs `cmd` with stdin closed, capturing stdout and stderr, and stops it
/// (with every process it started) after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Captured, String> {
    let started = Instant::now();
    let mut child = spawn_piped(cmd)?;
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    let status = wait_until(&mut child, started + timeout)?;
    if status.is_none() {
        kill_tree(&mut child);
    }
    Ok(Captured {
        status,
        stdout: join(out),
        stderr: join(err),
        elapsed: started.elapsed(),
    })
}

/// Spawns `cmd` with piped output in its own process group, so
/// [`kill_tree`] can stop it together with its children.
pub fn spawn_piped(cmd: &mut Command) -> Result<Child, String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    cmd.spawn()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(cmd)))
}

/// Waits for `child` until `deadline`; `None` when it is still running then.
pub fn wait_until(child: &mut Child, deadline: Instant) -> Result<Option<ExitStatus>, String> {
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Stops a child started by [`spawn_piped`] and everything in its process
/// group (npm and npx start node processes of their own), then reaps it.
pub fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        // The group id is the child's pid (process_group(0)); only our own processes are in it.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The program and its arguments, for messages.
pub fn describe(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

/// Indents every line by four spaces (tool output inside our messages).
pub fn indent(text: &str) -> String {
    if text.trim().is_empty() {
        return "    (no output)".to_string();
    }
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn reader<R: Read + Send + 'static>(pipe: Option<R>) -> Option<JoinHandle<String>> {
    pipe.map(|mut pipe| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    })
}

fn join(handle: Option<JoinHandle<String>>) -> String {
    handle.and_then(|h| h.join().ok()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_both_streams_and_status() {
        let got = run(
            Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]),
            Duration::from_secs(20),
        )
        .unwrap();
        assert_eq!(got.status.and_then(|s| s.code()), Some(3));
        assert!(!got.success());
        assert_eq!(got.output(), "out\nerr");
        assert!(got.failure("sh").contains("    err"));
    }

    #[test]
    fn stops_a_command_at_its_deadline_with_its_children() {
        let started = Instant::now();
        let got = run(
            // The grandchild keeps the pipes open; killing only `sh` would hang the readers.
            Command::new("sh").args(["-c", "sleep 30 & sleep 30; echo never"]),
            Duration::from_millis(300),
        )
        .unwrap();
        assert!(got.status.is_none());
        assert!(started.elapsed() < Duration::from_secs(10));
        assert!(got.failure("sleep").contains("timed out"));
    }

    #[test]
    fn a_missing_program_is_an_error_not_a_panic() {
        let err = run(
            &mut Command::new("/nonexistent/tool"),
            Duration::from_secs(5),
        )
        .unwrap_err();
        assert!(err.contains("/nonexistent/tool"), "{err}");
    }
}
