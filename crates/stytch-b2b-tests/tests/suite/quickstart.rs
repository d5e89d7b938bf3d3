//! The quickstart example's flow, end to end against the in-process emulator.

#[allow(dead_code, unreachable_pub)]
#[path = "../../../stytch-b2b/examples/quickstart/walkthrough.rs"]
mod walkthrough;

use stytch_b2b::{Client, ErrorType};
use stytch_b2b_emulator::{Emulator, EmulatorConfig};
use walkthrough::{AppClaims, Inbox};

struct Outbox<'a>(&'a Emulator);

impl Inbox for Outbox<'_> {
    fn magic_link_token(&self, email_address: &str) -> Result<String, String> {
        self.0
            .latest_message_to(email_address)
            .map(|m| m.token)
            .ok_or_else(|| format!("nothing sent to {email_address}"))
    }
}

#[tokio::test]
async fn quickstart_flow_runs_end_to_end_against_the_emulator()
-> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start(EmulatorConfig::default()).await?;
    let config = emulator.config();
    let client = Client::builder(&config.project_id, &config.secret)
        .base_url(emulator.base_url())
        .build()?;
    let mut narration = Vec::new();

    let summary = walkthrough::run(&client, &Outbox(&emulator), "test", &mut narration)
        .await
        .map_err(|e| e.to_string())?;

    assert_eq!(summary.member_status, "active");
    assert!(summary.organization_id.starts_with("organization-test-"));
    assert!(summary.member_id.starts_with("member-test-"));
    assert_eq!(
        summary.claims,
        AppClaims {
            plan: "enterprise".into(),
            seats: 25
        }
    );
    assert_eq!(summary.refusal, Some(ErrorType::SessionNotFound));
    let narration = String::from_utf8(narration)?;
    assert_eq!(
        narration.lines().count(),
        8,
        "one line per step:\n{narration}"
    );
    assert!(
        narration.contains("Created organization acme-test"),
        "{narration}"
    );
    assert!(narration.contains("JWT verified locally"), "{narration}");
    assert!(
        narration.contains("The API now refuses the session: session_not_found"),
        "{narration}"
    );
    // The JWKS was fetched once, by the local verification.
    assert_eq!(client.sessions().jwks().stats().fetches, 1);
    Ok(())
}
