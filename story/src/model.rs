//! The validated story. Every reference is already resolved to an index, so
//! the app can never meet a dangling id: the build would have failed first.
//!
//! All fields are `'static` because the app's copy is baked into the wasm as
//! Rust statics (see `bake`); the loader makes the same types for tests.

pub use crate::map::{Frame, Side};

/// The whole explainer: its steps in reading order and what they refer to.
#[derive(Debug, Clone, Copy)]
pub struct Story {
    pub steps: &'static [Step],
    pub sources: &'static [Source],
    pub people: &'static [Person],
    pub places: &'static [Place],
    /// Kim's train journey, leg by leg, in travel order.
    pub route: &'static [Leg],
    pub map: MapBase,
    /// The report in its own paragraph order, each paragraph with the steps
    /// that tell it: "as it was reported" beside "as it happened".
    pub report: &'static [ReportParagraph],
    /// Terms and people a reader can look up from marked words, A to Z
    /// (sorted at build time, ignoring case).
    pub glossary: &'static [Term],
    /// "Check your understanding".
    pub quiz: &'static [crate::quiz::Question],
    /// The quiz's map of every place on the map, with numbered markers.
    pub quiz_map: QuizMap,
}

/// The quiz's "find it on the map": a frame around every place on the map,
/// and one numbered marker per place, parted where places crowd.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuizMap {
    pub frame: Frame,
    pub markers: &'static [QuizMarker],
}

/// A quiz marker: the place, where it is, and where its numbered circle is
/// drawn (the same spot, or pushed out of a crowd with a leader line back),
/// both in view units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuizMarker {
    pub place: PlaceRef,
    pub spot: (f64, f64),
    pub marker: (f64, f64),
}

/// Two stories are the same story when they are the same value in memory.
/// Every component gets the one baked `&'static Story` as a prop, and Yew
/// compares props on each render: a field-by-field comparison walked the
/// whole story every time and cost the wasm 2 KB of code.
impl PartialEq for Story {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A glossary entry (a term or a person).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub id: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
    /// A news source when it only restates the report; background otherwise.
    pub source: SourceRef,
}

/// A piece of a statement's text, marked with the glossary term it names,
/// or a distance the reader's km/miles switch converts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// The words as written; for a distance, in kilometres ("1,660 km").
    pub text: &'static str,
    /// Index into [`Story::glossary`].
    pub term: Option<u16>,
    /// A distance written `{km 1660}` in the content: shown in the reader's units.
    pub km: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportParagraph {
    pub text: &'static str,
    /// Positions of the steps whose statements quote this paragraph.
    pub steps: &'static [u16],
}

/// Index into [`Story::sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceRef(pub u16);
/// Index into [`Story::people`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PersonRef(pub u16);
/// Index into [`Story::places`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlaceRef(pub u16);

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// Readable id, also the URL hash (`#/khasan`).
    pub id: &'static str,
    pub title: &'static str,
    pub places: &'static [PlaceRef],
    pub people: &'static [PersonRef],
    pub when: Option<When>,
    pub visual: Option<Visual>,
    pub statements: &'static [Statement],
    /// Distances the report gives in this step, to check against computed ones.
    pub distances: &'static [Distance],
    pub map: StepMap,
    /// For the presenter only; the build requires one for every step.
    pub note: Option<TeacherNote>,
}

/// What a teacher sees in the notes view for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeacherNote {
    /// Suggested time on the step.
    pub minutes: u8,
    pub notes: &'static str,
    pub question: &'static str,
}

/// A distance in the report, with what the app needs to check it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    pub from: PlaceRef,
    pub to: PlaceRef,
    /// The straight line over the globe between the two, in km (background:
    /// computed at build time from the places' coordinates, so the page
    /// carries no trigonometry).
    pub straight_km: f64,
    /// The report's own words, e.g. "about 60 kilometers (about 40 miles)".
    pub reported: &'static str,
    /// Rail distance (background) when the drawn route does not join the two.
    pub rail_km: Option<u16>,
    /// Why the figures differ, in one plain sentence.
    pub why: &'static str,
}

