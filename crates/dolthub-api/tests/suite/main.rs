//! Tests of the generated crate: operation descriptors, spec examples decoded
//! into the generated types, and the progenitor clients on the wire (httpmock
//! on 127.0.0.1), for both API versions. One binary keeps link time and disk
//! use low.

mod descriptors;
mod descriptors_v2;
mod spec_examples;
mod spec_examples_v2;
mod wire;
mod wire_v2;
