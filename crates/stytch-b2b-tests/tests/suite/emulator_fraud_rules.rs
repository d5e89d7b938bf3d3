//! Fraud rules on the network side of a fingerprint, through the SDK against the
//! emulator: the derived (or pinned) network properties of a telemetry id, and
//! `CIDR_BLOCK`, `ASN` and `COUNTRY_CODE` rules matched against them, with Stytch's
//! precedence among rule kinds, expiry, and the refusal of invalid identifiers.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use stytch_b2b::fraud::{
    FraudFingerprintLookupRequest, FraudRulesListRequest, FraudRulesSetRequest,
};
use stytch_b2b::types::{self, FraudFingerprintLookupResponse, NetworkProperties, Verdict};
use stytch_b2b::{Client, ErrorType};
use stytch_b2b_emulator::Emulator;
use stytch_b2b_tests::emulator::{refused, start_emulator};
use stytch_b2b_tests::{PROJECT_ID, SECRET};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The emulator and a client sending the fraud calls to it too.
async fn fraud_emulator() -> Result<(Emulator, Client)> {
    let emu = start_emulator().await?;
    let client = Client::builder(PROJECT_ID, SECRET)
        .base_url(emu.base_url())
        .fraud_base_url(emu.base_url())
        .build()?;
    Ok((emu, client))
}

async fn lookup(client: &Client, telemetry_id: &str) -> Result<FraudFingerprintLookupResponse> {
    Ok(client
        .fraud()
        .fingerprint()
        .lookup(FraudFingerprintLookupRequest::builder().telemetry_id(telemetry_id))
        .await?)
}

async fn verdict(client: &Client, telemetry_id: &str) -> Result<Verdict> {
    Ok(lookup(client, telemetry_id).await?.verdict)
}

async fn network(client: &Client, telemetry_id: &str) -> Result<NetworkProperties> {
    Ok(lookup(client, telemetry_id)
        .await?
        .properties
        .ok_or("the lookup has no properties")?
        .network_properties)
}

/// `(action, rule_match_type, rule_match_identifier)` of a verdict.
fn decided(v: &Verdict) -> (&str, Option<&str>, Option<&str>) {
    (
        v.action.as_str(),
        v.rule_match_type.as_deref(),
        v.rule_match_identifier.as_deref(),
    )
}

/// Asserts [`decided`] of the verdict of `telemetry_id`.
async fn assert_decided(
    client: &Client,
    telemetry_id: &str,
    expected: (&str, Option<&str>, Option<&str>),
) -> Result {
    assert_eq!(
        decided(&verdict(client, telemetry_id).await?),
        expected,
        "{telemetry_id}"
    );
    Ok(())
}

/// How many fraud rules are set.
async fn rule_count(client: &Client) -> Result<usize> {
    Ok(client
        .fraud()
        .rules()
        .list(FraudRulesListRequest::builder())
        .await?
        .rules
        .len())
}

/// Sets a rule; `rule` names the identifier.
async fn set(
    client: &Client,
    rule: types::builder::FraudRulesSetRequest,
) -> std::result::Result<(), stytch_b2b::Error> {
    client.fraud().rules().set(rule).await.map(|_| ())
}

fn rule(action: &str) -> types::builder::FraudRulesSetRequest {
    FraudRulesSetRequest::builder().action(action)
}

/// Whether `ip` lies in the CIDR block `cidr` (test-side arithmetic, independent of
/// the emulator's).
fn covers(cidr: &str, ip: &str) -> bool {
    let (Some((net, prefix)), Ok(ip)) = (cidr.split_once('/'), ip.parse::<IpAddr>()) else {
        return false;
    };
    let (Ok(net), Ok(prefix)) = (net.parse::<IpAddr>(), prefix.parse::<u32>()) else {
        return false;
    };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(a)) => {
            let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
            u32::from(n) & mask == u32::from(a) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(a)) => {
            let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
            u128::from(n) & mask == u128::from(a) & mask
        }
        _ => false,
    }
}

