//! The authenticator-app side of TOTP: the base32 secret `totps/create` returns and
//! the RFC 6238 codes computed from it.

/// RFC 4648 base32 (no padding), as `totps/create` returns the secret.
pub fn base32(text: &str) -> Result<Vec<u8>, String> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut count, mut out) = (0u64, 0u32, Vec::new());
    for c in text.trim_end_matches('=').chars() {
        let v = ALPHABET
            .find(c.to_ascii_uppercase())
            .ok_or_else(|| format!("{c:?} is not base32"))?;
        bits = (bits << 5) | u64::try_from(v).map_err(|e| e.to_string())?;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push(u8::try_from((bits >> count) & 0xff).map_err(|e| e.to_string())?);
        }
    }
    Ok(out)
}

/// RFC 6238 TOTP (HMAC-SHA-1, 30 s, 6 digits) of `secret` at Unix time `t`, as an
/// authenticator app computes it.
pub fn totp_code(secret: &[u8], t: i64) -> String {
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let tag = aws_lc_rs::hmac::sign(&key, &t.div_euclid(30).to_be_bytes());
    let mac = tag.as_ref();
    let offset = usize::from(mac[19] & 0x0f);
    let word = u32::from_be_bytes([
        mac[offset] & 0x7f,
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]);
    format!("{:06}", word % 1_000_000)
}
