"""Every provider's connector is a complete ``Connector``: it says whether it offers mailboxes and
push, and it can revoke, so no caller has to probe for what a connector has."""
from __future__ import annotations

import pytest

from providers.base import Connector
from providers.google import GoogleConnector
from providers.google.auth import GoogleClient
from providers.ics import IcsConnector
from providers.microsoft import MicrosoftConnector


@pytest.mark.parametrize("build, mailbox, push", [
    (lambda: IcsConnector(), False, False),
    (lambda: GoogleConnector(GoogleClient("client-id", "client-secret")), True, True),
    (lambda: MicrosoftConnector("client-id", "client-secret"), True, True),
], ids=["ics", "google", "microsoft"])
def test_each_connector_is_complete_and_says_what_it_offers(build, mailbox, push):
    connector = build()  # an abstract member left out would make this raise TypeError
    assert isinstance(connector, Connector)
    assert (connector.offers_mailbox, connector.offers_push) == (mailbox, push)
    assert callable(connector.revoke)


def test_a_connector_missing_a_member_cannot_be_built():
    class Incomplete(Connector):
        offers_mailbox = offers_push = False

        def calendar(self, connection):
            raise AssertionError

        def mailbox(self, connection):
            return None

        def watcher(self, connection):
            return None

    with pytest.raises(TypeError, match="revoke"):
        Incomplete()
