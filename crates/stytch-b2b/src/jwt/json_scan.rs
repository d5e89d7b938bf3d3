//! A small strict JSON scanner for token payloads.
//!
//! Verification reads one payload per first-seen token, between two RSA checks that push
//! everything else out of the CPU's instruction cache. A compact, non-generic scanner that
//! reads the few claims the session needs and only validates the rest costs markedly less
//! there than serde's visitors, which is why the payload does not go through `serde_json`.
//!
//! It accepts exactly RFC 8259 JSON (no comments, no trailing commas, no lone surrogates in
//! escapes), refuses a member name that repeats in any object, and nests at most
//! [`MAX_DEPTH`] levels, so hostile input cannot exhaust the stack.

use std::borrow::Cow;
use std::collections::HashSet;

use super::error::echo;

/// Deepest nesting accepted: the deepest `serde_json` accepts, so that the text kept for
/// custom claims always parses again.
pub(crate) const MAX_DEPTH: usize = 127;

/// The member name `serde_json` (with its `raw_value` feature, which this crate uses)
/// reads as a marker rather than a name: `{"<it>": "[1]"}` becomes the array `[1]`, and
/// other values make it fail. Custom claims are handed to `serde_json` again, so a
/// document holding this name anywhere is refused, as it would read back as something
/// else.
const SERDE_JSON_RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// Why a document was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ScanError {
    /// Not JSON, or not the JSON expected, at this byte offset.
    Syntax { offset: usize, what: &'static str },
    /// A member name repeats; the path leads to it (`a`, `a.b`, `a[0].b`), each name cut
    /// to the length of an echo.
    Duplicate(String),
    /// Raised by a member callback for the name it was given, which it has seen before.
    /// [`Scanner::object`] turns it into [`ScanError::Duplicate`] with that name.
    RepeatedHere,
}

impl ScanError {
    /// A reason for an error message: what went wrong and where, without the content.
    pub(crate) fn describe(&self, text: &str) -> String {
        match self {
            Self::Syntax { offset, what } => {
                let before = &text.as_bytes()[..(*offset).min(text.len())];
                let line = 1 + before.iter().filter(|&&byte| byte == b'\n').count();
                let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
                format!("{what} at line {line} column {column}")
            }
            Self::Duplicate(path) => format!("member {path:?} repeats"),
            Self::RepeatedHere => "a member name repeats".to_owned(),
        }
    }

    /// Prefixes a duplicate's path with the enclosing member name or `[index]`.
    fn within(self, segment: impl FnOnce() -> String) -> Self {
        match self {
            Self::Duplicate(path) => {
                let segment = segment();
                if path.starts_with('[') {
                    Self::Duplicate(segment + &path)
                } else {
                    Self::Duplicate(format!("{segment}.{path}"))
                }
            }
            other => other,
        }
    }
}

pub(crate) type Scan<T> = Result<T, ScanError>;

