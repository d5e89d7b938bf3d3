//! The SDK surface read from the spec: every operation with where it lives in the SDK
//! (`x-stytch-sdk`), its parameters, body and response schemas, and the description of
//! every sub-client. The generators of the ergonomic crate, the operation table, the
//! emulator's routes and the test support all render from this one model.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, SchemaKind, Type};

/// One operation of the spec.
#[derive(Debug, Clone)]
pub(crate) struct Op {
    /// The spec's `operationId`, e.g. `organizations_members_update`.
    pub(crate) id: String,
    /// Upper-case HTTP method.
    pub(crate) method: String,
    /// Path template with `{param}` placeholders.
    pub(crate) path: String,
    pub(crate) summary: String,
    pub(crate) description: String,
    /// Path in Stytch's Go SDK, e.g. `["Organizations", "Members", "Update"]`.
    pub(crate) go_path: Vec<String>,
    /// The same path snake_cased; the last segment is the method name.
    pub(crate) rust_path: Vec<String>,
    pub(crate) params: Vec<Param>,
    /// Schema name of the JSON request body.
    pub(crate) body: Option<String>,
    /// Whether that body has no fields (`{}` is sent, and the SDK method takes none).
    pub(crate) body_empty: bool,
    /// Schema name of the success response.
    pub(crate) response: String,
    /// Whether the SDK offers a `_with_claims` twin decoding the session's custom claims.
    pub(crate) with_claims: bool,
    /// Whether sending the request twice has the effect of sending it once: every GET,
    /// and the operations the spec marks `idempotent: true`. Only these are retried
    /// after a `503`, when Stytch may or may not have acted.
    pub(crate) idempotent: bool,
    /// Whether a call may carry the member's session (`X-Stytch-Member-Session` or
    /// `X-Stytch-Member-SessionJWT`) so that the API enforces the member's permissions.
    pub(crate) member_authorization: bool,
    /// The API the operation is served by.
    pub(crate) base_url: BaseUrl,
    /// Whether the request carries the project's Basic credentials (`security: []` and
    /// `authentication: none` turn them off: the OAuth 2.0 endpoints take client
    /// credentials in the body instead).
    pub(crate) authenticated: bool,
    /// Whether the body travels form-encoded (`application/x-www-form-urlencoded`).
    pub(crate) form: bool,
    /// Schema name of the error body (Stytch's, or the OAuth 2.0 shape).
    pub(crate) error_body: String,
    /// For a cursor-paged search: the response's list of items.
    pub(crate) paginate: Option<Paginate>,
    /// Whether the response carries Stytch's `request_id`.
    pub(crate) request_id: RequestId,
}

/// Whether a response schema has `request_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RequestId {
    Required,
    Optional,
    Absent,
}

/// Which of Stytch's hosts serves an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BaseUrl {
    /// The API host of the project's environment.
    Api,
    /// The fraud and risk host (`telemetry.stytch.com`).
    Fraud,
}

/// How a search pages: a `cursor` in the body or the query asks for a page, and the
/// response's `next_cursor` (in `results_metadata`, or at its top level) names the next.
#[derive(Debug, Clone)]
pub(crate) struct Paginate {
    /// The response property holding the page's items.
    pub(crate) items: String,
    /// Whether the cursor is a query parameter (else a body field).
    pub(crate) cursor_in_query: bool,
    /// Where the response names the next page.
    pub(crate) next: NextCursor,
}

/// Where a page names its successor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NextCursor {
    /// `results_metadata.next_cursor` (optional).
    Metadata,
    /// A top-level `next_cursor`, required or optional.
    Top { required: bool },
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Location {
    Path,
    Query,
}

/// The JSON type of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamType {
    String,
    Boolean,
    Integer,
}

/// A value the SDK fills in for a parameter the caller did not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamDefault {
    /// The client's project id (`x-stytch-default: project_id`).
    ProjectId,
}

/// A path or query parameter.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    pub(crate) name: String,
    pub(crate) location: Location,
    pub(crate) required: bool,
    pub(crate) ty: ParamType,
    pub(crate) description: String,
    /// What the SDK's call starts with as the value (the setter overrides it).
    pub(crate) default: Option<ParamDefault>,
}

