"""The Graph v1.0 half of the fake Microsoft cloud: calendars, mail, subscriptions.

It follows the documented resources with their field names: ``me``,
``me/calendarView/delta`` (paging with ``@odata.nextLink``, ``@odata.deltaLink``, ``@removed``,
``410 syncStateNotFound`` for a forgotten token, ``Prefer: odata.maxpagesize``,
``outlook.timezone``), ``me/events/{id}``, ``me/messages`` (``changeKey``, ``If-Match``,
immutable ids with ``Prefer: IdType="ImmutableId"``, sending a draft), the Drafts and SentItems folders with
the ``$filter`` shapes Afterview uses, ``me/sendMail`` and ``subscriptions`` (with the
validation handshake on both URLs). State is plain data that tests read and change.
"""
from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import requests
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from tests.fakes.microsoft_mail_fake import MailRoutes

MAX_SUBSCRIPTION = timedelta(minutes=10_080)
SCOPE_OF = (  # which delegated permission each resource needs
    (re.compile(r"^me$"), "User.Read"),
    (re.compile(r"^me/(calendarView|events)"), "Calendars.Read"),
    (re.compile(r"^subscriptions"), "Calendars.Read"),
    (re.compile(r"^me/sendMail$"), "Mail.Send"),
    (re.compile(r"^me/messages/[^/]+/send$"), "Mail.Send"),
    (re.compile(r"^me/(messages|mailFolders)"), "Mail.ReadWrite"),
)


