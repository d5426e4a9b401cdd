"""Who on an event is from outside the user's own organisation.

The user's organisation is the domains of their own addresses, except the consumer mail domains
(gmail.com, outlook.com, ...): those are no organisation, so someone else at gmail.com is from
outside. Rooms, calendars, no-reply senders and hiring systems are nobody. A guess at an organisation's name
from its domain ("careers.contoso.co.uk" -> "Contoso") is given for people from outside, never
for consumer mail or hiring and scheduling systems.
"""
from __future__ import annotations

from collections.abc import Iterable

from .base import CalendarEvent, Person
from .detection.domains import domain_label
from .detection.systems import FREEMAIL, address_kind, is_calendar_address, system_of_domain

__all__ = ["own_domains", "is_outside", "outside_people", "organisation_of", "company_senders"]


def own_domains(me: Iterable[str]) -> frozenset[str]:
    """The domains of the user's own addresses that name an organisation."""
    return frozenset(d for d in (a.rpartition("@")[2].lower() for a in me) if d and d not in FREEMAIL)


def is_outside(person: Person, me: set[str], own: frozenset[str]) -> bool:
    """Someone real who is neither the user nor at the user's own organisation."""
    email = person.email.lower()
    if "@" not in email or email in me or person.resource:
        return False
    return person.domain.lower() not in own and address_kind(email, person.name) != "thing"


def outside_people(event: CalendarEvent, me: set[str]) -> tuple[Person, ...]:
    """The people from outside on ``event`` who took part: attendees (not those who declined or
    were only copied), else the organizer."""
    own = own_domains(me)
    people = [p for p in event.attendees
              if is_outside(p, me, own) and p.response != "declined" and not p.informed_only]
    if not people and event.organizer is not None and is_outside(event.organizer, me, own):
        people = [event.organizer]
    seen: set[str] = set()
    return tuple(p for p in people if not (p.email in seen or seen.add(p.email)))


def organisation_of(people: Iterable[Person]) -> str | None:
    """A readable guess at the organisation of the first person whose domain names one."""
    for person in people:
        domain = person.domain.lower()
        if not domain or domain in FREEMAIL or system_of_domain(domain):
            continue
        label = domain_label(domain).replace("-", " ").strip()
        if label:
            return " ".join(word.capitalize() for word in label.split())
    return None


def company_senders(people: Iterable[Person], me: Iterable[str]) -> frozenset[str]:
    """Whose mail speaks for the organisation of ``people`` (a ``Mailbox.received_from`` list): the
    domains that name it, and the very addresses of those writing from consumer mail or a hiring
    system (anyone else there is someone else). Never the user's own organisation."""
    mine = {address.lower() for address in me}
    own = own_domains(mine)
    senders: set[str] = set()
    for person in people:
        email, domain = person.email.lower(), person.domain.lower()
        if "@" not in email or email in mine or domain in own or is_calendar_address(domain):
            continue
        senders.add(email if domain in FREEMAIL or system_of_domain(domain) else domain)
    return frozenset(senders)
