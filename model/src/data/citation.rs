//! A timeline event's `source` read as citations, so the page can show a short linked line instead of
//! raw addresses.
//!
//! The `source` column of `events.csv` holds one or more references separated by ` ; `, each usually
//! written `Publisher, 'Title', date https://… (note)`. A reference may carry several addresses, or none
//! (a document named but not linked). For each address the reader sees a short label taken from the
//! words just before it — the publisher or document and, where the reference gives one, its date —
//! linked to the address; the whole reference stays available as the full note, with every address in
//! it as a link. Labels only ever keep or shorten the source's own words (shortening ends in "…"); when
//! no words name the address (`month: https://…`), the label is the address's host, e.g. `latimes.com`.

use std::fmt;

use crate::format::MONTH_NAMES;

/// The longest source name a label keeps, in characters; a longer one is cut at a word and ends in "…".
pub const NAME_LIMIT: usize = 50;

/// The longest label, in characters: a name at its limit, "…", ", " and the longest date
/// (`30 September 2025`). At a phone's width that is at most two lines of the citation line; on a
/// desktop, one.
pub const LABEL_LIMIT: usize = NAME_LIMIT + 1 + 2 + "30 September 2025".len();

/// One reference of a source: what the citation line shows and the full note behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference<'a> {
    /// The short labels the reader sees, one per address in the reference, or one unlinked label when
    /// the reference has no address.
    pub citations: Vec<Citation<'a>>,
    /// The reference as written, in order, with its addresses set apart so they can be shown as links.
    pub note: Vec<Part<'a>>,
}

/// A short citation: the label a reader sees and the address it links to, if the source gives one.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation<'a> {
    /// E.g. `Los Angeles Times, 28 Mar 1987`; never empty, never longer than [`LABEL_LIMIT`].
    pub label: String,
    /// The `http(s)://` address as written in the source, without trailing punctuation.
    pub url: Option<&'a str>,
}

/// A run of a note: plain words, or an address to show as a link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part<'a> {
    /// Words, as written.
    Text(&'a str),
    /// An `http(s)://` address, as written, without trailing punctuation.
    Address(&'a str),
}

/// What makes a source impossible to read as references.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceProblem {
    /// The column is empty: every event needs a source.
    Empty,
    /// Nothing between two ` ; ` separators (or after the last one).
    EmptyReference { reference: usize },
    /// A `(` or `[` never closed: the references after it cannot be told apart.
    Unclosed { reference: usize, bracket: char },
    /// A `)` or `]` that closes nothing (or the wrong kind of bracket).
    Unopened { reference: usize, bracket: char },
    /// `http://` or `https://` with no host after it.
    AddressWithoutHost { reference: usize, address: String },
    /// A reference with neither an address nor words naming a source, e.g. only `(see 1981-05-01)`.
    Nameless { reference: usize },
}

impl fmt::Display for SourceProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceProblem::Empty => write!(f, "source is empty"),
            SourceProblem::EmptyReference { reference } => {
                write!(f, "source: reference {reference} is empty (references are separated by ` ; `)")
            }
            SourceProblem::Unclosed { reference, bracket } => {
                write!(f, "source: reference {reference} opens `{bracket}` and never closes it")
            }
            SourceProblem::Unopened { reference, bracket } => {
                write!(f, "source: reference {reference} has a `{bracket}` that closes nothing")
            }
            SourceProblem::AddressWithoutHost { reference, address } => {
                write!(f, "source: reference {reference} has an address without a host: `{address}`")
            }
            SourceProblem::Nameless { reference } => write!(
                f,
                "source: reference {reference} names no source (neither words before a bracket nor an address)"
            ),
        }
    }
}

impl std::error::Error for SourceProblem {}

/// Reads a `source` cell into its references, or says why it cannot.
pub fn references(source: &str) -> Result<Vec<Reference<'_>>, SourceProblem> {
    if source.trim().is_empty() {
        return Err(SourceProblem::Empty);
    }
    split_references(source)?
        .into_iter()
        .enumerate()
        .map(|(index, text)| reference(index + 1, text))
        .collect()
}

