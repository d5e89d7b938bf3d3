// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/sdk.rs) and regenerate.
//! Device fingerprinting, fraud rules, verdict-reason overrides and email risk scoring, sent to the fraud base URL (`https://telemetry.stytch.com`) with the usual Basic auth.

pub use stytch_b2b_api::types::{
    FraudEmailRiskRequest, FraudEmailRiskResponse, FraudFingerprintLookupRequest,
    FraudFingerprintLookupResponse, FraudRulesListRequest, FraudRulesListResponse,
    FraudRulesSetRequest, FraudRulesSetResponse, FraudVerdictReasonsListRequest,
    FraudVerdictReasonsListResponse, FraudVerdictReasonsOverrideRequest,
    FraudVerdictReasonsOverrideResponse,
};

/// Groups the fraud and risk calls (device fingerprinting, rules, verdict reasons, email risk), which are sent to the fraud base URL.
///
/// Reached with `client.fraud()`.
#[derive(Debug, Clone, Copy)]
pub struct Fraud<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> Fraud<'a> {
    /// Scores the risk of email addresses.
    pub fn email(&self) -> FraudEmail<'a> {
        FraudEmail { client: self.client }
    }

    /// Looks up device fingerprints and verdicts by telemetry ID.
    pub fn fingerprint(&self) -> FraudFingerprint<'a> {
        FraudFingerprint {
            client: self.client,
        }
    }

    /// Sets and lists rules that force a verdict for specific devices, networks or countries.
    pub fn rules(&self) -> FraudRules<'a> {
        FraudRules { client: self.client }
    }

    /// Lists verdict reasons and overrides the action each one produces.
    pub fn verdict_reasons(&self) -> FraudVerdictReasons<'a> {
        FraudVerdictReasons {
            client: self.client,
        }
    }
}