/// What the map shows at a step, decided at build time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepMap {
    pub frame: Frame,
    /// Where the report last placed the train by this step, if it has.
    pub train: Option<PlaceRef>,
    /// Whether to draw the (approximate) missile launch.
    pub missiles: bool,
    /// The labels shown, with their side; a place without one is not drawn.
    pub labels: &'static [MapLabel],
    /// Country and sea names that fit this frame (`story::names`).
    pub names: &'static [MapName],
    /// Where the train came from since its last reported place, along the
    /// track: an SVG path in view units relative to the train's place here,
    /// ending at (0, 0), for the train to run along (never along a chord).
    pub train_path: Option<&'static str>,
}

/// A country's or sea's name on a step's map: its text (a sea's may have
/// two lines) and its box's top-left corner in view units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapName {
    pub text: &'static str,
    pub sea: bool,
    pub at: (f64, f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapLabel {
    pub place: PlaceRef,
    pub side: Side,
}

/// The base map: land and borders as SVG paths in map units (km, y down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapBase {
    pub land: &'static str,
    pub borders: &'static str,
}

/// One leg of the train's route, and what was known of it as the story went on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leg {
    pub from: PlaceRef,
    pub to: PlaceRef,
    /// Approximate distance by rail (background); `None` where unknown.
    pub rail_km: Option<u16>,
    /// From which step on the leg is shown, and as what; in step order.
    pub known: &'static [LegKnown],
    /// The leg along the railway (background: Natural Earth's lines; which
    /// track the train took is our inference), an SVG path in map units.
    pub track: &'static str,
    /// Straight pieces we drew where a place is off the mapped track (the
    /// cosmodrome has no branch in the data), an SVG path in map units.
    pub connectors: &'static str,
    /// Step by step, whether the leg crosses that step's frame: the legend
    /// and the map's words name only what the frame shows.
    pub in_view: &'static [bool],
    /// Step by step, whether a connector shows beyond its place's marker in
    /// that step's frame (the legend explains it only then).
    pub connector_in_view: &'static [bool],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegKnown {
    pub from_step: u16,
    pub status: LegStatus,
}

impl Story {
    /// Rail km between two places along the drawn route (legs in order), if
    /// both are on it and every leg between them has a known length.
    pub fn rail_km_along_route(&self, from: PlaceRef, to: PlaceRef) -> Option<u32> {
        let start = self.route.iter().position(|leg| leg.from == from)?;
        let mut total = 0u32;
        for leg in &self.route[start..] {
            total += u32::from(leg.rail_km?);
            if leg.to == to {
                return Some(total);
            }
        }
        None
    }

    /// The rail distance a step's distance box shows: along the route, else
    /// the content's own figure.
    pub fn rail_km(&self, distance: &Distance) -> Option<u32> {
        self.rail_km_along_route(distance.from, distance.to)
            .or(distance.rail_km.map(u32::from))
    }
}

/// Kilometres or miles: every distance on the page follows the reader's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    #[default]
    Km,
    Miles,
}

impl UtcOffset {
    /// How another zone's clocks compare with this one's, in words:
    /// "the same time", "1 hour behind", "7 hours behind", "2 hours ahead".
    pub fn compared_with(self, other: UtcOffset) -> String {
        let minutes = i32::from(other.minutes) - i32::from(self.minutes);
        if minutes == 0 {
            return "the same time".to_owned();
        }
        let (hours, rest) = (minutes.abs() / 60, minutes.abs() % 60);
        let amount = match (hours, rest) {
            (1, 0) => "1 hour".to_owned(),
            (h, 0) => format!("{h} hours"),
            (h, m) => format!("{h} h {m} min"),
        };
        format!("{amount} {}", if minutes < 0 { "behind" } else { "ahead" })
    }
}

impl Units {
    /// "939 km" or "583 miles", rounded to whole units with thousands commas.
    pub fn format(self, km: f64) -> String {
        let unit = match self {
            Units::Km => "km",
            Units::Miles if self.whole(km) == 1 => "mile",
            Units::Miles => "miles",
        };
        format!("{} {unit}", self.figure(km))
    }

    /// The whole number of these units that `km` is shown as: 583 for
    /// 939 km in miles. (A word after it may change with it: "1 mile".)
    pub fn whole(self, km: f64) -> u64 {
        let value = match self {
            Units::Km => km,
            Units::Miles => km / crate::geo::KM_PER_MILE,
        };
        value.round() as u64
    }

