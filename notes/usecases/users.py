"""Users: the server's own user (found by the address it was given) and the users of Google
sign-ins (found by identity, ``notes.usecases.identities``); their profile, preferences and task-pane tokens."""
from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..store.model import User
from .identities import signed_in_user

PROFILE_FIELDS = {"name": 200, "phone": 64, "signature": 1000, "time_zone": 64, "language": 8, "channel": 16}


def ensure_user(session: Session, email: str, name: str = "") -> User:
    """The user a server's login token stands for (``AFTERVIEW_ME``: the local page, the demo),
    created on first sight. Found by ``local_address`` only: a user who came through a Google or
    Microsoft sign-in with the same address is someone else."""
    email = email.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        raise InvalidInput(f"not an email address: {email[:100]!r}")
    user = session.scalar(select(User).where(User.local_address == email))
    if user is not None:
        return user
    try:
        with session.begin_nested():  # two first requests at once: one creates, the other finds
            user = User(email=email, name=name, local_address=email)
            session.add(user)
    except IntegrityError:
        user = session.scalar(select(User).where(User.local_address == email))
    return user


_BY_GOOGLE_SUBJECT = select(User).where(User.google_subject == bindparam("subject"))  # asked on every add-on request


def google_user(session: Session, subject: str, email: str, email_verified: bool, name: str = "") -> User:
    """The user signed in to Google as ``subject``, created on first sight (only with an address
    Google verified: it is the address notes are written from). Never found by address."""
    user = session.scalar(_BY_GOOGLE_SUBJECT, {"subject": subject})
    if user is not None:
        return user
    if not email_verified:
        raise InvalidInput("the Google account's address is not verified")
    return signed_in_user(session, "google", subject, email, name)


def end_pane_sessions(user: User) -> None:
    """End every task-pane token issued to ``user`` so far (sign-out, a disconnected account)."""
    user.pane_epoch = (user.pane_epoch or 0) + 1


def update_profile(session: Session, user: User, changes: dict) -> User:
    """Change the user's signature lines and preferences; unknown or bad values are refused."""
    for key, value in changes.items():
        if key in ("nudges_enabled", "drafts_enabled", "follow_ups_enabled"):
            setattr(user, key, _boolean(key, value))
        elif key == "proposal_delay_minutes":
            user.proposal_delay_minutes = _delay(value)
        elif key in PROFILE_FIELDS:
            setattr(user, key, _profile_text(key, value))
        else:
            raise InvalidInput(f"unknown setting: {key!r}")
    return user


def _profile_text(key: str, value) -> str | None:
    if value is None and key == "language":
        return None
    if not isinstance(value, str) or len(value) > PROFILE_FIELDS[key]:
        raise InvalidInput(f"{key} must be text of at most {PROFILE_FIELDS[key]} characters")
    if key == "time_zone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(f"unknown time zone: {value!r}") from None
    if key == "language" and value not in ("en", "de", "fr", "es"):
        raise InvalidInput("language must be one of en, de, fr, es")
    if key == "channel" and value not in ("auto", "email", "handwritten"):
        raise InvalidInput("channel must be auto, email or handwritten")
    return value


def _boolean(key: str, value) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{key} must be true or false")
    return value


def _delay(value) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 23 * 60:
        raise InvalidInput("proposal_delay_minutes must be a whole number from 0 to 1380")
    return value
