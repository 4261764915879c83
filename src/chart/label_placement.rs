//! Where the words written on a plot go so that none covers another: direct labels stacked beside the
//! plot's right edge ([`spread_vertically`]) and event annotations set in rows above it ([`place_in_rows`]).
//! Pure geometry in CSS pixels, property-tested below.

/// A label to set on a vertical line: where its centre would like to be, and how tall it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wanted {
    pub centre: f64,
    pub height: f64,
}

/// Moves labels up or down, keeping their order, so that each is at least `gap` from the next, staying
/// inside `top..bottom` whenever they fit there together (otherwise they run on below `bottom` rather
/// than overlap). Returns each label's centre, in the order given. A label that is free stays where it
/// wants to be.
pub fn spread_vertically(labels: &[Wanted], top: f64, bottom: f64, gap: f64) -> Vec<f64> {
    let order = ascending(labels.iter().map(|l| l.centre));
    let mut centre = vec![0.0; labels.len()];
    // Downwards: each label where it wants to be, or just below the one above it.
    let mut free_from = top;
    for &i in &order {
        let half = labels[i].height / 2.0;
        let wanted = labels[i].centre.min(bottom - half);
        centre[i] = wanted.max(free_from + half);
        free_from = centre[i] + half + gap;
    }
    // Upwards: labels pushed past the bottom move up, each just above the one below it.
    let mut free_until = bottom;
    for &i in order.iter().rev() {
        let half = labels[i].height / 2.0;
        centre[i] = centre[i].min(free_until - half);
        free_until = centre[i] - half - gap;
    }
    // Too many to fit: stack them from the top and let the last ones run on below.
    let top_edge = |i: usize| centre[i] - labels[i].height / 2.0;
    if order.first().is_some_and(|&i| top_edge(i) < top - 1e-9) {
        let mut free_from = top;
        for &i in &order {
            centre[i] = free_from + labels[i].height / 2.0;
            free_from += labels[i].height + gap;
        }
    }
    centre
}

/// A label written beside an event's rule at `x`, `width` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleLabel {
    pub x: f64,
    pub width: f64,
}

/// Where a [`RuleLabel`] went: its row (0 is the top one) and the left edge of its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InRow {
    pub row: usize,
    pub start: f64,
}

/// Sets each label `pad` beside its rule (to the right, else to the left), inside `left..right`, in the
/// first row where it stays `gap` clear of the labels in that row, no rule from a row above runs through
/// it, and its own rule, which runs down to the axis, passes no label in a row below. A label that fits
/// nowhere beside its rule gets `None` (its event keeps its marker). Returns places in the order given.
pub fn place_in_rows(
    labels: &[RuleLabel],
    left: f64,
    right: f64,
    pad: f64,
    gap: f64,
) -> Vec<Option<InRow>> {
    let order = ascending(labels.iter().map(|l| l.x));
    // (row, start, end, rule) of each label placed so far.
    let mut taken: Vec<(usize, f64, f64, f64)> = Vec::new();
    let mut placed = vec![None; labels.len()];
    for i in order {
        let RuleLabel { x, width } = labels[i];
        let sides = [x + pad, x - pad - width]
            .into_iter()
            .filter(|&start| start >= left && start + width <= right);
        let sides: Vec<f64> = sides.collect();
        let fits = |row: usize, start: f64| {
            let end = start + width;
            taken.iter().all(|&(r, s, e, rule)| {
                let crosses =
                    |at: f64, from: f64, to: f64| at >= from - gap / 2.0 && at <= to + gap / 2.0;
                match r.cmp(&row) {
                    std::cmp::Ordering::Equal => end + gap <= s || e + gap <= start,
                    std::cmp::Ordering::Less => !crosses(rule, start, end),
                    std::cmp::Ordering::Greater => !crosses(x, s, e),
                }
            })
        };
        let place = (0..=labels.len()).find_map(|row| {
            sides
                .iter()
                .find(|&&start| fits(row, start))
                .map(|&start| (row, start))
        });
        if let Some((row, start)) = place {
            taken.push((row, start, start + width, x));
            placed[i] = Some(InRow { row, start });
        }
    }
    placed
}

/// The indices of `keys` from the smallest key up, equal keys in their given order. An insertion sort: a
/// chart has a handful of labels, and the standard library's sorts would add kilobytes to the WebAssembly.
fn ascending(keys: impl Iterator<Item = f64>) -> Vec<usize> {
    let keys: Vec<f64> = keys.collect();
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let at = order
            .iter()
            .rposition(|&j| keys[j].total_cmp(&keys[i]).is_le())
            .map_or(0, |p| p + 1);
        order.insert(at, i);
    }
    order
}

