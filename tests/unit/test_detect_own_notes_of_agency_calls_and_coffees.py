"""The user's own calendar entries, nobody invited, that detection learnt to read after an independent labelled
set (blind12) was scored: a recruitment agency's call whose client is kept back, the recruiter's address in the
notes (English, Spanish); a coffee or a lunch with one person whose address the notes write (English, Swedish,
Colombian Spanish's "tinto")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.words import PRESS_MEDIUM
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


# -- a coffee or a lunch with one person, their address in the user's notes --------------------------------------


@pytest.mark.parametrize("title, description", [
    ("Lunch w/ Tomás – agency or in-house?",
     "Tomás Ruiz (tomas.ruiz@brightfield.example), designer at Brightfield. Ask: what a typical day looks like, "
     "whether they hire people from agencies."),
    ("Lunch med Karin Ek – Nordvik",
     "Karin (karin.ek@nordvik.example) är vd på Nordvik och vill ses angående tjänsten som ekonomichef."),
    ("Tintico con Laura – pasar a marketing",
     "Laura Mejía (laura.mejia@cafeteros.example), analista en Cafeteros. Preguntarle cómo fue su cambio de sector."),
])
def test_own_coffee_or_lunch_note_with_one_address_and_work_in_it_is_an_interview(title, description):
    assert _own(title, description, minutes=60).interview


@pytest.mark.parametrize("title, description", [
    ("Lunch w/ Tom", "tom@acme.example – birthday, bring the card."),
    ("Vino tinto con los primos", "primo@bodega.example trae el queso."),
])
def test_own_lunch_note_with_nothing_of_work_is_not_an_interview(title, description):
    assert not _own(title, description, minutes=60).interview


# -- a medium at the head of a compound is a line of work; a job title "på" a company names the employer ---------


@pytest.mark.parametrize("title", ["att jobba med radio-produktion", "working for tv-series studios"])
def test_a_medium_heading_a_compound_is_no_press_medium(title):
    assert PRESS_MEDIUM.search(title) is None


def test_a_medium_after_a_preposition_is_still_a_press_medium():
    assert PRESS_MEDIUM.search("intervju för radio") is not None


def test_a_coffee_about_moving_into_radio_production_is_an_informational_interview_at_the_persons_employer():
    found = _own("Fika med Lisa – hur är det att jobba med radio-produktion?",
                 "Lisa Berg (lisa.berg@svrd.example), f.d. kollega, nu projektledare på Sundvik Radio. Fråga hur de "
                 "rekryterar och om det är värt att byta bransch.", minutes=60, location="Kafé Ängel")
    assert found.interview and found.kind == "informational"
    assert found.company == "Sundvik Radio"


@pytest.mark.parametrize("title, description", [
    ("Harborline – meeting", "Meeting Dan Ross, CTO – dan.ross@harborline.example – about the Platform Engineer "
     "position. Bring the architecture diagram."),
    ("Harborline – פגישה", "פוגשת את דן רוס, CTO – dan.ross@harborline.example – על משרת ה-Platform Engineer. "
     "להביא את תרשים הארכיטקטורה."),
])
def test_the_users_own_note_of_a_meeting_at_a_company_about_a_named_role_is_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job" and found.role == "Platform Engineer"
