"""Who sent the message the user opened, and which interviews that person belongs to.

The HTTP runtime gives the contextual trigger only the message id. The sender comes from Gmail
(``users.messages.get`` with ``format=metadata`` and only the ``From`` header), authorised by the
user's add-on token plus the per-message token in ``X-Goog-Gmail-Access-Token``: that needs the
``gmail.addons.current.message.metadata`` scope alone, never access to the mailbox.
"""
from __future__ import annotations

from email.utils import parseaddr
from urllib.parse import quote

import requests

from notes.store.model import Interview
from providers.detection.systems import FREEMAIL
from providers.errors import SenderUnknown

TIMEOUT_SECONDS = 5.0


def sender_of(session: requests.Session, api_root: str, user_token: str, message_token: str,
              message_id: str) -> str:
    """The sender's address (lower case) of the open message."""
    if not (user_token and message_token and message_id):
        raise SenderUnknown("the event carries no message or no token to read it")
    url = f"{api_root.rstrip('/')}/gmail/v1/users/me/messages/{quote(message_id, safe='')}"
    try:
        response = session.get(url, params={"format": "metadata", "metadataHeaders": "From"},
                               headers={"Authorization": f"Bearer {user_token}",
                                        "X-Goog-Gmail-Access-Token": message_token},
                               timeout=TIMEOUT_SECONDS)
        response.raise_for_status()
        headers = response.json().get("payload", {}).get("headers", [])
    except (requests.RequestException, ValueError, AttributeError) as exc:
        raise SenderUnknown(f"Gmail did not give the message's sender: {exc}") from exc
    sender = next((h.get("value", "") for h in headers if isinstance(h, dict)
                   and str(h.get("name", "")).lower() == "from"), "")
    address = parseaddr(sender)[1].strip().lower()
    if "@" not in address:
        raise SenderUnknown("the message has no readable sender")
    return address


def _addresses(interview: Interview) -> set[str]:
    found = {str(p.get("email", "")).lower() for p in interview.people or ()}
    if interview.organizer and interview.organizer.get("email"):
        found.add(str(interview.organizer["email"]).lower())
    return {a for a in found if "@" in a}


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def interviews_with(interviews: list[Interview], sender: str) -> list[Interview]:
    """The interviews this sender took part in: the same address first, then the same company
    domain (never a public mail domain, where the same domain says nothing)."""
    exact = [i for i in interviews if sender in _addresses(i)]
    domain = _domain(sender)
    if exact or domain in FREEMAIL:
        return exact
    return [i for i in interviews if domain in {_domain(a) for a in _addresses(i)}]
