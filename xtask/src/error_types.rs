//! `openapi/error-types.yaml` -> `crates/stytch-b2b-api/src/generated_error_types.rs`.
//!
//! The data file lists every known Stytch `error_type` wire string with a one-line
//! doc, in groups. This module checks it and renders the `ErrorType` enum, its
//! `KNOWN` table and both directions of the wire-string mapping as plain code; the
//! hand-written behaviour (conversions, serde, classifiers) lives in
//! `crates/stytch-b2b-api/src/error_type.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

/// The data file, relative to the workspace root.
pub(crate) const DATA: &str = "openapi/error-types.yaml";
/// The generated file, relative to the workspace root.
pub(crate) const OUTPUT: &str = "crates/stytch-b2b-api/src/generated_error_types.rs";
const HEADER: &str =
    "// @generated from openapi/error-types.yaml by `cargo xtask codegen`. Do not edit by hand.\n";
/// Variant names the generated enum already uses or that Rust does not allow.
const RESERVED_VARIANTS: &[&str] = &["Unknown", "Self"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    /// Short description of the area of the API the group covers.
    name: String,
    types: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// The wire string.
    #[serde(rename = "type")]
    wire: String,
    doc: String,
}

/// One checked entry, ready to render.
#[derive(Debug)]
struct Known<'a> {
    wire: &'a str,
    variant: String,
    doc: &'a str,
}

/// Renders the Rust source of [`OUTPUT`] from the text of [`DATA`].
pub(crate) fn render(yaml_text: &str) -> Result<String, String> {
    let data: Data =
        serde_yaml::from_str(yaml_text).map_err(|e| format!("{DATA} does not parse: {e}"))?;
    let groups = check(&data)?;
    let source = source(&groups);
    let file = syn::parse_file(&source)
        .map_err(|e| format!("code rendered from {DATA} does not parse: {e}"))?;
    let text = with_group_comments(&prettyplease::unparse(&file), &groups)?;
    Ok(format!("{HEADER}{text}"))
}

