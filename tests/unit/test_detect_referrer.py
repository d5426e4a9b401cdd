"""Who referred the user, read from invitations in English, German, French and Spanish: the name and, when
written, the address; and nothing where the words speak of no person."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from providers.base import CalendarEvent, Person
from providers.detect import detect
from providers.detection.referrer import find_referrer

ME = "alex.rivera@example.com"
START = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def invitation(description: str, title: str = "Interview: Data Analyst - Acme Robotics",
               attendees: tuple[Person, ...] = ()) -> CalendarEvent:
    people = attendees or (Person("dana.whitfield@acmerobotics.com", "Dana Whitfield", "accepted"),)
    return CalendarEvent(
        event_id="e1", title=title, start=START, end=START.replace(hour=15), description=description,
        organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
        attendees=(*people, Person(ME, "Alex Rivera", "accepted")),
        conference_url="https://meet.google.com/abc-defg-hij")


FOUND = [
    # English
    ("Hi Alex, you were referred by Jane Doe (jane.doe@acmerobotics.com) for the Data Analyst role.",
     "Jane Doe", "jane.doe@acmerobotics.com"),
    ("Referred by: Priya van der Berg\nPosition: Data Analyst", "Priya van der Berg", ""),
    ("Your application came recommended by Mr. Tom O'Neil <tom.oneil@gmail.com>.", "Tom O'Neil",
     "tom.oneil@gmail.com"),
    ("Referral from Sam Lee. Please join with the link below.", "Sam Lee", ""),
    # German
    ("Hallo Alex, Sie wurden empfohlen von Frau Jana Berg (jana.berg@acme.de). Wir freuen uns auf das "
     "Vorstellungsgespräch.", "Jana Berg", "jana.berg@acme.de"),
    ("Ihre Bewerbung kam auf Empfehlung von Jörg Müller zu uns.", "Jörg Müller", ""),
    # French
    ("Bonjour Alex, votre candidature a été recommandée par Claire Martin (claire.martin@acme.fr).",
     "Claire Martin", "claire.martin@acme.fr"),
    ("Entretien - candidat coopté par Hélène de la Tour", "Hélène de la Tour", ""),
    # Spanish
    ("Hola Alex: recomendado por Lucía Gómez, jefa de equipo. Te esperamos el martes.", "Lucía Gómez", ""),
    ("Candidatura indicada por Marta Ruiz - marta.ruiz@acme.es", "Marta Ruiz", "marta.ruiz@acme.es"),
    # an address alone, its name taken from the attendee with it
    ("Referred by dana.whitfield@acmerobotics.com", "Dana Whitfield", "dana.whitfield@acmerobotics.com"),
]

NOT_FOUND = [
    "You may refer a friend for our other openings.",
    "Employees get a referral bonus for every hire.",
    "Please refer to the attached agenda.",
    "Questions about travel costs are referred to HR.",
    "Referred by our careers page.",
    "You were recommended by LinkedIn's job matching.",
    "Bezugnehmend auf Ihre Bewerbung laden wir Sie ein.",
    "Auf Empfehlung unseres Teams bringen Sie bitte Ihre Zeugnisse mit.",
    "Recommandé par notre service RH : apportez une pièce d'identité.",
    "Como recomendado por el equipo, trae tu portátil.",
    "recommended by hr",
    "Our interview process: a referral program exists for employees.",
]


@pytest.mark.parametrize("description, name, email", FOUND)
def test_the_referrer_named_on_an_invitation_is_found_with_their_address(description, name, email):
    assert find_referrer(invitation(description), [ME]) == Person(email=email, name=name)


@pytest.mark.parametrize("description", NOT_FOUND)
def test_words_that_name_no_person_give_no_referrer(description):
    assert find_referrer(invitation(description), [ME]) is None


def test_the_user_is_never_their_own_referrer():
    assert find_referrer(invitation(f"Referred by Alex Rivera <{ME}>"), [ME]) is None


def test_an_interview_detected_carries_its_referrer_and_the_verdict_is_the_same_without_it():
    said = "Your interview for the Data Analyst position at Acme Robotics."
    plain = detect(invitation(said), [ME])
    referred = detect(invitation(said + " You were referred by Jane Doe (jane.doe@acmerobotics.com)."), [ME])
    assert plain.interview and referred.interview and plain.referrer is None
    assert referred.referrer == Person("jane.doe@acmerobotics.com", "Jane Doe")
    assert (referred.company, referred.role, referred.people) == (plain.company, plain.role, plain.people)


@pytest.mark.parametrize(("title", "name"), [("Fwd: Interview (referred by Noor Haddad)", "Noor Haddad"),
                                             ("RE: WG: Vorstellungsgespräch – empfohlen von Jana Berg", "Jana Berg")])
def test_a_referrer_in_a_forwarded_title_is_found_past_its_reply_prefix(title, name):
    """Detection reads the title without "Fwd:"/"RE: WG:"; the referrer is still found in the title as written."""
    verdict = detect(invitation("", title=title), ME)
    assert verdict.interview
    assert verdict.referrer is not None and verdict.referrer.name == name
