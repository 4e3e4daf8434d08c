//! Country and sea names on each map, placed at build time inside the land
//! or water they name and clear of everything the map already shows.
//!
//! Natural Earth's own label points are one per country for a world map
//! (and world-atlas, our source, carries only names): in these frames a
//! large country's point is often off the map. So each frame finds its own
//! room: the name goes where its whole box lies inside that country's land
//! (or that sea's water), as near the middle of the room as it can.

use crate::geo::Rect;
use crate::map::{VIEW_HEIGHT, VIEW_WIDTH};

/// Name text size in view units; the stylesheet uses the same numbers.
pub const NAME_SIZE: f64 = 13.0;
/// A generous width per character: countries are set in capitals with
/// letter spacing (0.1 em), seas in italics.
const COUNTRY_GLYPH: f64 = 0.86;
const SEA_GLYPH: f64 = 0.62;
/// Line height of a two-line sea name, as a share of the size.
pub const LINE_HEIGHT: f64 = 1.15;

/// The seas we name, each as a rough outline in degrees (lon, lat) that
/// tells its water from its neighbours'; the name goes only where the
/// extract has no land. Outlines and names are ours (the extract has no
/// seas); "Sea of Japan (East Sea)" gives both names in use.
pub const SEAS: [(&str, &[(f64, f64)]); 4] = [
    (
        "Sea of Japan\n(East Sea)",
        &[
            (127.5, 35.5),
            (130.5, 33.8),
            (132.5, 35.0),
            (136.0, 36.0),
            (140.3, 39.0),
            (140.5, 42.0),
            (142.0, 46.0),
            (141.5, 52.0),
            (140.0, 48.0),
            (136.5, 44.5),
            (132.0, 43.0),
            (129.5, 41.0),
        ],
    ),
    (
        "Sea of Okhotsk",
        &[
            (135.0, 54.0),
            (143.0, 52.5),
            (143.5, 46.0),
            (150.0, 44.0),
            (156.0, 50.5),
            (156.0, 58.0),
            (140.0, 60.0),
        ],
    ),
    (
        "Yellow Sea",
        &[
            (119.5, 34.0),
            (126.5, 34.0),
            (126.5, 38.0),
            (124.0, 40.0),
            (121.5, 40.5),
            (119.0, 37.5),
        ],
    ),
    (
        "Pacific Ocean",
        &[
            (142.5, 25.0),
            (165.0, 25.0),
            (165.0, 48.0),
            (150.0, 44.0),
            (145.5, 42.0),
            (141.5, 36.5),
            (138.0, 33.0),
        ],
    ),
];

/// A name to place: its text (lines split by `\n`), whether it names a sea,
/// and the cells it may cover (`area`: true where the box may go).
pub struct NameRoom<'a> {
    pub text: &'a str,
    pub sea: bool,
    pub area: &'a Grid,
}

/// A placed name: the index of its [`NameRoom`], its text as set (a
/// two-word country may take two lines where one does not fit), and its
/// box in view units.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedName {
    pub room: usize,
    pub text: String,
    pub bounds: Rect,
}

/// A raster of the view at [`Grid::CELL`] view units: which cells belong to
/// a country's land, or a sea's water.
#[derive(Clone)]
pub struct Grid {
    cells: Vec<bool>,
}

impl Grid {
    pub const CELL: f64 = 2.0;
    pub const COLUMNS: usize = (VIEW_WIDTH / Self::CELL) as usize;
    pub const ROWS: usize = (VIEW_HEIGHT / Self::CELL) as usize;