const NETWORKS: &[(&str, &str, &str)] = &[
    ("192.0.2.0/24", "64496", "US"),
    ("198.51.100.0/24", "64497", "DE"),
    ("203.0.113.0/24", "64498", "JP"),
    ("2001:db8:a::/48", "64499", "GB"),
    ("2001:db8:b::/48", "64500", "BR"),
    ("2001:db8:c::/48", "64501", "AU"),
];

#[tokio::test]
async fn properties_are_derived_from_the_telemetry_id_and_stable() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let (_other, other_client) = fraud_emulator().await?;
    let mut families = (false, false);
    for id in [
        "telemetry-ok",
        "telemetry-1",
        "telemetry-2",
        "telemetry-3",
        "telemetry-4",
        "telemetry-5",
        "telemetry-6",
        "telemetry-7",
    ] {
        let first = lookup(&client, id).await?;
        let again = lookup(&client, id).await?;
        let elsewhere = lookup(&other_client, id).await?;
        assert_eq!(first.properties, again.properties, "{id}");
        assert_eq!(first.properties, elsewhere.properties, "{id}");
        assert_eq!(first.raw_signals, again.raw_signals, "{id}");
        assert_eq!(
            first.verdict.detected_device_type,
            again.verdict.detected_device_type
        );
        let props = first.properties.ok_or("no properties")?;
        let net = props.network_properties;
        let row = NETWORKS
            .iter()
            .find(|(cidr, _, _)| covers(cidr, &net.ip_address))
            .ok_or_else(|| format!("{id}: {} is in no documentation range", net.ip_address))?;
        assert_eq!(
            (net.asn.network.as_str(), net.asn.asn.as_str()),
            (row.0, row.1),
            "{id}"
        );
        assert_eq!(net.ip_geolocation.country, row.2, "{id}");
        assert!(!net.asn.name.is_empty() && !net.ip_geolocation.city.is_empty());
        assert!(!net.is_vpn && !net.is_proxy);
        assert!(!props.browser_properties.user_agent.is_empty());
        assert!(!first.verdict.detected_device_type.is_empty());
        let ip: IpAddr = net.ip_address.parse()?;
        if ip.is_ipv4() {
            families.0 = true;
        } else {
            families.1 = true;
        }
    }
    assert_eq!(families, (true, true), "both address families are derived");

    // Words in the id: a VPN connection is challenged, a proxy only reported.
    let vpn = lookup(&client, "telemetry-vpn").await?;
    assert!(
        vpn.properties
            .as_ref()
            .is_some_and(|p| p.network_properties.is_vpn)
    );
    assert_eq!(vpn.verdict.action, "CHALLENGE");
    assert_eq!(vpn.verdict.reasons, ["VPN_DETECTED"]);
    let proxy = network(&client, "telemetry-proxy").await?;
    assert!(proxy.is_proxy && !proxy.is_vpn);
    let bot = lookup(&client, "bot-1").await?;
    assert!(
        bot.properties
            .is_some_and(|p| p.browser_properties.user_agent.contains("HeadlessChrome"))
    );
    assert!(!bot.verdict.is_authentic_device);
    Ok(())
}

/// SHA-256 of `<label>:<input>`, the digest the README's derivation names.
fn digest(label: &str, input: &str) -> Vec<u8> {
    aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        format!("{label}:{input}").as_bytes(),
    )
    .as_ref()
    .to_vec()
}

