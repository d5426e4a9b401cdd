"""Afterview's exceptions: one tree under ``AfterviewError``.

Every error Afterview raises on purpose is in this tree, and its message is written for whoever
reads it (the user, or the person running the service). Errors of the libraries underneath
(google-api-python-client, google-auth, msal, requests, icalendar, PyJWT) are converted where those
libraries are called, with ``raise ... from exc``, so the rest of the code catches only these.

The tree sits in ``providers``, the innermost package, so that every package can import it without
breaking the dependency rule: ``providers.base`` re-exports the provider errors, ``notes.errors``
the errors use cases raise. Two adapters keep a subclass of their own, and detection one for each of
its data files, named by module below.

Exception tree::

    AfterviewError                anything Afterview raises on purpose
     +-- NotFound                 no such thing for this user (never says whether it exists for another)
     +-- InvalidInput             the request itself is wrong; the message says how
     +-- Conflict                 the thing is in a state that does not allow the change
     +-- ConfigError              a setting is missing or wrong; the message names it
     |    +-- TokenKeyError       the token key is missing, malformed, or opens nothing stored (a ValueError too)
     |    +-- detection.lexicon.VocabularyError  a detection vocabulary file is malformed (a ValueError too)
     |    +-- detection.model.WeightsError       detection's weights file is malformed (a ValueError too)
     +-- Unverified               an inbound token is missing, malformed, forged, expired or for someone else
     |    +-- TokenRefused        an Outlook add-in's Entra access token, or its user, is not accepted
     +-- ConnectProblem           connecting an account cannot go on; shown to the user with an HTTP status
     +-- ProviderError            anything that went wrong talking to a provider
          +-- CalendarInvalid     the calendar data itself is malformed (bad .ics)
          +-- AuthExpired         the grant is revoked or expired; the user must reconnect
          +-- RateLimited         the provider asked us to slow down (``retry_after`` seconds)
          +-- CursorExpired       the sync cursor is no longer valid; a full resync is needed
          +-- Unavailable         network failure or 5xx; the work stays due and is retried
          |    +-- CertsUnavailable  Google's signing certificates cannot be fetched: nothing can be verified
          +-- PermissionMissing   the grant lacks a scope this needs; reconnecting can add it
          +-- ConnectRefused      a sign-in could not be completed (state, consent, offline access, ID token)
          +-- SenderUnknown       Gmail did not say who sent the message the user opened
          +-- google.http.Missing        Google answered 404: a deleted draft, a stopped channel
          +-- microsoft.graph.GraphFailure  Graph refused for a reason of its own (its status and code)
"""
from __future__ import annotations


class AfterviewError(Exception):
    """Base of every error Afterview raises on purpose."""


# --------------------------------------------------------------------------- what use cases raise


class NotFound(AfterviewError):
    """Nothing with that id belongs to this user."""


class InvalidInput(AfterviewError):
    """The input is not acceptable; the message says what to change."""


class Conflict(AfterviewError):
    """The change does not fit the current state (e.g. editing a sent note)."""


# --------------------------------------------------------------------------- configuration


class ConfigError(AfterviewError):
    """A required setting is missing or wrong; the message names the variable."""


class TokenKeyError(ConfigError, ValueError):
    """The token key setting is missing or not a valid Fernet key, or no key opens a stored value."""


# --------------------------------------------------------------------------- inbound requests


class Unverified(AfterviewError):
    """The token is missing, malformed, forged, expired or meant for someone else."""


class TokenRefused(Unverified):
    """The token is not one Afterview accepts; the message says why (for the log, never the caller)."""


class ConnectProblem(AfterviewError):
    """Connecting cannot go on; the message is shown to the user as it is, with ``status``."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# --------------------------------------------------------------------------- providers


class ProviderError(AfterviewError):
    """Base of every error raised by a provider adapter.

    ``retry_after`` is how many seconds the provider asked us to wait, when it said (``None``
    otherwise), so callers can read it on any provider error.
    """

    retry_after: float | None = None


class CalendarInvalid(ProviderError):
    """The calendar data is malformed; the message names what is wrong."""


class AuthExpired(ProviderError):
    """The account's grant was revoked or can no longer be refreshed."""


class RateLimited(ProviderError):
    """The provider throttled us; retry no sooner than ``retry_after`` seconds."""

    def __init__(self, message: str = "rate limited", retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class CursorExpired(ProviderError):
    """The stored sync cursor is no longer accepted; start over with a full sync."""


class Unavailable(ProviderError):
    """The provider could not be reached or failed on its side (network, 5xx)."""


class CertsUnavailable(Unavailable):
    """Google's certificates could not be fetched: nothing can be verified right now."""


class PermissionMissing(ProviderError):
    """The account was connected without the scope this needs (drafts or nudges turned on later)."""


class ConnectRefused(ProviderError):
    """The sign-in could not be completed (state or nonce mismatch, refused consent, no offline access,
    an ID token that does not verify); the message says why, for the user."""


class SenderUnknown(ProviderError):
    """Gmail did not tell who sent the message (missing token, revoked scope, Gmail down)."""
