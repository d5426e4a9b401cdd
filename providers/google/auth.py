"""Connecting a Google account: OAuth 2.0 with google-auth-oauthlib's ``Flow``, state and PKCE.

The scopes are the least that do the job: reading calendar events always; the mailbox scopes
only for what the user turned on (drafts, nudges), and the read-only-headers scope for the
sent-check that stops reminders. The account's address comes from the verified ID token.
Stored credentials are a small dictionary (access token, refresh token, expiry, granted
scopes); the client id and secret come from configuration, never from the store.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlparse

import google.auth.transport.requests
import google.oauth2.credentials
import requests
from google.auth import exceptions as auth_exceptions
from google.oauth2 import id_token as google_id_token
from google_auth_oauthlib.flow import Flow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

from ..errors import ConnectRefused, Unavailable

OPENID = "openid"
EMAIL = "https://www.googleapis.com/auth/userinfo.email"
CALENDAR = "https://www.googleapis.com/auth/calendar.events.readonly"
DRAFTS = "https://www.googleapis.com/auth/gmail.compose"
SEND = "https://www.googleapis.com/auth/gmail.send"
SENT_CHECK = "https://www.googleapis.com/auth/gmail.metadata"
ISSUERS = ("accounts.google.com", "https://accounts.google.com")
CALLBACK_PATH = "/oauth/google/callback"


def requested_scopes(drafts: bool, nudges: bool) -> list[str]:
    """The scopes to ask for: calendar always, mailbox scopes only for what the user turned on."""
    scopes = [OPENID, EMAIL, CALENDAR]
    if drafts:
        scopes.append(DRAFTS)
    if nudges:
        scopes.append(SEND)
    if drafts or nudges:
        scopes.append(SENT_CHECK)
    return scopes


@dataclass(frozen=True)
class GoogleClient:
    """Afterview's OAuth client at Google and the endpoints it uses (all configurable)."""

    client_id: str
    client_secret: str
    auth_uri: str = "https://accounts.google.com/o/oauth2/auth"
    token_uri: str = "https://oauth2.googleapis.com/token"
    revoke_uri: str = "https://oauth2.googleapis.com/revoke"
    certs_url: str = "https://www.googleapis.com/oauth2/v1/certs"

    def flow(self, scopes: list[str], redirect_uri: str, **kwargs) -> Flow:
        config = {"web": {"client_id": self.client_id, "client_secret": self.client_secret,
                          "auth_uri": self.auth_uri, "token_uri": self.token_uri}}
        return Flow.from_client_config(config, scopes=scopes, redirect_uri=redirect_uri, **kwargs)


def redirect_uri(base_url: str) -> str:
    """The callback address; Google allows plain http only for a loopback host."""
    parsed = urlparse(base_url)
    if parsed.scheme != "https" and not (parsed.scheme == "http" and is_loopback(parsed.hostname or "")):
        raise ConnectRefused("AFTERVIEW_BASE_URL must be https (plain http only on a loopback address)")
    return base_url.rstrip("/") + CALLBACK_PATH


def is_loopback(host: str) -> bool:
    """Whether ``host`` is ``localhost`` or a loopback address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def authorization(client: GoogleClient, redirect_to: str, scopes: list[str]) -> tuple[str, str, str]:
    """Start a flow: the URL to send the user to, its ``state``, and the PKCE code verifier."""
    flow = client.flow(scopes, redirect_to, autogenerate_code_verifier=True)
    url, state = flow.authorization_url(access_type="offline", prompt="consent", include_granted_scopes="false")
    return url, state, flow.code_verifier


@dataclass(frozen=True)
class Grant:
    """What a completed flow gave: the account's verified address and subject, credentials."""

    email: str
    subject: str
    name: str
    credentials: dict
    scopes: tuple[str, ...]