/// How many rows `places` use.
pub fn rows_used(places: &[Option<InRow>]) -> usize {
    places
        .iter()
        .flatten()
        .map(|p| p.row + 1)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn wanted() -> impl Strategy<Value = Vec<Wanted>> {
        proptest::collection::vec((-50.0..450.0f64, 10.0..40.0f64), 0..9).prop_map(|v| {
            v.into_iter()
                .map(|(centre, height)| Wanted { centre, height })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn stacked_labels_never_overlap_and_stay_in_the_band_when_they_fit(
            labels in wanted(),
            gap in 0.0..6.0f64,
        ) {
            let (top, bottom) = (20.0, 380.0);
            let centres = spread_vertically(&labels, top, bottom, gap);
            let mut boxes: Vec<(f64, f64, f64)> = labels
                .iter()
                .zip(&centres)
                .map(|(l, &c)| (c - l.height / 2.0, c + l.height / 2.0, l.centre))
                .collect();
            boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
            for pair in boxes.windows(2) {
                prop_assert!(pair[0].1 + gap <= pair[1].0 + 1e-6, "{:?} overlaps {:?}", pair[0], pair[1]);
                // The order of the wishes is kept: a label never jumps over another.
                prop_assert!(pair[0].2 <= pair[1].2 + 1e-9);
            }
            let needed: f64 = labels.iter().map(|l| l.height).sum::<f64>()
                + gap * labels.len().saturating_sub(1) as f64;
            if needed <= bottom - top {
                for (top_edge, bottom_edge, _) in &boxes {
                    prop_assert!(*top_edge >= top - 1e-6 && *bottom_edge <= bottom + 1e-6);
                }
            }
        }

        #[test]
        fn annotations_never_cover_each_other_or_a_rule_and_stay_beside_their_own(
            xs in proptest::collection::vec((0.0..600.0f64, 20.0..260.0f64), 0..6),
        ) {
            let (left, right, pad, gap) = (0.0, 600.0, 4.0, 8.0);
            let labels: Vec<RuleLabel> = xs.iter().map(|&(x, width)| RuleLabel { x, width }).collect();
            let places = place_in_rows(&labels, left, right, pad, gap);
            let shown: Vec<(&RuleLabel, InRow)> = labels
                .iter()
                .zip(&places)
                .filter_map(|(l, p)| p.map(|p| (l, p)))
                .collect();
            for (a, &(la, pa)) in shown.iter().enumerate() {
                let a_end = pa.start + la.width;
                prop_assert!(pa.start >= left && a_end <= right + 1e-9);
                // Beside its own rule, never over it.
                prop_assert!(
                    (pa.start - (la.x + pad)).abs() < 1e-9 || (a_end - (la.x - pad)).abs() < 1e-9
                );
                for &(lb, pb) in &shown[a + 1..] {
                    let b_end = pb.start + lb.width;
                    if pa.row == pb.row {
                        prop_assert!(a_end + gap <= pb.start + 1e-9 || b_end + gap <= pa.start + 1e-9);
                    }
                    // A rule runs from its label down: it never passes through a label in a lower row.
                    let (upper, lower, lower_start, lower_end) = if pa.row < pb.row {
                        (la, pb, pb.start, b_end)
                    } else {
                        (lb, pa, pa.start, a_end)
                    };
                    if pa.row != pb.row {
                        prop_assert!(
                            upper.x < lower_start - gap / 2.0 || upper.x > lower_end + gap / 2.0,
                            "rule at {} crosses {:?}", upper.x, lower
                        );
                    }
                }
            }
            // A label that fits beside its rule on the plot is always placed.
            for (l, p) in labels.iter().zip(&places) {
                if l.x + pad + l.width <= right && labels.len() == 1 {
                    prop_assert!(p.is_some());
                }
            }
        }
    }

    #[test]
    fn a_free_label_stays_where_it_wants_to_be_and_close_ones_part() {
        let one = Wanted {
            centre: 100.0,
            height: 14.0,
        };
        assert_eq!(spread_vertically(&[one], 0.0, 300.0, 2.0), vec![100.0]);
        let two = Wanted {
            centre: 104.0,
            height: 14.0,
        };
        let centres = spread_vertically(&[one, two], 0.0, 300.0, 2.0);
        assert_eq!(centres[0], 100.0);
        assert_eq!(centres[1], 116.0);
        // At the bottom edge the pair moves up instead of running out of the band.
        let low = [
            Wanted {
                centre: 299.0,
                height: 14.0,
            },
            Wanted {
                centre: 298.0,
                height: 14.0,
            },
        ];
        let centres = spread_vertically(&low, 0.0, 300.0, 2.0);
        assert_eq!(centres, vec![293.0, 277.0]);
    }

    #[test]
    fn a_label_near_the_right_edge_turns_left_and_neighbours_take_a_second_row() {
        let labels = [
            RuleLabel {
                x: 10.0,
                width: 80.0,
            },
            RuleLabel {
                x: 40.0,
                width: 80.0,
            },
            RuleLabel {
                x: 580.0,
                width: 80.0,
            },
        ];
        let places = place_in_rows(&labels, 0.0, 600.0, 4.0, 8.0);
        assert_eq!(
            places[0],
            Some(InRow {
                row: 0,
                start: 14.0
            })
        );
        // The second cannot share the first row; below it, the first label's rule (at 10) stays clear.
        assert_eq!(
            places[1],
            Some(InRow {
                row: 1,
                start: 44.0
            })
        );
        assert_eq!(
            places[2],
            Some(InRow {
                row: 0,
                start: 496.0
            })
        );
        assert_eq!(rows_used(&places), 2);
        // A rule from the first row would run through a label set below it: that label moves down a row.
        let crossing = [
            RuleLabel {
                x: 100.0,
                width: 80.0,
            },
            RuleLabel {
                x: 60.0,
                width: 120.0,
            },
            RuleLabel {
                x: 70.0,
                width: 20.0,
            },
        ];
        let places = place_in_rows(&crossing, 0.0, 600.0, 4.0, 8.0);
        assert!(places.iter().all(Option::is_some));
        // Too wide to sit beside its rule on either side: left to its marker.
        let wide = place_in_rows(
            &[RuleLabel {
                x: 300.0,
                width: 400.0,
            }],
            0.0,
            600.0,
            4.0,
            8.0,
        );
        assert_eq!(wide, vec![None]);
    }
}
