"""A stand-in for Google's ID-token certificates, and a signer of Google-like ID tokens.

``GoogleCertsServer`` serves, on a loopback port, the same shape as
https://www.googleapis.com/oauth2/v1/certs: a JSON object mapping each key id to an x509
certificate in PEM, with ``Cache-Control: public, max-age=N``. It counts the fetches so tests
can see the caching. ``TokenSigner`` holds an RSA key and its self-signed certificate and signs
RS256 tokens with the claims Google puts in add-on ID tokens.
"""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.fakes.loopback import serve


class TokenSigner:
    """An RSA key with a self-signed certificate, signing tokens under key id ``kid``."""

    def __init__(self, kid: str):
        self.kid = kid
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "securetoken.system.gserviceaccount.com")])
        now = datetime.now(UTC)
        self.certificate = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=2))
            .sign(self.key, hashes.SHA256())
        )

    def pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    def token(self, audience: str, lifetime: int = 3600, issued: float | None = None, **claims) -> str:
        """An ID token for ``audience``; ``claims`` add or override (``None`` removes one)."""
        issued = time.time() if issued is None else issued
        payload = {"iss": "https://accounts.google.com", "aud": audience, "iat": int(issued),
                   "exp": int(issued + lifetime), "sub": "100000000000000000001"}
        payload.update(claims)
        payload = {k: v for k, v in payload.items() if v is not None}
        return jwt.encode(payload, self.key, algorithm="RS256", headers={"kid": self.kid})


class GoogleCertsServer:
    """Publishes the certificates of ``signers`` at ``url`` until ``close``."""

    def __init__(self, signers: list[TokenSigner], max_age: int = 3600):
        self.signers = list(signers)
        self.max_age = max_age
        self.fetches = 0
        self.failing = False
        self._loopback = serve(self._handler(), "fake-google-certs")
        self.url = self._loopback.url("/oauth2/v1/certs")

    def published(self) -> dict[str, str]:
        return {s.kid: s.pem() for s in self.signers}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                if self.path.split("?")[0] != "/oauth2/v1/certs":
                    self.send_error(404)
                    return
                fake.fetches += 1
                if fake.failing:
                    self.send_error(503)
                    return
                body = json.dumps(fake.published()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Cache-Control", f"public, max-age={fake.max_age}, must-revalidate, no-transform")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler

    def close(self) -> None:
        self._loopback.close()
