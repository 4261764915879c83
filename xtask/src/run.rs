//! Running one step of a command, with a heading, and failing with its name when it fails. No step reads
//! the terminal: stdin is empty, so nothing can stop to prompt.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A program to run, with its arguments, extra PATH entries and environment.
pub struct Step {
    title: String,
    command: Command,
}

impl Step {
    pub fn new(title: &str, program: &str) -> Step {
        Step {
            title: title.to_string(),
            command: Command::new(program),
        }
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(mut self, args: I) -> Step {
        self.command.args(args);
        self
    }

    /// Runs with `path` as PATH.
    pub fn path(mut self, path: &str) -> Step {
        self.command.env("PATH", path);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Step {
        self.command.env(key, value);
        self
    }

    /// Runs without `key` in the environment, whatever the caller's has.
    pub fn env_remove(mut self, key: &str) -> Step {
        self.command.env_remove(key);
        self
    }
}

/// Prints a step's heading.
pub fn announce(title: &str) {
    eprintln!("\n==> {title}");
}

/// Runs the step, printing its title first; an error names the step.
pub fn run(mut step: Step) -> Result<(), String> {
    announce(&step.title);
    let status = step
        .command
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("{}: could not start: {e}", step.title))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", step.title))
    }
}

/// Runs the step and says how long it took.
pub fn run_timed(step: Step) -> Result<(), String> {
    let start = Instant::now();
    let result = run(step);
    eprintln!("    ({})", duration(start.elapsed()));
    result
}

/// Runs the step with its output appended to `log` rather than the terminal (for a step that runs while
/// another prints); an error names the step and ends with the log's last lines.
pub fn run_logged(mut step: Step, log: &Path) -> Result<(), String> {
    let open = || {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .map_err(|e| format!("{}: {e}", log.display()))
    };
    let status = step
        .command
        .stdin(Stdio::null())
        .stdout(open()?)
        .stderr(open()?)
        .status()
        .map_err(|e| format!("{}: could not start: {e}", step.title))?;
    if status.success() {
        return Ok(());
    }
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    Err(format!(
        "{} failed ({status}); the end of {}:\n{tail}",
        step.title,
        log.display()
    ))
}

/// `1 min 40 s`, `12 s`.
pub fn duration(elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// The first line a program prints for `args`, if it runs and succeeds.
pub fn output_of(program: &str, args: &[&str], path: &str) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env("PATH", path)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    Some(text.lines().next().unwrap_or_default().trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_minutes_and_seconds() {
        assert_eq!(duration(Duration::from_secs(12)), "12 s");
        assert_eq!(duration(Duration::from_secs(100)), "1 min 40 s");
        assert_eq!(duration(Duration::from_secs(660)), "11 min");
    }
}
