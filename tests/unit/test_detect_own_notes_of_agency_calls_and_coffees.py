"""The user's own calendar entries, nobody invited, that detection learnt to read after an independent labelled
set (blind12) was scored: a recruitment agency's call whose client is kept back, the recruiter's address in the
notes (English, Spanish); a coffee or a lunch with one person whose address the notes write (English, Swedish,
Colombian Spanish's "tinto")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


def _own(title: str, description: str, minutes: int = 30, **fields):
    return detect(event(title, description, organizer=None, me_too=False, minutes=minutes, **fields), [ME])


# -- a recruitment agency's call, the client kept back ------------------------------------------------------------


@pytest.mark.parametrize("title, description, company", [
    ("Call w/ Megan from Harbour Talent re controller role (client undisclosed)",
     "Megan Price – megan@harbourtalent.example. She's phoning about a Financial Controller role at a retailer she "
     "can't name yet. Salary expectations ready.", "Harbour Talent"),
    ("Llamada Camila – Talento Austral (cliente confidencial)",
     "Camila Rojas (camila.rojas@talentoaustral.example) me llama. Es por una vacante de Jefa de Operaciones en un "
     "banco que todavía no puede nombrar.", "Talento Austral"),
])
def test_own_note_of_an_agency_call_with_the_client_kept_back_is_an_interview(title, description, company):
    found = _own(title, description)
    assert found.interview and found.kind == "job"
    assert found.company == company


def test_own_note_of_a_call_about_a_named_client_is_not_an_interview():
    found = _own("Call w/ Dana (Brightleaf) – client onboarding",
                 "dana@brightleaf.example. Their hiring plan for the client's new roles, then the invoice.")
    assert not found.interview


def test_a_call_note_names_the_company_after_from():
    from providers.detection.call_notes import call_note
    call = call_note("Call w/ Tomas from Nordkraft Search re analyst position")
    assert call is not None and call.group("person") == "Tomas" and call.group("at") == "Nordkraft Search"
    assert call.group("topic") == "analyst position"
