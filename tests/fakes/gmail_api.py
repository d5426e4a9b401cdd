"""The Gmail API v1 side of the fake Google: drafts (create, list, get, update, delete), messages
(list, get, send), and what the user does in Gmail (edits a draft, sends it, writes a message) and
what others do (write to the user).

Drafts are ``{id, message{id, threadId, labelIds}}``; every saved version of a draft is a new
message with a new id, as in Gmail. Scope rules as documented: drafts need ``gmail.compose``
(or ``gmail.modify``), sending ``gmail.send`` or ``gmail.compose``; with ``gmail.metadata``
messages can be listed without ``q`` and read only as ``minimal`` or ``metadata``. As Gmail does,
a token granted ``gmail.metadata`` is refused ``q`` on every list, even beside a broader scope.
Messages are listed newest first; a draft list gives each draft's id and its message's id only.
"""
from __future__ import annotations

import base64
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses

from .calendar_api import api_error

G = "https://www.googleapis.com/auth/"
COMPOSE, SEND, METADATA, READONLY, MODIFY = (G + "gmail.compose", G + "gmail.send", G + "gmail.metadata",
                                            G + "gmail.readonly", G + "gmail.modify")


def _new_id() -> str:
    return secrets.token_hex(8)


@dataclass
class Mailbox:
    email: str
    messages: dict[str, dict] = field(default_factory=dict)  # id -> {id, threadId, labelIds, raw, internalDate}
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id


