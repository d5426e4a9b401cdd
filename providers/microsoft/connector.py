"""Microsoft accounts (work, school and Outlook.com): msal for sign-in, Graph v1.0 for the rest.

``MicrosoftConnector`` builds, for one stored connection, the calendar
(``calendar``), the mailbox (``mail``) and the push watcher
(``watch``), all over one ``GraphClient`` (``graph``) whose tokens come from
the account's own msal token cache (``auth``). The connect flow's two halves are
``begin_connect`` and ``finish_connect``; keeping the flow between them is the caller's job.

A connection's credentials are ``{"cache": <msal token cache>, "home_account_id": ...}``; its
settings carry the granted ``scopes``: without ``Mail.ReadWrite`` there is no mailbox, without
``Mail.Send`` no nudge by mail.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import requests

from ..base import Connection, Connector
from .auth import (
    MAIL_SCOPE,
    SEND_SCOPE,
    AccountTokens,
    ConnectRefused,
    EntraApp,
    Grant,
    scopes_for,
    short_scopes,
)
from .calendar import MicrosoftCalendar
from .graph import GraphClient, new_session
from .mail import MicrosoftMailbox
from .watch import MicrosoftWatcher

__all__ = ["MicrosoftConnector", "ConnectRefused", "Grant", "scopes_for"]


class MicrosoftConnector(Connector):
    """Builds the Graph adapters of Microsoft accounts; one per process, shared by all threads."""

    offers_mailbox = True
    offers_push = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        authority: str = "https://login.microsoftonline.com/common",
        graph_root: str = "https://graph.microsoft.com/v1.0/",
        http: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] | None = None,
        page_size: int | None = None,
    ):
        self.http = http or new_session()
        self.app = EntraApp(client_id, client_secret, authority, self.http)
        self.graph_root = graph_root
        self._sleep = sleep
        self._clock = clock
        self._page_size = page_size

    @classmethod
    def from_config(cls, config, clock: Callable[[], datetime] | None = None) -> MicrosoftConnector:
        """The connector for Afterview's configuration (``MS_*``, ``GRAPH_API_ROOT``)."""
        return cls(config["MS_CLIENT_ID"], config.get("MS_CLIENT_SECRET") or "", config["MS_AUTHORITY"],
                   config["GRAPH_API_ROOT"], clock=clock)

    # ------------------------------------------------------------------ connecting

    def begin_connect(self, options: dict, redirect_uri: str) -> dict:
        """msal's flow for a new sign-in asking for the scopes ``options`` need
        (``drafts``, ``nudges``); send the user to ``flow["auth_uri"]``."""
        scopes = scopes_for(bool(options.get("drafts")), bool(options.get("nudges")))
        return self.app.begin(scopes, redirect_uri)

    def finish_connect(self, flow: dict, answer: dict) -> Grant:
        """The grant from the authority's ``answer`` to ``flow``; ``ConnectRefused`` if it fails."""
        return self.app.finish(flow, answer)

    def mailbox_address(self, grant: Grant) -> str:
        """The mailbox's own address (``/me``'s ``mail``), else the sign-in name."""
        connection = Connection("microsoft", grant.email, dict(grant.credentials))
        me = self._graph(connection, ["User.Read"]).json("GET", "me", params={"$select": "mail,userPrincipalName"})
        mail = str(me.get("mail") or "").strip().lower()
        return mail if "@" in mail else grant.email

    # ------------------------------------------------------------------ adapters

    def calendar(self, connection: Connection) -> MicrosoftCalendar:
        graph = self._graph(connection, ["Calendars.Read"])
        if self._page_size:
            return MicrosoftCalendar(graph, connection.external_id, self._page_size)
        return MicrosoftCalendar(graph, connection.external_id)

    def mailbox(self, connection: Connection) -> MicrosoftMailbox | None:
        granted = granted_scopes(connection)
        if MAIL_SCOPE not in granted:
            return None
        scopes = [MAIL_SCOPE] + ([SEND_SCOPE] if SEND_SCOPE in granted else [])
        return MicrosoftMailbox(self._graph(connection, scopes), connection.external_id,
                                can_send=SEND_SCOPE in granted)

    def watcher(self, connection: Connection) -> MicrosoftWatcher:
        return MicrosoftWatcher(self._graph(connection, ["Calendars.Read"]), self._clock)

    def revoke(self, connection: Connection) -> None:
        """Nothing to call: the Microsoft identity platform has no endpoint that withdraws one
        application's grant (Graph's ``revokeSignInSessions`` would sign the user out of every
        application). Deleting the account's token cache is what ends Afterview's access; the
        consent stays listed in the user's account until they remove it there."""

    def _graph(self, connection: Connection, scopes: list[str]) -> GraphClient:
        tokens = AccountTokens(self.app, connection, scopes)
        return GraphClient(self.graph_root, tokens, self.http, sleep=self._sleep)


def granted_scopes(connection: Connection) -> set[str]:
    """The Graph scopes the account granted (short names)."""
    return set(short_scopes(connection.settings.get("scopes") or ""))