def graph_time(moment: datetime, zone: str = "UTC") -> dict:
    """A ``dateTimeTimeZone`` as Graph writes it (seven fractional digits, no offset)."""
    iana = WINDOWS_TO_OLSON.get(zone, zone)
    local = moment.astimezone(ZoneInfo(iana)).replace(tzinfo=None)
    return {"dateTime": local.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": zone}


def read_graph_time(value: dict) -> datetime:
    zone = WINDOWS_TO_OLSON.get(value["timeZone"], value["timeZone"])
    return datetime.fromisoformat(value["dateTime"][:26]).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def instant(text) -> datetime | None:
    """A timestamp as Graph accepts it (``Z`` or an offset, up to seven fractional digits)."""
    try:
        text = re.sub(r"(\.\d{6})\d+", r"\1", str(text)).replace("Z", "+00:00")
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def error(status: int, code: str, message: str = "") -> tuple[int, dict, dict]:
    return status, {}, {"error": {"code": code, "message": message or code}}


class GraphFake(MailRoutes):
    """Graph's behaviour over the cloud's users (``cloud.users``) and subscriptions."""

    def __init__(self, cloud):
        self.cloud = cloud
        self.subscriptions: dict[str, dict] = {}
        self.delta_tokens: dict[str, dict] = {}
        self.skip_tokens: dict[str, dict] = {}
        self.validations: list[dict] = []  # every validation request made, with its answer
        self.deliveries: list[dict] = []  # every notification delivered, with the status it got
        self.max_page_size = 10

    # ------------------------------------------------------------------ dispatch

    def handle(self, request, user, scopes: set[str]):
        path = request.path[len("/v1.0/"):].strip("/")
        needed = next((scope for pattern, scope in SCOPE_OF if pattern.match(path)), None)
        if needed and needed not in scopes and not (needed == "Calendars.Read" and "Calendars.ReadWrite" in scopes):
            return error(403, "ErrorAccessDenied", f"Access is denied. Check credentials ({needed}).")
        route = self._route(request.method, path)
        if route is None:
            return error(404, "ResourceNotFound", f"Resource not found for the segment '{path}'.")
        handler, args = route
        return handler(request, user, *args)

    def _route(self, method: str, path: str):
        table = [
            ("GET", r"me", self.get_me),
            ("GET", r"me/calendarView/delta", self.calendar_delta),
            ("GET", r"me/events/([^/]+)", self.get_event),
            ("POST", r"subscriptions", self.create_subscription),
            ("PATCH", r"subscriptions/([^/]+)", self.renew_subscription),
            ("DELETE", r"subscriptions/([^/]+)", self.delete_subscription),
        ] + self.mail_routes()
        for verb, pattern, handler in table:
            match = re.fullmatch(pattern, path)
            if verb == method and match:
                return handler, match.groups()
        return None

    def get_me(self, request, user):
        return 200, {}, {"id": user.oid, "displayName": user.name, "mail": user.mail,
                         "userPrincipalName": user.email}

    # ------------------------------------------------------------------ calendar

    def get_event(self, request, user, event_id):
        event = user.events.get(event_id)
        if event is None:
            return error(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        return 200, {}, self._shaped(event, request)

    def calendar_delta(self, request, user):
        query = request.query
        if "$deltatoken" in query:
            state = self.delta_tokens.get(query["$deltatoken"])
            if state is None or state["oid"] != user.oid or state.get("expired"):
                return error(410, "syncStateNotFound", "The sync state generation is not found.")
            items = self._changes_since(user, state)
            return self._page(request, user, items, dict(state, seq=user.seq))
        if "$skiptoken" in query:
            state = self.skip_tokens.pop(query["$skiptoken"], None)
            if state is None or state["oid"] != user.oid:
                return error(410, "syncStateNotFound", "The sync state generation is not found.")
            return self._page(request, user, state["items"], state["next"])
        try:
            start = datetime.fromisoformat(query["startDateTime"].replace("Z", "+00:00"))
            end = datetime.fromisoformat(query["endDateTime"].replace("Z", "+00:00"))
        except (KeyError, ValueError):
            return error(400, "ErrorInvalidParameter", "startDateTime and endDateTime are required.")
        state = {"oid": user.oid, "start": start, "end": end, "seq": user.seq}
        items = [e["id"] for e in sorted(user.events.values(), key=lambda e: e["start"]["dateTime"])
                 if self._in_window(e, state)]
        return self._page(request, user, items, state)

    def _changes_since(self, user, state) -> list[str]:
        changed = []
        for seq, event_id in user.log:
            if seq > state["seq"] and event_id not in changed:
                changed.append(event_id)
        return changed

    def _page(self, request, user, ids: list[str], next_state: dict):
        size = min(_page_size(request), self.max_page_size)
        page, rest = ids[:size], ids[size:]
        root = f"{request.base_url}/v1.0/me/calendarView/delta"
        body = {"@odata.context": f"{request.base_url}/v1.0/$metadata#Collection(event)",
                "value": [self._delta_item(user, event_id, next_state, request) for event_id in page]}
        if rest:
            token = secrets.token_urlsafe(12)
            self.skip_tokens[token] = {"oid": user.oid, "items": rest, "next": next_state}
            body["@odata.nextLink"] = f"{root}?$skiptoken={token}"
        else:
            token = secrets.token_urlsafe(12)
            self.delta_tokens[token] = dict(next_state, seq=user.seq)
            body["@odata.deltaLink"] = f"{root}?$deltatoken={token}"
        return 200, {}, body

    def _delta_item(self, user, event_id: str, state: dict, request) -> dict:
        event = user.events.get(event_id)
        if event is None or not self._in_window(event, state) or event.get("type") == "seriesMaster":
            return {"@odata.type": "#microsoft.graph.event", "id": event_id, "@removed": {"reason": "deleted"}}
        if event.get("type") == "occurrence":  # occurrences come back with few fields
            sparse = {k: event[k] for k in ("id", "type", "seriesMasterId", "start", "end") if k in event}
            return self._shaped(sparse, request)
        return self._shaped(event, request)

    def _in_window(self, event: dict, state: dict) -> bool:
        if event.get("type") == "seriesMaster":
            return False
        return read_graph_time(event["start"]) < state["end"] and read_graph_time(event["end"]) > state["start"]

    def _shaped(self, event: dict, request) -> dict:
        """The event in the time zone asked for with ``Prefer: outlook.timezone`` (else its own)."""
        zone = request.prefer.get("outlook.timezone") or event.get("originalStartTimeZone") or "UTC"
        shaped = json.loads(json.dumps(event))
        for key in ("start", "end"):
            if key in shaped:
                shaped[key] = graph_time(read_graph_time(shaped[key]), zone)
        return shaped

    def expire_delta_tokens(self) -> None:
        """Forget every delta token (Graph's cache dropped them): the next use answers 410."""
        for state in self.delta_tokens.values():
            state["expired"] = True

    # ------------------------------------------------------------------ subscriptions

    def create_subscription(self, request, user):
        body = request.json() or {}
        required = ("changeType", "notificationUrl", "resource", "expirationDateTime", "clientState")
        if any(not body.get(key) for key in required):
            return error(400, "InvalidRequest", "changeType, notificationUrl, resource, expirationDateTime required")
        if not body["notificationUrl"].startswith("https://"):
            return error(400, "InvalidRequest", "The notification URL must use https.")
        if len(body["clientState"]) > 128:
            return error(400, "InvalidRequest", "clientState is limited to 128 characters.")
        expires = instant(body["expirationDateTime"])
        if expires is None:
            return error(400, "InvalidRequest", "expirationDateTime is not a date and time.")
        now = self.cloud.clock()
        if expires <= now or expires > now + MAX_SUBSCRIPTION:
            return error(400, "InvalidRequest", "Subscription expiration can only be 10080 minutes in the future.")
        for url in filter(None, (body["notificationUrl"], body.get("lifecycleNotificationUrl"))):
            if not self._validate(url):
                return error(400, "ValidationError", f"Subscription validation request failed. {url}")
        subscription = dict(body, id=secrets.token_hex(16), applicationId=self.cloud.client_id,
                            creatorId=user.oid, owner=user.oid, expires=expires)
        self.subscriptions[subscription["id"]] = subscription
        return 201, {}, _public(subscription)

    def _validate(self, url: str) -> bool:
        token = f"Validation: Testing client application reachability for subscription Request-Id: " \
                f"{secrets.token_hex(8)}"
        try:
            answer = requests.post(url, params={"validationToken": token}, headers={"Content-Type": "text/plain"},
                                   timeout=10, verify=self.cloud.ca_path)
            ok = (answer.status_code == 200 and answer.text == token
                  and answer.headers.get("Content-Type", "").startswith("text/plain"))
        except requests.RequestException:
            ok = False
        self.validations.append({"url": url, "ok": ok})
        return ok

    def renew_subscription(self, request, user, subscription_id):
        subscription = self.subscriptions.get(subscription_id)
        if subscription is None or subscription["owner"] != user.oid:
            return error(404, "ResourceNotFound", "The object was not found.")
        expires = instant((request.json() or {}).get("expirationDateTime"))
        if expires is None or expires > self.cloud.clock() + MAX_SUBSCRIPTION:
            return error(400, "InvalidRequest", "Subscription expiration can only be 10080 minutes in the future.")
        subscription.update(expirationDateTime=expires.isoformat(), expires=expires)
        return 200, {}, _public(subscription)

    def delete_subscription(self, request, user, subscription_id):
        subscription = self.subscriptions.get(subscription_id)
        if subscription is None or subscription["owner"] != user.oid:
            return error(404, "ResourceNotFound", "The object was not found.")
        del self.subscriptions[subscription_id]
        return 204, {}, None

    def notify(self, user, event_id: str, change: str = "updated") -> list[int]:
        """Deliver a change notification for ``event_id`` to each live subscription of ``user``."""
        statuses = []
        for subscription in list(self.subscriptions.values()):
            if subscription["owner"] != user.oid or subscription["expires"] <= self.cloud.clock():
                continue
            item = {
                "subscriptionId": subscription["id"], "changeType": change, "tenantId": user.tid,
                "clientState": subscription["clientState"],
                "subscriptionExpirationDateTime": subscription["expirationDateTime"],
                "resource": f"Users/{user.oid}/Events/{event_id}",
                "resourceData": {"@odata.type": "#Microsoft.Graph.Event",
                                 "@odata.id": f"Users/{user.oid}/Events/{event_id}", "id": event_id},
            }
            statuses.append(self._deliver(subscription["notificationUrl"], item))
        return statuses

    def lifecycle(self, subscription_id: str, event: str, client_state: str | None = None) -> int:
        """Deliver a lifecycle notification (``reauthorizationRequired``, ``subscriptionRemoved``, ``missed``)."""
        subscription = self.subscriptions[subscription_id]
        item = {"subscriptionId": subscription_id, "lifecycleEvent": event,
                "clientState": subscription["clientState"] if client_state is None else client_state,
                "subscriptionExpirationDateTime": subscription["expirationDateTime"],
                "tenantId": self.cloud.tenant_id}
        if event == "subscriptionRemoved":
            del self.subscriptions[subscription_id]
        return self._deliver(subscription["lifecycleNotificationUrl"], item)

    def _deliver(self, url: str, item: dict) -> int:
        answer = requests.post(url, json={"value": [item]}, timeout=10, verify=self.cloud.ca_path)
        self.deliveries.append({"url": url, "item": item, "status": answer.status_code})
        return answer.status_code


def _public(subscription: dict) -> dict:
    return {k: v for k, v in subscription.items() if k not in ("expires", "owner")}


def _page_size(request) -> int:
    value = request.prefer.get("odata.maxpagesize")
    return int(value) if value and value.isdigit() else 10
