//! The emulator's HTTP layer for every operation, rendered from the [`Surface`]: the
//! route table, a path- and a query-parameter type per operation, one handler trait per
//! product group (so an operation without a handler does not compile) and the axum
//! glue that decodes a request, calls the handler and encodes its answer.
//!
//! Two routers: `api_router` for the operations behind the project's Basic auth,
//! and `public_router` for those the API serves without it (the OAuth 2.0 endpoints,
//! which authenticate a client in the body, and the JWKS, which every SDK fetches
//! without credentials). A form-encoded operation decodes its body as
//! `application/x-www-form-urlencoded`, and an operation whose errors have the OAuth
//! 2.0 shape answers every error that way.

use std::fmt::Write as _;

use crate::codegen::Output;
use crate::render::{doc, rust_file};
use crate::surface::{Location, Op, ParamType, Surface, pascal};

pub(crate) const OUTPUT: &str = "crates/stytch-b2b-emulator/src/routes/generated.rs";

const HEADER: &str = "// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by \
hand: change the spec (or xtask/src/emulator_routes.rs) and regenerate.\n";

pub(crate) fn render(surface: &Surface) -> Result<Output, String> {
    let mut s = String::new();
    s.push_str(
        "//! Route table, parameter types, handler traits and axum glue of every API operation.\n\n\
         use axum::Router;\nuse axum::extract::State;\nuse axum::routing::MethodRouter;\n\
         use stytch_b2b_api::types;\n\nuse super::{Handlers, Route, method_not_allowed};\n\
         use crate::errors::{ApiError, ApiResult};\nuse crate::server::App;\n\
         use crate::wire::{FormBody, JsonBody, PathParams, Reply, decode_query};\n\n",
    );

    s.push_str("/// Every Stytch B2B API route the emulator serves: each operation of the spec.\n");
    s.push_str("pub const API_ROUTES: &[Route] = &[\n");
    for op in &surface.ops {
        let _ = writeln!(
            s,
            "    Route {{ method: {:?}, path: {:?}, operation_id: {:?} }},",
            op.method, op.path, op.id
        );
    }
    s.push_str("];\n\n");

    for op in &surface.ops {
        render_params(&mut s, op, Location::Path);
        render_params(&mut s, op, Location::Query);
    }

    let mut groups: Vec<&str> = surface.ops.iter().map(Op::group).collect();
    groups.sort_unstable();
    groups.dedup();
    for group in &groups {
        let _ = writeln!(
            s,
            "{}pub(crate) trait {}Routes {{",
            doc(&format!(
                "Handlers of the `{group}` operations (`client.{group}()` in the SDK)."
            )),
            pascal(group)
        );
        for op in surface.ops.iter().filter(|op| op.group() == *group) {
            let _ = write!(
                s,
                "{}fn {}(app: App{}) -> impl ::std::future::Future<Output = ApiResult<types::{}>> + Send;\n\n",
                doc(&format!("`{} {}`: {}.", op.method, op.path, op.summary)),
                op.id,
                handler_args(op),
                op.response
            );
        }
        s.push_str("}\n\n");
    }

    render_router(
        &mut s,
        "api_router",
        "A router serving every operation behind the project's Basic auth.",
        surface.ops.iter().filter(|op| !is_public(op)),
    );
    render_router(
        &mut s,
        "public_router",
        "A router serving the operations the API serves without Basic auth.",
        surface.ops.iter().filter(|op| is_public(op)),
    );

    for op in &surface.ops {
        render_glue(&mut s, op);
    }
    Ok(Output {
        path: OUTPUT,
        text: rust_file(HEADER, &s)?,
    })
}

/// Operations served without Basic auth even though the SDK may send it: the JWKS,
/// which Stytch serves publicly and the official SDKs fetch without credentials.
const PUBLIC_WITH_CREDENTIALS: &[&str] = &["sessions_get_jwks"];

/// Whether the operation is served without the project's Basic auth.
fn is_public(op: &Op) -> bool {
    !op.authenticated || PUBLIC_WITH_CREDENTIALS.contains(&op.id.as_str())
}

/// Whether the operation's errors have the OAuth 2.0 shape.
fn oauth2_errors(op: &Op) -> bool {
    op.error_body != "StytchErrorBody"
}

fn render_router<'a>(s: &mut String, name: &str, what: &str, ops: impl Iterator<Item = &'a Op>) {
    let ops: Vec<&Op> = ops.collect();
    let _ = writeln!(s, "/// {what}");
    let _ = writeln!(
        s,
        "pub(crate) fn {name}() -> Router<App> {{\n    Router::new()"
    );
    let mut paths: Vec<&str> = Vec::new();
    for op in &ops {
        if !paths.contains(&op.path.as_str()) {
            paths.push(&op.path);
        }
    }
    for path in paths {
        let _ = write!(s, "        .route({path:?}, MethodRouter::new()");
        for op in ops.iter().filter(|op| op.path == path) {
            let _ = write!(s, ".{}({})", op.method.to_ascii_lowercase(), op.id);
        }
        s.push_str(".fallback(method_not_allowed))\n");
    }
    s.push_str("}\n\n");
}

