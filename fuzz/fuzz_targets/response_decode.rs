//! Response decoding: every generated response type (and the error body) through
//! `serde_json`, and what the SDK makes of a body that does not decode.
//!
//! The first input byte picks one of the types, in the order of the list below (the
//! seeds' script numbers the fixtures the same way); the rest is the body.
//!
//! Properties: no panic; a body that decodes re-encodes to JSON that decodes to an equal
//! value; the `Error::Decode` of a body that does not decode keeps an excerpt of at most
//! `EXCERPT_LIMIT` bytes (plus the ellipsis), in which no string value under a
//! secret-like key (`token`, `jwt`, `secret`, `password`, `code`) survives, and the same
//! holds for the `Debug` and `Display` of the error.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use stytch_b2b::__fuzz::{EXCERPT_LIMIT, decode_failure, excerpt, mask_quoted};
use stytch_b2b::types::*;

/// Decodes `json` as the type numbered `index` (in the order listed); a decoded value must
/// survive a round trip.
macro_rules! round_trip_one {
    ($index:expr, $json:expr, $($ty:ty,)*) => {{
        let types: &[fn(&[u8])] = &[$(|json| {
            if let Ok(value) = serde_json::from_slice::<$ty>(json) {
                let encoded = serde_json::to_vec(&value).expect("a decoded response encodes");
                let again: $ty = serde_json::from_slice(&encoded).unwrap_or_else(|e| {
                    panic!("{} does not decode its own encoding: {e}", stringify!($ty))
                });
                assert_eq!(value, again, "{} round trip", stringify!($ty));
                let _ = format!("{value:?}");
            }
        },)*];
        types[usize::from($index) % types.len()]($json);
    }};
}

const SECRET_KEY_PARTS: &[&str] = &["token", "jwt", "secret", "password", "code"];

/// String values under secret-like keys that the redaction must hide: plain (no escapes),
/// at least 8 characters, and found exactly once in the body, so that their presence in
/// an excerpt can only come from that member.
fn secrets(body: &str, value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                if let Value::String(text) = member {
                    let lower = key.to_ascii_lowercase();
                    if SECRET_KEY_PARTS.iter().any(|part| lower.contains(part))
                        && body.contains(&format!("\"{key}\""))
                        && text.len() >= 8
                        && text
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                        && body.matches(text.as_str()).count() == 1
                    {
                        found.push(text.clone());
                    }
                }
                secrets(body, member, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| secrets(body, item, found)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the response type (see fuzz/seeds/make_seeds.py), the rest is
    // the body.
    let Some((&index, body)) = data.split_first() else {
        return;
    };
    round_trip_one!(
        index,
        body,
        DiscoveryIntermediateSessionsExchangeResponse,
        DiscoveryOrganizationsCreateResponse,
        DiscoveryOrganizationsListResponse,
        MagicLinksAuthenticateResponse,
        MagicLinksDiscoveryAuthenticateResponse,
        MagicLinksEmailDiscoverySendResponse,
        MagicLinksEmailInviteResponse,
        MagicLinksEmailLoginOrSignupResponse,
        OauthAuthenticateResponse,
        OauthDiscoveryAuthenticateResponse,
        OrganizationsCreateResponse,
        OrganizationsDeleteResponse,
        OrganizationsGetResponse,
        OrganizationsMembersCreateResponse,
        OrganizationsMembersDeleteMfaPhoneNumberResponse,
        OrganizationsMembersDeletePasswordResponse,
        OrganizationsMembersDeleteResponse,
        OrganizationsMembersGetResponse,
        OrganizationsMembersReactivateResponse,
        OrganizationsMembersSearchResponse,
        OrganizationsMembersUpdateResponse,
        OrganizationsSearchResponse,
        OrganizationsUpdateResponse,
        OtpsSmsAuthenticateResponse,
        OtpsSmsSendResponse,
        PasswordsAuthenticateResponse,
        PasswordsEmailResetResponse,
        PasswordsEmailResetStartResponse,
        PasswordsExistingPasswordResetResponse,
        PasswordsMigrateResponse,
        PasswordsSessionResetResponse,
        PasswordsStrengthCheckResponse,
        RbacPolicyResponse,
        SessionsAuthenticateResponse,
        SessionsExchangeResponse,
        SessionsGetJwksResponse,
        SessionsGetResponse,
        SessionsRevokeResponse,
        SsoAuthenticateResponse,
        SsoDeleteConnectionResponse,
        SsoGetConnectionsResponse,
        SsoOidcCreateConnectionResponse,
        SsoOidcUpdateConnectionResponse,
        SsoSamlCreateConnectionResponse,
        SsoSamlDeleteVerificationCertificateResponse,
        SsoSamlUpdateConnectionResponse,
        StytchErrorBody,
    );

    let cut = excerpt(body);
    assert!(
        cut.len() <= EXCERPT_LIMIT + '…'.len_utf8(),
        "excerpt of {} bytes",
        cut.len()
    );
    let _ = mask_quoted(&String::from_utf8_lossy(body));

    let hidden = match std::str::from_utf8(body)
        .ok()
        .zip(serde_json::from_slice::<Value>(body).ok())
    {
        Some((body, document)) => {
            let mut found = Vec::new();
            secrets(body, &document, &mut found);
            found
        }
        None => Vec::new(),
    };
    for secret in &hidden {
        assert!(
            !cut.contains(secret.as_str()),
            "excerpt shows {secret:?}: {cut:?}"
        );
    }
    if let Some(error) = decode_failure::<SessionsAuthenticateResponse>(body) {
        let shown = format!("{error} {error:?}");
        assert!(
            matches!(error, stytch_b2b::Error::Decode { .. }),
            "a decode failure mapped to {error:?}"
        );
        for secret in &hidden {
            assert!(
                !shown.contains(secret.as_str()),
                "error shows {secret:?}: {shown}"
            );
        }
    }
});
