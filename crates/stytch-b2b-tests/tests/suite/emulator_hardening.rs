//! Hardening of the emulator: bounded cost parameters of migrated password hashes,
//! bounded request bodies, `Debug` without the secret or the store, no public address
//! with the public default secret, expired tokens forgotten, a capped outbox. (Slow
//! clients and the connection cap are tested over raw TCP in the emulator crate,
//! `crates/stytch-b2b-emulator/tests/server_limits.rs`.)

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use stytch_b2b_api::types;
use stytch_b2b_emulator::{
    DEFAULT_OUTBOX_CAPACITY, DEFAULT_SECRET, Emulator, EmulatorConfig, StartError,
};
use stytch_b2b_tests::emulator::{api_error, start_emulator, start_emulator_with_client};
use stytch_b2b_tests::{PROJECT_ID, SECRET, generated_client};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

const PASSWORD: &str = "Tr0ub4dor&3-correct-horse";
/// bcrypt, cost 4, of [`PASSWORD`].
const BCRYPT_4: &str = "$2b$04$YEDwXETsYU3lJVLfZFOfGOe8GSvauEImE793i/EpZ0DExYf6VIiNK";
/// argon2id, 4 MiB, two passes, of [`PASSWORD`].
const ARGON2ID_SMALL: &str = "$argon2id$v=19$m=4096,t=2,p=1$aGFyZGVuaW5nLXNhbHQhIQ$e2gjB6mYsN0lKwWV4Y81iM3f6gxUh+jZbs8jsjhfuNE";

/// [`BCRYPT_4`] claiming another cost (the hash no longer matches; only the import
/// is exercised).
fn bcrypt_with_cost(cost: &str) -> String {
    BCRYPT_4.replacen("$04$", &format!("${cost}$"), 1)
}

/// An argon2 PHC string with the given parameters (salt and output are well formed
/// but match no password).
fn argon2(algorithm: &str, params: &str) -> String {
    format!(
        "${algorithm}$v=19${params}$aGFyZGVuaW5nLXNhbHQhIQ$e2gjB6mYsN0lKwWV4Y81iM3f6gxUh+jZbs8jsjhfuNE"
    )
}

async fn create_org(
    client: &stytch_b2b_api::Client,
    name: &str,
) -> std::result::Result<String, Box<dyn std::error::Error>> {
    Ok(client
        .organizations_create()
        .body(types::OrganizationsCreateRequest::builder().organization_name(name))
        .send()
        .await?
        .into_inner()
        .organization
        .organization_id)
}

async fn migrate(
    client: &stytch_b2b_api::Client,
    org_id: &str,
    email: &str,
    hash_type: types::PasswordHashType,
    hash: &str,
) -> std::result::Result<
    stytch_b2b_api::ResponseValue<types::PasswordsMigrateResponse>,
    stytch_b2b_api::Error<types::StytchErrorBody>,
> {
    client
        .passwords_migrate()
        .body(
            types::PasswordsMigrateRequest::builder()
                .organization_id(org_id)
                .email_address(email)
                .hash(hash)
                .hash_type(hash_type),
        )
        .send()
        .await
}

