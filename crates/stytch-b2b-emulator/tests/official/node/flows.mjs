// Drives the emulator with the official Stytch Node SDK (npm `stytch`) as a client,
// through the flows of every product group of its B2B client, local JWT and M2M
// token verification included. Run by `tests/official_sdks.rs`, which installs the
// SDK and passes:
//   STYTCH_SDK_DIR       folder whose node_modules holds `stytch`
//   STYTCH_EMULATOR_URL  the emulator's base URL (http://127.0.0.1:PORT)
//   STYTCH_PROJECT_ID    project id, STYTCH_SECRET its secret
// Prints one line `OFFICIAL_SDK_SUMMARY {json}`: the operations (ids of the wire
// reference) that ran OK, those that failed (with the error), the SDK-side checks,
// the operations the SDK does not expose and those the flows did not reach.

import { createRequire } from "node:module";
import crypto from "node:crypto";

const require = createRequire(process.env.STYTCH_SDK_DIR + "/");
const stytch = require("stytch");
import fs from "node:fs";
import path from "node:path";
const sdkVersion = JSON.parse(
  fs.readFileSync(path.join(process.env.STYTCH_SDK_DIR, "node_modules", "stytch", "package.json"), "utf8"),
).version;

const BASE = process.env.STYTCH_EMULATOR_URL.replace(/\/+$/, "");
const PROJECT_ID = process.env.STYTCH_PROJECT_ID;
const SECRET = process.env.STYTCH_SECRET;

// `custom_base_url` must be https; `env` takes any base URL (with a warning on
// stderr). The fraud endpoints are served on the same address.
const client = new stytch.B2BClient({
  project_id: PROJECT_ID,
  secret: SECRET,
  env: BASE + "/",
  fraud_env: BASE + "/",
});

