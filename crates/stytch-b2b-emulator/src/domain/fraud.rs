//! Device fingerprinting and email risk with deterministic answers: fingerprints,
//! device and network properties are digests of the telemetry id (the network side
//! in `domain::fraud_network`), verdicts follow the rules set through `rules/set` (in
//! Stytch's order of precedence) and the verdict-reason overrides, and a telemetry id
//! containing `bot` is judged a headless browser (`BLOCK`), one containing `vpn` a VPN
//! connection (`CHALLENGE`), so tests can exercise every outcome.

use std::cmp::Reverse;

use chrono::{DateTime, Duration, Utc};
use stytch_b2b_api::{ErrorType, types};

use super::fraud_network::{self, Cidr, CidrError, Observed, digest};
use crate::errors::{ApiError, ApiResult};

/// Verdict reasons the emulator knows, with their default action.
pub(crate) const VERDICT_REASONS: &[(&str, &str)] = &[
    ("HEADLESS_BROWSER_AUTOMATION", "BLOCK"),
    ("KNOWN_DEVICE", "ALLOW"),
    ("VPN_DETECTED", "CHALLENGE"),
];

/// The reason a verdict carries when a rule decided it; it cannot be overridden.
const RULE_MATCH: &str = "RULE_MATCH";

/// Rule kinds in the order Stytch applies them: the first kind with a matching live
/// rule decides (`rules/set` in Stytch's API reference).
pub(crate) const RULE_TYPES: &[&str] = &[
    "VISITOR_ID",
    "BROWSER_ID",
    "VISITOR_FINGERPRINT",
    "BROWSER_FINGERPRINT",
    "HARDWARE_FINGERPRINT",
    "NETWORK_FINGERPRINT",
    "CIDR_BLOCK",
    "ASN",
    "COUNTRY_CODE",
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

/// A device a telemetry id is taken on: what the verdict and the browser properties
/// report.
#[derive(Debug)]
pub(crate) struct Device {
    /// `verdict.detected_device_type`.
    pub(crate) device_type: &'static str,
    /// `properties.browser_properties.user_agent`.
    pub(crate) user_agent: &'static str,
    /// `navigator.platform`, in the raw signals.
    pub(crate) platform: &'static str,
}

/// The devices of ordinary telemetry ids, in the order the digest indexes them
/// (documented in the crate README; keep the two in step).
pub(crate) const DEVICES: &[Device] = &[
    Device {
        device_type: "MAC_ARM64",
        user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        platform: "MacIntel",
    },
    Device {
        device_type: "WINDOWS_X86_64",
        user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        platform: "Win32",
    },
    Device {
        device_type: "LINUX_X86_64",
        user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        platform: "Linux x86_64",
    },
    Device {
        device_type: "IOS_ARM64",
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        platform: "iPhone",
    },
    Device {
        device_type: "ANDROID_ARM64",
        user_agent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        platform: "Linux aarch64",
    },
];

/// The device of every telemetry id containing `bot`.
pub(crate) const HEADLESS_DEVICE: Device = Device {
    device_type: "LINUX_X86_64",
    user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36",
    platform: "Linux x86_64",
};

fn digest_hex(label: &str, input: &str) -> String {
    digest(label, input)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn is_bot(telemetry_id: &str) -> bool {
    telemetry_id.to_ascii_lowercase().contains("bot")
}

/// The device of a telemetry id.
pub(crate) fn device(telemetry_id: &str) -> &'static Device {
    if is_bot(telemetry_id) {
        return &HEADLESS_DEVICE;
    }
    let index = usize::from(digest("device", telemetry_id)[0]) % DEVICES.len();
    &DEVICES[index]
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

/// The identifier a rule of `rule_type` names.
fn identifier(rule: &types::Rule) -> Option<&String> {
    match rule.rule_type.as_str() {
        "VISITOR_ID" => rule.visitor_id.as_ref(),
        "BROWSER_ID" => rule.browser_id.as_ref(),
        "VISITOR_FINGERPRINT" => rule.visitor_fingerprint.as_ref(),
        "BROWSER_FINGERPRINT" => rule.browser_fingerprint.as_ref(),
        "HARDWARE_FINGERPRINT" => rule.hardware_fingerprint.as_ref(),
        "NETWORK_FINGERPRINT" => rule.network_fingerprint.as_ref(),
        "CIDR_BLOCK" => rule.cidr_block.as_ref(),
        "ASN" => rule.asn.as_ref(),
        "COUNTRY_CODE" => rule.country_code.as_ref(),
        _ => None,
    }
}

/// The identity of a rule for `rules/set`'s replace-or-remove: its type and its
/// identifier in canonical form (a CIDR block's network, an ASN's number, an
/// upper-case country code), so `de` replaces `DE` and `AS64496` replaces `64496`.
pub(crate) fn rule_key(rule: &types::Rule) -> (String, String) {
    let id = identifier(rule).map(String::as_str).unwrap_or_default();
    let canonical = match rule.rule_type.as_str() {
        "CIDR_BLOCK" => Cidr::parse(id).map_or_else(|_| id.to_owned(), |c| c.to_string()),
        "ASN" => fraud_network::parse_asn(id).map_or_else(|| id.to_owned(), |n| n.to_string()),
        "COUNTRY_CODE" => id.to_ascii_uppercase(),
        _ => id.to_owned(),
    };
    (rule.rule_type.clone(), canonical)
}

/// Refuses a rule `rules/set` must not store: a `cidr_block` that is not an IPv4 or
/// IPv6 address or block (`invalid_ip_address`) or is wider than `/16` (IPv4) or
/// `/32` (IPv6) (`invalid_request_value`), an `asn` that is not a number (optionally
/// `AS`-prefixed), a `country_code` that is not two letters, or `ALLOW` for a country
/// (`invalid_request_value`).
pub(crate) fn check_rule(rule: &types::Rule) -> ApiResult<()> {
    let id = identifier(rule).map(String::as_str).unwrap_or_default();
    match rule.rule_type.as_str() {
        "CIDR_BLOCK" => match Cidr::parse(id) {
            Ok(_) => Ok(()),
            Err(CidrError::Syntax) => Err(ApiError::bad_request(
                ErrorType::InvalidIpAddress,
                format!("cidr_block must be an IPv4 or IPv6 address or CIDR block, got {id:?}."),
            )),
            Err(CidrError::TooWide { min }) => Err(ApiError::bad_request(
                ErrorType::InvalidRequestValue,
                format!("cidr_block {id:?} is too wide: the prefix must be at least /{min}."),
            )),
        },
        "ASN" if fraud_network::parse_asn(id).is_none() => Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            format!("asn must be an autonomous system number such as 64496, got {id:?}."),
        )),
        "COUNTRY_CODE" if fraud_network::parse_country_code(id).is_none() => {
            Err(ApiError::bad_request(
                ErrorType::InvalidRequestValue,
                format!("country_code must be an ISO 3166-1 alpha-2 code, got {id:?}."),
            ))
        }
        "COUNTRY_CODE" if rule.action == "ALLOW" => Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            "ALLOW rules cannot be set for a country_code.",
        )),
        _ => Ok(()),
    }
}