/// A cursor over a JSON text.
pub(crate) struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text, pos: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn error<T>(&self, what: &'static str) -> Scan<T> {
        Err(ScanError::Syntax {
            offset: self.pos,
            what,
        })
    }

    /// The next byte after whitespace, without consuming it.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        while let Some(&byte) = self.bytes().get(self.pos) {
            if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(byte);
            }
            self.pos += 1;
        }
        None
    }

    /// The source text from `start` to the cursor.
    pub(crate) fn since(&self, start: usize) -> &'a str {
        &self.text[start..self.pos]
    }

    /// The cursor's byte offset, after whitespace.
    pub(crate) fn offset(&mut self) -> usize {
        self.peek();
        self.pos
    }

    /// Succeeds when only whitespace is left.
    pub(crate) fn finish(&mut self) -> Scan<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.error("trailing characters"),
        }
    }

    fn eat(&mut self, expected: u8, what: &'static str) -> Scan<()> {
        match self.peek() {
            Some(byte) if byte == expected => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => self.error(what),
            None => self.error("unexpected end of input"),
        }
    }

    /// Reads `true`, `false` or `null`.
    pub(crate) fn literal(&mut self) -> Scan<()> {
        self.peek();
        let rest = &self.bytes()[self.pos..];
        let len = [&b"true"[..], b"false", b"null"]
            .into_iter()
            .find(|word| rest.starts_with(word))
            .map(<[u8]>::len);
        match len {
            Some(len) => {
                self.pos += len;
                Ok(())
            }
            None => self.error("expected a value"),
        }
    }

    /// Reads a number and returns its text (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`).
    pub(crate) fn number(&mut self) -> Scan<&'a str> {
        self.peek();
        let start = self.pos;
        let bytes = self.bytes();
        let digits = |mut at: usize| {
            let from = at;
            while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
            (at > from).then_some(at)
        };
        let mut at = start + usize::from(bytes.get(start) == Some(&b'-'));
        at = match bytes.get(at) {
            Some(b'0') => at + 1,
            Some(b'1'..=b'9') => digits(at).unwrap_or(at),
            _ => return self.error("invalid number"),
        };
        if bytes.get(at) == Some(&b'.') {
            let Some(end) = digits(at + 1) else {
                self.pos = at + 1;
                return self.error("invalid number");
            };
            at = end;
        }
        let has_exponent = matches!(bytes.get(at), Some(b'e' | b'E'));
        if has_exponent {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            let Some(end) = digits(at) else {
                self.pos = at;
                return self.error("invalid number");
            };
            at = end;
        }
        let number = &self.text[start..at];
        // Only an exponent or hundreds of digits can leave the range of an `f64`; such a
        // number is refused, as `serde_json` refuses it, so kept text always parses again.
        if (has_exponent || number.len() > 300) && !number.parse::<f64>().is_ok_and(f64::is_finite)
        {
            self.pos = start;
            return self.error("number out of range");
        }
        self.pos = at;
        Ok(number)
    }

    /// Reads a string, borrowed from the text when it has no escape (so a borrowed string
    /// never holds a quote, a backslash or a control character).
    pub(crate) fn string(&mut self) -> Scan<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return self.error("expected a string");
        }
        let start = self.pos + 1;
        let end = self.plain_run(start);
        if self.bytes().get(end) == Some(&b'"') {
            self.pos = end + 1;
            // Both ends are next to an ASCII quote, hence character boundaries.
            return Ok(Cow::Borrowed(self.text.get(start..end).unwrap_or_default()));
        }
        self.pos = end;
        self.escaped_rest(start).map(Cow::Owned)
    }

    /// The offset of the first quote, backslash or control byte from `at`, or the end.
    /// Eight bytes at a time: strings in tokens are mostly ids, URLs and times tens of
    /// bytes long, and a word-wide test also finds the stop in the last, partial word.
    fn plain_run(&self, mut at: usize) -> usize {
        const ONES: u64 = u64::from_le_bytes([0x01; 8]);
        const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
        // Flags every byte equal to zero; a false flag can only sit above a true one, so
        // the lowest flag is exact.
        let zero_bytes = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
        let bytes = self.bytes();
        while let Some(chunk) = bytes.get(at..at + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word);
            let stops = zero_bytes(word ^ (ONES * u64::from(b'"')))
                | zero_bytes(word ^ (ONES * u64::from(b'\\')))
                // Bytes below 0x20; UTF-8 bytes of 0x80 and above never set their flag.
                | (word.wrapping_sub(ONES * 0x20) & !word & HIGHS);
            if stops != 0 {
                return at + (stops.trailing_zeros() / 8) as usize;
            }
            at += 8;
        }
        while let Some(&byte) = bytes.get(at) {
            if byte == b'"' || byte == b'\\' || byte < 0x20 {
                break;
            }
            at += 1;
        }
        at
    }

    /// Decodes the rest of a string that has an escape (or is unterminated), `start` being
    /// just after its opening quote and the cursor at the first byte that needs attention.
    #[cold]
    #[inline(never)]
    fn escaped_rest(&mut self, start: usize) -> Scan<String> {
        let mut text = String::from(&self.text[start..self.pos]);
        loop {
            let run_end = self.plain_run(self.pos);
            text.push_str(&self.text[self.pos..run_end]);
            self.pos = run_end;
            match self.bytes().get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let decoded = self.escape()?;
                    text.push(decoded);
                }
                Some(_) => return self.error("control character in a string"),
                None => return self.error("unexpected end of input"),
            }
        }
    }

    /// Decodes one escape, the cursor just after its backslash.
    fn escape(&mut self) -> Scan<char> {
        let Some(&kind) = self.bytes().get(self.pos) else {
            return self.error("unexpected end of input");
        };
        self.pos += 1;
        Ok(match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.pos -= 1;
                return self.error("invalid escape");
            }
        })
    }

    /// Decodes `XXXX` (and, for a high surrogate, the `\uXXXX` low surrogate after it).
    fn unicode_escape(&mut self) -> Scan<char> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                if !self.bytes()[self.pos..].starts_with(b"\\u") {
                    return self.error("lone surrogate in a \\u escape");
                }
                self.pos += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return self.error("lone surrogate in a \\u escape");
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return self.error("lone surrogate in a \\u escape"),
            scalar => scalar,
        };
        match char::from_u32(code) {
            Some(decoded) => Ok(decoded),
            None => self.error("invalid \\u escape"),
        }
    }

    fn hex4(&mut self) -> Scan<u32> {
        let Some(digits) = self.bytes().get(self.pos..self.pos + 4) else {
            return self.error("unexpected end of input");
        };
        let mut value = 0;
        for &digit in digits {
            let Some(nibble) = char::from(digit).to_digit(16) else {
                return self.error("invalid \\u escape");
            };
            value = value * 16 + nibble;
        }
        self.pos += 4;
        Ok(value)
    }

    /// Reads an object whose opening brace is next, calling `member` with each name and the
    /// cursor on its value; `member` must consume the value. `depth` is the object's own
    /// nesting level. A [`ScanError::RepeatedHere`] from `member` becomes a duplicate of
    /// that name, and a duplicate inside the value gets the name as its prefix.
    pub(crate) fn object(
        &mut self,
        depth: usize,
        mut member: impl FnMut(&mut Self, Cow<'a, str>) -> Scan<()>,
    ) -> Scan<()> {
        if depth > MAX_DEPTH {
            return self.error("nesting too deep");
        }
        self.eat(b'{', "expected an object")?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            let name_at = self.offset();
            let name = self.string()?;
            if name == SERDE_JSON_RAW_VALUE_TOKEN {
                return Err(ScanError::Syntax {
                    offset: name_at,
                    what: "member name reserved by serde_json",
                });
            }
            self.eat(b':', "expected `:`")?;
            let text = name.clone();
            match member(self, name) {
                Ok(()) => {}
                // Names come from the token: each is cut as every echoed token text is.
                Err(ScanError::RepeatedHere) => return Err(ScanError::Duplicate(echo(&text))),
                Err(error) => return Err(error.within(|| echo(&text))),
            }
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(_) => return self.error("expected `,` or `}`"),
                None => return self.error("unexpected end of input"),
            }
        }
    }

    /// Reads an array whose opening bracket is next, calling `element` with each index and
    /// the cursor on its element; `element` must consume it.
    pub(crate) fn array(
        &mut self,
        depth: usize,
        mut element: impl FnMut(&mut Self, usize) -> Scan<()>,
    ) -> Scan<()> {
        if depth > MAX_DEPTH {
            return self.error("nesting too deep");
        }
        self.eat(b'[', "expected an array")?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            element(self, index).map_err(|error| error.within(|| format!("[{index}]")))?;
            index += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(_) => return self.error("expected `,` or `]`"),
                None => return self.error("unexpected end of input"),
            }
        }
    }

    /// Reads any value at nesting level `depth` without keeping it, refusing repeated names
    /// in its objects.
    pub(crate) fn skip(&mut self, depth: usize) -> Scan<()> {
        match self.peek() {
            Some(b'{') => {
                let mut seen = SeenNames::new();
                self.object(depth, |scanner, name| {
                    if !seen.insert(name) {
                        return Err(ScanError::RepeatedHere);
                    }
                    scanner.skip(depth + 1)
                })
            }
            Some(b'[') => self.array(depth, |scanner, _| scanner.skip(depth + 1)),
            Some(b'"') => self.string().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(_) => self.literal(),
            None => self.error("unexpected end of input"),
        }
    }
}