/// Every operation plus the descriptions of the sub-clients and product groups.
#[derive(Debug, Clone)]
pub(crate) struct Surface {
    /// In spec order (paths, then methods).
    pub(crate) ops: Vec<Op>,
    /// Go path of a sub-client (`Organizations.Members`) -> its description.
    pub(crate) clients: BTreeMap<String, String>,
    /// Tag (product group module name) -> its description.
    pub(crate) groups: BTreeMap<String, String>,
}

impl Op {
    /// `OrganizationsMembersUpdate`: progenitor's name for the operation's builder.
    pub(crate) fn pascal(&self) -> String {
        pascal(&self.id)
    }

    /// The product group (top-level module) the operation belongs to.
    pub(crate) fn group(&self) -> &str {
        &self.rust_path[0]
    }

    /// The method name in the SDK.
    pub(crate) fn method_name(&self) -> &str {
        self.rust_path.last().map_or("", String::as_str)
    }

    /// The snake_cased sub-client path the method hangs off.
    pub(crate) fn client_path(&self) -> &[String] {
        &self.rust_path[..self.rust_path.len() - 1]
    }

    /// How a user calls it: `organizations().members().update()`.
    pub(crate) fn sdk_call(&self) -> String {
        self.rust_path
            .iter()
            .map(|s| format!("{s}()"))
            .collect::<Vec<_>>()
            .join(".")
    }

    pub(crate) fn params_in(&self, location: Location) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(move |p| p.location == location)
    }
}

/// `organizations_members` -> `OrganizationsMembers`.
pub(crate) fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// A Go SDK name in snake case: words split at case changes, with a run of capitals
/// kept together as one acronym (`DeleteMFAPhoneNumber` -> `delete_mfa_phone_number`,
/// `GetJWKS` -> `get_jwks`), a plural acronym kept whole (`OTPs` -> `otps`), digits
/// inside a word (`M2M` -> `m2m`), and `OAuth` read as one word.
pub(crate) fn go_to_snake(name: &str) -> String {
    let name = name.replace("OAuth", "Oauth");
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        if chars[i].is_ascii_uppercase() {
            let mut run = i;
            while run < chars.len()
                && (chars[run].is_ascii_uppercase() || chars[run].is_ascii_digit())
            {
                run += 1;
            }
            if run - i > 1 {
                // An acronym. Its last capital starts the next word when a lower-case
                // letter follows (`MFAPhone` -> `MFA`, `Phone`), unless that letter is a
                // lone plural `s` (`OTPs`).
                let plural = run < chars.len()
                    && chars[run] == 's'
                    && chars.get(run + 1).is_none_or(|c| !c.is_ascii_lowercase());
                i = if plural {
                    run + 1
                } else if run < chars.len() && chars[run].is_ascii_lowercase() {
                    run - 1
                } else {
                    run
                };
            } else {
                i += 1;
                while i < chars.len()
                    && (chars[i].is_ascii_lowercase() || chars[i].is_ascii_digit())
                {
                    i += 1;
                }
            }
        } else {
            while i < chars.len() && !chars[i].is_ascii_uppercase() {
                i += 1;
            }
        }
        words.push(
            chars[start..i]
                .iter()
                .collect::<String>()
                .to_ascii_lowercase(),
        );
    }
    words.join("_")
}

/// `name` as a Rust identifier: a keyword (`Fraud.VerdictReasons.Override`) becomes a
/// raw identifier (`r#override`), which is how Rust spells such a name.
fn rust_ident(name: String) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
        "enum", "extern", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
        "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static",
        "struct", "trait", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where",
        "while", "yield",
    ];
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

const SDK_EXTENSION: &str = "x-stytch-sdk";
/// The parameter extension naming the value the SDK's call starts with.
const DEFAULT_EXTENSION: &str = "x-stytch-default";
/// The host of the operations marked `base_url: fraud`, which their `servers` name.
pub(crate) const FRAUD_HOST: &str = "https://telemetry.stytch.com";