/// How strict an action is: `BLOCK` > `CHALLENGE` > `ALLOW`.
fn strictness(action: &str) -> u8 {
    match action {
        "BLOCK" => 3,
        "CHALLENGE" => 2,
        "ALLOW" => 1,
        _ => 0,
    }
}

/// Whether `rule` matches the device and connection of a lookup; for a CIDR rule,
/// the block's prefix length (longer is more specific).
fn rule_match(rule: &types::Rule, fp: &types::Fingerprints, net: &Observed) -> Option<u8> {
    let id = identifier(rule)?;
    let same = |actual: Option<&String>| actual.is_some_and(|a| a == id);
    let matched = match rule.rule_type.as_str() {
        "VISITOR_ID" => same(fp.visitor_id.as_ref()),
        "BROWSER_ID" => same(fp.browser_id.as_ref()),
        "VISITOR_FINGERPRINT" => same(Some(&fp.visitor_fingerprint)),
        "BROWSER_FINGERPRINT" => same(Some(&fp.browser_fingerprint)),
        "HARDWARE_FINGERPRINT" => same(Some(&fp.hardware_fingerprint)),
        "NETWORK_FINGERPRINT" => same(Some(&fp.network_fingerprint)),
        "CIDR_BLOCK" => {
            return Cidr::parse(id)
                .ok()
                .filter(|c| c.contains(net.ip))
                .map(|c| c.prefix());
        }
        "ASN" => fraud_network::parse_asn(id) == Some(net.row.asn),
        "COUNTRY_CODE" => fraud_network::parse_country_code(id).as_deref() == Some(net.row.country),
        _ => false,
    };
    matched.then_some(0)
}

/// The live rule deciding a lookup, if any: the first rule kind of [`RULE_TYPES`]
/// with a match decides; among matching CIDR blocks the longest prefix wins, and
/// among equally specific rules the strictest action (`BLOCK` > `CHALLENGE` >
/// `ALLOW`), then the earliest set.
fn matching_rule<'s>(
    state: &'s FraudState,
    fp: &types::Fingerprints,
    net: &Observed,
    now: DateTime<Utc>,
) -> Option<&'s types::Rule> {
    let live = || {
        state
            .rules
            .iter()
            .filter(move |r| r.expires_at.is_none_or(|at| at > now))
    };
    RULE_TYPES.iter().find_map(|kind| {
        live()
            .filter(|r| r.rule_type == *kind)
            .filter_map(|r| rule_match(r, fp, net).map(|specificity| (r, specificity)))
            .enumerate()
            .max_by_key(|(order, (r, specificity))| {
                (*specificity, strictness(&r.action), Reverse(*order))
            })
            .map(|(_, (r, _))| r)
    })
}