// Operation id -> the SDK method that calls it.
const OPERATIONS = {
  connected_app_clients_get: "connectedApp.clients.get",
  connected_app_clients_update: "connectedApp.clients.update",
  connected_app_clients_delete: "connectedApp.clients.delete",
  connected_app_clients_search: "connectedApp.clients.search",
  connected_app_clients_create: "connectedApp.clients.create",
  connected_app_clients_secrets_rotate_start: "connectedApp.clients.secrets.rotateStart",
  connected_app_clients_secrets_rotate_cancel: "connectedApp.clients.secrets.rotateCancel",
  connected_app_clients_secrets_rotate: "connectedApp.clients.secrets.rotate",
  debug_whoami: "debug.whoami",
  discovery_intermediate_sessions_exchange: "discovery.intermediateSessions.exchange",
  discovery_organizations_create: "discovery.organizations.create",
  discovery_organizations_list: "discovery.organizations.list",
  fraud_fingerprint_lookup: "fraud.fingerprint.lookup",
  fraud_rules_set: "fraud.rules.set",
  fraud_rules_list: "fraud.rules.list",
  fraud_verdict_reasons_override: "fraud.verdictReasons.override",
  fraud_verdict_reasons_list: "fraud.verdictReasons.list",
  fraud_email_risk: "fraud.email.risk",
  idp_introspect_token_network: "idp.introspectTokenNetwork",
  idp_oauth_authorize_start: "idp.oauth.authorizeStart",
  idp_oauth_authorize: "idp.oauth.authorize",
  impersonation_authenticate: "impersonation.authenticate",
  m2m_token: "m2m.token",
  m2m_clients_get: "m2m.clients.get",
  m2m_clients_search: "m2m.clients.search",
  m2m_clients_update: "m2m.clients.update",
  m2m_clients_delete: "m2m.clients.delete",
  m2m_clients_create: "m2m.clients.create",
  m2m_clients_secrets_rotate_start: "m2m.clients.secrets.rotateStart",
  m2m_clients_secrets_rotate_cancel: "m2m.clients.secrets.rotateCancel",
  m2m_clients_secrets_rotate: "m2m.clients.secrets.rotate",
  magic_links_authenticate: "magicLinks.authenticate",
  magic_links_email_login_or_signup: "magicLinks.email.loginOrSignup",
  magic_links_email_invite: "magicLinks.email.invite",
  magic_links_email_discovery_send: "magicLinks.email.discovery.send",
  magic_links_discovery_authenticate: "magicLinks.discovery.authenticate",
  oauth_authenticate: "oauth.authenticate",
  oauth_discovery_authenticate: "oauth.discovery.authenticate",
  otps_sms_send: "otps.sms.send",
  otps_sms_authenticate: "otps.sms.authenticate",
  otps_email_login_or_signup: "otps.email.loginOrSignup",
  otps_email_authenticate: "otps.email.authenticate",
  otps_email_discovery_send: "otps.email.discovery.send",
  otps_email_discovery_authenticate: "otps.email.discovery.authenticate",
  organizations_create: "organizations.create",
  organizations_get: "organizations.get",
  organizations_update: "organizations.update",
  organizations_delete: "organizations.delete",
  organizations_search: "organizations.search",
  organizations_metrics: "organizations.metrics",
  organizations_connected_apps: "organizations.connectedApps",
  organizations_get_connected_app: "organizations.getConnectedApp",
  organizations_delete_external_id: "organizations.deleteExternalId",
  organizations_members_update: "organizations.members.update",
  organizations_members_delete: "organizations.members.delete",
  organizations_members_reactivate: "organizations.members.reactivate",
  organizations_members_delete_mfa_phone_number: "organizations.members.deleteMFAPhoneNumber",
  organizations_members_delete_totp: "organizations.members.deleteTOTP",
  organizations_members_search: "organizations.members.search",
  organizations_members_delete_password: "organizations.members.deletePassword",
  organizations_members_dangerously_get: "organizations.members.dangerouslyGet",
  organizations_members_oidc_providers: "organizations.members.oidcProviders",
  organizations_members_unlink_retired_email: "organizations.members.unlinkRetiredEmail",
  organizations_members_start_email_update: "organizations.members.startEmailUpdate",
  organizations_members_get_connected_apps: "organizations.members.getConnectedApps",
  organizations_members_delete_external_id: "organizations.members.deleteExternalId",
  organizations_members_create: "organizations.members.create",
  organizations_members_get: "organizations.members.get",
  organizations_members_oauth_providers_google: "organizations.members.oauthProviders.google",
  organizations_members_oauth_providers_microsoft: "organizations.members.oauthProviders.microsoft",
  organizations_members_oauth_providers_slack: "organizations.members.oauthProviders.slack",
  organizations_members_oauth_providers_hubspot: "organizations.members.oauthProviders.hubspot",
  organizations_members_oauth_providers_github: "organizations.members.oauthProviders.github",
  organizations_members_connected_apps_revoke: "organizations.members.connectedApps.revoke",
  passwords_strength_check: "passwords.strengthCheck",
  passwords_migrate: "passwords.migrate",
  passwords_authenticate: "passwords.authenticate",
  passwords_email_reset_start: "passwords.email.resetStart",
  passwords_email_reset: "passwords.email.reset",
  passwords_email_require_reset: "passwords.email.requireReset",
  passwords_session_reset: "passwords.sessions.reset",
  passwords_existing_password_reset: "passwords.existingPassword.reset",
  passwords_discovery_authenticate: "passwords.discovery.authenticate",
  passwords_discovery_email_reset_start: "passwords.discovery.email.resetStart",
  passwords_discovery_email_reset: "passwords.discovery.email.reset",
  project_metrics: "project.metrics",
  rbac_policy: "rbac.policy",
  rbac_organizations_get_org_policy: "rbac.organizations.getOrgPolicy",
  rbac_organizations_set_org_policy: "rbac.organizations.setOrgPolicy",
  recovery_codes_recover: "recoveryCodes.recover",
  recovery_codes_get: "recoveryCodes.get",
  recovery_codes_rotate: "recoveryCodes.rotate",
  scim_connection_update: "scim.connection.update",
  scim_connection_delete: "scim.connection.delete",
  scim_connection_rotate_start: "scim.connection.rotateStart",
  scim_connection_rotate_complete: "scim.connection.rotateComplete",
  scim_connection_rotate_cancel: "scim.connection.rotateCancel",
  scim_connection_get_groups: "scim.connection.getGroups",
  scim_connection_create: "scim.connection.create",
  scim_connection_get: "scim.connection.get",
  sso_get_connections: "sso.getConnections",
  sso_delete_connection: "sso.deleteConnection",
  sso_authenticate: "sso.authenticate",
  sso_oidc_create_connection: "sso.oidc.createConnection",
  sso_oidc_update_connection: "sso.oidc.updateConnection",
  sso_saml_create_connection: "sso.saml.createConnection",
  sso_saml_update_connection: "sso.saml.updateConnection",
  sso_saml_update_by_url: "sso.saml.updateByURL",
  sso_saml_delete_verification_certificate: "sso.saml.deleteVerificationCertificate",
  sso_saml_delete_encryption_private_key: "sso.saml.deleteEncryptionPrivateKey",
  sso_external_create_connection: "sso.external.createConnection",
  sso_external_update_connection: "sso.external.updateConnection",
  sessions_get: "sessions.get",
  sessions_authenticate: "sessions.authenticate",
  sessions_revoke: "sessions.revoke",
  sessions_exchange: "sessions.exchange",
  sessions_exchange_access_token: "sessions.exchangeAccessToken",
  sessions_attest: "sessions.attest",
  sessions_migrate: "sessions.migrate",
  sessions_get_jwks: "sessions.getJWKS",
  totps_create: "totps.create",
  totps_authenticate: "totps.authenticate",
  totps_migrate: "totps.migrate",
};

function lookup(path) {
  let target = client;
  let owner = client;
  for (const part of path.split(".")) {
    owner = target;
    target = target?.[part];
  }
  return typeof target === "function" ? target.bind(owner) : null;
}

const ok = new Set();
const failed = [];
const checks = {};
const aborted = [];

function describe(e) {
  if (e == null) return String(e);
  if (e.error_type !== undefined || e.status_code !== undefined) {
    return `${e.status_code} ${e.error_type}: ${e.error_message ?? e.error_description ?? ""}`.trim();
  }
  if (e.code !== undefined && e.message !== undefined) {
    const cause = e.cause ? ` (${describe(e.cause)})` : "";
    return `${e.code}: ${e.message}${cause}`;
  }
  return e.stack ? String(e.stack).split("\n").slice(0, 3).join(" | ") : String(e);
}

function check(cond, message) {
  if (!cond) throw new Error("check failed: " + message);
}

/** Calls operation `id` through its SDK method; records the outcome. */
async function call(id, args, ...rest) {
  const fn = lookup(OPERATIONS[id]);
  if (!fn) throw new Error(`the SDK has no ${OPERATIONS[id]}`);
  try {
    const response = await fn(args, ...rest);
    ok.add(id);
    return response;
  } catch (e) {
    failed.push({ operation: id, error: describe(e) });
    throw e;
  }
}

/** `call`, then `verify(response)`; a failed check is a failure of `id`. */
async function op(id, args, verify, ...rest) {
  const response = await call(id, args, ...rest);
  if (verify) {
    try {
      verify(response);
    } catch (e) {
      ok.delete(id);
      failed.push({ operation: id, error: describe(e) });
      throw e;
    }
  }
  return response;
}

