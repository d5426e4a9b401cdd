"""The people listed after an interviewers' heading ("you will meet:") are the ones met, not the coordinator who sends
the invitation; an organizer named beside someone met ("Niamh plus our CFO Tom Reilly") is met too."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_people_listed_after_youll_meet_are_met_not_the_coordinator_who_sends_it():
    coordinator = person("jwalsh@fernhillbank.example", "Jo Walsh")
    found = detect(event("Fernhill Bank – round 2", "Hi Casey, for the next step you will meet:\n"
                         "- Omar Haddad, Head of Lending (ohaddad@fernhillbank.example)\n"
                         "- Rita Kowalski, Credit Analyst (rkowalski@fernhillbank.example)\n"
                         "Expect a credit memo discussion.", organizer=coordinator, minutes=60), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["ohaddad@fernhillbank.example", "rkowalski@fernhillbank.example"]


def test_an_organizer_named_beside_someone_met_with_plus_is_met_too():
    niamh = person("n.geraghty@tolkamail.example", "Niamh Geraghty")
    found = detect(event("Tolka Consulting", "Second interview. Niamh plus our CFO Tom Reilly "
                         "(t.reilly@tolkamail.example) will go through your case study.", organizer=niamh,
                         minutes=60), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["n.geraghty@tolkamail.example", "t.reilly@tolkamail.example"]