#[tokio::test]
async fn migrated_hashes_with_runaway_costs_are_refused_at_import() -> Result {
    use types::PasswordHashType::{Argon2i, Argon2id, Bcrypt};
    let (_emu, client) = start_emulator_with_client().await?;
    let org_id = create_org(&client, "Costly").await?;
    // A bcrypt cost of 31 is 2^31 rounds (the first login would never end); an argon2
    // m of 4 TiB aborts the process on allocation.
    let refused = [
        (Bcrypt, bcrypt_with_cost("31"), "invalid_bcrypt_cost"),
        (Bcrypt, bcrypt_with_cost("15"), "invalid_bcrypt_cost"),
        (Bcrypt, bcrypt_with_cost("03"), "invalid_bcrypt_cost"),
        (
            Argon2id,
            argon2("argon2id", "m=4294967295,t=1,p=1"),
            "invalid_argon_2_memory",
        ),
        (
            Argon2id,
            argon2("argon2id", "m=65537,t=1,p=1"),
            "invalid_argon_2_memory",
        ),
        (
            Argon2id,
            argon2("argon2id", "m=8,t=4294967295,p=1"),
            "invalid_argon_2_iteration_amount",
        ),
        (
            Argon2id,
            argon2("argon2id", "m=65536,t=5,p=1"),
            "invalid_argon_2_iteration_amount",
        ),
        (
            Argon2i,
            argon2("argon2i", "m=4096,t=1,p=255"),
            "invalid_argon_2_threads",
        ),
        (
            Argon2id,
            argon2("argon2id", "m=4096,t=0,p=1"),
            "invalid_hash",
        ),
    ];
    for (i, (hash_type, hash, error_type)) in refused.iter().enumerate() {
        let email = format!("refused{i}@costly.example");
        let result = migrate(&client, &org_id, &email, *hash_type, hash).await;
        assert_eq!(api_error(result), (400, (*error_type).to_owned()), "{hash}");
    }

    // At the bounds: accepted (never logged in with, these hashes match nothing).
    for (i, (hash_type, hash)) in [
        (Bcrypt, bcrypt_with_cost("14")),
        (Bcrypt, bcrypt_with_cost("04")),
        (Argon2id, argon2("argon2id", "m=65536,t=4,p=16")),
    ]
    .iter()
    .enumerate()
    {
        let email = format!("bound{i}@costly.example");
        migrate(&client, &org_id, &email, *hash_type, hash).await?;
    }

    // Realistic hashes are imported and log in (then are rehashed).
    for (email, hash_type, hash) in [
        ("bcrypt@costly.example", Bcrypt, BCRYPT_4),
        ("argon2@costly.example", Argon2id, ARGON2ID_SMALL),
    ] {
        migrate(&client, &org_id, email, hash_type, hash).await?;
        for _ in 0..2 {
            let login = client
                .passwords_authenticate()
                .body(
                    types::PasswordsAuthenticateRequest::builder()
                        .organization_id(&org_id)
                        .email_address(email)
                        .password(PASSWORD),
                )
                .send()
                .await?;
            assert!(login.member_authenticated, "{email}");
        }
    }
    Ok(())
}

#[tokio::test]
async fn request_bodies_are_capped_at_two_mebibytes() -> Result {
    let emu = start_emulator().await?;
    let limit = 2 * 1024 * 1024;
    let send = |body: String| {
        reqwest::Client::new()
            .post(format!("{}/v1/b2b/organizations", emu.base_url()))
            .basic_auth(PROJECT_ID, Some(SECRET))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let name = r#"{"organization_name": "Big"}"#;
    // Just under the cap (padded with whitespace): read and decoded.
    let under = format!("{name}{}", " ".repeat(limit - name.len()));
    let response = send(under).await?;
    assert_eq!(response.status().as_u16(), 200);
    // One byte over: refused, in Stytch's shape.
    let over = format!("{name}{}", " ".repeat(limit - name.len() + 1));
    let response = send(over).await?;
    assert_eq!(response.status().as_u16(), 413);
    let body: types::StytchErrorBody = response.json().await?;
    assert_eq!(body.status_code, Some(413));
    assert_eq!(body.error_type.as_deref(), Some("bad_request"));
    Ok(())
}

#[tokio::test]
async fn debug_shows_neither_the_secret_nor_the_store() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let org_id = create_org(&client, "Printed").await?;
    let email = "printed@debug.example";
    client
        .organizations_members_create()
        .organization_id(&org_id)
        .body(types::OrganizationsMembersCreateRequest::builder().email_address(email))
        .send()
        .await?;
    client
        .magic_links_email_login_or_signup()
        .body(
            types::MagicLinksEmailLoginOrSignupRequest::builder()
                .organization_id(&org_id)
                .email_address(email),
        )
        .send()
        .await?;
    let link = emu.latest_message_to(email).ok_or("no login link")?;
    let authed = client
        .magic_links_authenticate()
        .body(types::MagicLinksAuthenticateRequest::builder().magic_links_token(&link.token))
        .send()
        .await?;
    let session_token = authed.session_token.clone().ok_or("no session")?;
    client
        .magic_links_email_login_or_signup()
        .body(
            types::MagicLinksEmailLoginOrSignupRequest::builder()
                .organization_id(&org_id)
                .email_address(email),
        )
        .send()
        .await?;
    let pending = emu.latest_message_to(email).ok_or("no second link")?;

    for printed in [format!("{emu:?}"), format!("{emu:#?}")] {
        for secret in [
            SECRET,
            &*session_token,
            &link.token,
            &pending.token,
            email,
            &org_id,
        ] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        assert!(printed.contains(emu.base_url()), "{printed}");
    }
    let config = format!("{:?}", emu.config());
    assert!(!config.contains(SECRET), "{config}");
    Ok(())
}

