//! Fraud and risk (served by Stytch on a separate host, here on the emulator's one
//! address): fingerprint lookup, rules, verdict-reason overrides, email risk, with
//! the deterministic verdicts of `domain::fraud`.

use stytch_b2b_api::ErrorType;
use stytch_b2b_api::types;

use super::Handlers;
use super::generated::FraudRoutes;
use crate::domain::{fraud, search};
use crate::errors::{ApiError, ApiResult};
use crate::ids::request_id;
use crate::server::App;

const ACTIONS: &[&str] = &["ALLOW", "CHALLENGE", "BLOCK", "NONE"];

fn check_action(action: &str) -> ApiResult<()> {
    if ACTIONS.contains(&action) {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            ErrorType::InvalidRequestValue,
            format!(
                "action must be one of {}, got {action:?}.",
                ACTIONS.join(", ")
            ),
        ))
    }
}

impl FraudRoutes for Handlers {
    async fn fraud_fingerprint_lookup(
        app: App,
        req: types::FraudFingerprintLookupRequest,
    ) -> ApiResult<types::FraudFingerprintLookupResponse> {
        if req.telemetry_id.is_empty() {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                "telemetry_id must not be empty.",
            ));
        }
        let now = app.clock.now();
        let store = app.store();
        let found = fraud::lookup(&store.fraud, &req.telemetry_id, now);
        Ok(types::FraudFingerprintLookupResponse {
            created_at: Some(now),
            expires_at: Some(now + chrono::Duration::minutes(30)),
            external_metadata: req.external_metadata.unwrap_or(types::Metadata {
                external_id: None,
                organization_id: None,
                user_action: None,
            }),
            fingerprints: found.fingerprints,
            properties: Some(found.properties),
            raw_signals: found.raw_signals,
            request_id: request_id(),
            status_code: 200,
            telemetry_id: req.telemetry_id,
            verdict: found.verdict,
        })
    }

    async fn fraud_rules_set(
        app: App,
        req: types::FraudRulesSetRequest,
    ) -> ApiResult<types::FraudRulesSetResponse> {
        check_action(&req.action)?;
        let now = app.clock.now();
        let expires_at = fraud::rule_expiry(now, req.expires_in_minutes);
        let rule_type = [
            (req.visitor_id.is_some(), "VISITOR_ID"),
            (req.browser_id.is_some(), "BROWSER_ID"),
            (req.visitor_fingerprint.is_some(), "VISITOR_FINGERPRINT"),
            (req.browser_fingerprint.is_some(), "BROWSER_FINGERPRINT"),
            (req.hardware_fingerprint.is_some(), "HARDWARE_FINGERPRINT"),
            (req.network_fingerprint.is_some(), "NETWORK_FINGERPRINT"),
            (req.cidr_block.is_some(), "CIDR_BLOCK"),
            (req.country_code.is_some(), "COUNTRY_CODE"),
            (req.asn.is_some(), "ASN"),
        ]
        .into_iter()
        .filter(|(set, _)| *set)
        .map(|(_, t)| t)
        .collect::<Vec<_>>();
        let [rule_type] = rule_type[..] else {
            return Err(ApiError::bad_request(
                ErrorType::BadRequest,
                "Name exactly one identifier (visitor_id, a fingerprint, cidr_block, country_code or asn).",
            ));
        };
        let rule = types::Rule {
            action: req.action.clone(),
            asn: req.asn.clone(),
            browser_fingerprint: req.browser_fingerprint.clone(),
            browser_id: req.browser_id.clone(),
            cidr_block: req.cidr_block.clone(),
            country_code: req.country_code.clone(),
            created_at: Some(now),
            description: req.description.clone(),
            expires_at,
            hardware_fingerprint: req.hardware_fingerprint.clone(),
            last_updated_at: Some(now),
            network_fingerprint: req.network_fingerprint.clone(),
            rule_type: rule_type.to_owned(),
            visitor_fingerprint: req.visitor_fingerprint.clone(),
            visitor_id: req.visitor_id.clone(),
        };
        fraud::check_rule(&rule)?;
        let mut store = app.store();
        let key = fraud::rule_key(&rule);
        store.fraud.rules.retain(|r| fraud::rule_key(r) != key);
        // `NONE` removes the rule.
        if req.action != "NONE" {
            store.fraud.rules.push(rule);
        }
        Ok(types::FraudRulesSetResponse {
            action: req.action,
            asn: req.asn,
            browser_fingerprint: req.browser_fingerprint,
            browser_id: req.browser_id,
            cidr_block: req.cidr_block,
            country_code: req.country_code,
            expires_at,
            hardware_fingerprint: req.hardware_fingerprint,
            network_fingerprint: req.network_fingerprint,
            request_id: request_id(),
            status_code: 200,
            visitor_fingerprint: req.visitor_fingerprint,
            visitor_id: req.visitor_id,
        })
    }

    async fn fraud_rules_list(
        app: App,
        req: types::FraudRulesListRequest,
    ) -> ApiResult<types::FraudRulesListResponse> {
        let now = app.clock.now();
        let store = app.store();
        let live: Vec<types::Rule> = store
            .fraud
            .rules
            .iter()
            .filter(|r| r.expires_at.is_none_or(|at| at > now))
            .cloned()
            .collect();
        let (rules, meta) = search::paginate(live, req.cursor.as_deref(), req.limit)?;
        Ok(types::FraudRulesListResponse {
            next_cursor: meta.next_cursor.unwrap_or_default(),
            request_id: request_id(),
            rules,
            status_code: 200,
        })
    }

    async fn fraud_verdict_reasons_override(
        app: App,
        req: types::FraudVerdictReasonsOverrideRequest,
    ) -> ApiResult<types::FraudVerdictReasonsOverrideResponse> {
        check_action(&req.override_action)?;
        let Some((_, default_action)) = fraud::VERDICT_REASONS
            .iter()
            .find(|(r, _)| *r == req.verdict_reason)
        else {
            return Err(ApiError::bad_request(
                ErrorType::InvalidRequestValue,
                format!("{:?} is not a verdict reason.", req.verdict_reason),
            ));
        };
        let now = app.clock.now();
        let action = types::VerdictReasonAction {
            default_action: (*default_action).to_owned(),
            override_action: Some(req.override_action),
            override_created_at: Some(now),
            override_description: req.override_description,
            verdict_reason: req.verdict_reason,
        };
        let mut store = app.store();
        store
            .fraud
            .overrides
            .retain(|o| o.verdict_reason != action.verdict_reason);
        store.fraud.overrides.push(action.clone());
        Ok(types::FraudVerdictReasonsOverrideResponse {
            request_id: request_id(),
            status_code: 200,
            verdict_reason_action: action,
        })
    }

    async fn fraud_verdict_reasons_list(
        app: App,
        req: types::FraudVerdictReasonsListRequest,
    ) -> ApiResult<types::FraudVerdictReasonsListResponse> {
        let store = app.store();
        let verdict_reason_actions = fraud::VERDICT_REASONS
            .iter()
            .map(|(reason, default_action)| {
                store
                    .fraud
                    .overrides
                    .iter()
                    .find(|o| o.verdict_reason == *reason)
                    .cloned()
                    .unwrap_or_else(|| types::VerdictReasonAction {
                        default_action: (*default_action).to_owned(),
                        override_action: None,
                        override_created_at: None,
                        override_description: None,
                        verdict_reason: (*reason).to_owned(),
                    })
            })
            .filter(|a| req.overrides_only != Some(true) || a.override_action.is_some())
            .collect();
        Ok(types::FraudVerdictReasonsListResponse {
            request_id: request_id(),
            status_code: 200,
            verdict_reason_actions,
        })
    }

    async fn fraud_email_risk(
        _app: App,
        req: types::FraudEmailRiskRequest,
    ) -> ApiResult<types::FraudEmailRiskResponse> {
        let (action, risk_score, address_information, domain_information) =
            fraud::email_risk(&req.email_address);
        Ok(types::FraudEmailRiskResponse {
            action,
            address_information,
            domain_information,
            request_id: request_id(),
            risk_score,
            status_code: 200,
        })
    }
}
