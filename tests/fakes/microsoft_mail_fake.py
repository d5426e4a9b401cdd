"""The mail half of the fake Graph: ``me/messages``, the Drafts and SentItems folders, sending a draft
(``me/messages/{id}/send``: it moves to Sent Items, keeping its immutable id) and ``me/sendMail``.

A message has two ids, as in Exchange: the immutable one (returned when the request says
``Prefer: IdType="ImmutableId"``) survives a move to Sent Items, the default one does not.
``changeKey`` changes with every edit; a ``PATCH`` with a stale ``If-Match`` gets ``412``.
Tests act as the user with ``user_edits``, ``user_sends``, ``user_deletes`` and ``user_writes``, and as
someone else writing to the user with ``someone_writes`` (the Inbox: ``from``, ``receivedDateTime``).
"""
from __future__ import annotations

import re
import secrets
from datetime import datetime
from urllib.parse import urlencode

ODATA_TEXT = r"'((?:[^']|'')*)'"
MARKER_FILTER = re.compile(
    rf"singleValueExtendedProperties/Any\(ep: ep/id eq {ODATA_TEXT} and ep/value eq {ODATA_TEXT}\)")
SENT_FILTER = re.compile(r"sentDateTime ge (\S+) and \((.*)\)")
RECEIVED_FILTER = re.compile(r"receivedDateTime ge (\S+)")
RECIPIENT = re.compile(rf"toRecipients/any\(r:r/emailAddress/address eq {ODATA_TEXT}\)")


def _err(status: int, code: str, message: str = ""):
    return status, {}, {"error": {"code": code, "message": message or code}}


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(literal: str) -> str:
    return literal.replace("''", "'")


