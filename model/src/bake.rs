//! Writes the parsed model as Rust source, so the app embeds it as `static` data with no parsing at start-up.

use std::borrow::Cow;

use crate::charts::ChartId;

use crate::content::{
    Article, Block, ChartLink, Controversy, Inline, Insert, Section, SourceNote, Statement,
    Takeaway, TimelinePeriod,
};
use crate::data::{
    ConsumerPricesYear, Dataset, DutiesMonth, DutiesYear, Event, ExchangeRateYear, GoodsTradeYear,
    HsChapterExport, InvestmentPositionYear, JapanReportedYear, MixValue, MofCommodityYear,
    PartnerTradeYear, ProductFlow, SemiconductorYear, ServicesTradeYear, TreasuryHoldingsYear,
    UsitcSectorExport, VehicleImportYear,
};

/// A value that can be written as a Rust constant expression.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// The Rust expression for `value`.
pub fn to_rust<T: Bake>(value: &T) -> String {
    let mut out = String::new();
    value.bake(&mut out);
    out
}

impl Bake for u8 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}u8"));
    }
}

impl Bake for u16 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}u16"));
    }
}

impl Bake for f64 {
    fn bake(&self, out: &mut String) {
        // `{:?}` round-trips every finite f64 exactly.
        out.push_str(&format!("{self:?}f64"));
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("::core::option::Option::Some(");
                value.bake(out);
                out.push(')');
            }
            None => out.push_str("::core::option::Option::None"),
        }
    }
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("::std::borrow::Cow::Borrowed({:?})", &**self));
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

/// Bakes a struct field by field under its path in this crate.
macro_rules! bake_struct {
    ($ty:ident at $path:literal { $($field:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!("::trade_model::", $path, "::", stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

bake_struct!(Dataset at "data" {
    goods_trade, events, exchange_rates, consumer_prices, japan_reported, products_2024, investment_positions,
    services_trade, partner_trade, mof_commodities, hs_exports, usitc_exports, vehicle_imports, semiconductors,
    duties, duties_monthly, treasury_holdings, imports_mix, exports_mix,
});
bake_struct!(MixValue at "data" { year, part, value });
bake_struct!(PartnerTradeYear at "data" {
    year, partner_code, partner, us_exports_musd, us_imports_musd, us_balance_musd, months,
});
bake_struct!(MofCommodityYear at "data" { year, flow, commodity, level, value_thousand_jpy, part_year_2017 });
bake_struct!(HsChapterExport at "data" { year, hs2, description, value_usd });
bake_struct!(UsitcSectorExport at "data" { year, usitc_sector, value_musd });
bake_struct!(VehicleImportYear at "data" {
    year, hs4, product, measure, value_usd, quantity, quantity_unit, source,
});
bake_struct!(SemiconductorYear at "data" { year, hs_code, product, direction, measure, value_usd, source });
bake_struct!(DutiesYear at "data" {
    year, calculated_duties_usd, imports_for_consumption_usd, average_rate_as_published, months_with_data,
});
bake_struct!(DutiesMonth at "data" {
    year, calculated_duties_usd, imports_for_consumption_usd, rate_as_published, month, upstream_source,
});
bake_struct!(TreasuryHoldingsYear at "data" { year, as_of, japan_holdings_bn_usd, all_foreign_holders_bn_usd });
bake_struct!(ExchangeRateYear at "data" { year, jpy_per_usd });
bake_struct!(ConsumerPricesYear at "data" { year, cpi_u });
bake_struct!(JapanReportedYear at "data" {
    year, jp_exports_to_us_bn_jpy, jp_imports_from_us_bn_jpy, balance_bn_jpy, jp_exports_to_us_thousand_jpy,
    jp_imports_from_us_thousand_jpy,
});
bake_struct!(ProductFlow at "data" { direction, category, code, value_musd });
bake_struct!(InvestmentPositionYear at "data" { year, japan_fdi_position_in_us_musd, us_fdi_position_in_japan_musd });
bake_struct!(ServicesTradeYear at "data" { year, us_exports_musd, us_imports_musd });
bake_struct!(GoodsTradeYear at "data" { year, us_exports_musd, us_imports_musd, balance_musd });
bake_struct!(Event at "data" {
    date, title, description, source, verification, chart_marker, annotate_on, annotation, anchor,
    title_ja, description_ja, verification_ja, annotation_ja,
});
bake_struct!(Article at "content" { headline, description, lead, sections, controversies, timeline_periods });
bake_struct!(Section at "content" { id, title, blocks, inserts, takeaways });
bake_struct!(Controversy at "content" {
    id, title, question, headline, critics_case, response, evidence, settle,
});
bake_struct!(TimelinePeriod at "content" { from, title });
bake_struct!(Takeaway at "content" { chart, text });
bake_struct!(Statement at "content" { text, chart, sources });
bake_struct!(ChartLink at "content" { chart, state });
bake_struct!(SourceNote at "content" { file, rows });

impl Bake for ChartId {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("::trade_model::charts::ChartId::{self:?}"));
    }
}

impl Bake for Insert {
    fn bake(&self, out: &mut String) {
        match self {
            Insert::Chart(chart) => {
                out.push_str("::trade_model::content::Insert::Chart(");
                chart.bake(out);
                out.push(')');
            }
            Insert::Controversies | Insert::Timeline => {
                out.push_str(&format!("::trade_model::content::Insert::{self:?}"))
            }
        }
    }
}

impl Bake for Block {
    fn bake(&self, out: &mut String) {
        match self {
            Block::Subheading { id, text } => {
                out.push_str("::trade_model::content::Block::Subheading { id: ");
                id.bake(out);
                out.push_str(", text: ");
                text.bake(out);
                out.push('}');
            }
            Block::Paragraph(inlines) => {
                out.push_str("::trade_model::content::Block::Paragraph(");
                inlines.bake(out);
                out.push(')');
            }
            Block::BulletList(items) => {
                out.push_str("::trade_model::content::Block::BulletList(");
                items.bake(out);
                out.push(')');
            }
        }
    }
}

impl Bake for Inline {
    fn bake(&self, out: &mut String) {
        let (variant, text) = match self {
            Inline::Text(t) => ("Text", t),
            Inline::Emphasis(t) => ("Emphasis", t),
            Inline::Strong(t) => ("Strong", t),
            Inline::Code(t) => ("Code", t),
            Inline::Link { href, text } => {
                out.push_str("::trade_model::content::Inline::Link { href: ");
                href.bake(out);
                out.push_str(", text: ");
                text.bake(out);
                out.push('}');
                return;
            }
        };
        out.push_str(&format!("::trade_model::content::Inline::{variant}("));
        text.bake(out);
        out.push(')');
    }
}