#[tokio::test]
async fn the_readme_derivation_predicts_the_properties() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    const DEVICE_TYPES: &[&str] = &[
        "MAC_ARM64",
        "WINDOWS_X86_64",
        "LINUX_X86_64",
        "IOS_ARM64",
        "ANDROID_ARM64",
    ];
    for id in [
        "telemetry-ok",
        "telemetry-1",
        "telemetry-2",
        "telemetry-3",
        "x",
    ] {
        let d = digest("ip", id);
        let (cidr, asn, country) = NETWORKS[usize::from(d[0]) % NETWORKS.len()];
        let base: IpAddr = cidr.split('/').next().unwrap_or_default().parse()?;
        let expected = match base {
            IpAddr::V4(n) => IpAddr::V4(Ipv4Addr::from(u32::from(n) + u32::from(d[1] % 254) + 1)),
            IpAddr::V6(n) => {
                let mut iid = [0u8; 8];
                iid.copy_from_slice(&d[2..10]);
                IpAddr::V6(Ipv6Addr::from(
                    u128::from(n) | u128::from(u64::from_be_bytes(iid)),
                ))
            }
        };
        let found = lookup(&client, id).await?;
        let net = found.properties.ok_or("no properties")?.network_properties;
        assert_eq!(net.ip_address, expected.to_string(), "{id}");
        assert_eq!(
            (net.asn.asn.as_str(), net.ip_geolocation.country.as_str()),
            (asn, country),
            "{id}"
        );
        let device = DEVICE_TYPES[usize::from(digest("device", id)[0]) % DEVICE_TYPES.len()];
        assert_eq!(found.verdict.detected_device_type, device, "{id}");
    }
    Ok(())
}

#[tokio::test]
async fn a_telemetry_id_can_pin_its_address() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let de = network(&client, "telemetry-a@198.51.100.7").await?;
    assert_eq!(de.ip_address, "198.51.100.7");
    assert_eq!(
        (
            de.asn.asn.as_str(),
            de.asn.network.as_str(),
            de.ip_geolocation.country.as_str()
        ),
        ("64497", "198.51.100.0/24", "DE")
    );
    let au = network(&client, "telemetry-b@2001:db8:c::5").await?;
    assert_eq!(
        (
            au.ip_address.as_str(),
            au.asn.asn.as_str(),
            au.asn.network.as_str(),
            au.ip_geolocation.country.as_str()
        ),
        ("2001:db8:c::5", "64501", "2001:db8:c::/48", "AU")
    );
    // Outside the table: the address's /24, with a row's ASN and location.
    let outside = network(&client, "telemetry-c@100.64.1.2").await?;
    assert_eq!(
        (outside.ip_address.as_str(), outside.asn.network.as_str()),
        ("100.64.1.2", "100.64.1.0/24")
    );
    assert!(NETWORKS.iter().any(|(_, asn, _)| *asn == outside.asn.asn));
    // Not an address after the `@`: derived as usual, from the whole id.
    let plain = network(&client, "someone@example.com").await?;
    assert!(
        NETWORKS
            .iter()
            .any(|(cidr, _, _)| covers(cidr, &plain.ip_address))
    );
    Ok(())
}

#[tokio::test]
async fn a_cidr_rule_covering_the_address_decides_the_verdict() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let id = "telemetry-ok";
    let net = network(&client, id).await?;
    assert_eq!(verdict(&client, id).await?.action, "ALLOW");

    // A block that does not cover the address changes nothing.
    let elsewhere = if net.ip_address.contains(':') {
        "2001:db8:ff::/48"
    } else {
        "198.18.0.0/24"
    };
    set(&client, rule("BLOCK").cidr_block(elsewhere)).await?;
    let v = verdict(&client, id).await?;
    assert_eq!(decided(&v), ("ALLOW", None, None));
    assert!(!v.reasons.iter().any(|r| r == "RULE_MATCH"));

    // The announced network covers it.
    set(&client, rule("BLOCK").cidr_block(net.asn.network.clone())).await?;
    let v = verdict(&client, id).await?;
    assert_eq!(
        decided(&v),
        ("BLOCK", Some("CIDR_BLOCK"), Some(net.asn.network.as_str()))
    );
    assert_eq!(v.reasons, ["KNOWN_DEVICE", "RULE_MATCH"]);

    // Another telemetry id in the same network is blocked too; one pinned outside is not.
    let (base, prefix) = net
        .asn
        .network
        .split_once('/')
        .ok_or("the network is no CIDR block")?;
    let other_host = match base.parse::<IpAddr>()? {
        IpAddr::V4(a) => IpAddr::V4(Ipv4Addr::from(u32::from(a) + 9)),
        IpAddr::V6(a) => IpAddr::V6(Ipv6Addr::from(u128::from(a) + 9)),
    };
    assert_ne!(other_host.to_string(), net.ip_address);
    let neighbour = format!("telemetry-neighbour@{other_host}");
    assert_eq!(verdict(&client, &neighbour).await?.action, "BLOCK");
    assert_decided(&client, "telemetry-x@198.18.1.1", ("ALLOW", None, None)).await?;

    // NONE removes the rule, whichever way the same block is written.
    let written_otherwise = format!("{other_host}/{prefix}");
    set(&client, rule("NONE").cidr_block(written_otherwise)).await?;
    assert_decided(&client, id, ("ALLOW", None, None)).await?;
    assert_eq!(
        rule_count(&client).await?,
        1,
        "only the non-covering block is left"
    );
    Ok(())
}

