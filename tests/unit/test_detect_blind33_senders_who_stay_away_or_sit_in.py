"""Whether the sender of an interview invitation is met: a sender who writes they will not join is not, even when
they also ask the candidate to find them at reception; a sender marked "(not attending)" under the interviewer's
line is not; a sender whose only other interviewer is said to take part "too", named after those words, is met, and so is one who writes they
will introduce the panel."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_RECRUITER = person("ines.moreau@halvardgrid.example", "Ines Moreau")
_LEAD = person("omar.haddad@halvardgrid.example", "Omar Haddad")
_ANALYST = person("lena.fisch@halvardgrid.example", "Lena Fisch")


def _met(found) -> list[str]:
    assert found.interview
    return sorted(p.email for p in found.people)


@pytest.mark.parametrize("sentence", [
    "I won't be joining this round – just ask for me at the front desk if anything goes wrong.",
    "I will not be on the call myself; meet me at reception afterwards for the paperwork.",
])
def test_a_sender_who_writes_they_stay_away_is_not_met_though_found_at_reception(sentence):
    found = detect(event("Halvard Grid – Final interview with Omar and Lena",
                         f"Hi Casey, your final interview for the Grid Analyst role is with Omar Haddad and Lena "
                         f"Fisch. {sentence} Ines", organizer=_RECRUITER, attendees=(_LEAD, _ANALYST)), [ME])
    assert _met(found) == ["lena.fisch@halvardgrid.example", "omar.haddad@halvardgrid.example"]


@pytest.mark.parametrize("line", [
    "Booked through Greenhouse by Ines Moreau (not attending).",
    "Coordinator: Ines Moreau – not joining the call",
    "Agendado por Ines Moreau (no participa).",
    "Eingeplant von Ines Moreau (nimmt nicht teil).",
    "Planifié par Ines Moreau (ne participe pas).",
])
def test_a_sender_marked_not_attending_under_the_interviewers_line_is_not_met(line):
    found = detect(event("Halvard Grid – Technical interview",
                         f"Role: Grid Analyst\nInterviewer: Omar Haddad, Head of Balancing\n{line}",
                         organizer=_RECRUITER, attendees=(_LEAD,)), [ME])
    assert _met(found) == ["omar.haddad@halvardgrid.example"]


@pytest.mark.parametrize("title, sentence", [
    ("Colloquio – Halvard Grid", "Al colloquio sarà presente anche Omar Haddad, responsabile del bilanciamento."),
    ("Colloquio – Halvard Grid", "Al colloquio parteciperà anche Omar Haddad, responsabile del bilanciamento."),
    ("Entrevista – Halvard Grid", "En la entrevista también participará Omar Haddad, jefe de balance."),
    ("Entrevista – Halvard Grid", "Também participará Omar Haddad, chefe de balanço."),
])
def test_a_sender_whose_one_other_interviewer_also_takes_part_is_met(title, sentence):
    found = detect(event(title, f"Casey, confirming our first interview for the Grid Analyst position. {sentence}\n\n"
                         "Ines Moreau", organizer=_RECRUITER, attendees=(_LEAD,)), [ME])
    assert _met(found) == ["ines.moreau@halvardgrid.example", "omar.haddad@halvardgrid.example"]


def test_the_one_other_interviewer_named_before_the_words_for_also_joining_leaves_the_sender_out():
    found = detect(event("Interview – Halvard Grid", "Casey, I booked the Grid Analyst interview. Omar Haddad will "
                         "also join.\n\nInes Moreau", organizer=_RECRUITER, attendees=(_LEAD,)), [ME])
    assert _met(found) == ["omar.haddad@halvardgrid.example"]


def test_someone_else_who_also_takes_part_beside_a_named_interviewer_leaves_the_sender_out():
    found = detect(event("Interview – Halvard Grid",
                         "Casey, your interview for the Grid Analyst position is with Omar Haddad. Lena Fisch will "
                         "also join.\n\nIness", organizer=_RECRUITER, attendees=(_LEAD, _ANALYST)), [ME])
    assert _met(found) == ["lena.fisch@halvardgrid.example", "omar.haddad@halvardgrid.example"]


@pytest.mark.parametrize("sentence", [
    "I will introduce the panel, then step out and join again for your questions at the end.",
    "I'll introduce you to the panel and rejoin for the last ten minutes.",
])
def test_a_sender_who_introduces_the_panel_is_met(sentence):
    found = detect(event("Halvard Grid – Panel interview",
                         f"Dear Casey, you are shortlisted for the Grid Analyst panel. Panel: Omar Haddad and Lena "
                         f"Fisch. {sentence} – Ines", organizer=_RECRUITER, attendees=(_LEAD, _ANALYST)), [ME])
    assert _met(found) == ["ines.moreau@halvardgrid.example", "lena.fisch@halvardgrid.example",
                           "omar.haddad@halvardgrid.example"]
