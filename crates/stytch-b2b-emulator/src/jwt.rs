//! RS256 signing keys, the JWKS the emulator serves, and session JWTs in Stytch's
//! claim layout.

use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{self, KeyPair as _, RsaKeyPair, UnparsedPublicKey};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use stytch_b2b_api::types;

use crate::ids;

/// Stytch's claim holding the member session.
pub(crate) const SESSION_CLAIM: &str = "https://stytch.com/session";
/// Stytch's claim holding the organization.
pub(crate) const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";
/// Registered claims a custom claim may not replace.
pub(crate) const RESERVED_CLAIMS: &[&str] = &["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];
/// Lifetime of a session JWT, as in Stytch (the session itself may live longer).
pub(crate) const JWT_LIFETIME_SECS: i64 = 300;

/// Failure to create or use a signing key.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The crypto library could not generate an RSA key.
    #[error("could not generate an RSA-2048 signing key")]
    Generate,
    /// The crypto library could not sign.
    #[error("could not sign a session JWT")]
    Sign,
}

/// One RSA-2048 key pair and its public JWK.
pub(crate) struct SigningKey {
    kid: String,
    pair: RsaKeyPair,
    jwk: stytch_b2b_api::Jwk,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    pub(crate) fn generate(env: &str) -> Result<Self, KeyError> {
        let pair = RsaKeyPair::generate(KeySize::Rsa2048).map_err(|_| KeyError::Generate)?;
        let kid = ids::id("jwk", env);
        let cert = crate::x509::self_signed(&pair, &kid, Utc::now()).ok_or(KeyError::Generate)?;
        let public = pair.public_key();
        let jwk = stytch_b2b_api::Jwk {
            alg: "RS256".to_owned(),
            e: URL_SAFE_NO_PAD.encode(public.exponent().big_endian_without_leading_zero()),
            key_ops: vec!["verify".to_owned()],
            kid: kid.clone(),
            kty: "RSA".to_owned(),
            n: URL_SAFE_NO_PAD.encode(public.modulus().big_endian_without_leading_zero()),
            use_: "sig".to_owned(),
            // A self-signed certificate, as Stytch's JWKS has one per key.
            x5c: vec![base64::engine::general_purpose::STANDARD.encode(&cert)],
            x5t_s256: Some(crate::x509::thumbprint(&cert)),
        };
        Ok(Self { kid, pair, jwk })
    }

    pub(crate) fn kid(&self) -> &str {
        &self.kid
    }
}

/// The current signing key and, after a rotation, the one it replaced. The previous
/// key stays in the JWKS (and keeps verifying) until the next rotation drops it.
#[derive(Debug)]
pub(crate) struct KeyRing {
    current: SigningKey,
    previous: Option<SigningKey>,
}

impl KeyRing {
    pub(crate) fn new(current: SigningKey) -> Self {
        Self {
            current,
            previous: None,
        }
    }

    /// Makes `next` the signing key; returns the kid of the key that was current.
    pub(crate) fn rotate(&mut self, next: SigningKey) -> String {
        let old = std::mem::replace(&mut self.current, next);
        let old_kid = old.kid.clone();
        self.previous = Some(old);
        old_kid
    }

    pub(crate) fn current_kid(&self) -> &str {
        self.current.kid()
    }

    /// Public keys, current first.
    pub(crate) fn jwks(&self) -> Vec<stytch_b2b_api::Jwk> {
        std::iter::once(&self.current)
            .chain(self.previous.as_ref())
            .map(|k| k.jwk.clone())
            .collect()
    }

    fn key(&self, kid: &str) -> Option<&SigningKey> {
        std::iter::once(&self.current)
            .chain(self.previous.as_ref())
            .find(|k| k.kid == kid)
    }

    /// Signs `claims` with the current key.
    pub(crate) fn sign(&self, claims: &Map<String, Value>) -> Result<String, KeyError> {
        let header = json!({"alg": "RS256", "kid": self.current.kid, "typ": "JWT"});
        let header = serde_json::to_vec(&header).map_err(|_| KeyError::Sign)?;
        let payload = serde_json::to_vec(claims).map_err(|_| KeyError::Sign)?;
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header),
            URL_SAFE_NO_PAD.encode(payload)
        );
        let rng = aws_lc_rs::rand::SystemRandom::new();
        let mut sig = vec![0u8; self.current.pair.public_modulus_len()];
        self.current
            .pair
            .sign(
                &signature::RSA_PKCS1_SHA256,
                &rng,
                signing_input.as_bytes(),
                &mut sig,
            )
            .map_err(|_| KeyError::Sign)?;
        Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }

    /// Checks the signature of a JWT this emulator issued and returns its claims.
    /// Time claims are not checked: Stytch accepts an expired JWT whose session is
    /// still alive.
    pub(crate) fn verify(&self, token: &str) -> Result<Map<String, Value>, &'static str> {
        let jws = Jws::split(token).ok_or("a JWT has exactly three segments")?;
        let header =
            json_segment(jws.header).ok_or("the JWT header is not base64url-encoded JSON")?;
        if header.get("alg").and_then(Value::as_str) != Some("RS256") {
            return Err("the JWT is not signed with RS256");
        }
        let kid = header
            .get("kid")
            .and_then(Value::as_str)
            .ok_or("the JWT header has no kid")?;
        let key = self
            .key(kid)
            .ok_or("the JWT was not signed by a key of this project")?;
        let sig = URL_SAFE_NO_PAD
            .decode(jws.signature)
            .map_err(|_| "the JWT signature is not base64url")?;
        UnparsedPublicKey::new(
            &signature::RSA_PKCS1_2048_8192_SHA256,
            key.pair.public_key().as_ref(),
        )
        .verify(jws.signing_input.as_bytes(), &sig)
        .map_err(|_| "the JWT signature does not verify")?;
        json_segment(jws.payload).ok_or("the JWT payload is not base64url-encoded JSON")
    }
}

