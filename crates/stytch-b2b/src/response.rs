//! What the crate reads from every generated response type (the impls are generated
//! with the operations, in `generated/mod.rs`).

use stytch_b2b_api::types::MemberSession;

/// A successful response body of some operation.
pub trait ApiResponse: serde::de::DeserializeOwned {
    /// Stytch's id of the request, for support and log correlation (`None` for the
    /// few operations that answer without one, such as the OAuth 2.0 token endpoint).
    fn request_id(&self) -> Option<&str>;
}

/// A response that may carry a member session (`None` while MFA is pending).
pub trait MemberSessionResponse: ApiResponse {
    /// The member session, when one was started.
    fn member_session(&self) -> Option<&MemberSession>;
}
