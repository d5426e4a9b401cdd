"""Signing in with Microsoft (Entra ID) through msal, and the access tokens of each account.

Connecting uses msal's auth code flow (``initiate_auth_code_flow`` /
``acquire_token_by_auth_code_flow``): msal generates the state, the PKCE verifier and the
nonce, and checks them when the answer comes back. The caller keeps the flow dictionary
server-side between the two steps. Each account has its own msal ``SerializableTokenCache``,
kept (encrypted by the caller) in the account's credentials and written back only when msal
changed it; background work gets its tokens with ``acquire_token_silent``.

This module knows nothing of Flask or the store: it takes and returns plain dictionaries.
"""
from __future__ import annotations

import importlib.util
import queue
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import msal
import requests

from ..base import AuthExpired, Connection, ProviderError, Unavailable
from ..errors import ConnectRefused

BASE_SCOPES = ("User.Read", "Calendars.Read")  # who the user is; their calendar
MAIL_SCOPE = "Mail.ReadWrite"  # drafts, and the sent-check that stops reminders
SEND_SCOPE = "Mail.Send"  # nudges to the user's own address
GRAPH_PREFIX = "https://graph.microsoft.com/"
# msal errors (and suberrors) that mean only the user can fix the grant by signing in again
REAUTH_ERRORS = frozenset({"invalid_grant", "interaction_required", "consent_required", "login_required"})
REAUTH_SUBERRORS = frozenset({"basic_action", "additional_action", "consent_required", "user_password_expired",
                              "bad_token", "token_expired", "client_mismatch", "device_authentication_failed"})


def _remember_absent_msal_extensions() -> None:
    """msal checks for its optional msal-extensions package every time a client is built (one per
    account sync). When the package is not installed, each of those failed imports searched
    ``sys.path`` under the interpreter's import lock: 15% of a sync round's time, across threads.
    A ``None`` entry in ``sys.modules`` is Python's own record of "not importable"."""
    if "msal_extensions" not in sys.modules and importlib.util.find_spec("msal_extensions") is None:
        sys.modules["msal_extensions"] = None


_remember_absent_msal_extensions()


def scopes_for(drafts: bool, nudges: bool) -> list[str]:
    """The least Graph scopes for what the user turned on: mailbox scopes only when asked.

    A reminder is only polite when Afterview can see that the note was sent, so nudges bring
    the sent-check (``Mail.ReadWrite``) along with ``Mail.Send``.
    """
    scopes = list(BASE_SCOPES)
    if drafts or nudges:
        scopes.append(MAIL_SCOPE)
    if nudges:
        scopes.append(SEND_SCOPE)
    return scopes


def short_scopes(scope: str | list | None) -> list[str]:
    """Granted scopes in their short form (``Mail.Send``), without the OpenID ones."""
    items = scope.split() if isinstance(scope, str) else list(scope or ())
    names = [s[len(GRAPH_PREFIX):] if s.lower().startswith(GRAPH_PREFIX) else s for s in items]
    return sorted({n for n in names if n and n not in ("openid", "profile", "offline_access", "email")})


@dataclass(frozen=True)
class Grant:
    """A completed sign-in: who signed in, the address of their mailbox, and the credentials."""

    subject: str  # "<tid>:<oid>", stable per user and tenant
    email: str
    name: str
    scopes: tuple[str, ...]
    credentials: dict  # {"cache": serialized msal token cache, "home_account_id": ...}


