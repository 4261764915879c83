//! The reader's choices for every chart on the page, shared so that other parts of the article (a
//! controversy's "Show in chart") can set a chart's view.

use leptos::prelude::*;

use super::address::current_query;
use crate::chart::catalog::ChartId;
use crate::content::DATASET;
use crate::state::url::state_from_query;
use crate::state::ChartState;
use trade_model::Lang;

/// One state signal per chart, starting from the page's address, and the language the page's charts
/// speak.
#[derive(Clone, Copy)]
pub struct ChartStates(StoredValue<Vec<(ChartId, RwSignal<ChartState>)>>, Lang);

impl ChartStates {
    /// The charts' states from the address, for a page in `lang`.
    pub fn from_address(lang: Lang) -> ChartStates {
        let query = current_query();
        ChartStates(
            StoredValue::new(
                ChartId::ALL
                    .into_iter()
                    .map(|chart| {
                        (
                            chart,
                            RwSignal::new(state_from_query(
                                &query,
                                chart,
                                chart.year_bounds(&DATASET),
                            )),
                        )
                    })
                    .collect(),
            ),
            lang,
        )
    }

    /// The language of the page's charts.
    pub fn lang(&self) -> Lang {
        self.1
    }

    pub fn state_of(&self, chart: ChartId) -> Option<RwSignal<ChartState>> {
        self.0
            .with_value(|all| all.iter().find(|(c, _)| *c == chart).map(|(_, s)| *s))
    }
}
