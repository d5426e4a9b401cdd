"""Google as a provider: the connector (``connector``), OAuth and credentials (``auth``), Calendar v3
(``calendar``), Gmail v1 (``mail``), and the pooled, retrying transport under both (``http``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .connector import GoogleConnector

__all__ = ["GoogleConnector"]


def __getattr__(name: str):
    # Every app loads ``auth`` (the connect routes); the connector brings google-api-python-client
    # with it (about 55 ms), so it loads when first asked for, as when Google is configured.
    if name == "GoogleConnector":
        from .connector import GoogleConnector

        return GoogleConnector
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
