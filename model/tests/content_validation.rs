//! The shipped article has every section the article promises; each class of bad content is rejected
//! with `file:line` and what is wrong.

use std::path::{Path, PathBuf};

use trade_model::content::load::load_article;
use trade_model::content::{Article, Block, Insert};
use trade_model::data::parse::load_dataset;
use trade_model::Lang;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn dataset(content: &Path) -> trade_model::data::Dataset {
    load_dataset(&content.join("data")).expect("valid data")
}

fn shipped_article() -> Article {
    let content = content_dir();
    load_article(&content, Lang::En, &dataset(&content))
        .unwrap_or_else(|p| panic!("content has problems:\n{p}"))
}

/// A private copy of the real content with one file replaced, and what loading it reports.
fn problems_after(file: &str, edit: impl FnOnce(String) -> String) -> String {
    static SCRATCH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SCRATCH.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let scratch = std::env::temp_dir().join(format!("content-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    for folder in ["article", "controversies", "data"] {
        std::fs::create_dir_all(scratch.join(folder)).unwrap();
        for entry in std::fs::read_dir(content_dir().join(folder)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), scratch.join(folder).join(entry.file_name())).unwrap();
        }
    }
    let target = scratch.join(file);
    let text = std::fs::read_to_string(&target).unwrap();
    std::fs::write(&target, edit(text)).unwrap();
    let result = load_article(&scratch, Lang::En, &dataset(&scratch));
    let _ = std::fs::remove_dir_all(&scratch);
    match result {
        Ok(_) => String::new(),
        Err(problems) => problems.report(),
    }
}

#[test]
fn every_section_of_the_article_is_present_in_order() {
    let article = shipped_article();
    let titles: Vec<&str> = article.sections.iter().map(|s| s.title.as_ref()).collect();
    assert_eq!(
        titles,
        [
            "From reconstruction to renegotiation",
            "The instruments of the relationship",
            "What crosses the Pacific",
            "Tariffs, a deal and a court ruling, 2025–2026",
            "Six arguments about openness",
            "Trade inside an alliance",
            "Dates that shaped the relationship",
            "Sources and methodology",
        ]
    );
    assert!(
        !article.headline.is_empty() && !article.description.is_empty() && !article.lead.is_empty()
    );
}

#[test]
fn policy_tools_and_sectors_have_their_subsections() {
    let article = shipped_article();
    let subheadings = |id: &str| -> Vec<String> {
        let section = article.sections.iter().find(|s| s.id == id).unwrap();
        Article::subheadings(section)
            .map(|(_, text)| text.to_string())
            .collect()
    };
    assert_eq!(
        subheadings("policy-tools"),
        [
            "Opening markets, and what counts as fair",
            "Patents, copyrights and trade secrets",
            "Data, software and services",
            "Standards, testing and approvals",
            "Secure supplies and export controls",
            "Which rules apply: the WTO and bilateral deals",
        ]
    );
    // The seed's five sectors, each with its own subsection.
    assert_eq!(
        subheadings("what-is-traded"),
        [
            "Cars and car parts",
            "Machines, electronics and instruments",
            "Farm goods and food",
            "Services, investment and finance",
            "Chips and the machines that make them",
        ]
    );
}

#[test]
fn six_controversies_each_with_a_question_and_both_sides() {
    let article = shipped_article();
    let ids: Vec<&str> = article
        .controversies
        .iter()
        .map(|c| c.id.as_ref())
        .collect();
    assert_eq!(
        ids,
        [
            "trade-deficits",
            "sectoral-disruption",
            "currency",
            "non-tariff-barriers",
            "globalization-autonomy",
            "pace-of-liberalization"
        ]
    );
    for controversy in article.controversies.iter() {
        assert!(controversy.question.ends_with('?'));
        let paragraphs = |blocks: &[Block]| {
            blocks
                .iter()
                .filter(|b| matches!(b, Block::Paragraph(_)))
                .count()
        };
        assert!(
            paragraphs(&controversy.critics_case) >= 1,
            "{} has no critics' case",
            controversy.id
        );
        assert!(
            paragraphs(&controversy.response) >= 1,
            "{} has no response",
            controversy.id
        );
        assert!(
            !controversy.settle.is_empty(),
            "{} says nothing on what would settle it",
            controversy.id
        );
        assert!(
            !controversy.headline.contains('{'),
            "{} headline not filled",
            controversy.id
        );
        assert!(
            controversy.evidence.len() >= 2,
            "{} shows too little evidence",
            controversy.id
        );
        // Figures from tables no chart draws (shares of US trade, Treasury holdings) have no chart view.
        assert!(
            controversy.evidence.iter().any(|s| s.chart.is_some()),
            "{}: no statement shows its evidence in a chart",
            controversy.id
        );
        for statement in controversy.evidence.iter() {
            assert!(
                !statement.sources.is_empty(),
                "{}: a statement without a source",
                controversy.id
            );
        }
    }
}

