//! Messages the emulator "sends": magic links, one-time passcodes and password-reset
//! links land here instead of in an inbox or on a phone.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::Serialize;

/// What a message is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MessageKind {
    /// An invitation magic link (`magic_links/email/invite`).
    Invite,
    /// A login magic link for an existing member (`magic_links/email/login_or_signup`).
    Login,
    /// A sign-up magic link for a just-provisioned member (`login_or_signup`).
    Signup,
    /// A discovery magic link (`magic_links/email/discovery/send`).
    Discovery,
    /// A password-reset link (`passwords/email/reset/start`).
    PasswordReset,
    /// A cross-organization password-reset link (`passwords/discovery/email/reset/start`).
    DiscoveryPasswordReset,
    /// An SMS one-time passcode (`otps/sms/send`, or sent for MFA).
    SmsOtp,
    /// An email one-time passcode for an organization (`otps/email/login_or_signup`).
    EmailOtp,
    /// An email one-time passcode for discovery (`otps/email/discovery/send`).
    DiscoveryEmailOtp,
    /// An email-update magic link (`organizations/members/start_email_update`).
    EmailUpdate,
}

/// Where a message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Channel {
    /// An email address.
    Email,
    /// A phone number, by SMS.
    Sms,
}

/// One sent message. `token` is the magic-link token, password-reset token or OTP
/// code to pass back to the API; `Debug` hides it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OutboxMessage {
    /// Unique id of the message.
    pub message_id: String,
    /// What the message is for.
    pub kind: MessageKind,
    /// Email or SMS.
    pub channel: Channel,
    /// Email address or phone number it was sent to.
    pub recipient: String,
    /// Organization it concerns, when there is one.
    pub organization_id: Option<String>,
    /// Member it concerns, when there is one.
    pub member_id: Option<String>,
    /// The secret to authenticate with: token or one-time code.
    pub token: String,
    /// The redirect URL the request named, if any.
    pub redirect_url: Option<String>,
    /// Emulator time of sending.
    pub sent_at: DateTime<Utc>,
    /// Emulator time after which the token is refused.
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for OutboxMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutboxMessage")
            .field("message_id", &self.message_id)
            .field("kind", &self.kind)
            .field("channel", &self.channel)
            .field("recipient", &self.recipient)
            .field("organization_id", &self.organization_id)
            .field("member_id", &self.member_id)
            .field("token", &"<redacted>")
            .field("redirect_url", &self.redirect_url)
            .field("sent_at", &self.sent_at)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}
