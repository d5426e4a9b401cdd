"""A calendar that suddenly shows none of its interviews is not trusted.

An emptied calendar file, a feed that answers an empty calendar, or a provider that loses a
calendar would otherwise retire every interview at once. When a sync would remove at least
``MIN_HELD`` listed interviews and leave none in the sync window, nothing is removed: the account
holds those removals and carries a warning (``GET /api/accounts``) until the user confirms
(``confirm_removal``) or the events come back. While a hold stands, later removals join it. An
event cancelled on the calendar is a statement, not an absence: it is retired at once.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from providers.base import SyncWindow

from ..errors import NotFound
from ..statuses import LISTED, RETIRED, RemovedReason
from ..store.model import Account, Interview
from .retire import retire_interview

MIN_HELD = 3


def hold_or_remove(session: Session, account: Account, rows: dict[str, Interview], gone: set[str],
                   seen: set[str], now: datetime) -> int:
    """Retire the interviews of the events in ``gone`` (deleted, or absent from a complete sync),
    or hold them when that looks like a lost calendar. ``rows`` are the account's interviews by
    event id, ``seen`` the events this sync returned (a held event seen again is no longer held).
    Returns how many interviews were retired."""
    held = set(account.held_removals or ()) - seen
    removable = {eid for eid in gone if eid in rows and rows[eid].status not in RETIRED}
    if held or _vanishing(rows, removable, now):
        _hold(account, held | removable)
        return 0
    _hold(account, held)
    return sum(retire_interview(session, rows[eid], now, RemovedReason.DELETED) for eid in sorted(removable))


def _vanishing(rows: dict[str, Interview], removable: set[str], now: datetime) -> bool:
    """At least ``MIN_HELD`` listed interviews would go, and none would stay in the window."""
    going = [eid for eid in removable if rows[eid].status in LISTED]
    start = SyncWindow.around(now).start
    staying = any(row.status in LISTED and row.start_at >= start
                  for eid, row in rows.items() if eid not in removable)
    return len(going) >= MIN_HELD and not staying


def _hold(account: Account, held: set[str]) -> None:
    account.held_removals = sorted(held) or None
    account.warning = (f"This calendar suddenly shows none of the {len(held)} interviews it had. Nothing "
                       "was removed: check the calendar, or confirm to remove them (your edited notes are "
                       "kept).") if held else None


def confirm_removal(session: Session, user_id: int, account_id: int, now: datetime) -> Account:
    """The user confirms that the held interviews are gone: they are retired (open notes
    withdrawn, their text kept) and the warning clears. Confirming twice changes nothing."""
    account = session.scalar(select(Account).where(Account.id == account_id, Account.user_id == user_id))
    if account is None:
        raise NotFound("no such account")
    held = set(account.held_removals or ())
    if held:
        for row in account.interviews:
            if row.provider_event_id in held:
                retire_interview(session, row, now, RemovedReason.DELETED)
    _hold(account, set())
    return account
