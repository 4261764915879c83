//! The words of the article page around its content, in each language: a typed table, so a string missing
//! from one language is a compile error rather than a fallback at run time. The prose itself is content
//! (`content/`, `content/ja/`); the charts' words are the charts' own table.

use crate::Lang;

/// Every interface string of the static article page.
pub struct PageText {
    /// The skip link before the masthead.
    pub skip_to_article: &'static str,
    /// The contents' heading and the words of its folded summary.
    pub contents: &'static str,
    /// "9 sections" after the contents' summary.
    pub section_count: fn(usize) -> String,
    /// The colophon: the words before the link to the sources, the link, and the words after it.
    pub colophon_before: &'static str,
    pub colophon_link: &'static str,
    pub colophon_after: &'static str,
    /// After a statement's data file: the rows used and who publishes them.
    pub evidence_note: fn(&str, &str) -> String,
    /// The debates' shared controls.
    pub all_debates: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    /// A data statement's link to the chart that shows it, its source disclosure and the link to the method.
    pub show_in_chart: &'static str,
    pub source: &'static str,
    pub about_the_data: &'static str,
    /// The timeline's list of periods.
    pub jump_to_period: &'static str,
    /// Before an event's one citation, or its several.
    pub source_lead: &'static str,
    pub sources_lead: &'static str,
    /// Between two citations of an event.
    pub citation_separator: &'static str,
    /// Read after a citation's link: it opens the source.
    pub opens_the_source: &'static str,
    /// The disclosure with an event's full source notes, and the label of its verification note.
    pub source_notes: &'static str,
    pub verification: &'static str,
    /// The years a timeline period spans: `1981–1988`, `1981〜1988年`.
    pub year_span: fn(u16, u16) -> String,
    /// The widget page's title, from the article's headline, and what a reader without scripts reads there:
    /// the chart needs JavaScript, the link to the article (opening a new tab), and that every chart is
    /// there as an image and a table.
    pub widget_title: fn(&str) -> String,
    pub widget_needs_javascript: &'static str,
    pub read_the_article: &'static str,
    pub opens_in_a_new_tab: &'static str,
    pub every_chart_in_the_article: &'static str,
    /// The language switch: its group's name and the link's words (in the other language).
    pub language_switch: &'static str,
    pub read_in_other_language: &'static str,
}

/// The English page.
pub const EN: PageText = PageText {
    skip_to_article: "Skip to the article",
    contents: "Contents",
    section_count: |n| format!("{n} sections"),
    colophon_before: "Figures are built into this page from the files listed under ",
    colophon_link: "Sources and methodology",
    colophon_after: "; an empty cell in a source is shown as “no data”, never estimated.",
    evidence_note: |rows, publisher| format!(", {rows}: {publisher}."),
    all_debates: "All controversies",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    show_in_chart: "Show in chart",
    source: "Source",
    about_the_data: "About the data",
    jump_to_period: "Jump to a period",
    source_lead: "Source: ",
    sources_lead: "Sources: ",
    citation_separator: "; ",
    opens_the_source: " (opens the source)",
    source_notes: "Source notes",
    verification: "Verification: ",
    year_span: |from, to| {
        if from == to {
            from.to_string()
        } else {
            format!("{from}–{to}")
        }
    },
    widget_title: |headline| format!("Chart from “{headline}”"),
    widget_needs_javascript: "This chart needs JavaScript. ",
    read_the_article: "Read the article",
    opens_in_a_new_tab: " (opens in a new tab)",
    every_chart_in_the_article: ", where every chart is also an image and a table.",
    language_switch: "Language",
    read_in_other_language: "日本語",
};

/// The Japanese page.
pub const JA: PageText = PageText {
    skip_to_article: "本文へ移動",
    contents: "目次",
    section_count: |n| format!("全{n}節"),
    colophon_before: "このページの数値は、",
    colophon_link: "出典と方法",
    colophon_after: "に挙げたファイルから作成している。出典で空欄の値は「データなし」と表示し、推計で補うことはしない。",
    evidence_note: |rows, publisher| format!("（{rows}）：{publisher}。"),
    all_debates: "すべての論点",
    expand_all: "すべて開く",
    collapse_all: "すべて閉じる",
    show_in_chart: "グラフで見る",
    source: "出典",
    about_the_data: "データについて",
    jump_to_period: "時期を選んで移動",
    source_lead: "出典：",
    sources_lead: "出典：",
    citation_separator: "、",
    opens_the_source: "（出典を開く）",
    source_notes: "出典の詳細",
    verification: "確認状況：",
    year_span: crate::format_ja::year_range,
    widget_title: |headline| format!("「{headline}」のグラフ"),
    widget_needs_javascript: "このグラフの表示にはJavaScriptが必要です。",
    read_the_article: "記事を読む",
    opens_in_a_new_tab: "（新しいタブで開く）",
    every_chart_in_the_article: "。記事では、すべてのグラフを画像と表でも示しています。",
    language_switch: "言語",
    read_in_other_language: "English",
};

/// The page's words in `lang`.
pub fn page_text(lang: Lang) -> &'static PageText {
    match lang.available() {
        Lang::En => &EN,
        Lang::Ja => &JA,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_words_and_spans() {
        assert_eq!((EN.year_span)(1981, 1988), "1981–1988");
        assert_eq!((JA.year_span)(1981, 1988), "1981〜1988年");
        assert_eq!((JA.section_count)(9), "全9節");
        assert_ne!(EN.contents, JA.contents);
        // The switch names the other language in that language.
        assert_eq!(EN.read_in_other_language, Lang::Ja.own_name());
        assert_eq!(JA.read_in_other_language, Lang::En.own_name());
    }
}
