"""Microsoft Graph v1.0 over HTTP: the one request path every Graph call of Afterview takes.

What it does for every caller:

- adds the account's bearer token, and after a ``401`` asks once for a fresh one;
- ``429`` becomes ``RateLimited`` carrying ``Retry-After`` (a throttled request was not done);
- ``5xx`` and network failures of idempotent requests are retried a few times with an
  injectable ``sleep``, then become ``Unavailable`` (the work stays due); a request that is not
  idempotent (creating a draft, sending mail, creating a subscription) is never repeated here;
- links returned by Graph (``@odata.nextLink``, ``@odata.deltaLink``) are followed only on the
  configured Graph host, so a bearer token never leaves for another address.

Everything else is answered as it came; ``raise_for`` turns an unexpected answer into a
``GraphFailure`` naming Graph's own error code.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

import requests

from ..base import AuthExpired, ProviderError, RateLimited, Unavailable

TIMEOUT = 30
RETRIES = 3
MAX_RETRY_WAIT = 30.0  # seconds slept inside one request at most, per retry
IDEMPOTENT = frozenset({"GET", "PUT", "PATCH", "DELETE"})
IMMUTABLE_IDS = 'IdType="ImmutableId"'

TokenSource = Callable[[bool], str]  # force_refresh -> access token


class GraphFailure(ProviderError):
    """Graph refused a request for a reason of its own (``status`` and Graph's error ``code``)."""

    def __init__(self, message: str, status: int = 0, code: str = ""):
        super().__init__(message)
        self.status = status
        self.code = code


def error_code(response: requests.Response) -> tuple[str, str]:
    """Graph's ``error.code`` and ``error.message`` of an error answer (empty when absent)."""
    try:
        error = response.json().get("error") or {}
    except ValueError:
        return "", ""
    if not isinstance(error, dict):
        return str(error), ""
    return str(error.get("code") or ""), str(error.get("message") or "")[:300]


def retry_after(response: requests.Response) -> float | None:
    """The ``Retry-After`` header in seconds (Graph sends whole seconds), if any."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(float(value), 0.0) if value else None
    except ValueError:
        return None


def new_session(pool_size: int = 32) -> requests.Session:
    """A ``requests`` session with a connection pool sized for concurrent syncs.

    ``requests`` reads proxy and certificate settings from the environment on every request,
    which costs more CPU than the rest of a sync request; without proxy settings the session
    reads the certificate bundle (``REQUESTS_CA_BUNDLE``, ``CURL_CA_BUNDLE``) once, here.
    """
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=pool_size)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    if not any(name.lower().endswith("_proxy") for name in os.environ):
        session.trust_env = False
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    return session


class GraphClient:
    """Requests to Microsoft Graph for one account (``token`` gives its access tokens)."""

    def __init__(
        self,
        root: str,
        token: TokenSource,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = RETRIES,
        timeout: float = TIMEOUT,
    ):
        self.root = root.rstrip("/") + "/"
        self._origin = _origin(self.root)
        self._token = token
        self._session = session or new_session()
        self._sleep = sleep
        self._retries = retries
        self._timeout = timeout

    def url(self, path: str) -> str:
        """An absolute URL for ``path`` (relative to the Graph root, or a link Graph returned)."""
        if "://" not in path:
            return self.root + path.lstrip("/")
        if _origin(path) != self._origin or not path.startswith(self.root.rstrip("/")):
            raise ProviderError("Microsoft Graph returned a link outside its own address; refusing to follow it")
        return path

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict | None = None,
        body: dict | None = None,
        prefer: Iterable[str] = (),
        headers: dict | None = None,
        retry: bool | None = None,
    ) -> requests.Response:
        """Send one request; returns the answer unless it was throttled, failed or unauthorised."""
        url = self.url(path)
        attempts = 1 + (self._retries if (method in IDEMPOTENT if retry is None else retry) else 0)
        fresh_token, attempt = False, 0
        while True:
            attempt += 1
            try:
                response = self._session.request(method, url, params=params, json=body, timeout=self._timeout,
                                                 headers=self._headers(fresh_token, prefer, headers))
            except requests.RequestException as exc:
                if attempt < attempts:
                    self._sleep(_backoff(attempt))
                    continue
                raise Unavailable(f"Microsoft Graph could not be reached ({exc.__class__.__name__})") from exc
            if response.status_code == 401 and not fresh_token:
                fresh_token, attempt = True, attempt - 1  # revoked early? one try with a fresh token
                continue
            if response.status_code >= 500 and attempt < attempts:
                self._sleep(min(retry_after(response) or _backoff(attempt), MAX_RETRY_WAIT))
                continue
            return _checked(response)

    def json(self, method: str, path: str, **kwargs) -> dict:
        """``request`` for an answer that must be a 2xx JSON object."""
        response = self.request(method, path, **kwargs)
        raise_for(response, f"{method} {path.split('?')[0][:80]}")
        try:
            data = response.json()
        except ValueError as exc:
            raise ProviderError("Microsoft Graph answered something that is not JSON") from exc
        if not isinstance(data, dict):
            raise ProviderError("Microsoft Graph answered an unexpected JSON shape")
        return data

    def _headers(self, fresh: bool, prefer: Iterable[str], extra: dict | None) -> dict:
        headers = {"Authorization": f"Bearer {self._token(fresh)}", "Accept": "application/json"}
        prefer = [p for p in prefer if p]
        if prefer:
            headers["Prefer"] = ", ".join(prefer)
        headers.update(extra or {})
        return headers


def _checked(response: requests.Response) -> requests.Response:
    """``response`` unless it says the token is refused (401), throttled (429) or failed (5xx)."""
    if response.status_code == 401:
        code, message = error_code(response)
        raise AuthExpired(f"Microsoft Graph refused the token ({code or 401}: {message})")
    if response.status_code == 429:
        raise RateLimited("Microsoft Graph is throttling this account", retry_after=retry_after(response))
    if response.status_code >= 500:
        code, _ = error_code(response)
        raise Unavailable(f"Microsoft Graph answered HTTP {response.status_code} {code}".strip())
    return response


def raise_for(response: requests.Response, what: str) -> None:
    """Raise ``GraphFailure`` (with Graph's error code) unless ``response`` is a success."""
    if response.status_code < 400:
        return
    code, message = error_code(response)
    raise GraphFailure(f"{what}: HTTP {response.status_code} {code} {message}".strip(), response.status_code, code)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _backoff(attempt: int) -> float:
    return min(0.5 * 2 ** (attempt - 1), MAX_RETRY_WAIT)
