"""Drives the emulator with the official Stytch Python SDK (PyPI `stytch`) as a
client, through the flows of every product group of its B2B client, local JWT and
M2M token verification included. Every response is parsed by the SDK's pydantic
models, so a missing or mistyped field fails the operation that returned it.

Run by `tests/official_sdks.rs` in a virtualenv holding the SDK, with
STYTCH_EMULATOR_URL (http://127.0.0.1:PORT), STYTCH_PROJECT_ID and STYTCH_SECRET.
Prints one line `OFFICIAL_SDK_SUMMARY {json}`: the operations (ids of the wire
reference) that ran OK, those that failed (with the error), the SDK-side checks,
the operations the SDK does not expose and those the flows did not reach.
"""

import base64
import hashlib
import hmac
import json
import os
import struct
import sys
import time
import traceback
import urllib.parse
import urllib.request
import warnings

warnings.simplefilter("ignore")

import stytch  # noqa: E402
from stytch.b2b.models.organizations_members import (  # noqa: E402
    DeleteRequestOptions,
    SearchRequestOptions,
)
from stytch.b2b.models.sessions import AuthorizationCheck  # noqa: E402
from stytch.core.response_base import StytchError  # noqa: E402
from stytch.shared.method_options import Authorization  # noqa: E402

BASE = os.environ["STYTCH_EMULATOR_URL"].rstrip("/")
PROJECT_ID = os.environ["STYTCH_PROJECT_ID"]
SECRET = os.environ["STYTCH_SECRET"]

# `custom_base_url` must be https; `environment` takes any base URL. The fraud
# endpoints are served on the same address.
client = stytch.B2BClient(
    project_id=PROJECT_ID,
    secret=SECRET,
    environment=BASE + "/",
    fraud_environment=BASE + "/",
)