    /// The cells whose centres lie inside `rings` (view units; even–odd,
    /// so holes stay out), filled row by row.
    pub fn filled(rings: &[Vec<(f64, f64)>]) -> Grid {
        let mut cells = vec![false; Self::COLUMNS * Self::ROWS];
        for row in 0..Self::ROWS {
            let y = (row as f64 + 0.5) * Self::CELL;
            let mut crossings: Vec<f64> = Vec::new();
            for ring in rings {
                for (i, &a) in ring.iter().enumerate() {
                    let b = ring[(i + 1) % ring.len()];
                    if (a.1 > y) != (b.1 > y) {
                        crossings.push(a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0));
                    }
                }
            }
            crossings.sort_by(f64::total_cmp);
            for span in crossings.chunks_exact(2) {
                let first = ((span[0] / Self::CELL) - 0.5).ceil().max(0.0) as usize;
                let last = ((span[1] / Self::CELL) - 0.5).floor();
                if last < 0.0 {
                    continue;
                }
                let last = (last as usize).min(Self::COLUMNS - 1);
                for column in first..=last {
                    cells[row * Self::COLUMNS + column] = true;
                }
            }
        }
        Grid { cells }
    }

    /// This grid's cells that are not `other`'s (a sea's outline minus land).
    pub fn minus(&self, other: &Grid) -> Grid {
        Grid {
            cells: self
                .cells
                .iter()
                .zip(&other.cells)
                .map(|(a, b)| *a && !*b)
                .collect(),
        }
    }

    /// Takes out the cells within `margin` of `bounds`.
    pub fn clear_rect(&mut self, bounds: &Rect, margin: f64) {
        let b = bounds.padded(margin);
        if b.max_x < 0.0 || b.max_y < 0.0 || b.min_x >= VIEW_WIDTH || b.min_y >= VIEW_HEIGHT {
            return;
        }
        let column = |x: f64| ((x / Self::CELL).floor().max(0.0) as usize).min(Self::COLUMNS - 1);
        let row = |y: f64| ((y / Self::CELL).floor().max(0.0) as usize).min(Self::ROWS - 1);
        for r in row(b.min_y)..=row(b.max_y) {
            for c in column(b.min_x)..=column(b.max_x) {
                self.cells[r * Self::COLUMNS + c] = false;
            }
        }
    }

    /// Takes out the cells within `margin` of `line`, sampled every unit.
    pub fn clear_line(&mut self, line: &[(f64, f64)], margin: f64) {
        for w in line.windows(2) {
            let (a, b) = (w[0], w[1]);
            let steps = (b.0 - a.0).hypot(b.1 - a.1).ceil().max(1.0) as usize;
            for i in 0..=steps {
                let t = i as f64 / steps as f64;
                let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                if (-margin..VIEW_WIDTH + margin).contains(&p.0)
                    && (-margin..VIEW_HEIGHT + margin).contains(&p.1)
                {
                    let point = Rect {
                        min_x: p.0,
                        min_y: p.1,
                        max_x: p.0,
                        max_y: p.1,
                    };
                    self.clear_rect(&point, margin);
                }
            }
        }
    }

    /// Counts of filled cells above and to the left of each corner, so
    /// [`Sums::holds`] answers for any box at once.
    pub fn sums(&self) -> Sums {
        let (w, h) = (Self::COLUMNS + 1, Self::ROWS + 1);
        let mut table = vec![0u32; w * h];
        for r in 0..Self::ROWS {
            for c in 0..Self::COLUMNS {
                table[(r + 1) * w + c + 1] = u32::from(self.cells[r * Self::COLUMNS + c])
                    + table[r * w + c + 1]
                    + table[(r + 1) * w + c]
                    - table[r * w + c];
            }
        }
        Sums { table }
    }
}

/// A grid's summed-area table.
pub struct Sums {
    table: Vec<u32>,
}