    /// The number alone in these units: "939", "1,234".
    pub fn figure(self, km: f64) -> String {
        let digits = self.whole(km).to_string();
        let mut grouped = String::new();
        for (at, digit) in digits.chars().enumerate() {
            if at > 0 && (digits.len() - at).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        grouped
    }
}

impl Leg {
    /// What is known of this leg at step `step`, or `None` if nothing yet.
    pub fn status_at(&self, step: usize) -> Option<LegStatus> {
        self.known
            .iter()
            .rev()
            .find(|known| usize::from(known.from_step) <= step)
            .map(|known| known.status)
    }

    /// What step `step`'s map shows of this leg: its status, if it is known
    /// by then and crosses the step's frame.
    pub fn shown_at(&self, step: usize) -> Option<LegStatus> {
        self.status_at(step)
            .filter(|_| self.in_view.get(step).copied().unwrap_or(false))
    }

    /// Whether step `step`'s map shows a connector of this leg we drew.
    pub fn connector_shown_at(&self, step: usize) -> bool {
        self.status_at(step).is_some() && self.connector_in_view.get(step).copied().unwrap_or(false)
    }
}

/// How sure the story is of a leg of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegStatus {
    /// Kim reached the end of the leg, but the report never says by which
    /// line: the drawn line is our inference (background), not confirmed travel.
    Likely,
    Reported,
    Speculated,
    Planned,
}

impl LegStatus {
    pub const ALL: [LegStatus; 4] = [
        LegStatus::Likely,
        LegStatus::Reported,
        LegStatus::Speculated,
        LegStatus::Planned,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            LegStatus::Likely => "likely",
            LegStatus::Reported => "reported",
            LegStatus::Speculated => "speculated",
            LegStatus::Planned => "planned",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LegStatus> {
        LegStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }

    /// The legend's wording.
    pub fn label(self) -> &'static str {
        match self {
            LegStatus::Likely => "Likely line (background, our inference)",
            LegStatus::Reported => "Reported by a news agency",
            LegStatus::Speculated => "Likely line to where some Russian media guessed he was going",
            LegStatus::Planned => {
                "Expected after the summit (Kyodo, citing unnamed officials), on the likely line"
            }
        }
    }
}

/// The labels the worksheet asks students to match, as a class names them:
/// reporting (on the record), a claim, unnamed officials, speculation, the
/// reporters' analysis, and what is still unknown.
pub const LABEL_EXERCISE: [Status; 6] = [
    Status::OnRecord,
    Status::Claimed,
    Status::UnnamedOfficials,
    Status::Speculation,
    Status::Analysis,
    Status::Open,
];

/// The order the exercise's statements are printed in (indexes into
/// [`LABEL_EXERCISE`]): a derangement, so the first statement is not the
/// first label's, and so on.
pub const LABEL_EXERCISE_ORDER: [usize; 6] = [3, 0, 4, 1, 5, 2];

/// One claim the explainer makes, with who made it and how sure it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Statement {
    pub text: &'static str,
    pub sources: &'static [SourceRef],
    pub status: Status,
    /// The report's own words this statement rests on; `None` only for background.
    pub quote: Option<&'static str>,
    /// In a translated build, the project's translation of `quote` (which
    /// stays the report's English); `None` in English.
    pub quote_translation: Option<&'static str>,
    /// The text split where glossary terms occur.
    pub segments: &'static [Segment],
    /// When the report names the source in an earlier sentence, not in the
    /// quoted one: the words of that earlier sentence. The page says the
    /// attribution is carried over, so a reader can judge it.
    pub carried_from: Option<&'static str>,
    /// For a question not yet known at this point: the step (index into
    /// [`Story::steps`]) whose statements answer it.
    pub answered_in: Option<u16>,
    /// One of the worksheet's "match the statement to its label" statements
    /// (content: `worksheet = true`; one for each label the exercise asks).
    pub worksheet: bool,
}

