"""A Gmail mailbox (Gmail API v1) as a ``Mailbox``: drafts, the sent-check, nudges to oneself.

Drafts: one per note (``drafts.create``, a multipart/alternative message, text and HTML, to the
person met). Gmail gives every saved version of a draft a new message id, so the id Afterview
wrote is the draft's version: a different one means the user edited it, a 404 that it was sent
or deleted (``drafts.get`` with ``format=minimal`` reads only ids and labels).

The sent-check uses the ``gmail.metadata`` scope, which reads labels and headers, never bodies,
and cannot search (no ``q``): it lists messages with the ``SENT`` label, newest first, and reads
the To/Cc/Bcc headers of those sent since the interview ended (``format=metadata``).

Whether a company wrote since an interview (the follow-up waits for their answer) is read the same
way, with ``gmail.metadata``: messages labelled ``INBOX``, newest first, only their ``From`` header,
back to the time asked.

Nudges go to the user's own address with ``messages.send`` (``gmail.send``).

Exactly once: a draft and a nudge carry Afterview's mark in a header of their own
(``X-Afterview-Mark``). A retry after an attempt that may have reached Gmail (``since``) looks for
it before making another: with ``gmail.metadata``, which cannot search, it lists the messages
labelled ``DRAFT`` (or ``SENT``), newest first, reads only that header of those made since the
attempt began, and finds the draft holding the marked message with ``drafts.list``
(``gmail.compose``). Without ``gmail.metadata`` a retry cannot look, so it refuses
(``PermissionMissing``) rather than risk a second draft or mail.
"""
from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import getaddresses

from ..base import DraftRef, Mailbox, OutgoingNote, PermissionMissing, ProviderError, sender_matches
from ..text import header_text
from .auth import DRAFTS, SEND, SENT_CHECK
from .http import Missing

ME = "me"
SENT_PAGE = 100
MAX_SENT_LOOKUPS = 300  # messages read per sent-check at most (a job seeker sends few a day)
MAX_INBOX_LOOKUPS = 500  # inbox messages read at most when looking for a reply from a company
MESSAGE_POLICY = policy.default.clone(linesep="\r\n", max_line_length=998)  # headers unfolded where allowed
MARK_HEADER = "X-Afterview-Mark"
CLOCK_SKEW = timedelta(minutes=15)  # Gmail's clock and ours may differ: look back this much further
MAX_MARK_LOOKUPS = 200  # messages read at most when looking for a marked one
DRAFT_PAGE = 500