impl Sums {
    /// Whether every cell that `bounds` touches, and one cell beyond, is
    /// filled (so no coast or line runs under the box's edge).
    pub fn holds(&self, bounds: &Rect) -> bool {
        let cell = Grid::CELL;
        let c0 = (bounds.min_x / cell).floor() - 1.0;
        let r0 = (bounds.min_y / cell).floor() - 1.0;
        let c1 = (bounds.max_x / cell).floor() + 1.0;
        let r1 = (bounds.max_y / cell).floor() + 1.0;
        if c0 < 0.0 || r0 < 0.0 || c1 >= Grid::COLUMNS as f64 || r1 >= Grid::ROWS as f64 {
            return false;
        }
        let (c0, r0, c1, r1) = (c0 as usize, r0 as usize, c1 as usize + 1, r1 as usize + 1);
        let w = Grid::COLUMNS + 1;
        let count = self.table[r1 * w + c1] + self.table[r0 * w + c0]
            - self.table[r0 * w + c1]
            - self.table[r1 * w + c0];
        count as usize == (c1 - c0) * (r1 - r0)
    }
}

/// The box a name needs, its top-left corner at the origin.
pub fn name_size(text: &str, sea: bool) -> (f64, f64) {
    // Hangul is a whole em, plus the countries' letter spacing.
    let (glyph, wide) = if sea {
        (SEA_GLYPH, 1.0)
    } else {
        (COUNTRY_GLYPH, 1.1)
    };
    let lines = text.lines().count().max(1) as f64;
    let longest = text
        .lines()
        .map(|line| crate::map::ems(line, glyph, wide))
        .fold(0.0, f64::max);
    (longest * NAME_SIZE, lines * NAME_SIZE * LINE_HEIGHT)
}

/// Places names in the order given, each where its whole box lies in its
/// room, clear of `taken` (markers, place labels, the corners' furniture)
/// by 3 units and of the route `lines` by 2; among the spots that fit, the
/// one nearest their middle. A name with no such spot is left off this map.
pub fn place_names(
    rooms: &[NameRoom],
    taken: &[Rect],
    lines: &[Vec<(f64, f64)>],
) -> Vec<PlacedName> {
    // What no name may cover, as cells taken out of every room.
    let mut blocked = Grid {
        cells: vec![true; Grid::COLUMNS * Grid::ROWS],
    };
    for t in taken {
        blocked.clear_rect(t, 3.0);
    }
    for line in lines {
        blocked.clear_line(line, 2.0);
    }
    let mut placed = Vec::new();
    for (index, room) in rooms.iter().enumerate() {
        let free = Grid {
            cells: room
                .area
                .cells
                .iter()
                .zip(&blocked.cells)
                .map(|(a, b)| *a && *b)
                .collect(),
        }
        .sums();
        // One line if it fits, else a country's words one per line.
        let stacked = room.text.replace(' ', "\n");
        let mut texts = vec![room.text.to_owned()];
        if !room.sea && stacked != room.text {
            texts.push(stacked);
        }
        let Some((text, best)) = texts
            .into_iter()
            .find_map(|text| best_spot(&free, name_size(&text, room.sea)).map(|b| (text, b)))
        else {
            continue;
        };
        blocked.clear_rect(&best, 3.0);
        placed.push(PlacedName {
            room: index,
            text,
            bounds: best,
        });
    }
    placed
}