class MailRoutes:
    """Mixed into ``GraphFake``: needs ``self.cloud`` (with ``clock``)."""

    def mail_routes(self):
        return [
            ("POST", r"me/messages", self.create_message),
            ("GET", r"me/messages/([^/]+)", self.get_message),
            ("PATCH", r"me/messages/([^/]+)", self.update_message),
            ("DELETE", r"me/messages/([^/]+)", self.delete_message),
            ("GET", r"me/mailFolders/(Drafts|SentItems|Inbox|drafts|sentitems|inbox)/messages", self.folder_messages),
            ("POST", r"me/messages/([^/]+)/send", self.send_draft),
            ("POST", r"me/sendMail", self.send_mail),
        ]

    # ------------------------------------------------------------------ Graph side

    def create_message(self, request, user):
        body = request.json() or {}
        now = _stamp(self.cloud.clock())
        message = {
            "immutable_id": "AAkAL" + secrets.token_urlsafe(18), "rest_id": "AAMkA" + secrets.token_urlsafe(18),
            "folder": "Drafts", "isDraft": True, "changeKey": secrets.token_urlsafe(9),
            "createdDateTime": now, "lastModifiedDateTime": now, "sentDateTime": None,
            "subject": body.get("subject", ""), "body": body.get("body", {"contentType": "Text", "content": ""}),
            "toRecipients": body.get("toRecipients", []),
            "props": {p["id"]: p["value"] for p in body.get("singleValueExtendedProperties", [])},
        }
        user.messages[message["immutable_id"]] = message
        return 201, {}, self._message_json(message, request)

    def get_message(self, request, user, message_id):
        message = self._find(user, message_id, request)
        if message is None:
            return _err(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        return 200, {}, self._message_json(message, request)

    def update_message(self, request, user, message_id):
        message = self._find(user, message_id, request)
        if message is None:
            return _err(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        wanted = request.headers.get("If-Match")
        if wanted and wanted != f'W/"{message["changeKey"]}"':
            return _err(412, "ErrorIrresolvableConflict", "The change key passed in the request does not match.")
        body = request.json() or {}
        for key in ("subject", "body", "toRecipients"):
            if key in body:
                message[key] = body[key]
        for prop in body.get("singleValueExtendedProperties", []):
            message["props"][prop["id"]] = prop["value"]
        self._touch(message)
        return 200, {}, self._message_json(message, request)

    def delete_message(self, request, user, message_id):
        message = self._find(user, message_id, request)
        if message is None:
            return _err(404, "ErrorItemNotFound")
        del user.messages[message["immutable_id"]]
        return 204, {}, None

    def folder_messages(self, request, user, folder):
        folder = {"drafts": "Drafts", "sentitems": "SentItems", "inbox": "Inbox"}[folder.lower()]
        expression = request.query.get("$filter", "")
        matches = self._filtered(user, folder, expression)
        if matches is None:
            return _err(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.")
        order = request.query.get("$orderby", "")
        if order:
            field, _, direction = order.partition(" ")
            if expression and not expression.startswith(field):  # as Exchange: sort only on what is filtered first
                return _err(400, "InefficientFilter",
                            "The restriction or sort order is too complex for this operation.")
            matches = sorted(matches, key=lambda m: m.get(field) or "", reverse=direction == "desc")
        top, skip = int(request.query.get("$top", "10")), int(request.query.get("$skip", "0"))
        page = matches[skip:skip + top]
        body = {"value": [self._message_json(m, request) for m in page]}
        if skip + top < len(matches):
            query = dict(request.query, **{"$top": str(top), "$skip": str(skip + top)})
            body["@odata.nextLink"] = f"{request.base_url}/v1.0/me/mailFolders/{folder}/messages?{urlencode(query)}"
        return 200, {}, body

    def send_mail(self, request, user):
        body = request.json() or {}
        if not body.get("message", {}).get("toRecipients"):
            return _err(400, "ErrorInvalidRecipients", "At least one recipient is not valid.")
        user.sent_mail.append(dict(body["message"], sentDateTime=_stamp(self.cloud.clock()),
                                   savedToSentItems=body.get("saveToSentItems", True)))
        return 202, {}, None

    def send_draft(self, request, user, message_id):
        message = self._find(user, message_id, request)
        if message is None:
            return _err(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        if not message["isDraft"]:
            return _err(400, "ErrorInvalidRequest", "Only a draft can be sent.")
        if not message["toRecipients"]:
            return _err(400, "ErrorInvalidRecipients", "At least one recipient is not valid.")
        self.user_sends(user, message["immutable_id"])
        return 202, {}, None

    def _filtered(self, user, folder: str, expression: str) -> list[dict] | None:
        messages = [m for m in user.messages.values() if m["folder"] == folder]
        if not expression:
            return messages
        marker = MARKER_FILTER.fullmatch(expression)
        if marker:
            prop, value = _text(marker.group(1)), _text(marker.group(2))
            return [m for m in messages if m["props"].get(prop) == value]
        received = RECEIVED_FILTER.fullmatch(expression)
        if received and folder == "Inbox":
            return [m for m in messages if m["receivedDateTime"] >= received.group(1)]
        sent = SENT_FILTER.fullmatch(expression)
        if sent and folder == "SentItems":
            since = sent.group(1)
            wanted = {_text(a).lower() for a in RECIPIENT.findall(sent.group(2))}
            if not wanted:
                return None
            return [m for m in messages if m["sentDateTime"] and m["sentDateTime"] >= since
                    and wanted & {r["emailAddress"]["address"].lower() for r in m["toRecipients"]}]
        return None

    def _find(self, user, message_id: str, request) -> dict | None:
        immutable = request.prefer.get("IdType") == "ImmutableId"
        for message in user.messages.values():
            if message["immutable_id" if immutable else "rest_id"] == message_id:
                return message
        return None

    def _message_json(self, message: dict, request) -> dict:
        immutable = request.prefer.get("IdType") == "ImmutableId"
        data = {
            "@odata.etag": f'W/"{message["changeKey"]}"',
            "id": message["immutable_id" if immutable else "rest_id"],
            "createdDateTime": message["createdDateTime"], "lastModifiedDateTime": message["lastModifiedDateTime"],
            "changeKey": message["changeKey"], "subject": message["subject"], "body": message["body"],
            "toRecipients": message["toRecipients"], "isDraft": message["isDraft"],
            "sentDateTime": message["sentDateTime"], "parentFolderId": message["folder"],
            "receivedDateTime": message.get("receivedDateTime") or message["createdDateTime"],
            "from": message.get("from"),
        }
        selected = request.query.get("$select")
        if selected:
            keep = set(selected.split(",")) | {"id", "@odata.etag"}
            data = {k: v for k, v in data.items() if k in keep}
        return data

    def _touch(self, message: dict) -> None:
        message["changeKey"] = secrets.token_urlsafe(9)
        message["lastModifiedDateTime"] = _stamp(self.cloud.clock())

    # ------------------------------------------------------------------ the user's own actions

    def user_edits(self, user, immutable_id: str, content: str) -> None:
        """The user changes a draft's text in Outlook."""
        message = user.messages[immutable_id]
        message["body"] = {"contentType": "HTML", "content": content}
        self._touch(message)

    def user_sends(self, user, immutable_id: str) -> None:
        """The user sends a draft: it moves to Sent Items (a new default id, the same immutable id)."""
        message = user.messages[immutable_id]
        message.update(folder="SentItems", isDraft=False, sentDateTime=_stamp(self.cloud.clock()),
                       rest_id="AAMkA" + secrets.token_urlsafe(18))
        self._touch(message)

    def user_deletes(self, user, immutable_id: str) -> None:
        del user.messages[immutable_id]

    def user_writes(self, user, to: str, subject: str) -> None:
        """The user writes and sends a message of their own (not from a draft)."""
        now = _stamp(self.cloud.clock())
        message = {
            "immutable_id": "AAkAL" + secrets.token_urlsafe(18), "rest_id": "AAMkA" + secrets.token_urlsafe(18),
            "folder": "SentItems", "isDraft": False, "changeKey": secrets.token_urlsafe(9),
            "createdDateTime": now, "lastModifiedDateTime": now, "sentDateTime": now, "subject": subject,
            "body": {"contentType": "Text", "content": "Thank you"}, "props": {},
            "toRecipients": [{"emailAddress": {"address": to}}],
        }
        user.messages[message["immutable_id"]] = message

    def someone_writes(self, user, sender: str, subject: str, name: str = "") -> None:
        """A message from ``sender`` arrives in the user's Inbox now."""
        now = _stamp(self.cloud.clock())
        message = {
            "immutable_id": "AAkAL" + secrets.token_urlsafe(18), "rest_id": "AAMkA" + secrets.token_urlsafe(18),
            "folder": "Inbox", "isDraft": False, "changeKey": secrets.token_urlsafe(9),
            "createdDateTime": now, "lastModifiedDateTime": now, "sentDateTime": now, "receivedDateTime": now,
            "subject": subject, "body": {"contentType": "Text", "content": "Hello"}, "props": {},
            "toRecipients": [{"emailAddress": {"address": user.email}}],
            "from": {"emailAddress": {"name": name, "address": sender}},
        }
        user.messages[message["immutable_id"]] = message

    def drafts_of(self, user) -> list[dict]:
        return [m for m in user.messages.values() if m["folder"] == "Drafts"]

    def sent_items(self, user, to: str | None = None) -> list[dict]:
        """What Sent Items holds (addressed to ``to``, when given), oldest first."""
        sent = [m for m in user.messages.values() if m["folder"] == "SentItems" and (
            to is None or to.lower() in {r["emailAddress"]["address"].lower() for r in m["toRecipients"]})]
        return sorted(sent, key=lambda m: m["sentDateTime"])