/// A compact JWS cut at its two dots (nothing decoded yet).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Jws<'t> {
    pub(crate) header: &'t str,
    pub(crate) payload: &'t str,
    pub(crate) signature: &'t str,
    /// `header.payload`, what the signature signs.
    pub(crate) signing_input: &'t str,
}

impl<'t> Jws<'t> {
    /// `None` unless `token` has exactly three segments.
    pub(crate) fn split(token: &'t str) -> Option<Self> {
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        Some(Self {
            header,
            payload,
            signature,
            signing_input: &token[..header.len() + 1 + payload.len()],
        })
    }
}

/// A base64url-encoded JSON object segment of a JWS, decoded.
pub(crate) fn json_segment(segment: &str) -> Option<Map<String, Value>> {
    URL_SAFE_NO_PAD
        .decode(segment)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
}

/// Everything a session JWT says.
#[derive(Debug)]
pub(crate) struct SessionClaims<'a> {
    pub(crate) project_id: &'a str,
    pub(crate) issuer: &'a str,
    pub(crate) member_id: &'a str,
    pub(crate) session_id: &'a str,
    pub(crate) organization_id: &'a str,
    pub(crate) organization_slug: &'a str,
    pub(crate) started_at: DateTime<Utc>,
    pub(crate) last_accessed_at: DateTime<Utc>,
    pub(crate) expires_at: DateTime<Utc>,
    pub(crate) factors: &'a [types::AuthenticationFactor],
    pub(crate) roles: &'a [String],
    pub(crate) custom_claims: &'a Map<String, Value>,
    pub(crate) now: DateTime<Utc>,
}

/// The claim set of a session JWT: custom claims at the top level, then the
/// registered and Stytch claims (which therefore always win).
pub(crate) fn session_claims(c: &SessionClaims<'_>) -> Map<String, Value> {
    let rfc3339 = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let iat = c.now.timestamp();
    let exp = (iat + JWT_LIFETIME_SECS)
        .min(c.expires_at.timestamp())
        .max(iat);
    let mut claims = c.custom_claims.clone();
    claims.insert("aud".to_owned(), json!([c.project_id]));
    claims.insert("exp".to_owned(), json!(exp));
    claims.insert("iat".to_owned(), json!(iat));
    claims.insert("iss".to_owned(), json!(c.issuer));
    claims.insert("nbf".to_owned(), json!(iat));
    claims.insert("sub".to_owned(), json!(c.member_id));
    claims.insert(
        SESSION_CLAIM.to_owned(),
        json!({
            "id": c.session_id,
            "started_at": rfc3339(c.started_at),
            "last_accessed_at": rfc3339(c.last_accessed_at),
            "expires_at": rfc3339(c.expires_at),
            "attributes": {"ip_address": "", "user_agent": ""},
            "authentication_factors": c.factors,
            "roles": c.roles,
        }),
    );
    claims.insert(
        ORGANIZATION_CLAIM.to_owned(),
        json!({"organization_id": c.organization_id, "slug": c.organization_slug}),
    );
    claims
}

/// The member session id a verified JWT names.
pub(crate) fn session_id(claims: &Map<String, Value>) -> Option<&str> {
    claims.get(SESSION_CLAIM)?.get("id")?.as_str()
}

/// Lifetime of an M2M access token, as in Stytch.
pub(crate) const M2M_TOKEN_LIFETIME_SECS: i64 = 3600;

/// The claim set of an M2M access token: `sub` is the client id, `scope` the
/// granted scopes, space-separated.
pub(crate) fn m2m_claims(
    project_id: &str,
    issuer: &str,
    client_id: &str,
    scopes: &[String],
    now: DateTime<Utc>,
) -> Map<String, Value> {
    let iat = now.timestamp();
    let mut claims = Map::new();
    claims.insert("aud".to_owned(), json!([project_id]));
    claims.insert("exp".to_owned(), json!(iat + M2M_TOKEN_LIFETIME_SECS));
    claims.insert("iat".to_owned(), json!(iat));
    claims.insert("iss".to_owned(), json!(issuer));
    claims.insert("jti".to_owned(), json!(ids::id("m2m-token", "test")));
    claims.insert("nbf".to_owned(), json!(iat));
    claims.insert("scope".to_owned(), json!(scopes.join(" ")));
    claims.insert("sub".to_owned(), json!(client_id));
    claims
}
