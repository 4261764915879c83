//! A line diff for snapshot failures: the first changed lines with a little context around each, so a
//! failing snapshot says what changed without opening two files side by side. Lines only in the snapshot
//! are marked `-`, lines only in the new output `+`.

use std::fmt::Write;

/// Unchanged lines shown before and after each change.
const CONTEXT: usize = 3;
/// Characters of a line shown (path data can run long).
const MAX_WIDTH: usize = 200;
/// Above this many cells the middle is not aligned line by line: all of it is shown as replaced.
const MAX_TABLE: usize = 4_000_000;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Edit {
    Same,
    Removed,
    Added,
}

/// Every line of `old` and `new` in order, with what happened to it: a longest common subsequence of
/// the lines between the common start and the common end.
fn edits<'a>(old: &[&'a str], new: &[&'a str]) -> Vec<(Edit, &'a str)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut out: Vec<(Edit, &str)> = old[..prefix].iter().map(|l| (Edit::Same, *l)).collect();
    let (mut i, mut j) = (0, 0);
    if (a.len() + 1) * (b.len() + 1) <= MAX_TABLE {
        // common[i * width + j]: the longest common subsequence of a[i..] and b[j..].
        let width = b.len() + 1;
        let mut common = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                common[i * width + j] = if a[i] == b[j] {
                    common[(i + 1) * width + j + 1] + 1
                } else {
                    common[(i + 1) * width + j].max(common[i * width + j + 1])
                };
            }
        }
        while i < a.len() && j < b.len() {
            if a[i] == b[j] {
                out.push((Edit::Same, a[i]));
                (i, j) = (i + 1, j + 1);
            } else if common[(i + 1) * width + j] >= common[i * width + j + 1] {
                out.push((Edit::Removed, a[i]));
                i += 1;
            } else {
                out.push((Edit::Added, b[j]));
                j += 1;
            }
        }
    }
    out.extend(a[i..].iter().map(|l| (Edit::Removed, *l)));
    out.extend(b[j..].iter().map(|l| (Edit::Added, *l)));
    out.extend(old[old.len() - suffix..].iter().map(|l| (Edit::Same, *l)));
    out
}

/// The number of lines that differ between `expected` and `actual`.
pub fn changed_lines(expected: &str, actual: &str) -> usize {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    edits(&old, &new)
        .iter()
        .filter(|(edit, _)| *edit != Edit::Same)
        .count()
}

/// The diff from `expected` to `actual`: the first `max_changed` changed lines, each run of them under a
/// `@@` header with its line numbers and with [`CONTEXT`] unchanged lines around it, then how many more
/// changed lines were left out.
pub fn line_diff(expected: &str, actual: &str, max_changed: usize) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let edits = edits(&old, &new);
    let changed: Vec<usize> = (0..edits.len())
        .filter(|&k| edits[k].0 != Edit::Same)
        .collect();
    let mut shown = vec![false; edits.len()];
    for &k in changed.iter().take(max_changed) {
        shown[k] = true;
        for m in k.saturating_sub(CONTEXT)..=(k + CONTEXT).min(edits.len() - 1) {
            shown[m] |= edits[m].0 == Edit::Same;
        }
    }
    let mut out = String::new();
    let (mut old_line, mut new_line, mut in_hunk) = (1, 1, false);
    for (k, (edit, line)) in edits.iter().enumerate() {
        if shown[k] {
            if !in_hunk {
                let _ = writeln!(out, "@@ snapshot line {old_line}, new line {new_line} @@");
            }
            let sign = match edit {
                Edit::Same => ' ',
                Edit::Removed => '-',
                Edit::Added => '+',
            };
            let clipped: String = line.chars().take(MAX_WIDTH).collect();
            let more = if clipped.len() < line.len() {
                "…"
            } else {
                ""
            };
            let _ = writeln!(out, "{sign} {clipped}{more}");
        }
        in_hunk = shown[k];
        match edit {
            Edit::Same => (old_line, new_line) = (old_line + 1, new_line + 1),
            Edit::Removed => old_line += 1,
            Edit::Added => new_line += 1,
        }
    }
    if changed.len() > max_changed {
        let _ = writeln!(
            out,
            "… and {} more changed lines not shown",
            changed.len() - max_changed
        );
    }
    out
}

#[test]
fn a_line_diff_shows_the_changed_lines_in_context_and_counts_the_rest() {
    let old: String = (1..=100).map(|i| format!("line {i}\n")).collect();
    let new = old
        .replace("line 10\n", "line ten\n")
        .replace("line 50\n", "")
        .replace("line 90\n", "line 90\nline 90½\n");
    let diff = line_diff(&old, &new, 40);
    assert_eq!(changed_lines(&old, &new), 4);
    assert!(diff.contains("@@ snapshot line 7, new line 7 @@\n  line 7\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n"), "{diff}");
    assert!(diff.contains("- line 50\n"), "{diff}");
    assert!(
        diff.contains("  line 90\n+ line 90½\n  line 91\n"),
        "{diff}"
    );
    assert!(
        !diff.contains("line 30\n") && !diff.contains("more changed"),
        "{diff}"
    );

    let diff = line_diff(&old, &new, 2);
    assert!(
        diff.contains("+ line ten") && !diff.contains("line 50"),
        "{diff}"
    );
    assert!(
        diff.ends_with("… and 2 more changed lines not shown\n"),
        "{diff}"
    );
    assert_eq!(line_diff(&old, &old, 40), "");
}
