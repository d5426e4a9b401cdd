"""``POST /webhooks/google``: Calendar push notifications.

A notification only says that the watched calendar changed. It is accepted when its channel
id is an account's current watch and its channel token matches that watch's secret (the
resource id too, when given); then the account's sync is made due now and the answer goes back
at once — the sync itself runs in the background. The first message of a channel
(``X-Goog-Resource-State: sync``) is only acknowledged.
"""
from __future__ import annotations

from flask import Blueprint, request

from notes.usecases.watches import account_for_watch, notification_received, verify_watch_secret

from .. import wiring

bp = Blueprint("webhook_google", __name__)
STATES = ("sync", "exists", "not_exists")


@bp.post("/webhooks/google")
def notification():
    """Check the channel id and token; make the account's sync due unless it is the first message."""
    channel_id = request.headers.get("X-Goog-Channel-ID", "")
    state = request.headers.get("X-Goog-Resource-State", "")
    resource_id = request.headers.get("X-Goog-Resource-ID")
    with wiring.unit_of_work() as session:
        account = account_for_watch(session, "google", channel_id[:255])
        if (account is None or state not in STATES
                or not verify_watch_secret(account, request.headers.get("X-Goog-Channel-Token"))
                or (resource_id and account.watch_resource_id and resource_id != account.watch_resource_id)):
            return "", 404
        if state != "sync":
            notification_received(account, wiring.now())
    return "", 200
