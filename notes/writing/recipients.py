"""Who gets a note (ETIQUETTE "Who gets a note") and how to greet them.

Each interviewer the user met gets one: never the user, a no-reply or scheduling address, a
room, or someone who declined. When no interviewer address is known, the organizer gets the
note, flagged ``needs-address`` so the user can put in the right one.
"""
from __future__ import annotations

import re

from providers.base import Person

from .details import first_name
from ..values import Candidate, InterviewFacts

NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|notifications?|calendar|"
    r"scheduling|scheduler|invites?|bounces?)(?:[+._-]|$)",
    re.IGNORECASE,
)
SHARED = frozenset(
    "recruiting recruiter recruiters recruitment talent careers career jobs hr hiring people team info "
    "hello contact interviews ta staffing rh rrhh empleo seleccion bewerbung karriere personal candidates "
    "talentacquisition".split()
)


def is_no_reply(person: Person) -> bool:
    """True for addresses that nobody reads: no-reply, notifications, schedulers."""
    return bool(NO_REPLY.match(person.email.partition("@")[0]))


def is_shared_mailbox(person: Person) -> bool:
    """True for team addresses (recruiting@, talent@, hr@) rather than a person's own."""
    local = person.email.partition("@")[0].lower().partition("+")[0]
    head = re.split(r"[._-]", local)[0]
    return local.replace("-", "").replace(".", "") in SHARED or head in SHARED


def reachable(person: Person, candidate: Candidate) -> bool:
    """Whether ``person`` may get a note at all."""
    return (
        "@" in person.email
        and person.email.lower() != candidate.email.lower()
        and not person.resource
        and person.response != "declined"
        and not is_no_reply(person)
    )


def recipients(facts: InterviewFacts, candidate: Candidate) -> list[tuple[Person, tuple[str, ...]]]:
    """The people to write to, each with the flags their note starts with."""
    chosen: list[tuple[Person, tuple[str, ...]]] = []
    seen: set[str] = set()
    for person in facts.people:
        if reachable(person, candidate) and person.email.lower() not in seen:
            seen.add(person.email.lower())
            chosen.append((person, _flags(person, shared_ok=False)))
    if chosen:
        return chosen
    organizer = facts.organizer
    if organizer is not None and reachable(organizer, candidate):
        return [(organizer, tuple(sorted({"needs-address", *_flags(organizer, shared_ok=True)})))]
    return []


def _flags(person: Person, shared_ok: bool) -> tuple[str, ...]:
    flags = []
    if not known_name(person):
        flags.append("needs-name")
    if is_shared_mailbox(person) and not shared_ok:
        flags.append("needs-address")
    return tuple(flags)


def known_name(person: Person) -> str:
    """The person's name as the invitation spells it, or "" when it gives none."""
    name = " ".join((person.name or "").split())
    return "" if "@" in name else name


def greeting_names(person: Person) -> tuple[str, str] | None:
    """(first, full) to greet ``person`` with; None when the invitation gives no name.

    A shared mailbox ("Fabrikam Recruiting") is greeted by its full name: its first word is
    the company, not a given name.
    """
    name = known_name(person)
    if not name:
        return None
    if is_shared_mailbox(person):
        return name, name
    return first_name(name) or name, name
