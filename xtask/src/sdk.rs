//! The ergonomic crate's per-operation layer, rendered from the [`Surface`]: one module
//! per product group with its sub-clients, one call type per operation (named
//! parameters, awaited to send), the `_with_claims` twins, the re-exports of the
//! group's request and response types, the `ApiResponse` impls and the operation table.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::codegen::Output;
use crate::render::{doc, rust_file};
use crate::surface::{
    BaseUrl, Location, NextCursor, Op, Param, ParamDefault, ParamType, RequestId, Surface, pascal,
};

/// Folder of the generated modules, relative to the workspace root.
pub(crate) const DIR: &str = "crates/stytch-b2b/src/generated";

const HEADER: &str = "// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by \
hand: change the spec (or xtask/src/sdk.rs) and regenerate.\n";

pub(crate) fn render(surface: &Surface) -> Result<Vec<Output>, String> {
    let mut by_group: BTreeMap<&str, Vec<&Op>> = BTreeMap::new();
    for op in &surface.ops {
        by_group.entry(op.group()).or_default().push(op);
    }
    let mut outputs = vec![Output {
        path: leak(format!("{DIR}/mod.rs")),
        text: rust_file(HEADER, &render_root(surface, &by_group))?,
    }];
    for (group, ops) in &by_group {
        outputs.push(Output {
            path: leak(format!("{DIR}/{group}.rs")),
            text: rust_file(HEADER, &render_group(surface, group, ops))?,
        });
    }
    Ok(outputs)
}

/// The crate README (also the crate's front-page docs), whose API tree is generated.
pub(crate) const README: &str = "crates/stytch-b2b/README.md";
const TREE_START: &str = "<!-- generated API tree: start (cargo xtask codegen) -->";
const TREE_END: &str = "<!-- generated API tree: end -->";

/// `readme` with the text between its tree markers replaced by the API tree.
pub(crate) fn render_readme(surface: &Surface, readme: &str) -> Result<Output, String> {
    let (Some(start), Some(end)) = (readme.find(TREE_START), readme.find(TREE_END)) else {
        return Err(format!(
            "{README} lacks the markers {TREE_START:?} and {TREE_END:?}"
        ));
    };
    let before = &readme[..start + TREE_START.len()];
    let after = &readme[end..];
    Ok(Output {
        path: README,
        text: format!("{before}\n\n```text\n{}```\n\n{after}", api_tree(surface)),
    })
}

/// Every call of the SDK, grouped by sub-client: `.method(body)` then its named
/// parameters, optional ones in brackets.
fn api_tree(surface: &Surface) -> String {
    let mut by_client: BTreeMap<&[String], Vec<&Op>> = BTreeMap::new();
    for op in &surface.ops {
        by_client.entry(op.client_path()).or_default().push(op);
    }
    let mut tree = String::new();
    for (client, mut ops) in by_client {
        ops.sort_by(|a, b| a.method_name().cmp(b.method_name()));
        let _ = writeln!(
            tree,
            "client.{}",
            client
                .iter()
                .map(|c| format!("{c}()"))
                .collect::<Vec<_>>()
                .join(".")
        );
        for op in ops {
            let arg = if op.body.is_some() && !op.body_empty {
                "body"
            } else {
                ""
            };
            let mut line = format!("    .{}({arg})", op.method_name());
            for param in &op.params {
                if param.required && param.default.is_none() {
                    let _ = write!(line, ".{}(..)", param.name);
                } else {
                    let _ = write!(line, " [.{}(..)]", param.name);
                }
            }
            if op.member_authorization {
                line.push_str(" [member]");
            }
            if op.paginate.is_some() {
                line.push_str(" [.pages(n)]");
            }
            if op.with_claims {
                let _ = write!(
                    line,
                    "   or .{}_with_claims::<T, _>(body)",
                    op.method_name()
                );
            }
            tree.push_str(&line);
            tree.push('\n');
        }
    }
    tree
}

