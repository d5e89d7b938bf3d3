//! What the test crate needs per operation, rendered from the [`Surface`]: the response
//! fixtures (a missing fixture file fails to compile) and the table of per-operation
//! wire tests (a missing wire test fails to compile).

use std::fmt::Write as _;

use crate::codegen::Output;
use crate::render::rust_file;
use crate::surface::Surface;

pub(crate) const FIXTURES: &str = "crates/stytch-b2b-tests/src/fixtures.rs";
pub(crate) const WIRE_TESTS: &str = "crates/stytch-b2b-tests/tests/client_methods/coverage.rs";

const HEADER: &str = "// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by \
hand: change the spec (or xtask/src/test_support.rs) and regenerate.\n";

pub(crate) fn render(surface: &Surface) -> Result<Vec<Output>, String> {
    let mut fixtures = String::from(
        "//! Realistic response bodies, one per operation of the spec, in which every field the\n\
         //! API documents is populated (so decoding tests exercise every field). Each lives in\n\
         //! `fixtures/responses/<operation_id>.json`; an operation without one does not compile.\n\n\
         /// The fixture response body of `operation_id`, parsed.\n///\n\
         /// Returns `None` for an unknown operation id.\n\
         pub fn response(operation_id: &str) -> Option<serde_json::Value> {\n    let text = match operation_id {\n",
    );
    for op in &surface.ops {
        let _ = writeln!(
            fixtures,
            "        {:?} => include_str!(\"../fixtures/responses/{}.json\"),",
            op.id, op.id
        );
    }
    fixtures.push_str(
        "        _ => return None,\n    };\n    serde_json::from_str(text).ok()\n}\n\n\
         /// The fixture of `operation_id` decoded into the operation's generated response\n\
         /// type, encoded back to JSON: equal to the fixture when no field is lost.\n///\n\
         /// Returns `None` for an unknown operation id.\n\
         pub fn decoded_and_encoded(operation_id: &str) -> Option<Result<serde_json::Value, serde_json::Error>> {\n\
         fn via<T: serde::de::DeserializeOwned + serde::Serialize>(fixture: serde_json::Value) -> Result<serde_json::Value, serde_json::Error> {\n\
         serde_json::to_value(serde_json::from_value::<T>(fixture)?)\n}\n\
         let fixture = response(operation_id)?;\n    Some(match operation_id {\n",
    );
    for op in &surface.ops {
        let _ = writeln!(
            fixtures,
            "        {:?} => via::<stytch_b2b_api::types::{}>(fixture),",
            op.id, op.response
        );
    }
    fixtures.push_str(
        "        _ => return None,\n    })\n}\n\n\
         /// Every operation id of the spec, in its order; each has a fixture.\n\
         pub const OPERATION_IDS: &[&str] = &[\n",
    );
    for op in &surface.ops {
        let _ = writeln!(fixtures, "    {:?},", op.id);
    }
    fixtures.push_str("];\n");

    let mut wire = String::from(
        "//! The wire test of every operation of the spec: a test named after the operation\n\
         //! id, in the module of its product group. An operation without one does not\n\
         //! compile.\n\n\
         /// Operation id and wire test of every operation, in the spec's order.\n\
         pub(crate) const WIRE_TESTS: &[(&str, fn())] = &[\n",
    );
    for op in &surface.ops {
        let _ = writeln!(wire, "    ({:?}, crate::{}::{}),", op.id, op.group(), op.id);
    }
    wire.push_str("];\n");

    Ok(vec![
        Output {
            path: FIXTURES,
            text: rust_file(HEADER, &fixtures)?,
        },
        Output {
            path: WIRE_TESTS,
            text: rust_file(HEADER, &wire)?,
        },
    ])
}
