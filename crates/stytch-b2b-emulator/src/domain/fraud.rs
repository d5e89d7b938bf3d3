//! Device fingerprinting and email risk with deterministic answers: fingerprints are
//! digests of the telemetry id, verdicts follow the rules set through `rules/set`
//! and the verdict-reason overrides, and a telemetry id containing `bot` is judged a
//! headless browser (`BLOCK`), so tests can exercise both outcomes.

use chrono::{DateTime, Duration, Utc};
use stytch_b2b_api::types;

/// Verdict reasons the emulator knows, with their default action.
pub(crate) const VERDICT_REASONS: &[(&str, &str)] = &[
    ("HEADLESS_BROWSER_AUTOMATION", "BLOCK"),
    ("KNOWN_DEVICE", "ALLOW"),
    ("VPN_DETECTED", "CHALLENGE"),
];

/// Role addresses email risk marks as such (`CHALLENGE`).
const ROLE_LOCAL_PARTS: &[&str] = &["admin", "info", "support", "sales", "noreply", "no-reply"];
/// Disposable-mail domains email risk refuses (`BLOCK`).
const DISPOSABLE_DOMAINS: &[&str] = &["mailinator.com", "guerrillamail.com", "10minutemail.com"];

/// The rules and overrides a project set.
#[derive(Debug, Default)]
pub(crate) struct FraudState {
    pub(crate) rules: Vec<types::Rule>,
    pub(crate) overrides: Vec<types::VerdictReasonAction>,
}

fn digest_hex(label: &str, input: &str) -> String {
    let d = aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        format!("{label}:{input}").as_bytes(),
    );
    d.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The fingerprints of a telemetry id.
pub(crate) fn fingerprints(telemetry_id: &str) -> types::Fingerprints {
    types::Fingerprints {
        browser_fingerprint: format!(
            "browser-fingerprint-{}",
            digest_hex("browser", telemetry_id)
        ),
        browser_id: Some(format!(
            "browser-{}",
            digest_hex("browser-id", telemetry_id)
        )),
        hardware_fingerprint: format!("hardware-fingerprint-{}", digest_hex("hw", telemetry_id)),
        network_fingerprint: format!("network-fingerprint-{}", digest_hex("net", telemetry_id)),
        visitor_fingerprint: format!(
            "visitor-fingerprint-{}",
            digest_hex("visitor", telemetry_id)
        ),
        visitor_id: Some(format!(
            "visitor-{}",
            digest_hex("visitor-id", telemetry_id)
        )),
    }
}

/// The rule matching `fp`, if a live one does: `(action, rule type, identifier)`.
fn matching_rule(
    state: &FraudState,
    fp: &types::Fingerprints,
    now: DateTime<Utc>,
) -> Option<(String, String, String)> {
    state
        .rules
        .iter()
        .filter(|r| r.expires_at.is_none_or(|at| at > now))
        .find_map(|r| {
            let candidates = [
                (&r.visitor_id, fp.visitor_id.as_ref(), "VISITOR_ID"),
                (&r.browser_id, fp.browser_id.as_ref(), "BROWSER_ID"),
                (
                    &r.visitor_fingerprint,
                    Some(&fp.visitor_fingerprint),
                    "VISITOR_FINGERPRINT",
                ),
                (
                    &r.browser_fingerprint,
                    Some(&fp.browser_fingerprint),
                    "BROWSER_FINGERPRINT",
                ),
                (
                    &r.hardware_fingerprint,
                    Some(&fp.hardware_fingerprint),
                    "HARDWARE_FINGERPRINT",
                ),
                (
                    &r.network_fingerprint,
                    Some(&fp.network_fingerprint),
                    "NETWORK_FINGERPRINT",
                ),
            ];
            candidates
                .into_iter()
                .find_map(|(rule, actual, kind)| match (rule, actual) {
                    (Some(rule), Some(actual)) if rule == actual => {
                        Some((r.action.clone(), kind.to_owned(), rule.clone()))
                    }
                    _ => None,
                })
        })
}

/// The action of `reason`, with the project's override applied.
fn reason_action(state: &FraudState, reason: &str) -> String {
    state
        .overrides
        .iter()
        .find(|o| o.verdict_reason == reason)
        .and_then(|o| o.override_action.clone())
        .or_else(|| {
            VERDICT_REASONS
                .iter()
                .find(|(r, _)| *r == reason)
                .map(|(_, a)| (*a).to_owned())
        })
        .unwrap_or_else(|| "ALLOW".to_owned())
}

/// The verdict on a telemetry id.
pub(crate) fn verdict(
    state: &FraudState,
    telemetry_id: &str,
    now: DateTime<Utc>,
) -> types::Verdict {
    let fp = fingerprints(telemetry_id);
    let overrides = state
        .overrides
        .iter()
        .filter_map(|o| {
            o.override_action
                .clone()
                .map(|a| types::VerdictReasonOverride {
                    override_action: a,
                    verdict_reason: o.verdict_reason.clone(),
                })
        })
        .collect();
    if let Some((action, kind, id)) = matching_rule(state, &fp, now) {
        return types::Verdict {
            action,
            detected_device_type: "DESKTOP".to_owned(),
            is_authentic_device: true,
            reasons: Vec::new(),
            rule_match_identifier: Some(id),
            rule_match_type: Some(kind),
            verdict_reason_overrides: overrides,
        };
    }
    let reason = if telemetry_id.to_ascii_lowercase().contains("bot") {
        "HEADLESS_BROWSER_AUTOMATION"
    } else {
        "KNOWN_DEVICE"
    };
    types::Verdict {
        action: reason_action(state, reason),
        detected_device_type: "DESKTOP".to_owned(),
        is_authentic_device: reason == "KNOWN_DEVICE",
        reasons: vec![reason.to_owned()],
        rule_match_identifier: None,
        rule_match_type: None,
        verdict_reason_overrides: overrides,
    }
}

/// When a rule set at `now` for `minutes` expires.
pub(crate) fn rule_expiry(now: DateTime<Utc>, minutes: Option<i64>) -> Option<DateTime<Utc>> {
    minutes
        .filter(|m| *m > 0)
        .map(|m| now + Duration::minutes(m))
}

/// Email risk: `(action, risk score, address facts, domain facts)`.
pub(crate) fn email_risk(
    email: &str,
) -> (
    String,
    i64,
    types::AddressInformation,
    types::DomainInformation,
) {
    let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
    let valid = !local.is_empty() && domain.contains('.');
    let domain = domain.to_ascii_lowercase();
    let local_lower = local.to_ascii_lowercase();
    let base = local_lower.split('+').next().unwrap_or_default().to_owned();
    let disposable = DISPOSABLE_DOMAINS.contains(&domain.as_str());
    let role = ROLE_LOCAL_PARTS.contains(&base.as_str());
    let (action, score) = if !valid || disposable {
        ("BLOCK", 90)
    } else if role {
        ("CHALLENGE", 50)
    } else {
        ("ALLOW", 10)
    };
    let address = types::AddressInformation {
        has_known_bounces: false,
        has_valid_syntax: valid,
        is_suspected_role_address: role,
        normalized_email: if valid {
            format!("{base}@{domain}")
        } else {
            String::new()
        },
        tumbling_character_count: i64::try_from(local.matches('+').count()).unwrap_or(0),
    };
    let domain_info = types::DomainInformation {
        has_mx_or_a_record: valid && !disposable,
        is_disposable_domain: disposable,
    };
    (action.to_owned(), score, address, domain_info)
}
