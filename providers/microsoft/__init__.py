"""Microsoft accounts as a provider: the connector (``connector``), msal sign-in (``auth``), the Graph
client (``graph``), the calendar (``calendar``, with ``events`` normalising Graph's events), the
mailbox (``mail``) and the push watcher (``watch``)."""
from .connector import MicrosoftConnector

__all__ = ["MicrosoftConnector"]
