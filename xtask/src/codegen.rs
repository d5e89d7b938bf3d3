//! Spec -> `generated.rs`. Progenitor panics (rather than erroring) on several spec
//! shapes, so the spec is checked for those shapes first and any remaining panic is
//! traced back to the operation that causes it.

use std::collections::BTreeSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, ReferenceOr, StatusCode};
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

const SPEC: &str = "openapi/b2b.yaml";
const OUTPUT: &str = "crates/stytch-b2b-api/src/generated.rs";
const HEADER: &str = "// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: \
change the spec or xtask/src/codegen.rs and regenerate.\n";
/// How many diff lines `--check` prints before summarising the rest.
const DIFF_PREVIEW_LINES: usize = 60;

/// What `codegen` does with fresh output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Overwrite the committed file.
    Write,
    /// Compare with the committed file and fail when they differ.
    Check,
}

/// One file `codegen` writes, relative to the workspace root.
#[derive(Debug)]
pub(crate) struct Output {
    pub(crate) path: &'static str,
    pub(crate) text: String,
}

pub(crate) fn run(mode: Mode) -> Result<(), String> {
    let root = workspace_root();
    let outputs = render_all(&root)?;
    let mut stale = Vec::new();
    for output in &outputs {
        let path = root.join(output.path);
        match mode {
            Mode::Write => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                }
                std::fs::write(&path, &output.text)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                println!(
                    "wrote {} ({} lines)",
                    output.path,
                    output.text.lines().count()
                );
            }
            Mode::Check => {
                let committed = std::fs::read_to_string(&path)
                    .unwrap_or_default()
                    .replace("\r\n", "\n");
                if committed == output.text {
                    println!("{} is up to date", output.path);
                } else {
                    stale.push(stale_report(output.path, &committed, &output.text));
                }
            }
        }
    }
    for leftover in leftovers(&root, &outputs)? {
        match mode {
            Mode::Write => {
                std::fs::remove_file(root.join(&leftover))
                    .map_err(|e| format!("cannot remove {leftover}: {e}"))?;
                println!("removed {leftover} (no longer generated)");
            }
            Mode::Check => stale.push(format!(
                "{leftover} is no longer generated from the spec; run `cargo xtask codegen` to remove it."
            )),
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(stale.join("\n"))
    }
}

/// Files in a folder that codegen owns entirely but that fresh output does not
/// contain (a product group that left the spec, say).
fn leftovers(root: &Path, outputs: &[Output]) -> Result<Vec<String>, String> {
    let dir = root.join(crate::sdk::DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let relative = format!(
            "{}/{}",
            crate::sdk::DIR,
            entry.file_name().to_string_lossy()
        );
        if !outputs.iter().any(|o| o.path == relative) {
            found.push(relative);
        }
    }
    found.sort();
    Ok(found)
}

/// Every generated file, freshly rendered from the spec and the data files.
fn render_all(root: &Path) -> Result<Vec<Output>, String> {
    let spec = load_spec(&root.join(SPEC))?;
    let surface = crate::surface::read(&spec)?;
    let view = progenitor_view(&spec);
    check_shapes(&view)?;
    let mut outputs = vec![Output {
        path: OUTPUT,
        text: generate(&view)?,
    }];
    outputs.push(crate::operations::render(&surface)?);
    outputs.extend(crate::sdk::render(&surface)?);
    let readme = std::fs::read_to_string(root.join(crate::sdk::README))
        .map_err(|e| format!("cannot read {}: {e}", crate::sdk::README))?;
    outputs.push(crate::sdk::render_readme(&surface, &readme)?);
    outputs.push(crate::emulator_routes::render(&surface)?);
    outputs.extend(crate::test_support::render(&surface)?);
    let error_types = std::fs::read_to_string(root.join(crate::error_types::DATA))
        .map_err(|e| format!("cannot read {}: {e}", crate::error_types::DATA))?;
    outputs.push(Output {
        path: crate::error_types::OUTPUT,
        text: crate::error_types::render(&error_types)?,
    });
    Ok(outputs)
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn load_spec(path: &Path) -> Result<OpenAPI, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_yaml::from_str(&text)
        .map_err(|e| format!("{SPEC} is not a valid OpenAPI 3.0 document: {e}"))
}

