//! The operations `openapi/b2b.yaml` declares, read at test time, so that counts and
//! tables are checked against the spec itself rather than against literals.

/// Where the spec lives, from this crate's directory.
pub const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/b2b.yaml");

/// The HTTP methods an OpenAPI path item may hold an operation under.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpecOperation {
    /// HTTP method, upper case.
    pub method: String,
    /// Path template with `{param}` placeholders.
    pub path: String,
    /// The `operationId`.
    pub id: String,
}

/// Every operation under `paths` in [`SPEC_PATH`], in the spec's order.
///
/// # Errors
///
/// The spec cannot be read or parsed, or an operation has no `operationId`. The error
/// is a `String` so that `?` turns it into either boxed error the tests return.
pub fn operations() -> Result<Vec<SpecOperation>, String> {
    let text =
        std::fs::read_to_string(SPEC_PATH).map_err(|e| format!("cannot read {SPEC_PATH}: {e}"))?;
    let doc: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{SPEC_PATH} is not YAML: {e}"))?;
    let paths = doc
        .get("paths")
        .and_then(serde_yaml::Value::as_mapping)
        .ok_or("the spec has no paths")?;
    let mut operations = Vec::new();
    for (path, item) in paths {
        let path = path.as_str().ok_or("a path key is not a string")?;
        let item = item
            .as_mapping()
            .ok_or_else(|| format!("path item {path} is not a mapping"))?;
        for (method, operation) in item {
            let Some(method) = method.as_str().filter(|m| METHODS.contains(m)) else {
                continue;
            };
            let id = operation
                .get("operationId")
                .and_then(serde_yaml::Value::as_str)
                .ok_or_else(|| format!("{method} {path} has no operationId"))?;
            operations.push(SpecOperation {
                method: method.to_uppercase(),
                path: path.to_owned(),
                id: id.to_owned(),
            });
        }
    }
    Ok(operations)
}