# Operation id -> the SDK method that calls it.
OPERATIONS = {
    "connected_app_clients_get": "connected_app.clients.get",
    "connected_app_clients_update": "connected_app.clients.update",
    "connected_app_clients_delete": "connected_app.clients.delete",
    "connected_app_clients_search": "connected_app.clients.search",
    "connected_app_clients_create": "connected_app.clients.create",
    "connected_app_clients_secrets_rotate_start": "connected_app.clients.secrets.rotate_start",
    "connected_app_clients_secrets_rotate_cancel": "connected_app.clients.secrets.rotate_cancel",
    "connected_app_clients_secrets_rotate": "connected_app.clients.secrets.rotate",
    "debug_whoami": "debug.whoami",
    "discovery_intermediate_sessions_exchange": "discovery.intermediate_sessions.exchange",
    "discovery_organizations_create": "discovery.organizations.create",
    "discovery_organizations_list": "discovery.organizations.list",
    "fraud_fingerprint_lookup": "fraud.fingerprint.lookup",
    "fraud_rules_set": "fraud.rules.set",
    "fraud_rules_list": "fraud.rules.list",
    "fraud_verdict_reasons_override": "fraud.verdict_reasons.override",
    "fraud_verdict_reasons_list": "fraud.verdict_reasons.list",
    "fraud_email_risk": "fraud.email.risk",
    "idp_introspect_token_network": "idp.introspect_token_network",
    "idp_oauth_authorize_start": "idp.oauth.authorize_start",
    "idp_oauth_authorize": "idp.oauth.authorize",
    "impersonation_authenticate": "impersonation.authenticate",
    "m2m_token": "m2m.token",
    "m2m_clients_get": "m2m.clients.get",
    "m2m_clients_search": "m2m.clients.search",
    "m2m_clients_update": "m2m.clients.update",
    "m2m_clients_delete": "m2m.clients.delete",
    "m2m_clients_create": "m2m.clients.create",
    "m2m_clients_secrets_rotate_start": "m2m.clients.secrets.rotate_start",
    "m2m_clients_secrets_rotate_cancel": "m2m.clients.secrets.rotate_cancel",
    "m2m_clients_secrets_rotate": "m2m.clients.secrets.rotate",
    "magic_links_authenticate": "magic_links.authenticate",
    "magic_links_email_login_or_signup": "magic_links.email.login_or_signup",
    "magic_links_email_invite": "magic_links.email.invite",
    "magic_links_email_discovery_send": "magic_links.email.discovery.send",
    "magic_links_discovery_authenticate": "magic_links.discovery.authenticate",
    "oauth_authenticate": "oauth.authenticate",
    "oauth_discovery_authenticate": "oauth.discovery.authenticate",
    "otps_sms_send": "otps.sms.send",
    "otps_sms_authenticate": "otps.sms.authenticate",
    "otps_email_login_or_signup": "otps.email.login_or_signup",
    "otps_email_authenticate": "otps.email.authenticate",
    "otps_email_discovery_send": "otps.email.discovery.send",
    "otps_email_discovery_authenticate": "otps.email.discovery.authenticate",
    "organizations_create": "organizations.create",
    "organizations_get": "organizations.get",
    "organizations_update": "organizations.update",
    "organizations_delete": "organizations.delete",
    "organizations_search": "organizations.search",
    "organizations_metrics": "organizations.metrics",
    "organizations_connected_apps": "organizations.connected_apps",
    "organizations_get_connected_app": "organizations.get_connected_app",
    "organizations_delete_external_id": "organizations.delete_external_id",
    "organizations_members_update": "organizations.members.update",
    "organizations_members_delete": "organizations.members.delete",
    "organizations_members_reactivate": "organizations.members.reactivate",
    "organizations_members_delete_mfa_phone_number": "organizations.members.delete_mfa_phone_number",
    "organizations_members_delete_totp": "organizations.members.delete_totp",
    "organizations_members_search": "organizations.members.search",
    "organizations_members_delete_password": "organizations.members.delete_password",
    "organizations_members_dangerously_get": "organizations.members.dangerously_get",
    "organizations_members_oidc_providers": "organizations.members.oidc_providers",
    "organizations_members_unlink_retired_email": "organizations.members.unlink_retired_email",
    "organizations_members_start_email_update": "organizations.members.start_email_update",
    "organizations_members_get_connected_apps": "organizations.members.get_connected_apps",
    "organizations_members_delete_external_id": "organizations.members.delete_external_id",
    "organizations_members_create": "organizations.members.create",
    "organizations_members_get": "organizations.members.get",
    "organizations_members_oauth_providers_google": "organizations.members.oauth_providers.google",
    "organizations_members_oauth_providers_microsoft": "organizations.members.oauth_providers.microsoft",
    "organizations_members_oauth_providers_slack": "organizations.members.oauth_providers.slack",
    "organizations_members_oauth_providers_hubspot": "organizations.members.oauth_providers.hubspot",
    "organizations_members_oauth_providers_github": "organizations.members.oauth_providers.github",
    "organizations_members_connected_apps_revoke": "organizations.members.connected_apps.revoke",
    "passwords_strength_check": "passwords.strength_check",
    "passwords_migrate": "passwords.migrate",
    "passwords_authenticate": "passwords.authenticate",
    "passwords_email_reset_start": "passwords.email.reset_start",
    "passwords_email_reset": "passwords.email.reset",
    "passwords_email_require_reset": "passwords.email.require_reset",
    "passwords_session_reset": "passwords.sessions.reset",
    "passwords_existing_password_reset": "passwords.existing_password.reset",
    "passwords_discovery_authenticate": "passwords.discovery.authenticate",
    "passwords_discovery_email_reset_start": "passwords.discovery.email.reset_start",
    "passwords_discovery_email_reset": "passwords.discovery.email.reset",
    "project_metrics": "project.metrics",
    "rbac_policy": "rbac.policy",
    "rbac_organizations_get_org_policy": "rbac.organizations.get_org_policy",
    "rbac_organizations_set_org_policy": "rbac.organizations.set_org_policy",
    "recovery_codes_recover": "recovery_codes.recover",
    "recovery_codes_get": "recovery_codes.get",
    "recovery_codes_rotate": "recovery_codes.rotate",
    "scim_connection_update": "scim.connection.update",
    "scim_connection_delete": "scim.connection.delete",
    "scim_connection_rotate_start": "scim.connection.rotate_start",
    "scim_connection_rotate_complete": "scim.connection.rotate_complete",
    "scim_connection_rotate_cancel": "scim.connection.rotate_cancel",
    "scim_connection_get_groups": "scim.connection.get_groups",
    "scim_connection_create": "scim.connection.create",
    "scim_connection_get": "scim.connection.get",
    "sso_get_connections": "sso.get_connections",
    "sso_delete_connection": "sso.delete_connection",
    "sso_authenticate": "sso.authenticate",
    "sso_oidc_create_connection": "sso.oidc.create_connection",
    "sso_oidc_update_connection": "sso.oidc.update_connection",
    "sso_saml_create_connection": "sso.saml.create_connection",
    "sso_saml_update_connection": "sso.saml.update_connection",
    "sso_saml_update_by_url": "sso.saml.update_by_url",
    "sso_saml_delete_verification_certificate": "sso.saml.delete_verification_certificate",
    "sso_saml_delete_encryption_private_key": "sso.saml.delete_encryption_private_key",
    "sso_external_create_connection": "sso.external.create_connection",
    "sso_external_update_connection": "sso.external.update_connection",
    "sessions_get": "sessions.get",
    "sessions_authenticate": "sessions.authenticate",
    "sessions_revoke": "sessions.revoke",
    "sessions_exchange": "sessions.exchange",
    "sessions_exchange_access_token": "sessions.exchange_access_token",
    "sessions_attest": "sessions.attest",
    "sessions_migrate": "sessions.migrate",
    "sessions_get_jwks": "sessions.get_jwks",
    "totps_create": "totps.create",
    "totps_authenticate": "totps.authenticate",
    "totps_migrate": "totps.migrate",
}


def lookup(path):
    target = client
    for part in path.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    return target if callable(target) else None


ok = set()
failed = []
checks = {}
aborted = []


class CheckFailed(Exception):
    pass


def describe(e):
    if isinstance(e, StytchError):
        d = e.details
        return f"{d.status_code} {d.error_type}: {d.error_message}"
    text = f"{type(e).__name__}: {e}"
    return " | ".join(line for line in text.splitlines() if line.strip())[:2000]


def check(cond, message):
    if not cond:
        raise CheckFailed("check failed: " + message)


def call(op_id, **kwargs):
    fn = lookup(OPERATIONS[op_id])
    if fn is None:
        raise CheckFailed(f"the SDK has no {OPERATIONS[op_id]}")
    try:
        response = fn(**kwargs)
    except Exception as e:
        failed.append({"operation": op_id, "error": describe(e)})
        raise
    ok.add(op_id)
    return response


def op(op_id, verify=None, **kwargs):
    """`call`, then `verify(response)`; a failed check is a failure of `op_id`."""
    response = call(op_id, **kwargs)
    if verify is not None:
        try:
            verify(response)
        except Exception as e:
            failed.append({"operation": op_id, "error": describe(e)})
            raise
    return response


