"""Connectors, every implementation: a complete ``Connector`` that says what its provider offers,
and means it, so no caller has to probe for what a connector has."""
from __future__ import annotations

import pytest

from providers.base import Connector


def test_a_connector_offers_what_it_builds(backend):
    connector = backend.connector
    assert isinstance(connector, Connector)
    assert connector.offers_mailbox == (connector.mailbox(backend.connection) is not None)
    assert connector.offers_push == (connector.watcher(backend.connection) is not None)
    assert (connector.offers_mailbox, connector.offers_push) == {
        "memory": (True, True), "ics": (False, False), "google": (True, True), "microsoft": (True, True)}[backend.name]


@pytest.mark.parametrize("backend", ["ics", "microsoft"], indirect=True)
def test_revoking_where_the_provider_has_nothing_to_withdraw_is_no_error(backend, window):
    backend.connector.revoke(backend.connection)


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
