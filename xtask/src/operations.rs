//! What the low-level client's hand-written hooks need to know per operation, rendered
//! from the [`Surface`] into `crates/stytch-b2b-api/src/generated_operations.rs`.

use std::fmt::Write as _;

use crate::codegen::Output;
use crate::render::rust_file;
use crate::surface::Surface;

pub(crate) const OUTPUT: &str = "crates/stytch-b2b-api/src/generated_operations.rs";

const HEADER: &str = "// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by \
hand: change the spec (or xtask/src/operations.rs) and regenerate.\n";

pub(crate) fn render(surface: &Surface) -> Result<Output, String> {
    let mut text = String::from(
        "/// Operations whose requests carry no project credentials (`security: []` in the\n\
         /// spec): the OAuth 2.0 endpoints, which take client credentials in the body.\n\
         pub(crate) const UNAUTHENTICATED: &[&str] = &[\n",
    );
    for op in surface.ops.iter().filter(|op| !op.authenticated) {
        let _ = writeln!(text, "    {:?},", op.id);
    }
    text.push_str("];\n");
    Ok(Output {
        path: OUTPUT,
        text: rust_file(HEADER, &text)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::tests::tiny_spec;

    #[test]
    fn lists_only_operations_without_credentials() {
        let spec = tiny_spec("", "Things: Things., Things.Parts: Parts of things.");
        let surface = crate::surface::read(&spec).unwrap_or_else(|e| panic!("{e}"));
        let output = render(&surface).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            output.text.contains("UNAUTHENTICATED: &[&str] = &[];"),
            "{}",
            output.text
        );
    }
}
