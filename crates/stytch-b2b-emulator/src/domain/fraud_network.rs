//! The network a fingerprinted device connects from, derived from its telemetry id
//! alone (the emulator records nothing per telemetry id), and the CIDR blocks,
//! country codes and ASNs of fraud rules, parsed and compared.
//!
//! A telemetry id picks one row of [`NETWORKS`] (documentation address ranges and the
//! documentation ASNs 64496–64511) and a host address inside it, both from a SHA-256
//! digest of the id; a telemetry id ending in `@<IP address>` pins the address, and
//! the row is then the one whose network holds it. The same telemetry id gets the same
//! network properties in every call and every emulator.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use stytch_b2b_api::types;

/// One network of the table: where addresses in it are located and which autonomous
/// system announces it.
#[derive(Debug)]
pub(crate) struct NetworkRow {
    /// The network.
    pub(crate) network: Cidr,
    /// Its autonomous system number.
    pub(crate) asn: u32,
    /// The autonomous system's name.
    pub(crate) asn_name: &'static str,
    /// ISO 3166-1 alpha-2 country code.
    pub(crate) country: &'static str,
    /// Region (state, province) name.
    pub(crate) region: &'static str,
    /// City name.
    pub(crate) city: &'static str,
    /// IANA time zone, reported in the raw signals.
    pub(crate) timezone: &'static str,
}

/// The networks derived addresses come from, in the order the digest indexes them
/// (documented in the crate README; keep the two in step).
pub(crate) const NETWORKS: &[NetworkRow] = &[
    NetworkRow {
        network: Cidr::v4([192, 0, 2, 0], 24),
        asn: 64496,
        asn_name: "EMULATOR-NET-US",
        country: "US",
        region: "California",
        city: "San Francisco",
        timezone: "America/Los_Angeles",
    },
    NetworkRow {
        network: Cidr::v4([198, 51, 100, 0], 24),
        asn: 64497,
        asn_name: "EMULATOR-NET-DE",
        country: "DE",
        region: "Berlin",
        city: "Berlin",
        timezone: "Europe/Berlin",
    },
    NetworkRow {
        network: Cidr::v4([203, 0, 113, 0], 24),
        asn: 64498,
        asn_name: "EMULATOR-NET-JP",
        country: "JP",
        region: "Tokyo",
        city: "Tokyo",
        timezone: "Asia/Tokyo",
    },
    NetworkRow {
        network: Cidr::v6([0x2001, 0xdb8, 0xa, 0, 0, 0, 0, 0], 48),
        asn: 64499,
        asn_name: "EMULATOR-NET-GB",
        country: "GB",
        region: "England",
        city: "London",
        timezone: "Europe/London",
    },
    NetworkRow {
        network: Cidr::v6([0x2001, 0xdb8, 0xb, 0, 0, 0, 0, 0], 48),
        asn: 64500,
        asn_name: "EMULATOR-NET-BR",
        country: "BR",
        region: "Sao Paulo",
        city: "Sao Paulo",
        timezone: "America/Sao_Paulo",
    },
    NetworkRow {
        network: Cidr::v6([0x2001, 0xdb8, 0xc, 0, 0, 0, 0, 0], 48),
        asn: 64501,
        asn_name: "EMULATOR-NET-AU",
        country: "AU",
        region: "New South Wales",
        city: "Sydney",
        timezone: "Australia/Sydney",
    },
];

/// Shortest prefix a CIDR rule may have, per address family (the spec's `/16` for
/// IPv4; the width of `2001:db8::/32` for IPv6, which the spec does not bound).
const MIN_PREFIX_V4: u8 = 16;
const MIN_PREFIX_V6: u8 = 32;

/// An IP network: an address with its prefix length, host bits cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cidr {
    network: IpAddr,
    prefix: u8,
}

/// Why a `cidr_block` was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CidrError {
    /// Not an IP address, optionally followed by `/` and a prefix length that fits the
    /// address family.
    Syntax,
    /// A valid block, but wider than a rule may cover (`/16` for IPv4, `/32` for IPv6).
    TooWide { min: u8 },
}

fn mask_v4(prefix: u8) -> u32 {
    u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0)
}

fn mask_v6(prefix: u8) -> u128 {
    u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0)
}

