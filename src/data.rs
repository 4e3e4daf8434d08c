//! The story, validated and baked by build.rs from `content/*.toml`.

include!(concat!(env!("OUT_DIR"), "/story.rs"));
