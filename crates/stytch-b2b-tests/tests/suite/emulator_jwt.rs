//! Session JWTs of the emulator: RS256 signatures that verify against the served
//! JWKS, and key rotation through the control endpoint.

use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use stytch_b2b_api::types;
use stytch_b2b_emulator::{Emulator, EmulatorConfig, JwtIssuer};
use stytch_b2b_tests::emulator::{api_error, jwt_segment, start_emulator_with_client};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;
type Res<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Verifies `jwt` against `keys` the way a relying party would; returns its kid.
fn verify(jwt: &str, keys: &[stytch_b2b_api::Jwk]) -> Res<String> {
    let header = jwt_segment(jwt, 0)?;
    assert_eq!(header["alg"], json!("RS256"));
    assert_eq!(header["typ"], json!("JWT"));
    let kid = header["kid"].as_str().ok_or("no kid")?.to_owned();
    let key = keys
        .iter()
        .find(|k| k.kid == kid)
        .ok_or("kid not in the JWKS")?;
    assert_eq!(
        (key.kty.as_str(), key.alg.as_str(), key.use_.as_str()),
        ("RSA", "RS256", "sig")
    );
    let (signed, sig) = jwt.rsplit_once('.').ok_or("no signature")?;
    let components = RsaPublicKeyComponents {
        n: URL_SAFE_NO_PAD.decode(&key.n)?,
        e: URL_SAFE_NO_PAD.decode(&key.e)?,
    };
    components
        .verify(
            &RSA_PKCS1_2048_8192_SHA256,
            signed.as_bytes(),
            &URL_SAFE_NO_PAD.decode(sig)?,
        )
        .map_err(|_| "signature does not verify")?;
    Ok(kid)
}

/// An organization with one active member logged in by magic link; returns the
/// session token and JWT.
async fn login(
    emu: &Emulator,
    client: &stytch_b2b_api::Client,
    slug: &str,
) -> Res<(String, String)> {
    let org = client
        .organizations_create()
        .body(
            types::OrganizationsCreateRequest::builder()
                .organization_name(slug)
                .organization_slug(slug.to_owned()),
        )
        .send()
        .await?
        .into_inner()
        .organization;
    let email = format!("owner@{slug}.example");
    client
        .magic_links_email_invite()
        .body(
            types::MagicLinksEmailInviteRequest::builder()
                .organization_id(&org.organization_id)
                .email_address(&email),
        )
        .send()
        .await?;
    let link = emu.latest_message_to(&email).ok_or("no invite")?;
    let authed = client
        .magic_links_authenticate()
        .body(
            types::MagicLinksAuthenticateRequest::builder()
                .magic_links_token(&link.token)
                .set_session_custom_claims(
                    json!({"role": "owner", "iss": "ignored"})
                        .as_object()
                        .cloned(),
                ),
        )
        .send()
        .await?
        .into_inner();
    Ok((
        authed.session_token.ok_or("no token")?.into_inner(),
        authed.session_jwt.ok_or("no jwt")?.into_inner(),
    ))
}

#[tokio::test]
async fn session_jwts_verify_against_the_served_jwks_with_stytch_claims() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let (_, jwt) = login(&emu, &client, "signed").await?;
    let jwks = client
        .sessions_get_jwks()
        .project_id(PROJECT_ID)
        .send()
        .await?
        .into_inner();
    assert_eq!(jwks.keys.len(), 1);
    assert_eq!(verify(&jwt, &jwks.keys)?, emu.current_kid());
    // The in-process JWKS is the same document.
    let local: Value = serde_json::from_str(&emu.jwks_json())?;
    assert_eq!(local["keys"][0]["kid"], json!(emu.current_kid()));
    assert_eq!(local["keys"][0]["n"], json!(jwks.keys[0].n));

    let claims = jwt_segment(&jwt, 1)?;
    let now = emu.now().timestamp();
    assert_eq!(claims["iat"], json!(now));
    assert_eq!(claims["nbf"], json!(now));
    assert_eq!(claims["exp"], json!(now + 300));
    assert_eq!(
        claims["iss"],
        json!(format!("stytch.com/{PROJECT_ID}")),
        "a custom claim cannot replace iss"
    );
    assert_eq!(claims["role"], json!("owner"));
    let session = &claims["https://stytch.com/session"];
    for field in ["id", "started_at", "last_accessed_at", "expires_at"] {
        assert!(session[field].is_string(), "{field}");
    }
    assert_eq!(
        session["authentication_factors"][0]["type"],
        json!("magic_link")
    );
    assert_eq!(
        claims["https://stytch.com/organization"]["slug"],
        json!("signed")
    );

    // A JWT with a flipped signature byte is refused.
    let (signed, sig) = jwt.rsplit_once('.').ok_or("no signature")?;
    let mut raw_sig = URL_SAFE_NO_PAD.decode(sig)?;
    raw_sig[0] ^= 1;
    let forged = format!("{signed}.{}", URL_SAFE_NO_PAD.encode(raw_sig));
    let refused = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_jwt(forged))
        .send()
        .await;
    assert_eq!(api_error(refused).1, "unable_to_parse_session_jwt");
    Ok(())
}

