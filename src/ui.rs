//! The page's labels in this build's language, baked by build.rs from
//! `content/ui.toml` (English) or its translation (`content/<code>/ui.toml`).
//! A label is `label!(group_key)`, the field `UI.group_key`; a misspelt one
//! does not compile. A label with values (`{n}`) is filled in with [`fill`].

use story::nav::Position;
use story::{Affiliation, LegStatus, Status, Units, UtcOffset};

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// The label `UI.$name`, read when the app is compiled: `label!(pager_next)`.
/// Not `UI.pager_next` in code that runs: reading a field of the `const`
/// there copies the whole `UI` into the wasm, every label of every view
/// (4 KB of the class's build, measured), where `const { … }` keeps only
/// the one label.
#[macro_export]
macro_rules! label {
    ($name:ident) => {
        const { $crate::ui::UI.$name }
    };
}
pub use crate::label;

/// A status's label, as the reader sees it beside every statement.
pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::OnRecord => crate::label!(status_on_record),
        Status::Claimed => crate::label!(status_claimed),
        Status::UnnamedOfficials => crate::label!(status_unnamed_officials),
        Status::Speculation => crate::label!(status_speculation),
        Status::Analysis => crate::label!(status_analysis),
        Status::Unknown => crate::label!(status_unknown),
        Status::Open => crate::label!(status_open),
        Status::Background => crate::label!(status_background),
    }
}

/// The one sentence that explains a status's rule.
pub fn status_explanation(status: Status) -> &'static str {
    match status {
        Status::OnRecord => crate::label!(status_explanation_on_record),
        Status::Claimed => crate::label!(status_explanation_claimed),
        Status::UnnamedOfficials => crate::label!(status_explanation_unnamed_officials),
        Status::Speculation => crate::label!(status_explanation_speculation),
        Status::Analysis => crate::label!(status_explanation_analysis),
        Status::Unknown => crate::label!(status_explanation_unknown),
        Status::Open => crate::label!(status_explanation_open),
        Status::Background => crate::label!(status_explanation_background),
    }
}

/// "Step 3 of 15": where the reader is, as the pager shows it and the live
/// region reads it.
pub fn position(position: Position) -> String {
    fill(
        crate::label!(pager_position),
        &[
            ("n", &(position.index() + 1).to_string()),
            ("total", &position.step_count().to_string()),
        ],
    )
}

/// Who a source is, beside its name ([`Affiliation::label`] in English).
pub fn affiliation_label(affiliation: Affiliation) -> &'static str {
    match affiliation {
        Affiliation::Reporters => crate::label!(affiliation_reporters),
        Affiliation::RussianState => crate::label!(affiliation_russian_state),
        Affiliation::NorthKoreanState => crate::label!(affiliation_north_korean_state),
        Affiliation::SouthKoreanGovernment => crate::label!(affiliation_south_korean_government),
        Affiliation::SouthKoreanMedia => crate::label!(affiliation_south_korean_media),
        Affiliation::JapaneseGovernment => crate::label!(affiliation_japanese_government),
        Affiliation::JapaneseMedia => crate::label!(affiliation_japanese_media),
        Affiliation::RussianMedia => crate::label!(affiliation_russian_media),
        Affiliation::Unidentified => crate::label!(affiliation_unidentified),
        Affiliation::Reference => crate::label!(affiliation_reference),
    }
}

/// A leg's line style in the map's key ([`LegStatus::label`] in English).
pub fn leg_label(status: LegStatus) -> &'static str {
    match status {
        LegStatus::Likely => crate::label!(leg_likely),
        LegStatus::Reported => crate::label!(leg_reported),
        LegStatus::Speculated => crate::label!(leg_speculated),
        LegStatus::Planned => crate::label!(leg_planned),
    }
}

/// A distance in the reader's units, "1,234 km" ([`Units::format`] in English).
pub fn distance(units: Units, km: f64) -> String {
    // The miles label's word changes with the number ("1 mile"; Russian
    // "1 031 миля", "1 032 мили"): it is baked one text per plural category.
    let template = match units {
        Units::Km => crate::label!(units_distance_km),
        Units::Miles => {
            crate::label!(units_distance_miles)[story::plural::category(LANG, units.whole(km))]
        }
    };
    // The figure's commas become this language's group separator (Russian
    // reads a comma as a decimal point).
    let figure = units
        .figure(km)
        .replace(',', crate::label!(units_thousands));
    fill(template, &[("n", &figure)])
}