/// The override of `reason`, if one is set (`NONE` counts as none).
fn override_of<'s>(state: &'s FraudState, reason: &str) -> Option<&'s str> {
    state
        .overrides
        .iter()
        .find(|o| o.verdict_reason == reason)
        .and_then(|o| o.override_action.as_deref())
        .filter(|a| strictness(a) > 0)
}

/// The action of `reason`, with the project's override applied.
fn reason_action(state: &FraudState, reason: &str) -> String {
    override_of(state, reason)
        .map(str::to_owned)
        .or_else(|| {
            VERDICT_REASONS
                .iter()
                .find(|(r, _)| *r == reason)
                .map(|(_, a)| (*a).to_owned())
        })
        .unwrap_or_else(|| "ALLOW".to_owned())
}

/// The verdict reasons the emulator detects for a telemetry id.
fn detected_reasons(telemetry_id: &str, net: &Observed) -> Vec<String> {
    let mut reasons = Vec::new();
    if is_bot(telemetry_id) {
        reasons.push("HEADLESS_BROWSER_AUTOMATION".to_owned());
    }
    if net.is_vpn {
        reasons.push("VPN_DETECTED".to_owned());
    }
    if reasons.is_empty() {
        reasons.push("KNOWN_DEVICE".to_owned());
    }
    reasons
}

/// The verdict on a telemetry id seen with `fp` over `net`.
fn verdict_of(
    state: &FraudState,
    telemetry_id: &str,
    fp: &types::Fingerprints,
    net: &Observed,
    now: DateTime<Utc>,
) -> types::Verdict {
    let mut reasons = detected_reasons(telemetry_id, net);
    let verdict_reason_overrides = reasons
        .iter()
        .filter_map(|reason| {
            override_of(state, reason).map(|a| types::VerdictReasonOverride {
                override_action: a.to_owned(),
                verdict_reason: reason.clone(),
            })
        })
        .collect();
    let is_authentic_device = !is_bot(telemetry_id);
    let detected_device_type = device(telemetry_id).device_type.to_owned();
    if let Some(rule) = matching_rule(state, fp, net, now) {
        reasons.push(RULE_MATCH.to_owned());
        return types::Verdict {
            action: rule.action.clone(),
            detected_device_type,
            is_authentic_device,
            reasons,
            rule_match_identifier: identifier(rule).cloned(),
            rule_match_type: Some(rule.rule_type.clone()),
            verdict_reason_overrides,
        };
    }
    let action = reasons
        .iter()
        .map(|r| reason_action(state, r))
        .max_by_key(|a| strictness(a))
        .unwrap_or_else(|| "ALLOW".to_owned());
    types::Verdict {
        action,
        detected_device_type,
        is_authentic_device,
        reasons,
        rule_match_identifier: None,
        rule_match_type: None,
        verdict_reason_overrides,
    }
}

/// Everything a fingerprint lookup answers about a telemetry id.
#[derive(Debug)]
pub(crate) struct Lookup {
    pub(crate) fingerprints: types::Fingerprints,
    pub(crate) properties: types::Properties,
    pub(crate) raw_signals: serde_json::Map<String, serde_json::Value>,
    pub(crate) verdict: types::Verdict,
}

/// The fingerprint lookup of a telemetry id at `now`.
pub(crate) fn lookup(state: &FraudState, telemetry_id: &str, now: DateTime<Utc>) -> Lookup {
    let fingerprints = fingerprints(telemetry_id);
    let net = fraud_network::observe(telemetry_id);
    let device = device(telemetry_id);
    let verdict = verdict_of(state, telemetry_id, &fingerprints, &net, now);
    let mut raw_signals = serde_json::Map::new();
    raw_signals.insert("incognito".to_owned(), false.into());
    raw_signals.insert("platform".to_owned(), device.platform.into());
    raw_signals.insert("timezone".to_owned(), net.row.timezone.into());
    raw_signals.insert("user_agent".to_owned(), device.user_agent.into());
    raw_signals.insert("webdriver".to_owned(), is_bot(telemetry_id).into());
    Lookup {
        fingerprints,
        properties: types::Properties {
            browser_properties: types::BrowserProperties {
                user_agent: device.user_agent.to_owned(),
            },
            network_properties: net.to_wire(),
        },
        raw_signals,
        verdict,
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