/// How far a statement can be trusted, in the words a class would use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    OnRecord,
    Claimed,
    UnnamedOfficials,
    Speculation,
    Analysis,
    Unknown,
    Open,
    Background,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::OnRecord,
        Status::Claimed,
        Status::UnnamedOfficials,
        Status::Speculation,
        Status::Analysis,
        Status::Unknown,
        Status::Open,
        Status::Background,
    ];

    /// The spelling used in content files and CSS class names.
    pub fn slug(self) -> &'static str {
        match self {
            Status::OnRecord => "on-record",
            Status::Claimed => "claimed",
            Status::UnnamedOfficials => "unnamed-officials",
            Status::Speculation => "speculation",
            Status::Analysis => "analysis",
            Status::Unknown => "unknown",
            Status::Open => "open",
            Status::Background => "background",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.slug() == slug)
    }

    /// Short label shown beside every statement.
    pub fn label(self) -> &'static str {
        match self {
            Status::OnRecord => "On the record",
            Status::Claimed => "Claimed by a party",
            Status::UnnamedOfficials => "Unnamed officials",
            Status::Speculation => "Speculation",
            Status::Analysis => "Analysis",
            Status::Unknown => "Not yet known",
            Status::Open => "Still unknown",
            Status::Background => "Background",
        }
    }

    /// One sentence a student can read to understand the label.
    pub fn explanation(self) -> &'static str {
        match self {
            Status::OnRecord => "The reporters state it as fact, or a named source that is not one of the two sides said or showed it publicly.",
            Status::Claimed => "Said by one of the two sides (Russia's or North Korea's state, its officials or its state media); the report does not confirm it.",
            Status::UnnamedOfficials => "Officials said this without giving their names.",
            Status::Speculation => "The report calls it a guess or an expectation, not a fact.",
            Status::Analysis => "The reporters' own reading of events; no source is named.",
            Status::Unknown => "Not known at this point in the story; a later step answers it.",
            Status::Open => "A question the report leaves unanswered, to its end.",
            Status::Background => "Not in the report: a fact we added, with its own source.",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// For a news source, its name; for a background source, the title of
    /// the work.
    pub name: &'static str,
    pub about: &'static str,
    pub kind: SourceKind,
    /// Who the source is, shown beside its name.
    pub affiliation: Affiliation,
    /// Who published a background work; `None` for news sources and for the
    /// general reference used only for coordinates and definitions.
    pub publisher: Option<&'static str>,
}

/// Who a source is, declared in `content/sources.toml`. It is separate from
/// a statement's [`Status`] (how the report sources the claim), but the
/// build checks that the two agree: only a party's sources can make a claim
/// "by a party".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Affiliation {
    /// The journalists who wrote the report.
    Reporters,
    RussianState,
    NorthKoreanState,
    SouthKoreanGovernment,
    SouthKoreanMedia,
    JapaneseGovernment,
    JapaneseMedia,
    /// Russian outlets the report does not name, so their owners are unknown.
    RussianMedia,
    /// Material whose maker the report does not give (a video online).
    Unidentified,
    /// A reference work we added (background).
    Reference,
}

impl Affiliation {
    pub const ALL: [Affiliation; 10] = [
        Affiliation::Reporters,
        Affiliation::RussianState,
        Affiliation::NorthKoreanState,
        Affiliation::SouthKoreanGovernment,
        Affiliation::SouthKoreanMedia,
        Affiliation::JapaneseGovernment,
        Affiliation::JapaneseMedia,
        Affiliation::RussianMedia,
        Affiliation::Unidentified,
        Affiliation::Reference,
    ];

    /// The spelling used in `content/sources.toml`.
    pub fn slug(self) -> &'static str {
        match self {
            Affiliation::Reporters => "reporters",
            Affiliation::RussianState => "russian-state",
            Affiliation::NorthKoreanState => "north-korean-state",
            Affiliation::SouthKoreanGovernment => "south-korean-government",
            Affiliation::SouthKoreanMedia => "south-korean-media",
            Affiliation::JapaneseGovernment => "japanese-government",
            Affiliation::JapaneseMedia => "japanese-media",
            Affiliation::RussianMedia => "russian-media",
            Affiliation::Unidentified => "unidentified",
            Affiliation::Reference => "reference",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Affiliation> {
        Affiliation::ALL
            .into_iter()
            .find(|affiliation| affiliation.slug() == slug)
    }

    /// Shown beside the source's name.
    pub fn label(self) -> &'static str {
        match self {
            Affiliation::Reporters => "the report's authors",
            Affiliation::RussianState => "Russian state",
            Affiliation::NorthKoreanState => "North Korean state",
            Affiliation::SouthKoreanGovernment => "South Korean government",
            Affiliation::SouthKoreanMedia => "South Korean media",
            Affiliation::JapaneseGovernment => "Japanese government",
            Affiliation::JapaneseMedia => "Japanese media",
            Affiliation::RussianMedia => "Russian media, owners not named",
            Affiliation::Unidentified => "maker not named",
            Affiliation::Reference => "reference work",
        }
    }