/** An SDK-side check (local JWT verification, ...): recorded under `name`. */
async function sdkCheck(name, fn) {
  try {
    await fn();
    checks[name] = "ok";
  } catch (e) {
    checks[name] = describe(e);
    failed.push({ operation: name, error: describe(e) });
    throw e;
  }
}

/** Runs one section; a failure ends the section, not the run. */
async function section(name, fn) {
  try {
    await fn();
  } catch (e) {
    aborted.push({ section: name, error: describe(e) });
  }
}

// Control routes of the emulator (outbox, minted IdP logins).
const AUTH = "Basic " + Buffer.from(`${PROJECT_ID}:${SECRET}`).toString("base64");
async function control(method, path, body) {
  const res = await fetch(BASE + "/__emulator/" + path, {
    method,
    headers: { Authorization: AUTH, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status >= 400) throw new Error(`control ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
async function latestOrNull(recipient) {
  const { messages } = await control("GET", "outbox?recipient=" + encodeURIComponent(recipient));
  return messages.length > 0 ? messages[messages.length - 1] : null;
}
async function latest(recipient) {
  const message = await latestOrNull(recipient);
  check(message !== null, `a message to ${recipient}`);
  return message;
}
const mintOAuth = async (body) => (await control("POST", "oauth/tokens", body)).token;
const mintSso = async (body) => (await control("POST", "sso/tokens", body)).token;

function totpCode(base32Secret, unixSeconds) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const c of base32Secret.replace(/=+$/, "").toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = crypto.createHmac("sha1", Buffer.from(bytes)).update(counter).digest();
  const offset = mac[19] & 0x0f;
  const word = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(word % 1_000_000).padStart(6, "0");
}

function pem(seed) {
  const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x0a]), Buffer.alloc(60, seed)]);
  return `-----BEGIN CERTIFICATE-----\n${der.toString("base64")}\n-----END CERTIFICATE-----\n`;
}

const MIGRATED_PASSWORD = "Tr0ub4dor&3-correct-horse";
const MIGRATED_BCRYPT = "$2b$04$PJ5NjjUYDna1p7hnin0Zn.5v29R3.5kghpJWjmE2hK21P4cIEbGw6";
const query = (filter_name, filter_value) => ({ operator: "AND", operands: [{ filter_name, filter_value }] });
const fullyAuthenticated = (r) => {
  check(r.member_authenticated === true, "member_authenticated");
  check(r.intermediate_session_token === "", `intermediate_session_token is "" (got ${JSON.stringify(r.intermediate_session_token)})`);
  check(typeof r.session_token === "string" && r.session_token.length > 0, "a session token");
  check(typeof r.session_jwt === "string" && r.session_jwt.length > 0, "a session JWT");
  check(r.member_session && r.member_session.member_session_id, "a member session");
};
const mfaPending = (r) => {
  check(r.member_authenticated === false, "member_authenticated is false");
  check(r.session_token === "", `session_token is "" (got ${JSON.stringify(r.session_token)})`);
  check(r.session_jwt === "", `session_jwt is "" (got ${JSON.stringify(r.session_jwt)})`);
  check(typeof r.intermediate_session_token === "string" && r.intermediate_session_token.length > 0, "an intermediate session token");
};

const state = {};

await section("organizations and members", async () => {
  const org = (
    await op("organizations_create", {
      organization_name: "Node Flows",
      organization_slug: "node-flows",
      email_jit_provisioning: "RESTRICTED",
      email_allowed_domains: ["node.example"],
    })
  ).organization;
  state.org = org.organization_id;
  await op(
    "organizations_update",
    { organization_id: state.org, organization_name: "Node Flows Inc", trusted_metadata: { tier: "gold" } },
    (r) => check(r.organization.trusted_metadata.tier === "gold", "metadata set"),
  );
  await op("organizations_get", { organization_id: state.org }, (r) =>
    check(r.organization.organization_name === "Node Flows Inc", "renamed"),
  );
  await op("organizations_search", { query: query("organization_slugs", ["node-flows"]) }, (r) =>
    check(r.organizations.length === 1 && r.results_metadata.total === 1, "one found"),
  );
  const alice = (
    await op("organizations_members_create", {
      organization_id: state.org,
      email_address: "alice@node.example",
      mfa_phone_number: "+15555550100",
    })
  ).member;
  state.alice = alice.member_id;
  await op("organizations_members_update", { organization_id: state.org, member_id: state.alice, name: "Alice" }, (r) =>
    check(r.member.name === "Alice", "renamed"),
  );
  await op("organizations_members_get", { organization_id: state.org, email_address: "alice@node.example" }, (r) =>
    check(r.member_id === state.alice, "same member"),
  );
  await op(
    "organizations_members_search",
    { organization_ids: [state.org], query: query("member_emails", ["alice@node.example"]) },
    (r) => check(r.members.length === 1, "one member"),
  );
});

await section("passwords", async () => {
  await op("passwords_strength_check", { password: "password" }, (r) => check(r.valid_password === false, "weak"));
  await op("passwords_migrate", {
    organization_id: state.org,
    email_address: "alice@node.example",
    hash: MIGRATED_BCRYPT,
    hash_type: "bcrypt",
  });
  await op(
    "passwords_authenticate",
    { organization_id: state.org, email_address: "alice@node.example", password: MIGRATED_PASSWORD },
    fullyAuthenticated,
  );
  const reset = await op(
    "passwords_existing_password_reset",
    {
      organization_id: state.org,
      email_address: "alice@node.example",
      existing_password: MIGRATED_PASSWORD,
      new_password: "velvet-tangerine-orbit-1987",
    },
    fullyAuthenticated,
  );
  await op(
    "passwords_session_reset",
    { organization_id: state.org, password: "quiet-lantern-marmalade-42", session_token: reset.session_token },
    fullyAuthenticated,
  );
  await op("passwords_email_reset_start", { organization_id: state.org, email_address: "alice@node.example" });
  const mail = await latest("alice@node.example");
  const emailReset = await op(
    "passwords_email_reset",
    { password_reset_token: mail.token, password: "sapphire-kettle-thunder-77" },
    fullyAuthenticated,
  );
  state.aliceToken = emailReset.session_token;
  await op(
    "organizations_members_delete_password",
    { organization_id: state.org, member_password_id: emailReset.member.member_password_id },
    (r) => check(r.member.member_password_id === "", "no password"),
  );
});

await section("sms otp", async () => {
  await op("otps_sms_send", { organization_id: state.org, member_id: state.alice });
  const sms = await latest("+15555550100");
  await op(
    "otps_sms_authenticate",
    { organization_id: state.org, member_id: state.alice, code: sms.token, session_token: state.aliceToken },
    (r) => check(r.member_session.authentication_factors.length === 2, "two factors"),
  );
  await op("organizations_members_delete_mfa_phone_number", { organization_id: state.org, member_id: state.alice }, (r) =>
    check(r.member.mfa_phone_number === "", "no phone"),
  );
});

await section("magic links and sessions", async () => {
  state.bob = (await op("magic_links_email_invite", { organization_id: state.org, email_address: "bob@node.example" })).member.member_id;
  await op("magic_links_email_login_or_signup", { organization_id: state.org, email_address: "carol@node.example" }, (r) =>
    check(r.member_created === true, "created"),
  );
  const link = await latest("carol@node.example");
  const carol = await op("magic_links_authenticate", { magic_links_token: link.token }, fullyAuthenticated);
  state.carol = carol;
  await sdkCheck("sessions.authenticateJwtLocal", async () => {
    const session = await client.sessions.authenticateJwtLocal({ session_jwt: carol.session_jwt });
    check(session.member_id === carol.member_id, "sub is the member");
    check(session.organization_id === state.org, "organization claim");
    check(session.member_session_id === carol.member_session.member_session_id, "session id");
    check(Array.isArray(session.roles) && session.roles.includes("stytch_member"), "roles claim");
  });
  await sdkCheck("sessions.authenticateJwtLocal with authorization_check", async () => {
    await client.sessions.authenticateJwtLocal({
      session_jwt: carol.session_jwt,
      authorization_check: { organization_id: state.org, resource_id: "stytch.self", action: "update.info.name" },
    });
    let refused = null;
    try {
      await client.sessions.authenticateJwtLocal({
        session_jwt: carol.session_jwt,
        authorization_check: { organization_id: state.org, resource_id: "stytch.member", action: "delete" },
      });
    } catch (e) {
      refused = e;
    }
    check(refused && refused.code === "invalid_permissions", "a stytch_member may not delete members: " + describe(refused));
  });
  await sdkCheck("sessions.authenticateJwt", async () => {
    const r = await client.sessions.authenticateJwt({ session_jwt: carol.session_jwt });
    check(r.member_session.member_id === carol.member_id, "member");
  });
  await op("sessions_authenticate", { session_jwt: carol.session_jwt, max_token_age_seconds: 0 }, (r) =>
    check(r.member.member_id === carol.member_id && r.session_jwt.length > 0, "authenticated by JWT"),
  );
  await op("sessions_authenticate", { session_token: carol.session_token }, (r) =>
    check(r.member_session.member_id === carol.member_id, "authenticated by token"),
  );
  await op("sessions_get", { organization_id: state.org, member_id: carol.member_id }, (r) =>
    check(r.member_sessions.length === 1, "one session"),
  );
  await op("sessions_get_jwks", { project_id: PROJECT_ID }, (r) => check(r.keys.length >= 1, "keys"));
  await op("rbac_policy", undefined, (r) => check(r.policy.roles.some((x) => x.role_id === "stytch_admin"), "admin role"));
});

await section("discovery", async () => {
  await op("magic_links_email_discovery_send", { email_address: "alice@node.example" });
  let link = await latest("alice@node.example");
  const discovered = await op("magic_links_discovery_authenticate", { discovery_magic_links_token: link.token }, (r) =>
    check(r.discovered_organizations.length === 1 && r.intermediate_session_token.length > 0, "one organization"),
  );
  await op("discovery_organizations_list", { intermediate_session_token: discovered.intermediate_session_token });
  await op(
    "discovery_intermediate_sessions_exchange",
    { intermediate_session_token: discovered.intermediate_session_token, organization_id: state.org },
    fullyAuthenticated,
  );
  await call("magic_links_email_discovery_send", { email_address: "alice@node.example" });
  link = await latest("alice@node.example");
  const again = await call("magic_links_discovery_authenticate", { discovery_magic_links_token: link.token });
  const created = await op(
    "discovery_organizations_create",
    {
      intermediate_session_token: again.intermediate_session_token,
      organization_name: "Node Second",
      organization_slug: "node-second",
    },
    fullyAuthenticated,
  );
  state.secondOrg = created.organization.organization_id;
  await op("sessions_exchange", { organization_id: state.org, session_token: created.session_token }, fullyAuthenticated);
});

await section("oauth", async () => {
  const discoveryToken = await mintOAuth({ email_address: "alice@node.example" });
  await op("oauth_discovery_authenticate", { discovery_oauth_token: discoveryToken }, (r) =>
    check(r.discovered_organizations.length === 2, "two organizations"),
  );
  for (const provider of ["google", "microsoft", "github", "slack", "hubspot"]) {
    const token = await mintOAuth({ organization_id: state.org, email_address: "alice@node.example", provider_type: provider });
    const r = await op("oauth_authenticate", { oauth_token: token }, fullyAuthenticated);
    state.aliceOAuthToken = r.session_token;
  }
  const p = { organization_id: state.org, member_id: state.alice };
  await op("organizations_members_oauth_providers_google", { ...p, include_refresh_token: true });
  await op("organizations_members_oauth_providers_microsoft", p);
  await op("organizations_members_oauth_providers_github", p);
  await op("organizations_members_oauth_providers_slack", p);
  await op("organizations_members_oauth_providers_hubspot", p);
});

await section("sso", async () => {
  const saml = (await op("sso_saml_create_connection", { organization_id: state.org, display_name: "Okta" })).connection;
  await op(
    "sso_saml_update_connection",
    {
      organization_id: state.org,
      connection_id: saml.connection_id,
      idp_entity_id: "https://idp.node.example",
      idp_sso_url: "https://idp.node.example/sso",
      x509_certificate: pem(1),
    },
    (r) => check(r.connection.status === "active", "active"),
  );
  const oidc = (await op("sso_oidc_create_connection", { organization_id: state.org, display_name: "OIDC" })).connection;
  await op(
    "sso_oidc_update_connection",
    {
      organization_id: state.org,
      connection_id: oidc.connection_id,
      issuer: "https://oidc.node.example",
      client_id: "client",
      client_secret: "client-secret",
    },
    (r) => check(r.connection.status === "active", "active"),
  );
  await op("sso_get_connections", { organization_id: state.org }, (r) =>
    check(r.saml_connections.length === 1 && r.oidc_connections.length === 1, "both listed"),
  );
  const samlToken = await mintSso({ connection_id: saml.connection_id, email_address: "dave@node.example" });
  await op("sso_authenticate", { sso_token: samlToken }, fullyAuthenticated);
  const oidcToken = await mintSso({ connection_id: oidc.connection_id, email_address: "dave@node.example" });
  const daveOidc = await call("sso_authenticate", { sso_token: oidcToken });
  await op("organizations_members_oidc_providers", { organization_id: state.org, member_id: daveOidc.member_id }, (r) =>
    check(r.registrations.length === 1, "one OIDC registration"),
  );
  const withTwo = await call("sso_saml_update_connection", {
    organization_id: state.org,
    connection_id: saml.connection_id,
    x509_certificate: pem(2),
  });
  await op("sso_saml_delete_verification_certificate", {
    organization_id: state.org,
    connection_id: saml.connection_id,
    certificate_id: withTwo.connection.verification_certificates[0].certificate_id,
  });
  await op("sso_saml_update_by_url", {
    organization_id: state.org,
    connection_id: saml.connection_id,
    metadata_url: "https://idp.node.example/metadata",
  });
  const withKey = await call("sso_saml_update_connection", {
    organization_id: state.org,
    connection_id: saml.connection_id,
    saml_encryption_private_key: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
  });
  await op("sso_saml_delete_encryption_private_key", {
    organization_id: state.org,
    connection_id: saml.connection_id,
    private_key_id: withKey.connection.encryption_private_keys[0].private_key_id,
  });
  const external = (
    await op("sso_external_create_connection", {
      organization_id: state.secondOrg,
      external_organization_id: state.org,
      external_connection_id: saml.connection_id,
    })
  ).connection;
  await op(
    "sso_external_update_connection",
    { organization_id: state.secondOrg, connection_id: external.connection_id, display_name: "Partner SSO" },
    (r) => check(r.connection.display_name === "Partner SSO", "renamed"),
  );
  await op("sso_delete_connection", { organization_id: state.org, connection_id: oidc.connection_id });
});

await section("mfa", async () => {
  const org = (
    await call("organizations_create", {
      organization_name: "Node MFA",
      organization_slug: "node-mfa",
      mfa_policy: "REQUIRED_FOR_ALL",
    })
  ).organization;
  state.mfaOrg = org.organization_id;
  const erin = (
    await call("organizations_members_create", {
      organization_id: state.mfaOrg,
      email_address: "erin@node.example",
      mfa_phone_number: "+15555550111",
      mfa_enrolled: true,
    })
  ).member;
  await call("magic_links_email_login_or_signup", { organization_id: state.mfaOrg, email_address: "erin@node.example" });
  const link = await latest("erin@node.example");
  const pendingMfa = await op("magic_links_authenticate", { magic_links_token: link.token }, mfaPending);
  check(pendingMfa.mfa_required != null, "mfa_required");
  let sms = await latestOrNull("+15555550111");
  if (sms === null) {
    await call("otps_sms_send", { organization_id: state.mfaOrg, member_id: erin.member_id });
    sms = await latest("+15555550111");
  }
  await op(
    "otps_sms_authenticate",
    {
      organization_id: state.mfaOrg,
      member_id: erin.member_id,
      code: sms.token,
      intermediate_session_token: pendingMfa.intermediate_session_token,
    },
    (r) => check(r.session_token.length > 0 && r.session_jwt.length > 0, "a session"),
  );
  // A password login that stops at MFA, finished with a TOTP code.
  await call("passwords_migrate", {
    organization_id: state.mfaOrg,
    email_address: "erin@node.example",
    hash: MIGRATED_BCRYPT,
    hash_type: "bcrypt",
  });
  const pw = await op(
    "passwords_authenticate",
    { organization_id: state.mfaOrg, email_address: "erin@node.example", password: MIGRATED_PASSWORD },
    mfaPending,
  );
  const totp = await op("totps_create", { organization_id: state.mfaOrg, member_id: erin.member_id }, (r) =>
    check(r.recovery_codes.length === 10 && r.secret.length > 0, "secret and codes"),
  );
  await op(
    "totps_authenticate",
    {
      organization_id: state.mfaOrg,
      member_id: erin.member_id,
      code: totpCode(totp.secret, Date.now() / 1000),
      intermediate_session_token: pw.intermediate_session_token,
    },
    (r) => check(r.session_token.length > 0, "a session"),
  );
  const pw2 = await call("passwords_authenticate", {
    organization_id: state.mfaOrg,
    email_address: "erin@node.example",
    password: MIGRATED_PASSWORD,
  });
  await op(
    "recovery_codes_recover",
    {
      organization_id: state.mfaOrg,
      member_id: erin.member_id,
      recovery_code: totp.recovery_codes[0],
      intermediate_session_token: pw2.intermediate_session_token,
    },
    (r) => check(r.recovery_codes_remaining === 9 && r.session_token.length > 0, "recovered"),
  );
  await op("recovery_codes_get", { organization_id: state.mfaOrg, member_id: erin.member_id }, (r) =>
    check(r.recovery_codes.length === 9, "nine codes left"),
  );
  await op("recovery_codes_rotate", { organization_id: state.mfaOrg, member_id: erin.member_id });
  await op("totps_migrate", {
    organization_id: state.mfaOrg,
    member_id: erin.member_id,
    secret: "JBSWY3DPEHPK3PXP",
    recovery_codes: ["aaaa-bbbb-cccc"],
  });
  await op("organizations_members_delete_totp", { organization_id: state.mfaOrg, member_id: erin.member_id }, (r) =>
    check(r.member.totp_registration_id === "", "no TOTP"),
  );
});

await section("rbac, email otp", async () => {
  const org = (
    await call("organizations_create", {
      organization_name: "Node RBAC",
      organization_slug: "node-rbac",
      email_jit_provisioning: "RESTRICTED",
      email_allowed_domains: ["rbac.node.example"],
    })
  ).organization;
  state.rbacOrg = org.organization_id;
  await op(
    "rbac_organizations_set_org_policy",
    {
      organization_id: state.rbacOrg,
      org_policy: {
        roles: [{ role_id: "billing_admin", description: "custom", permissions: [{ resource_id: "stytch.member", actions: ["search"] }] }],
      },
    },
    (r) => check(r.org_policy.roles[0].role_id === "billing_admin", "custom role"),
  );
  await op("rbac_organizations_get_org_policy", { organization_id: state.rbacOrg }, (r) =>
    check(r.org_policy.roles.length === 1, "one role"),
  );
  const frank = (
    await call("organizations_members_create", {
      organization_id: state.rbacOrg,
      email_address: "frank@rbac.node.example",
      roles: ["billing_admin"],
    })
  ).member;
  state.frank = frank.member_id;
  await op("otps_email_login_or_signup", { organization_id: state.rbacOrg, email_address: "frank@rbac.node.example" });
  let code = await latest("frank@rbac.node.example");
  const login = await op(
    "otps_email_authenticate",
    { organization_id: state.rbacOrg, email_address: "frank@rbac.node.example", code: code.token },
    fullyAuthenticated,
  );
  state.frankToken = login.session_token;
  await sdkCheck("sessions.authenticateJwtLocal with a custom role", async () => {
    const s = await client.sessions.authenticateJwtLocal({
      session_jwt: login.session_jwt,
      authorization_check: { organization_id: state.rbacOrg, resource_id: "stytch.member", action: "search" },
    });
    check(s.roles.includes("billing_admin"), "custom role in the JWT");
  });
  await op(
    "sessions_authenticate",
    {
      session_token: login.session_token,
      authorization_check: { organization_id: state.rbacOrg, resource_id: "stytch.member", action: "search" },
    },
    (r) => check(r.verdict && r.verdict.authorized === true, "authorized"),
  );
  await op("otps_email_discovery_send", { email_address: "frank@rbac.node.example" });
  code = await latest("frank@rbac.node.example");
  await op("otps_email_discovery_authenticate", { email_address: "frank@rbac.node.example", code: code.token }, (r) =>
    check(r.discovered_organizations.length === 1, "one organization"),
  );
});

await section("m2m", async () => {
  const created = (await op("m2m_clients_create", { client_name: "reporter", scopes: ["read:users", "write:users"] })).m2m_client;
  const id = created.client_id;
  const token = await op("m2m_token", { client_id: id, client_secret: created.client_secret, scopes: ["read:users"] }, (r) =>
    check(r.token_type === "bearer" && r.access_token.length > 0, "a bearer token"),
  );
  await sdkCheck("m2m.authenticateToken", async () => {
    const claims = await client.m2m.authenticateToken({ access_token: token.access_token, required_scopes: ["read:users"] });
    check(claims.client_id === id, "client id");
    check(claims.scopes.includes("read:users"), "scopes");
    let refused = null;
    try {
      await client.m2m.authenticateToken({ access_token: token.access_token, required_scopes: ["write:users"] });
    } catch (e) {
      refused = e;
    }
    check(refused && refused.code === "missing_scopes", "a scope not granted is refused");
  });
  await op("m2m_clients_get", { client_id: id }, (r) => check(r.m2m_client.client_name === "reporter", "name"));
  await op("m2m_clients_update", { client_id: id, client_name: "reports" }, (r) => check(r.m2m_client.client_name === "reports", "renamed"));
  await op("m2m_clients_search", { limit: 10 }, (r) => check(r.m2m_clients.length === 1, "one client"));
  const next = (await op("m2m_clients_secrets_rotate_start", { client_id: id })).m2m_client.next_client_secret;
  await call("m2m_token", { client_id: id, client_secret: next });
  await op("m2m_clients_secrets_rotate", { client_id: id });
  await call("m2m_clients_secrets_rotate_start", { client_id: id });
  await op("m2m_clients_secrets_rotate_cancel", { client_id: id });
  await op("m2m_clients_delete", { client_id: id });
});

await section("connected apps", async () => {
  const app = (
    await op("connected_app_clients_create", {
      client_type: "third_party",
      client_name: "Partner",
      redirect_urls: ["https://partner.node.example/cb"],
    })
  ).connected_app;
  const id = app.client_id;
  await op("connected_app_clients_get", { client_id: id }, (r) => check(r.connected_app.client_name === "Partner", "name"));
  await op("connected_app_clients_update", { client_id: id, client_name: "Partner 2" });
  await op("connected_app_clients_search", {}, (r) => check(r.connected_apps.length === 1, "one app"));
  await op("connected_app_clients_secrets_rotate_start", { client_id: id });
  await op("connected_app_clients_secrets_rotate_cancel", { client_id: id });
  await call("connected_app_clients_secrets_rotate_start", { client_id: id });
  await op("connected_app_clients_secrets_rotate", { client_id: id });
  await op("organizations_connected_apps", { organization_id: state.org });
  await op("organizations_get_connected_app", { organization_id: state.org, connected_app_id: id });
  await op("organizations_members_get_connected_apps", { organization_id: state.org, member_id: state.alice });
  await op("organizations_members_connected_apps_revoke", { organization_id: state.org, member_id: state.alice, connected_app_id: id });
  state.connectedApp = id;
});

await section("scim", async () => {
  const scim = (await op("scim_connection_create", { organization_id: state.org, display_name: "Okta SCIM" })).connection;
  const p = { organization_id: state.org, connection_id: scim.connection_id };
  await op("scim_connection_get", { organization_id: state.org }, (r) =>
    check(r.connection.connection_id === scim.connection_id, "the connection"),
  );
  await op("organizations_get", { organization_id: state.org }, (r) => {
    check(r.organization.scim_active_connection?.connection_id === scim.connection_id, "the active SCIM connection");
    check(r.organization.sso_active_connections.length >= 1, "the active SSO connections");
  });
  await op("scim_connection_update", { ...p, display_name: "Okta SCIM 2" });
  await op("scim_connection_rotate_start", p);
  await op("scim_connection_rotate_complete", p);
  await call("scim_connection_rotate_start", p);
  await op("scim_connection_rotate_cancel", p);
  await control("POST", "scim/groups", { connection_id: scim.connection_id, group_name: "Engineering", member_ids: [state.alice] });
  await op("scim_connection_get_groups", p, (r) => check(r.scim_groups.length === 1, "one group"));
  await op("organizations_members_get", { organization_id: state.org, member_id: state.alice }, (r) =>
    check(r.member.scim_registration && r.member.scim_registration.connection_id === scim.connection_id, "a SCIM registration"),
  );
  await op("scim_connection_delete", p);
});

await section("organization and member extras", async () => {
  await op("organizations_metrics", { organization_id: state.org });
  await call("organizations_update", { organization_id: state.org, organization_external_id: "ext-node" });
  await op("organizations_delete_external_id", { organization_id: state.org });
  await op("organizations_members_dangerously_get", { member_id: state.alice }, (r) =>
    check(r.organization.organization_id === state.org, "organization"),
  );
  await call("organizations_members_update", { organization_id: state.org, member_id: state.alice, external_id: "crm-1" });
  await op("organizations_members_delete_external_id", { organization_id: state.org, member_id: state.alice });
  await op(
    "organizations_members_start_email_update",
    { organization_id: state.org, member_id: state.alice, email_address: "alice2@node.example" },
    (r) => check(r.member.retired_email_addresses.length === 1, "old address retired"),
  );
  await op("organizations_members_unlink_retired_email", {
    organization_id: state.org,
    member_id: state.alice,
    email_address: "alice@node.example",
  });
});

await section("password discovery", async () => {
  await call("passwords_migrate", {
    organization_id: state.rbacOrg,
    email_address: "gina@rbac.node.example",
    hash: MIGRATED_BCRYPT,
    hash_type: "bcrypt",
  });
  await op("passwords_discovery_authenticate", { email_address: "gina@rbac.node.example", password: MIGRATED_PASSWORD }, (r) =>
    check(r.discovered_organizations.length === 1, "one organization"),
  );
  await op("passwords_email_require_reset", { email_address: "gina@rbac.node.example" });
});

await section("password discovery reset", async () => {
  await op("passwords_discovery_email_reset_start", { email_address: "gina@rbac.node.example" });
  const mail = await latest("gina@rbac.node.example");
  await op(
    "passwords_discovery_email_reset",
    { password_reset_token: mail.token, password: "sapphire-kettle-thunder-77" },
    (r) => check(r.intermediate_session_token.length > 0 && r.discovered_organizations.length === 1, "discovery"),
  );
});

await section("fraud", async () => {
  const lookup = await op("fraud_fingerprint_lookup", { telemetry_id: "telemetry-ok" }, (r) =>
    check(r.verdict.action === "ALLOW", "allowed"),
  );
  await op("fraud_rules_set", { action: "BLOCK", visitor_id: lookup.fingerprints.visitor_id });
  await op("fraud_rules_list", {}, (r) => check(r.rules.length === 1, "one rule"));
  await op("fraud_verdict_reasons_override", { verdict_reason: "HEADLESS_BROWSER_AUTOMATION", override_action: "ALLOW" });
  await op("fraud_verdict_reasons_list", { overrides_only: true });
  await op("fraud_email_risk", { email_address: "x@mailinator.com" }, (r) => check(r.action === "BLOCK", "blocked"));
});

await section("project", async () => {
  await op("debug_whoami", undefined, (r) => check(r.project_id === PROJECT_ID, "project id"));
  await op("project_metrics", undefined);
});

await section("member authorization", async () => {
  const ivy = (await call("organizations_members_create", { organization_id: state.rbacOrg, email_address: "ivy@rbac.node.example" }))
    .member;
  const auth = { authorization: { session_token: state.frankToken } };
  await op("organizations_members_search", { organization_ids: [state.rbacOrg] }, (r) => check(r.members.length >= 1, "members"), auth);
  let refused = null;
  try {
    await lookup(OPERATIONS.organizations_members_delete)({ organization_id: state.rbacOrg, member_id: ivy.member_id }, {
      authorization: { session_token: state.frankToken },
    });
  } catch (e) {
    refused = e;
  }
  check(refused && refused.status_code === 403, "billing_admin may not delete members: " + describe(refused));
});

await section("impersonation", async () => {
  const minted = await control("POST", "impersonation/tokens", { organization_id: state.org, member_id: state.alice });
  await op("impersonation_authenticate", { impersonation_token: minted.token }, (r) => {
    fullyAuthenticated(r);
    check(r.member_session.authentication_factors[0].type === "impersonated", "impersonated factor");
  });
});

await section("sessions attest and migrate", async () => {
  const { profile_id } = await control("POST", "trusted_auth_tokens/profiles", {
    issuer: "https://trusted.node.example",
    audience: "node-flows",
    signing_secret: "node-flows-signing-secret-0123456789",
  });
  const { token } = await control("POST", "trusted_auth_tokens", {
    profile_id,
    email_address: "carol@node.example",
    organization_id: state.org,
  });
  await op("sessions_attest", { profile_id, token, organization_id: state.org }, (r) =>
    check(r.member_session.member_id === state.carol.member_id && r.session_jwt.length > 0, "a session for the member"),
  );
  const external = await control("POST", "sessions/external", { email_address: "carol@node.example" });
  await op("sessions_migrate", { session_token: external.session_token, organization_id: state.org }, (r) =>
    check(r.member_session.member_id === state.carol.member_id && r.session_token.length > 0, "a session for the member"),
  );
});

await section("idp", async () => {
  const app = (
    await call("connected_app_clients_create", {
      client_type: "first_party",
      client_name: "Node First Party",
      full_access_allowed: true,
      redirect_urls: ["https://app.node.example/cb"],
    })
  ).connected_app;
  const args = {
    client_id: app.client_id,
    redirect_uri: "https://app.node.example/cb",
    response_type: "code",
    scopes: ["openid", "offline_access", "full_access"],
    organization_id: state.org,
    member_id: state.alice,
  };
  await op("idp_oauth_authorize_start", args, (r) => check(r.member_id === state.alice, "the member"));
  const authorized = await op("idp_oauth_authorize", { ...args, consent_granted: true, state: "xyz" }, (r) =>
    check(r.authorization_code && r.redirect_uri.includes("code="), "a code"),
  );
  // The SDK's `m2m.token` sends only client_credentials; the code is redeemed over HTTP.
  const res = await fetch(`${BASE}/v1/public/${PROJECT_ID}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: app.client_id,
      client_secret: app.client_secret,
      redirect_uri: args.redirect_uri,
      code: authorized.authorization_code,
    }),
  });
  const grant = await res.json();
  check(res.status === 200 && grant.access_token, "an access token: " + JSON.stringify(grant));
  await op(
    "idp_introspect_token_network",
    { token: grant.access_token, client_id: app.client_id, client_secret: app.client_secret },
    (claims) => check(claims.subject === state.alice && claims.scope.includes("full_access"), "claims: " + JSON.stringify(claims)),
  );
  await sdkCheck("idp.introspectTokenLocal", async () => {
    const claims = await client.idp.introspectTokenLocal(grant.access_token);
    check(claims.subject === state.alice, "subject: " + JSON.stringify(claims));
  });
  await op("sessions_exchange_access_token", { access_token: grant.access_token }, (r) => {
    check(r.member.member_id === state.alice, "the member");
    check(r.session_token.length > 0 && r.session_jwt.length > 0, "a session");
  });
  await call("connected_app_clients_delete", { client_id: app.client_id });
});

