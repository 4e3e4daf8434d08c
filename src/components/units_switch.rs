use story::Units;
use yew::prelude::*;

use crate::ui::label;

/// Kilometres or miles for every distance the app computes.
pub fn units_switch(chosen: Units, on_change: &Callback<Units>) -> Html {
    let button = |units: Units, label: &'static str| {
        let on_change = on_change.clone();
        html! {
            <button type="button" class="units__button" aria-pressed={(chosen == units).to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_change.emit(units))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="units" role="group" aria-label={label!(units_label)}>
            <span class="units__label" aria-hidden="true">{ label!(units_label) }</span>
            { button(Units::Km, label!(units_km)) }
            { button(Units::Miles, label!(units_miles)) }
        </div>
    }
}
