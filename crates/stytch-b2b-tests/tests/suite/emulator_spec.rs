//! The emulator's route table against `openapi/b2b.yaml`: every API route it serves
//! is declared in the spec (same method and path), every spec operation is served,
//! and control routes stay under their reserved prefix.

use std::collections::BTreeSet;

use stytch_b2b_emulator::{API_ROUTES, CONTROL_ROUTES};
use stytch_b2b_tests::emulator::start_emulator;
use stytch_b2b_tests::{PROJECT_ID, SECRET, generated_client, spec};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;
/// (METHOD, path, operationId).
type Operation = (String, String, String);

/// (METHOD, path, operationId) of every operation in the spec.
fn spec_operations() -> std::result::Result<BTreeSet<Operation>, Box<dyn std::error::Error>> {
    Ok(spec::operations()?
        .into_iter()
        .map(|op| (op.method, op.path, op.id))
        .collect())
}

#[test]
fn every_served_api_route_is_declared_in_the_spec_and_every_operation_is_served() -> Result {
    let spec = spec_operations()?;
    let served: BTreeSet<Operation> = API_ROUTES
        .iter()
        .map(|r| {
            (
                r.method.to_owned(),
                r.path.to_owned(),
                r.operation_id.to_owned(),
            )
        })
        .collect();
    assert_eq!(
        served.len(),
        API_ROUTES.len(),
        "duplicate entries in the route table"
    );
    let undeclared: Vec<_> = served.difference(&spec).collect();
    let unserved: Vec<_> = spec.difference(&served).collect();
    assert!(
        undeclared.is_empty(),
        "served but not in the spec: {undeclared:?}"
    );
    assert!(
        unserved.is_empty(),
        "in the spec but not served: {unserved:?}"
    );
    let declared = spec::operations()?.len();
    assert_eq!(spec.len(), declared, "an operation is declared twice");
    assert_eq!(API_ROUTES.len(), declared);
    Ok(())
}

#[test]
fn control_routes_live_under_the_reserved_prefix_and_not_in_the_spec() -> Result {
    let spec_paths: BTreeSet<String> = spec_operations()?.into_iter().map(|(_, p, _)| p).collect();
    for route in CONTROL_ROUTES {
        assert!(route.path.starts_with("/__emulator/"), "{route:?}");
        assert!(!spec_paths.contains(route.path), "{route:?}");
    }
    Ok(())
}

/// Each served route answers from its handler: a request with the right method never
/// meets the router's own 404 or 405, whatever the handler then decides.
#[tokio::test]
async fn every_route_in_the_table_reaches_a_handler() -> Result {
    let emu = start_emulator().await?;
    let http = reqwest::Client::new();
    for route in API_ROUTES.iter().chain(CONTROL_ROUTES) {
        if route.operation_id == "reset" {
            continue;
        }
        let path = route
            .path
            .replace("{project_id}", PROJECT_ID)
            .replace('{', "x-")
            .replace('}', "");
        let url = format!("{}{path}", emu.base_url());
        let method = reqwest::Method::from_bytes(route.method.as_bytes())?;
        let response = http
            .request(method, &url)
            .basic_auth(PROJECT_ID, Some(SECRET))
            .body("{}")
            .send()
            .await?;
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await?;
        assert_ne!(body["error_type"], "route_not_found", "{route:?}");
        assert_ne!(status, 405, "{route:?}");
    }
    // The walk hit `/__emulator/keys/rotate` once: the JWKS now holds the new key
    // and the one it replaced.
    let client = generated_client(emu.base_url());
    let jwks = client
        .sessions_get_jwks()
        .project_id(PROJECT_ID)
        .send()
        .await?;
    assert_eq!(jwks.keys.len(), 2);
    assert_eq!(jwks.keys[0].kid, emu.current_kid());
    Ok(())
}
