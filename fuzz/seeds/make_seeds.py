#!/usr/bin/env python3
"""Writes starting corpora for the fuzz targets into fuzz/corpus/<target>/.

Run from the repository root: `python3 fuzz/seeds/make_seeds.py`. Needs `openssl` for an
RSA key (the JWKS seeds); the response seeds are the test fixtures. libFuzzer adds what it
finds to the same folders.
"""
import base64, json, os, pathlib, re, subprocess, tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fuzz" / "corpus"
PROJECT = "project-test-11111111-2222-3333-4444-555555555555"
T0 = 1_750_000_000


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def write(target: str, name: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def rsa_components() -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        key = os.path.join(tmp, "key.pem")
        subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
        text = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"],
                              check=True, capture_output=True, text=True).stdout
    modulus = bytes.fromhex(text.strip().split("=", 1)[1])
    return b64(modulus), b64((65537).to_bytes(3, "big"))


def rfc3339(seconds: int) -> str:
    import datetime
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


payload = {
    "https://stytch.com/session": {
        "id": "member-session-test-00000000-0000-0000-0000-000000000001",
        "started_at": rfc3339(T0 - 600),
        "last_accessed_at": rfc3339(T0),
        "expires_at": rfc3339(T0 + 3600),
        "attributes": {"ip_address": "203.0.113.7", "user_agent": "Mozilla/5.0"},
        "authentication_factors": [{
            "type": "magic_link", "delivery_method": "email",
            "last_authenticated_at": rfc3339(T0),
            "email_factor": {"email_id": "email-test-1", "email_address": "a@example.com"},
        }],
        "roles": ["stytch_member", "editor"],
    },
    "https://stytch.com/organization": {"organization_id": "organization-test-1", "slug": "acme"},
    "iss": f"stytch.com/{PROJECT}", "sub": "member-test-1", "aud": [PROJECT],
    "iat": T0, "nbf": T0, "exp": T0 + 300,
    "plan": "enterprise", "flags": [1, 2.5, -3e2, True, None, {"nested": ["x"]}],
}
header = {"alg": "RS256", "typ": "JWT", "kid": "jwk-fuzz-1"}
payload_text = json.dumps(payload, separators=(",", ":")).encode()
header_text = json.dumps(header, separators=(",", ":")).encode()

# jwt_verify: a raw token (mode 3), a self-signed pair (mode 0), patches (mode 1).
token = f"{b64(header_text)}.{b64(payload_text)}.{b64(bytes(range(256)))}".encode()
write("jwt_verify", "raw_token", b"\x03" + token)
write("jwt_verify", "signed_pair", b"\x00" + header_text + b"\xff" + payload_text)
write("jwt_verify", "signed_payload", b"\x08" + payload_text)
write("jwt_verify", "patches", b"\x01" + bytes([0x10, 0x00, ord("B"), 0x80, 0x00, ord(".")]))
other_header = b64(b'{"alg":"RS256","kid":"other"}')
write("jwt_verify", "unknown_kid", b"\x03" + f"{other_header}.{b64(payload_text)}.AA".encode())

# json_scan: the payload, the header, and small documents of every kind.
write("json_scan", "payload", payload_text)
write("json_scan", "header", header_text)
for index, text in enumerate([
    '{"a":1,"a":2}', '[1,2,[3,{"x":null}]]', '"\\ud83e\\udd80 \\u00e9 \\n"', '-0.5e-3', '1e400',
    '{"":{"":{}}}', "[" * 127 + "]" * 127, '{"k":"\\u0000"}', 'true', ' null ',
]):
    write("json_scan", f"small_{index}", text.encode())

# jwks_parse: a real RSA key, with entries of other kinds around it.
n, e = rsa_components()
good = {"kty": "RSA", "use": "sig", "key_ops": ["verify"], "alg": "RS256", "kid": "jwk-seed-1", "n": n, "e": e}
write("jwks_parse", "one_key", json.dumps({"keys": [good]}).encode())
write("jwks_parse", "mixed", json.dumps({"keys": [
    {"kty": "EC", "crv": "P-256", "kid": "ec", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
     "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
    {"kty": "oct", "kid": "oct", "k": "c2VjcmV0"},
    dict(good, kid="jwk-seed-bad-e", e="AQ"),
    dict(good, kid="jwk-seed-enc", use="enc"),
    good,
]}).encode())

# response_decode: every fixture response body, and an error body.
# Each prefixed with the number of its type in the target's list.
target = (ROOT / "fuzz" / "fuzz_targets" / "response_decode.rs").read_text()
listed = target[target.index("round_trip_one!(\n"):]
types = re.findall(r"^\s+([A-Z][A-Za-z]+),$", listed, re.M)
fixtures = ROOT / "crates" / "stytch-b2b-tests" / "fixtures" / "responses"
for path in sorted(fixtures.glob("*.json")):
    name = "".join(part.capitalize() for part in path.stem.split("_")) + "Response"
    if name in types:
        write("response_decode", path.stem, bytes([types.index(name)]) + path.read_bytes())
write("response_decode", "error_body", bytes([types.index("StytchErrorBody")]) + json.dumps({
    "status_code": 404, "request_id": "request-id-test-1", "error_type": "member_not_found",
    "error_message": "Member not found.", "error_url": "https://stytch.com/docs/api/errors/404",
}).encode())
write("response_decode", "leaky", bytes([types.index("SessionsAuthenticateResponse")]) + b'{"session_token":"mZAYn5aLEqKUlZ_Ad9U","member":{"name":3}}')
print("seeds written to", CORPUS)
