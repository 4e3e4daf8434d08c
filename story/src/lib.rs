//! The story of the Vostochny summit as data, and the pure logic around it.
//!
//! This crate has no Yew and no browser calls: `build.rs` uses it to load and
//! validate `content/*.toml` and bake the story into the app; the app uses the
//! same types at run time; `cargo test` exercises all of it natively.

pub mod fixed;
pub mod geo;
pub mod hash;
pub mod map;
pub mod model;
pub mod names;
pub mod nav;
pub mod plural;
pub mod quiz;

#[cfg(feature = "content")]
pub mod bake;
#[cfg(feature = "content")]
pub mod content;
#[cfg(feature = "content")]
pub mod report;

pub use model::*;
pub use quiz::Question;