/// Names seen in one object. Objects are small: the first few borrowed names live inline
/// (no allocation) and are scanned linearly; a set takes over for large objects.
pub(crate) struct SeenNames<'a> {
    inline: [&'a str; SeenNames::INLINE],
    inline_len: usize,
    rest: Vec<Cow<'a, str>>,
    set: Option<HashSet<Cow<'a, str>>>,
}

impl<'a> SeenNames<'a> {
    const INLINE: usize = 4;
    const LINEAR_LIMIT: usize = 16;

    pub(crate) fn new() -> Self {
        Self {
            inline: [""; SeenNames::INLINE],
            inline_len: 0,
            rest: Vec::new(),
            set: None,
        }
    }

    /// Records `name`; false if it was already there.
    pub(crate) fn insert(&mut self, name: Cow<'a, str>) -> bool {
        if let Some(set) = &mut self.set {
            return set.insert(name);
        }
        let text: &str = &name;
        if self.inline[..self.inline_len].contains(&text)
            || self.rest.iter().any(|seen| seen == text)
        {
            return false;
        }
        match name {
            Cow::Borrowed(borrowed) if self.inline_len < Self::INLINE => {
                self.inline[self.inline_len] = borrowed;
                self.inline_len += 1;
            }
            other => self.rest.push(other),
        }
        if self.inline_len + self.rest.len() > Self::LINEAR_LIMIT {
            let inline = self.inline[..self.inline_len]
                .iter()
                .map(|name| Cow::Borrowed(*name));
            self.set = Some(inline.chain(self.rest.drain(..)).collect());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip_all(text: &str) -> Scan<()> {
        let mut scanner = Scanner::new(text);
        scanner.skip(1)?;
        scanner.finish()
    }

    #[test]
    fn accepts_json() {
        for text in [
            "{}",
            "[]",
            " { \"a\" : [ 1 , -0.5e+3 , 2E-2 , 0 , true , false , null ] } ",
            r#"{"s":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00","é":"ü"}"#,
            r#"[{"a":{"a":{"a":1}}},{"a":2}]"#,
            "\"a string that is longer than eight bytes, and then some\"",
            "-12345678901234567890123",
        ] {
            assert_eq!(skip_all(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{'a':1}",
            "{\"a\" 1}",
            "01",
            "1.",
            ".5",
            "1e",
            "+1",
            "-",
            "tru",
            "nul",
            "\"a",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"\\ud800\\u0041\"",
            "\"tab\there\"",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "1 2",
            "{} x",
            "/*c*/{}",
            "NaN",
            "Infinity",
        ] {
            assert!(
                matches!(skip_all(text), Err(ScanError::Syntax { .. })),
                "{text:?}"
            );
        }
    }

    #[test]
    fn decodes_strings_and_borrows_plain_ones() {
        let mut scanner = Scanner::new(r#""plain" "a\u0021\n\ud83d\ude00b" """#);
        assert!(matches!(scanner.string(), Ok(Cow::Borrowed("plain"))));
        assert_eq!(scanner.string().as_deref(), Ok("a!\n😀b"));
        assert!(matches!(scanner.string(), Ok(Cow::Borrowed(""))));
        assert_eq!(scanner.finish(), Ok(()));
    }

    #[test]
    fn stops_plain_runs_at_every_special_byte() {
        // Each special byte at each position of an eight-byte chunk.
        for special in ['"', '\\', '\u{1f}', '\0'] {
            for at in 0..20 {
                let mut text: String = "x".repeat(20);
                text.replace_range(at..=at, &special.to_string());
                let scanner = Scanner::new(&text);
                assert_eq!(scanner.plain_run(0), at, "{special:?} at {at}");
            }
        }
        let scanner = Scanner::new("ééééééé\u{7f}");
        assert_eq!(scanner.plain_run(0), "ééééééé\u{7f}".len());
    }

    #[test]
    fn refuses_numbers_beyond_the_range_of_a_double_as_serde_json_does() {
        let long = |digits: usize| format!("1{}", "0".repeat(digits));
        let tiny = format!("0.{}1", "0".repeat(400));
        for text in [
            "1e400".to_owned(),
            "-1E+400".to_owned(),
            "1e308".to_owned(),
            "1e-400".to_owned(),
            "1.5e-5".to_owned(),
            long(308),
            long(400),
            format!("-{}", long(400)),
            tiny,
        ] {
            let ours = skip_all(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            assert_eq!(ours.is_ok(), theirs.is_ok(), "{text}: {ours:?}");
        }
        assert!(matches!(
            skip_all("[1e400]"),
            Err(ScanError::Syntax {
                offset: 1,
                what: "number out of range"
            })
        ));
    }

    #[test]
    fn refuses_the_member_name_serde_json_reserves() {
        for text in [
            r#"{"$serde_json::private::RawValue":[]}"#,
            r#"{"a":{"$serde_json::private::RawValue":"[1]"}}"#,
            r#"[{"$serde_json::private::RawValu\u0065":"1"}]"#,
        ] {
            assert!(
                matches!(
                    skip_all(text),
                    Err(ScanError::Syntax {
                        what: "member name reserved by serde_json",
                        ..
                    })
                ),
                "{text}"
            );
        }
        assert!(skip_all(r#"{"$serde_json::private::RawValueX":[]}"#).is_ok());
        // Why: serde_json reads the marker's string as the JSON it holds.
        let theirs: serde_json::Value =
            serde_json::from_str(r#"{"a":{"$serde_json::private::RawValue":"[1]"}}"#)
                .unwrap_or_default();
        assert_eq!(theirs, serde_json::json!({"a": [1]}));
    }

    #[test]
    fn reads_number_text() {
        let mut scanner = Scanner::new("1700000000.25,");
        assert_eq!(scanner.number(), Ok("1700000000.25"));
        assert_eq!(scanner.peek(), Some(b','));
    }

    #[test]
    fn refuses_repeated_names_with_their_path() {
        for (text, path) in [
            (r#"{"a":1,"a":2}"#, "a"),
            (r#"{"a":1,"\u0061":2}"#, "a"),
            (r#"{"f":[{},{"t":1,"t":2}]}"#, "f[1].t"),
            (r#"[[{"x":{"y":0,"y":1}}]]"#, "[0][0].x.y"),
        ] {
            assert_eq!(
                skip_all(text),
                Err(ScanError::Duplicate(path.into())),
                "{text}"
            );
        }
        let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\":{i}")).collect();
        assert_eq!(skip_all(&format!("{{{}}}", many.join(","))), Ok(()));
        assert_eq!(
            skip_all(&format!("{{{},\"k3\":0}}", many.join(","))),
            Err(ScanError::Duplicate("k3".into()))
        );
    }

    #[test]
    fn limits_nesting_without_exhausting_the_stack() {
        let deep = |levels: usize| "[".repeat(levels) + &"]".repeat(levels);
        assert_eq!(skip_all(&deep(MAX_DEPTH)), Ok(()));
        // As deep as serde_json goes, and no deeper.
        assert!(serde_json::from_str::<serde_json::Value>(&deep(MAX_DEPTH)).is_ok());
        assert!(serde_json::from_str::<serde_json::Value>(&deep(MAX_DEPTH + 1)).is_err());
        assert!(matches!(
            skip_all(&deep(MAX_DEPTH + 1)),
            Err(ScanError::Syntax {
                what: "nesting too deep",
                ..
            })
        ));
        assert!(skip_all(&"{\"a\":".repeat(100_000)).is_err());
    }

    /// Mutates valid documents byte by byte and checks that the scanner accepts exactly
    /// what `serde_json` accepts, apart from the repeated names only the scanner refuses.
    #[test]
    fn agrees_with_serde_json_on_mutated_documents() {
        let documents = [
            r#"{"aud":["p1","p2"],"exp":1700000000,"nbf":1.5e2,"s":"a\u00e9\"b","n":null}"#,
            r#"{"https://stytch.com/session":{"id":"x","roles":["a"],"f":[{"t":true,"d":-0.25}]}}"#,
            r#"[{"k":"\ud83d\ude00"},[],{},"é",false,0,-12E+3]"#,
        ];
        let alphabet = b"{}[]:,\"\\u0123456789.eE+-tfnrlsa \t\n\x01\xff";
        // A small linear congruential generator: deterministic, no dependency.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % bound
        };
        let mut checked = 0;
        for round in 0..30_000 {
            let mut bytes = documents[round % documents.len()].as_bytes().to_vec();
            for _ in 0..1 + next(3) {
                let at = next(bytes.len() + 1);
                let byte = alphabet[next(alphabet.len())];
                match next(3) {
                    0 if at < bytes.len() => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => bytes.truncate(at.max(1)),
                }
            }
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            let ours = skip_all(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match ours {
                Err(ScanError::Duplicate(_)) => assert!(theirs.is_ok(), "{text:?}"),
                ours => assert_eq!(ours.is_ok(), theirs.is_ok(), "{text:?}: {ours:?}"),
            }
            checked += 1;
        }
        assert!(checked > 20_000, "only {checked} documents were UTF-8");
    }

    #[test]
    fn describes_errors_by_line_and_column() {
        let text = "{\n  \"a\": tru\n}";
        let error = skip_all(text).err();
        assert_eq!(
            error.map(|e| e.describe(text)).as_deref(),
            Some("expected a value at line 2 column 8")
        );
    }
}