@dataclass
class GmailApi:
    clock: Callable[[], datetime]
    lock: threading.RLock = field(default_factory=threading.RLock)
    mailboxes: dict[str, Mailbox] = field(default_factory=dict)

    def mailbox(self, email: str) -> Mailbox:
        with self.lock:
            return self.mailboxes.setdefault(email, Mailbox(email))

    def _store(self, box: Mailbox, raw: bytes, labels: list[str], thread: str | None = None) -> dict:
        message = {"id": _new_id(), "threadId": thread or _new_id(), "labelIds": labels, "raw": raw,
                   "internalDate": str(int(self.clock().timestamp() * 1000))}
        box.messages[message["id"]] = message
        return message

    # ------------------------------------------------------------------ drafts

    def create_draft(self, email: str, scopes: list[str], body: dict) -> tuple[int, dict]:
        if not {COMPOSE, MODIFY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        raw = _raw(body.get("message") or {})
        if raw is None:
            return api_error(400, "invalidArgument", "Invalid message: raw is required")
        with self.lock:
            box = self.mailbox(email)
            message = self._store(box, raw, ["DRAFT"])
            draft_id = "r" + str(secrets.randbelow(10**18))
            box.drafts[draft_id] = message["id"]
        return 200, self._draft(draft_id, message, "minimal", scopes)

    def list_drafts(self, email: str, scopes: list[str], query: dict[str, list[str]]) -> tuple[int, dict]:
        if not {COMPOSE, MODIFY, READONLY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        refused = _refuse_query(scopes, query)
        if refused:
            return refused
        with self.lock:
            box = self.mailbox(email)
            found = [(d, box.messages[m]) for d, m in box.drafts.items()]
        found.sort(key=lambda pair: (int(pair[1]["internalDate"]), pair[1]["id"]), reverse=True)
        answer, page, following = _page(found, query)
        if page:
            answer["drafts"] = [{"id": d, "message": {"id": m["id"], "threadId": m["threadId"]}} for d, m in page]
        if following:
            answer["nextPageToken"] = following
        return 200, answer

    def get_draft(self, email: str, scopes: list[str], draft_id: str, form: str) -> tuple[int, dict]:
        if not {COMPOSE, MODIFY, READONLY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        if METADATA in scopes and form in ("full", "raw"):
            return api_error(403, "forbidden", f"Metadata scope doesn't allow format {form.upper()}")
        with self.lock:
            box = self.mailbox(email)
            if draft_id not in box.drafts:
                return api_error(404, "notFound", "Requested entity was not found.")
            return 200, self._draft(draft_id, box.messages[box.drafts[draft_id]], form, scopes)

    def update_draft(self, email: str, scopes: list[str], draft_id: str, body: dict) -> tuple[int, dict]:
        if not {COMPOSE, MODIFY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        raw = _raw(body.get("message") or {})
        with self.lock:
            box = self.mailbox(email)
            if draft_id not in box.drafts:
                return api_error(404, "notFound", "Requested entity was not found.")
            if raw is None:
                return api_error(400, "invalidArgument", "Invalid message: raw is required")
            old = box.messages.pop(box.drafts[draft_id])
            message = self._store(box, raw, ["DRAFT"], old["threadId"])
            box.drafts[draft_id] = message["id"]
        return 200, self._draft(draft_id, message, "minimal", scopes)

    def delete_draft(self, email: str, scopes: list[str], draft_id: str) -> tuple[int, dict | None]:
        with self.lock:
            box = self.mailbox(email)
            if draft_id not in box.drafts:
                return api_error(404, "notFound", "Requested entity was not found.")
            box.messages.pop(box.drafts.pop(draft_id), None)
        return 204, None

    def _draft(self, draft_id: str, message: dict, form: str, scopes: list[str]) -> dict:
        return {"id": draft_id, "message": _message(message, form, None)}

    # ------------------------------------------------------------------ messages

    def list_messages(self, email: str, scopes: list[str], query: dict[str, list[str]]) -> tuple[int, dict]:
        if not {METADATA, READONLY, MODIFY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        refused = _refuse_query(scopes, query)
        if refused:
            return refused
        labels = set(query.get("labelIds", []))
        with self.lock:
            found = [m for m in self.mailbox(email).messages.values() if labels <= set(m["labelIds"])]
        found.sort(key=lambda m: (int(m["internalDate"]), m["id"]), reverse=True)
        answer, page, following = _page(found, query)
        if page:
            answer["messages"] = [{"id": m["id"], "threadId": m["threadId"]} for m in page]
        if following:
            answer["nextPageToken"] = following
        return 200, answer

    def get_message(self, email: str, scopes: list[str], message_id: str,
                    query: dict[str, list[str]]) -> tuple[int, dict]:
        form = query.get("format", ["full"])[-1]
        if not {METADATA, READONLY, MODIFY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        if METADATA in scopes and form in ("full", "raw"):
            return api_error(403, "forbidden", f"Metadata scope doesn't allow format {form.upper()}")
        with self.lock:
            message = self.mailbox(email).messages.get(message_id)
        if message is None:
            return api_error(404, "notFound", "Requested entity was not found.")
        return 200, _message(message, form, query.get("metadataHeaders"))

    def send_message(self, email: str, scopes: list[str], body: dict) -> tuple[int, dict]:
        if not {SEND, COMPOSE, MODIFY} & set(scopes):
            return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        raw = _raw(body)
        if raw is None:
            return api_error(400, "invalidArgument", "Invalid message: raw is required")
        return 200, _message(self.deliver(email, raw), "minimal", None)

    def deliver(self, sender: str, raw: bytes) -> dict:
        """A message the user sends: SENT in their mailbox, in the INBOX of any recipient here."""
        with self.lock:
            sent = self._store(self.mailbox(sender), raw, ["SENT"])
            parsed = message_from_bytes(raw, policy=policy.default)
            for _name, address in getaddresses([str(parsed.get(h, "")) for h in ("To", "Cc", "Bcc")]):
                if address.lower() in self.mailboxes or address.lower() == sender:
                    self._store(self.mailbox(address.lower()), raw, ["INBOX", "UNREAD"])
        return sent

    # ------------------------------------------------------------------ what the user does in Gmail

    def user_edits_draft(self, email: str, draft_id: str, text: str) -> None:
        with self.lock:
            box = self.mailbox(email)
            old = box.messages.pop(box.drafts[draft_id])
            parsed = message_from_bytes(old["raw"], policy=policy.default)
            edited = EmailMessage()
            for name in ("To", "Subject"):
                edited[name] = str(parsed[name])
            edited.set_content(text)
            box.drafts[draft_id] = self._store(box, edited.as_bytes(), ["DRAFT"], old["threadId"])["id"]

    def user_sends_draft(self, email: str, draft_id: str) -> None:
        with self.lock:
            box = self.mailbox(email)
            message = box.messages[box.drafts.pop(draft_id)]
            message["labelIds"] = ["SENT"]
            message["internalDate"] = str(int(self.clock().timestamp() * 1000))

    def user_writes(self, email: str, to: str, subject: str, text: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = email, to, subject
        message.set_content(text)
        self.deliver(email, message.as_bytes())

    def someone_writes(self, email: str, sender: str, subject: str, text: str = "") -> None:
        """A message from ``sender`` arrives in the user's inbox now (labelled ``INBOX`` and ``UNREAD``)."""
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = sender, email, subject
        message.set_content(text or "Hello")
        with self.lock:
            self._store(self.mailbox(email), message.as_bytes(), ["INBOX", "UNREAD"])

    def parsed_drafts(self, email: str) -> dict[str, EmailMessage]:
        """The user's drafts as parsed messages, by draft id."""
        with self.lock:
            box = self.mailbox(email)
            return {d: message_from_bytes(box.messages[m]["raw"], policy=policy.default)
                    for d, m in box.drafts.items()}

    def inbox(self, email: str) -> list[EmailMessage]:
        with self.lock:
            return [message_from_bytes(m["raw"], policy=policy.default)
                    for m in self.mailbox(email).messages.values() if "INBOX" in m["labelIds"]]


def _refuse_query(scopes: list[str], query: dict[str, list[str]]):
    if "q" in query and METADATA in scopes:
        return api_error(403, "forbidden", "Metadata scope does not support 'q' parameter")
    if query.get("q"):
        return api_error(400, "invalidArgument", "this fake implements no search")
    return None


def _page(found: list, query: dict[str, list[str]]) -> tuple[dict, list, str | None]:
    """A page of ``found`` (``maxResults`` up to 500, ``pageToken``), the answer's estimate, and the
    next page's token."""
    size = min(int(query.get("maxResults", ["100"])[-1]), 500)
    offset = int(query.get("pageToken", ["0"])[-1] or 0)
    following = str(offset + size) if offset + size < len(found) else None
    return {"resultSizeEstimate": len(found)}, found[offset:offset + size], following


def _raw(message: dict) -> bytes | None:
    value = message.get("raw")
    if not value:
        return None
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (ValueError, TypeError):
        return None


def _message(message: dict, form: str, wanted: list[str] | None) -> dict:
    shown = {"id": message["id"], "threadId": message["threadId"], "labelIds": list(message["labelIds"])}
    if form in ("metadata", "full"):
        parsed = message_from_bytes(message["raw"], policy=policy.default)
        names = {w.lower() for w in wanted} if wanted and form == "metadata" else None
        headers = [{"name": k, "value": str(v)} for k, v in parsed.items() if names is None or k.lower() in names]
        shown.update(internalDate=message["internalDate"], snippet="", sizeEstimate=len(message["raw"]),
                     payload={"mimeType": parsed.get_content_type(), "headers": headers})
    if form == "raw":
        shown.update(internalDate=message["internalDate"],
                     raw=base64.urlsafe_b64encode(message["raw"]).decode())
    return shown
