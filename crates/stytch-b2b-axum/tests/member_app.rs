//! The example app's scenario against the in-process emulator: each caller gets the
//! answer the routes promise.

#![allow(clippy::unwrap_used)]

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/member_app/app.rs"]
mod app;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/member_app/scenario.rs"]
mod scenario;

use stytch_b2b_emulator::{Emulator, EmulatorConfig};

#[tokio::test]
async fn every_caller_gets_the_answer_its_credentials_allow() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let exchanges = scenario::run(&emulator).await.unwrap();
    let answers: Vec<(&str, u16, &str)> = exchanges
        .iter()
        .map(|e| (e.label.as_str(), e.status, e.body.as_str()))
        .collect();
    let [
        none,
        malformed,
        ada_me,
        ada_elsewhere,
        ada_edit,
        bob_edit,
        billing,
        bob_m2m,
    ] = answers.as_slice()
    else {
        panic!("eight exchanges expected: {answers:?}");
    };
    assert_eq!(none.1, 401, "{answers:?}");
    assert_eq!(none.2, r#"{"error":"unauthenticated"}"#);
    assert_eq!(malformed.1, 401);
    assert_eq!(ada_me.1, 200, "{ada_me:?}");
    assert!(ada_me.2.contains(r#""editor""#), "{ada_me:?}");
    assert_eq!(ada_elsewhere.1, 403);
    assert_eq!(ada_elsewhere.2, r#"{"error":"forbidden"}"#);
    assert_eq!(ada_edit.1, 200, "{ada_edit:?}");
    assert!(ada_edit.2.ends_with("edited the document"));
    assert_eq!(bob_edit.1, 403, "{bob_edit:?}");
    assert_eq!(billing.1, 200, "{billing:?}");
    assert!(
        billing
            .2
            .starts_with("invoices for M2M client m2m-client-test-")
    );
    assert_eq!(bob_m2m.1, 401);
}