await section("revocation and deletion", async () => {
  await op("sessions_revoke", { member_id: state.carol.member_id });
  await op("sessions_get", { organization_id: state.org, member_id: state.carol.member_id }, (r) =>
    check(r.member_sessions.length === 0, "no sessions left"),
  );
  await op("organizations_members_delete", { organization_id: state.org, member_id: state.bob });
  await op("organizations_members_reactivate", { organization_id: state.org, member_id: state.bob }, (r) =>
    check(r.member.status === "active", "active again"),
  );
  await op("connected_app_clients_delete", { client_id: state.connectedApp });
  await op("organizations_delete", { organization_id: state.secondOrg });
});

const notExposed = Object.entries(OPERATIONS)
  .filter(([, path]) => !lookup(path))
  .map(([id]) => id);
const reached = new Set([...ok, ...failed.map((f) => f.operation)]);
const notReached = Object.keys(OPERATIONS).filter((id) => !reached.has(id) && !notExposed.includes(id));
const summary = {
  sdk: "node",
  version: sdkVersion,
  operations: Object.keys(OPERATIONS),
  ok: [...ok].filter((id) => !failed.some((f) => f.operation === id)).sort(),
  failed,
  not_exposed: notExposed,
  not_reached: notReached,
  aborted_sections: aborted,
  checks,
};
console.log("OFFICIAL_SDK_SUMMARY " + JSON.stringify(summary));
