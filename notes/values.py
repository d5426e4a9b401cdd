"""Plain values the composer and the etiquette checks work on.

They carry no database or provider state: ``notes.usecases.service`` builds them from the store,
``notes.writing.compose`` turns them into ``Draft`` values and ``notes.etiquette`` into ``Finding`` values.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from providers.base import Person

SEVERITIES = ("block", "warn", "info")


@dataclass(frozen=True)
class Candidate:
    """The user, as the author of a note: signature lines and preferences."""

    name: str
    email: str
    phone: str = ""
    signature: str = ""  # extra contact lines (LinkedIn, portfolio), one per line
    language: str | None = None  # en | de | fr | es; None: the invitation's language
    channel: str = "auto"  # auto | email | handwritten


@dataclass(frozen=True)
class InterviewFacts:
    """What is known of one interview: the detected fields and the invitation's text."""

    title: str
    company: str | None
    role: str | None
    stage: str | None
    kind: str  # job | informational | help (the record of help thanked for, no interview)
    start: datetime
    end: datetime
    people: tuple[Person, ...]
    organizer: Person | None = None
    description: str = ""
    location: str = ""
    mode: str | None = None  # video | phone | onsite
    time_zone: str | None = None
    details: str = ""  # what the user remembers ("Name: detail" lines); the checks read it too


@dataclass(frozen=True)
class Draft:
    """A composed note to one person on one channel.

    ``flags`` name what the user should look at: ``needs-detail`` (no memorable detail given),
    ``needs-address`` (sent to the organizer because no interviewer address was known),
    ``late`` (proposed more than 24 hours after the end), ``needs-name`` (the invitation gives
    no name to greet), ``detail-trimmed`` (a long detail was shortened to fit the note).
    ``reason`` says why a handwritten version was suggested; ``mailing_address`` is where to
    mail it, when the invitation says.
    """

    to: Person
    channel: str  # email | handwritten
    language: str
    subject: str
    body_text: str
    body_html: str
    flags: tuple[str, ...] = ()
    reason: str = ""
    mailing_address: str = ""
    written_by: str = "composer"  # or the name of the language model that wrote the text


@dataclass(frozen=True)
class Finding:
    """One etiquette problem: the rule's id, its severity and a hint saying what to do."""

    rule: str
    severity: str  # block | warn | info
    message: str

    def as_dict(self) -> dict:
        return {"rule": self.rule, "severity": self.severity, "message": self.message}


@dataclass(frozen=True)
class NoteText:
    """A note as the checks see it, whether composed or edited by the user."""

    to: Person
    channel: str
    subject: str
    body_text: str
    language: str = "en"
    flags: tuple[str, ...] = field(default_factory=tuple)
    kind: str = "interview"  # a NoteKind: what the note is for
