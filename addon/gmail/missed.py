"""The sidebar's "Missed one?" and "Add an interview": the cards and what their buttons do.

"Missed one?" lists the events of the last 30 days that were not taken for interviews (those
detection was unsure of, those the user said were not, and the others with someone from
outside), each with "This was an interview". "Add an interview" is a form for one that is on no
calendar; its times are read in the user's Gmail time zone. Event and user text goes through
``esc`` into formatted fields; a refusal is a notification, so the form keeps what was typed.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from email.utils import parseaddr

from notes.errors import InvalidInput, NotFound
from notes.statuses import REVIEWABLE
from notes.store.model import Interview
from notes.usecases import service

from . import responses
from .cards import View
from .findings import current_findings
from .interview_card import interview_card
from .widgets import bold, button, buttons, card, decorated, esc, paragraph, section, text_input

SHOWN = 30
FORM = ("title", "company", "role", "date", "start", "end", "people")
CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)


# --------------------------------------------------------------------------- cards


def _event_row(view: View, item: Interview) -> dict:
    title = item.title or item.company or "Event"
    met = ", ".join(p.get("name") or p["email"] for p in item.people or ())
    bottom = " · ".join(part for part in (met, item.company) if part)
    yes = button("This was an interview", view.run("missed_yes", interview=item.id),
                 alt=f"This was an interview: {title}")
    return decorated(bold(esc(title, 300)), top=esc(view.when(item.start_at)), bottom=esc(bottom, 300),
                     button_widget=yes, icon="INVITE")


def missed_card(view: View, items: list[Interview]) -> dict:
    """The events to say "this was an interview" of, newest first."""
    intro = paragraph("Events of the last 30 days that Afterview did not take for interviews. Say which "
                      "ones were: their notes come at once.")
    rows = [_event_row(view, item) for item in items[:SHOWN]] or [paragraph("Nothing missed in the last 30 days.")]
    more = section([buttons(button("Add an interview", view.run("open_add")), button("Back", view.run("back")))])
    return card("Missed one?", [section([intro]), section(rows), more], name="missed")


def add_card(view: View) -> dict:
    """A form for an interview that is on no calendar (a phone call, a career fair)."""
    today = view.now.astimezone(view.zone).date().isoformat()
    zone = view.zone.key if hasattr(view.zone, "key") else str(view.zone)
    return card("Add an interview", [
        section([paragraph("A phone call or a career fair that is on no calendar. Afterview proposes the "
                           "notes after it ends.")]),
        section([
            text_input("title", "Title", hint="For example: Phone screen"),
            text_input("company", "Company"),
            text_input("role", "Role"),
            text_input("date", "Date", today, hint="YYYY-MM-DD"),
            text_input("start", "Starts", hint=f"HH:MM, your time ({zone})"),
            text_input("end", "Ends", hint="HH:MM"),
            text_input("people", "People you met", multiline=True,
                       hint="One per line: Name <name@company.com>"),
            buttons(button("Add the interview", view.run("add_interview"), filled=True),
                    button("Cancel", view.run("back"))),
        ], header="The interview"),
    ], name="add-interview")


# --------------------------------------------------------------------------- reading the form


def _clock(text: str, field: str) -> time:
    found = CLOCK.match(text or "")
    hour, minute = (int(found.group(1)), int(found.group(2) or 0)) if found else (99, 0)
    if found and found.group(3):
        hour = hour % 12 + (12 if found.group(3).lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InvalidInput(f"{field}: write the time as HH:MM, for example 14:30")
    return time(hour, minute)


def _day(text: str) -> date:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise InvalidInput("Date: write it as YYYY-MM-DD, for example 2026-03-02") from None


def _person(line: str) -> dict:
    """"Name <address>", "Name, address", "address" or a name alone."""
    if "<" in line:
        name, email = parseaddr(line)
        return {"name": name, "email": email}
    words = [w for w in re.split(r"[\s,;]+", line) if w]
    email = next((w for w in words if "@" in w), "")
    return {"name": " ".join(w for w in words if w != email), "email": email}


def interview_from_form(form_text, view: View) -> dict:
    """The body ``POST /api/interviews`` takes, from the card's inputs (times in the user's zone)."""
    typed = {name: (form_text(name) or "").strip() for name in FORM}
    day = _day(typed["date"])
    start = datetime.combine(day, _clock(typed["start"], "Starts"), view.zone)
    end = datetime.combine(day, _clock(typed["end"], "Ends"), view.zone)
    people = [_person(line) for line in typed["people"].splitlines() if line.strip()]
    body = {"start": start.isoformat(), "end": end.isoformat(), "people": people}
    body.update({name: typed[name] for name in ("title", "company", "role") if typed[name]})
    return body


def sidebar_words(message: str) -> str:
    """The API's refusal in the form's words ("people[2]: ..." is "Person 2: ...")."""
    message = re.sub(r"^people\[(\d+)\]", r"Person \1", message)
    return re.sub(r"^(start|end|title|company|role|people):", lambda m: {
        "start": "Starts", "end": "Ends", "people": "People you met"}.get(m.group(1), m.group(1).capitalize()) + ":",
        message)


# --------------------------------------------------------------------------- handlers


def _reviewable(ctx) -> list[Interview]:
    items = (service.interviews_of(ctx.session, ctx.user.id, REVIEWABLE, limit=SHOWN)
             + service.missed_of(ctx.session, ctx.user.id, ctx.now, limit=SHOWN))
    return sorted(items, key=lambda i: (i.start_at, i.id), reverse=True)[:SHOWN]


def open_missed(ctx) -> dict:
    return responses.push(missed_card(ctx.view, _reviewable(ctx)))


def open_add(ctx) -> dict:
    return responses.push(add_card(ctx.view))


def _next(interview: Interview) -> str:
    return "its notes are ready" if interview.status == "proposed" else "its notes come after it ends"


def _interview_id(ctx) -> int:
    value = ctx.event.parameters.get("interview", "")
    if not value.isdigit() or len(value) > 12:
        raise NotFound("no such interview")
    return int(value)


def missed_yes(ctx) -> dict:
    with ctx.work():
        interview = service.correct_detection(ctx.session, ctx.user.id, _interview_id(ctx), True, ctx.now,
                                              ctx.runtime)
    title = interview.title or interview.company or "The event"
    said = f"{title[:80]} is now an interview: {_next(interview)}."
    return responses.update(missed_card(ctx.view, _reviewable(ctx)), said)


def add_interview(ctx) -> dict:
    body = interview_from_form(ctx.event.text, ctx.view)
    try:
        with ctx.work():
            interview = service.add_interview(ctx.session, ctx.user.id, body, ctx.now, ctx.runtime)
    except InvalidInput as exc:
        raise InvalidInput(sidebar_words(str(exc))) from exc
    shown = interview_card(ctx.view, interview, current_findings(interview, ctx.user, ctx.now))
    return responses.update(shown, f"Added {interview.title[:80]}: {_next(interview)}.")


HANDLERS = {"open_missed": open_missed, "open_add": open_add, "missed_yes": missed_yes,
            "add_interview": add_interview}
