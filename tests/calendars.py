"""Build small iCalendar documents for tests."""
from __future__ import annotations

from datetime import UTC, datetime

ME = "alex.rivera.jobs@gmail.com"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(uid: str, summary: str, start: datetime, end: datetime | None, *, people=(), organizer=None,
           description: str = "", status: str | None = None, me_status: str = "ACCEPTED", extra=()) -> list[str]:
    """A VEVENT; ``people`` are (name, email) pairs who attend besides the user."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260220T120000Z", f"SUMMARY:{summary}",
             f"DTSTART:{stamp(start)}"]
    if end is not None:
        lines.append(f"DTEND:{stamp(end)}")
    for name, email in people:
        lines.append(f'ATTENDEE;CN="{name}";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{email}')
    lines.append(f'ATTENDEE;CN="Alex Rivera";PARTSTAT={me_status};ROLE=REQ-PARTICIPANT:mailto:{ME}')
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    if description:
        lines.append("DESCRIPTION:" + description.replace("\\", "\\\\").replace(",", "\\,")
                     .replace(";", "\\;").replace("\n", "\\n"))
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def calendar(*events: list[str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview tests//EN"]
    for event in events:
        lines.extend(event)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def interview(uid: str, start: datetime, end: datetime, **kwargs) -> list[str]:
    """An unmistakable job interview at Acme Robotics with two interviewers."""
    kwargs.setdefault("people", (("Dana Whitfield", "dana.whitfield@acmerobotics.com"),
                                 ("Omar Haddad", "omar.haddad@acmerobotics.com")))
    kwargs.setdefault("organizer", ("Acme Robotics Recruiting", "recruiting@acmerobotics.com"))
    kwargs.setdefault("description", "Your interview for the Data Analyst position at Acme Robotics "
                                     "with Dana Whitfield and Omar Haddad.")
    return vevent(uid, kwargs.pop("summary", "Interview: Data Analyst - Acme Robotics"), start, end, **kwargs)