impl Cidr {
    /// Parses `addr` or `addr/prefix` (IPv4 dotted quad or IPv6 text form, no zone, no
    /// brackets, no blanks); a bare address is a `/32` or `/128`. Host bits may be set
    /// and are ignored, as Go's `net.ParseCIDR` does.
    pub(crate) fn parse(text: &str) -> Result<Self, CidrError> {
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let addr: IpAddr = addr.parse().map_err(|_| CidrError::Syntax)?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) if !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().map_err(|_| CidrError::Syntax)?
            }
            Some(_) => return Err(CidrError::Syntax),
        };
        if prefix > max {
            return Err(CidrError::Syntax);
        }
        let min = if addr.is_ipv4() {
            MIN_PREFIX_V4
        } else {
            MIN_PREFIX_V6
        };
        if prefix < min {
            return Err(CidrError::TooWide { min });
        }
        Ok(Self::masked(addr, prefix))
    }

    /// The network of `addr` with `prefix` bits (no range check).
    /// An IPv4 network of the constant table (host bits already clear).
    const fn v4(octets: [u8; 4], prefix: u8) -> Self {
        let [a, b, c, d] = octets;
        Self {
            network: IpAddr::V4(Ipv4Addr::new(a, b, c, d)),
            prefix,
        }
    }

    /// An IPv6 network of the constant table (host bits already clear).
    const fn v6(segments: [u16; 8], prefix: u8) -> Self {
        let [a, b, c, d, e, f, g, h] = segments;
        Self {
            network: IpAddr::V6(Ipv6Addr::new(a, b, c, d, e, f, g, h)),
            prefix,
        }
    }

    fn masked(addr: IpAddr, prefix: u8) -> Self {
        let network = match addr {
            IpAddr::V4(a) => IpAddr::V4(Ipv4Addr::from(u32::from(a) & mask_v4(prefix))),
            IpAddr::V6(a) => IpAddr::V6(Ipv6Addr::from(u128::from(a) & mask_v6(prefix))),
        };
        Self { network, prefix }
    }

    /// Whether `ip` lies in this network (an IPv4 address is never in an IPv6
    /// network, nor the other way round).
    pub(crate) fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => u32::from(a) & mask_v4(self.prefix) == u32::from(n),
            (IpAddr::V6(n), IpAddr::V6(a)) => u128::from(a) & mask_v6(self.prefix) == u128::from(n),
            _ => false,
        }
    }

    /// The prefix length.
    pub(crate) fn prefix(&self) -> u8 {
        self.prefix
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// The number of an ASN as rules and lookups write it: `64496` or `AS64496` (any case).
pub(crate) fn parse_asn(text: &str) -> Option<u32> {
    let digits = match text.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("as") => text.get(2..).unwrap_or_default(),
        _ => text,
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A country code as rules write it, upper-cased, if it is two ASCII letters.
pub(crate) fn parse_country_code(text: &str) -> Option<String> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| text.to_ascii_uppercase())
}

/// What the emulator observed about the connection of a telemetry id.
#[derive(Debug, Clone)]
pub(crate) struct Observed {
    /// The device's address.
    pub(crate) ip: IpAddr,
    /// The network row the address belongs to (or, for a pinned address outside every
    /// row, the row picked by its digest).
    pub(crate) row: &'static NetworkRow,
    /// The announced network holding `ip`: the row's, or the address's `/24` (IPv4)
    /// or `/48` (IPv6) when it lies outside every row.
    pub(crate) network: Cidr,
    /// The telemetry id contains `vpn` (any case).
    pub(crate) is_vpn: bool,
    /// The telemetry id contains `proxy` (any case).
    pub(crate) is_proxy: bool,
}

/// SHA-256 of `label:input`: every derived fraud property comes from one of these.
pub(crate) fn digest(label: &str, input: &str) -> [u8; 32] {
    let d = aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        format!("{label}:{input}").as_bytes(),
    );
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

fn row_at(index: u8) -> &'static NetworkRow {
    let i = usize::from(index) % NETWORKS.len();
    &NETWORKS[i]
}

/// The address pinned by a telemetry id ending in `@<IP address>`.
pub(crate) fn pinned_ip(telemetry_id: &str) -> Option<IpAddr> {
    telemetry_id
        .rsplit_once('@')
        .and_then(|(_, ip)| ip.parse().ok())
}

/// The connection of `telemetry_id`: see the module documentation and the README.
pub(crate) fn observe(telemetry_id: &str) -> Observed {
    let lower = telemetry_id.to_ascii_lowercase();
    let (ip, row, network) = match pinned_ip(telemetry_id) {
        Some(ip) => match NETWORKS.iter().find(|r| r.network.contains(ip)) {
            Some(row) => (ip, row, row.network),
            None => {
                let d = digest("ip", &ip.to_string());
                let prefix = if ip.is_ipv4() { 24 } else { 48 };
                (ip, row_at(d[0]), Cidr::masked(ip, prefix))
            }
        },
        None => {
            let d = digest("ip", telemetry_id);
            let row = row_at(d[0]);
            let network = row.network;
            let ip = match network.network {
                IpAddr::V4(n) => {
                    // Hosts .1 to .254: neither the network nor the broadcast address.
                    IpAddr::V4(Ipv4Addr::from(u32::from(n) | (u32::from(d[1] % 254) + 1)))
                }
                IpAddr::V6(n) => {
                    let mut iid = [0u8; 8];
                    iid.copy_from_slice(&d[2..10]);
                    IpAddr::V6(Ipv6Addr::from(
                        u128::from(n) | u128::from(u64::from_be_bytes(iid)),
                    ))
                }
            };
            (ip, row, network)
        }
    };
    Observed {
        ip,
        row,
        network,
        is_vpn: lower.contains("vpn"),
        is_proxy: lower.contains("proxy"),
    }
}