/// Among the boxes of `size` (on a 4-unit grid, 4 units inside the view)
/// that `free` holds, the one nearest the middle of them all.
fn best_spot(free: &Sums, (width, height): (f64, f64)) -> Option<Rect> {
    let mut fits: Vec<Rect> = Vec::new();
    let mut y = 4.0;
    while y + height <= VIEW_HEIGHT - 4.0 {
        let mut x = 4.0;
        while x + width <= VIEW_WIDTH - 4.0 {
            let bounds = Rect {
                min_x: x,
                min_y: y,
                max_x: x + width,
                max_y: y + height,
            };
            if free.holds(&bounds) {
                fits.push(bounds);
            }
            x += 4.0;
        }
        y += 4.0;
    }
    let count = fits.len() as f64;
    let middle = (
        fits.iter().map(|b| b.min_x + b.max_x).sum::<f64>() / (2.0 * count),
        fits.iter().map(|b| b.min_y + b.max_y).sum::<f64>() / (2.0 * count),
    );
    let distance = |b: &Rect| {
        ((b.min_x + b.max_x) / 2.0 - middle.0).hypot((b.min_y + b.max_y) / 2.0 - middle.1)
    };
    fits.into_iter()
        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<(f64, f64)> {
        vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    }

    #[test]
    fn a_grid_fills_inside_its_rings_and_leaves_holes() {
        let grid = Grid::filled(&[
            square(10.0, 10.0, 110.0, 60.0),
            square(50.0, 20.0, 70.0, 40.0),
        ]);
        let sums = grid.sums();
        let inside = |x0, y0, x1, y1| {
            sums.holds(&Rect {
                min_x: x0,
                min_y: y0,
                max_x: x1,
                max_y: y1,
            })
        };
        assert!(inside(14.0, 44.0, 100.0, 56.0), "the land below the hole");
        assert!(!inside(14.0, 24.0, 100.0, 36.0), "across the hole");
        assert!(!inside(4.0, 44.0, 100.0, 56.0), "beyond the west coast");
        assert!(!inside(100.0, 44.0, 120.0, 56.0), "beyond the east coast");
    }

    #[test]
    fn a_name_goes_inside_its_land_clear_of_labels_and_routes_or_not_at_all() {
        let land = Grid::filled(&[square(0.0, 0.0, 200.0, 300.0)]);
        let room = NameRoom {
            text: "Russia",
            sea: false,
            area: &land,
        };
        let placed = place_names(&[room], &[], &[]);
        assert_eq!(placed.len(), 1);
        let b = placed[0].bounds;
        assert!(land.sums().holds(&b), "inside its land: {b:?}");
        assert!(
            b.max_x < 200.0 && (b.min_y + b.max_y) / 2.0 > 100.0,
            "in the middle of its room: {b:?}"
        );
        // A label over the middle and a route across: the name moves off both.
        let label = Rect {
            min_x: 20.0,
            min_y: 120.0,
            max_x: 180.0,
            max_y: 180.0,
        };
        let route = vec![vec![(0.0, 100.0), (200.0, 100.0)]];
        let room = NameRoom {
            text: "Russia",
            sea: false,
            area: &land,
        };
        let moved = place_names(&[room], &[label], &route)[0].bounds;
        assert!(!moved.padded(3.0).intersects(&label), "{moved:?}");
        assert!(
            moved.max_y < 100.0 - 2.0 || moved.min_y > 100.0 + 2.0,
            "off the route: {moved:?}"
        );
        // Too little land for the name: left off.
        let islet = Grid::filled(&[square(100.0, 100.0, 130.0, 112.0)]);
        let room = NameRoom {
            text: "Russia",
            sea: false,
            area: &islet,
        };
        assert!(place_names(&[room], &[], &[]).is_empty());
    }

    #[test]
    fn a_two_word_country_stacks_its_words_where_one_line_does_not_fit() {
        let narrow = Grid::filled(&[square(100.0, 50.0, 190.0, 250.0)]);
        let room = NameRoom {
            text: "South Korea",
            sea: false,
            area: &narrow,
        };
        let placed = place_names(&[room], &[], &[]);
        assert_eq!(placed[0].text, "South\nKorea");
        assert!(narrow.sums().holds(&placed[0].bounds));
    }

    #[test]
    fn a_sea_name_takes_two_lines_and_its_box_holds_both() {
        let (w1, h1) = name_size("Sea of Japan", true);
        let (w2, h2) = name_size("Sea of Japan\n(East Sea)", true);
        assert!((w1 - w2).abs() < 1e-9, "as wide as its longer line");
        assert!((h2 - 2.0 * h1).abs() < 1e-9, "two lines high");
        assert!(w1 >= 12.0 * NAME_SIZE * 0.55, "{w1}");
    }
}
