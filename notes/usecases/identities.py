"""Provider identities: which Afterview user a sign-in is, and which user an account may join.

A user is found by the identity that signed in (``User.google_subject``, ``User.microsoft_subject``),
never by address: an address in a token says where mail goes, not who holds the mailbox. Identities
are linked to a user only by a flow in which both sides took part: the user's connect link, then
the confirmation of the person who signed in with that link. An account's own identity
(``Account.subject``) belongs to at most one user.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import Conflict, InvalidInput
from ..store.model import Account, User

PROVIDER_NAMES = {"google": "Google", "microsoft": "Microsoft"}


@dataclass(frozen=True)
class SignedIn:
    """Who finished a provider's sign-in: the provider's identity and the mailbox it opens."""

    provider: str  # google | microsoft
    subject: str  # Google's ``sub``; ``"<tid>:<oid>"`` for Microsoft
    address: str  # the mailbox, the account's external id
    name: str = ""


def _subject_column(provider: str):
    return {"google": User.google_subject, "microsoft": User.microsoft_subject}[provider]


def signed_in_user(session: Session, provider: str, subject: str, email: str, name: str = "",
                   **preferences) -> User:
    """The user whose sign-in identity is ``subject`` at ``provider``, created on first sight
    (with ``preferences``, e.g. ``nudges_enabled=False``). An existing user with the same address
    is never taken: the new identity gets a user of its own.
    """
    column = _subject_column(provider)
    user = session.scalar(select(User).where(column == subject))
    if user is not None:
        return user
    email = email.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        raise InvalidInput(f"not an email address: {email[:100]!r}")
    try:
        with session.begin_nested():  # two first requests at once: one creates, the other finds
            user = User(email=email, name=name[:200], **{column.key: subject}, **preferences)
            session.add(user)
    except IntegrityError:
        user = session.scalar(select(User).where(column == subject))
    return user


def refusal(session: Session, user_id: int, who: SignedIn) -> str | None:
    """Why ``who`` cannot join ``user_id``, or ``None`` when it may: its account already belongs to
    another user, or it signs in to another user (an account joins the user its holder uses)."""
    provider = PROVIDER_NAMES[who.provider]
    elsewhere = session.scalar(select(Account.id).where(
        Account.provider == who.provider, Account.user_id != user_id,
        or_(Account.subject == who.subject, (Account.subject.is_(None)) & (Account.external_id == who.address))))
    if elsewhere is not None:
        return f"This {provider} account is already connected to another Afterview user."
    holder = session.scalar(select(User.id).where(_subject_column(who.provider) == who.subject))
    if holder is not None and holder != user_id:
        return (f"This {provider} account signs in to another Afterview user. Connect it from the "
                "Afterview add-on you use with it.")
    return None


def is_own(session: Session, user: User, who: SignedIn) -> bool:
    """Whether ``who`` is an identity ``user`` already has: their sign-in identity, or one of
    their accounts (a reconnect)."""
    if getattr(user, _subject_column(who.provider).key) == who.subject:
        return True
    return session.scalar(select(Account.id).where(
        Account.user_id == user.id, Account.provider == who.provider, Account.subject == who.subject)) is not None


def attach(session: Session, user: User, who: SignedIn, confirmed: bool = False) -> Account:
    """The user's account for ``who``, created or found again (by identity, else by address).

    ``confirmed``: the person who signed in confirmed joining this user; a user without a sign-in
    identity at this provider then also signs in with it (their add-on opens this user). The
    caller checked ``refusal`` first and stores the grant.
    """
    problem = refusal(session, user.id, who)
    if problem:
        raise Conflict(problem)
    account = session.scalar(select(Account).where(
        Account.user_id == user.id, Account.provider == who.provider,
        or_(Account.subject == who.subject, Account.external_id == who.address)))
    if account is None:
        account = Account(user=user, provider=who.provider, external_id=who.address)
        session.add(account)
    account.subject, account.external_id, account.display_name = who.subject, who.address, who.address
    column = _subject_column(who.provider).key
    if confirmed and getattr(user, column) is None:
        setattr(user, column, who.subject)
    if not user.name and who.name:
        user.name = who.name[:200]
    return account