/// Output paths live as long as the process; there are a few dozen.
fn leak(path: String) -> &'static str {
    Box::leak(path.into_boxed_str())
}

/// Type name of the sub-client at `path` (`["organizations", "members"]` ->
/// `OrganizationsMembers`).
fn client_type(path: &[String]) -> String {
    pascal(&path.join("_"))
}

fn call_type(op: &Op) -> String {
    format!("{}Call", op.pascal())
}

fn const_name(op: &Op) -> String {
    op.id.to_ascii_uppercase()
}

fn go_name(path: &[String]) -> String {
    path.join(".")
}

fn render_root(surface: &Surface, by_group: &BTreeMap<&str, Vec<&Op>>) -> String {
    let mut s = String::new();
    s.push_str(
        "//! The per-operation surface: product-group modules, the client's entry points, the\n",
    );
    s.push_str("//! operation table and what the crate reads from every response type.\n\n");
    for group in by_group.keys() {
        let _ = writeln!(s, "pub mod {group};");
    }
    s.push_str("\nuse crate::Client;\nuse crate::call::Operation;\nuse crate::response::{ApiResponse, MemberSessionResponse};\nuse stytch_b2b_api::types;\n\n");

    s.push_str("impl Client {\n");
    for (group, ops) in by_group {
        let go = &ops[0].go_path[..1];
        let ty = client_type(&ops[0].rust_path[..1]);
        let _ = write!(
            s,
            "{}pub fn {group}(&self) -> {group}::{ty}<'_> {{ {group}::{ty} {{ client: self }} }}\n\n",
            doc(&surface.clients[&go_name(go)])
        );
    }
    s.push_str("}\n\n");

    s.push_str("/// Every operation of the API, in the order of the spec.\n");
    s.push_str("pub const OPERATIONS: &[Operation] = &[\n");
    for op in &surface.ops {
        let _ = writeln!(s, "    {}::{},", op.group(), const_name(op));
    }
    s.push_str("];\n\n");

    let responses: BTreeMap<&str, RequestId> = surface
        .ops
        .iter()
        .map(|op| (op.response.as_str(), op.request_id))
        .collect();
    for (response, request_id) in &responses {
        let read = match request_id {
            RequestId::Required => "Some(&self.request_id)",
            RequestId::Optional => "self.request_id.as_deref()",
            RequestId::Absent => "None",
        };
        let _ = writeln!(
            s,
            "impl ApiResponse for types::{response} {{ fn request_id(&self) -> Option<&str> {{ {read} }} }}"
        );
    }
    let paged: BTreeMap<&str, NextCursor> = surface
        .ops
        .iter()
        .filter_map(|op| Some((op.response.as_str(), op.paginate.as_ref()?.next)))
        .collect();
    for (response, next) in &paged {
        let read = match next {
            NextCursor::Metadata => "self.results_metadata.next_cursor.as_deref()",
            NextCursor::Top { required: true } => "Some(self.next_cursor.as_str())",
            NextCursor::Top { required: false } => "self.next_cursor.as_deref()",
        };
        let _ = writeln!(
            s,
            "impl crate::pagination::Paged for types::{response} {{ fn next_cursor(&self) -> Option<&str> {{ {read} }} }}"
        );
    }
    let sessions: BTreeSet<&str> = surface
        .ops
        .iter()
        .filter(|op| op.with_claims)
        .map(|op| op.response.as_str())
        .collect();
    for response in &sessions {
        let _ = writeln!(
            s,
            "impl MemberSessionResponse for types::{response} {{ fn member_session(&self) -> Option<&types::MemberSession> {{ self.member_session.as_ref() }} }}"
        );
    }
    s
}