#[tokio::test]
async fn key_rotation_through_the_control_endpoint_shows_the_new_kid() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let (token, old_jwt) = login(&emu, &client, "rotating").await?;
    let first_kid = emu.current_kid();

    let rotated: Value = reqwest::Client::new()
        .post(format!("{}/__emulator/keys/rotate", emu.base_url()))
        .basic_auth(PROJECT_ID, Some(SECRET))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let new_kid = rotated["kid"].as_str().ok_or("no kid")?.to_owned();
    assert_eq!(rotated["previous_kid"], json!(first_kid));
    assert_ne!(new_kid, first_kid);
    assert_eq!(emu.current_kid(), new_kid);

    let jwks = client
        .sessions_get_jwks()
        .project_id(PROJECT_ID)
        .send()
        .await?
        .into_inner();
    let kids: Vec<&str> = jwks.keys.iter().map(|k| k.kid.as_str()).collect();
    assert_eq!(kids, vec![new_kid.as_str(), first_kid.as_str()]);

    // New JWTs are signed with the new key; the old JWT still verifies and is still
    // accepted while its session lives.
    let refreshed = client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_token(token))
        .send()
        .await?
        .into_inner();
    let new_jwt = refreshed.session_jwt.ok_or("no jwt")?;
    assert_eq!(verify(&new_jwt, &jwks.keys)?, new_kid);
    assert_eq!(verify(&old_jwt, &jwks.keys)?, first_kid);
    client
        .sessions_authenticate()
        .body(types::SessionsAuthenticateRequest::builder().session_jwt(old_jwt.clone()))
        .send()
        .await?;

    // A second rotation drops the first key.
    let third_kid = emu.rotate_signing_key().await?;
    let jwks = client
        .sessions_get_jwks()
        .project_id(PROJECT_ID)
        .send()
        .await?
        .into_inner();
    let kids: Vec<&str> = jwks.keys.iter().map(|k| k.kid.as_str()).collect();
    assert_eq!(kids, vec![third_kid.as_str(), new_kid.as_str()]);
    assert!(verify(&old_jwt, &jwks.keys).is_err());
    Ok(())
}

#[tokio::test]
async fn jwks_of_another_project_is_not_found() -> Result {
    let (_emu, client) = start_emulator_with_client().await?;
    let err = client
        .sessions_get_jwks()
        .project_id("project-test-other")
        .send()
        .await;
    assert_eq!(api_error(err), (404, "project_not_found".to_owned()));
    Ok(())
}

/// Stytch's own issuer is accepted by a client whatever base URL it uses, so a client
/// on `localhost` verifies the emulator's tokens locally even though the emulator
/// listens on `127.0.0.1`.
#[tokio::test]
async fn the_default_issuer_verifies_from_a_client_on_another_host_name() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let (_, jwt) = login(&emu, &client, "localhost-issuer").await?;
    assert_eq!(
        jwt_segment(&jwt, 1)?["iss"],
        json!(format!("stytch.com/{PROJECT_ID}"))
    );
    let on_localhost = stytch_b2b::Client::builder(PROJECT_ID, SECRET)
        .base_url(format!("http://localhost:{}", emu.local_addr().port()))
        .build()?;
    let session = on_localhost
        .sessions()
        .authenticate_jwt_local(&jwt, &stytch_b2b::JwtVerifyOptions::default())
        .await?;
    assert_eq!(
        session.organization_slug.as_deref(),
        Some("localhost-issuer")
    );
    Ok(())
}

#[tokio::test]
async fn a_custom_domain_issuer_names_the_emulator_or_the_given_string() -> Result {
    for (issuer, expected) in [
        (JwtIssuer::BaseUrl, None),
        (
            JwtIssuer::Custom("https://login.example.com".to_owned()),
            Some("https://login.example.com"),
        ),
    ] {
        let emu = Emulator::start(EmulatorConfig {
            project_id: PROJECT_ID.to_owned(),
            secret: SECRET.to_owned(),
            jwt_issuer: issuer,
            ..EmulatorConfig::default()
        })
        .await?;
        let client = stytch_b2b_tests::generated_client(emu.base_url());
        let (_, jwt) = login(&emu, &client, "custom-issuer").await?;
        let want = expected.map_or_else(|| emu.base_url().to_owned(), str::to_owned);
        assert_eq!(jwt_segment(&jwt, 1)?["iss"], json!(want));
    }
    Ok(())
}
