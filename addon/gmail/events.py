"""The event object Google posts to every add-on endpoint, read into what Afterview uses.

Shape (HTTP runtime)::

    {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en",
                           "timeZone": {"id": "Europe/Paris", "offset": 3600000},
                           "formInputs": {"details": {"stringInputs": {"value": ["..."]}}},
                           "parameters": {"do": "open_interview", "interview": "12"}},
     "authorizationEventObject": {"userOAuthToken": "...", "userIdToken": "...", "systemIdToken": "..."},
     "gmail": {"messageId": "...", "threadId": "...", "accessToken": "...",
               "toRecipients": ["..."], "ccRecipients": [], "bccRecipients": []},
     "draftMetadata": {"toRecipients": [...], ...}}        # compose trigger, older field names

Everything here is untrusted until the tokens are verified; this module only reads shapes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from notes.errors import InvalidInput

MAX_PARAMETERS = 20
MAX_PARAMETER_LENGTH = 200
MAX_INPUT_LENGTH = 20_000


@dataclass(frozen=True)
class AddonEvent:
    """What one add-on request says, apart from who sent it."""

    parameters: dict[str, str] = field(default_factory=dict)
    form: dict[str, list[str]] = field(default_factory=dict)
    user_id_token: str = ""
    user_oauth_token: str = ""
    message_id: str = ""
    message_token: str = ""
    draft_recipients: tuple[str, ...] = ()
    time_zone: str = ""
    host_app: str = ""

    def text(self, name: str) -> str | None:
        """The first value of a text input, ``None`` when the card had no such input."""
        values = self.form.get(name)
        return values[0] if values else (None if values is None else "")

    def selected(self, name: str) -> list[str]:
        """The values chosen in a selection input (empty when nothing is selected)."""
        return list(self.form.get(name) or [])


def _object(data, key: str) -> dict:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def _string(data: dict, key: str, limit: int = 8192) -> str:
    value = data.get(key)
    return value[:limit] if isinstance(value, str) else ""


def _parameters(common: dict) -> dict[str, str]:
    raw = common.get("parameters") or {}
    if not isinstance(raw, dict) or len(raw) > MAX_PARAMETERS:
        raise InvalidInput("card parameters must be a small map of strings")
    params = {}
    for key, value in raw.items():
        if not isinstance(value, str) or len(value) > MAX_PARAMETER_LENGTH:
            raise InvalidInput("card parameters must be short strings")
        params[str(key)] = value
    return params


def _form(common: dict) -> dict[str, list[str]]:
    raw = common.get("formInputs") or {}
    form: dict[str, list[str]] = {}
    if not isinstance(raw, dict):
        return form
    for name, value in raw.items():
        strings = _object(value, "stringInputs").get("value")
        if isinstance(strings, list):
            form[str(name)] = [s[:MAX_INPUT_LENGTH] for s in strings if isinstance(s, str)]
    return form


def _recipients(*sources: dict) -> tuple[str, ...]:
    found: list[str] = []
    for source in sources:
        for key in ("toRecipients", "ccRecipients", "bccRecipients"):
            values = source.get(key)
            if isinstance(values, list):
                found.extend(v.strip().lower() for v in values if isinstance(v, str) and "@" in v)
    return tuple(dict.fromkeys(found))


def parse_event(data) -> AddonEvent:
    """Read an event object; ``InvalidInput`` when it is not one."""
    if not isinstance(data, dict):
        raise InvalidInput("send an add-on event object")
    common = _object(data, "commonEventObject")
    auth = _object(data, "authorizationEventObject")
    gmail = _object(data, "gmail")
    legacy_message = _object(data, "messageMetadata")
    return AddonEvent(
        parameters=_parameters(common),
        form=_form(common),
        user_id_token=_string(auth, "userIdToken"),
        user_oauth_token=_string(auth, "userOAuthToken"),
        message_id=_string(gmail, "messageId", 200) or _string(legacy_message, "messageId", 200),
        message_token=_string(gmail, "accessToken") or _string(legacy_message, "accessToken"),
        draft_recipients=_recipients(gmail, _object(data, "draftMetadata")),
        time_zone=_string(_object(common, "timeZone"), "id", 64),
        host_app=_string(common, "hostApp", 32),
    )
