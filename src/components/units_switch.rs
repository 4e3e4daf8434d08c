use story::Units;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnitsSwitchProps {
    pub units: Units,
    pub on_change: Callback<Units>,
}

/// Kilometres or miles for every distance the app computes.
#[component]
pub fn UnitsSwitch(props: &UnitsSwitchProps) -> Html {
    let button = |units: Units, label: &'static str| {
        let on_change = props.on_change.clone();
        html! {
            <button type="button" class="units__button" aria-pressed={(props.units == units).to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_change.emit(units))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="units" role="group" aria-label="Distances in">
            <span class="units__label" aria-hidden="true">{ "Distances in" }</span>
            { button(Units::Km, "km") }
            { button(Units::Miles, "miles") }
        </div>
    }
}
