//! Every response fixture (`fixtures/responses/<operation_id>.json`) populates every
//! property of its operation's 200-response schema in `openapi/b2b.yaml`, recursively
//! through `$ref` and `allOf`: no property is missing or null, every array holds at
//! least one element, every free-form map at least one key, and every string is
//! non-empty. Decoding tests then exercise every field the API documents; a field the
//! spec gains without a fixture value fails here, naming operation and JSON path.
//!
//! The files are read from disk (not through the generated `fixtures` table), so an
//! operation whose fixture is missing is reported here as well.

use std::collections::BTreeSet;

use serde_json::Value as Json;
use serde_yaml::Value as Yaml;
use stytch_b2b_tests::spec::{self, SPEC_PATH};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// Where the fixtures live, from this crate's directory.
const FIXTURES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/responses");

/// How many `$ref`s or nested schemas the walk follows before it calls the schema
/// recursive (a schema that requires itself cannot be populated finitely).
const MAX_DEPTH: usize = 64;

/// The parsed spec and the schema walk over it.
#[derive(Debug)]
struct Spec {
    doc: Yaml,
}

impl Spec {
    fn load() -> Result<Self, String> {
        let text = std::fs::read_to_string(SPEC_PATH)
            .map_err(|e| format!("cannot read {SPEC_PATH}: {e}"))?;
        let doc = serde_yaml::from_str(&text).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
        Ok(Self { doc })
    }

    /// The `application/json` schema of the 200 response of `operation`.
    fn response_schema(&self, operation: &spec::SpecOperation) -> Result<&Yaml, String> {
        self.doc
            .get("paths")
            .and_then(|paths| paths.get(operation.path.as_str()))
            .and_then(|item| item.get(operation.method.to_lowercase().as_str()))
            .and_then(|op| op.get("responses"))
            .and_then(|responses| responses.get("200"))
            .and_then(|ok| ok.get("content"))
            .and_then(|content| content.get("application/json"))
            .and_then(|json| json.get("schema"))
            .ok_or_else(|| {
                format!(
                    "{} {} has no application/json schema for its 200 response",
                    operation.method, operation.path
                )
            })
    }

