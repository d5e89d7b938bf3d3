//! A self-signed X.509 certificate for each signing key, so that the JWKS carries a
//! certificate chain (`x5c`) and its SHA-256 thumbprint (`x5tS256`) as Stytch's
//! does (the official Python SDK requires both). DER is written by hand: the
//! certificate has only what a JWKS consumer reads (version 3, serial, issuer and
//! subject `CN=<kid>`, a validity of ten years, the RSA public key), signed with the
//! key itself (`sha256WithRSAEncryption`).

use aws_lc_rs::digest;
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, KeyPair as _, RsaKeyPair};
use chrono::{DateTime, Datelike as _, Duration, Utc};

/// `sha256WithRSAEncryption` (1.2.840.113549.1.1.11).
const SHA256_WITH_RSA: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b,
];
/// `rsaEncryption` (1.2.840.113549.1.1.1).
const RSA_ENCRYPTION: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];
/// `commonName` (2.5.4.3).
const COMMON_NAME: &[u8] = &[0x06, 0x03, 0x55, 0x04, 0x03];
const NULL: &[u8] = &[0x05, 0x00];

/// A DER element: `tag`, its length, `content`.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn sequence(parts: &[&[u8]]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

/// A BIT STRING of whole bytes (no unused bits).
fn bit_string(bytes: &[u8]) -> Vec<u8> {
    tlv(0x03, &[&[0x00], bytes].concat())
}

fn algorithm(oid: &[u8]) -> Vec<u8> {
    sequence(&[oid, NULL])
}

fn name(common_name: &str) -> Vec<u8> {
    let attribute = sequence(&[COMMON_NAME, &tlv(0x0c, common_name.as_bytes())]);
    sequence(&[&tlv(0x31, &attribute)])
}

/// UTCTime before 2050, GeneralizedTime from then on (RFC 5280, 4.1.2.5).
fn time(t: DateTime<Utc>) -> Vec<u8> {
    if t.year() < 2050 {
        tlv(0x17, t.format("%y%m%d%H%M%SZ").to_string().as_bytes())
    } else {
        tlv(0x18, t.format("%Y%m%d%H%M%SZ").to_string().as_bytes())
    }
}

/// The DER of a self-signed certificate for `pair`, named `common_name`, valid from
/// `now` (backdated a minute) for ten years; `None` if signing fails.
pub(crate) fn self_signed(
    pair: &RsaKeyPair,
    common_name: &str,
    now: DateTime<Utc>,
) -> Option<Vec<u8>> {
    let mut serial =
        digest::digest(&digest::SHA256, common_name.as_bytes()).as_ref()[..16].to_vec();
    serial[0] &= 0x7f; // a positive INTEGER
    serial[0] |= 0x01; // with no leading zero byte to strip
    let issuer = name(common_name);
    let validity = sequence(&[
        &time(now - Duration::minutes(1)),
        &time(now + Duration::days(3650)),
    ]);
    // `PublicKey::as_ref` is the PKCS#1 `RSAPublicKey`; SPKI wraps it in a BIT STRING.
    let spki = sequence(&[
        &algorithm(RSA_ENCRYPTION),
        &bit_string(pair.public_key().as_ref()),
    ]);
    let tbs = sequence(&[
        &tlv(0xa0, &tlv(0x02, &[0x02])),
        &tlv(0x02, &serial),
        &algorithm(SHA256_WITH_RSA),
        &issuer,
        &validity,
        &issuer,
        &spki,
    ]);
    let mut sig = vec![0; pair.public_modulus_len()];
    pair.sign(
        &signature::RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        &tbs,
        &mut sig,
    )
    .ok()?;
    Some(sequence(&[
        &tbs,
        &algorithm(SHA256_WITH_RSA),
        &bit_string(&sig),
    ]))
}

/// The `x5tS256` of a certificate: base64url (no padding) of its SHA-256.
pub(crate) fn thumbprint(der: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest::digest(&digest::SHA256, der))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::rsa::KeySize;

    #[test]
    fn lengths_use_the_long_form_past_127_bytes() {
        assert_eq!(tlv(0x04, &[0; 3])[..2], [0x04, 3]);
        assert_eq!(tlv(0x04, &[0; 200])[..3], [0x04, 0x81, 200]);
        assert_eq!(tlv(0x04, &[0; 300])[..4], [0x04, 0x82, 0x01, 0x2c]);
    }

    #[test]
    fn the_certificate_signature_verifies_with_the_key() -> Result<(), Box<dyn std::error::Error>> {
        let pair = RsaKeyPair::generate(KeySize::Rsa2048)?;
        let der = self_signed(&pair, "jwk-test-1", Utc::now()).ok_or("no certificate")?;
        assert_eq!(der[0], 0x30);
        // The TBS is the first element of the outer SEQUENCE (4-byte header each).
        let tbs_len = usize::from(u16::from_be_bytes([der[6], der[7]])) + 4;
        let tbs = &der[4..4 + tbs_len];
        let sig = &der[der.len() - pair.public_modulus_len()..];
        signature::UnparsedPublicKey::new(
            &signature::RSA_PKCS1_2048_8192_SHA256,
            pair.public_key().as_ref(),
        )
        .verify(tbs, sig)
        .map_err(|_| "the certificate is not self-signed")?;
        assert_eq!(thumbprint(&der).len(), 43);
        Ok(())
    }
}