#[tokio::test]
async fn ipv6_prefixes_match_ipv6_addresses_only() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let v6 = "telemetry-v6@2001:db8:b::42";
    let v4 = "telemetry-v4@203.0.113.42";
    set(&client, rule("CHALLENGE").cidr_block("2001:db8:b::/48")).await?;
    set(&client, rule("BLOCK").cidr_block("2001:db8:b:1::/64")).await?;
    assert_decided(
        &client,
        v6,
        ("CHALLENGE", Some("CIDR_BLOCK"), Some("2001:db8:b::/48")),
    )
    .await?;
    assert_decided(
        &client,
        "telemetry-v6b@2001:db8:b:1::9",
        ("BLOCK", Some("CIDR_BLOCK"), Some("2001:db8:b:1::/64")),
    )
    .await?;
    // An IPv4 address is in no IPv6 block, even the whole documentation range.
    set(&client, rule("BLOCK").cidr_block("2001:db8::/32")).await?;
    assert_decided(&client, v4, ("ALLOW", None, None)).await?;
    // A single IPv6 address is a /128.
    set(&client, rule("ALLOW").cidr_block("2001:DB8:B::42")).await?;
    assert_decided(
        &client,
        v6,
        ("ALLOW", Some("CIDR_BLOCK"), Some("2001:DB8:B::42")),
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn country_and_asn_rules() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let de = "telemetry-de@198.51.100.20";
    let jp = "telemetry-jp@203.0.113.20";
    let us = "telemetry-us@192.0.2.20";

    // Country codes compare case-insensitively.
    set(&client, rule("BLOCK").country_code("de")).await?;
    assert_decided(&client, de, ("BLOCK", Some("COUNTRY_CODE"), Some("de"))).await?;
    assert_decided(&client, jp, ("ALLOW", None, None)).await?;
    // `DE` names the same rule as `de`: it replaces it.
    set(&client, rule("CHALLENGE").country_code("DE")).await?;
    assert_decided(&client, de, ("CHALLENGE", Some("COUNTRY_CODE"), Some("DE"))).await?;

    // ASNs with or without the `AS` prefix.
    set(&client, rule("CHALLENGE").asn("AS64498")).await?;
    assert_decided(&client, jp, ("CHALLENGE", Some("ASN"), Some("AS64498"))).await?;
    set(&client, rule("BLOCK").asn("64496")).await?;
    assert_decided(&client, us, ("BLOCK", Some("ASN"), Some("64496"))).await?;
    assert_decided(&client, "telemetry-gb@2001:db8:a::1", ("ALLOW", None, None)).await?;

    // ALLOW is not permitted for a country; malformed codes and ASNs are refused.
    let refusals = [
        rule("ALLOW").country_code("JP"),
        rule("BLOCK").country_code("DEU"),
        rule("BLOCK").country_code("1A"),
        rule("BLOCK").asn("AS-64496"),
        rule("BLOCK").asn("sixty"),
    ];
    for r in refusals {
        assert_eq!(
            refused(set(&client, r).await),
            (400, ErrorType::InvalidRequestValue)
        );
    }
    assert_eq!(rule_count(&client).await?, 3);
    Ok(())
}