class GoogleMailbox(Mailbox):
    """The account's Gmail, through an authorised ``GoogleAccountSession``."""

    def __init__(self, session, drafts, messages, address: str, scopes: Iterable[str]):
        self._session = session
        self._drafts = drafts  # the users.drafts and users.messages resources of a built Gmail v1 service
        self._messages = messages
        self._address = address
        self._scopes = set(scopes)

    def create_draft(self, note: OutgoingNote, since: datetime | None = None) -> DraftRef:
        self._require(DRAFTS, "drafts")
        if since is not None and note.marker:
            made = self._marked("DRAFT", note.marker, since)
            existing = self._draft_holding(made) if made else None
            if existing is not None:
                return existing
        draft = self._session.execute(
            self._drafts.create(userId=ME, body={"message": {"raw": _raw(note)}}), idempotent=False)
        return DraftRef(id=str(draft["id"]), version=str(draft["message"]["id"]))

    def draft_state(self, draft: DraftRef) -> str:
        self._require(DRAFTS, "drafts")
        try:
            current = self._session.execute(self._drafts.get(userId=ME, id=draft.id, format="minimal"))
        except Missing:
            return "gone"
        return "unchanged" if str(current.get("message", {}).get("id")) == draft.version else "edited"

    def replace_draft(self, draft: DraftRef, note: OutgoingNote) -> DraftRef:
        self._require(DRAFTS, "drafts")
        body = {"id": draft.id, "message": {"raw": _raw(note)}}
        updated = self._session.execute(self._drafts.update(userId=ME, id=draft.id, body=body))
        return DraftRef(id=str(updated["id"]), version=str(updated["message"]["id"]))

    def sent_to(self, addresses: Iterable[str], since: datetime) -> set[str]:
        self._require(SENT_CHECK, "the sent-check")
        wanted = {a.strip().lower() for a in addresses}
        found: set[str] = set()
        since_ms = int(since.astimezone(UTC).timestamp() * 1000)
        for message_id in self._labelled_ids("SENT"):
            message = self._session.execute(self._messages.get(
                userId=ME, id=message_id, format="metadata", metadataHeaders=["To", "Cc", "Bcc"]))
            if int(message.get("internalDate", "0")) < since_ms:
                continue
            found |= wanted & _recipients(message)
            if found == wanted:
                break
        return found

    def received_from(self, senders: Iterable[str], since: datetime) -> bool:
        self._require(SENT_CHECK, "reading who wrote to you")
        wanted = [s for s in senders if s]
        since_ms = int(since.astimezone(UTC).timestamp() * 1000)
        for message_id in self._labelled_ids("INBOX", MAX_INBOX_LOOKUPS):
            message = self._session.execute(self._messages.get(
                userId=ME, id=message_id, format="metadata", metadataHeaders=["From"]))
            if int(message.get("internalDate", "0")) < since_ms:
                return False  # newest first: the rest arrived earlier still
            if any(sender_matches(address, wanted) for _name, address in getaddresses(_header_values(message, "From"))):
                return True
        return False

    def _labelled_ids(self, label: str, most: int = MAX_SENT_LOOKUPS):
        """Ids of messages labelled ``label``, newest first (the caller stops once they are older
        than it needs)."""
        page_token, seen = None, 0
        while seen < most:
            page = self._session.execute(self._messages.list(
                userId=ME, labelIds=[label], maxResults=SENT_PAGE, pageToken=page_token))
            ids = [m["id"] for m in page.get("messages", []) if m.get("id")]
            yield from ids[:most - seen]
            seen += len(ids)
            page_token = page.get("nextPageToken")
            if not page_token or not ids:
                return

    def notify_self(self, subject: str, body: str, marker: str = "", since: datetime | None = None) -> None:
        if SEND not in self._scopes and DRAFTS not in self._scopes:
            raise PermissionMissing("sending was not allowed when the account was connected")
        if since is not None and marker and self._marked("SENT", marker, since):
            return  # an earlier attempt sent it
        message = EmailMessage(policy=MESSAGE_POLICY)
        message["To"] = message["From"] = self._address
        message["Subject"] = header_text(subject)
        if marker:
            message[MARK_HEADER] = marker
        message.set_content(body)
        self._session.execute(self._messages.send(userId=ME, body={"raw": _encode(message)}), idempotent=False)

    def _marked(self, label: str, marker: str, since: datetime) -> str | None:
        """The id of the message labelled ``label`` carrying ``marker``, made since ``since``."""
        if SENT_CHECK not in self._scopes:
            raise PermissionMissing("finding what an interrupted attempt made needs reading message headers "
                                    "(gmail.metadata), which was not allowed when the account was connected")
        since_ms = int((since - CLOCK_SKEW).astimezone(UTC).timestamp() * 1000)
        for message_id in self._labelled_ids(label, MAX_MARK_LOOKUPS):
            message = self._session.execute(self._messages.get(
                userId=ME, id=message_id, format="metadata", metadataHeaders=[MARK_HEADER]))
            if marker in _header_values(message, MARK_HEADER):
                return message_id
            if int(message.get("internalDate", "0")) < since_ms:
                return None
        return None

    def _draft_holding(self, message_id: str) -> DraftRef | None:
        """The draft whose current message is ``message_id`` (``drafts.list`` gives both ids)."""
        page_token = None
        while True:
            page = self._session.execute(self._drafts.list(userId=ME, maxResults=DRAFT_PAGE, pageToken=page_token))
            for draft in page.get("drafts", []):
                if str((draft.get("message") or {}).get("id")) == message_id and draft.get("id"):
                    return DraftRef(id=str(draft["id"]), version=message_id)
            page_token = page.get("nextPageToken")
            if not page_token:
                return None

    def _require(self, scope: str, what: str) -> None:
        if scope not in self._scopes:
            raise PermissionMissing(f"{what} were not allowed when the account was connected")


def _raw(note: OutgoingNote) -> str:
    """The note as an RFC 5322 message: To the person met, text and HTML alternatives."""
    message = EmailMessage(policy=MESSAGE_POLICY)
    try:
        message["To"] = Address(display_name=_line(note.to.name), addr_spec=note.to.email)
    except (ValueError, IndexError) as exc:
        raise ProviderError(f"{note.to.email[:100]!r} cannot be used as a recipient") from exc
    message["Subject"] = _line(note.subject)
    if note.marker:
        message[MARK_HEADER] = note.marker
    message.set_content(note.body_text)
    message.add_alternative(note.body_html, subtype="html")
    return _encode(message)


_line = header_text  # a subject or a name never spans lines


def _encode(message: EmailMessage) -> str:
    return base64.urlsafe_b64encode(message.as_bytes()).decode("ascii")


def _header_values(message: dict, name: str) -> list[str]:
    headers = (message.get("payload") or {}).get("headers") or []
    return [str(h.get("value", "")).strip() for h in headers if str(h.get("name", "")).lower() == name.lower()]


def _recipients(message: dict) -> set[str]:
    headers = (message.get("payload") or {}).get("headers") or []
    values = [h.get("value", "") for h in headers if str(h.get("name", "")).lower() in ("to", "cc", "bcc")]
    return {address.strip().lower() for _name, address in getaddresses(values) if "@" in address}
