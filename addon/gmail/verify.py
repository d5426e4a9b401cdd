"""Google ID tokens: the add-on system token on every request and the user's ``userIdToken``.

Google publishes its signing certificates as a JSON map ``{key id: x509 PEM}``
(``AFTERVIEW_GOOGLE_CERTS_URL``). ``GoogleCerts`` fetches that map, parses each certificate's
public key once, and keeps the keys for as long as the response's ``Cache-Control: max-age``
allows; a token naming a key it does not know triggers an early refetch, and no more than one
fetch is tried per ``REFETCH_AFTER`` (keys rotate; neither a forged key id nor an outage may
make Afterview hammer Google, or wait on it for every request).
Signatures, expiry, issuer and audience are checked by PyJWT.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import jwt
import requests
from cryptography import x509

from providers.errors import CertsUnavailable, Unverified

ISSUERS = ("https://accounts.google.com", "accounts.google.com")
DEFAULT_MAX_AGE = 300.0
REFETCH_AFTER = 30.0
LEEWAY_SECONDS = 30
MAX_TOKEN_LENGTH = 8192
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*(\d+)", re.IGNORECASE)


def max_age(headers) -> float:
    """Seconds a certificate response may be kept: ``max-age`` minus ``Age``."""
    match = _MAX_AGE.search(headers.get("Cache-Control", ""))
    if not match:
        return DEFAULT_MAX_AGE
    try:
        age = float(headers.get("Age", 0) or 0)
    except ValueError:
        age = 0.0
    return max(0.0, float(match.group(1)) - age)


class GoogleCerts:
    """Google's public keys by key id, fetched and cached by their ``Cache-Control``."""

    def __init__(self, url: str, session: requests.Session | None = None,
                 clock: Callable[[], float] = time.monotonic, timeout: float = 5.0):
        self.url = url
        self.session = session or requests.Session()
        self.clock = clock
        self.timeout = timeout
        self._keys: dict[str, object] = {}
        self._expires = float("-inf")
        self._attempted = float("-inf")
        self._error = ""
        self._lock = threading.Lock()
        self.verified = VerifiedTokens(clock)

    @property
    def keys_until(self) -> float:
        """When the keys held now must be fetched again (on ``clock``)."""
        return self._expires

    def key(self, kid: str):
        """The public key named ``kid``, or ``None`` when Google does not publish it;
        ``CertsUnavailable`` when the keys are stale and cannot be fetched again."""
        now = self.clock()
        keys = self._keys
        if now < self._expires and kid in keys:
            return keys[kid]
        with self._lock:
            now = self.clock()
            due = now >= self._expires or kid not in self._keys
            if due and now - self._attempted >= REFETCH_AFTER:
                self._refresh(now)
            if now >= self._expires:
                raise CertsUnavailable(self._error or "Google's certificates are stale")
            return self._keys.get(kid)

    def _refresh(self, now: float) -> None:
        self._attempted = now
        try:
            response = self.session.get(self.url, timeout=self.timeout)
            response.raise_for_status()
            published = response.json()
            if not isinstance(published, dict):
                raise ValueError("not a JSON object")
        except (requests.RequestException, ValueError) as exc:
            self._error = f"cannot fetch Google's certificates: {exc}"
            return  # keys still fresh keep serving; stale ones are refused by ``key``
        keys = {}
        for kid, pem in published.items():
            try:
                keys[str(kid)] = x509.load_pem_x509_certificate(str(pem).encode()).public_key()
            except ValueError:
                continue  # one unreadable certificate does not invalidate the others
        self._keys, self._error = keys, ""
        self._expires = now + max(max_age(response.headers), REFETCH_AFTER)


@dataclass(frozen=True)
class GoogleIdentity:
    """Who a verified user ID token names."""

    subject: str
    email: str
    email_verified: bool
    name: str = ""


class VerifiedTokens:
    """Tokens already verified, with their claims, until they expire (at most ``KEEP`` seconds).

    Gmail sends the same signed token with many requests; checking its RSA signature again
    proves nothing new. The key is the whole token and the audience it was checked for.
    """

    KEEP = 300.0
    SIZE = 4096

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._items: dict[tuple[str, str], tuple[float, dict]] = {}
        self._lock = threading.Lock()

    def get(self, token: str, audience: str) -> dict | None:
        with self._lock:
            entry = self._items.get((token, audience))
        if entry is None or entry[0] <= self._clock() or float(entry[1].get("exp", 0)) <= time.time():
            return None
        return entry[1]

    def put(self, token: str, audience: str, claims: dict, keys_until: float) -> None:
        """Keep ``claims`` no longer than the keys that verified them (``keys_until``)."""
        until = min(keys_until, self._clock() + self.KEEP)
        with self._lock:
            if len(self._items) >= self.SIZE:
                self._items.clear()  # crude but bounded: the next requests verify again
            self._items[(token, audience)] = (until, claims)


def verify_token(certs: GoogleCerts, token: str, audience: str) -> dict:
    """The claims of a Google-signed ID token for ``audience``; ``Unverified`` otherwise."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise Unverified("no token")
    known = certs.verified.get(token, audience)
    if known is not None:
        return known
    claims = _verify_signed(certs, token, audience)
    certs.verified.put(token, audience, claims, certs.keys_until)
    return claims


def _verify_signed(certs: GoogleCerts, token: str, audience: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise Unverified("malformed token") from exc
    if header.get("alg") != "RS256" or not isinstance(header.get("kid"), str):
        raise Unverified("unexpected token header")
    key = certs.key(header["kid"])
    if key is None:
        raise Unverified("unknown signing key")
    try:
        return jwt.decode(
            token, key, algorithms=["RS256"], audience=audience, issuer=ISSUERS, leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise Unverified(f"token rejected: {type(exc).__name__}") from exc


def verify_system_token(certs: GoogleCerts, token: str, audience: str, service_account: str) -> dict:
    """Verify the ``Authorization: Bearer`` token Google sends for the add-on: signed by
    Google, for this endpoint's URL, naming the deployment's service account (verified)."""
    if not service_account:
        raise Unverified("no add-on service account is configured")
    claims = verify_token(certs, token, audience)
    if claims.get("email_verified") is not True or claims.get("email") != service_account:
        raise Unverified("token is not from the add-on's service account")
    return claims


def verify_user_token(certs: GoogleCerts, token: str, client_id: str) -> GoogleIdentity:
    """Verify the event's ``userIdToken`` (audience: the add-on's OAuth client id)."""
    if not client_id:
        raise Unverified("no add-on client id is configured")
    claims = verify_token(certs, token, client_id)
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise Unverified("user token carries no email")
    return GoogleIdentity(subject=str(claims["sub"]), email=email,
                          email_verified=claims.get("email_verified") is True,
                          name=str(claims.get("name") or "")[:200])