/// The spec as progenitor is given it: a request body that the API accepts in several
/// media types keeps only the first, the one the SDK sends (progenitor takes one).
fn progenitor_view(spec: &OpenAPI) -> OpenAPI {
    let mut view = spec.clone();
    for item in view.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in operations.into_iter().flatten() {
            if let Some(ReferenceOr::Item(body)) = &mut op.request_body {
                body.content.truncate(1);
            }
        }
    }
    view
}

/// Rejects, with the operation named, the shapes that make progenitor panic or that
/// this project rules out (see shared notes on progenitor, section 2).
fn check_shapes(spec: &OpenAPI) -> Result<(), String> {
    let mut problems = Vec::new();
    let mut seen_ids = BTreeSet::new();
    for (path, method, op) in spec.operations() {
        let Some(id) = op.operation_id.as_deref() else {
            problems.push(format!("{method} {path}: missing operationId"));
            continue;
        };
        if !seen_ids.insert(id.to_owned()) {
            problems.push(format!("{id}: operationId used twice"));
        }
        if op.responses.default.is_some() {
            problems.push(format!(
                "{id}: `default` response (use 4XX and 5XX instead)"
            ));
        }
        let mut success = BTreeSet::new();
        let mut errors = BTreeSet::new();
        for (code, response) in &op.responses.responses {
            let target = describe_response(response);
            match code {
                StatusCode::Code(c) if (200..300).contains(c) => success.insert(target),
                StatusCode::Range(2) => success.insert(target),
                _ => errors.insert(target),
            };
        }
        if success.len() != 1 {
            problems.push(format!(
                "{id}: success responses must share exactly one body type, found {success:?}"
            ));
        }
        if errors.len() > 1 {
            problems.push(format!(
                "{id}: error responses must share one body type, found {errors:?}"
            ));
        }
        if let Some(ReferenceOr::Item(body)) = &op.request_body
            && (body.content.len() != 1 || body.content.keys().any(|k| k.starts_with("multipart/")))
        {
            problems.push(format!(
                "{id}: request body needs exactly one non-multipart media type"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{SPEC} has shapes progenitor cannot handle:\n  {}",
            problems.join("\n  ")
        ))
    }
}

fn describe_response(response: &ReferenceOr<openapiv3::Response>) -> String {
    match response {
        ReferenceOr::Reference { reference } => reference.clone(),
        ReferenceOr::Item(item) => match item.content.get("application/json") {
            Some(media) => match &media.schema {
                Some(ReferenceOr::Reference { reference }) => reference.clone(),
                Some(ReferenceOr::Item(_)) => "inline schema".to_owned(),
                None => "json without schema".to_owned(),
            },
            None if item.content.is_empty() => "no content".to_owned(),
            None => "raw body".to_owned(),
        },
    }
}

/// Per-client request defaults (auth, user agent) that the hand-written hooks in
/// `crates/stytch-b2b-api/src/lib.rs` apply to every request, so callers may bring
/// their own `reqwest::Client`.
const INNER_TYPE: &str = "crate::RequestDefaults";
/// Spec schema of credentials in bodies, replaced by a hand-written string type whose
/// `Debug` output is redacted (`crates/stytch-b2b-api/src/secret_string.rs`).
const SECRET_SCHEMA: &str = "SecretString";
const SECRET_TYPE: &str = "crate::SecretString";
/// Generated name of the spec's `JWK` schema, a signing key, replaced by a hand-written type that reads the
/// thumbprint under either of its spellings (`crates/stytch-b2b-api/src/jwk.rs`).
const JWK_SCHEMA: &str = "Jwk";
const JWK_TYPE: &str = "crate::Jwk";

fn settings() -> Result<GenerationSettings, String> {
    let inner: proc_macro2::TokenStream = INNER_TYPE
        .parse()
        .map_err(|e| format!("inner type {INNER_TYPE} does not parse: {e}"))?;
    let mut settings = GenerationSettings::new();
    settings
        .with_inner_type(inner)
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("PartialEq")
        .with_replacement(SECRET_SCHEMA, SECRET_TYPE, std::iter::empty())
        .with_replacement(JWK_SCHEMA, JWK_TYPE, std::iter::empty());
    Ok(settings)
}

fn generate(spec: &OpenAPI) -> Result<String, String> {
    match generate_quietly(spec) {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(format!("progenitor rejected {SPEC}: {e}")),
        Err(panic_message) => Err(blame_panic(spec, &panic_message)),
    }
}

/// Runs progenitor with panics caught (and their default report silenced).
fn generate_quietly(spec: &OpenAPI) -> Result<Result<String, String>, String> {
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| render(spec)));
    panic::set_hook(previous_hook);
    outcome.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "unknown panic".to_owned())
    })
}

