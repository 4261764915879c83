//! Embed options in the address: `?embed=<chart>` plus `theme=light|dark|auto`, `controls=0|1`, `title=0|1`,
//! and the chart's own state parameter. Anything unknown or invalid falls back to the default.

use crate::chart::catalog::ChartId;
use crate::state::url::query_value;
use trade_model::Lang;

/// The colour scheme an embedder asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

/// How an embedded chart is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedOptions {
    pub chart: ChartId,
    pub theme: ThemeChoice,
    pub controls: bool,
    pub title: bool,
    /// The widget's language (`lang=ja`); English when missing or unknown.
    pub lang: Lang,
}

impl EmbedOptions {
    /// The options in a query string, or `None` when the page is the article (no valid `embed`).
    pub fn from_query(query: &str) -> Option<EmbedOptions> {
        let chart = query_value(query, "embed").and_then(|v| ChartId::from_key(&v))?;
        Some(EmbedOptions::for_chart(chart, query))
    }

    /// The widget page's options: as [`EmbedOptions::from_query`], showing the goods chart when `embed` is
    /// missing or names no chart.
    pub fn for_widget(query: &str) -> EmbedOptions {
        let chart = query_value(query, "embed")
            .and_then(|v| ChartId::from_key(&v))
            .unwrap_or(ChartId::GoodsTrade);
        EmbedOptions::for_chart(chart, query)
    }

    fn for_chart(chart: ChartId, query: &str) -> EmbedOptions {
        let flag = |key: &str| query_value(query, key).as_deref() != Some("0");
        let theme = match query_value(query, "theme").as_deref() {
            Some("light") => ThemeChoice::Light,
            Some("dark") => ThemeChoice::Dark,
            _ => ThemeChoice::Auto,
        };
        EmbedOptions {
            chart,
            theme,
            controls: flag("controls"),
            title: flag("title"),
            lang: query_value(query, "lang")
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or_default(),
        }
    }

    /// The query string for these options (defaults left out), before the chart's state parameter.
    pub fn to_query(&self) -> String {
        let mut query = format!("?embed={}", self.chart.key());
        match self.theme {
            ThemeChoice::Auto => {}
            ThemeChoice::Light => query.push_str("&theme=light"),
            ThemeChoice::Dark => query.push_str("&theme=dark"),
        }
        if !self.controls {
            query.push_str("&controls=0");
        }
        if !self.title {
            query.push_str("&title=0");
        }
        if self.lang != Lang::En {
            query.push_str("&lang=");
            query.push_str(self.lang.code());
        }
        query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_with_defaults_for_anything_invalid() {
        assert_eq!(EmbedOptions::from_query("?goods=real"), None);
        assert_eq!(EmbedOptions::from_query("?embed=rice"), None);
        let widget = EmbedOptions::for_widget("?embed=rice&theme=dark&controls=0");
        assert_eq!(widget.chart, ChartId::GoodsTrade);
        assert_eq!(widget.theme, ThemeChoice::Dark);
        assert!(!widget.controls);
        assert_eq!(EmbedOptions::for_widget("").chart, ChartId::GoodsTrade);
        assert_eq!(
            EmbedOptions::for_widget("?embed=yen").chart,
            ChartId::YenAndBalance
        );
        let options =
            EmbedOptions::from_query("?embed=yen&theme=purple&controls=0&title=yes").unwrap();
        assert_eq!(
            options,
            EmbedOptions {
                chart: ChartId::YenAndBalance,
                theme: ThemeChoice::Auto,
                controls: false,
                title: true,
                lang: Lang::En,
            }
        );
        assert_eq!(EmbedOptions::from_query(&options.to_query()), Some(options));
    }

    #[test]
    fn the_language_is_read_from_lang_and_anything_unknown_is_english() {
        assert_eq!(
            EmbedOptions::for_widget("?embed=goods&lang=ja").lang,
            Lang::Ja
        );
        assert_eq!(EmbedOptions::for_widget("?lang=JA").lang, Lang::Ja);
        for query in [
            "?embed=goods",
            "?embed=goods&lang=xx",
            "?lang=",
            "?lang=%E6%97%A5",
        ] {
            assert_eq!(EmbedOptions::for_widget(query).lang, Lang::En, "{query}");
        }
        let japanese = EmbedOptions::for_widget("?embed=duties&lang=ja&theme=dark");
        assert!(japanese.to_query().ends_with("&lang=ja"));
        assert_eq!(
            EmbedOptions::from_query(&japanese.to_query()),
            Some(japanese)
        );
        assert!(!EmbedOptions::for_widget("?embed=goods")
            .to_query()
            .contains("lang"));
    }
}
