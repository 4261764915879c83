//! The article's footer under each chart: the data table of exactly what is shown, downloads (CSV, SVG,
//! PNG) and the Embed button.

use leptos::prelude::*;

use super::chart_figure::FigureParts;
use super::download::{data_url, save};
use super::embed_dialog::open_embed_dialog;
use super::share::ShareButton;
use crate::chart::svg::chart_svg;
use crate::figure::TableDisclosure;
use trade_model::text::chart_text;

/// The table, the downloads and the Embed button of one chart.
pub fn article_footer(parts: FigureParts) -> AnyView {
    let FigureParts {
        chart,
        state,
        spec,
        bounds,
        layout,
        canvas,
        theme,
        lang,
    } = parts;
    let text = chart_text(lang);
    let file_stem = move || {
        let s = state.get();
        match bounds {
            Some(_) => format!(
                "japan-us-{}-{}-{}-{}",
                chart.key(),
                s.from,
                s.to,
                s.units.token()
            ),
            None => format!("japan-us-{}", chart.key()),
        }
    };
    let csv_href = move || spec.with(|s| data_url("text/csv", &s.to_csv()));
    let save_svg = move |_| {
        let (width, height) = layout.with_value(|l| {
            l.as_ref()
                .map_or((960, 480), |l| (l.width as u32, l.height as u32))
        });
        let svg = spec.with_untracked(|s| chart_svg(s, width, height, theme.get_untracked()));
        save(
            &data_url("image/svg+xml", &svg),
            &format!("{}.svg", file_stem()),
        );
    };
    let save_png = move |_| {
        if let Some(url) = canvas
            .get_untracked()
            .and_then(|c| c.to_data_url_with_type("image/png").ok())
        {
            save(&url, &format!("{}.png", file_stem()));
        }
    };
    let title_memo = Memo::new(move |_| spec.with(|s| s.title.clone()));
    let title = move || title_memo.get();
    view! {
        <div class="chart__actions">
            <TableDisclosure spec />
            <div class="chart__downloads" role="group" aria-label=text.actions>
                <ShareButton chart state bounds title=title_memo lang />
                <a class="button" download=move || format!("{}.csv", file_stem()) href=csv_href>"CSV"</a>
                <button type="button" class="button" on:click=save_svg>"SVG"</button>
                <button type="button" class="button" on:click=save_png>"PNG"</button>
                <button type="button" class="button chart__embed" aria-haspopup="dialog"
                    on:click=move |_| open_embed_dialog(chart, &state.get_untracked(), &title(), lang)>
                    {text.embed}<span class="visually-hidden">{text.name_gap} {title}</span>
                </button>
            </div>
        </div>
    }
    .into_any()
}
