//! M2M end to end against the emulator with the ergonomic client: create an M2M client,
//! get a token through the cache, verify it locally against the served JWKS with scopes.

use stytch_b2b::m2m::M2mClientsCreateRequest;
use stytch_b2b::m2m_local::M2mAuthenticateOptions;
use stytch_b2b::{AuthorizationError, Error};
use stytch_b2b_tests::emulator::start_emulator;
use stytch_b2b_tests::expected_call::client_for;

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

#[tokio::test]
async fn an_emulator_token_is_fetched_once_and_verifies_locally_with_its_scopes() -> Result {
    let emu = start_emulator().await?;
    let client = client_for(emu.base_url());
    let created = client
        .m2m()
        .clients()
        .create(
            M2mClientsCreateRequest::builder()
                .client_name("Invoice sync")
                .scopes(vec![
                    "read:invoices".to_owned(),
                    "write:invoices".to_owned(),
                ]),
        )
        .await?
        .m2m_client;
    let secret = created.client_secret;

    let token = client
        .m2m()
        .cached_token(&created.client_id, &secret, &["read:invoices"])
        .await?;
    let again = client
        .m2m()
        .cached_token(&created.client_id, &secret, &["read:invoices"])
        .await?;
    assert_eq!(token, again);
    let stats = client.m2m().token_cache().stats();
    assert_eq!((stats.fetches, stats.hits), (1, 1));

    let options = M2mAuthenticateOptions::default().with_required_scopes(["read:invoices"]);
    let claims = client
        .m2m()
        .authenticate_token(&token.access_token, &options)
        .await?;
    assert_eq!(claims.client_id, created.client_id);
    assert_eq!(claims.scopes, ["read:invoices"]);
    assert!(claims.custom_claims().is_empty());
    // The key set was fetched from the emulator for this verification.
    assert_eq!(client.sessions().jwks().stats().fetches, 1);

    // The token was narrowed to `read:invoices`, so `write:invoices` is missing.
    let write = options.with_required_scopes(["write:invoices"]);
    let refused = client
        .m2m()
        .authenticate_token(&token.access_token, &write)
        .await;
    assert!(
        matches!(
            &refused,
            Err(Error::Authorization(AuthorizationError::MissingScopes { required }))
                if required == &["write:invoices"]
        ),
        "{refused:?}"
    );

    // Without scopes the token carries all of the client's.
    let all = client
        .m2m()
        .cached_token(&created.client_id, &secret, &[])
        .await?;
    let claims = client
        .m2m()
        .authenticate_token(&all.access_token, &write)
        .await?;
    assert_eq!(claims.scopes, ["read:invoices", "write:invoices"]);
    emu.shutdown().await;
    Ok(())
}
