"""Graph change notifications for an account's calendar: subscriptions on ``me/events``.

A subscription notifies ``{address}`` of created, updated and deleted events and
``{address}/lifecycle`` of lifecycle events (reauthorization required, subscription removed,
notifications missed). Graph first checks both addresses with a validation request, which the
webhook answers. Subscriptions on Outlook events live at most 10,080 minutes (under seven
days); ``notes.usecases.watches`` starts a new one before that and then stops the old one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ..base import ProviderError, Watch, Watcher
from .events import parse_instant
from .graph import GraphClient, raise_for

RESOURCE = "me/events"
MAX_LIFETIME = timedelta(minutes=10_080)  # Graph's documented maximum for Outlook events
LIFETIME = MAX_LIFETIME - timedelta(minutes=30)  # a margin for clocks and request time


def lifecycle_address(address: str) -> str:
    """Where lifecycle notifications go for a subscription notifying ``address``."""
    return address.rstrip("/") + "/lifecycle"


class MicrosoftWatcher(Watcher):
    """Starts and stops Graph subscriptions for one account."""

    def __init__(self, graph: GraphClient, clock: Callable[[], datetime] | None = None):
        self._graph = graph
        self._clock = clock or (lambda: datetime.now(UTC))

    def start(self, address: str, secret: str) -> Watch:
        expires = self._clock() + LIFETIME
        body = {
            "changeType": "created,updated,deleted",
            "notificationUrl": address,
            "lifecycleNotificationUrl": lifecycle_address(address),
            "resource": RESOURCE,
            "expirationDateTime": expires.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000Z"),
            "clientState": secret,
            "latestSupportedTlsVersion": "v1_2",
        }
        data = self._graph.json("POST", "subscriptions", body=body, retry=False)
        if not data.get("id"):
            raise ProviderError("Microsoft Graph created a subscription without an id")
        return Watch(id=str(data["id"]), resource_id=str(data.get("resource") or RESOURCE),
                     expires_at=parse_instant(data.get("expirationDateTime")) or expires)

    def stop(self, watch: Watch) -> None:
        response = self._graph.request("DELETE", f"subscriptions/{watch.id}")
        if response.status_code != 404:
            raise_for(response, "deleting a subscription")