fn params_type(op: &Op, location: Location) -> String {
    match location {
        Location::Path => format!("{}Path", op.pascal()),
        Location::Query => format!("{}Query", op.pascal()),
    }
}

fn render_params(s: &mut String, op: &Op, location: Location) {
    if op.params_in(location).next().is_none() {
        return;
    }
    let what = match location {
        Location::Path => "Path",
        Location::Query => "Query",
    };
    let _ = write!(
        s,
        "{}#[derive(Debug, serde::Deserialize)]\npub(crate) struct {} {{\n",
        doc(&format!("{what} parameters of `{}`.", op.id)),
        params_type(op, location)
    );
    for param in op.params_in(location) {
        let ty = match param.ty {
            ParamType::String => "String",
            ParamType::Boolean => "bool",
            ParamType::Integer => "i64",
        };
        let ty = if param.required {
            ty.to_owned()
        } else {
            format!("Option<{ty}>")
        };
        let _ = writeln!(
            s,
            "{}pub(crate) {}: {ty},",
            doc(&param.description),
            param.name
        );
    }
    s.push_str("}\n\n");
}

/// The handler's arguments after `app`: path parameters, query parameters, body.
fn handler_args(op: &Op) -> String {
    let mut args = String::new();
    if op.params_in(Location::Path).next().is_some() {
        let _ = write!(args, ", path: {}", params_type(op, Location::Path));
    }
    if op.params_in(Location::Query).next().is_some() {
        let _ = write!(args, ", query: {}", params_type(op, Location::Query));
    }
    if let Some(body) = &op.body {
        let _ = write!(args, ", body: types::{body}");
    }
    args
}

fn render_glue(s: &mut String, op: &Op) {
    let has_path = op.params_in(Location::Path).next().is_some();
    let has_query = op.params_in(Location::Query).next().is_some();
    let mut extractors = String::from("State(app): State<App>");
    let mut pass = String::from("app");
    if has_path {
        let _ = write!(
            extractors,
            ", PathParams(path): PathParams<{}>",
            params_type(op, Location::Path)
        );
        pass.push_str(", path");
    }
    if has_query {
        extractors.push_str(", uri: axum::http::Uri");
        pass.push_str(", query");
    }
    let oauth2 = oauth2_errors(op);
    let mut decode_body = String::new();
    if let Some(body) = &op.body {
        let wrapper = if op.form { "FormBody" } else { "JsonBody" };
        if oauth2 {
            // Decoding errors, too, are answered in the OAuth 2.0 shape.
            let _ = write!(
                extractors,
                ", body: Result<{wrapper}<types::{body}>, ApiError>"
            );
            let _ = writeln!(
                decode_body,
                "let {wrapper}(body) = body.map_err(ApiError::into_oauth2)?;"
            );
        } else {
            let _ = write!(extractors, ", {wrapper}(body): {wrapper}<types::{body}>");
        }
        pass.push_str(", body");
    }
    let query = if has_query {
        "let query = decode_query(&uri)?;\n"
    } else {
        ""
    };
    let map_err = if oauth2 {
        ".map_err(ApiError::into_oauth2)"
    } else {
        ""
    };
    let _ = write!(
        s,
        "async fn {id}({extractors}) -> ApiResult<Reply<types::{response}>> {{\n{query}{decode_body}<Handlers as {group}Routes>::{id}({pass}).await.map(Reply){map_err}\n}}\n\n",
        id = op.id,
        response = op.response,
        group = pascal(op.group()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::tests::tiny_spec;

    #[test]
    fn one_trait_per_group_with_typed_parameters() {
        let spec = tiny_spec("", "Things: Things., Things.Parts: Parts of things.");
        let surface = crate::surface::read(&spec).unwrap_or_else(|e| panic!("{e}"));
        let text = render(&surface).unwrap_or_else(|e| panic!("{e}")).text;
        assert!(text.contains("pub(crate) trait ThingsRoutes"), "{text}");
        assert!(text.contains("pub(crate) struct ThingsGetPath"), "{text}");
        assert!(text.contains("pub(crate) deep: Option<bool>"), "{text}");
        assert!(text.contains("fn things_get(\n        app: App,\n        path: ThingsGetPath,\n        query: ThingsGetQuery,"), "{text}");
        assert!(
            text.contains("\"/v1/things\",\n            MethodRouter::new().post(things_create)"),
            "{text}"
        );
    }
}