    /// The target of a local `$ref` (`#/components/schemas/Name`).
    fn target(&self, reference: &str) -> Result<&Yaml, String> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .ok_or_else(|| format!("unsupported $ref {reference}"))?;
        self.doc
            .get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(|s| s.get(name))
            .ok_or_else(|| format!("$ref to an undefined schema {reference}"))
    }

    /// The schemas `schema` stands for once its `$ref` and `allOf` are followed: a
    /// value satisfies `schema` when it satisfies each of them.
    fn flatten<'a>(
        &'a self,
        schema: &'a Yaml,
        depth: usize,
        out: &mut Vec<&'a Yaml>,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err("$ref / allOf nesting too deep (recursive schema?)".to_owned());
        }
        if let Some(reference) = schema.get("$ref").and_then(Yaml::as_str) {
            self.flatten(self.target(reference)?, depth + 1, out)?;
        }
        if let Some(parts) = schema.get("allOf").and_then(Yaml::as_sequence) {
            for part in parts {
                self.flatten(part, depth + 1, out)?;
            }
        }
        out.push(schema);
        Ok(())
    }

    /// Appends to `problems` every way `value`, at JSON path `path`, falls short of
    /// populating `schema`.
    fn check(
        &self,
        schema: &Yaml,
        value: &Json,
        path: &str,
        depth: usize,
        problems: &mut Vec<String>,
    ) {
        if value.is_null() {
            problems.push(format!("{path}: null"));
            return;
        }
        if depth > MAX_DEPTH {
            problems.push(format!("{path}: nested too deep (recursive schema?)"));
            return;
        }
        let mut parts = Vec::new();
        if let Err(e) = self.flatten(schema, 0, &mut parts) {
            problems.push(format!("{path}: {e}"));
            return;
        }
        for part in parts {
            self.check_part(part, value, path, depth, problems);
        }
    }

    /// [`Spec::check`] against one schema without `$ref` or `allOf` of its own.
    fn check_part(
        &self,
        schema: &Yaml,
        value: &Json,
        path: &str,
        depth: usize,
        problems: &mut Vec<String>,
    ) {
        let properties = schema.get("properties").and_then(Yaml::as_mapping);
        let additional = schema.get("additionalProperties");
        let kind = schema.get("type").and_then(Yaml::as_str);
        if properties.is_some() || additional.is_some() || kind == Some("object") {
            let Some(object) = value.as_object() else {
                problems.push(format!("{path}: not an object"));
                return;
            };
            if let Some(properties) = properties {
                for (name, property) in properties {
                    let Some(name) = name.as_str() else {
                        problems.push(format!("{path}: a property name is not a string"));
                        continue;
                    };
                    // A second spelling of another property (`x-alias-of`) travels
                    // instead of it, never beside it.
                    if property.get("x-alias-of").is_some() {
                        continue;
                    }
                    let sub = child(path, name);
                    match object.get(name) {
                        None => problems.push(format!("{sub}: missing")),
                        Some(v) => self.check(property, v, &sub, depth + 1, problems),
                    }
                }
            } else if object.is_empty() {
                problems.push(format!("{path}: empty map"));
            }
            if let Some(entry) = additional.filter(|a| a.is_mapping()) {
                for (key, v) in object {
                    let declared = properties.is_some_and(|p| p.contains_key(key.as_str()));
                    if !declared {
                        self.check(entry, v, &entry_path(path, key), depth + 1, problems);
                    }
                }
            }
            return;
        }
        match kind {
            Some("array") => {
                let Some(items) = value.as_array() else {
                    problems.push(format!("{path}: not an array"));
                    return;
                };
                if items.is_empty() {
                    problems.push(format!("{path}: empty array"));
                }
                let item_schema = schema.get("items").unwrap_or(&Yaml::Null);
                for (i, item) in items.iter().enumerate() {
                    self.check(
                        item_schema,
                        item,
                        &format!("{path}[{i}]"),
                        depth + 1,
                        problems,
                    );
                }
            }
            Some("string") => match value.as_str() {
                None => problems.push(format!("{path}: not a string")),
                Some("") => problems.push(format!("{path}: empty string")),
                Some(_) => {}
            },
            Some("integer") if !(value.is_i64() || value.is_u64()) => {
                problems.push(format!("{path}: not an integer"));
            }
            Some("number") if !value.is_number() => {
                problems.push(format!("{path}: not a number"));
            }
            Some("boolean") if !value.is_boolean() => {
                problems.push(format!("{path}: not a boolean"));
            }
            _ => {}
        }
    }

    /// Every problem of `fixture` as the response of `operation`.
    fn problems(&self, operation: &spec::SpecOperation, fixture: &Json) -> Vec<String> {
        let mut problems = Vec::new();
        match self.response_schema(operation) {
            Ok(schema) => self.check(schema, fixture, "$", 0, &mut problems),
            Err(e) => problems.push(e),
        }
        problems
    }
}

/// The JSON path of property `name` of the object at `path`.
fn child(path: &str, name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("{path}.{name}")
    } else {
        entry_path(path, name)
    }
}

/// The JSON path of key `key` of the map at `path`.
fn entry_path(path: &str, key: &str) -> String {
    format!("{path}[{key:?}]")
}

fn fixture_path(operation_id: &str) -> String {
    format!("{FIXTURES_DIR}/{operation_id}.json")
}

fn read_fixture(operation_id: &str) -> Result<Json, String> {
    let path = fixture_path(operation_id);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path} is not JSON: {e}"))
}

#[test]
fn every_fixture_populates_every_field_of_its_response_schema() -> TestResult {
    let spec = Spec::load()?;
    let operations = spec::operations()?;
    assert!(!operations.is_empty(), "the spec declares no operation");
    let mut report = Vec::new();
    for operation in &operations {
        match read_fixture(&operation.id) {
            Ok(fixture) => report.extend(
                spec.problems(operation, &fixture)
                    .into_iter()
                    .map(|p| format!("{}: {p}", operation.id)),
            ),
            Err(e) => report.push(format!("{}: no usable fixture: {e}", operation.id)),
        }
    }
    assert!(
        report.is_empty(),
        "{} problem(s) in the response fixtures of {} operations:\n  {}",
        report.len(),
        operations.len(),
        report.join("\n  ")
    );
    Ok(())
}

