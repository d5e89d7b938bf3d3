//! Authentication factors as Stytch records them on a member session.

use chrono::{DateTime, Utc};
use stytch_b2b_api::types;

/// A factor of `type_` delivered by `delivery_method`, with every detail empty.
pub(crate) fn blank(
    type_: &str,
    delivery_method: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    types::AuthenticationFactor {
        amazon_oauth_factor: None,
        apple_oauth_factor: None,
        authenticator_app_factor: None,
        biometric_factor: None,
        bitbucket_oauth_factor: None,
        coinbase_oauth_factor: None,
        created_at: Some(now),
        crypto_wallet_factor: None,
        delivery_method: delivery_method.to_owned(),
        discord_oauth_factor: None,
        email_factor: None,
        embeddable_magic_link_factor: None,
        facebook_oauth_factor: None,
        figma_oauth_factor: None,
        git_lab_oauth_factor: None,
        github_oauth_exchange_factor: None,
        github_oauth_factor: None,
        google_oauth_exchange_factor: None,
        google_oauth_factor: None,
        hubspot_oauth_exchange_factor: None,
        hubspot_oauth_factor: None,
        impersonated_factor: None,
        instagram_oauth_factor: None,
        last_authenticated_at: Some(now),
        linked_in_oauth_factor: None,
        microsoft_oauth_factor: None,
        oauth_access_token_exchange_factor: None,
        oidc_sso_factor: None,
        phone_number_factor: None,
        recovery_code_factor: None,
        salesforce_oauth_factor: None,
        saml_sso_factor: None,
        shopify_oauth_factor: None,
        slack_oauth_exchange_factor: None,
        slack_oauth_factor: None,
        snapchat_oauth_factor: None,
        spotify_oauth_factor: None,
        steam_oauth_factor: None,
        tik_tok_oauth_factor: None,
        twitch_oauth_factor: None,
        trusted_auth_token_factor: None,
        twitter_oauth_factor: None,
        type_: type_.to_owned(),
        updated_at: Some(now),
        webauthn_factor: None,
        yahoo_oauth_factor: None,
    }
}

/// An email magic link (also used for a password reset by email, which proves the
/// same thing: control of the inbox).
pub(crate) fn magic_link(
    email: &str,
    email_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("magic_link", "email", now);
    f.email_factor = Some(types::EmailFactor {
        email_address: email.to_owned(),
        email_id: email_id.to_owned(),
    });
    f
}

pub(crate) fn password(
    email: &str,
    email_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("password", "knowledge", now);
    f.email_factor = Some(types::EmailFactor {
        email_address: email.to_owned(),
        email_id: email_id.to_owned(),
    });
    f
}

pub(crate) fn sms_otp(
    phone: &str,
    phone_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("otp", "sms", now);
    f.phone_number_factor = Some(types::PhoneNumberFactor {
        phone_id: phone_id.to_owned(),
        phone_number: phone.to_owned(),
    });
    f
}

/// OAuth providers the emulator can mint logins for.
pub(crate) const OAUTH_PROVIDERS: &[&str] = &["google", "microsoft", "github", "slack", "hubspot"];

pub(crate) fn oauth(
    provider: &str,
    registration_id: &str,
    subject: &str,
    email_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("oauth", &format!("oauth_{provider}"), now);
    let (id, provider_subject, email_id) = (
        registration_id.to_owned(),
        subject.to_owned(),
        Some(email_id.to_owned()),
    );
    match provider {
        "google" => {
            f.google_oauth_factor = Some(types::GoogleOAuthFactor {
                email_id,
                id,
                provider_subject,
            })
        }
        "microsoft" => {
            f.microsoft_oauth_factor = Some(types::MicrosoftOAuthFactor {
                email_id,
                id,
                provider_subject,
            })
        }
        "github" => {
            f.github_oauth_factor = Some(types::GithubOAuthFactor {
                email_id,
                id,
                provider_subject,
            })
        }
        "slack" => {
            f.slack_oauth_factor = Some(types::SlackOAuthFactor {
                email_id,
                id,
                provider_subject,
            })
        }
        "hubspot" => {
            f.hubspot_oauth_factor = Some(types::HubspotOAuthFactor {
                email_id,
                id,
                provider_subject,
            })
        }
        _ => {}
    }
    f
}

pub(crate) fn sso(
    saml: bool,
    registration_id: &str,
    connection_id: &str,
    external_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("sso", if saml { "sso_saml" } else { "sso_oidc" }, now);
    if saml {
        f.saml_sso_factor = Some(types::SamlssoFactor {
            external_id: external_id.to_owned(),
            id: registration_id.to_owned(),
            provider_id: connection_id.to_owned(),
        });
    } else {
        f.oidc_sso_factor = Some(types::OidcssoFactor {
            external_id: external_id.to_owned(),
            id: registration_id.to_owned(),
            provider_id: connection_id.to_owned(),
        });
    }
    f
}

pub(crate) fn is_sms_otp(f: &types::AuthenticationFactor) -> bool {
    f.type_ == "otp" && f.delivery_method == "sms"
}

/// Whether `f` is a second factor: an SMS code, a TOTP code or a recovery code.
pub(crate) fn is_secondary(f: &types::AuthenticationFactor) -> bool {
    is_sms_otp(f) || f.type_ == "totp" || f.type_ == "recovery_codes"
}

/// A TOTP code from an authenticator app.
pub(crate) fn totp(totp_id: &str, now: DateTime<Utc>) -> types::AuthenticationFactor {
    let mut f = blank("totp", "authenticator_app", now);
    f.authenticator_app_factor = Some(types::AuthenticatorAppFactor {
        totp_id: totp_id.to_owned(),
    });
    f
}

/// A TOTP recovery code.
pub(crate) fn recovery_code(totp_id: &str, now: DateTime<Utc>) -> types::AuthenticationFactor {
    let mut f = blank("recovery_codes", "recovery_code", now);
    f.recovery_code_factor = Some(types::RecoveryCodeFactor {
        totp_recovery_code_id: totp_id.to_owned(),
    });
    f
}

/// An email one-time passcode.
pub(crate) fn email_otp(
    email: &str,
    email_id: &str,
    now: DateTime<Utc>,
) -> types::AuthenticationFactor {
    let mut f = blank("otp", "email", now);
    f.email_factor = Some(types::EmailFactor {
        email_address: email.to_owned(),
        email_id: email_id.to_owned(),
    });
    f
}

/// The `allowed_auth_methods` value that permits a primary factor.
pub(crate) fn auth_method(f: &types::AuthenticationFactor) -> Option<&'static str> {
    match (f.type_.as_str(), f.delivery_method.as_str()) {
        ("magic_link", _) => Some("magic_link"),
        ("otp", "email") => Some("email_otp"),
        ("password", _) => Some("password"),
        ("sso", _) => Some("sso"),
        ("oauth", "oauth_google") => Some("google_oauth"),
        ("oauth", "oauth_microsoft") => Some("microsoft_oauth"),
        ("oauth", "oauth_github") => Some("github_oauth"),
        ("oauth", "oauth_slack") => Some("slack_oauth"),
        _ => None,
    }
}

/// Adds `new` to `factors`, replacing an earlier factor of the same kind.
pub(crate) fn merge(
    factors: &mut Vec<types::AuthenticationFactor>,
    new: types::AuthenticationFactor,
) {
    match factors
        .iter_mut()
        .find(|f| f.type_ == new.type_ && f.delivery_method == new.delivery_method)
    {
        Some(existing) => {
            let created = existing.created_at;
            *existing = new;
            existing.created_at = created;
        }
        None => factors.push(new),
    }
}
