"""The sidebar's cards: home, one interview, the compose picker, settings.

Builders take stored rows and a ``View`` (the clock, the user's zone, the action endpoint and a
way to make connect links) and return card JSON; they never touch Flask or the database.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from notes.statuses import HELP_RECORD, OPEN_NOTE, AccountStatus, InterviewStatus, NoteStatus
from notes.store.model import Account, Interview, Note, User

from .widgets import (
    bold,
    button,
    buttons,
    card,
    colored,
    decorated,
    divider,
    esc,
    open_link,
    paragraph,
    run,
    section,
)

LIVE = OPEN_NOTE
STATUS_WORDS = {NoteStatus.PROPOSED: "proposed", NoteStatus.EDITED: "edited by you", NoteStatus.SENT: "sent",
                NoteStatus.DISMISSED: "dismissed"}
HOME_RECENT = 10
HOME_UPCOMING = 5
GMAIL_DRAFT = "https://mail.google.com/mail/#drafts?compose="


@dataclass(frozen=True)
class View:
    """What every card needs besides the rows it shows."""

    now: datetime
    zone: ZoneInfo
    action_url: str
    connect_link: Callable[[str, dict], str | None]  # provider, options -> one-time URL or None
    # the account whose mailbox an interview's notes are written in (notes.usecases.mail_account)
    mailbox_of: Callable[[Interview], Account | None] = lambda interview: interview.account

    def when(self, moment: datetime) -> str:
        local = moment.astimezone(self.zone)
        return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"

    def run(self, do: str, **parameters) -> dict:
        return run(self.action_url, do=do, **parameters)


def headline(interview: Interview) -> str:
    """Company and role, or the event's title when detection found neither."""
    parts = [p for p in (interview.company, interview.role) if p]
    return " · ".join(parts) if parts else (interview.title or "Interview")


def person(note: Note) -> str:
    return note.recipient_name or note.recipient_email


CHANNEL_WORDS = {"email": "email", "handwritten": "card"}


def channel_word(note: Note) -> str:
    """How the note goes: "email" or "card" (a handwritten card)."""
    return CHANNEL_WORDS.get(note.channel, note.channel)


def ended(view: View, interview: Interview) -> bool:
    """Whether the interview is over (its notes may still be coming)."""
    return interview.end_at <= view.now


def finding_line(finding: dict, limit: int = 500) -> str:
    """One check's result with its hint, coloured by severity (formatted text)."""
    label = {"block": "Fix", "warn": "Check", "info": "Note"}.get(finding["severity"], "Check")
    return colored(bold(label), finding["severity"]) + " " + esc(finding["message"], limit)


def note_state(note: Note, findings: list[dict], limit: int = 500) -> str:
    """The note's status and its most pressing finding (formatted text)."""
    state = esc(STATUS_WORDS.get(note.status, note.status))
    if note.status in LIVE and findings:
        first = sorted(findings, key=lambda f: f["severity"] != "block")[0]
        more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
        return f"{state} · {finding_line(first, limit)}{esc(more)}"
    return state + (" · ready to insert" if note.status in LIVE else "")


def blocked(findings: list[dict]) -> bool:
    return any(f["severity"] == "block" for f in findings)


def draft_link(view: View, note: Note) -> str | None:
    """The Gmail draft Afterview wrote for this note, when there is one."""
    if not note.draft_id:
        return None
    mailbox = view.mailbox_of(note.interview)
    if mailbox is None or mailbox.provider != "google":
        return None
    return GMAIL_DRAFT + quote(note.draft_version or note.draft_id, safe="")


# --------------------------------------------------------------------------- home


def _connect_section(view: View) -> dict:
    intro = paragraph("Connect your calendar: Afterview finds your interviews and, once one ends, "
                      "proposes a thank-you note for each person you met.")
    plain_link = view.connect_link("google", {"drafts": False, "nudges": False})
    if plain_link is None:
        return section([intro, paragraph("<i>Connecting Google is not set up on this server yet.</i>")],
                       header="Get started")
    full_link = view.connect_link("google", {"drafts": True, "nudges": True})
    return section([intro, buttons(
        button("Connect Google Calendar", open_link(plain_link, overlay=True, reload_on_close=True), filled=True),
        button("Connect, with drafts and reminders", open_link(full_link, overlay=True, reload_on_close=True)),
    )], header="Get started")


def _reconnect_section(view: View, account: Account, user: User) -> dict:
    text = paragraph(f"Afterview lost access to {bold(esc(account.display_name or account.external_id, 300))}. "
                     "Reconnect it to keep finding your interviews.")
    link = view.connect_link(account.provider, {"drafts": user.drafts_enabled, "nudges": user.nudges_enabled})
    if link is None:
        return section([text], header="Reconnect")
    return section([text, buttons(button("Reconnect", open_link(link, overlay=True, reload_on_close=True),
                                         filled=True))], header="Reconnect")