impl Observed {
    /// The `network_properties` of a lookup response.
    pub(crate) fn to_wire(&self) -> types::NetworkProperties {
        types::NetworkProperties {
            asn: types::AsnProperties {
                asn: self.row.asn.to_string(),
                name: self.row.asn_name.to_owned(),
                network: self.network.to_string(),
            },
            ip_address: self.ip.to_string(),
            ip_geolocation: types::IpGeoProperties {
                city: self.row.city.to_owned(),
                country: self.row.country.to_owned(),
                region: self.row.region.to_owned(),
            },
            is_proxy: self.is_proxy,
            is_vpn: self.is_vpn,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parsing() {
        let ok = |s: &str| Cidr::parse(s).map(|c| c.to_string());
        assert_eq!(ok("198.51.100.0/24").as_deref(), Ok("198.51.100.0/24"));
        assert_eq!(ok("198.51.100.7/24").as_deref(), Ok("198.51.100.0/24"));
        assert_eq!(ok("198.51.100.7").as_deref(), Ok("198.51.100.7/32"));
        assert_eq!(ok("2001:db8:a::/48").as_deref(), Ok("2001:db8:a::/48"));
        assert_eq!(ok("2001:DB8:A::1").as_deref(), Ok("2001:db8:a::1/128"));
        for bad in [
            "",
            "/24",
            "198.51.100/24",
            "198.51.100.0/",
            "198.51.100.0/33",
            "198.51.100.0/+24",
            "198.51.100.0/24 ",
            "300.1.1.1",
            "2001:db8::/129",
            "[2001:db8::]/48",
            "fe80::1%eth0",
            "198.51.100.0/24/1",
            "example.com",
        ] {
            assert_eq!(Cidr::parse(bad), Err(CidrError::Syntax), "{bad:?}");
        }
        assert_eq!(
            Cidr::parse("10.0.0.0/8"),
            Err(CidrError::TooWide { min: 16 })
        );
        assert_eq!(
            Cidr::parse("2001:db8::/16"),
            Err(CidrError::TooWide { min: 32 })
        );
    }

    #[test]
    fn cidr_contains() -> Result<(), CidrError> {
        let v4 = Cidr::parse("198.51.100.0/24")?;
        assert!(
            v4.contains(
                "198.51.100.255"
                    .parse()
                    .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
            )
        );
        assert!(!v4.contains(IpAddr::V4(Ipv4Addr::new(198, 51, 101, 1))));
        let v6 = Cidr::parse("2001:db8:a::/48")?;
        assert!(v6.contains(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0xa, 0, 0, 0, 0, 1))));
        assert!(!v6.contains(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0xb, 0, 0, 0, 0, 1))));
        assert!(!v6.contains(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 1))));
        Ok(())
    }

    #[test]
    fn asn_and_country() {
        assert_eq!(parse_asn("64496"), Some(64496));
        assert_eq!(parse_asn("as64496"), Some(64496));
        assert_eq!(parse_asn("AS"), None);
        assert_eq!(parse_asn("+1"), None);
        assert_eq!(parse_asn("4294967296"), None);
        assert_eq!(parse_country_code("de").as_deref(), Some("DE"));
        assert_eq!(parse_country_code("DEU"), None);
        assert_eq!(parse_country_code("d1"), None);
    }

    #[test]
    fn derivation_is_stable_and_inside_its_row() {
        for id in ["telemetry-ok", "a", "b", "c", "d", "e", "f", "g", "bot-1"] {
            let a = observe(id);
            let b = observe(id);
            assert_eq!(a.ip, b.ip);
            assert!(a.row.network.contains(a.ip), "{id}: {}", a.ip);
            assert_eq!(a.network, a.row.network);
        }
        let pinned = observe("t@198.51.100.7");
        assert_eq!(pinned.ip.to_string(), "198.51.100.7");
        assert_eq!(pinned.row.country, "DE");
        let outside = observe("t@8.8.8.8");
        assert_eq!(outside.network.to_string(), "8.8.8.0/24");
        let v6 = observe("t@2001:db8:c::5");
        assert_eq!(
            (v6.row.asn, v6.network.to_string().as_str()),
            (64501, "2001:db8:c::/48")
        );
    }
}
