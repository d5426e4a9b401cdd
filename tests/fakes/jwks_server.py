"""A loopback stand-in for Microsoft's signing-key endpoint (``/common/discovery/v2.0/keys``).

It publishes RSA public keys in the documented JWKS shape (``kty``, ``use``, ``kid``, ``x5t``,
``n``, ``e``, ``x5c``, ``issuer``), counts how often they are fetched, and mints access tokens with
the claims of a Microsoft identity platform v2.0 access token signed by the matching private keys.
"""
from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.fakes.loopback import serve

KEYS_PATH = "/common/discovery/v2.0/keys"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
OTHER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad"
AUDIENCE = "6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d"


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class SigningKey:
    """An RSA key pair with its self-signed certificate, published under ``kid``."""

    def __init__(self, kid: str):
        self.kid = kid
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "accounts.accesscontrol.windows.net")])
        now = datetime.now(UTC)
        self.certificate = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.private.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .sign(self.private, hashes.SHA256())
        )

    def jwk(self) -> dict:
        numbers = self.private.public_key().public_numbers()
        der = self.certificate.public_bytes(serialization.Encoding.DER)
        return {
            "kty": "RSA", "use": "sig", "kid": self.kid,
            "x5t": base64.urlsafe_b64encode(hashlib.sha1(der).digest()).rstrip(b"=").decode(),
            "n": _b64(numbers.n), "e": _b64(numbers.e),
            "x5c": [base64.b64encode(der).decode()],
            "cloud_instance_name": "microsoftonline.com",
            "issuer": "https://login.microsoftonline.com/{tenantid}/v2.0",
        }


class JwksServer:
    """The key endpoint on 127.0.0.1; ``fetches`` counts the requests it answered."""

    def __init__(self):
        self.keys = [SigningKey("key-1")]
        self.fetches = 0
        self.failing = False
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                if self.path != KEYS_PATH:
                    self.send_error(404)
                    return
                server.fetches += 1
                if server.failing:
                    self.send_error(503)
                    return
                body = json.dumps({"keys": [k.jwk() for k in server.keys]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._loopback = serve(Handler, "fake-entra-keys")
        self.url = self._loopback.url(KEYS_PATH)

    def rotate(self, kid: str) -> SigningKey:
        """Publish a new key beside the others (as Microsoft does before signing with it)."""
        key = SigningKey(kid)
        self.keys.append(key)
        return key

    def token(self, *, key: SigningKey | None = None, kid: str | None = None, algorithm: str = "RS256",
              secret: str = "", lifetime: int = 3600, **claims) -> str:
        """A v2.0 access token for Afterview's API; keyword arguments replace claims (None drops one)."""
        key = key or self.keys[0]
        now = int(time.time())
        tenant = claims.get("tid", TENANT)
        body = {
            "aud": AUDIENCE, "iss": f"https://login.microsoftonline.com/{tenant}/v2.0",
            "iat": now, "nbf": now, "exp": now + lifetime,
            "aio": "AWQAm/8", "azp": AUDIENCE, "azpacr": "0", "name": "Dana Whitfield",
            "oid": "00000000-0000-0000-66f3-3332eca7ea81", "preferred_username": "Dana.Whitfield@contoso.example",
            "rh": "0.AAAA", "scp": "access_as_user", "sid": str(uuid.uuid4()),
            "sub": "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", "tid": tenant,
            "uti": "fqiBqXLPj0eQa82S-IYFAA", "ver": "2.0",
        }
        body.update(claims)
        body = {name: value for name, value in body.items() if value is not None}
        signer = key.private if algorithm.startswith("RS") else (secret or None)
        return jwt.encode(body, signer, algorithm=algorithm, headers={"kid": kid or key.kid, "typ": "JWT"})

    def close(self) -> None:
        self._loopback.close()