#[tokio::test]
async fn rule_kinds_apply_in_stytch_order() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    let id = "telemetry-p@198.51.100.50";
    let found = lookup(&client, id).await?;
    let visitor = found
        .fingerprints
        .visitor_id
        .clone()
        .ok_or("no visitor id")?;
    let hardware = found.fingerprints.hardware_fingerprint.clone();

    // Least specific first, each more specific rule taking over; the smallest block
    // wins over a wider one, whatever its action.
    let steps = [
        (
            rule("BLOCK").country_code("DE"),
            ("BLOCK", Some("COUNTRY_CODE"), Some("DE")),
        ),
        (
            rule("CHALLENGE").asn("64497"),
            ("CHALLENGE", Some("ASN"), Some("64497")),
        ),
        (
            rule("BLOCK").cidr_block("198.51.100.0/24"),
            ("BLOCK", Some("CIDR_BLOCK"), Some("198.51.100.0/24")),
        ),
        (
            rule("ALLOW").cidr_block("198.51.100.48/28"),
            ("ALLOW", Some("CIDR_BLOCK"), Some("198.51.100.48/28")),
        ),
        (
            rule("BLOCK").hardware_fingerprint(hardware.clone()),
            (
                "BLOCK",
                Some("HARDWARE_FINGERPRINT"),
                Some(hardware.as_str()),
            ),
        ),
        (
            rule("ALLOW").visitor_id(visitor.clone()),
            ("ALLOW", Some("VISITOR_ID"), Some(visitor.as_str())),
        ),
    ];
    for (r, expected) in steps {
        set(&client, r).await?;
        assert_decided(&client, id, expected).await?;
    }

    // A rule outranks the detected reasons: an ALLOW block lets a bot through, and the
    // verdict still names what was detected.
    set(&client, rule("ALLOW").cidr_block("192.0.2.0/24")).await?;
    let bot = verdict(&client, "bot-9@192.0.2.9").await?;
    assert_eq!(
        decided(&bot),
        ("ALLOW", Some("CIDR_BLOCK"), Some("192.0.2.0/24"))
    );
    assert_eq!(bot.reasons, ["HEADLESS_BROWSER_AUTOMATION", "RULE_MATCH"]);
    assert!(!bot.is_authentic_device);
    Ok(())
}

#[tokio::test]
async fn expired_network_rules_no_longer_apply() -> Result {
    let (emu, client) = fraud_emulator().await?;
    let id = "telemetry-e@203.0.113.9";
    set(
        &client,
        rule("BLOCK")
            .cidr_block("203.0.113.0/24")
            .expires_in_minutes(5),
    )
    .await?;
    set(&client, rule("CHALLENGE").country_code("JP")).await?;
    assert_decided(
        &client,
        id,
        ("BLOCK", Some("CIDR_BLOCK"), Some("203.0.113.0/24")),
    )
    .await?;
    emu.advance_clock(Duration::from_secs(6 * 60));
    assert_decided(&client, id, ("CHALLENGE", Some("COUNTRY_CODE"), Some("JP"))).await?;
    Ok(())
}

#[tokio::test]
async fn invalid_cidr_blocks_are_refused() -> Result {
    let (_emu, client) = fraud_emulator().await?;
    for bad in [
        "not-an-ip",
        "198.51.100/24",
        "198.51.100.0/33",
        "198.51.100.0/",
        "198.51.100.0/+24",
        "256.1.1.1",
        " 198.51.100.0/24",
        "2001:db8::/129",
        "2001:db8::g/48",
        "[2001:db8::]/48",
        "",
    ] {
        assert_eq!(
            refused(set(&client, rule("BLOCK").cidr_block(bad)).await),
            (400, ErrorType::InvalidIpAddress),
            "{bad:?}"
        );
    }
    // Valid, but wider than a rule may cover.
    for wide in ["10.0.0.0/8", "0.0.0.0/0", "2001:db8::/16"] {
        assert_eq!(
            refused(set(&client, rule("BLOCK").cidr_block(wide)).await),
            (400, ErrorType::InvalidRequestValue),
            "{wide:?}"
        );
    }
    assert_eq!(rule_count(&client).await?, 0);
    Ok(())
}