def _interview_row(view: View, interview: Interview, live: list[Note]) -> dict:
    if interview.status == InterviewStatus.UPCOMING:
        bottom = "ended · notes coming" if ended(view, interview) else "notes are proposed after it ends"
    elif live:
        bottom = f"{len(live)} note{'s' if len(live) != 1 else ''} waiting" + (" · late" if interview.late else "")
    else:
        bottom = "all done"
    return decorated(bold(esc(headline(interview), 300)), top=esc(view.when(interview.start_at)),
                     bottom=esc(bottom), on_click=view.run("open_interview", interview=interview.id),
                     icon="INVITE")


def _note_row(view: View, note: Note, findings: list[dict]) -> dict:
    return decorated(esc(f"To {person(note)} · {channel_word(note)}", 300),
                     bottom=note_state(note, findings, limit=90),
                     on_click=view.run("open_interview", interview=note.interview_id), icon="EMAIL")


def thanks_row(view: View, note: Note, findings: list[dict]) -> dict:
    """One note of thanks for help (no interview behind it): to whom, what for, where it stands."""
    return decorated(bold(esc(f"To {person(note)}", 300)), top=esc(note.interview.title, 300),
                     bottom=note_state(note, findings, limit=90),
                     on_click=view.run("open_thanks", thanks=note.interview_id), icon="EMAIL")


def _held_section(view: View, account: Account) -> dict:
    """A calendar that suddenly showed none of its interviews: nothing was removed; the user says."""
    count = len(account.held_removals or ())
    name = account.display_name or account.external_id
    remove = button(f"Remove the {count}", view.run("confirm_removal", account=account.id),
                    alt=f"Remove the {count} interviews {name} stopped showing")
    return section([paragraph(esc(account.warning)), buttons(remove)], header="Check your calendar")


def homepage(view: View, user: User, recent: list[Interview], upcoming: list[Interview], accounts: list[Account],
             findings: dict[int, list[dict]], notice: str = "",
             thanks: list[tuple[Note, list[dict]]] = ()) -> dict:
    """Recent interviews with each note's status and findings, then the next ones, then the notes
    of thanks for help still open (``thanks``); connect or reconnect first when no calendar is
    connected or a grant was revoked."""
    sections = [section([paragraph(esc(notice))])] if notice else []
    if not any(a.status in (AccountStatus.ACTIVE, AccountStatus.REAUTH_REQUIRED) for a in accounts):
        sections.append(_connect_section(view))
    sections += [_reconnect_section(view, a, user) for a in accounts if a.status == AccountStatus.REAUTH_REQUIRED]
    sections += [_held_section(view, a) for a in accounts if a.warning and a.held_removals]
    waiting, done = [], []
    for interview in recent:
        live = [n for n in interview.notes if n.status in LIVE]
        rows = [_interview_row(view, interview, live)]
        rows += [_note_row(view, n, findings.get(n.id, [])) for n in interview.notes
                 if n.status != NoteStatus.WITHDRAWN]
        (waiting if live else done).extend(rows)
    sections.append(section(waiting, header="Notes waiting"))
    sections.append(section([_interview_row(view, i, []) for i in upcoming], header="Coming up"))
    sections.append(section([thanks_row(view, note, found) for note, found in thanks], header="Thanks for other help"))
    sections.append(section(done, header="Done", collapsible=True, shown=2))
    if accounts and not (recent or upcoming):
        sections.append(section([paragraph("No interviews found yet. Afterview checks your calendar "
                                           "every few minutes.")]))
    sections.append(section([buttons(button("Refresh", view.run("home")),
                                     button("Settings", view.run("open_settings")),
                                     button("Missed one?", view.run("open_missed")),
                                     button("Add an interview", view.run("open_add")),
                                     button("Thank someone", view.run("open_thanks_form")))]))
    return card("Afterview", sections, subtitle="Thank-you notes after every interview", name="home")


# --------------------------------------------------------------------------- several interviews


def interviews_card(view: View, interviews: list[Interview], who: str) -> dict:
    """Several interviews with the same correspondent: pick one."""
    rows = [_interview_row(view, i, [n for n in i.notes if n.status in LIVE]) for i in interviews]
    return card("Afterview", [section(rows, header=esc(f"With {who}", 300))], name="matches")


# --------------------------------------------------------------------------- compose


def compose_card(view: View, choices: list[tuple[Note, list[dict]]], recipients: tuple[str, ...]) -> dict:
    """The notes that can go into the message being written, those to its recipients first."""
    choices = sorted(choices, key=lambda c: c[0].recipient_email.lower() not in recipients)
    rows = []
    for note, findings in choices:
        if blocked(findings) and note.interview.kind == HELP_RECORD:
            action = button("Fix first", view.run("open_thanks", thanks=note.interview_id))
        elif blocked(findings):
            action = button("Fix first", view.run("open_interview", interview=note.interview_id))
        else:
            action = button("Insert", view.run("insert", note=note.id), filled=True)
        rows.append(decorated(bold(esc(f"To {person(note)}", 300)), top=esc(headline(note.interview), 300),
                              bottom=note_state(note, findings), button_widget=action))
    if not rows:
        rows = [paragraph("No notes are waiting. Afterview proposes them after each interview ends.")]
    intro = paragraph("Pick a note to put into this message: its recipient, subject and text.")
    return card("Insert a thank-you note", [section([intro, divider(), *rows])], name="compose")