pub(crate) fn read(spec: &OpenAPI) -> Result<Surface, String> {
    let mut problems = Vec::new();
    let mut ops = Vec::new();
    for (path, method, op) in spec.operations() {
        let id = op.operation_id.clone().unwrap_or_default();
        match read_op(spec, path, method, op) {
            Ok(op) => ops.push(op),
            Err(e) => problems.push(format!("{id}: {e}")),
        }
    }
    let clients = read_clients(spec).unwrap_or_else(|e| {
        problems.push(e);
        BTreeMap::new()
    });
    let groups: BTreeMap<String, String> = spec
        .tags
        .iter()
        .map(|t| (t.name.clone(), t.description.clone().unwrap_or_default()))
        .collect();
    for op in &ops {
        for depth in 1..op.go_path.len() {
            let client = op.go_path[..depth].join(".");
            if !clients.contains_key(&client) {
                problems.push(format!(
                    "{}: sub-client {client} has no description under {SDK_EXTENSION}.clients",
                    op.id
                ));
            }
        }
        if !groups.contains_key(op.group()) {
            problems.push(format!(
                "{}: product group `{}` has no tag describing it",
                op.id,
                op.group()
            ));
        }
    }
    check_no_clash(&ops, &mut problems);
    if problems.is_empty() {
        problems.dedup();
    }
    if problems.is_empty() {
        Ok(Surface {
            ops,
            clients,
            groups,
        })
    } else {
        problems.sort();
        problems.dedup();
        Err(format!(
            "the spec's SDK annotations are incomplete:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// Two operations on one Rust path, or a method named like a sub-client beside it,
/// would not compile; say which.
fn check_no_clash(ops: &[Op], problems: &mut Vec<String>) {
    let mut methods: BTreeMap<Vec<String>, &str> = BTreeMap::new();
    for op in ops {
        if let Some(other) = methods.insert(op.rust_path.clone(), &op.id) {
            problems.push(format!(
                "{} and {other} both map to {}",
                op.id,
                op.sdk_call()
            ));
        }
    }
    for op in ops {
        let as_client = op.rust_path.clone();
        if let Some(child) = ops.iter().find(|other| {
            other.rust_path.len() > as_client.len() && other.rust_path.starts_with(&as_client)
        }) {
            problems.push(format!(
                "{}: method {} clashes with the sub-client of {}",
                op.id,
                op.sdk_call(),
                child.id
            ));
        }
    }
}

fn read_clients(spec: &OpenAPI) -> Result<BTreeMap<String, String>, String> {
    let clients = spec
        .extensions
        .get(SDK_EXTENSION)
        .and_then(|v| v.get("clients"))
        .and_then(|v| v.as_object())
        .ok_or_else(|| format!("the document has no {SDK_EXTENSION}.clients map"))?;
    clients
        .iter()
        .map(|(path, doc)| match doc.as_str() {
            Some(doc) if !doc.trim().is_empty() => Ok((path.clone(), doc.trim().to_owned())),
            _ => Err(format!(
                "{SDK_EXTENSION}.clients.{path} needs a description"
            )),
        })
        .collect()
}

fn read_op(
    spec: &OpenAPI,
    path: &str,
    method: &str,
    op: &openapiv3::Operation,
) -> Result<Op, String> {
    let id = op.operation_id.clone().ok_or("missing operationId")?;
    let sdk = op
        .extensions
        .get(SDK_EXTENSION)
        .ok_or_else(|| format!("no {SDK_EXTENSION} annotation"))?;
    let go = sdk
        .get("client")
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("{SDK_EXTENSION}.client is missing"))?;
    let go_path: Vec<String> = go.split('.').map(str::to_owned).collect();
    if go_path.len() < 2 || go_path.iter().any(|s| s.is_empty()) {
        return Err(format!(
            "{SDK_EXTENSION}.client `{go}` is not a Group.Method path"
        ));
    }
    for key in sdk.as_object().map(|o| o.keys()).into_iter().flatten() {
        if ![
            "client",
            "with_claims",
            "idempotent",
            "member_authorization",
            "base_url",
            "authentication",
            "paginate",
        ]
        .contains(&key.as_str())
        {
            return Err(format!("unknown {SDK_EXTENSION} key `{key}`"));
        }
    }
    let with_claims = sdk
        .get("with_claims")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let marked_idempotent = sdk
        .get("idempotent")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if marked_idempotent && method == "get" {
        return Err("a GET is idempotent already; drop `idempotent: true`".into());
    }
    let member_authorization = sdk
        .get("member_authorization")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let base_url = match sdk.get("base_url").map(|v| v.as_str()) {
        None => BaseUrl::Api,
        Some(Some("fraud")) => BaseUrl::Fraud,
        Some(other) => {
            return Err(format!(
                "{SDK_EXTENSION}.base_url {other:?} is not `fraud` (the only other host)"
            ));
        }
    };
    let authenticated = match sdk.get("authentication").map(|v| v.as_str()) {
        None => true,
        Some(Some("none")) => false,
        Some(other) => {
            return Err(format!(
                "{SDK_EXTENSION}.authentication {other:?} is not `none`"
            ));
        }
    };
    let servers: Vec<&str> = op.servers.iter().map(|s| s.url.as_str()).collect();
    match (base_url, servers.as_slice()) {
        (BaseUrl::Api, []) => {}
        (BaseUrl::Fraud, [url]) if *url == FRAUD_HOST => {}
        (BaseUrl::Api, _) => {
            return Err(format!(
                "`servers` {servers:?} of its own without `{SDK_EXTENSION}.base_url: fraud`"
            ));
        }
        (BaseUrl::Fraud, _) => {
            return Err(format!(
                "`base_url: fraud` needs `servers: [{{url: {FRAUD_HOST}}}]`, not {servers:?}"
            ));
        }
    }
    let security_off = op.security.as_ref().is_some_and(|s| s.is_empty());
    if security_off == authenticated {
        return Err(
            "`security: []` and `authentication: none` go together (one says the request \
             carries no project credentials, the other makes the SDK send none)"
                .into(),
        );
    }
    let rust_path: Vec<String> = go_path.iter().map(|s| rust_ident(go_to_snake(s))).collect();
    let mut params = Vec::new();
    for param in &op.parameters {
        let param = match param {
            ReferenceOr::Item(p) => p,
            ReferenceOr::Reference { reference } => {
                return Err(format!("parameter {reference} is a reference; inline it"));
            }
        };
        params.push(read_param(param)?);
    }
    if with_claims && !params.is_empty() {
        return Err("a `with_claims` operation cannot take parameters".into());
    }
    // The first media type is the one the SDK sends (the generated client sees only it).
    let (body, form) = match &op.request_body {
        None => (None, false),
        Some(ReferenceOr::Item(body)) => {
            let (media, content) = body
                .content
                .first()
                .ok_or("the request body has no media type")?;
            let form = match media.as_str() {
                "application/json" => false,
                "application/x-www-form-urlencoded" => true,
                other => return Err(format!("request media type {other} is not generated")),
            };
            let name = content
                .schema
                .as_ref()
                .and_then(schema_name)
                .ok_or("the request body must be a $ref to a component schema")?;
            (Some(name), form)
        }
        Some(ReferenceOr::Reference { .. }) => {
            return Err("the request body must not be a $ref".into());
        }
    };
    let body_empty = body
        .as_deref()
        .and_then(|name| object_schema(spec, name))
        .is_some_and(|o| o.properties.is_empty());
    let error_body = error_body(spec, op)?;
    let paginate = match sdk.get("paginate") {
        None => None,
        Some(p) => Some(read_paginate(
            spec,
            p,
            &params,
            body.as_deref(),
            &response_name(op)?,
        )?),
    };
    let response = response_name(op)?;
    let request_id = response_request_id(spec, &response)?;
    let summary = op.summary.clone().unwrap_or_default();
    if summary.trim().is_empty() {
        return Err("summary is missing".into());
    }
    Ok(Op {
        id,
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: summary.trim().trim_end_matches('.').to_owned(),
        description: op.description.clone().unwrap_or_default().trim().to_owned(),
        go_path,
        rust_path,
        params,
        body,
        body_empty,
        response,
        with_claims,
        idempotent: method == "get" || marked_idempotent,
        member_authorization,
        base_url,
        authenticated,
        form,
        error_body,
        paginate,
        request_id,
    })
}

fn response_name(op: &openapiv3::Operation) -> Result<String, String> {
    op.responses
        .responses
        .get(&openapiv3::StatusCode::Code(200))
        .and_then(|r| match r {
            ReferenceOr::Item(r) => r.content.get("application/json"),
            ReferenceOr::Reference { .. } => None,
        })
        .and_then(|m| m.schema.as_ref())
        .and_then(schema_name)
        .ok_or_else(|| "the 200 response must be a JSON $ref to a component schema".to_owned())
}

/// The schema of the operation's 4XX body, through `#/components/responses/…`.
fn error_body(spec: &OpenAPI, op: &openapiv3::Operation) -> Result<String, String> {
    let response = op
        .responses
        .responses
        .get(&openapiv3::StatusCode::Range(4))
        .ok_or("no 4XX response")?;
    let response = match response {
        ReferenceOr::Item(item) => item,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|name| spec.components.as_ref()?.responses.get(name))
            .and_then(|r| r.as_item())
            .ok_or_else(|| format!("4XX response {reference} is not defined"))?,
    };
    response
        .content
        .get("application/json")
        .and_then(|m| m.schema.as_ref())
        .and_then(schema_name)
        .ok_or_else(|| "the 4XX response must be a JSON $ref to a component schema".to_owned())
}

/// A paged search needs a `cursor` in its body or query, the named list in its
/// response, and a `next_cursor` there (in `results_metadata` or at the top level).
fn read_paginate(
    spec: &OpenAPI,
    annotation: &serde_json::Value,
    params: &[Param],
    body: Option<&str>,
    response: &str,
) -> Result<Paginate, String> {
    let items = annotation
        .get("items")
        .and_then(|v| v.as_str())
        .ok_or("paginate needs `items`: the response's list")?
        .to_owned();
    let object = |name: &str| object_schema(spec, name).cloned().unwrap_or_default();
    let cursor_in_query = params
        .iter()
        .any(|p| p.name == "cursor" && p.location == Location::Query);
    let cursor_in_body = body.is_some_and(|b| object(b).properties.contains_key("cursor"));
    if !cursor_in_query && !cursor_in_body {
        return Err("paginate needs a `cursor` in the request body or query".into());
    }
    let response = object(response);
    if !response.properties.contains_key(&items) {
        return Err(format!("paginate needs `{items}` in the response"));
    }
    let next = if response.properties.contains_key("results_metadata") {
        NextCursor::Metadata
    } else if response.properties.contains_key("next_cursor") {
        NextCursor::Top {
            required: response.required.iter().any(|r| r == "next_cursor"),
        }
    } else {
        return Err("paginate needs `results_metadata` or `next_cursor` in the response".into());
    };
    Ok(Paginate {
        items,
        cursor_in_query,
        next,
    })
}

fn read_param(param: &Parameter) -> Result<Param, String> {
    let (location, data) = match param {
        Parameter::Path { parameter_data, .. } => (Location::Path, parameter_data),
        Parameter::Query { parameter_data, .. } => (Location::Query, parameter_data),
        Parameter::Header { parameter_data, .. } | Parameter::Cookie { parameter_data, .. } => {
            return Err(format!(
                "parameter {} is in a header or cookie, which the SDK does not generate yet",
                parameter_data.name
            ));
        }
    };
    let ty = match &data.format {
        ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => match &schema.schema_kind {
            SchemaKind::Type(Type::String(_)) => ParamType::String,
            SchemaKind::Type(Type::Boolean(_)) => ParamType::Boolean,
            SchemaKind::Type(Type::Integer(_)) => ParamType::Integer,
            _ => return Err(format!("parameter {} has an unsupported schema", data.name)),
        },
        _ => return Err(format!("parameter {} needs an inline schema", data.name)),
    };
    let description = data.description.clone().unwrap_or_default();
    if description.trim().is_empty() {
        return Err(format!("parameter {} has no description", data.name));
    }
    let default = match data.extensions.get(DEFAULT_EXTENSION) {
        None => None,
        Some(value) if value.as_str() == Some("project_id") => {
            if ty != ParamType::String {
                return Err(format!(
                    "parameter {}: {DEFAULT_EXTENSION} project_id needs a string parameter",
                    data.name
                ));
            }
            Some(ParamDefault::ProjectId)
        }
        Some(other) => {
            return Err(format!(
                "parameter {}: {DEFAULT_EXTENSION} {other} is not `project_id` (the only default)",
                data.name
            ));
        }
    };
    Ok(Param {
        name: data.name.clone(),
        location,
        required: data.required,
        ty,
        description: description.trim().to_owned(),
        default,
    })
}

fn schema_name(schema: &ReferenceOr<openapiv3::Schema>) -> Option<String> {
    match schema {
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .map(str::to_owned),
        ReferenceOr::Item(_) => None,
    }
}

/// Whether the response schema has Stytch's `request_id` (the OAuth 2.0 endpoints and a
/// few others answer without one), and whether it is required.
fn response_request_id(spec: &OpenAPI, name: &str) -> Result<RequestId, String> {
    let object = object_schema(spec, name)
        .ok_or_else(|| format!("response schema {name} must be an object component schema"))?;
    Ok(
        match (
            object.properties.contains_key("request_id"),
            object.required.iter().any(|r| r == "request_id"),
        ) {
            (false, _) => RequestId::Absent,
            (true, false) => RequestId::Optional,
            (true, true) => RequestId::Required,
        },
    )
}

/// The component schema `name`, when it is an inline object schema.
fn object_schema<'a>(spec: &'a OpenAPI, name: &str) -> Option<&'a openapiv3::ObjectType> {
    let schema = spec.components.as_ref()?.schemas.get(name)?.as_item()?;
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => Some(object),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn go_names_snake_case_predictably() {
        for (go, rust) in [
            ("Organizations", "organizations"),
            ("DeleteMFAPhoneNumber", "delete_mfa_phone_number"),
            ("GetJWKS", "get_jwks"),
            ("OTPs", "otps"),
            ("TOTPs", "totps"),
            ("OAuth", "oauth"),
            ("OAuthProviders", "oauth_providers"),
            ("SSO", "sso"),
            ("OIDC", "oidc"),
            ("OIDCProviders", "oidc_providers"),
            ("UpdateByURL", "update_by_url"),
            ("DeleteExternalID", "delete_external_id"),
            ("M2M", "m2m"),
            ("RotateStart", "rotate_start"),
            ("IntrospectTokenNetwork", "introspect_token_network"),
            ("ConnectedApp", "connected_app"),
            ("RBAC", "rbac"),
            ("Sms", "sms"),
        ] {
            assert_eq!(go_to_snake(go), rust, "{go}");
        }
    }

    /// A two-operation spec: `things_get` (path + query parameters) and `things_create`
    /// (body), with `extra` spliced into `things_get`'s annotation.
    pub(crate) fn tiny_spec(extra: &str, clients: &str) -> OpenAPI {
        let text = format!(
            "openapi: 3.0.3
info: {{title: t, version: '1'}}
tags: [{{name: things, description: Things.}}]
x-stytch-sdk:
  clients: {{{clients}}}
paths:
  /v1/things/{{thing_id}}:
    get:
      operationId: things_get
      x-stytch-sdk: {{client: Things.Parts.Get{extra}}}
      summary: Get a thing.
      parameters:
        - {{name: thing_id, in: path, required: true, description: The thing., schema: {{type: string}}}}
        - {{name: deep, in: query, required: false, description: Whether to look deep., schema: {{type: boolean}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/ThingResponse'}}}}}}}}
        4XX: {{$ref: '#/components/responses/StytchError'}}
  /v1/things:
    post:
      operationId: things_create
      x-stytch-sdk: {{client: Things.Create}}
      summary: Create a thing
      requestBody: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/ThingRequest'}}}}}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/ThingResponse'}}}}}}}}
        4XX: {{$ref: '#/components/responses/StytchError'}}