fn render(spec: &OpenAPI) -> Result<String, String> {
    let mut generator = Generator::new(&settings()?);
    let tokens = generator.generate_tokens(spec).map_err(|e| e.to_string())?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated tokens do not parse: {e}"))?;
    if !crate::constructor::remove_panicking_new(&mut file) {
        return Err("found no `Client::new` to remove; has progenitor's output changed?".into());
    }
    if crate::optional_setters::rewrite(&mut file) == 0 {
        return Err(
            "found no optional-field setters to rewrite; has typify's builder changed?".into(),
        );
    }
    Ok(format!("{HEADER}{}", prettyplease::unparse(&file)))
}

/// Re-runs generation with one operation at a time to name the one that panics.
fn blame_panic(spec: &OpenAPI, message: &str) -> String {
    let mut culprits = Vec::new();
    for (path, method, op) in spec.operations() {
        let mut single = spec.clone();
        single.paths.paths.retain(|p, _| p == path);
        if let Some(ReferenceOr::Item(item)) = single.paths.paths.get_mut(path) {
            keep_only(item, method);
        }
        if generate_quietly(&single).is_err() {
            culprits.push(
                op.operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{method} {path}")),
            );
        }
    }
    if culprits.is_empty() {
        format!("progenitor panicked on {SPEC} ({message}); no single operation reproduces it")
    } else {
        format!(
            "progenitor panicked on {SPEC} ({message}) in operation(s): {}",
            culprits.join(", ")
        )
    }
}

/// Removes every operation of `item` but the one under `method`.
fn keep_only(item: &mut openapiv3::PathItem, method: &str) {
    for (name, slot) in [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ] {
        if name != method {
            *slot = None;
        }
    }
}

fn stale_report(output: &str, committed: &str, fresh: &str) -> String {
    let diff = similar::TextDiff::from_lines(committed, fresh);
    let (mut added, mut removed) = (0usize, 0usize);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    let unified = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{output} (committed)"),
            &format!("{output} (fresh)"),
        )
        .to_string();
    let total = unified.lines().count();
    let mut preview: Vec<&str> = unified.lines().take(DIFF_PREVIEW_LINES).collect();
    let more = total.saturating_sub(DIFF_PREVIEW_LINES);
    let tail = if more > 0 {
        format!("\n… {more} more diff lines")
    } else {
        String::new()
    };
    preview.push("");
    format!(
        "{output} is stale: fresh output adds {added} and removes {removed} lines.\n\
         Run `cargo xtask codegen` and commit the result.\n\n{}{tail}",
        preview.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(responses: &str) -> OpenAPI {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /things/{{id}}:\n    get:\n      operationId: things_get\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n      responses:\n{responses}\ncomponents:\n  schemas:\n    Thing: {{type: object, properties: {{id: {{type: string}}}}}}\n    Other: {{type: object, properties: {{n: {{type: integer}}}}}}\n    Oops: {{type: object, properties: {{error_type: {{type: string}}}}}}\n"
        );
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("test spec: {e}"))
    }

    const OK: &str = "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}\n        4XX: {description: e, content: {application/json: {schema: {$ref: '#/components/schemas/Oops'}}}}\n";

    #[test]
    fn accepted_shape_generates_code() {
        let spec = spec(OK);
        assert_eq!(check_shapes(&spec), Ok(()));
        let code = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
        assert!(code.starts_with("// @generated"));
        assert!(code.contains("pub fn things_get"));
    }

    #[test]
    fn default_response_is_rejected_naming_the_operation() {
        let spec = spec(&format!("{OK}        default: {{description: d}}\n"));
        let err = check_shapes(&spec).err().unwrap_or_default();
        assert!(err.contains("things_get: `default` response"), "{err}");
    }

    #[test]
    fn success_responses_with_different_bodies_are_rejected() {
        let extra = "        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Other'}}}}\n";
        let err = check_shapes(&spec(&format!("{OK}{extra}")))
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("things_get: success responses must share exactly one body type"),
            "{err}"
        );
    }

    #[test]
    fn stale_report_counts_changed_lines() {
        let report = stale_report("x.rs", "a\nb\nc\n", "a\nB\nc\nd\n");
        assert!(report.contains("adds 2 and removes 1 lines"), "{report}");
        assert!(report.contains("-b") && report.contains("+B"), "{report}");
    }
}