/// Any text (a verification note, say) with its `http(s)://` addresses set apart.
pub fn linked(text: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let (mut from, mut at) = (0, 0);
    while at < text.len() {
        if is_address_start(text, at) {
            let end = address_end(text, at);
            if from < at {
                parts.push(Part::Text(&text[from..at]));
            }
            parts.push(Part::Address(&text[at..end]));
            (from, at) = (end, end);
        } else {
            at += next_char_len(text, at);
        }
    }
    if from < text.len() {
        parts.push(Part::Text(&text[from..]));
    }
    parts
}

/// The host an address points at, without `www.`: `https://www.latimes.com/…` → `latimes.com`.
pub fn host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    host.strip_prefix("www.").unwrap_or(host)
}

fn reference(number: usize, text: &str) -> Result<Reference<'_>, SourceProblem> {
    let note = linked(text);
    let mut citations = Vec::new();
    let mut lead = "";
    for part in &note {
        match *part {
            Part::Text(words) => lead = words,
            Part::Address(url) => {
                if !host(url).contains('.') {
                    return Err(SourceProblem::AddressWithoutHost {
                        reference: number,
                        address: url.to_string(),
                    });
                }
                let label = Some(name_and_date(lead))
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| host(url).to_string());
                citations.push(Citation {
                    label,
                    url: Some(url),
                });
                lead = "";
            }
        }
    }
    if citations.is_empty() {
        let label = name_and_date(text);
        if label.is_empty() {
            return Err(SourceProblem::Nameless { reference: number });
        }
        citations.push(Citation { label, url: None });
    }
    Ok(Reference { citations, note })
}

/// Splits at `;` followed by a space, outside brackets and addresses (a `;` inside a parenthesised note
/// separates clauses of the note, not references), checking the brackets on the way.
fn split_references(source: &str) -> Result<Vec<&str>, SourceProblem> {
    let mut references = Vec::new();
    let mut open: Vec<char> = Vec::new();
    let (mut from, mut at) = (0, 0);
    while at < source.len() {
        if is_address_start(source, at) {
            at = address_end(source, at);
            continue;
        }
        let c = source[at..].chars().next().unwrap_or_default();
        let reference = references.len() + 1;
        match c {
            '(' | '[' => open.push(c),
            ')' | ']' => {
                let opener = if c == ')' { '(' } else { '[' };
                if open.pop() != Some(opener) {
                    return Err(SourceProblem::Unopened {
                        reference,
                        bracket: c,
                    });
                }
            }
            ';' if open.is_empty()
                && source[at + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace) =>
            {
                references.push(source[from..at].trim());
                from = at + 1;
            }
            _ => {}
        }
        at += c.len_utf8();
    }
    if let Some(&bracket) = open.first() {
        return Err(SourceProblem::Unclosed {
            reference: references.len() + 1,
            bracket,
        });
    }
    references.push(source[from..].trim());
    if let Some(index) = references.iter().position(|r| r.is_empty()) {
        return Err(SourceProblem::EmptyReference {
            reference: index + 1,
        });
    }
    Ok(references)
}

fn next_char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

