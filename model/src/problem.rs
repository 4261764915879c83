//! A problem in `content/`, reported the way a maintainer can act on it: `file:line: what is wrong`.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with one place in a content or data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentProblem {
    pub file: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl ContentProblem {
    pub fn new(file: &Path, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

impl std::error::Error for ContentProblem {}

/// The problems found in a content tree; the build fails while this is not empty.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<ContentProblem>);

impl Problems {
    pub fn push(&mut self, problem: ContentProblem) {
        self.0.push(problem);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Everything wrong, one problem per line.
    pub fn report(&self) -> String {
        self.0.iter().map(|p| format!("{p}\n")).collect()
    }
    pub fn into_result<T>(self, value: T) -> Result<T, Problems> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report())
    }
}
