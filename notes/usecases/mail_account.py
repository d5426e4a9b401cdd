"""The mailbox a note is written in: one rule for drafts, the sent-check and the follow-up.

A note is written in the mailbox of its interview's own account when that account's provider offers
one (``Connector.offers_mailbox``: Google, Microsoft). Interviews the user added by hand, the records
of help that notes of thanks belong to (both on the user's "added by hand" source) and interviews from
an iCalendar feed have no mailbox of their own: their notes are written in the user's connected Google
or Microsoft account, the one connected first when there are several. With none, the notes stay in the
sidebars and the local page, as they always did.

The fallback is the first connected such account whether it is active or paused (``reauth_required``):
a paused account pauses the notes written in it until the user reconnects, as it pauses its own. It is
not passed over for the next account meanwhile, so that the drafts already made in one mailbox are
never looked for in another, and one mailbox's sent folder answers for a note from its first draft on.
An account that is ``disabled`` is not connected: it is never chosen.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..runtime import Runtime
from ..statuses import AccountStatus
from ..store.model import Account, Interview


def mailbox_account(rt: Runtime, interview: Interview) -> Account | None:
    """The account whose mailbox the notes of ``interview`` are written in, or ``None``."""
    own = interview.account
    if rt.has_mailbox(own):
        return own
    return users_mailbox(rt, object_session(own), own.user_id)


def users_mailbox(rt: Runtime, session: Session, user_id: int) -> Account | None:
    """The user's mailbox for the notes of interviews without one of their own: the Google or
    Microsoft account connected first (active or paused), or ``None``."""
    accounts = session.scalars(select(Account).where(
        Account.user_id == user_id, Account.status != AccountStatus.DISABLED).order_by(Account.id))
    return next((account for account in accounts if rt.has_mailbox(account)), None)


def served_by(rt: Runtime, session: Session, account: Account) -> list[int]:
    """The ids of the accounts whose interviews' notes are written in ``account``'s mailbox: itself,
    and when it is its user's mailbox, their sources without one (added by hand, iCalendar)."""
    if not rt.has_mailbox(account):
        return []
    served = [account.id]
    fallback = users_mailbox(rt, session, account.user_id)
    if fallback is not None and fallback.id == account.id:
        others = session.scalars(select(Account).where(Account.user_id == account.user_id, Account.id != account.id))
        served += [other.id for other in others if not rt.has_mailbox(other)]
    return served


def mailbox_ids(rt: Runtime, session: Session, interview_accounts: dict[int, int]) -> dict[int, int | None]:
    """For rows keyed by id with their interview's account id, the id of the account whose mailbox
    each is written in (``None`` without one); one look-up per user."""
    wanted = set(interview_accounts.values())
    accounts = {a.id: a for a in session.scalars(select(Account).where(Account.id.in_(wanted)))} if wanted else {}
    fallbacks: dict[int, int | None] = {}
    found: dict[int, int | None] = {}
    for row, account_id in interview_accounts.items():
        account = accounts.get(account_id)
        if account is None:
            found[row] = None
        elif rt.has_mailbox(account):
            found[row] = account.id
        else:
            if account.user_id not in fallbacks:
                fallback = users_mailbox(rt, session, account.user_id)
                fallbacks[account.user_id] = fallback.id if fallback is not None else None
            found[row] = fallbacks[account.user_id]
    return found