def sdk_check(name, fn):
    try:
        fn()
    except Exception as e:
        checks[name] = describe(e)
        failed.append({"operation": name, "error": describe(e)})
        raise
    checks[name] = "ok"


def section(name):
    def run(fn):
        try:
            fn()
        except Exception as e:
            aborted.append(
                {"section": name, "error": describe(e), "at": traceback.format_exc().splitlines()[-3:]}
            )
        return fn

    return run


# Control routes of the emulator (outbox, minted IdP logins).
AUTH = "Basic " + base64.b64encode(f"{PROJECT_ID}:{SECRET}".encode()).decode()


def control(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(
        BASE + "/__emulator/" + path,
        data=data,
        method=method,
        headers={"Authorization": AUTH, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as res:
        return json.loads(res.read())


def latest_or_none(recipient):
    messages = control("GET", "outbox?recipient=" + urllib.parse.quote(recipient))["messages"]
    return messages[-1] if messages else None


def latest(recipient):
    message = latest_or_none(recipient)
    check(message is not None, f"a message to {recipient}")
    return message


def mint_oauth(**body):
    return control("POST", "oauth/tokens", body)["token"]


def mint_sso(**body):
    return control("POST", "sso/tokens", body)["token"]


def totp_code(secret, unix_seconds):
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", int(unix_seconds // 30)), hashlib.sha1).digest()
    offset = mac[19] & 0x0F
    word = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{word % 1_000_000:06d}"


def pem(seed):
    der = bytes([0x30, 0x82, 0x01, 0x0A]) + bytes([seed]) * 60
    return f"-----BEGIN CERTIFICATE-----\n{base64.b64encode(der).decode()}\n-----END CERTIFICATE-----\n"


MIGRATED_PASSWORD = "Tr0ub4dor&3-correct-horse"
MIGRATED_BCRYPT = "$2b$04$PJ5NjjUYDna1p7hnin0Zn.5v29R3.5kghpJWjmE2hK21P4cIEbGw6"


def query(filter_name, filter_value):
    return {"operator": "AND", "operands": [{"filter_name": filter_name, "filter_value": filter_value}]}


def fully_authenticated(r):
    check(r.member_authenticated is True, "member_authenticated")
    check(r.intermediate_session_token == "", f'intermediate_session_token is "" (got {r.intermediate_session_token!r})')
    check(len(r.session_token) > 0 and len(r.session_jwt) > 0, "a session token and JWT")
    check(r.member_session is not None and r.member_session.member_session_id, "a member session")


def mfa_pending(r):
    check(r.member_authenticated is False, "member_authenticated is false")
    check(r.session_token == "", f'session_token is "" (got {r.session_token!r})')
    check(r.session_jwt == "", f'session_jwt is "" (got {r.session_jwt!r})')
    check(len(r.intermediate_session_token) > 0, "an intermediate session token")


state = {}


@section("organizations and members")
def _():
    org = op(
        "organizations_create",
        organization_name="Python Flows",
        organization_slug="python-flows",
        email_jit_provisioning="RESTRICTED",
        email_allowed_domains=["py.example"],
    ).organization
    state["org"] = org.organization_id
    op(
        "organizations_update",
        lambda r: check(r.organization.trusted_metadata["tier"] == "gold", "metadata set"),
        organization_id=state["org"],
        organization_name="Python Flows Inc",
        trusted_metadata={"tier": "gold"},
    )
    op(
        "organizations_get",
        lambda r: check(r.organization.organization_name == "Python Flows Inc", "renamed"),
        organization_id=state["org"],
    )
    op(
        "organizations_search",
        lambda r: check(len(r.organizations) == 1 and r.results_metadata.total == 1, "one found"),
        query=query("organization_slugs", ["python-flows"]),
    )
    alice = op(
        "organizations_members_create",
        organization_id=state["org"],
        email_address="alice@py.example",
        mfa_phone_number="+15555550100",
    ).member
    state["alice"] = alice.member_id
    op(
        "organizations_members_update",
        lambda r: check(r.member.name == "Alice", "renamed"),
        organization_id=state["org"],
        member_id=state["alice"],
        name="Alice",
    )
    op(
        "organizations_members_get",
        lambda r: check(r.member_id == state["alice"], "same member"),
        organization_id=state["org"],
        email_address="alice@py.example",
    )
    op(
        "organizations_members_search",
        lambda r: check(len(r.members) == 1, "one member"),
        organization_ids=[state["org"]],
        query=query("member_emails", ["alice@py.example"]),
    )


@section("passwords")
def _():
    op("passwords_strength_check", lambda r: check(r.valid_password is False, "weak"), password="password")
    op(
        "passwords_migrate",
        organization_id=state["org"],
        email_address="alice@py.example",
        hash=MIGRATED_BCRYPT,
        hash_type="bcrypt",
    )
    op(
        "passwords_authenticate",
        fully_authenticated,
        organization_id=state["org"],
        email_address="alice@py.example",
        password=MIGRATED_PASSWORD,
    )
    reset = op(
        "passwords_existing_password_reset",
        fully_authenticated,
        organization_id=state["org"],
        email_address="alice@py.example",
        existing_password=MIGRATED_PASSWORD,
        new_password="velvet-tangerine-orbit-1987",
    )
    op(
        "passwords_session_reset",
        fully_authenticated,
        organization_id=state["org"],
        password="quiet-lantern-marmalade-42",
        session_token=reset.session_token,
    )
    op("passwords_email_reset_start", organization_id=state["org"], email_address="alice@py.example")
    mail = latest("alice@py.example")
    email_reset = op(
        "passwords_email_reset",
        fully_authenticated,
        password_reset_token=mail["token"],
        password="sapphire-kettle-thunder-77",
    )
    state["alice_token"] = email_reset.session_token
    op(
        "organizations_members_delete_password",
        lambda r: check(r.member.member_password_id == "", "no password"),
        organization_id=state["org"],
        member_password_id=email_reset.member.member_password_id,
    )


@section("sms otp")
def _():
    op("otps_sms_send", organization_id=state["org"], member_id=state["alice"])
    sms = latest("+15555550100")
    op(
        "otps_sms_authenticate",
        lambda r: check(len(r.member_session.authentication_factors) == 2, "two factors"),
        organization_id=state["org"],
        member_id=state["alice"],
        code=sms["token"],
        session_token=state["alice_token"],
    )
    op(
        "organizations_members_delete_mfa_phone_number",
        lambda r: check(r.member.mfa_phone_number == "", "no phone"),
        organization_id=state["org"],
        member_id=state["alice"],
    )


@section("magic links and sessions")
def _():
    state["bob"] = op(
        "magic_links_email_invite", organization_id=state["org"], email_address="bob@py.example"
    ).member.member_id
    op(
        "magic_links_email_login_or_signup",
        lambda r: check(r.member_created is True, "created"),
        organization_id=state["org"],
        email_address="carol@py.example",
    )
    link = latest("carol@py.example")
    carol = op("magic_links_authenticate", fully_authenticated, magic_links_token=link["token"])
    state["carol"] = carol

    def local():
        session = client.sessions.authenticate_jwt_local(session_jwt=carol.session_jwt)
        check(session is not None, "the JWT verifies locally (None means it did not)")
        check(session.member_id == carol.member_id, "sub is the member")
        check(session.organization_id == state["org"], "organization claim")
        check(session.member_session_id == carol.member_session.member_session_id, "session id")
        check("stytch_member" in session.roles, "roles claim")

    sdk_check("sessions.authenticate_jwt_local", local)

    def local_authorized():
        allowed = client.sessions.authenticate_jwt_local(
            session_jwt=carol.session_jwt,
            authorization_check=AuthorizationCheck(
                organization_id=state["org"], resource_id="stytch.self", action="update.info.name"
            ),
        )
        check(allowed is not None, "allowed")
        refused = None
        try:
            client.sessions.authenticate_jwt_local(
                session_jwt=carol.session_jwt,
                authorization_check=AuthorizationCheck(
                    organization_id=state["org"], resource_id="stytch.member", action="delete"
                ),
            )
        except Exception as e:  # the SDK raises its PermissionError
            refused = e
        check(refused is not None, "a stytch_member may not delete members")

    sdk_check("sessions.authenticate_jwt_local with authorization_check", local_authorized)

    def via_authenticate_jwt():
        r = client.sessions.authenticate_jwt(session_jwt=carol.session_jwt)
        check(r.member_session.member_id == carol.member_id, "member")
        # max_token_age_seconds=0 forces the network path through the same method.
        r = client.sessions.authenticate_jwt(session_jwt=carol.session_jwt, max_token_age_seconds=0)
        check(r.member_session.member_id == carol.member_id, "member (network)")

    sdk_check("sessions.authenticate_jwt", via_authenticate_jwt)
    op(
        "sessions_authenticate",
        lambda r: check(r.member.member_id == carol.member_id and len(r.session_jwt) > 0, "by JWT"),
        session_jwt=carol.session_jwt,
    )
    op(
        "sessions_authenticate",
        lambda r: check(r.member_session.member_id == carol.member_id, "by token"),
        session_token=carol.session_token,
    )
    op(
        "sessions_get",
        lambda r: check(len(r.member_sessions) == 1, "one session"),
        organization_id=state["org"],
        member_id=carol.member_id,
    )
    op("sessions_get_jwks", lambda r: check(len(r.keys) >= 1, "keys"), project_id=PROJECT_ID)
    op("rbac_policy", lambda r: check(any(x.role_id == "stytch_admin" for x in r.policy.roles), "admin role"))


@section("discovery")
def _():
    op("magic_links_email_discovery_send", email_address="alice@py.example")
    link = latest("alice@py.example")
    discovered = op(
        "magic_links_discovery_authenticate",
        lambda r: check(len(r.discovered_organizations) == 1 and r.intermediate_session_token, "one org"),
        discovery_magic_links_token=link["token"],
    )
    op("discovery_organizations_list", intermediate_session_token=discovered.intermediate_session_token)
    op(
        "discovery_intermediate_sessions_exchange",
        fully_authenticated,
        intermediate_session_token=discovered.intermediate_session_token,
        organization_id=state["org"],
    )
    call("magic_links_email_discovery_send", email_address="alice@py.example")
    link = latest("alice@py.example")
    again = call("magic_links_discovery_authenticate", discovery_magic_links_token=link["token"])
    created = op(
        "discovery_organizations_create",
        fully_authenticated,
        intermediate_session_token=again.intermediate_session_token,
        organization_name="Python Second",
        organization_slug="python-second",
    )
    state["second_org"] = created.organization.organization_id
    op(
        "sessions_exchange",
        fully_authenticated,
        organization_id=state["org"],
        session_token=created.session_token,
    )


@section("oauth")
def _():
    token = mint_oauth(email_address="alice@py.example")
    op(
        "oauth_discovery_authenticate",
        lambda r: check(len(r.discovered_organizations) == 2, "two organizations"),
        discovery_oauth_token=token,
    )
    for provider in ["google", "microsoft", "github", "slack", "hubspot"]:
        token = mint_oauth(organization_id=state["org"], email_address="alice@py.example", provider_type=provider)
        r = op("oauth_authenticate", fully_authenticated, oauth_token=token)
        state["alice_oauth_token"] = r.session_token
    p = {"organization_id": state["org"], "member_id": state["alice"]}
    op("organizations_members_oauth_providers_google", include_refresh_token=True, **p)
    op("organizations_members_oauth_providers_microsoft", **p)
    op("organizations_members_oauth_providers_github", **p)
    op("organizations_members_oauth_providers_slack", **p)
    op("organizations_members_oauth_providers_hubspot", **p)


@section("sso")
def _():
    org = state["org"]
    saml = op("sso_saml_create_connection", organization_id=org, display_name="Okta").connection
    op(
        "sso_saml_update_connection",
        lambda r: check(r.connection.status == "active", "active"),
        organization_id=org,
        connection_id=saml.connection_id,
        idp_entity_id="https://idp.py.example",
        idp_sso_url="https://idp.py.example/sso",
        x509_certificate=pem(1),
    )
    oidc = op("sso_oidc_create_connection", organization_id=org, display_name="OIDC").connection
    op(
        "sso_oidc_update_connection",
        lambda r: check(r.connection.status == "active", "active"),
        organization_id=org,
        connection_id=oidc.connection_id,
        issuer="https://oidc.py.example",
        client_id="client",
        client_secret="client-secret",
    )
    op(
        "sso_get_connections",
        lambda r: check(len(r.saml_connections) == 1 and len(r.oidc_connections) == 1, "both listed"),
        organization_id=org,
    )
    token = mint_sso(connection_id=saml.connection_id, email_address="dave@py.example")
    op("sso_authenticate", fully_authenticated, sso_token=token)
    token = mint_sso(connection_id=oidc.connection_id, email_address="dave@py.example")
    dave = call("sso_authenticate", sso_token=token)
    op(
        "organizations_members_oidc_providers",
        lambda r: check(len(r.registrations) == 1, "one OIDC registration"),
        organization_id=org,
        member_id=dave.member_id,
    )
    with_two = call(
        "sso_saml_update_connection", organization_id=org, connection_id=saml.connection_id, x509_certificate=pem(2)
    )
    op(
        "sso_saml_delete_verification_certificate",
        organization_id=org,
        connection_id=saml.connection_id,
        certificate_id=with_two.connection.verification_certificates[0].certificate_id,
    )
    op(
        "sso_saml_update_by_url",
        organization_id=org,
        connection_id=saml.connection_id,
        metadata_url="https://idp.py.example/metadata",
    )
    with_key = call(
        "sso_saml_update_connection",
        organization_id=org,
        connection_id=saml.connection_id,
        saml_encryption_private_key="-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
    )
    op(
        "sso_saml_delete_encryption_private_key",
        organization_id=org,
        connection_id=saml.connection_id,
        private_key_id=with_key.connection.encryption_private_keys[0].private_key_id,
    )
    external = op(
        "sso_external_create_connection",
        organization_id=state["second_org"],
        external_organization_id=org,
        external_connection_id=saml.connection_id,
    ).connection
    op(
        "sso_external_update_connection",
        lambda r: check(r.connection.display_name == "Partner SSO", "renamed"),
        organization_id=state["second_org"],
        connection_id=external.connection_id,
        display_name="Partner SSO",
    )
    op("sso_delete_connection", organization_id=org, connection_id=oidc.connection_id)


@section("mfa")
def _():
    org = call(
        "organizations_create", organization_name="Python MFA", organization_slug="python-mfa", mfa_policy="REQUIRED_FOR_ALL"
    ).organization
    org_id = org.organization_id
    erin = call(
        "organizations_members_create",
        organization_id=org_id,
        email_address="erin@py.example",
        mfa_phone_number="+15555550111",
        mfa_enrolled=True,
    ).member
    call("magic_links_email_login_or_signup", organization_id=org_id, email_address="erin@py.example")
    link = latest("erin@py.example")
    pending_mfa = op("magic_links_authenticate", mfa_pending, magic_links_token=link["token"])
    check(pending_mfa.mfa_required is not None, "mfa_required")
    sms = latest_or_none("+15555550111")
    if sms is None:
        call("otps_sms_send", organization_id=org_id, member_id=erin.member_id)
        sms = latest("+15555550111")
    op(
        "otps_sms_authenticate",
        lambda r: check(len(r.session_token) > 0 and len(r.session_jwt) > 0, "a session"),
        organization_id=org_id,
        member_id=erin.member_id,
        code=sms["token"],
        intermediate_session_token=pending_mfa.intermediate_session_token,
    )
    call(
        "passwords_migrate", organization_id=org_id, email_address="erin@py.example", hash=MIGRATED_BCRYPT, hash_type="bcrypt"
    )
    pw = op(
        "passwords_authenticate",
        mfa_pending,
        organization_id=org_id,
        email_address="erin@py.example",
        password=MIGRATED_PASSWORD,
    )
    totp = op(
        "totps_create",
        lambda r: check(len(r.recovery_codes) == 10 and len(r.secret) > 0, "secret and codes"),
        organization_id=org_id,
        member_id=erin.member_id,
    )
    op(
        "totps_authenticate",
        lambda r: check(len(r.session_token) > 0, "a session"),
        organization_id=org_id,
        member_id=erin.member_id,
        code=totp_code(totp.secret, time.time()),
        intermediate_session_token=pw.intermediate_session_token,
    )
    pw2 = call(
        "passwords_authenticate", organization_id=org_id, email_address="erin@py.example", password=MIGRATED_PASSWORD
    )
    op(
        "recovery_codes_recover",
        lambda r: check(r.recovery_codes_remaining == 9 and len(r.session_token) > 0, "recovered"),
        organization_id=org_id,
        member_id=erin.member_id,
        recovery_code=totp.recovery_codes[0],
        intermediate_session_token=pw2.intermediate_session_token,
    )
    op(
        "recovery_codes_get",
        lambda r: check(len(r.recovery_codes) == 9, "nine codes left"),
        organization_id=org_id,
        member_id=erin.member_id,
    )
    op("recovery_codes_rotate", organization_id=org_id, member_id=erin.member_id)
    op(
        "totps_migrate",
        organization_id=org_id,
        member_id=erin.member_id,
        secret="JBSWY3DPEHPK3PXP",
        recovery_codes=["aaaa-bbbb-cccc"],
    )
    op(
        "organizations_members_delete_totp",
        lambda r: check(r.member.totp_registration_id == "", "no TOTP"),
        organization_id=org_id,
        member_id=erin.member_id,
    )


@section("rbac, email otp")
def _():
    org = call(
        "organizations_create",
        organization_name="Python RBAC",
        organization_slug="python-rbac",
        email_jit_provisioning="RESTRICTED",
        email_allowed_domains=["rbac.py.example"],
    ).organization
    state["rbac_org"] = org_id = org.organization_id
    op(
        "rbac_organizations_set_org_policy",
        lambda r: check(r.org_policy.roles[0].role_id == "billing_admin", "custom role"),
        organization_id=org_id,
        org_policy={
            "roles": [
                {
                    "role_id": "billing_admin",
                    "description": "custom",
                    "permissions": [{"resource_id": "stytch.member", "actions": ["search"]}],
                }
            ]
        },
    )
    op(
        "rbac_organizations_get_org_policy",
        lambda r: check(len(r.org_policy.roles) == 1, "one role"),
        organization_id=org_id,
    )
    state["frank"] = call(
        "organizations_members_create",
        organization_id=org_id,
        email_address="frank@rbac.py.example",
        roles=["billing_admin"],
    ).member.member_id
    op("otps_email_login_or_signup", organization_id=org_id, email_address="frank@rbac.py.example")
    code = latest("frank@rbac.py.example")
    login = op(
        "otps_email_authenticate",
        fully_authenticated,
        organization_id=org_id,
        email_address="frank@rbac.py.example",
        code=code["token"],
    )
    state["frank_token"] = login.session_token

    def custom_role():
        s = client.sessions.authenticate_jwt_local(
            session_jwt=login.session_jwt,
            authorization_check=AuthorizationCheck(organization_id=org_id, resource_id="stytch.member", action="search"),
        )
        check(s is not None and "billing_admin" in s.roles, "custom role in the JWT")

    sdk_check("sessions.authenticate_jwt_local with a custom role", custom_role)
    op(
        "sessions_authenticate",
        lambda r: check(r.verdict is not None and r.verdict.authorized is True, "authorized"),
        session_token=login.session_token,
        authorization_check={"organization_id": org_id, "resource_id": "stytch.member", "action": "search"},
    )
    op("otps_email_discovery_send", email_address="frank@rbac.py.example")
    code = latest("frank@rbac.py.example")
    op(
        "otps_email_discovery_authenticate",
        lambda r: check(len(r.discovered_organizations) == 1, "one organization"),
        email_address="frank@rbac.py.example",
        code=code["token"],
    )


@section("m2m")
def _():
    created = op("m2m_clients_create", client_name="reporter", scopes=["read:users", "write:users"]).m2m_client
    cid = created.client_id
    token = op(
        "m2m_token",
        lambda r: check(r.token_type == "bearer" and len(r.access_token) > 0, "a bearer token"),
        client_id=cid,
        client_secret=created.client_secret,
        scopes=["read:users"],
    )

    def authenticate_token():
        claims = client.m2m.authenticate_token(access_token=token.access_token, required_scopes=["read:users"])
        check(claims is not None, "the token verifies locally (None means it did not)")
        check(claims.client_id == cid, "client id")
        check("read:users" in claims.scopes, "scopes")
        refused = client.m2m.authenticate_token(access_token=token.access_token, required_scopes=["write:users"])
        check(refused is None, "a scope not granted is refused")

    sdk_check("m2m.authenticate_token", authenticate_token)
    op("m2m_clients_get", lambda r: check(r.m2m_client.client_name == "reporter", "name"), client_id=cid)
    op(
        "m2m_clients_update",
        lambda r: check(r.m2m_client.client_name == "reports", "renamed"),
        client_id=cid,
        client_name="reports",
    )
    op("m2m_clients_search", lambda r: check(len(r.m2m_clients) == 1, "one client"), limit=10)
    nxt = op("m2m_clients_secrets_rotate_start", client_id=cid).m2m_client.next_client_secret
    call("m2m_token", client_id=cid, client_secret=nxt)
    op("m2m_clients_secrets_rotate", client_id=cid)
    call("m2m_clients_secrets_rotate_start", client_id=cid)
    op("m2m_clients_secrets_rotate_cancel", client_id=cid)
    op("m2m_clients_delete", client_id=cid)


@section("connected apps")
def _():
    app = op(
        "connected_app_clients_create",
        client_type="third_party",
        client_name="Partner",
        redirect_urls=["https://partner.py.example/cb"],
    ).connected_app
    cid = app.client_id
    op("connected_app_clients_get", lambda r: check(r.connected_app.client_name == "Partner", "name"), client_id=cid)
    op("connected_app_clients_update", client_id=cid, client_name="Partner 2")
    op("connected_app_clients_search", lambda r: check(len(r.connected_apps) == 1, "one app"))
    op("connected_app_clients_secrets_rotate_start", client_id=cid)
    op("connected_app_clients_secrets_rotate_cancel", client_id=cid)
    call("connected_app_clients_secrets_rotate_start", client_id=cid)
    op("connected_app_clients_secrets_rotate", client_id=cid)
    op("organizations_connected_apps", organization_id=state["org"])
    op("organizations_get_connected_app", organization_id=state["org"], connected_app_id=cid)
    op("organizations_members_get_connected_apps", organization_id=state["org"], member_id=state["alice"])
    op(
        "organizations_members_connected_apps_revoke",
        organization_id=state["org"],
        member_id=state["alice"],
        connected_app_id=cid,
    )
    state["connected_app"] = cid


@section("scim")
def _():
    scim = op("scim_connection_create", organization_id=state["org"], display_name="Okta SCIM").connection
    p = {"organization_id": state["org"], "connection_id": scim.connection_id}
    op(
        "scim_connection_get",
        lambda r: check(r.connection.connection_id == scim.connection_id, "the connection"),
        organization_id=state["org"],
    )
    op(
        "organizations_get",
        lambda r: check(
            r.organization.scim_active_connection is not None
            and r.organization.scim_active_connection.connection_id == scim.connection_id
            and len(r.organization.sso_active_connections) >= 1,
            "the active SCIM and SSO connections",
        ),
        organization_id=state["org"],
    )
    op("scim_connection_update", display_name="Okta SCIM 2", **p)
    op("scim_connection_rotate_start", **p)
    op("scim_connection_rotate_complete", **p)
    call("scim_connection_rotate_start", **p)
    op("scim_connection_rotate_cancel", **p)
    control(
        "POST",
        "scim/groups",
        {"connection_id": scim.connection_id, "group_name": "Engineering", "member_ids": [state["alice"]]},
    )
    op("scim_connection_get_groups", lambda r: check(len(r.scim_groups) == 1, "one group"), **p)
    op(
        "organizations_members_get",
        lambda r: check(
            r.member.scim_registration is not None and r.member.scim_registration.connection_id == scim.connection_id,
            "a SCIM registration",
        ),
        organization_id=state["org"],
        member_id=state["alice"],
    )
    op("scim_connection_delete", **p)


@section("organization and member extras")
def _():
    org, alice = state["org"], state["alice"]
    op("organizations_metrics", organization_id=org)
    call("organizations_update", organization_id=org, organization_external_id="ext-py")
    op("organizations_delete_external_id", organization_id=org)
    op(
        "organizations_members_dangerously_get",
        lambda r: check(r.organization.organization_id == org, "organization"),
        member_id=alice,
    )
    call("organizations_members_update", organization_id=org, member_id=alice, external_id="crm-1")
    op("organizations_members_delete_external_id", organization_id=org, member_id=alice)
    op(
        "organizations_members_start_email_update",
        lambda r: check(len(r.member.retired_email_addresses) == 1, "old address retired"),
        organization_id=org,
        member_id=alice,
        email_address="alice2@py.example",
    )
    op(
        "organizations_members_unlink_retired_email",
        organization_id=org,
        member_id=alice,
        email_address="alice@py.example",
    )


@section("password discovery")
def _():
    call(
        "passwords_migrate",
        organization_id=state["rbac_org"],
        email_address="gina@rbac.py.example",
        hash=MIGRATED_BCRYPT,
        hash_type="bcrypt",
    )
    op(
        "passwords_discovery_authenticate",
        lambda r: check(len(r.discovered_organizations) == 1, "one organization"),
        email_address="gina@rbac.py.example",
        password=MIGRATED_PASSWORD,
    )
    op("passwords_email_require_reset", email_address="gina@rbac.py.example")


@section("password discovery reset")
def _():
    op("passwords_discovery_email_reset_start", email_address="gina@rbac.py.example")
    mail = latest("gina@rbac.py.example")
    op(
        "passwords_discovery_email_reset",
        lambda r: check(len(r.intermediate_session_token) > 0 and len(r.discovered_organizations) == 1, "discovery"),
        password_reset_token=mail["token"],
        password="sapphire-kettle-thunder-77",
    )


@section("fraud")
def _():
    found = op(
        "fraud_fingerprint_lookup",
        lambda r: check(r.verdict.action == "ALLOW", "allowed"),
        telemetry_id="telemetry-ok",
    )
    op("fraud_rules_set", action="BLOCK", visitor_id=found.fingerprints.visitor_id)
    op("fraud_rules_list", lambda r: check(len(r.rules) == 1, "one rule"))
    op("fraud_verdict_reasons_override", verdict_reason="HEADLESS_BROWSER_AUTOMATION", override_action="ALLOW")
    op("fraud_verdict_reasons_list", overrides_only=True)
    op("fraud_email_risk", lambda r: check(r.action == "BLOCK", "blocked"), email_address="x@mailinator.com")


@section("project")
def _():
    op("debug_whoami", lambda r: check(r.project_id == PROJECT_ID, "project id"))
    op("project_metrics")


@section("member authorization")
def _():
    ivy = call("organizations_members_create", organization_id=state["rbac_org"], email_address="ivy@rbac.py.example").member
    options = SearchRequestOptions(authorization=Authorization(session_token=state["frank_token"]))
    op(
        "organizations_members_search",
        lambda r: check(len(r.members) >= 1, "members"),
        organization_ids=[state["rbac_org"]],
        method_options=options,
    )
    refused = None
    try:
        client.organizations.members.delete(
            organization_id=state["rbac_org"],
            member_id=ivy.member_id,
            method_options=DeleteRequestOptions(authorization=Authorization(session_token=state["frank_token"])),
        )
    except StytchError as e:
        refused = e
    check(refused is not None and refused.details.status_code == 403, f"billing_admin may not delete members: {refused}")


@section("impersonation")
def _():
    minted = control("POST", "impersonation/tokens", {"organization_id": state["org"], "member_id": state["alice"]})

    def impersonated(r):
        fully_authenticated(r)
        check(r.member_session.authentication_factors[0].type == "impersonated", "impersonated factor")

    op("impersonation_authenticate", impersonated, impersonation_token=minted["token"])


@section("sessions attest and migrate")
def _():
    carol = state["carol"]
    profile_id = control(
        "POST",
        "trusted_auth_tokens/profiles",
        {"issuer": "https://trusted.py.example", "audience": "py-flows", "signing_secret": "py-flows-signing-secret-0123456789"},
    )["profile_id"]
    token = control(
        "POST",
        "trusted_auth_tokens",
        {"profile_id": profile_id, "email_address": "carol@py.example", "organization_id": state["org"]},
    )["token"]
    op(
        "sessions_attest",
        lambda r: check(r.member_session.member_id == carol.member_id and len(r.session_jwt) > 0, "a session"),
        profile_id=profile_id,
        token=token,
        organization_id=state["org"],
    )
    external = control("POST", "sessions/external", {"email_address": "carol@py.example"})
    op(
        "sessions_migrate",
        lambda r: check(r.member_session.member_id == carol.member_id and len(r.session_token) > 0, "a session"),
        session_token=external["session_token"],
        organization_id=state["org"],
    )


@section("idp")
def _():
    app = call(
        "connected_app_clients_create",
        client_type="first_party",
        client_name="Python First Party",
        full_access_allowed=True,
        redirect_urls=["https://app.py.example/cb"],
    ).connected_app
    args = dict(
        client_id=app.client_id,
        redirect_uri="https://app.py.example/cb",
        response_type="code",
        scopes=["openid", "offline_access", "full_access"],
        organization_id=state["org"],
        member_id=state["alice"],
    )
    op("idp_oauth_authorize_start", lambda r: check(r.member_id == state["alice"], "the member"), **args)
    authorized = op(
        "idp_oauth_authorize",
        lambda r: check(r.authorization_code and "code=" in r.redirect_uri, "a code"),
        consent_granted=True,
        state="xyz",
        **args,
    )
    # The SDK's `m2m.token` sends only client_credentials; the code is redeemed over HTTP.
    form = urllib.parse.urlencode(
        {
            "grant_type": "authorization_code",
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "redirect_uri": args["redirect_uri"],
            "code": authorized.authorization_code,
        }
    ).encode()
    req = urllib.request.Request(
        f"{BASE}/v1/public/{PROJECT_ID}/oauth2/token",
        data=form,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(req) as res:
        grant = json.loads(res.read())
    access_token = grant["access_token"]
    op(
        "idp_introspect_token_network",
        lambda claims: check(
            claims is not None and claims.subject == state["alice"] and "full_access" in (claims.scope or ""),
            f"claims: {claims!r}",
        ),
        token=access_token,
        client_id=app.client_id,
        client_secret=app.client_secret,
    )

    def local():
        claims = client.idp.introspect_access_token_local(access_token=access_token)
        check(claims is not None and claims.subject == state["alice"], f"claims: {claims!r}")

    sdk_check("idp.introspect_access_token_local", local)
    op(
        "sessions_exchange_access_token",
        lambda r: check(r.member.member_id == state["alice"] and len(r.session_token) > 0, "a session"),
        access_token=access_token,
    )
    call("connected_app_clients_delete", client_id=app.client_id)


@section("revocation and deletion")
def _():
    carol = state["carol"]
    op("sessions_revoke", member_id=carol.member_id)
    op(
        "sessions_get",
        lambda r: check(len(r.member_sessions) == 0, "no sessions left"),
        organization_id=state["org"],
        member_id=carol.member_id,
    )
    op("organizations_members_delete", organization_id=state["org"], member_id=state["bob"])
    op(
        "organizations_members_reactivate",
        lambda r: check(r.member.status == "active", "active again"),
        organization_id=state["org"],
        member_id=state["bob"],
    )
    op("connected_app_clients_delete", client_id=state["connected_app"])
    op("organizations_delete", organization_id=state["second_org"])


not_exposed = [op_id for op_id, path in OPERATIONS.items() if lookup(path) is None]
failed_ids = {f["operation"] for f in failed}
reached = ok | failed_ids
summary = {
    "sdk": "python",
    "version": stytch.version.__version__,
    "operations": list(OPERATIONS),
    "ok": sorted(ok - failed_ids),
    "failed": failed,
    "not_exposed": not_exposed,
    "not_reached": [i for i in OPERATIONS if i not in reached and i not in not_exposed],
    "aborted_sections": aborted,
    "checks": checks,
}
print("OFFICIAL_SDK_SUMMARY " + json.dumps(summary))
sys.stdout.flush()
