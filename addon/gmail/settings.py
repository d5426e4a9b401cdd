"""The settings card: channel, delay, nudges, language, signature lines, connected calendars.

``changes_from`` turns the card's form inputs into the changes ``notes.usecases.service.update_profile``
takes, so the sidebar and the local API share one set of rules.
"""
from __future__ import annotations

from notes.errors import InvalidInput
from notes.statuses import AccountStatus
from notes.store.model import Account, User

from .cards import View
from .events import AddonEvent
from .widgets import bold, button, buttons, card, checkbox, decorated, dropdown, esc, paragraph, section, text_input

CHANNELS = [("auto", "Email, and a handwritten card when it suits the employer"),
            ("email", "Email only"), ("handwritten", "Handwritten card as well, always")]
LANGUAGES = [("auto", "The invitation's language"), ("en", "English"), ("de", "Deutsch"),
             ("fr", "Français"), ("es", "Español")]
DELAYS = [0, 5, 10, 15, 30, 60, 120, 240]
ACCOUNT_STATES = {AccountStatus.ACTIVE: "connected", AccountStatus.REAUTH_REQUIRED: "needs reconnecting",
                  AccountStatus.DISABLED: "disconnected"}


def _delay_options(current: int | None) -> list[tuple[str, str]]:
    minutes = sorted(set(DELAYS) | ({current} if current is not None else set()))
    options = [("default", "Server default")]
    options += [(str(m), "Right after it ends" if m == 0 else f"{m} minutes after it ends") for m in minutes]
    return options


def _account_row(view: View, account: Account) -> dict:
    state = ACCOUNT_STATES.get(account.status, account.status)
    action = None
    if account.status != AccountStatus.DISABLED:
        action = button("Disconnect", view.run("confirm_disconnect", account=account.id))
    return decorated(bold(esc(account.display_name or account.external_id, 300)),
                     top=esc(account.provider), bottom=esc(state), button_widget=action, icon="INVITE")


def settings_card(view: View, user: User, accounts: list[Account]) -> dict:
    """The user's preferences as a form, and their calendars with a way to disconnect each."""
    delay = "default" if user.proposal_delay_minutes is None else str(user.proposal_delay_minutes)
    preferences = section([
        dropdown("channel", "How to thank", CHANNELS, user.channel or "auto"),
        dropdown("delay", "When to propose the notes", _delay_options(user.proposal_delay_minutes), delay),
        checkbox("nudges", "Reminders", "Mail me when notes or a follow-up are ready, and once more if a note is "
                 "still unsent", bool(user.nudges_enabled)),
        checkbox("follow_ups", "Follow-ups", "Propose one polite follow-up when a promised answer does not come",
                 bool(user.follow_ups_enabled)),
        dropdown("language", "Language of the notes", LANGUAGES, user.language or "auto"),
    ], header="Notes")
    signature = section([
        text_input("name", "Your name", user.name or ""),
        text_input("phone", "Phone", user.phone or ""),
        text_input("signature", "Other contact lines", user.signature or "", multiline=True,
                   hint="For example your LinkedIn or portfolio address"),
        buttons(button("Save settings", view.run("save_settings"), filled=True)),
    ], header="Signature")
    rows = [_account_row(view, a) for a in accounts] or [paragraph("No calendar is connected.")]
    return card("Settings", [preferences, signature, section(rows, header="Calendars")], name="settings")


def confirm_disconnect_card(view: View, account: Account) -> dict:
    """Ask before disconnecting: Afterview revokes its access and forgets what it found there."""
    name = esc(account.display_name or account.external_id, 300)
    return card("Disconnect a calendar", [section([
        paragraph(f"Disconnect {bold(name)}? Afterview gives up its access and forgets the interviews "
                  "and notes it found there."),
        buttons(button("Disconnect", view.run("disconnect", account=account.id), filled=True),
                button("Keep it", view.run("back"))),
    ])], name="confirm-disconnect")


def _choice(event: AddonEvent, name: str, allowed: list[str]) -> str | None:
    values = event.selected(name)
    if not values:
        return None
    if values[0] not in allowed:
        raise InvalidInput(f"unknown choice for {name}")
    return values[0]


def changes_from(event: AddonEvent) -> dict:
    """The settings form as ``update_profile`` changes (fields the card did not send are left)."""
    changes: dict = {}
    channel = _choice(event, "channel", [c for c, _ in CHANNELS])
    if channel:
        changes["channel"] = channel
    language = _choice(event, "language", [c for c, _ in LANGUAGES])
    if language:
        changes["language"] = None if language == "auto" else language
    delay = event.selected("delay")
    if delay:
        if delay[0] != "default" and not delay[0].isdigit():
            raise InvalidInput("choose when to propose the notes from the list")
        changes["proposal_delay_minutes"] = None if delay[0] == "default" else int(delay[0])
    if "delay" in event.form or "channel" in event.form:
        changes["nudges_enabled"] = "on" in event.selected("nudges")
        changes["follow_ups_enabled"] = "on" in event.selected("follow_ups")
    for name in ("name", "phone", "signature"):
        value = event.text(name)
        if value is not None:
            changes[name] = value.strip()
    return changes
