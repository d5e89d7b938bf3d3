//! Custom session claims decoded into a caller-chosen type.

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::de::DeserializeOwned;

use crate::Error;
use crate::response::MemberSessionResponse;

/// A call whose response's custom claims are decoded as `T` once it arrives; made by
/// the `_with_claims` twin of a session-starting method and awaited like the call.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct WithClaimsCall<C, T> {
    call: C,
    claims: PhantomData<fn() -> T>,
}

impl<C, T> WithClaimsCall<C, T> {
    pub(crate) fn new(call: C) -> Self {
        Self {
            call,
            claims: PhantomData,
        }
    }
}

impl<C, R, T> IntoFuture for WithClaimsCall<C, T>
where
    C: IntoFuture<Output = Result<R, Error>>,
    C::IntoFuture: Unpin,
    R: MemberSessionResponse,
    T: DeserializeOwned,
{
    type Output = Result<WithClaims<R, T>, Error>;
    type IntoFuture = WithClaimsFuture<C::IntoFuture, T>;

    fn into_future(self) -> Self::IntoFuture {
        WithClaimsFuture {
            call: self.call.into_future(),
            claims: PhantomData,
        }
    }
}

/// The future of a [`WithClaimsCall`].
#[derive(Debug)]
#[must_use = "futures do nothing unless polled"]
pub struct WithClaimsFuture<F, T> {
    call: F,
    claims: PhantomData<fn() -> T>,
}

impl<F, R, T> Future for WithClaimsFuture<F, T>
where
    F: Future<Output = Result<R, Error>> + Unpin,
    R: MemberSessionResponse,
    T: DeserializeOwned,
{
    type Output = Result<WithClaims<R, T>, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.call)
            .poll(cx)
            .map(|response| WithClaims::decode(response?))
    }
}

/// A response together with the session's custom claims decoded as `T`.
///
/// `claims` is `None` when the response has no member session (MFA still pending).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WithClaims<R, T> {
    /// The full response.
    pub response: R,
    /// The custom claims, when a member session was returned.
    pub claims: Option<T>,
}

impl<R: MemberSessionResponse, T: DeserializeOwned> WithClaims<R, T> {
    pub(crate) fn decode(response: R) -> Result<Self, Error> {
        let claims = match response.member_session() {
            Some(session) => Some(decode_claims(&session.custom_claims)?),
            None => None,
        };
        Ok(Self { response, claims })
    }
}

/// Decodes a custom-claims object into `T`, naming the claim at fault on failure.
pub(crate) fn decode_claims<T: DeserializeOwned>(
    claims: &serde_json::Map<String, serde_json::Value>,
) -> Result<T, Error> {
    serde_path_to_error::deserialize(claims).map_err(|e| Error::Claims {
        claim: e.path().to_string(),
        reason: e.inner().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Claims {
        plan: String,
        limits: Limits,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Limits {
        seats: u32,
    }

    #[test]
    fn failure_names_the_nested_claim() {
        let claims = serde_json::json!({"plan": "pro", "limits": {"seats": "many"}});
        let map = claims.as_object().cloned().unwrap_or_default();
        match decode_claims::<Claims>(&map) {
            Err(Error::Claims { claim, .. }) => assert_eq!(claim, "limits.seats"),
            other => panic!("expected a claims error, got {other:?}"),
        }
    }
}