components:
  responses:
    StytchError: {{description: err, content: {{application/json: {{schema: {{$ref: '#/components/schemas/StytchErrorBody'}}}}}}}}
  schemas:
    StytchErrorBody: {{type: object, properties: {{error_type: {{type: string}}}}}}
    ThingRequest: {{type: object, properties: {{name: {{type: string}}}}}}
    ThingResponse: {{type: object, required: [request_id], properties: {{request_id: {{type: string}}}}}}
"
        );
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("tiny spec: {e}"))
    }

    const CLIENTS: &str = "Things: Things., Things.Parts: Parts of things.";

    /// `spec` with `things_get` served by the fraud host, as `base_url: fraud` needs.
    pub(crate) fn on_the_fraud_host(mut spec: OpenAPI) -> OpenAPI {
        if let Some(ReferenceOr::Item(item)) = spec.paths.paths.get_mut("/v1/things/{thing_id}")
            && let Some(get) = &mut item.get
        {
            get.servers = vec![openapiv3::Server {
                url: FRAUD_HOST.to_owned(),
                ..openapiv3::Server::default()
            }];
        }
        spec
    }

    /// `spec` with `extension` (`key: value` YAML) added to `things_get`'s `thing_id`.
    pub(crate) fn with_thing_id_extension(mut spec: OpenAPI, key: &str, value: &str) -> OpenAPI {
        if let Some(ReferenceOr::Item(item)) = spec.paths.paths.get_mut("/v1/things/{thing_id}")
            && let Some(get) = &mut item.get
            && let Some(ReferenceOr::Item(Parameter::Path { parameter_data, .. })) =
                get.parameters.first_mut()
        {
            let value = serde_yaml::from_str(value).unwrap_or_else(|e| panic!("{e}"));
            parameter_data.extensions.insert(key.to_owned(), value);
        }
        spec
    }

    #[test]
    fn reads_paths_parameters_and_bodies() {
        let surface = read(&tiny_spec("", CLIENTS)).unwrap_or_else(|e| panic!("{e}"));
        let get = &surface.ops[0];
        assert_eq!(get.sdk_call(), "things().parts().get()");
        assert_eq!(get.summary, "Get a thing");
        assert_eq!(get.params.len(), 2);
        assert_eq!(get.params[1].ty, ParamType::Boolean);
        assert_eq!(surface.ops[1].body.as_deref(), Some("ThingRequest"));
    }

    #[test]
    fn a_sub_client_without_a_description_is_refused() {
        let err = read(&tiny_spec("", "Things: Things."))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("sub-client Things.Parts has no description"),
            "{err}"
        );
    }

    #[test]
    fn claims_twins_of_operations_with_parameters_are_refused() {
        let err = read(&tiny_spec(", with_claims: true", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("things_get: a `with_claims` operation cannot take parameters"),
            "{err}"
        );
    }

    #[test]
    fn marking_a_get_idempotent_is_refused_as_redundant() {
        let err = read(&tiny_spec(", idempotent: true", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("things_get: a GET is idempotent already"),
            "{err}"
        );
    }

    #[test]
    fn unknown_annotation_keys_are_refused() {
        let err = read(&tiny_spec(", retries: 3", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(err.contains("unknown x-stytch-sdk key `retries`"), "{err}");
    }

    #[test]
    fn transport_annotations_are_read() {
        let surface = read(&on_the_fraud_host(tiny_spec(
            ", member_authorization: true, base_url: fraud",
            CLIENTS,
        )))
        .unwrap_or_else(|e| panic!("{e}"));
        let get = &surface.ops[0];
        assert!(get.member_authorization);
        assert_eq!(get.base_url, BaseUrl::Fraud);
        assert!(get.authenticated);
        assert_eq!(get.error_body, "StytchErrorBody");
        assert_eq!(get.request_id, RequestId::Required);
        assert!(!surface.ops[1].member_authorization);
        assert_eq!(surface.ops[1].base_url, BaseUrl::Api);
    }

    #[test]
    fn an_unknown_host_is_refused() {
        let err = read(&tiny_spec(", base_url: telemetry", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(err.contains("base_url Some(\"telemetry\")"), "{err}");
    }

    #[test]
    fn the_fraud_host_must_be_the_operations_server() {
        let err = read(&tiny_spec(", base_url: fraud", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("things_get: `base_url: fraud` needs `servers: [{url: https://telemetry.stytch.com}]`"),
            "{err}"
        );
        let err = read(&on_the_fraud_host(tiny_spec("", CLIENTS)))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("things_get: `servers` [\"https://telemetry.stytch.com\"] of its own"),
            "{err}"
        );
    }

    #[test]
    fn a_project_id_default_is_read_and_other_defaults_are_refused() {
        let spec =
            with_thing_id_extension(tiny_spec("", CLIENTS), "x-stytch-default", "project_id");
        let surface = read(&spec).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            surface.ops[0].params[0].default,
            Some(ParamDefault::ProjectId)
        );
        assert_eq!(surface.ops[0].params[1].default, None);
        let spec = with_thing_id_extension(
            tiny_spec("", CLIENTS),
            "x-stytch-default",
            "organization_id",
        );
        let err = read(&spec).err().unwrap_or_default();
        assert!(
            err.contains("things_get: parameter thing_id: x-stytch-default \"organization_id\" is not `project_id`"),
            "{err}"
        );
    }

    #[test]
    fn no_credentials_must_match_an_empty_security_list() {
        let err = read(&tiny_spec(", authentication: none", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("`security: []` and `authentication: none` go together"),
            "{err}"
        );
    }

    #[test]
    fn paging_needs_a_cursor_in_the_body() {
        let err = read(&tiny_spec(", paginate: {items: things}", CLIENTS))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("paginate needs a `cursor` in the request body or query"),
            "{err}"
        );
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(rust_ident("override".into()), "r#override");
        assert_eq!(rust_ident("rotate_start".into()), "rotate_start");
    }

    #[test]
    fn pascal_joins_snake_words() {
        assert_eq!(
            pascal("organizations_members_update"),
            "OrganizationsMembersUpdate"
        );
        assert_eq!(pascal("sso"), "Sso");
    }
}
