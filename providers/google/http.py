"""How Afterview talks HTTP to Google: a pooled transport, bounded retries, errors mapped.

``PooledHttp`` gives google-api-python-client (and google-auth-httplib2, which refreshes the
tokens through it) the ``httplib2.Http.request`` interface over one shared urllib3 pool,
so thousands of accounts reuse a few kept-alive connections instead of one TLS handshake each.

``Retrier.execute`` runs one API request: rate limits (429, and 403 with ``rateLimitExceeded``
or ``userRateLimitExceeded``) and, for idempotent requests, 5xx and network failures are
retried with jittered exponential backoff that honours ``Retry-After``; the attempts and the
total sleep are bounded (a tick must not block for minutes) and the sleep is injectable. What
remains is raised as the ``providers.base`` error tree; ``Missing`` (404) is this adapter's own.
"""
from __future__ import annotations

import json
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import certifi
import httplib2
import requests
import urllib3
from google.auth import exceptions as auth_exceptions
from googleapiclient.errors import HttpError

from ..base import AuthExpired, CursorExpired, ProviderError, RateLimited, Unavailable

RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}
DAILY_REASONS = {"dailyLimitExceeded", "quotaExceeded"}
DAILY_WAIT = 3600.0


class Missing(ProviderError):
    """The thing asked for does not exist at Google (404): a deleted draft, a stopped channel."""


class PooledHttp:
    """``httplib2.Http``'s ``request`` over one shared, thread-safe urllib3 connection pool.

    The CA bundle (``REQUESTS_CA_BUNDLE`` or ``SSL_CERT_FILE``, else certifi's) and an
    ``HTTPS_PROXY`` are read from the environment once, when the pool is made.
    """

    def __init__(self, pool_size: int = 32, timeout: float = 20.0):
        self.timeout = timeout
        ca_certs = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE") or certifi.where()
        options = {"num_pools": 8, "maxsize": max(pool_size, 1), "cert_reqs": "CERT_REQUIRED", "ca_certs": ca_certs,
                   "timeout": urllib3.Timeout(total=timeout), "retries": False}
        self._direct = urllib3.PoolManager(**options)
        proxy = getproxies().get("https")
        self._proxied = urllib3.ProxyManager(proxy, **options) if proxy else None
        self._bypass: dict[str, bool] = {}
        self.follow_redirects = False
        self.redirect_codes = frozenset()

    def request(self, uri, method="GET", body=None, headers=None, redirections=5, connection_type=None):
        """Send one request; returns ``(httplib2.Response, content)`` like ``httplib2.Http``."""
        response = self._pool(uri).request(method, uri, body=body, headers=headers, redirect=False)
        info = {key.lower(): value for key, value in response.headers.items()}
        info["status"] = str(response.status)
        return httplib2.Response(info), response.data

    def _pool(self, uri: str):
        if self._proxied is None:
            return self._direct
        host = urlsplit(uri).hostname or ""
        if host not in self._bypass:
            self._bypass[host] = bool(proxy_bypass(host))
        return self._direct if self._bypass[host] else self._proxied

    def close(self) -> None:
        """The pool is shared by every account: it stays open."""


@dataclass
class Retrier:
    """Runs API requests with bounded, jittered retries (``sleep`` is injectable)."""

    attempts: int = 4
    base_delay: float = 0.5
    max_total_sleep: float = 8.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = field(default_factory=lambda: random.SystemRandom().random)
    slept: float = 0.0  # total slept so far (a figure for tests and benchmarks)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def execute(self, request, http, idempotent: bool = True):
        """``request.execute(http=http)`` with retries; raises the ``providers.base`` errors."""
        slept = 0.0
        for attempt in range(self.attempts):
            try:
                return request.execute(http=http, num_retries=0)
            except Exception as exc:  # every failure is mapped to the provider error tree
                error = provider_error(exc)
                wait = self._wait(error, attempt, idempotent)
                if wait is None or slept + wait > self.max_total_sleep:
                    raise error from exc
            self.sleep(wait)
            slept += wait
            with self._lock:
                self.slept += wait
        raise AssertionError("unreachable")  # the last attempt always returns or raises

    def _wait(self, error: ProviderError, attempt: int, idempotent: bool) -> float | None:
        retryable = isinstance(error, RateLimited) or (idempotent and isinstance(error, Unavailable))
        if not retryable or attempt + 1 >= self.attempts:
            return None
        backoff = self.base_delay * (2 ** attempt) * (0.5 + self.jitter() / 2)
        hinted = error.retry_after or 0.0
        if hinted:  # never sooner than Google asked, a little jitter so accounts do not return together
            return max(backoff, hinted + self.jitter() * self.base_delay / 2)
        return backoff


def provider_error(exc: BaseException) -> ProviderError:
    """The ``providers.base`` error for a failure of the Google client libraries."""
    if isinstance(exc, ProviderError):
        return exc
    if isinstance(exc, HttpError):
        return _http_error(exc)
    if isinstance(exc, auth_exceptions.RefreshError):
        return refresh_error(exc)
    if isinstance(exc, (auth_exceptions.TransportError, urllib3.exceptions.HTTPError, requests.RequestException,
                        httplib2.HttpLib2Error, OSError)):
        return Unavailable(f"Google could not be reached ({exc.__class__.__name__})")
    return ProviderError(f"unexpected answer from Google ({exc.__class__.__name__}: {str(exc)[:200]})")


def refresh_error(exc: auth_exceptions.RefreshError) -> ProviderError:
    """A failed token refresh: ``invalid_grant`` means the user must reconnect."""
    details = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    if details.get("error") == "invalid_grant" or "invalid_grant" in str(exc.args[0] if exc.args else ""):
        return AuthExpired("Google no longer accepts this account's grant (invalid_grant): reconnect it")
    if getattr(exc, "retryable", False):
        return Unavailable("Google's token endpoint failed; will retry")
    return ProviderError(f"token refresh failed: {str(exc.args[0] if exc.args else exc)[:200]}")


def _http_error(exc: HttpError) -> ProviderError:
    status = int(exc.resp.status)
    reason, message = error_reason(exc.content)
    retry_after = retry_after_seconds(exc.resp.get("retry-after"))
    described = f"Google answered {status}" + (f" ({reason})" if reason else "")
    if status == 401:
        return AuthExpired(f"{described}: the account's token is not accepted")
    if status == 429 or (status == 403 and reason in RATE_REASONS):
        return RateLimited(described, retry_after)
    if status == 403 and reason in DAILY_REASONS:
        return RateLimited(described, max(retry_after or 0.0, DAILY_WAIT))
    if status == 410:
        return CursorExpired(f"{described}: {message or 'full sync required'}")
    if status == 404:
        return Missing(described)
    if status >= 500:
        return Unavailable(described)
    return ProviderError(f"{described}: {message}"[:500])


def error_reason(content: bytes | str | None) -> tuple[str, str]:
    """The ``reason`` and message of a Google JSON error body (both formats), or empty strings."""
    try:
        error = json.loads(content or b"{}").get("error", {})
    except (ValueError, AttributeError):
        return "", ""
    if not isinstance(error, dict):
        return str(error), ""
    reasons = [e.get("reason", "") for e in error.get("errors", []) if isinstance(e, dict)]
    reasons += [d.get("reason", "") for d in error.get("details", []) if isinstance(d, dict)]
    reason = next((r for r in reasons if r in RATE_REASONS | DAILY_REASONS), next((r for r in reasons if r), ""))
    return reason, str(error.get("message", ""))[:300]


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
