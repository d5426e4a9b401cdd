"""The OAuth 2.0 side of the fake Google: authorization endpoint, token endpoint, revocation,
ID-token certificates — as Google documents them for web server apps (code flow, PKCE S256,
offline access, refresh tokens, ``invalid_grant`` once a grant is revoked)."""
from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ISSUER = "https://accounts.google.com"
ACCESS_LIFETIME = 3599


def error(status: int, code: str, description: str) -> tuple[int, dict]:
    return status, {"error": code, "error_description": description}


@dataclass
class Grant:
    """What a user allowed a client: scopes, and the refresh token that stands for it."""

    email: str
    client_id: str
    scopes: list[str]
    refresh_token: str
    revoked: bool = False


@dataclass
class Identity:
    email: str
    subject: str
    name: str = ""


@dataclass
class OAuthState:
    """Clients, users, codes, grants and tokens; every method is safe across threads."""

    client_id: str
    client_secret: str
    lock: threading.RLock = field(default_factory=threading.RLock)
    identities: dict[str, Identity] = field(default_factory=dict)
    codes: dict[str, dict] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)  # by refresh token
    access: dict[str, tuple[Grant, float]] = field(default_factory=dict)  # token -> (grant, expires)
    signed_in: str | None = None  # the user the authorization endpoint approves for
    withheld_scopes: set[str] = field(default_factory=set)  # boxes the user unticks on the consent page
    deny_next: bool = False
    token_requests: list[dict] = field(default_factory=list)
    authorizations: list[dict] = field(default_factory=list)

    def __post_init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(8)
        self.certificate = _certificate(self.key)

    # ------------------------------------------------------------------ authorization endpoint

    def authorize(self, params: dict[str, str]) -> tuple[int, dict, str]:
        """Auto-approve for the signed-in user: (status, headers, text)."""
        self.authorizations.append(dict(params))
        problem = self._check_authorization(params)
        if problem:
            return 400, {}, problem
        redirect = params["redirect_uri"]
        if self.deny_next:
            self.deny_next = False
            query = {"error": "access_denied", "state": params.get("state", "")}
            return 302, {"Location": f"{redirect}?{urlencode(query)}"}, ""
        requested = params.get("scope", "").split()
        granted = [s for s in requested if s not in self.withheld_scopes]
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.codes[code] = {"email": self.signed_in, "client_id": params["client_id"], "redirect_uri": redirect,
                                "scopes": granted, "challenge": params.get("code_challenge"),
                                "offline": params.get("access_type") == "offline"}
        query = {"state": params.get("state", ""), "code": code, "scope": " ".join(granted)}
        return 302, {"Location": f"{redirect}?{urlencode(query)}"}, ""

    def _check_authorization(self, params: dict[str, str]) -> str | None:
        if params.get("client_id") != self.client_id:
            return "invalid_client: The OAuth client was not found."
        if params.get("response_type") != "code" or not params.get("redirect_uri"):
            return "invalid_request: response_type=code and redirect_uri are required"
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return "invalid_request: this client must use PKCE with S256"
        if not params.get("state"):
            return "invalid_request: state is required by this fake"
        if self.signed_in not in self.identities:
            return "no signed-in user"
        return None

    # ------------------------------------------------------------------ token endpoint

    def token(self, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict]:
        client_id, secret = basic or (form.get("client_id"), form.get("client_secret"))
        if client_id != self.client_id or secret != self.client_secret:
            return error(401, "invalid_client", "The OAuth client was not found.")
        self.token_requests.append(dict(form))
        if form.get("grant_type") == "authorization_code":
            return self._exchange(form)
        if form.get("grant_type") == "refresh_token":
            return self._refresh(form)
        return error(400, "unsupported_grant_type", "Invalid grant_type")

    def _exchange(self, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            code = self.codes.pop(form.get("code", ""), None)
        if code is None:
            return error(400, "invalid_grant", "Malformed auth code.")
        if form.get("redirect_uri") != code["redirect_uri"]:
            return error(400, "redirect_uri_mismatch", "Bad Request")
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        if not verifier or challenge != code["challenge"]:
            return error(400, "invalid_grant", "Invalid code verifier.")
        grant = Grant(code["email"], code["client_id"], code["scopes"], "1//" + secrets.token_urlsafe(32))
        with self.lock:
            self.grants[grant.refresh_token] = grant
        answer = self._access_answer(grant)
        if code["offline"]:
            answer["refresh_token"] = grant.refresh_token
        if "openid" in grant.scopes:
            answer["id_token"] = self.id_token(grant.email, code["client_id"])
        return 200, answer

    def _refresh(self, form: dict[str, str]) -> tuple[int, dict]:
        grant = self.grants.get(form.get("refresh_token", ""))
        if grant is None or grant.revoked:
            return error(400, "invalid_grant", "Token has been expired or revoked.")
        return 200, self._access_answer(grant)

    def _access_answer(self, grant: Grant) -> dict:
        token = "ya29." + secrets.token_urlsafe(32)
        with self.lock:
            self.access[token] = (grant, time.time() + ACCESS_LIFETIME)
        return {"access_token": token, "expires_in": ACCESS_LIFETIME, "scope": " ".join(grant.scopes),
                "token_type": "Bearer"}

    def id_token(self, email: str, audience: str) -> str:
        who = self.identities[email]
        now = int(time.time())
        claims = {"iss": ISSUER, "azp": audience, "aud": audience, "sub": who.subject, "email": email,
                  "email_verified": True, "name": who.name, "iat": now, "exp": now + 3600}
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": self.kid})

    def certs(self) -> dict:
        """``{kid: PEM certificate}``, the format of Google's ``oauth2/v1/certs``."""
        return {self.kid: self.certificate}

    # ------------------------------------------------------------------ tokens in API calls

    def holder(self, authorization: str | None) -> Grant | None:
        """The live grant behind a ``Bearer`` access token, else ``None``."""
        scheme, _, token = (authorization or "").partition(" ")
        found = self.access.get(token.strip()) if scheme.lower() == "bearer" else None
        if found is None or found[1] < time.time() or found[0].revoked:
            return None
        return found[0]

    def revoke(self, token: str) -> bool:
        with self.lock:
            grant = self.grants.get(token) or (self.access.get(token) or (None,))[0]
            if grant is None:
                return False
            grant.revoked = True
        return True

    def revoke_user(self, email: str) -> None:
        """The user removes Afterview's access in their Google account settings."""
        with self.lock:
            for grant in self.grants.values():
                if grant.email == email:
                    grant.revoked = True

    def expire_access_tokens(self) -> None:
        """Access tokens stop working before the client expects (a 401 makes it refresh)."""
        with self.lock:
            self.access.clear()

    def issue_access(self, email: str, scopes: list[str], token: str, refresh_token: str,
                     lifetime: float = 86400.0) -> None:
        """Known tokens for a user, without a consent flow (benchmarks seed thousands)."""
        grant = Grant(email, self.client_id, scopes, refresh_token)
        with self.lock:
            self.grants[refresh_token] = grant
            self.access[token] = (grant, time.time() + lifetime)


def _certificate(key) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-google-oauth")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM).decode()