#[test]
fn every_chart_the_controversies_and_the_timeline_are_each_inserted_once() {
    let article = shipped_article();
    for insert in Insert::ALL {
        let count = article
            .sections
            .iter()
            .filter(|s| s.inserts.contains(&insert))
            .count();
        assert_eq!(count, 1, "{insert:?} appears {count} times");
    }
}

#[test]
fn the_page_title_and_description_match_the_lead() {
    let article = shipped_article();
    let html = std::fs::read_to_string(content_dir().join("../index.html")).unwrap();
    assert!(
        html.contains(&format!("<title>{}</title>", article.headline)),
        "index.html <title> differs from the lead"
    );
    assert!(
        html.contains(&format!(
            "<meta name=\"description\" content=\"{}\" />",
            article.description
        )),
        "index.html meta description differs from the lead"
    );
}

#[test]
fn a_missing_front_matter_field_is_rejected() {
    let report = problems_after("article/06-security.md", |t| {
        t.lines()
            .filter(|l| !l.starts_with("title = "))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    assert!(
        report.contains("article/06-security.md:2: front matter: missing field `title`"),
        "{report}"
    );
}

#[test]
fn an_unknown_front_matter_key_is_rejected_on_its_line() {
    let report = problems_after("article/06-security.md", |t| {
        t.replacen("+++\n", "+++\nauthor = \"x\"\n", 1)
    });
    assert!(
        report.contains("article/06-security.md:2: front matter: unknown field `author`"),
        "{report}"
    );
}

#[test]
fn an_unknown_chart_is_rejected() {
    let report = problems_after("article/01-history.md", |t| {
        t.replace("goods-trade-chart", "rice-prices-chart")
    });
    assert!(
        report.contains("article/01-history.md:4: unknown insert `rice-prices-chart`"),
        "{report}"
    );
}

#[test]
fn missing_front_matter_is_rejected() {
    let report = problems_after("controversies/03-currency.md", |t| {
        t.replacen("+++\n", "", 1)
    });
    assert!(
        report.contains("controversies/03-currency.md:1: must start with a `+++` line"),
        "{report}"
    );
}

#[test]
fn a_controversy_without_the_response_is_rejected() {
    let report = problems_after("controversies/03-currency.md", |t| {
        t.replace("## The response", "## A reply")
    });
    assert!(report.contains("controversies/03-currency.md:"), "{report}");
    assert!(
        report.contains(
            "exactly `## The critics’ case`, `## The response`, `## What the data show` and `## What would settle it`"
        ),
        "{report}"
    );
}

#[test]
fn a_link_to_a_missing_anchor_is_rejected() {
    let report = problems_after("article/05-controversies.md", |t| {
        format!("{t}\nSee [nowhere](#no-such-place).\n")
    });
    assert!(report.contains("link to `#no-such-place`"), "{report}");
}

#[test]
fn raw_html_is_rejected_with_its_line() {
    let report = problems_after("article/06-security.md", |t| {
        format!("{t}\n<script>alert(1)</script>\n")
    });
    assert!(
        report.contains("article/06-security.md:") && report.contains("raw HTML is not supported"),
        "{report}"
    );
}

#[test]
fn a_duplicate_id_is_rejected() {
    let report = problems_after("article/06-security.md", |t| {
        t.replace("id = \"security\"", "id = \"history\"")
    });
    assert!(report.contains("id `history` is already used"), "{report}");
}

#[test]
fn an_unknown_placeholder_is_rejected_on_its_line() {
    let report = problems_after("article/06-security.md", |t| {
        format!("{t}\nThe rice tariff was {{rice-tariff:2024}}.\n")
    });
    assert!(
        report.contains("article/06-security.md:")
            && report.contains("unknown placeholder `{rice-tariff:2024}`"),
        "{report}"
    );
}

#[test]
fn a_placeholder_for_a_missing_value_is_rejected() {
    let report = problems_after("controversies/01-trade-deficits.md", |t| {
        t.lines()
            .map(|l| {
                if l.starts_with("headline = ") {
                    "headline = \"US goods balance {balance:1970} in 1970\"\n".to_string()
                } else {
                    format!("{l}\n")
                }
            })
            .collect()
    });
    assert!(report.contains("controversies/01-trade-deficits.md:5: headline: `balance:1970`: goods_trade.csv 1970 has no value"), "{report}");
}

#[test]
fn a_link_to_an_unknown_chart_is_rejected() {
    let report = problems_after("controversies/01-trade-deficits.md", |t| {
        t.replace("(?goods=balance)", "(?rice=balance)")
    });
    assert!(report.contains("link `?rice=balance` must be"), "{report}");
}

#[test]
fn a_statement_without_a_figure_is_rejected() {
    let report = problems_after("controversies/03-currency.md", |t| {
        t.replace(
            "## What would settle it",
            "- The yen moved a lot.\n\n## What would settle it",
        )
    });
    assert!(report.contains("has no figure from the data"), "{report}");
}

#[test]
fn a_controversy_without_what_would_settle_it_is_rejected() {
    let report = problems_after("controversies/02-sectoral-disruption.md", |t| {
        t[..t.find("## What would settle it").unwrap()].to_string()
    });
    assert!(
        report.contains("controversies/02-sectoral-disruption.md:")
            && report.contains("`## What would settle it`; found"),
        "{report}"
    );
}

#[test]
fn every_chart_has_a_takeaway_and_only_charts_inserted_have_one() {
    let article = shipped_article();
    for section in article.sections.iter() {
        for chart in section.inserts.iter().filter_map(|i| i.chart()) {
            let takeaway = section.takeaways.iter().find(|t| t.chart == chart);
            assert!(
                takeaway.is_some_and(|t| !t.text.is_empty() && !t.text.contains('{')),
                "{chart:?} has no filled takeaway"
            );
        }
    }
    let missing = problems_after("article/01-history.md", |t| {
        t.lines()
            .filter(|l| !l.starts_with("yen-chart = "))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    assert!(
        missing.contains("article/01-history.md:")
            && missing.contains("chart `yen-chart` needs a one-sentence takeaway"),
        "{missing}"
    );
    let stray = problems_after("article/01-history.md", |t| {
        t.replacen(
            "[takeaways]\n",
            "[takeaways]\nduties-chart = \"Duties rose.\"\n",
            1,
        )
    });
    assert!(
        stray.contains("takeaway for `duties-chart`, which is not a chart this section inserts"),
        "{stray}"
    );
    let unfilled = problems_after("article/01-history.md", |t| {
        t.replacen("yen-chart = \"", "yen-chart = \"{rate:1900} ", 1)
    });
    assert!(
        unfilled.contains("takeaway: `rate:1900`: usd_jpy.csv 1900 has no value"),
        "{unfilled}"
    );
}

#[test]
fn the_timeline_is_grouped_by_periods_that_cover_every_event() {
    let article = shipped_article();
    let data = dataset(&content_dir());
    let first_event = data.events.iter().map(|e| e.year()).min().unwrap();
    let periods = &article.timeline_periods;
    assert!(periods.len() >= 2, "the timeline has too few periods");
    assert!(periods[0].from <= first_event);
    assert!(periods.windows(2).all(|w| w[0].from < w[1].from));
    let late = problems_after("article/07-timeline.md", |t| {
        t.replacen(
            &format!("from = {}", periods[0].from),
            &format!("from = {}", first_event + 1),
            1,
        )
    });
    assert!(
        late.contains(&format!(
            "the first period starts in {}, after the first event ({first_event})",
            first_event + 1
        )),
        "{late}"
    );
    let none = problems_after("article/07-timeline.md", |t| {
        let cut = t.find("[[periods]]").unwrap();
        let end = t[cut..].rfind("+++").map(|i| cut + i).unwrap();
        format!("{}{}", &t[..cut], &t[end..])
    });
    assert!(none.contains("the timeline needs its periods"), "{none}");
}

/// Every section of the article, the lead included, states at least one figure computed from the data.
#[test]
fn every_narrative_section_carries_a_figure_from_the_data() {
    let article = content_dir().join("article");
    let data = dataset(&content_dir());
    for entry in std::fs::read_dir(&article).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // The body: everything after the closing `+++` of the front matter.
        let body = text.splitn(3, "+++\n").nth(2).unwrap_or_default();
        let figures: Vec<&str> = body
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(inside, _)| inside))
            .collect();
        assert!(
            figures
                .iter()
                .any(|f| trade_model::content::figures::resolve(f, &data).is_ok()),
            "{} states no figure from the data",
            path.display()
        );
    }
}