    /// Whether the source speaks for one of the two sides of the summit.
    pub fn is_party(self) -> bool {
        matches!(
            self,
            Affiliation::RussianState | Affiliation::NorthKoreanState
        )
    }
}

/// Whether a source is quoted in the report or is background we added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    News,
    Background,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    pub id: &'static str,
    pub name: &'static str,
    pub role: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub zone: UtcOffset,
    pub about: &'static str,
    /// A background source: coordinates are not in the report.
    pub source: SourceRef,
    /// Short name for the map.
    pub label: &'static str,
    /// Position in map units, or `None` for a place outside the map's region
    /// (Moscow), which the map points to from its edge instead.
    pub at: Option<(f64, f64)>,
    /// Straight-line km to Vostochny (computed at build time, background),
    /// which the map gives for a place outside its region; `None` when the
    /// story has no place `vostochny`.
    pub km_to_vostochny: Option<f64>,
}

impl Place {
    pub fn lat_lon(&self) -> crate::geo::LatLon {
        crate::geo::LatLon {
            lat: self.lat,
            lon: self.lon,
        }
    }
}

/// When a step happened: a calendar date in a stated time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub date: Date,
    pub zone: UtcOffset,
    /// Human wording, e.g. "Early Tuesday, 12 September 2023 (Khasan time)".
    pub label: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting days that do not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (1..=12).contains(&date.month).then_some(())?;
        (1..=date.days_in_month())
            .contains(&date.day)
            .then_some(date)
    }

    fn days_in_month(self) -> u8 {
        let leap = self.year.is_multiple_of(4)
            && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400));
        match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
}

/// A fixed offset from UTC in minutes. The story spans one September week, so
/// fixed offsets are exact (none of these zones changed clocks that week).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcOffset {
    pub minutes: i16,
}

impl UtcOffset {
    /// Parses `+HH:MM` or `-HH:MM`, within the real range of -12:00..=+14:00.
    pub fn parse(text: &str) -> Option<UtcOffset> {
        let sign = match text.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let (hours, minutes) = text[1..].split_once(':')?;
        if hours.len() != 2 || minutes.len() != 2 {
            return None;
        }
        let (hours, minutes): (i16, i16) = (hours.parse().ok()?, minutes.parse().ok()?);
        if minutes >= 60 {
            return None;
        }
        let total = sign * (hours * 60 + minutes);
        (-12 * 60..=14 * 60)
            .contains(&total)
            .then_some(UtcOffset { minutes: total })
    }

    /// `UTC+10`, `UTC+5:30`, `UTC` for zero.
    pub fn label(self) -> String {
        if self.minutes == 0 {
            return "UTC".to_owned();
        }
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let (hours, minutes) = (self.minutes.abs() / 60, self.minutes.abs() % 60);
        if minutes == 0 {
            format!("UTC{sign}{hours}")
        } else {
            format!("UTC{sign}{hours}:{minutes:02}")
        }
    }
}

/// A small drawing that illustrates a step; always with alternative text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visual {
    pub icon: Icon,
    pub alt: &'static str,
}

/// The drawings the app knows how to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Train,
    Missile,
    Handshake,
    Rocket,
    Talks,
    Scales,
    Question,
    Factory,
    Newspaper,
    Bridge,
    Camera,
}