/// An address starts with `http://` or `https://` at the start of a word (or just inside a bracket).
fn is_address_start(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    (rest.starts_with("https://") || rest.starts_with("http://"))
        && text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(' || c == '[')
}

/// Where an address ends: at the next space, less the punctuation of the sentence around it (a comma, a
/// full stop, the `)` of a bracket the address sits in).
fn address_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let mut end = start + rest.find(char::is_whitespace).unwrap_or(rest.len());
    while let Some(last) = text[start..end].chars().next_back() {
        let url = &text[start..end];
        let unbalanced =
            |open: char, close: char| url.matches(close).count() > url.matches(open).count();
        let trailing = matches!(last, '.' | ',' | ';' | ':' | '\'' | '"' | '!' | '?')
            || (last == ')' && unbalanced('(', ')'))
            || (last == ']' && unbalanced('[', ']'));
        if !trailing {
            break;
        }
        end -= last.len_utf8();
    }
    end
}

/// The label for the words before an address (or for a whole reference without one): the name of the
/// source — its first comma-separated part that is not a quoted title — and, if the words give one and the
/// name does not already hold it, the date. Empty when no words name anything.
fn name_and_date(lead: &str) -> String {
    let (outside, dates_in_brackets) = outside_brackets(lead);
    let outside = without_lead_in(outside.trim());
    // `month: https://…`: the words say what the address is for, not what it is.
    if outside.trim_end_matches([',', ';', ' ']).ends_with(':') {
        return String::new();
    }
    let name = comma_parts(outside)
        .into_iter()
        .map(tidy)
        .find(|part| !part.is_empty() && !is_quoted(part))
        .map(|part| tidy(name_only(part)))
        .unwrap_or_default();
    if name.is_empty() {
        return String::new();
    }
    let date = first_date(&without_quotations(outside)).or(dates_in_brackets.into_iter().next());
    let name = shorten(
        &name.split_whitespace().collect::<Vec<_>>().join(" "),
        date.as_deref(),
    );
    match date {
        Some(date) if !name.contains(&date) => format!("{name}, {date}"),
        _ => name,
    }
}

/// The words outside brackets, cut before a bracket the address sits in (`BNO News (via https://…`), and
/// the dates some brackets hold alone (`NBER Working Paper 21813 (2015)`).
fn outside_brackets(text: &str) -> (String, Vec<String>) {
    // Openers still open at the end: the first of them is where the address's bracket starts.
    let mut open = Vec::new();
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => open.push(at),
            ')' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    let text = open.first().map_or(text, |&at| &text[..at]);
    let (mut outside, mut dates, mut inside) = (String::new(), Vec::new(), String::new());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => {
                depth += 1;
                if depth == 1 {
                    inside.clear();
                    outside.push(' ');
                    continue;
                }
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let held = inside.trim();
                    if is_year(held) || first_date(held).as_deref() == Some(held) {
                        dates.push(held.to_string());
                    }
                    continue;
                }
            }
            // A stray closer left over from before the address (`…) and TPP page`).
            ')' | ']' => continue,
            _ => {}
        }
        if depth == 0 {
            outside.push(c);
        } else {
            inside.push(c);
        }
    }
    (outside, dates)
}

/// Drops the words that only lead into the address: `…, as mirrored at`, `CBP guidance as reported at`,
/// `federalregister.gov copy archived at`.
fn without_lead_in(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(rest) = trimmed
        .strip_suffix(" at")
        .or_else(|| trimmed.strip_suffix(" via"))
    else {
        return trimmed;
    };
    match rest.rfind(" as ") {
        Some(at) => &rest[..at],
        None if rest.starts_with("as ") => "",
        None => rest.rsplit_once(' ').map_or("", |(before, _)| before),
    }
}

const OPENING_QUOTES: [char; 3] = ['\'', '‘', '"'];

fn closing_quote(opening: char) -> [char; 2] {
    match opening {
        '‘' => ['’', '’'],
        '"' => ['"', '”'],
        _ => ['\'', '’'],
    }
}

