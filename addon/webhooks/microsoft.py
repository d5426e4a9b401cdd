"""Graph change notifications: ``POST /webhooks/microsoft`` and ``/webhooks/microsoft/lifecycle``.

Both answer Graph's validation request (the ``validationToken`` query parameter echoed as
``text/plain``) at once. A notification is believed only when its ``subscriptionId`` is an
account's current subscription and its ``clientState`` is that subscription's secret; then the
account's sync is made due now and Graph gets its ``202`` straight away: the sync itself runs
in the background. Lifecycle notifications: ``reauthorizationRequired`` makes the renewal due
now, ``subscriptionRemoved`` forgets the subscription so a new one is made (and syncs, since
changes may have been missed), ``missed`` syncs now. A request body is at most 256 KiB
(``addon.limits``); repeats in a batch are looked at once, and at most ``MAX_ITEMS`` distinct
notifications per request (a sync is due at the latest at the next poll anyway).
"""
from __future__ import annotations

import logging

from flask import Blueprint, Response, request

from notes.usecases.watches import account_for_watch, forget_watch, notification_received, verify_watch_secret

from .. import wiring

log = logging.getLogger(__name__)
bp = Blueprint("webhook_microsoft", __name__, url_prefix="/webhooks/microsoft")
PROVIDER = "microsoft"
MAX_ITEMS = 100  # distinct notifications acted on per request (each is a database look-up)
MAX_VALIDATION_TOKEN = 4096


@bp.post("")
@bp.post("/lifecycle")
def notifications():
    """Answer a validation request, or take a batch of notifications and acknowledge it."""
    token = request.args.get("validationToken")
    if token is not None:
        if len(token) > MAX_VALIDATION_TOKEN:
            return Response("validation token too long", status=400, mimetype="text/plain")
        answer = Response(token, status=200, mimetype="text/plain")
        answer.headers["X-Content-Type-Options"] = "nosniff"  # an echoed token is never read as a page
        return answer
    payload = request.get_json(silent=True)
    items = payload.get("value") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        return Response("expected a JSON object with a value array", status=400, mimetype="text/plain")
    distinct = _distinct(items)
    with wiring.unit_of_work() as session:
        accepted = sum(_take(session, item, wiring.now()) for item in distinct[:MAX_ITEMS])
    if accepted < len(distinct):
        log.info("Microsoft notifications: %d of %d distinct ones not taken (no current subscription, or past %d)",
                 len(distinct) - accepted, len(distinct), MAX_ITEMS)
    return Response(status=202)


def _distinct(items: list) -> list[dict]:
    """The batch without repeats: many changes to one calendar need one look-up, not one each."""
    seen: dict[tuple, dict] = {}
    for item in items:
        if isinstance(item, dict):
            key = tuple(str(item.get(name) or "") for name in ("subscriptionId", "clientState", "lifecycleEvent"))
            seen.setdefault(key, item)
    return list(seen.values())


def _take(session, item: dict, now) -> bool:
    """Act on one notification; False when it is not for a current subscription or not genuine."""
    account = account_for_watch(session, PROVIDER, str(item.get("subscriptionId") or ""))
    if account is None or not verify_watch_secret(account, item.get("clientState")):
        return False
    event = item.get("lifecycleEvent")
    if event == "reauthorizationRequired":
        account.watch_renew_at = now  # the renewals tick starts a fresh subscription
    elif event == "subscriptionRemoved":
        forget_watch(account)
        account.watch_renew_at = now
        notification_received(account, now)
    else:  # a change, or "missed": either way the calendar is read again now
        notification_received(account, now)
    return True