fn render_group(surface: &Surface, group: &str, ops: &[&Op]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", doc(&surface.groups[group]).replace("///", "//!"));

    let mut types: BTreeSet<&str> = BTreeSet::new();
    for op in ops {
        types.insert(&op.response);
        if let Some(body) = &op.body {
            types.insert(body);
        }
    }
    let _ = writeln!(
        s,
        "pub use stytch_b2b_api::types::{{{}}};\n",
        types.iter().copied().collect::<Vec<_>>().join(", ")
    );

    // Every sub-client of the group, with its child sub-clients and its operations.
    let mut nodes: BTreeMap<Vec<String>, Node<'_>> = BTreeMap::new();
    for op in ops {
        let path = op.client_path().to_vec();
        for depth in 1..=path.len() {
            let node = nodes.entry(path[..depth].to_vec()).or_default();
            if depth < path.len() {
                node.children.insert(path[..=depth].to_vec());
            }
        }
        nodes.entry(path).or_default().ops.push(op);
    }
    for (path, node) in &nodes {
        render_client(&mut s, surface, ops, path, &node.children, &node.ops);
    }
    for op in ops {
        render_call(&mut s, op);
    }
    s
}

/// A sub-client: the paths of its child sub-clients and its own operations.
#[derive(Default)]
struct Node<'a> {
    children: BTreeSet<Vec<String>>,
    ops: Vec<&'a Op>,
}

fn render_client(
    s: &mut String,
    surface: &Surface,
    ops: &[&Op],
    path: &[String],
    children: &BTreeSet<Vec<String>>,
    node_ops: &[&Op],
) {
    let ty = client_type(path);
    let go = go_path_of(ops, path);
    let _ = write!(
        s,
        "{}#[derive(Debug, Clone, Copy)]\npub struct {ty}<'a> {{ pub(crate) client: &'a crate::Client }}\n\n",
        doc(&format!(
            "{}\n\nReached with `client.{}`.",
            surface.clients[&go],
            path.iter()
                .map(|p| format!("{p}()"))
                .collect::<Vec<_>>()
                .join(".")
        ))
    );
    let _ = writeln!(s, "impl<'a> {ty}<'a> {{");
    for child in children {
        let name = child.last().map_or("", String::as_str);
        let child_ty = client_type(child);
        let _ = write!(
            s,
            "{}pub fn {name}(&self) -> {child_ty}<'a> {{ {child_ty} {{ client: self.client }} }}\n\n",
            doc(&surface.clients[&go_path_of(ops, child)])
        );
    }
    let mut node_ops = node_ops.to_vec();
    node_ops.sort_by(|a, b| a.method_name().cmp(b.method_name()));
    for op in node_ops {
        render_method(s, op);
    }
    s.push_str("}\n\n");
}

/// The Go path of the sub-client at the Rust `path` (the Go names are kept by the ops).
fn go_path_of(ops: &[&Op], path: &[String]) -> String {
    ops.iter()
        .find(|op| op.rust_path.starts_with(path))
        .map(|op| go_name(&op.go_path[..path.len()]))
        .unwrap_or_default()
}

