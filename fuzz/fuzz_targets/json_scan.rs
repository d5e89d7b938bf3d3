//! The strict JSON scanner of the verifier, against `serde_json`, and the claim rules over
//! the same bytes as a payload.
//!
//! Properties: no panic; whatever the scanner accepts, `serde_json` accepts (so the text
//! kept for custom claims always parses again); whatever `serde_json` accepts, the scanner
//! accepts unless a member name repeats, it nests deeper than 127 levels or it holds the
//! member name `serde_json` reserves for itself; a payload the claim rules accept is a JSON
//! object whose `sub` is the session's member id, and whose custom claims and factors,
//! kept as text, parse to the values `serde_json` reads.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};
use stytch_b2b::__fuzz::{ScanOutcome, extract_claims, scan_json};

const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
const ISSUER: &str = "stytch.com/project-test-11111111-2222-3333-4444-555555555555";

fuzz_target!(|data: &[u8]| {
    let claims = extract_claims(data, PROJECT_ID, &[ISSUER]);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(claims.is_err(), "claims accepted from invalid UTF-8");
        return;
    };
    let ours = scan_json(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (ScanOutcome::Valid, Ok(_))
        | (ScanOutcome::Refused(_), Err(_))
        | (ScanOutcome::RepeatedName(_), _) => {}
        (ScanOutcome::Valid, Err(error)) => {
            panic!("the scanner accepts what serde_json refuses ({error}): {text:?}")
        }
        // serde_json reads its reserved member name as a marker, not as a name.
        (ScanOutcome::Refused(why), Ok(_)) => assert!(
            why.contains("nesting too deep") || why.contains("reserved by serde_json"),
            "the scanner refuses ({why}) what serde_json accepts: {text:?}"
        ),
    }

    let Ok((session, _times)) = claims else {
        return;
    };
    let Ok(Value::Object(map)) = theirs else {
        panic!("claims accepted from a payload serde_json does not read as an object: {text:?}");
    };
    assert_eq!(ours, ScanOutcome::Valid);
    assert_eq!(map["sub"], session.member_id.as_str());
    let custom: Map<String, Value> =
        serde_json::from_str(session.custom_claims_json()).expect("custom claims text parses");
    assert_eq!(&custom, session.custom_claims());
    for (name, value) in &custom {
        assert_eq!(map.get(name), Some(value), "custom claim {name:?}");
    }
    for factor in &session.authentication_factors {
        let raw: Map<String, Value> =
            serde_json::from_str(factor.raw_json()).expect("factor text parses");
        assert_eq!(&raw, factor.raw());
    }
});