def exchange_code(client: GoogleClient, redirect_to: str, scopes: list[str], state: str,
                  code_verifier: str, code: str) -> Grant:
    """Exchange the authorization code (with the PKCE verifier) and verify the ID token."""
    flow = client.flow(scopes, redirect_to, state=state, code_verifier=code_verifier)
    try:
        token = flow.fetch_token(code=code)
    except Warning as changed:  # the user granted fewer (or other) scopes than asked for
        token = changed.token
    except OAuth2Error as exc:
        raise ConnectRefused(f"Google refused the authorization ({exc.error})") from exc
    except requests.RequestException as exc:
        raise Unavailable(f"Google's token endpoint could not be reached ({exc.__class__.__name__})") from exc
    granted = _granted(token.get("scope"), scopes)
    if CALENDAR not in granted:
        raise ConnectRefused("Afterview needs to read your calendar events; allow that to connect")
    if not token.get("refresh_token"):
        raise ConnectRefused("Google gave no offline access; connect again and allow access")
    claims = verify_identity(client, token.get("id_token"))
    expiry = datetime.fromtimestamp(float(token["expires_at"]), UTC) if token.get("expires_at") else None
    credentials = {"token": token["access_token"], "refresh_token": token["refresh_token"],
                   "expiry": expiry.isoformat() if expiry else None, "scopes": list(granted)}
    return Grant(email=claims["email"].lower(), subject=str(claims["sub"]), name=str(claims.get("name", ""))[:200],
                 credentials=credentials, scopes=granted)


def _granted(value, requested: list[str]) -> tuple[str, ...]:
    """The scopes Google granted (the token response's ``scope``; absent means as requested)."""
    if isinstance(value, str):
        return tuple(value.split())
    return tuple(value) if value else tuple(requested)


def verify_identity(client: GoogleClient, token: str | None) -> dict:
    """The claims of a Google ID token after checking signature, audience, issuer, expiry."""
    if not token:
        raise ConnectRefused("Google sent no ID token (the openid scope is required)")
    try:
        claims = google_id_token.verify_token(token, google.auth.transport.requests.Request(),
                                              audience=client.client_id, certs_url=client.certs_url,
                                              clock_skew_in_seconds=30)
    except (ValueError, auth_exceptions.GoogleAuthError) as exc:
        raise ConnectRefused("Google's ID token could not be verified") from exc
    if claims.get("iss") not in ISSUERS:
        raise ConnectRefused("the ID token was not issued by Google")
    if not claims.get("email") or claims.get("email_verified") is False or not claims.get("sub"):
        raise ConnectRefused("Google did not confirm the account's address")
    return claims


def credentials_from(data: dict, client: GoogleClient) -> google.oauth2.credentials.Credentials:
    """google-auth credentials for stored ``data`` (refreshable with the client's secret)."""
    expiry = None
    if data.get("expiry"):
        expiry = datetime.fromisoformat(data["expiry"]).astimezone(UTC).replace(tzinfo=None)
    return google.oauth2.credentials.Credentials(
        token=data.get("token"), refresh_token=data.get("refresh_token"), token_uri=client.token_uri,
        client_id=client.client_id, client_secret=client.client_secret, expiry=expiry,
    )


def credentials_data(credentials, previous: dict) -> dict:
    """The stored form of ``credentials`` (after a refresh), keeping what Google did not resend."""
    expiry = credentials.expiry.replace(tzinfo=UTC).isoformat() if credentials.expiry else None
    return {**previous, "token": credentials.token, "expiry": expiry,
            "refresh_token": credentials.refresh_token or previous.get("refresh_token")}


def revoke(client: GoogleClient, data: dict, timeout: float = 10.0) -> None:
    """Revoke the grant at Google (the refresh token revokes it all); an unknown token is fine."""
    token = data.get("refresh_token") or data.get("token")
    if not token:
        return
    try:
        response = requests.post(client.revoke_uri, data={"token": token}, timeout=timeout,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    except requests.RequestException as exc:
        raise Unavailable(f"Google's revocation endpoint could not be reached ({exc.__class__.__name__})") from exc
    if response.status_code >= 500:
        raise Unavailable(f"Google's revocation endpoint answered {response.status_code}")
    # 200: revoked; 400 invalid_token: already revoked or expired -- either way nothing is left