/// Quoted passages (`'Japan Automakers Vow Restraint'`) as byte ranges. An opening quote starts a word;
/// a closing one ends a word, so apostrophes (`Leaders' Statement`, `Japan's`) are neither. A quote never
/// closed quotes nothing.
fn quotations(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let starts_word =
            i == 0 || matches!(chars[i - 1].1, ' ' | '(' | '[') || chars[i - 1].1.is_whitespace();
        let before_word = chars.get(i + 1).is_some_and(|(_, n)| !n.is_whitespace());
        if OPENING_QUOTES.contains(&c) && starts_word && before_word {
            let close = closing_quote(c);
            let end = (i + 1..chars.len()).find(|&j| {
                close.contains(&chars[j].1)
                    && !chars[j - 1].1.is_whitespace()
                    && chars
                        .get(j + 1)
                        .is_none_or(|(_, n)| n.is_whitespace() || ",.;:)]".contains(*n))
            });
            if let Some(j) = end {
                let after = chars[j].0 + chars[j].1.len_utf8();
                found.push((at, after));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn without_quotations(text: &str) -> String {
    let mut out = String::new();
    let mut from = 0;
    for (start, end) in quotations(text) {
        out.push_str(&text[from..start]);
        from = end;
    }
    out.push_str(&text[from..]);
    out
}

/// Comma-separated parts, keeping a comma inside a quoted title (`'The Plaza Accord, 30 Years Later'`).
fn comma_parts(text: &str) -> Vec<&str> {
    let quoted = quotations(text);
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, c) in text.char_indices() {
        if c == ',' && !quoted.iter().any(|&(s, e)| s < at && at < e) {
            parts.push(&text[from..at]);
            from = at + 1;
        }
    }
    parts.push(&text[from..]);
    parts
}

fn is_quoted(part: &str) -> bool {
    quotations(part) == [(0, part.len())]
}

/// Trims spaces and stray punctuation, and a joining `and` or `or` left from the words between two
/// addresses (`… and TPP page`).
fn tidy(text: &str) -> &str {
    let text = text.trim_matches(|c: char| c.is_whitespace() || ",;:)]".contains(c));
    for joiner in ["and", "or"] {
        if text == joiner {
            return "";
        }
        if let Some(rest) = text.strip_prefix(joiner).and_then(|r| r.strip_prefix(' ')) {
            return rest.trim_start();
        }
    }
    text
}

/// The name without what only locates the document: a quoted title inside it (`Memorandum 'Review of …'`),
/// a path or address without `http` (`whitehouse.gov/presidential-actions/…`), `mirrored in …`, and what
/// follows a colon when it is a description rather than a name (`Reagan Library: written interview
/// answers …`, but not `Japan 24%: Yomiuri Shimbun`).
fn name_only(part: &str) -> &str {
    let mut end = part.len();
    if let Some(&(start, _)) = quotations(part).first() {
        end = end.min(start);
    }
    let mut at = 0;
    for word in part.split(' ') {
        let same_repository = word == "same" && part[at..].starts_with("same repository");
        if word == "mirrored" || same_repository || is_path(word) {
            end = end.min(at);
            break;
        }
        at += word.len() + 1;
    }
    let name = &part[..end];
    match name.split_once(": ") {
        Some((before, after)) if after.starts_with(|c: char| c.is_lowercase()) => before,
        _ => name,
    }
}

/// A path or an address written without `http`: lower case, with a `/` and a dot, dash or digit.
fn is_path(word: &str) -> bool {
    word.contains('/')
        && word
            .chars()
            .any(|c| c == '.' || c == '-' || c.is_ascii_digit())
        && !word.chars().any(char::is_uppercase)
}

/// The name at most [`NAME_LIMIT`] characters: first without how it was reached (`G7 finance ministers'
/// statement as reproduced by Reuters`); then whole if it holds the date (no date follows it then, so it
/// may take the whole label); else cut at a word, ending in "…".
fn shorten(name: &str, date: Option<&str>) -> String {
    let length = name.chars().count();
    if length <= NAME_LIMIT {
        return name.to_string();
    }
    if let Some((before, _)) = name.split_once(" as ") {
        if !before.is_empty() && before.chars().count() <= NAME_LIMIT {
            return before.to_string();
        }
    }
    if date.is_some_and(|date| name.contains(date)) && length <= LABEL_LIMIT {
        return name.to_string();
    }
    let limit = name
        .char_indices()
        .nth(NAME_LIMIT)
        .map_or(name.len(), |(at, _)| at);
    let cut = if name[limit..].starts_with(' ') {
        limit
    } else {
        name[..limit].rfind(' ').unwrap_or(limit)
    };
    let mut kept = name[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:.-".contains(c));
    // A cut name reads better ending on a word that carries meaning: `Withdrawal…`, not `Withdrawal of…`.
    while let Some((before, last)) = kept.rsplit_once(' ') {
        if !JOINING_WORDS.contains(&last) {
            break;
        }
        kept = before;
    }
    format!("{kept}…")
}

/// Words a shortened name should not end on.
const JOINING_WORDS: [&str; 12] = [
    "a", "an", "and", "as", "by", "for", "from", "in", "of", "on", "the", "to",
];

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

fn is_month(word: &str) -> bool {
    MONTH_NAMES.iter().any(|month| {
        word == *month || word == &month[..3] || (word == "Sept" && *month == "September")
    })
}

/// The first date written `17 Apr 1987`, `17 April 1987` or `Nov 1981`, as written.
fn first_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.;:()[]".contains(c)))
        .collect();
    (0..words.len()).find_map(|i| {
        let (month, year) = (words[i], words.get(i + 1)?);
        if !is_month(month) || !is_year(year) {
            return None;
        }
        let day = i
            .checked_sub(1)
            .map(|d| words[d])
            .filter(|d| (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()));
        Some(match day {
            Some(day) => format!("{day} {month} {year}"),
            None => format!("{month} {year}"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(source: &str) -> Vec<(String, Option<&str>)> {
        references(source)
            .unwrap()
            .into_iter()
            .flat_map(|r| r.citations)
            .map(|c| (c.label, c.url))
            .collect()
    }

    fn label_list(source: &str) -> Vec<String> {
        labels(source).into_iter().map(|(label, _)| label).collect()
    }

    // Row 1985-04 of events.csv: a newspaper with a quoted headline and a quotation after the address,
    // then a cross-reference without an address.
    const TRIBUNE: &str = "Chicago Tribune, 'Japan Automakers Vow Restraint', 16 Dec 1985 http://articles.chicagotribune.com/1985-12-16/business/8503270540_1_japanese-auto-industry-officials-japan-automobile-manufacturer-s-association-us-japan ('The limit for fiscal 1985, which ends March 31, is 2.3 million vehicles') ; Toyota 75-year history (see 1981-05-01; 1.85 million for fiscal 1984, later maximum 2.3 million)";

    #[test]
    fn a_newspaper_is_cited_by_name_and_date_and_a_cross_reference_by_its_name() {
        assert_eq!(
            labels(TRIBUNE),
            [
                (
                    "Chicago Tribune, 16 Dec 1985".to_string(),
                    Some("http://articles.chicagotribune.com/1985-12-16/business/8503270540_1_japanese-auto-industry-officials-japan-automobile-manufacturer-s-association-us-japan")
                ),
                ("Toyota 75-year history".to_string(), None),
            ]
        );
    }

    #[test]
    fn the_note_keeps_every_word_and_sets_the_address_apart() {
        let references = references(TRIBUNE).unwrap();
        assert_eq!(references.len(), 2);
        let first = &references[0].note;
        assert_eq!(first.len(), 3);
        assert_eq!(
            first[0],
            Part::Text("Chicago Tribune, 'Japan Automakers Vow Restraint', 16 Dec 1985 ")
        );
        assert!(matches!(first[1], Part::Address(url) if url.ends_with("-us-japan")));
        assert_eq!(
            first[2],
            Part::Text(
                " ('The limit for fiscal 1985, which ends March 31, is 2.3 million vehicles')"
            )
        );
        // The `;` inside the bracket of the second reference separates clauses, not references.
        assert_eq!(
            references[1].note,
            [Part::Text("Toyota 75-year history (see 1981-05-01; 1.85 million for fiscal 1984, later maximum 2.3 million)")]
        );
    }

    #[test]
    fn addresses_inside_brackets_and_several_in_one_reference_each_get_a_label() {
        // Row 1987-03-27: an address inside a bracket, and two addresses in one reference.
        let source = "Los Angeles Times, 'Reagan Imposes 100% Tariffs on Japan Goods', 28 Mar 1987 https://www.latimes.com/archives/la-xpm-1987-03-28-mn-698-story.html (Reagan 'decided Friday' [27 Mar] to impose tariffs targeted at up to $300 million) ; Reuters, 'Tokyo bids to stop chip row becoming trade war' (1987 Reuters newswire item, undated in the Reuters-21578-derived dataset viewer at https://huggingface.co/datasets/Jukaboo/Reuters/viewer/default/train?p=5) ('On Friday, Washington announced plans for as much as 300 mln dlrs in tariffs') ; Reagan Library: written interview answers of 28 Apr 1987 https://www.reaganlibrary.gov/research/speeches/042887f and statement of 4 Nov 1987 https://www.reaganlibrary.gov/research/speeches/110487d (both confirm the $300 million sanctions)";
        assert_eq!(
            labels(source),
            [
                (
                    "Los Angeles Times, 28 Mar 1987".to_string(),
                    Some("https://www.latimes.com/archives/la-xpm-1987-03-28-mn-698-story.html")
                ),
                (
                    "Reuters".to_string(),
                    Some(
                        "https://huggingface.co/datasets/Jukaboo/Reuters/viewer/default/train?p=5"
                    )
                ),
                (
                    "Reagan Library, 28 Apr 1987".to_string(),
                    Some("https://www.reaganlibrary.gov/research/speeches/042887f")
                ),
                (
                    "statement of 4 Nov 1987".to_string(),
                    Some("https://www.reaganlibrary.gov/research/speeches/110487d")
                ),
            ]
        );
    }

    #[test]
    fn words_that_only_lead_to_an_address_give_way_to_its_host() {
        // Row 1989-07: `month:` says what the addresses are for; `and` joins them.
        let source = "Bush, Statement on the Japan-United States Trade Negotiations, 28 Jun 1990 https://presidency.ucsb.edu/documents/statement-the-japan-united-states-trade-negotiations ('Last year the United States and Japan launched ... the Structural Impediments Initiative') ; Statement by Press Secretary Fitzwater on the SII, Bush Library Public Papers 1990 http://bushlibrary.tamu.edu/research/public_papers.php?id=1732&year=1990&month=all ; month: https://flavorcloud.com/knowledge-base/structural-impediments-initiative-sii/ and https://everything2.com/title/Structural+Impediments+Initiative (Bush-Uno meeting 14 Jul 1989)";
        assert_eq!(
            label_list(source),
            [
                "Bush, 28 Jun 1990",
                "Statement by Press Secretary Fitzwater on the SII",
                "flavorcloud.com",
                "everything2.com"
            ]
        );
    }

    #[test]
    fn mirrors_and_addresses_without_http_stay_out_of_the_label() {
        // Row 2026-03-19: the White House address is written without `http` and with a GitHub mirror.
        let source = "White House fact sheet, 19 Mar 2026, whitehouse.gov/fact-sheets/2026/03/fact-sheet-president-donald-j-trump-strengthens-u-s-japan-alliance-for-the-benefit-of-all-americans/, mirrored in GitHub brian14708/wh-briefings @737ca03a271adc205c67766074ec8d0070f7ad95 fact-sheets/2026-03/2026-03-19-fact-sheet-president-donald-j-trump-strengthens-u-s-japan-alliance-for-the-benefit-of-all-americans.md";
        assert_eq!(
            labels(source),
            [("White House fact sheet, 19 Mar 2026".to_string(), None)]
        );
        // Row 2025-04-02: `whitehouse.gov text mirrored in …` names the text; `as reproduced from govinfo
        // at` only leads to the address.
        let source = "EO 14257, 90 FR 15041 (FR Doc 2025-06063), as reproduced from govinfo at https://www.executiveactions.org/390 ; whitehouse.gov text mirrored in GitHub brian14708/wh-briefings @737ca03a271adc205c67766074ec8d0070f7ad95 presidential-actions/2025-04/2025-04-02-regulating-imports.md (10% from 12:01 a.m. EDT 5 Apr; Annex I rates from 9 Apr) ; Japan 24%: Yomiuri Shimbun, 3 Apr 2025 https://japannews.yomiuri.co.jp/business/economy/20250403-246743/";
        assert_eq!(
            label_list(source),
            [
                "EO 14257",
                "whitehouse.gov text",
                "Japan 24%: Yomiuri Shimbun, 3 Apr 2025"
            ]
        );
    }

    #[test]
    fn quoted_titles_give_way_to_the_document_and_its_date() {
        // Rows 2026-02-24 and 1985-09-22: a title inside the name, and a year held alone in a bracket.
        assert_eq!(
            label_list("Proclamation 'Imposing a Temporary Import Surcharge ...', 20 Feb 2026, whitehouse.gov/presidential-actions/2026/02/imposing-a-temporary-import-surcharge-to-address-fundamental-international-payments-problems/"),
            ["Proclamation, 20 Feb 2026"]
        );
        assert_eq!(
            label_list("J. Frankel, 'The Plaza Accord, 30 Years Later', NBER Working Paper 21813 (2015), mirror https://wixlib.com/document/4c8a3_the-plaza-accord-30-years-later-nber.html"),
            ["J. Frankel, 2015"]
        );
    }

    #[test]
    fn long_names_are_shortened_at_a_word_without_losing_the_date() {
        // Row 2017-01-23.
        let label = &label_list("Presidential Memorandum Regarding Withdrawal of the United States from the Trans-Pacific Partnership Negotiations and Agreement, 23 Jan 2017, trumpwhitehouse.archives.gov/presidential-actions/presidential-memorandum-regarding-withdrawal-united-states-trans-pacific-partnership-negotiations-agreement/ (URL as cited in a GitHub data file, not opened)")[0];
        assert_eq!(
            label,
            "Presidential Memorandum Regarding Withdrawal…, 23 Jan 2017"
        );
        assert!(label.chars().count() <= LABEL_LIMIT);
        // Row 2022-05-23: a name that holds its date is not cut into it.
        assert_eq!(
            label_list("White House statement and fact sheet of 23 May 2022, bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/05/23/statement-on-indo-pacific-economic-framework-for-prosperity/")[0],
            "White House statement and fact sheet of 23 May 2022"
        );
        // Row 2011-03-18: how the statement was reached is dropped before anything is cut.
        assert_eq!(
            label_list("G7 finance ministers' statement as reproduced by Reuters (Italian service) 18 Mar 2011 https://it.reuters.com/article/itLiraRpt/idITLDE72H0B720110318")[0],
            "G7 finance ministers' statement, 18 Mar 2011"
        );
    }

    #[test]
    fn an_address_keeps_its_own_brackets_but_not_the_sentence_around_it() {
        assert_eq!(
            linked("see (https://en.wikipedia.org/wiki/Plaza_(hotel)), then"),
            [
                Part::Text("see ("),
                Part::Address("https://en.wikipedia.org/wiki/Plaza_(hotel)"),
                Part::Text("), then"),
            ]
        );
        assert_eq!(host("https://www.latimes.com/archives/x"), "latimes.com");
        assert_eq!(
            host("http://bushlibrary.tamu.edu/a?b"),
            "bushlibrary.tamu.edu"
        );
        // Row 2025-08-07: a comma after the address ends it.
        assert_eq!(
            linked("https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm, whitehouse.gov text")[0],
            Part::Address("https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm")
        );
    }

    #[test]
    fn a_semicolon_right_after_a_bracket_still_separates_references() {
        // Row 2025-07-22 writes `…'); EO 14345 sec. 1 (…)`.
        let source = "fact sheet ('Yesterday, President Donald J. Trump announced'); EO 14345 sec. 1 (same repository)";
        assert_eq!(label_list(source), ["fact sheet", "EO 14345 sec. 1"]);
    }

    #[test]
    fn malformed_sources_are_refused_with_the_reference_at_fault() {
        assert_eq!(references("  "), Err(SourceProblem::Empty));
        assert_eq!(
            references("USTR https://ustr.gov/a ;  ; MOFA"),
            Err(SourceProblem::EmptyReference { reference: 2 })
        );
        assert_eq!(
            references("USTR https://ustr.gov/a ;"),
            Err(SourceProblem::EmptyReference { reference: 2 })
        );
        assert_eq!(
            references("USTR https://ustr.gov/a ; MOFA (letter of 1995 ; Kyodo"),
            Err(SourceProblem::Unclosed {
                reference: 2,
                bracket: '('
            })
        );
        assert_eq!(
            references("USTR) https://ustr.gov/a"),
            Err(SourceProblem::Unopened {
                reference: 1,
                bracket: ')'
            })
        );
        assert_eq!(
            references("MOFA ; see https:// here"),
            Err(SourceProblem::AddressWithoutHost {
                reference: 2,
                address: "https://".to_string()
            })
        );
        assert_eq!(
            references("MOFA ; (see 1981-05-01)"),
            Err(SourceProblem::Nameless { reference: 2 })
        );
        assert_eq!(
            SourceProblem::Unclosed {
                reference: 2,
                bracket: '('
            }
            .to_string(),
            "source: reference 2 opens `(` and never closes it"
        );
    }
}