fn method_doc(op: &Op) -> String {
    let mut text = format!("{}.\n\n", op.summary);
    if !op.description.is_empty() {
        let _ = write!(text, "{}\n\n", op.description);
    }
    let _ = write!(text, "`{} {}` (`{}`).", op.method, op.path, op.id);
    if op.base_url == BaseUrl::Fraud {
        text.push_str(
            " Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)).",
        );
    }
    if op.form {
        text.push_str(" The body travels form-encoded.");
    }
    if !op.authenticated {
        text.push_str(" No project credentials are sent: the body carries the client's own.");
    }
    if op.error_body != "StytchErrorBody" {
        text.push_str(
            " Errors arrive in the OAuth 2.0 shape (`error`, `error_description`, `error_uri`) \
             and map onto [`Error::Api`](crate::Error::Api) like every other: `error` is the \
             error type.",
        );
    }
    if op.member_authorization {
        text.push_str(
            " To act for a member, whose roles the API then checks, set \
             `member_session_token` or `member_session_jwt` on the call.",
        );
    }
    if op.paginate.is_some() {
        text.push_str(" `pages(max_pages)` on the call follows every page.");
    }
    let params: Vec<String> = op
        .params
        .iter()
        .map(|p| {
            format!(
                "[`{name}`]({call}::{name}){req}",
                name = p.name,
                call = call_type(op),
                req = match (p.default, p.required) {
                    (Some(default), _) => format!(" (default: {})", default_text(default)),
                    (None, true) => " (required)".to_owned(),
                    (None, false) => String::new(),
                }
            )
        })
        .collect();
    if !params.is_empty() {
        let _ = write!(
            text,
            " Set {} on the returned call, then `.await` it.",
            params.join(", ")
        );
    } else {
        text.push_str(" `.await` the returned call to send it.");
    }
    text.push_str("\n\n# Errors\n\n");
    let mut refused = Vec::new();
    if op.body.is_some() && !op.body_empty {
        refused.push("a required field is missing");
    }
    let must_set = |p: &&Param| p.required && p.default.is_none();
    if op.params_in(Location::Path).any(|p| must_set(&p)) {
        refused.push("a path parameter is missing or empty");
    } else if op.params_in(Location::Path).next().is_some() {
        refused.push("a path parameter is empty");
    } else if op.params.iter().any(|p| must_set(&p)) {
        refused.push("a required parameter is missing");
    }
    if refused.is_empty() {
        text.push_str("Any [`Error`](crate::Error) of the call.");
    } else {
        let _ = write!(
            text,
            "[`Error::InvalidRequest`](crate::Error::InvalidRequest) when {} (nothing is sent); \
             otherwise any [`Error`](crate::Error) of the call.",
            refused.join(" or ")
        );
    }
    text
}

/// How the docs name the value a parameter defaults to.
fn default_text(default: ParamDefault) -> &'static str {
    match default {
        ParamDefault::ProjectId => "[the client's project id](crate::Client::project_id)",
    }
}

/// The setter calls that give a new call its parameters' defaults (the caller's
/// setters, applied later, override them).
fn defaults(op: &Op) -> String {
    op.params
        .iter()
        .filter_map(|p| {
            let value = match p.default? {
                ParamDefault::ProjectId => "self.client.project_id()",
            };
            Some(format!(".{}({value})", p.name))
        })
        .collect()
}

/// The field of the client's `Inner` holding the low-level client for `op`'s host.
fn api_field(op: &Op) -> &'static str {
    match op.base_url {
        BaseUrl::Api => "api",
        BaseUrl::Fraud => "fraud_api",
    }
}

/// The fields of a call value besides its request, as a struct literal tail.
fn call_state(op: &Op) -> &'static str {
    if op.member_authorization {
        "path_params: crate::call::PathParams::default(), member: crate::call::MemberAuthorization::default()"
    } else {
        "path_params: crate::call::PathParams::default()"
    }
}

fn render_method(s: &mut String, op: &Op) {
    let call = call_type(op);
    let name = op.method_name();
    let id = &op.id;
    let api = api_field(op);
    let state = call_state(op);
    let defaults = defaults(op);
    match &op.body {
        Some(body) if op.body_empty => {
            let _ = write!(
                s,
                "{}pub fn {name}(&self) -> {call}<'a> {{ {call} {{ client: self.client, request: self.client.inner.{api}.{id}().body(stytch_b2b_api::types::{body}::default()), {state} }}{defaults} }}\n\n",
                doc(&method_doc(op))
            );
        }
        Some(body) => {
            let _ = write!(
                s,
                "{}pub fn {name}<B>(&self, body: B) -> {call}<'a>\nwhere B: TryInto<{body}>, B::Error: std::fmt::Display,\n{{ {call} {{ client: self.client, request: self.client.inner.{api}.{id}().body(body), {state} }}{defaults} }}\n\n",
                doc(&method_doc(op))
            );
        }
        None => {
            let _ = write!(
                s,
                "{}pub fn {name}(&self) -> {call}<'a> {{ {call} {{ client: self.client, request: self.client.inner.{api}.{id}(), {state} }}{defaults} }}\n\n",
                doc(&method_doc(op))
            );
        }
    }
    if op.with_claims {
        let body = op.body.as_deref().unwrap_or_default();
        let _ = write!(
            s,
            "{}pub fn {name}_with_claims<T, B>(&self, body: B) -> crate::claims::WithClaimsCall<{call}<'a>, T>\nwhere T: serde::de::DeserializeOwned, B: TryInto<{body}>, B::Error: std::fmt::Display,\n{{ crate::claims::WithClaimsCall::new(self.{name}(body)) }}\n\n",
            doc(&format!(
                "Like [`Self::{name}`], with the session's custom claims decoded as `T` (a struct \
                 or a map). The claims are `None` while MFA is pending.\n\n# Errors\n\nAs \
                 [`Self::{name}`], and [`Error::Claims`](crate::Error::Claims) naming the claim \
                 that does not decode into `T`."
            ))
        );
    }
}

