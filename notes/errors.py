"""Errors the use cases raise for the entry points to turn into answers.

    AfterviewError
     +-- NotFound       no such thing for this user (never says whether it exists for another)
     +-- InvalidInput   the request itself is wrong; the message says how
     +-- Conflict       the thing is in a state that does not allow the change
"""


class AfterviewError(Exception):
    """Base of the errors raised by ``notes``."""


class NotFound(AfterviewError):
    """Nothing with that id belongs to this user."""


class InvalidInput(AfterviewError):
    """The input is not acceptable; the message says what to change."""


class Conflict(AfterviewError):
    """The change does not fit the current state (e.g. editing a sent note)."""
