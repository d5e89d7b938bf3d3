//! The public signing key of a JWKS, read the way the API and every official SDK
//! write it.

use serde::{Deserialize, Serialize};

/// One public key of the project's JSON Web Key Set (`sessions_get_jwks`).
///
/// The certificate thumbprint is `x5tS256` on the wire (Stytch's Go SDK spells it
/// `x5t_s256`); either spelling decodes into [`Jwk::x5t_s256`], and it is written back
/// as `x5tS256`. Neither it nor the certificate chain is required: a key set without
/// them still decodes.
///
/// ```
/// let key: stytch_b2b_api::Jwk = serde_json::from_str(
///     r#"{"kty":"RSA","use":"sig","key_ops":["verify"],"alg":"RS256","kid":"jwk-test-1","n":"sXch","e":"AQAB"}"#,
/// )?;
/// assert_eq!(key.kid, "jwk-test-1");
/// assert!(key.x5c.is_empty() && key.x5t_s256.is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    /// Key type: `RSA`.
    pub kty: String,
    /// Intended use: `sig`.
    #[serde(rename = "use")]
    pub use_: String,
    /// Operations the key is for (`verify`).
    #[serde(default)]
    pub key_ops: Vec<String>,
    /// Signing algorithm: `RS256`.
    pub alg: String,
    /// Key id, matched against a JWT's `kid` header.
    pub kid: String,
    /// Certificate chain (base64 DER), empty when the API sends none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub x5c: Vec<String>,
    /// SHA-256 thumbprint of the certificate (base64url), when sent.
    #[serde(
        default,
        rename = "x5tS256",
        alias = "x5t_s256",
        skip_serializing_if = "Option::is_none"
    )]
    pub x5t_s256: Option<String>,
    /// RSA modulus, base64url without padding.
    pub n: String,
    /// RSA public exponent, base64url without padding.
    pub e: String,
}