/// `invalid_b2b_endpoint` -> `InvalidB2bEndpoint`.
fn variant_name(wire: &str) -> String {
    wire.split('_')
        .map(|segment| {
            let mut chars = segment.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Lower snake case that also makes a valid variant name: starts with a letter, and
/// every `_`-separated segment is a non-empty run of `a-z` and `0-9`.
fn is_lower_snake_case(wire: &str) -> bool {
    wire.starts_with(|c: char| c.is_ascii_lowercase())
        && wire.split('_').all(|segment| {
            !segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Validates the data and pairs every entry with its variant name, keeping order.
fn check(data: &Data) -> Result<Vec<(&str, Vec<Known<'_>>)>, String> {
    let mut problems = Vec::new();
    let mut wires: BTreeMap<&str, &str> = BTreeMap::new();
    let mut variants: BTreeMap<String, &str> = BTreeMap::new();
    let mut groups = Vec::new();
    if data.groups.is_empty() {
        problems.push("no groups".to_owned());
    }
    for group in &data.groups {
        let name = group.name.trim();
        if name.is_empty() {
            problems.push("a group has an empty name".to_owned());
        } else if name.contains('\n') {
            problems.push(format!("group name `{name}` spans more than one line"));
        }
        if group.types.is_empty() {
            problems.push(format!("group `{name}` lists no types"));
        }
        let mut known = Vec::new();
        for entry in &group.types {
            let wire = entry.wire.as_str();
            let doc = entry.doc.trim();
            if !is_lower_snake_case(wire) {
                problems.push(format!(
                    "`{wire}` is not lower snake case (a-z, 0-9 and single underscores, starting with a letter)"
                ));
            }
            if doc.is_empty() {
                problems.push(format!("`{wire}` has an empty doc"));
            } else if doc.chars().any(char::is_control) {
                problems.push(format!("the doc of `{wire}` must be a single line"));
            }
            if let Some(first) = wires.insert(wire, name) {
                problems.push(format!(
                    "duplicate wire string `{wire}` (in `{first}` and in `{name}`)"
                ));
            }
            let variant = variant_name(wire);
            if RESERVED_VARIANTS.contains(&variant.as_str()) {
                problems.push(format!(
                    "`{wire}` would become the reserved variant `{variant}`"
                ));
            }
            // The same wire string twice is already reported above.
            if let Some(first) = variants.insert(variant.clone(), wire)
                && first != wire
            {
                problems.push(format!(
                    "duplicate variant name `{variant}` (from `{first}` and `{wire}`)"
                ));
            }
            known.push(Known { wire, variant, doc });
        }
        groups.push((name, known));
    }
    if problems.is_empty() {
        Ok(groups)
    } else {
        Err(format!("{DATA} is not valid:\n  {}", problems.join("\n  ")))
    }
}

/// The generated module as unformatted source; `prettyplease` lays it out.
fn source(groups: &[(&str, Vec<Known<'_>>)]) -> String {
    let all = || groups.iter().flat_map(|(_, known)| known);
    let mut variants = String::new();
    let mut known_table = String::new();
    let mut to_wire = String::new();
    let mut from_wire = String::new();
    for Known { wire, variant, doc } in all() {
        let _ = writeln!(variants, "/// {doc}\n{variant},");
        let _ = write!(known_table, "ErrorType::{variant},");
        let _ = write!(to_wire, "ErrorType::{variant} => {wire:?},");
        let _ = write!(from_wire, "{wire:?} => Some(ErrorType::{variant}),");
    }
    format!(
        r#"
/// A Stytch API `error_type` value.
///
/// Each unit variant corresponds to exactly one documented wire string
/// (see [`ErrorType::as_str`]). Strings that are not in the list are
/// kept in [`ErrorType::Unknown`]. Build values with [`From`] or
/// [`FromStr`](std::str::FromStr) rather than constructing `Unknown` by hand, so
/// that known strings always map to their dedicated variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorType {{
    {variants}
    /// An `error_type` this version of the SDK does not know about,
    /// holding the exact string Stytch sent.
    Unknown(String),
}}

impl ErrorType {{
    /// Every known variant, in declaration order.
    ///
    /// [`ErrorType::Unknown`] is not included.
    pub const KNOWN: &'static [ErrorType] = &[{known_table}];

    /// The wire string for this error type, exactly as Stytch sends it.
    ///
    /// For [`ErrorType::Unknown`] this is the original string.
    pub fn as_str(&self) -> &str {{
        match self {{
            {to_wire}
            ErrorType::Unknown(other) => other.as_str(),
        }}
    }}

    /// Looks up a wire string among the known variants.
    pub(crate) fn from_known(wire: &str) -> Option<Self> {{
        match wire {{
            {from_wire}
            _ => None,
        }}
    }}
}}
"#
    )
}

/// Puts each group's name, as a comment, above its first variant in the enum
/// (comments do not survive `syn`, so they are added to the formatted text).
fn with_group_comments(text: &str, groups: &[(&str, Vec<Known<'_>>)]) -> Result<String, String> {
    let mut firsts: BTreeMap<String, &str> = groups
        .iter()
        .filter_map(|(name, known)| {
            known
                .first()
                .map(|first| (format!("    {},", first.variant), *name))
        })
        .collect();
    let mut lines: Vec<String> = Vec::new();
    let mut in_enum = false;
    for line in text.lines() {
        if line.starts_with("pub enum ErrorType") {
            in_enum = true;
        } else if line == "}" {
            in_enum = false;
        } else if in_enum && let Some(name) = firsts.remove(line) {
            let docs = lines
                .iter()
                .rev()
                .take_while(|l| l.trim_start().starts_with("///"))
                .count();
            let at = lines.len() - docs;
            if at > 0 && !lines[at - 1].trim_end().ends_with('{') {
                lines.insert(at, String::new());
                lines.insert(at + 1, format!("    // {name}."));
            } else {
                lines.insert(at, format!("    // {name}."));
            }
        }
        lines.push(line.to_owned());
    }
    if let Some(line) = firsts.keys().next() {
        return Err(format!(
            "rendered ErrorType has no variant line `{}` to put its group comment on",
            line.trim()
        ));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "\
groups:
- name: Transport
  types:
  - {type: bad_request, doc: The request was malformed.}
  - {type: invalid_b2b_endpoint, doc: 'Wrong product, wrong endpoint.'}
- name: Hashes
  types:
  - {type: invalid_md_5_hash, doc: The MD5 hash is not valid.}
";

    fn err(yaml: &str) -> String {
        render(yaml).err().unwrap_or_default()
    }

    #[test]
    fn small_data_renders_plain_code() {
        let code = render(SMALL).unwrap_or_else(|e| panic!("{e}"));
        assert!(code.starts_with(HEADER), "{code}");
        assert!(!code.contains("macro_rules"), "{code}");
        assert!(
            code.contains(
                "    // Transport.\n    /// The request was malformed.\n    BadRequest,\n"
            ),
            "{code}"
        );
        assert!(
            code.contains(
                "\n\n    // Hashes.\n    /// The MD5 hash is not valid.\n    InvalidMd5Hash,\n"
            ),
            "{code}"
        );
        assert!(
            code.contains("/// Wrong product, wrong endpoint.\n    InvalidB2bEndpoint,"),
            "{code}"
        );
        assert!(
            code.contains("ErrorType::InvalidB2bEndpoint => \"invalid_b2b_endpoint\","),
            "{code}"
        );
        assert!(
            code.contains("\"invalid_md_5_hash\" => Some(ErrorType::InvalidMd5Hash),"),
            "{code}"
        );
        assert!(code.contains("Unknown(String),"), "{code}");
        assert!(
            code.contains("pub const KNOWN: &'static [ErrorType]"),
            "{code}"
        );
        // Group comments aside, the text is still valid Rust.
        syn::parse_file(&code).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn variant_names_capitalise_every_segment() {
        assert_eq!(variant_name("invalid_b2b_endpoint"), "InvalidB2bEndpoint");
        assert_eq!(variant_name("invalid_argon_2_salt"), "InvalidArgon2Salt");
        assert_eq!(
            variant_name("invalid_x509_certificate"),
            "InvalidX509Certificate"
        );
    }

    #[test]
    fn duplicate_wire_strings_are_refused_naming_the_value() {
        let yaml = format!("{SMALL}  - {{type: bad_request, doc: Again.}}\n");
        let message = err(&yaml);
        assert!(
            message
                .contains("duplicate wire string `bad_request` (in `Transport` and in `Hashes`)"),
            "{message}"
        );
    }

    #[test]
    fn duplicate_variant_names_are_refused_naming_both_values() {
        let yaml = format!("{SMALL}  - {{type: invalid_md5_hash, doc: Same name.}}\n");
        let message = err(&yaml);
        assert!(
            message.contains(
                "duplicate variant name `InvalidMd5Hash` (from `invalid_md_5_hash` and `invalid_md5_hash`)"
            ),
            "{message}"
        );
    }

    #[test]
    fn wire_strings_that_are_not_lower_snake_case_are_refused() {
        for bad in [
            "Bad_Request",
            "bad-request",
            "bad__request",
            "_bad",
            "bad_",
            "2fa_required",
        ] {
            let yaml = format!("{SMALL}  - {{type: '{bad}', doc: Bad.}}\n");
            let message = err(&yaml);
            assert!(
                message.contains(&format!("`{bad}` is not lower snake case")),
                "{bad}: {message}"
            );
        }
    }

    #[test]
    fn empty_docs_unknown_fields_and_reserved_names_are_refused() {
        let message = err(&format!("{SMALL}  - {{type: no_doc, doc: ' '}}\n"));
        assert!(message.contains("`no_doc` has an empty doc"), "{message}");

        let message = err(&format!("{SMALL}  - {{type: unknown, doc: Clashes.}}\n"));
        assert!(message.contains("reserved variant `Unknown`"), "{message}");

        let message = err(&format!("{SMALL}  - {{type: x, doc: X., variant: Y}}\n"));
        assert!(
            message.contains("does not parse") && message.contains("variant"),
            "{message}"
        );
    }

    #[test]
    fn committed_data_file_renders() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(DATA);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{DATA}: {e}"));
        let code = render(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(code.contains("    InvalidB2bEndpoint,\n"));
        assert!(code.contains("\"session_not_found\" => Some(ErrorType::SessionNotFound),"));
    }
}
