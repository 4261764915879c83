//! Running one step of a command, with a heading, and failing with its name when it fails.

use std::process::Command;

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
}

/// Runs the step, printing its title first; an error names the step.
pub fn run(mut step: Step) -> Result<(), String> {
    eprintln!("\n==> {}", step.title);
    let status = step
        .command
        .status()
        .map_err(|e| format!("{}: could not start: {e}", step.title))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", step.title))
    }
}

/// The first line a program prints for `args`, if it runs and succeeds.
pub fn output_of(program: &str, args: &[&str], path: &str) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env("PATH", path)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    Some(text.lines().next().unwrap_or_default().trim().to_string())
}