/// How `other`'s clocks compare with `local`'s: "the same time", "1 hour
/// behind", "2 hours ahead" ([`UtcOffset::compared_with`] in English).
pub fn time_difference(local: UtcOffset, other: UtcOffset) -> String {
    let minutes = i32::from(other.minutes) - i32::from(local.minutes);
    if minutes == 0 {
        return crate::label!(clocks_same_time).to_owned();
    }
    let (hours, rest) = (minutes.abs() / 60, minutes.abs() % 60);
    let amount = match (hours, rest) {
        (1, 0) => crate::label!(clocks_one_hour).to_owned(),
        (h, 0) => fill(crate::label!(clocks_hours), &[("hours", &h.to_string())]),
        (h, m) => fill(
            crate::label!(clocks_hours_minutes),
            &[("hours", &h.to_string()), ("minutes", &m.to_string())],
        ),
    };
    let template = if minutes < 0 {
        crate::label!(clocks_behind)
    } else {
        crate::label!(clocks_ahead)
    };
    fill(template, &[("amount", &amount)])
}

/// "Step {n}: {title}" and the like: `template` with `{n}` the number `n`
/// and `{title}` the title. One function for every such label keeps the
/// code that fills them in one place in the wasm.
pub fn numbered(template: &str, n: usize, title: &str) -> String {
    fill(template, &[("n", &n.to_string()), ("title", title)])
}

/// `template` with `{name}` the number `value`: "Step {n}", "Marker {n}".
pub fn count(template: &str, name: &str, value: usize) -> String {
    fill(template, &[(name, &value.to_string())])
}

/// `template` with each `{name}` replaced by its value; a brace that names
/// no value stays as it is, and a value is never searched again. One pass
/// by the character `{`: no substring search and no formatting, which
/// would add to the wasm.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let value = rest.find('}').and_then(|close| {
            let name = &rest[1..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (close, *value))
        });
        match value {
            Some((close, value)) => {
                text.push_str(value);
                rest = &rest[close + 1..];
            }
            None => {
                text.push('{');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Native code (the pre-render's checks, the e2e tests, build.rs) still
    /// reads the model's English: the English labels must say the same.
    #[test]
    fn the_english_labels_match_the_models_english() {
        if LANG != "en" {
            return;
        }
        for affiliation in Affiliation::ALL {
            assert_eq!(affiliation_label(affiliation), affiliation.label());
        }
        for status in LegStatus::ALL {
            assert_eq!(leg_label(status), status.label());
        }
        for status in Status::ALL {
            assert_eq!(status_label(status), status.label());
            assert_eq!(status_explanation(status), status.explanation());
        }
        for units in [Units::Km, Units::Miles] {
            for km in [0.0, 1.6, 7.4, 939.0, 1234.5, 6_400.0] {
                assert_eq!(distance(units, km), units.format(km));
            }
        }
        let zone = |minutes| UtcOffset { minutes };
        for (local, other) in [
            (540, 540),
            (600, 540),
            (540, 600),
            (600, 180),
            (180, 600),
            (600, 0),
            (0, 330),
        ] {
            assert_eq!(
                time_difference(zone(local), zone(other)),
                zone(local).compared_with(zone(other))
            );
        }
        for (index, len) in [(0, 15), (2, 15), (14, 15)] {
            let at = Position::new(index, len);
            assert_eq!(position(at), at.counter());
        }
        assert_eq!(crate::label!(map_missile_note), story::map::MISSILE_NOTE);
    }

    #[test]
    fn fill_puts_each_value_in_its_place() {
        assert_eq!(
            fill("Step {n} of {total}", &[("n", "3"), ("total", "15")]),
            "Step 3 of 15"
        );
        assert_eq!(fill("{a}{a} {b}", &[("a", "x"), ("b", "y")]), "xx y");
        assert_eq!(fill("no {such} {name", &[("n", "1")]), "no {such} {name");
    }
}