fn render_call(s: &mut String, op: &Op) {
    let call = call_type(op);
    let builder = op.pascal();
    let client_ty = client_type(op.client_path());
    let name = op.method_name();
    // rustdoc links name a keyword method without its `r#`.
    let link = name.trim_start_matches("r#");
    let _ = write!(
        s,
        "{}pub(crate) const {}: crate::call::Operation = crate::call::Operation {{ id: {:?}, method: {:?}, path: {:?}, sdk_call: {:?}, idempotent: {} }};\n\n",
        doc(&format!("The `{}` operation.", op.id)),
        const_name(op),
        op.id,
        op.method,
        op.path,
        op.sdk_call(),
        op.idempotent
    );
    let _ = write!(
        s,
        "{}#[derive(Debug, Clone)]\n#[must_use = \"a call is sent only when it is awaited\"]\npub struct {call}<'a> {{\n    client: &'a crate::Client,\n    request: stytch_b2b_api::builder::{builder}<'a>,\n    path_params: crate::call::PathParams,\n{}}}\n\n",
        doc(&format!(
            "A `{}` call, made by [`{client_ty}::{name}`]({client_ty}::{link}): {}",
            op.id,
            if op.params.is_empty() && !op.member_authorization {
                "`.await` it to send it."
            } else {
                "set its parameters, then `.await` it."
            }
        )),
        if op.member_authorization {
            "    member: crate::call::MemberAuthorization,\n"
        } else {
            ""
        }
    );
    if !op.params.is_empty() || op.member_authorization || op.paginate.is_some() {
        let _ = writeln!(s, "impl<'a> {call}<'a> {{");
        for param in &op.params {
            let (arg, value) = match param.ty {
                ParamType::String => ("impl Into<String>", "value.into()"),
                ParamType::Boolean => ("bool", "value"),
                ParamType::Integer => ("i64", "value"),
            };
            let where_ = match param.location {
                Location::Path => "Path parameter",
                Location::Query => "Query parameter",
            };
            let required = if param.required && param.default.is_none() {
                ", required"
            } else {
                ""
            };
            let default = param.default.map_or_else(String::new, |default| {
                format!(" Unless set, the call sends {}.", default_text(default))
            });
            let pname = &param.name;
            let set = match param.location {
                Location::Path => format!(
                    "let value = self.path_params.check({pname:?}, {value});\n self.request = self.request.{pname}(value);"
                ),
                Location::Query => format!("self.request = self.request.{pname}({value});"),
            };
            let _ = write!(
                s,
                "{}pub fn {pname}(mut self, value: {arg}) -> Self {{ {set} self }}\n\n",
                doc(&format!(
                    "{} ({where_}{required}).{default}",
                    param.description.trim_end_matches('.')
                ))
            );
        }
        if op.member_authorization {
            render_member_setters(s);
        }
        if let Some(paginate) = &op.paginate {
            render_pages(s, op, paginate);
        }
        s.push_str("}\n\n");
    }
    let response = &op.response;
    let (fields, member) = if op.member_authorization {
        ("client, request, path_params, member", "member")
    } else {
        (
            "client, request, path_params",
            "crate::call::MemberAuthorization::default()",
        )
    };
    let _ = write!(
        s,
        "impl<'a> ::std::future::IntoFuture for {call}<'a> {{\n    type Output = Result<{response}, crate::Error>;\n    type IntoFuture = crate::call::CallFuture<'a, {response}>;\n    fn into_future(self) -> Self::IntoFuture {{\n        let Self {{ {fields} }} = self;\n        client.send(&{}, path_params, {member}, move || request.clone().send())\n    }}\n}}\n\n",
        const_name(op)
    );
}

