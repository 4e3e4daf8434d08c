//! The Vostochny summit explainer: a Yew app that walks through one news
//! report step by step. `main.rs` only mounts [`App`]; everything else lives
//! here so it can be tested and, later, pre-rendered.
//!
//! Render code (`app`, `components`) makes no browser calls; the browser is
//! touched only in `edge`, from effects and event handlers.

pub mod app;
pub mod components;
pub mod data;
pub mod edge;
pub mod link;
pub mod scorm;
pub mod state;
pub mod ui;

pub use app::{App, AppProps};
