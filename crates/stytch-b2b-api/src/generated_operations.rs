// @generated from openapi/b2b.yaml by `cargo xtask codegen`. Do not edit by hand: change the spec (or xtask/src/operations.rs) and regenerate.
/// Operations whose requests carry no project credentials (`security: []` in the
/// spec): the OAuth 2.0 endpoints, which take client credentials in the body.
pub(crate) const UNAUTHENTICATED: &[&str] = &[
    "idp_introspect_token_network",
    "m2m_token",
];
