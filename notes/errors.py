"""Errors the use cases raise for the entry points to turn into answers.

They are the domain's part of Afterview's one exception tree (``providers.errors`` draws all of
it), re-exported here so that ``notes`` and its callers name them from the domain::

    AfterviewError
     +-- NotFound       no such thing for this user (never says whether it exists for another)
     +-- InvalidInput   the request itself is wrong; the message says how
     +-- Conflict       the thing is in a state that does not allow the change
"""
from providers.errors import AfterviewError, Conflict, InvalidInput, NotFound

__all__ = ["AfterviewError", "Conflict", "InvalidInput", "NotFound"]
