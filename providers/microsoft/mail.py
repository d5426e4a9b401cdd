"""The user's Outlook mailbox through Graph: drafts, the sent-check, nudges to the user.

Drafts are created and read with immutable ids (``Prefer: IdType="ImmutableId"``), so a draft
keeps its id when the user sends it and it moves to Sent Items. The version Afterview wrote is
the draft's ``changeKey``: any edit by the user changes it, and an overwrite is sent with
``If-Match`` on it, so a draft the user edited is never overwritten.

Whether a company wrote since an interview (the follow-up waits for their answer) is read from the
inbox with only each message's sender and arrival time (``$select=from,receivedDateTime``, filtered on
``receivedDateTime``): ``Mail.ReadWrite``, already held for drafts and the sent-check, allows it.

Exactly once: each draft and each nudge carries Afterview's mark in a hidden single-value
extended property. A retry after an attempt that may have reached Graph (``since``) looks for the
mark in Drafts and Sent Items before making anything. A nudge goes out as a marked draft that is
then sent (``POST me/messages/{id}/send``, saved in Sent Items): a retry finds it sent, or finds
the draft an interrupted attempt left and sends that one, never a second message.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

from ..base import DraftRef, Mailbox, OutgoingNote, PermissionMissing, ProviderError, sender_matches
from ..text import header_text
from .graph import IMMUTABLE_IDS, GraphClient, GraphFailure, raise_for

MARKER = "String {9d4c6a2e-5b1f-4e0a-9f3c-7a1e2b4c6d80} Name AfterviewNote"
ADDRESSES_PER_QUERY = 10
MAX_SENT_PAGES = 20
MAX_INBOX_PAGES = 20  # of 50 messages each: what arrived since an interview
DRAFT_FIELDS = "id,isDraft,changeKey,lastModifiedDateTime"


class MicrosoftMailbox(Mailbox):
    """One account's mailbox; ``me`` is its own address (nudges go there)."""

    def __init__(self, graph: GraphClient, me: str, can_send: bool = True):
        self._graph = graph
        self._me = me
        self._can_send = can_send

    def create_draft(self, note: OutgoingNote, since: datetime | None = None) -> DraftRef:
        marker = _marker(note)
        if since is not None:
            existing = self._marked("Drafts", marker) or self._marked("SentItems", marker)
            if existing is not None:
                return existing
        return self._create(_message(note), marker)

    def draft_state(self, draft: DraftRef) -> str:
        response = self._graph.request("GET", f"me/messages/{draft.id}", params={"$select": DRAFT_FIELDS},
                                       prefer=(IMMUTABLE_IDS,))
        if response.status_code == 404:
            return "gone"
        raise_for(response, "reading a draft")
        data = response.json()
        if not data.get("isDraft", True):
            return "gone"  # sent: with an immutable id it is the same message, now in Sent Items
        return "unchanged" if _ref(data).version == draft.version else "edited"

    def replace_draft(self, draft: DraftRef, note: OutgoingNote) -> DraftRef:
        change_key = draft.version.partition("|")[0]
        headers = {"If-Match": f'W/"{change_key}"'} if change_key else None
        message = dict(_message(note), singleValueExtendedProperties=[{"id": MARKER, "value": _marker(note)}])
        response = self._graph.request("PATCH", f"me/messages/{draft.id}", body=message,
                                       prefer=(IMMUTABLE_IDS,), headers=headers)
        if response.status_code == 412:
            raise GraphFailure("the draft was changed in the mailbox meanwhile; it is left as it is", 412)
        raise_for(response, "updating a draft")
        return _ref(response.json())

    def sent_to(self, addresses: Iterable[str], since: datetime) -> set[str]:
        wanted = sorted({a.strip().lower() for a in addresses if a and "@" in a})
        found: set[str] = set()
        for start in range(0, len(wanted), ADDRESSES_PER_QUERY):
            chunk = wanted[start:start + ADDRESSES_PER_QUERY]
            found |= self._sent_among(chunk, since)
        return found

    def _sent_among(self, addresses: list[str], since: datetime) -> set[str]:
        anyone = " or ".join(f"toRecipients/any(r:r/emailAddress/address eq {_literal(a)})" for a in addresses)
        params = {
            "$filter": f"sentDateTime ge {_instant(since)} and ({anyone})",
            "$select": "toRecipients,sentDateTime",
            "$top": "50",
        }
        link, found = "me/mailFolders/SentItems/messages", set()
        for _ in range(MAX_SENT_PAGES):
            page = self._graph.json("GET", link, params=params, prefer=(IMMUTABLE_IDS,))
            for message in page.get("value") or ():
                for recipient in message.get("toRecipients") or ():
                    address = str((recipient.get("emailAddress") or {}).get("address") or "").lower()
                    if address in addresses:
                        found.add(address)
            link, params = page.get("@odata.nextLink"), None
            if not link or found >= set(addresses):
                break
        return found

    def received_from(self, senders: Iterable[str], since: datetime) -> bool:
        wanted = [s for s in senders if s]
        params = {
            "$filter": f"receivedDateTime ge {_instant(since)}",
            "$orderby": "receivedDateTime desc",
            "$select": "from,receivedDateTime",
            "$top": "50",
        }
        link = "me/mailFolders/inbox/messages"
        for _ in range(MAX_INBOX_PAGES):
            page = self._graph.json("GET", link, params=params, prefer=(IMMUTABLE_IDS,))
            for message in page.get("value") or ():
                address = str(((message.get("from") or {}).get("emailAddress") or {}).get("address") or "")
                if address and sender_matches(address, wanted):
                    return True
            link, params = page.get("@odata.nextLink"), None
            if not link:
                break
        return False

    def notify_self(self, subject: str, body: str, marker: str = "", since: datetime | None = None) -> None:
        if not self._can_send:
            raise PermissionMissing("Mail.Send was not granted: reconnect Microsoft with nudges turned on")
        message = {
            "subject": header_text(subject, 255),
            "body": {"contentType": "Text", "content": body},
            "toRecipients": [{"emailAddress": {"address": self._me}}],
        }
        marker = marker or _digest(self._me, subject, body)
        if since is not None:
            if self._marked("SentItems", marker) is not None:
                return  # an earlier attempt sent it
            left = self._marked("Drafts", marker)
            if left is not None:  # made, never sent: send that one
                self._send(left.id)
                return
        self._send(self._create(message, marker).id)

    def _create(self, message: dict, marker: str) -> DraftRef:
        message = dict(message, singleValueExtendedProperties=[{"id": MARKER, "value": marker}])
        return _ref(self._graph.json("POST", "me/messages", body=message, prefer=(IMMUTABLE_IDS,), retry=False))

    def _send(self, message_id: str) -> None:
        response = self._graph.request("POST", f"me/messages/{message_id}/send", prefer=(IMMUTABLE_IDS,),
                                       retry=False)
        raise_for(response, "sending a nudge")

    def _marked(self, folder: str, marker: str) -> DraftRef | None:
        """The message in ``folder`` (Drafts or SentItems) carrying ``marker``."""
        found = f"singleValueExtendedProperties/Any(ep: ep/id eq {_literal(MARKER)} and ep/value eq {_literal(marker)})"
        page = self._graph.json("GET", f"me/mailFolders/{folder}/messages",
                                params={"$filter": found, "$select": DRAFT_FIELDS, "$top": "1"},
                                prefer=(IMMUTABLE_IDS,))
        items = page.get("value") or ()
        return _ref(items[0]) if items else None


def _message(note: OutgoingNote) -> dict:
    recipient = {"address": note.to.email}
    if header_text(note.to.name):
        recipient["name"] = header_text(note.to.name)
    return {
        "subject": header_text(note.subject),
        "body": {"contentType": "HTML", "content": note.body_html},
        "toRecipients": [{"emailAddress": recipient}],
    }


def _ref(data: dict) -> DraftRef:
    if not data.get("id"):
        raise ProviderError("Microsoft Graph returned a message without an id")
    version = f"{data.get('changeKey') or ''}|{data.get('lastModifiedDateTime') or ''}"
    return DraftRef(id=str(data["id"]), version=version)


def _marker(note: OutgoingNote) -> str:
    """The note's own marker, else one derived from its content."""
    return note.marker or _digest(note.to.email.lower(), note.subject, note.body_html)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


def _literal(text: str) -> str:
    """An OData string literal (a quote is written twice)."""
    return "'" + text.replace("'", "''") + "'"


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