#[tokio::test]
async fn a_non_loopback_address_with_the_default_secret_is_refused() -> Result {
    for host in [
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)),
    ] {
        let started = Emulator::start(EmulatorConfig {
            host,
            ..EmulatorConfig::default()
        })
        .await;
        match started {
            Err(StartError::DefaultSecretOnNonLoopback { host: refused }) => {
                assert_eq!(refused, host);
            }
            other => panic!("{host} with the default secret: {other:?}"),
        }
    }
    let refused = Emulator::start(EmulatorConfig {
        host: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        ..EmulatorConfig::default()
    })
    .await
    .err()
    .map(|e| e.to_string())
    .unwrap_or_default();
    assert!(refused.contains("default project secret"), "{refused}");

    // Loopback with the default secret, and any address with a secret of one's own,
    // start.
    let local = Emulator::start(EmulatorConfig::default()).await?;
    assert_eq!(local.config().secret, DEFAULT_SECRET);
    let mapped = Emulator::start(EmulatorConfig {
        host: "::ffff:127.0.0.1".parse()?,
        ..EmulatorConfig::default()
    })
    .await;
    assert!(
        !matches!(mapped, Err(StartError::DefaultSecretOnNonLoopback { .. })),
        "{mapped:?}"
    );
    Emulator::start(EmulatorConfig {
        host: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        secret: SECRET.to_owned(),
        ..EmulatorConfig::default()
    })
    .await?;

    // Limits of zero cannot serve and are refused too.
    let zero = Emulator::start(EmulatorConfig {
        max_connections: 0,
        ..EmulatorConfig::default()
    })
    .await;
    assert!(
        matches!(
            zero,
            Err(StartError::ZeroLimit {
                setting: "max_connections"
            })
        ),
        "{zero:?}"
    );
    Ok(())
}

#[tokio::test]
async fn expired_links_are_forgotten_a_day_after_they_expire() -> Result {
    let (emu, client) = start_emulator_with_client().await?;
    let send = |email: &'static str| {
        client
            .magic_links_email_discovery_send()
            .body(types::MagicLinksEmailDiscoverySendRequest::builder().email_address(email))
            .send()
    };
    let authenticate = |token: String| {
        client
            .magic_links_discovery_authenticate()
            .body(
                types::MagicLinksDiscoveryAuthenticateRequest::builder()
                    .discovery_magic_links_token(token),
            )
            .send()
    };
    send("old@prune.example").await?;
    let old = emu
        .latest_message_to("old@prune.example")
        .ok_or("no link")?;

    // Expired an hour ago: still known, refused as expired.
    emu.advance_clock(Duration::from_secs(2 * 3600));
    send("other@prune.example").await?;
    let late = authenticate(old.token.clone()).await;
    assert_eq!(
        api_error(late),
        (401, "unable_to_auth_magic_link".to_owned())
    );

    // A day later, the next link sent sweeps it away: now it is unknown.
    emu.advance_clock(Duration::from_secs(24 * 3600));
    send("new@prune.example").await?;
    let gone = authenticate(old.token).await;
    assert_eq!(api_error(gone), (404, "magic_link_not_found".to_owned()));
    let new = emu
        .latest_message_to("new@prune.example")
        .ok_or("no link")?;
    authenticate(new.token).await?;
    Ok(())
}

#[tokio::test]
async fn the_outbox_keeps_only_the_newest_messages() -> Result {
    assert_eq!(
        EmulatorConfig::default().outbox_capacity,
        DEFAULT_OUTBOX_CAPACITY
    );
    assert_eq!(DEFAULT_OUTBOX_CAPACITY, 1_000);
    let emu = Emulator::start(EmulatorConfig {
        project_id: PROJECT_ID.to_owned(),
        secret: SECRET.to_owned(),
        outbox_capacity: 3,
        ..EmulatorConfig::default()
    })
    .await?;
    let client = generated_client(emu.base_url());
    for i in 0..5 {
        client
            .magic_links_email_discovery_send()
            .body(
                types::MagicLinksEmailDiscoverySendRequest::builder()
                    .email_address(format!("user{i}@outbox.example")),
            )
            .send()
            .await?;
    }
    let recipients: Vec<String> = emu.outbox().into_iter().map(|m| m.recipient).collect();
    assert_eq!(
        recipients,
        [
            "user2@outbox.example",
            "user3@outbox.example",
            "user4@outbox.example"
        ]
    );
    assert!(emu.latest_message_to("user0@outbox.example").is_none());
    Ok(())
}