impl Icon {
    pub const ALL: [Icon; 11] = [
        Icon::Train,
        Icon::Missile,
        Icon::Handshake,
        Icon::Rocket,
        Icon::Talks,
        Icon::Scales,
        Icon::Question,
        Icon::Factory,
        Icon::Newspaper,
        Icon::Bridge,
        Icon::Camera,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Icon::Train => "train",
            Icon::Missile => "missile",
            Icon::Handshake => "handshake",
            Icon::Rocket => "rocket",
            Icon::Talks => "talks",
            Icon::Scales => "scales",
            Icon::Question => "question",
            Icon::Factory => "factory",
            Icon::Newspaper => "newspaper",
            Icon::Bridge => "bridge",
            Icon::Camera => "camera",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Icon> {
        Icon::ALL.into_iter().find(|icon| icon.slug() == slug)
    }
}

impl Story {
    pub fn source(&self, at: SourceRef) -> &'static Source {
        &self.sources[usize::from(at.0)]
    }

    pub fn person(&self, at: PersonRef) -> &'static Person {
        &self.people[usize::from(at.0)]
    }

    pub fn place(&self, at: PlaceRef) -> &'static Place {
        &self.places[usize::from(at.0)]
    }

    /// The right answer to a quiz question, in words: the choice, the steps
    /// in story order, or the place. The quiz shows it after a wrong answer;
    /// the handout prints it with the answers.
    pub fn right_answer(&self, question: &crate::quiz::Question) -> String {
        use crate::quiz::QuestionKind;
        match question.kind {
            QuestionKind::Choice { choices, answer } => choices[usize::from(answer)].to_owned(),
            QuestionKind::Order { items, .. } => items
                .iter()
                .map(|&step| self.steps[usize::from(step)].title)
                .collect::<Vec<_>>()
                .join(" → "),
            QuestionKind::Place { answer } => self.place(answer).name.to_owned(),
        }
    }

    /// The worksheet's "match the statement to its label" exercise: for
    /// each label in [`LABEL_EXERCISE`] the statement the content marks
    /// for it (`worksheet = true`; the build checks there is exactly one
    /// per label), with its step's position, set out in
    /// [`LABEL_EXERCISE_ORDER`], so no statement stands beside its own
    /// label. The worksheet prints the statements (A, B, …) and the labels;
    /// the answers are only in the handout.
    pub fn label_exercise(&self) -> Vec<(usize, &'static Statement, Status)> {
        let marked = |status: Status| {
            self.steps.iter().enumerate().find_map(|(index, step)| {
                step.statements
                    .iter()
                    .find(|statement| statement.worksheet && statement.status == status)
                    .map(|statement| (index, statement))
            })
        };
        LABEL_EXERCISE_ORDER
            .iter()
            .filter_map(|&at| {
                let status = LABEL_EXERCISE[at];
                marked(status).map(|(index, statement)| (index, statement, status))
            })
            .collect()
    }

    /// Position of the step with this id, if there is one.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|step| step.id == id)
    }

    /// The statements that quote the report's paragraph `at` (its words
    /// contain the statement's quote), from the steps the paragraph lists.
    pub fn statements_quoting(&self, at: usize) -> impl Iterator<Item = &'static Statement> + '_ {
        let paragraph = &self.report[at];
        paragraph
            .steps
            .iter()
            .flat_map(|&step| self.steps[usize::from(step)].statements)
            .filter(move |statement| {
                statement
                    .quote
                    .is_some_and(|quote| paragraph.text.contains(quote))
            })
    }

    /// How many statements in the whole story rest on each source.
    pub fn statements_per_source(&self) -> Vec<(SourceRef, usize)> {
        (0..self.sources.len())
            .map(|index| {
                let source = SourceRef(index as u16);
                let count = self
                    .steps
                    .iter()
                    .flat_map(|step| step.statements)
                    .filter(|statement| statement.sources.contains(&source))
                    .count();
                (source, count)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_on_the_calendar() {
        assert_eq!(
            Date::parse("2023-09-13"),
            Some(Date {
                year: 2023,
                month: 9,
                day: 13
            })
        );
        assert_eq!(Date::parse("2023-09-31"), None);
        assert_eq!(Date::parse("2023-02-29"), None);
        assert!(Date::parse("2024-02-29").is_some());
        assert_eq!(Date::parse("13/09/2023"), None);
        assert_eq!(Date::parse("2023-9-13"), None);
    }

    #[test]
    fn offsets_parse_and_print_like_a_clock() {
        assert_eq!(UtcOffset::parse("+10:00").unwrap().label(), "UTC+10");
        assert_eq!(UtcOffset::parse("-03:30").unwrap().label(), "UTC-3:30");
        assert_eq!(UtcOffset::parse("+00:00").unwrap().label(), "UTC");
        assert_eq!(UtcOffset::parse("10:00"), None);
        assert_eq!(UtcOffset::parse("+15:00"), None);
        assert_eq!(UtcOffset::parse("+09:75"), None);
    }

    #[test]
    fn clocks_compare_in_words() {
        let khasan = UtcOffset::parse("+10:00").unwrap();
        assert_eq!(
            khasan.compared_with(UtcOffset::parse("+09:00").unwrap()),
            "1 hour behind"
        );
        assert_eq!(
            khasan.compared_with(UtcOffset::parse("+03:00").unwrap()),
            "7 hours behind"
        );
        assert_eq!(
            khasan.compared_with(UtcOffset { minutes: 0 }),
            "10 hours behind"
        );
        assert_eq!(
            UtcOffset::parse("+09:00").unwrap().compared_with(khasan),
            "1 hour ahead"
        );
        assert_eq!(khasan.compared_with(khasan), "the same time");
        assert_eq!(
            UtcOffset { minutes: 0 }.compared_with(UtcOffset::parse("+05:30").unwrap()),
            "5 h 30 min ahead"
        );
    }

    #[test]
    fn every_status_and_icon_round_trips_through_its_slug() {
        for status in Status::ALL {
            assert_eq!(Status::from_slug(status.slug()), Some(status));
        }
        for icon in Icon::ALL {
            assert_eq!(Icon::from_slug(icon.slug()), Some(icon));
        }
        for affiliation in Affiliation::ALL {
            assert_eq!(
                Affiliation::from_slug(affiliation.slug()),
                Some(affiliation)
            );
        }
        assert_eq!(Status::from_slug("rumour"), None);
    }

    #[test]
    fn malformed_dates_and_offsets_are_refused() {
        assert_eq!(Date::parse("2023-09-13-01"), None, "a fourth part");
        assert_eq!(Date::parse("2023-09-1"), None, "a one-digit day");
        assert_eq!(UtcOffset::parse("+9:00"), None, "a one-digit hour");
        assert_eq!(UtcOffset::parse("+09:0"), None, "a one-digit minute");
        assert_eq!(UtcOffset::parse("+05:30").unwrap().label(), "UTC+5:30");
    }

    #[test]
    fn distances_read_in_whole_units_with_thousands_commas() {
        // Worked by hand: 939 km / 1.609344 = 583.47 miles.
        assert_eq!(Units::Km.format(939.4), "939 km");
        assert_eq!(Units::Miles.format(939.0), "583 miles");
        assert_eq!(Units::Km.format(1660.0), "1,660 km");
        assert_eq!(Units::Miles.format(1660.0), "1,031 miles");
        assert_eq!(Units::Km.format(1_234_567.0), "1,234,567 km");
        assert_eq!(Units::Km.format(999.6), "1,000 km");
        assert_eq!(Units::Km.format(60.0), "60 km");
        assert_eq!(Units::Km.format(0.4), "0 km");
        assert_eq!(Units::Miles.format(1.6), "1 mile");
        assert_eq!(Units::Miles.format(3.2), "2 miles");
    }

    /// The label and the sentence a student reads are the README's written
    /// rule for that label, word for word (its table of labels).
    #[test]
    fn every_label_shows_the_readme_rule_for_it() {
        let readme = include_str!("../../README.md");
        for status in Status::ALL {
            let row = format!(
                "| {} (`{}`) | {} |",
                status.label(),
                status.slug(),
                status.explanation()
            );
            assert!(readme.contains(&row), "the README has no row {row:?}");
        }
    }

    /// Each route style names what the story knows of the leg, by the
    /// project's labelling rules: who said it, or that the line is ours.
    #[test]
    fn route_styles_say_whose_the_line_is() {
        let says = [
            (LegStatus::Reported, "news agency"),
            (LegStatus::Speculated, "some Russian media guessed"),
            (LegStatus::Likely, "(background, our inference)"),
            (LegStatus::Planned, "(Kyodo, citing unnamed officials)"),
        ];
        for (status, words) in says {
            assert!(
                status.label().contains(words),
                "{status:?}: {}",
                status.label()
            );
        }
    }
}