/// Setters for the member's session on an operation the API authorizes per member.
fn render_member_setters(s: &mut String) {
    let _ = write!(
        s,
        "{}pub fn member_session_token(mut self, token: impl Into<crate::SecretString>) -> Self {{ self.member.session_token = Some(token.into()); self }}\n\n",
        doc(
            "Acts for the member holding this session token: the API then allows the call only \
             if the member's roles grant it (sent as `X-Stytch-Member-Session`; an empty token \
             sends nothing)."
        )
    );
    let _ = write!(
        s,
        "{}pub fn member_session_jwt(mut self, jwt: impl Into<crate::SecretString>) -> Self {{ self.member.session_jwt = Some(jwt.into()); self }}\n\n",
        doc(
            "Acts for the member holding this session JWT: the API then allows the call only if \
             the member's roles grant it (sent as `X-Stytch-Member-SessionJWT`; an empty JWT \
             sends nothing)."
        )
    );
}

/// `pages(max_pages)`: the search's pages as a stream, following `next_cursor`.
fn render_pages(s: &mut String, op: &Op, paginate: &crate::surface::Paginate) {
    let call = call_type(op);
    let response = &op.response;
    let items = &paginate.items;
    let next_page = if paginate.cursor_in_query {
        "call.cursor(cursor)".to_owned()
    } else {
        format!(
            "{call} {{ request: call.request.body_map(move |body| body.cursor(cursor)), ..call }}"
        )
    };
    let named_in = match paginate.next {
        NextCursor::Metadata => "`results_metadata.next_cursor`",
        NextCursor::Top { .. } => "`next_cursor`",
    };
    let _ = write!(
        s,
        "{}pub fn pages(self, max_pages: usize) -> crate::pagination::PageStream<'a, {response}> {{\n    crate::pagination::pages(self, max_pages, |call: Self, cursor: String| {next_page})\n}}\n\n",
        doc(&format!(
            "Every page of the search, in order, as a stream: the first as this call asks \
             for it, each next one with the `cursor` its predecessor named in {named_in}, \
             until a page names none or `max_pages` pages were fetched. Each page's items \
             are in its `{items}`; a failed page ends the stream after yielding its \
             error.\n\n\
             ```no_run\n\
             # async fn run(call: stytch_b2b::{group}::{call}<'_>) -> Result<(), stytch_b2b::Error> {{\n\
             use futures_util::TryStreamExt as _;\n\
             let mut pages = call.pages(10);\n\
             while let Some(page) = pages.try_next().await? {{\n\
             \x20   println!(\"{{}} {items}\", page.{items}.len());\n\
             }}\n\
             # Ok(())\n\
             # }}\n\
             ```",
            group = op.group(),
        ))
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::tests::{on_the_fraud_host, tiny_spec, with_thing_id_extension};

    const CLIENTS: &str = "Things: Things., Things.Parts: Parts of things.";

    fn rendered() -> Vec<Output> {
        rendered_from(&tiny_spec("", CLIENTS))
    }

    fn rendered_from(spec: &openapiv3::OpenAPI) -> Vec<Output> {
        let surface = crate::surface::read(spec).unwrap_or_else(|e| panic!("{e}"));
        render(&surface).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn one_module_per_group_with_named_parameter_setters() {
        let outputs = rendered();
        let paths: Vec<&str> = outputs.iter().map(|o| o.path).collect();
        assert_eq!(paths, [format!("{DIR}/mod.rs"), format!("{DIR}/things.rs")]);
        let group = &outputs[1].text;
        assert!(group.contains("pub struct ThingsParts<'a>"), "{group}");
        assert!(
            group.contains("pub fn get(&self) -> ThingsGetCall<'a>"),
            "{group}"
        );
        assert!(
            group.contains("pub fn thing_id(mut self, value: impl Into<String>) -> Self"),
            "{group}"
        );
        assert!(
            group.contains("self.path_params.check(\"thing_id\", value.into())"),
            "{group}"
        );
        assert!(
            group.contains("pub fn deep(mut self, value: bool) -> Self"),
            "{group}"
        );
        assert!(
            group.contains("pub fn create<B>(&self, body: B) -> ThingsCreateCall<'a>"),
            "{group}"
        );
        assert!(
            group.contains("sdk_call: \"things().parts().get()\",\n    idempotent: true,"),
            "{group}"
        );
        assert!(
            group.contains("sdk_call: \"things().create()\",\n    idempotent: false,"),
            "{group}"
        );
        assert!(!group.contains("member_session_token"), "{group}");
        assert!(
            group.contains("self.client.inner.api.things_get()"),
            "{group}"
        );
        let root = &outputs[0].text;
        assert!(
            root.contains("impl ApiResponse for types::ThingResponse"),
            "{root}"
        );
        assert!(root.contains("things::THINGS_GET"), "{root}");
    }

    #[test]
    fn member_authorization_and_the_fraud_host_shape_the_call() {
        let outputs = rendered_from(&on_the_fraud_host(tiny_spec(
            ", member_authorization: true, base_url: fraud",
            CLIENTS,
        )));
        let group = &outputs[1].text;
        assert!(
            group.contains("self.client.inner.fraud_api.things_get()"),
            "{group}"
        );
        assert!(group.contains("pub fn member_session_token("), "{group}");
        assert!(group.contains("pub fn member_session_jwt("), "{group}");
        assert!(
            group.contains("client.send(&THINGS_GET, path_params, member,"),
            "{group}"
        );
        // The other operation is not marked: no setters, and no member is sent.
        let create = &group[group.find("pub struct ThingsCreateCall").unwrap_or(0)..];
        assert!(!create.contains("member_session"), "{create}");
        assert!(
            create.contains("crate::call::MemberAuthorization::default()"),
            "{create}"
        );
    }

    #[test]
    fn a_project_id_default_starts_the_call_and_its_setter_overrides_it() {
        let spec =
            with_thing_id_extension(tiny_spec("", CLIENTS), "x-stytch-default", "project_id");
        let outputs = rendered_from(&spec);
        let group = &outputs[1].text;
        let get = &group[group.find("pub fn get(&self)").unwrap_or(0)..];
        let get = &get[..get.find("\n    }\n").unwrap_or(get.len())];
        assert!(get.contains(".thing_id(self.client.project_id())"), "{get}");
        assert!(
            group.contains("pub fn thing_id(mut self, value: impl Into<String>) -> Self"),
            "{group}"
        );
        assert!(
            group.contains(
                "Unless set, the call sends [the client's project id](crate::Client::project_id)."
            ),
            "{group}"
        );
        let surface = crate::surface::read(&spec).unwrap_or_else(|e| panic!("{e}"));
        let tree = api_tree(&surface);
        assert!(
            tree.contains("    .get() [.thing_id(..)] [.deep(..)]\n"),
            "{tree}"
        );
        // Without the extension the parameter is the caller's to set.
        let tree = api_tree(
            &crate::surface::read(&tiny_spec("", CLIENTS)).unwrap_or_else(|e| panic!("{e}")),
        );
        assert!(
            tree.contains("    .get().thing_id(..) [.deep(..)]\n"),
            "{tree}"
        );
    }
}
