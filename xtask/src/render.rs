//! Helpers shared by the generators that write Rust source as text.

/// `text` as `///` doc-comment lines, one per line of text (blank lines kept).
pub(crate) fn doc(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim().is_empty() {
                "///\n".to_owned()
            } else {
                format!("/// {}\n", line.trim_end())
            }
        })
        .collect()
}

/// Parses `source` as a Rust file and prints it with prettyplease, after `header`.
/// Parsing first means a generator bug is reported here, naming the file, rather than
/// as a compile error in the crate.
pub(crate) fn rust_file(header: &str, source: &str) -> Result<String, String> {
    let file: syn::File = syn::parse_file(source).map_err(|e| {
        let line = e.span().start().line;
        let context: String = source
            .lines()
            .skip(line.saturating_sub(3))
            .take(5)
            .collect::<Vec<_>>()
            .join("\n");
        format!("generated source does not parse: {e} (line {line}):\n{context}")
    })?;
    Ok(format!(
        "{header}{}",
        space_out(&prettyplease::unparse(&file))
    ))
}

/// prettyplease prints items back to back; a blank line before each documented item
/// and after the module docs makes the output readable.
fn space_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous = "";
    for line in text.lines() {
        let trimmed = line.trim_start();
        let previous_trimmed = previous.trim_start();
        let starts_item =
            trimmed.starts_with("///") || (trimmed.starts_with("impl") && previous_trimmed == "}");
        let after_item = !previous_trimmed.is_empty()
            && !previous_trimmed.starts_with("///")
            && !previous_trimmed.starts_with("#[")
            && !previous_trimmed.ends_with('{');
        let after_module_docs = previous_trimmed.starts_with("//!") && !trimmed.starts_with("//!");
        if (starts_item && after_item) || after_module_docs {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_keeps_blank_lines() {
        assert_eq!(doc("One.\n\nTwo."), "/// One.\n///\n/// Two.\n");
    }

    #[test]
    fn unparsable_source_is_reported_with_its_line() {
        let err = rust_file("", "fn ok() {}\nfn broken( {}\n")
            .err()
            .unwrap_or_default();
        assert!(err.contains("line 2"), "{err}");
    }
}