class EntraApp:
    """Afterview's Entra app registration as msal sees it (one per process).

    ``instance_discovery`` is off: the authority is the operator's own configuration, and the
    well-known Microsoft hosts skip it anyway. msal keeps the authority's discovery document in
    an ``http_cache``; each cache is lent to one msal client at a time, so concurrent syncs
    never share one and the discovery request is made once per cache, not once per account.
    """

    def __init__(self, client_id: str, client_secret: str, authority: str,
                 http: requests.Session | None = None):
        self.client_id = client_id
        self._secret = client_secret
        self.authority = authority.rstrip("/")
        self.http = http or requests.Session()
        self._http_caches: queue.SimpleQueue = queue.SimpleQueue()

    @contextmanager
    def client(self, cache: msal.TokenCache | None = None) -> Iterator[msal.ConfidentialClientApplication]:
        """An msal client over ``cache`` (``Unavailable`` when the authority cannot be read)."""
        try:
            http_cache = self._http_caches.get_nowait()
        except queue.Empty:
            http_cache = {}
        try:
            try:
                app = msal.ConfidentialClientApplication(
                    self.client_id, client_credential=self._secret, authority=self.authority,
                    token_cache=cache, http_client=self.http, http_cache=http_cache, instance_discovery=False,
                )
            except (requests.RequestException, ValueError) as exc:  # msal: discovery document unreadable
                raise Unavailable(f"Microsoft sign-in could not be reached ({_short(exc)})") from exc
            yield app
        finally:
            self._http_caches.put(http_cache)

    def begin(self, scopes: list[str], redirect_uri: str, login_hint: str | None = None) -> dict:
        """Start a sign-in: msal's flow dictionary (keep it server-side; send the user to
        ``flow["auth_uri"]``). The answer comes back as a form post."""
        with self.client() as app:
            return app.initiate_auth_code_flow(
                scopes, redirect_uri=redirect_uri, login_hint=login_hint,
                prompt="select_account", response_mode="form_post",
            )

    def finish(self, flow: dict, answer: dict) -> Grant:
        """Complete a sign-in from the authority's ``answer`` (state, PKCE and nonce checked by msal)."""
        cache = msal.SerializableTokenCache()
        try:
            with self.client(cache) as app:
                result = app.acquire_token_by_auth_code_flow(flow, answer)
                accounts = app.get_accounts()
        except requests.RequestException as exc:
            raise Unavailable(f"Microsoft sign-in could not be reached ({_short(exc)})") from exc
        except ValueError as exc:  # msal: state mismatch or a malformed answer
            raise ConnectRefused(f"the sign-in answer does not match this sign-in ({exc.__class__.__name__})") from exc
        except RuntimeError as exc:  # msal: the ID token's nonce is not ours
            raise ConnectRefused("the sign-in answer failed its replay check") from exc
        if "error" in result:
            raise ConnectRefused(_describe(result))
        return self._grant(result, accounts, cache)

    def _grant(self, result: dict, accounts: list[dict], cache: msal.SerializableTokenCache) -> Grant:
        claims = result.get("id_token_claims") or {}
        if claims.get("aud") not in (None, self.client_id):
            raise ConnectRefused("the sign-in answer was issued for another application")
        tid, oid = claims.get("tid"), claims.get("oid")
        email = str(claims.get("preferred_username") or claims.get("email") or "").strip().lower()
        if not tid or not oid or "@" not in email:
            raise ConnectRefused("Microsoft did not say who signed in (no tid, oid or address)")
        home = next((a["home_account_id"] for a in accounts if a.get("local_account_id") == oid),
                    accounts[0]["home_account_id"] if accounts else f"{oid}.{tid}")
        return Grant(
            subject=f"{tid}:{oid}", email=email, name=str(claims.get("name") or "")[:200],
            scopes=tuple(short_scopes(result.get("scope"))),
            credentials={"cache": cache.serialize(), "home_account_id": home},
        )


class AccountTokens:
    """Access tokens for one connected account, from its own token cache.

    Call it (``tokens(force_refresh)``) for a token; it refreshes through msal when needed and
    hands the changed cache to ``connection.save_credentials`` only when msal changed it.
    """

    def __init__(self, app: EntraApp, connection: Connection, scopes: list[str]):
        self._app = app
        self._connection = connection
        self._scopes = scopes
        self._cache = msal.SerializableTokenCache()
        self._cache.deserialize(connection.credentials.get("cache") or None)
        self._home = connection.credentials.get("home_account_id")

    def __call__(self, force_refresh: bool = False) -> str:
        with self._app.client(self._cache) as app:
            account = next((a for a in app.get_accounts() if a.get("home_account_id") == self._home), None)
            if account is None:
                raise AuthExpired("no Microsoft sign-in is stored for this account; reconnect it")
            try:
                result = app.acquire_token_silent_with_error(self._scopes, account, force_refresh=force_refresh)
            except (requests.RequestException, ValueError) as exc:  # network, or an answer that is not JSON
                raise Unavailable(f"Microsoft sign-in could not be reached ({_short(exc)})") from exc
            finally:
                self._keep()
        if not result:
            raise AuthExpired("the stored Microsoft sign-in has no usable token; reconnect it")
        if "error" in result:
            raise _token_error(result)
        return result["access_token"]

    def _keep(self) -> None:
        if self._cache.has_state_changed:
            credentials = dict(self._connection.credentials, cache=self._cache.serialize())
            self._connection.save_credentials(credentials)


def _token_error(result: dict) -> ProviderError:
    if result.get("error") in REAUTH_ERRORS or result.get("suberror") in REAUTH_SUBERRORS:
        return AuthExpired(_describe(result))
    return Unavailable(_describe(result))


def _describe(result: dict) -> str:
    description = str(result.get("error_description") or "").splitlines()
    first = description[0][:200] if description else ""
    suberror = f" ({result['suberror']})" if result.get("suberror") else ""
    return f"{result.get('error')}{suberror}: {first}".strip()


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {text[0][:160]}" if text else exc.__class__.__name__
