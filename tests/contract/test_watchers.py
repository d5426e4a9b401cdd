"""Watchers, every implementation with push: a watch notifies its address with its secret when the
calendar changes, until it is stopped; a renewal overlaps the old watch, then only the new one is
heard; stopping a watch that is gone is no error."""
from __future__ import annotations

import secrets

import pytest

from .backends import Invitation
from .conftest import WATCHERS

pytestmark = pytest.mark.parametrize("backend", WATCHERS, indirect=True)


def watcher(backend):
    found = backend.connector.watcher(backend.connection)
    assert found is not None
    return found


def test_a_change_reaches_the_address_with_the_secret(backend, clock, soon):
    secret = secrets.token_urlsafe(32)
    watch = watcher(backend).start(backend.watch_address(), secret)
    assert watch.id and watch.expires_at > clock()
    assert backend.change_notified(Invitation("iv-1", soon)) == [secret]


def test_a_stopped_watch_hears_nothing_and_stopping_it_again_is_no_error(backend, soon):
    watches = watcher(backend)
    watch = watches.start(backend.watch_address(), secrets.token_urlsafe(32))
    watches.stop(watch)
    assert backend.change_notified(Invitation("iv-1", soon)) == []
    watches.stop(watch)


def test_after_a_renewal_only_the_new_watch_is_heard(backend, soon):
    watches = watcher(backend)
    old = watches.start(backend.watch_address(), "old-" + secrets.token_urlsafe(16))
    new_secret = "new-" + secrets.token_urlsafe(16)
    new = watches.start(backend.watch_address(), new_secret)
    assert new.id != old.id
    watches.stop(old)
    assert backend.change_notified(Invitation("iv-1", soon)) == [new_secret]
