"""Token encryption with key rotation, and the timing rules of proposals and reminders."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from notes import planning
from notes.store.crypto import MissingCipher, TokenCipher, TokenKeyError, new_key


def test_tokens_round_trip_and_are_not_stored_in_clear():
    cipher = TokenCipher(new_key())
    blob = cipher.seal({"refresh_token": "1//secret"})
    assert b"secret" not in blob
    assert cipher.open(blob) == {"refresh_token": "1//secret"}
    assert cipher.open(None) == {}


def test_rotation_keeps_old_tokens_readable_and_moves_them_to_the_new_key():
    old, new = new_key(), new_key()
    blob = TokenCipher(old).seal({"t": 1})
    both = TokenCipher(f"{new},{old}")
    assert both.open(blob) == {"t": 1}
    rotated = both.rotate(blob)
    assert TokenCipher(new).open(rotated) == {"t": 1}
    with pytest.raises(TokenKeyError):
        TokenCipher(old).open(rotated)


@pytest.mark.parametrize("keys", ["", "not-a-key", ","])
def test_bad_keys_are_refused_with_the_setting_named(keys):
    with pytest.raises(TokenKeyError, match="AFTERVIEW_TOKEN_KEY"):
        TokenCipher(keys)


def test_a_missing_key_refuses_every_use():
    with pytest.raises(TokenKeyError, match="AFTERVIEW_TOKEN_KEY"):
        MissingCipher().seal({})


END = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize("minutes, expected", [
    (None, timedelta(minutes=10)), (0, timedelta(0)), (-5, timedelta(0)), (30, timedelta(minutes=30)),
    (10_000, timedelta(hours=23)),
])
def test_proposal_delay_is_never_negative_and_always_within_the_day(minutes, expected):
    delay = planning.proposal_delay(minutes)
    assert delay == expected
    assert END <= planning.propose_at(END, delay) < END + timedelta(hours=24)


def test_reminder_and_lateness():
    assert planning.reminder_at(END) == END + timedelta(hours=20)
    assert not planning.is_late(END, END + timedelta(hours=24))
    assert planning.is_late(END, END + timedelta(hours=24, seconds=1))
    assert planning.wants_reminder(END, END + timedelta(hours=23))
    assert not planning.wants_reminder(END, END + timedelta(hours=25))
