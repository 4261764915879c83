//! Who publishes the figures in each data file, and the rows a figure was read from, as the source notes
//! under computed statements write them in each language.

use crate::Lang;

/// Who publishes the figures in a data file (English).
pub fn publisher_of(file: &str) -> &'static str {
    publisher_in(file, Lang::En)
}

/// Who publishes the figures in a data file, in `lang`.
pub fn publisher_in(file: &str, lang: Lang) -> &'static str {
    let (english, japanese) = match file {
        "goods_trade.csv" => (
            "US Census Bureau, Trade in Goods with Japan (Census basis)",
            "米国勢調査局「Trade in Goods with Japan」（センサス・ベース）",
        ),
        "usd_jpy.csv" => (
            "Federal Reserve, annual average yen per dollar (FRED AEXJPUS method)",
            "米連邦準備制度理事会（FRB）、円ドル相場の年平均（FREDの系列AEXJPUSと同じ算出方法）",
        ),
        "cpi_u.csv" => (
            "US Bureau of Labor Statistics, CPI-U annual average",
            "米労働統計局、都市部消費者物価指数（CPI-U）の年平均",
        ),
        "japan_reported.csv" => (
            "Japan Ministry of Finance, Trade Statistics of Japan, converted at the Federal Reserve annual rate",
            "財務省貿易統計（FRBの年平均相場でドルに換算）",
        ),
        "products_2024.csv" => (
            "UN Comtrade (CIF value) and US Census Bureau total (customs value)",
            "国連貿易統計（UN Comtrade、CIF価格）と米国勢調査局の総額（課税価格）",
        ),
        "fdi.csv" => (
            "BEA direct investment positions as published by the State Department, USTR and ITA",
            "米商務省経済分析局（BEA）の直接投資残高（国務省、USTR、ITAの公表による）",
        ),
        "services_trade.csv" => (
            "BEA services trade as published by USTR and ITA (rounded)",
            "BEAのサービス貿易（USTR、ITAの公表による。概数）",
        ),
        "events.csv" => (
            "Timeline of events, each with its own source",
            "年表（出来事ごとに出典を記載）",
        ),
        "us_goods_trade_by_partner.csv" => (
            "US Census Bureau, goods trade by partner and with the world (Census basis)",
            "米国勢調査局、相手国別と世界全体の財貿易（センサス・ベース）",
        ),
        "japan_mof_by_commodity.csv" => (
            "Japan Ministry of Finance, Trade Statistics of Japan, by principal commodity (yen)",
            "財務省貿易統計、主要商品別（円）",
        ),
        "us_exports_by_hs2.csv" => (
            "US Census Bureau via USITC DataWeb, US exports to Japan by HS chapter (f.a.s.)",
            "米国勢調査局（USITC DataWeb経由）、HS類別の対日輸出（FAS価格）",
        ),
        "us_exports_by_usitc_sector.csv" => (
            "USITC, Shifts in U.S. Merchandise Trade 2014, Table JA.1",
            "米国際貿易委員会（USITC）「Shifts in U.S. Merchandise Trade 2014」表JA.1",
        ),
        "us_vehicle_imports.csv" => (
            "USITC DataWeb (Census customs value) and UN Comtrade (units, CIF value)",
            "USITC DataWeb（センサスの課税価格）と国連貿易統計（台数、CIF価格）",
        ),
        "semiconductor_trade.csv" => (
            "UN Comtrade and USITC DataWeb (Census), semiconductors by HS line",
            "国連貿易統計とUSITC DataWeb（センサス）、HS品目別の半導体",
        ),
        "us_duties_on_imports_from_japan.csv" | "us_duties_on_imports_from_japan_monthly.csv" => (
            "US Census Bureau, calculated duties and imports for consumption (customs value)",
            "米国勢調査局、算定関税額と消費向け輸入額（課税価格）",
        ),
        "japan_holdings_of_us_treasuries.csv" => (
            "US Treasury, Treasury International Capital, major foreign holders",
            "米財務省、対米証券投資統計（TIC）の主要海外保有者",
        ),
        _ => ("See Sources and methodology", "「出典と方法」を参照"),
    };
    match lang.available() {
        Lang::En => english,
        Lang::Ja => japanese,
    }
}

/// The rows a figure was read from (`2011 (real, CPI-U)`, `2026, 8 months`), in `lang`: the English words the
/// figures' resolvers write are put in Japanese; file names, codes and column values stay as in the files.
pub fn rows_in(rows: &str, lang: Lang) -> String {
    match lang.available() {
        Lang::En => rows.to_string(),
        Lang::Ja => {
            let mut text = rows.to_string();
            for (english, japanese) in ROWS_JA {
                text = text.replace(english, japanese);
            }
            text
        }
    }
}

/// The words of the rows notes and their Japanese, longest first where one contains another.
const ROWS_JA: [(&str, &str); 9] = [
    (" (real, CPI-U)", "、実質・CPI-U"),
    (
        ", converted at the usd_jpy.csv rate for ",
        "、usd_jpy.csvの相場で換算：",
    ),
    (
        " customs value ÷ goods_trade.csv imports",
        " 課税価格÷goods_trade.csvの輸入",
    ),
    (" customs value", " 課税価格"),
    (" units", " 台数"),
    (" months", "か月"),
    (" and WORLD ", "・WORLD "),
    (", ", "、"),
    ("–", "〜"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_in_japanese_without_the_english_words() {
        assert_eq!(
            rows_in("1985–2025 (real, CPI-U)", Lang::Ja),
            "1985〜2025、実質・CPI-U"
        );
        assert_eq!(rows_in("2026, 8 months", Lang::Ja), "2026、8か月");
        assert_eq!(
            rows_in("2025, converted at the usd_jpy.csv rate for 2025", Lang::Ja),
            "2025、usd_jpy.csvの相場で換算：2025"
        );
        assert_eq!(
            rows_in(
                "HS 8703 customs value ÷ goods_trade.csv imports, 2024",
                Lang::Ja
            ),
            "HS 8703 課税価格÷goods_trade.csvの輸入、2024"
        );
        assert_eq!(rows_in("jpn and WORLD 2025", Lang::Ja), "jpn・WORLD 2025");
        assert_eq!(
            rows_in("2011 (real, CPI-U)", Lang::En),
            "2011 (real, CPI-U)"
        );
        assert_ne!(
            publisher_in("goods_trade.csv", Lang::Ja),
            publisher_of("goods_trade.csv")
        );
    }
}