#[test]
fn every_fixture_file_belongs_to_an_operation_of_the_spec() -> TestResult {
    let ids: BTreeSet<String> = spec::operations()?.into_iter().map(|op| op.id).collect();
    let mut strays = Vec::new();
    for entry in std::fs::read_dir(FIXTURES_DIR)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".json") else {
            strays.push(name);
            continue;
        };
        if !ids.contains(id) {
            strays.push(name);
        }
    }
    assert!(
        strays.is_empty(),
        "files in {FIXTURES_DIR} that are no operation's fixture: {strays:?}"
    );
    Ok(())
}

/// The check itself: a fixture with a field removed, nulled or emptied is reported,
/// at the field's JSON path, and nothing else is.
#[test]
fn a_removed_nulled_or_emptied_field_is_reported_at_its_path() -> TestResult {
    let spec = Spec::load()?;
    let operations = spec::operations()?;
    let operation = |id: &str| {
        operations
            .iter()
            .find(|op| op.id == id)
            .ok_or_else(|| format!("the spec has no operation {id}"))
    };

    // (operation, JSON pointer of the field, what is done to it, expected report)
    let cases: [(&str, &str, Mutation, &str); 7] = [
        (
            "organizations_get",
            "/organization/mfa_methods",
            Mutation::Remove,
            "$.organization.mfa_methods: missing",
        ),
        (
            "organizations_get",
            "/organization/scim_active_connection",
            Mutation::Null,
            "$.organization.scim_active_connection: null",
        ),
        (
            "organizations_get",
            "/organization/sso_active_connections",
            Mutation::Empty,
            "$.organization.sso_active_connections: empty array",
        ),
        (
            "organizations_get",
            "/organization/trusted_metadata",
            Mutation::Empty,
            "$.organization.trusted_metadata: empty map",
        ),
        (
            "sessions_authenticate",
            "/member_session/authentication_factors/0/email_factor/email_id",
            Mutation::Remove,
            "$.member_session.authentication_factors[0].email_factor.email_id: missing",
        ),
        (
            "organizations_members_search",
            "/organizations/organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931/custom_roles/0/role_id",
            Mutation::Remove,
            "$.organizations[\"organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931\"]\
             .custom_roles[0].role_id: missing",
        ),
        (
            "idp_introspect_token_network",
            "/https:~1~1stytch.com~1organization/slug",
            Mutation::Remove,
            "$[\"https://stytch.com/organization\"].slug: missing",
        ),
    ];
    for (id, pointer, mutation, expected) in cases {
        let operation = operation(id)?;
        let mut fixture = read_fixture(id)?;
        assert_eq!(
            spec.problems(operation, &fixture),
            Vec::<String>::new(),
            "{id}: the unmodified fixture is complete"
        );
        mutation.apply(&mut fixture, pointer)?;
        assert_eq!(
            spec.problems(operation, &fixture),
            vec![expected.to_owned()],
            "{id}: {mutation:?} {pointer}"
        );
    }
    Ok(())
}

/// What [`a_removed_nulled_or_emptied_field_is_reported_at_its_path`] does to a field.
#[derive(Debug, Clone, Copy)]
enum Mutation {
    Remove,
    Null,
    Empty,
}

impl Mutation {
    fn apply(self, fixture: &mut Json, pointer: &str) -> Result<(), String> {
        let (parent, name) = pointer
            .rsplit_once('/')
            .ok_or_else(|| format!("{pointer} is not a JSON pointer below the root"))?;
        let name = name.replace("~1", "/").replace("~0", "~");
        let object = fixture
            .pointer_mut(parent)
            .and_then(Json::as_object_mut)
            .ok_or_else(|| format!("the fixture has no object at {parent}"))?;
        let field = object
            .get_mut(&name)
            .ok_or_else(|| format!("the fixture has no field {pointer}"))?;
        match (self, field) {
            (Self::Remove, _) => {
                object.remove(&name);
            }
            (Self::Null, field) => *field = Json::Null,
            (Self::Empty, Json::Array(items)) => items.clear(),
            (Self::Empty, Json::Object(map)) => map.clear(),
            (Self::Empty, other) => {
                return Err(format!("{pointer} is neither array nor map: {other}"));
            }
        }
        Ok(())
    }
}