/// Scores the risk of email addresses.
///
/// Reached with `client.fraud().email()`.
#[derive(Debug, Clone, Copy)]
pub struct FraudEmail<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> FraudEmail<'a> {
    /// Assess the risk of an email address.
    ///
    /// Returns a recommended action, a 0-100 `risk_score` and details about the address and its domain for the given email address. Sent to the fraud base URL; the feature is in beta.
    ///
    /// `POST /v1/email/risk` (`fraud_email_risk`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn risk<B>(&self, body: B) -> FraudEmailRiskCall<'a>
    where
        B: TryInto<FraudEmailRiskRequest>,
        B::Error: std::fmt::Display,
    {
        FraudEmailRiskCall {
            client: self.client,
            request: self.client.inner.fraud_api.fraud_email_risk().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Looks up device fingerprints and verdicts by telemetry ID.
///
/// Reached with `client.fraud().fingerprint()`.
#[derive(Debug, Clone, Copy)]
pub struct FraudFingerprint<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> FraudFingerprint<'a> {
    /// Look up a device fingerprint by telemetry ID.
    ///
    /// Returns the fingerprints, the verdict (`ALLOW`, `CHALLENGE` or `BLOCK`, with reasons) and optional network and browser properties for a `telemetry_id` collected by a Stytch client SDK. Sent to the fraud base URL; an expired or unknown telemetry ID gives a 404, which is best treated as a block.
    ///
    /// `POST /v1/fingerprint/lookup` (`fraud_fingerprint_lookup`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn lookup<B>(&self, body: B) -> FraudFingerprintLookupCall<'a>
    where
        B: TryInto<FraudFingerprintLookupRequest>,
        B::Error: std::fmt::Display,
    {
        FraudFingerprintLookupCall {
            client: self.client,
            request: self.client.inner.fraud_api.fraud_fingerprint_lookup().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Sets and lists rules that force a verdict for specific devices, networks or countries.
///
/// Reached with `client.fraud().rules()`.
#[derive(Debug, Clone, Copy)]
pub struct FraudRules<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> FraudRules<'a> {
    /// List fraud rules.
    ///
    /// Returns the project's fraud rules one page at a time; pass `next_cursor` back as `cursor` to continue. Sent to the fraud base URL.
    ///
    /// `POST /v1/rules/list` (`fraud_rules_list`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `pages(max_pages)` on the call follows every page. `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn list<B>(&self, body: B) -> FraudRulesListCall<'a>
    where
        B: TryInto<FraudRulesListRequest>,
        B::Error: std::fmt::Display,
    {
        FraudRulesListCall {
            client: self.client,
            request: self.client.inner.fraud_api.fraud_rules_list().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Set a fraud rule for an identifier.
    ///
    /// Sets the action returned by fingerprint lookups for exactly one identifier: a visitor or browser ID, a fingerprint, a CIDR block, an ASN or a country code. Action `NONE` removes the existing rule, `ALLOW` is not permitted for country codes, and the rule is permanent unless `expires_in_minutes` is given. Sent to the fraud base URL.
    ///
    /// `POST /v1/rules/set` (`fraud_rules_set`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn set<B>(&self, body: B) -> FraudRulesSetCall<'a>
    where
        B: TryInto<FraudRulesSetRequest>,
        B::Error: std::fmt::Display,
    {
        FraudRulesSetCall {
            client: self.client,
            request: self.client.inner.fraud_api.fraud_rules_set().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// Lists verdict reasons and overrides the action each one produces.
///
/// Reached with `client.fraud().verdict_reasons()`.
#[derive(Debug, Clone, Copy)]
pub struct FraudVerdictReasons<'a> {
    pub(crate) client: &'a crate::Client,
}

impl<'a> FraudVerdictReasons<'a> {
    /// List verdict reasons and their actions.
    ///
    /// Returns the verdict reasons that can be overridden, each with its default action and any override that has been set. Set `overrides_only` to return only reasons with an override. Sent to the fraud base URL.
    ///
    /// `POST /v1/verdict_reasons/list` (`fraud_verdict_reasons_list`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn list<B>(&self, body: B) -> FraudVerdictReasonsListCall<'a>
    where
        B: TryInto<FraudVerdictReasonsListRequest>,
        B::Error: std::fmt::Display,
    {
        FraudVerdictReasonsListCall {
            client: self.client,
            request: self.client.inner.fraud_api.fraud_verdict_reasons_list().body(body),
            path_params: crate::call::PathParams::default(),
        }
    }

    /// Override the action for a verdict reason.
    ///
    /// Changes the action that fingerprint lookups return when a given verdict reason is present, for example allowing a reason that would challenge by default. The `RULE_MATCH` reason cannot be overridden. Sent to the fraud base URL.
    ///
    /// `POST /v1/verdict_reasons/override` (`fraud_verdict_reasons_override`). Sent to the fraud host ([`ClientBuilder::fraud_base_url`](crate::ClientBuilder::fraud_base_url)). `.await` the returned call to send it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) when a required field is missing (nothing is sent); otherwise any [`Error`](crate::Error) of the call.
    pub fn r#override<B>(&self, body: B) -> FraudVerdictReasonsOverrideCall<'a>
    where
        B: TryInto<FraudVerdictReasonsOverrideRequest>,
        B::Error: std::fmt::Display,
    {
        FraudVerdictReasonsOverrideCall {
            client: self.client,
            request: self
                .client
                .inner
                .fraud_api
                .fraud_verdict_reasons_override()
                .body(body),
            path_params: crate::call::PathParams::default(),
        }
    }
}

/// The `fraud_fingerprint_lookup` operation.
pub(crate) const FRAUD_FINGERPRINT_LOOKUP: crate::call::Operation = crate::call::Operation {
    id: "fraud_fingerprint_lookup",
    method: "POST",
    path: "/v1/fingerprint/lookup",
    sdk_call: "fraud().fingerprint().lookup()",
    idempotent: false,
};

/// A `fraud_fingerprint_lookup` call, made by [`FraudFingerprint::lookup`](FraudFingerprint::lookup): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudFingerprintLookupCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudFingerprintLookup<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for FraudFingerprintLookupCall<'a> {
    type Output = Result<FraudFingerprintLookupResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudFingerprintLookupResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_FINGERPRINT_LOOKUP,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `fraud_rules_set` operation.
pub(crate) const FRAUD_RULES_SET: crate::call::Operation = crate::call::Operation {
    id: "fraud_rules_set",
    method: "POST",
    path: "/v1/rules/set",
    sdk_call: "fraud().rules().set()",
    idempotent: false,
};

/// A `fraud_rules_set` call, made by [`FraudRules::set`](FraudRules::set): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudRulesSetCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudRulesSet<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for FraudRulesSetCall<'a> {
    type Output = Result<FraudRulesSetResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudRulesSetResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_RULES_SET,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `fraud_rules_list` operation.
pub(crate) const FRAUD_RULES_LIST: crate::call::Operation = crate::call::Operation {
    id: "fraud_rules_list",
    method: "POST",
    path: "/v1/rules/list",
    sdk_call: "fraud().rules().list()",
    idempotent: false,
};

/// A `fraud_rules_list` call, made by [`FraudRules::list`](FraudRules::list): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudRulesListCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudRulesList<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> FraudRulesListCall<'a> {
    /// Every page of the search, in order, as a stream: the first as this call asks for it, each next one with the `cursor` its predecessor named in `next_cursor`, until a page names none or `max_pages` pages were fetched. Each page's items are in its `rules`; a failed page ends the stream after yielding its error.
    ///
    /// ```no_run
    /// # async fn run(call: stytch_b2b::fraud::FraudRulesListCall<'_>) -> Result<(), stytch_b2b::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = call.pages(10);
    /// while let Some(page) = pages.try_next().await? {
    ///     println!("{} rules", page.rules.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages(
        self,
        max_pages: usize,
    ) -> crate::pagination::PageStream<'a, FraudRulesListResponse> {
        crate::pagination::pages(
            self,
            max_pages,
            |call: Self, cursor: String| FraudRulesListCall {
                request: call.request.body_map(move |body| body.cursor(cursor)),
                ..call
            },
        )
    }
}

impl<'a> ::std::future::IntoFuture for FraudRulesListCall<'a> {
    type Output = Result<FraudRulesListResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudRulesListResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_RULES_LIST,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `fraud_verdict_reasons_override` operation.
pub(crate) const FRAUD_VERDICT_REASONS_OVERRIDE: crate::call::Operation = crate::call::Operation {
    id: "fraud_verdict_reasons_override",
    method: "POST",
    path: "/v1/verdict_reasons/override",
    sdk_call: "fraud().verdict_reasons().r#override()",
    idempotent: false,
};

/// A `fraud_verdict_reasons_override` call, made by [`FraudVerdictReasons::r#override`](FraudVerdictReasons::override): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudVerdictReasonsOverrideCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudVerdictReasonsOverride<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for FraudVerdictReasonsOverrideCall<'a> {
    type Output = Result<FraudVerdictReasonsOverrideResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudVerdictReasonsOverrideResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_VERDICT_REASONS_OVERRIDE,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `fraud_verdict_reasons_list` operation.
pub(crate) const FRAUD_VERDICT_REASONS_LIST: crate::call::Operation = crate::call::Operation {
    id: "fraud_verdict_reasons_list",
    method: "POST",
    path: "/v1/verdict_reasons/list",
    sdk_call: "fraud().verdict_reasons().list()",
    idempotent: false,
};

/// A `fraud_verdict_reasons_list` call, made by [`FraudVerdictReasons::list`](FraudVerdictReasons::list): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudVerdictReasonsListCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudVerdictReasonsList<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for FraudVerdictReasonsListCall<'a> {
    type Output = Result<FraudVerdictReasonsListResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudVerdictReasonsListResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_VERDICT_REASONS_LIST,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}

/// The `fraud_email_risk` operation.
pub(crate) const FRAUD_EMAIL_RISK: crate::call::Operation = crate::call::Operation {
    id: "fraud_email_risk",
    method: "POST",
    path: "/v1/email/risk",
    sdk_call: "fraud().email().risk()",
    idempotent: false,
};

/// A `fraud_email_risk` call, made by [`FraudEmail::risk`](FraudEmail::risk): `.await` it to send it.
#[derive(Debug, Clone)]
#[must_use = "a call is sent only when it is awaited"]
pub struct FraudEmailRiskCall<'a> {
    client: &'a crate::Client,
    request: stytch_b2b_api::builder::FraudEmailRisk<'a>,
    path_params: crate::call::PathParams,
}

impl<'a> ::std::future::IntoFuture for FraudEmailRiskCall<'a> {
    type Output = Result<FraudEmailRiskResponse, crate::Error>;
    type IntoFuture = crate::call::CallFuture<'a, FraudEmailRiskResponse>;
    fn into_future(self) -> Self::IntoFuture {
        let Self { client, request, path_params } = self;
        client
            .send(
                &FRAUD_EMAIL_RISK,
                path_params,
                crate::call::MemberAuthorization::default(),
                move || request.clone().send(),
            )
    }
}
