"""Microsoft Entra access tokens for Afterview's API, as the Outlook task pane obtains them with
nested app authentication.

A token is accepted only when all of these hold: an RS256 signature by one of Microsoft's published
keys (``AFTERVIEW_MS_JWKS_URL``, chosen by the token's ``kid``); the issuer of the token's own
tenant (``https://login.microsoftonline.com/{tid}/v2.0``); an audience in
``AFTERVIEW_MS_API_AUDIENCE``; the ``access_as_user`` scope in ``scp``; ``azp``, the application the
token was issued to, equal to ``AFTERVIEW_MS_CLIENT_ID`` (with nested app authentication the add-in
asks for its own API as itself: another application holding a token for Afterview's API is not the
pane); ``exp`` and ``nbf`` around now. The user is the one whose ``microsoft_subject`` is
``"<tid>:<oid>"``, created on first sight.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable

import jwt
import requests
from flask import Flask, current_app
from sqlalchemy import select

from notes.errors import InvalidInput
from notes.store.database import unit_of_work
from notes.store.model import User
from notes.usecases.identities import signed_in_user
from providers.errors import TokenRefused

from .. import wiring
from ..auth import add_authenticator

log = logging.getLogger(__name__)

ISSUER = "https://login.microsoftonline.com/{tid}/v2.0"
SCOPE = "access_as_user"
ALGORITHMS = ["RS256"]
LEEWAY_SECONDS = 60
REQUIRED_CLAIMS = ["exp", "nbf", "iss", "aud", "tid", "oid", "scp", "azp"]
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class KeySet:
    """Microsoft's signing keys by ``kid``, fetched from the JWKS URL.

    Keys are kept for ``lifetime`` seconds and never used after that without a successful refetch.
    A ``kid`` not in the set triggers a refetch (Microsoft rolls keys), but at most once per
    ``refetch_interval`` seconds, so tokens with made-up ``kid`` values cannot make Afterview hammer
    the endpoint; a failed fetch waits just as long before the next attempt.
    """

    def __init__(self, url: str, *, lifetime: float = 6 * 3600, refetch_interval: float = 300,
                 timeout: float = 5, clock: Callable[[], float] = time.monotonic):
        self.url = url
        self.lifetime = lifetime
        self.refetch_interval = refetch_interval
        self.timeout = timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None
        self._attempted_at: float | None = None

    def key(self, kid: str) -> jwt.PyJWK | None:
        """The published key named ``kid``, or ``None``."""
        with self._lock:
            now = self._clock()
            if self._fetched_at is None or now - self._fetched_at >= self.lifetime:
                self._keys = {}
            if kid not in self._keys and self._may_fetch(now):
                self._refresh(now)
            return self._keys.get(kid)

    def _may_fetch(self, now: float) -> bool:
        return self._attempted_at is None or now - self._attempted_at >= self.refetch_interval

    def _refresh(self, now: float) -> None:
        self._attempted_at = now
        try:
            answer = requests.get(self.url, timeout=self.timeout, headers={"Accept": "application/json"})
            answer.raise_for_status()
            keys = _signing_keys(answer.json())
        except (requests.RequestException, ValueError, jwt.PyJWKError) as exc:
            log.warning("could not fetch Microsoft signing keys from %s: %s", self.url, exc)
            return
        self._keys, self._fetched_at = keys, now


def _signing_keys(document: dict) -> dict[str, jwt.PyJWK]:
    """The RSA signature keys of a JWKS document, by ``kid``."""
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError("not a JWKS document")
    keys = {}
    for entry in document["keys"]:
        if not isinstance(entry, dict) or entry.get("kty") != "RSA" or entry.get("use", "sig") != "sig":
            continue
        if isinstance(entry.get("kid"), str):
            keys[entry["kid"]] = jwt.PyJWK(entry, algorithm="RS256")
    return keys


def verify(token: str, audiences: list[str], keys: KeySet, client_id: str) -> dict:
    """The claims of a valid Afterview API token issued to the add-in ``client_id``;
    ``TokenRefused`` otherwise."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise TokenRefused(f"unreadable token: {exc}") from exc
    kid = header.get("kid")
    if header.get("alg") not in ALGORITHMS or not isinstance(kid, str):
        raise TokenRefused("not an RS256 token with a key id")
    key = keys.key(kid)
    if key is None:
        raise TokenRefused(f"no published key {kid!r}")
    try:
        claims = jwt.decode(token, key.key, algorithms=ALGORITHMS, audience=audiences, leeway=LEEWAY_SECONDS,
                            options={"require": REQUIRED_CLAIMS})
    except jwt.PyJWTError as exc:
        raise TokenRefused(str(exc)) from exc
    tid = claims["tid"]
    if not isinstance(tid, str) or not GUID.match(tid) or claims["iss"] != ISSUER.format(tid=tid):
        raise TokenRefused("the issuer is not the token's own tenant")
    if not isinstance(claims.get("oid"), str) or not claims["oid"]:
        raise TokenRefused("no object id")
    if not isinstance(claims["scp"], str) or SCOPE not in claims["scp"].split():
        raise TokenRefused(f"the {SCOPE} scope was not granted")
    if not client_id or claims["azp"] != client_id:
        raise TokenRefused("the token was issued to another application (azp)")
    return claims


def user_id_for(session, claims: dict) -> int:
    """The Afterview user of a verified token, created on first sight.

    Found by the Microsoft identity only: ``preferred_username`` is not proof that the caller owns
    that address, so a user with the same address is someone else, and is neither taken over nor
    in the way.
    """
    subject = f"{claims['tid']}:{claims['oid']}"
    found = session.scalar(select(User.id).where(User.microsoft_subject == subject))
    if found is not None:
        return found
    email = str(claims.get("preferred_username") or "")
    try:
        with unit_of_work(session):
            user = signed_in_user(session, "microsoft", subject, email, str(claims.get("name") or ""))
        return user.id
    except InvalidInput as exc:
        raise TokenRefused(str(exc)) from exc


def audiences(config) -> list[str]:
    """The accepted ``aud`` values (``AFTERVIEW_MS_API_AUDIENCE``, comma-separated)."""
    return [part.strip() for part in str(config.get("MS_API_AUDIENCE") or "").split(",") if part.strip()]


def authenticate(token: str) -> int | None:
    """The authenticator registered with ``addon.auth``: a user id for a valid Entra token."""
    accepted = audiences(current_app.config)
    if not accepted or token.count(".") != 2 or token.startswith("av1."):
        return None
    try:
        claims = verify(token, accepted, current_app.extensions["afterview.ms_keys"],
                        str(current_app.config.get("MS_CLIENT_ID") or ""))
        return user_id_for(wiring.db(), claims)
    except TokenRefused as exc:
        log.info("refused a Microsoft access token: %s", exc)
        return None


def init_app(app: Flask) -> None:
    """Accept Entra tokens on the API (they are refused while ``MS_API_AUDIENCE`` is unset)."""
    app.extensions["afterview.ms_keys"] = KeySet(app.config["MS_JWKS_URL"])
    add_authenticator(app, authenticate)
