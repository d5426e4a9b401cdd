"""The user's own note of a call with a go-between about a job elsewhere: "Person (Their firm) – Client". The
brackets name the caller's employer, an agency; the organisation the call is about is the one hiring."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description, company", [
    # an agency by its address's domain, the client after "re"
    ("Call with Marta (Brightpath) re Norvik Foods", "marta@brightpathtalent.example rings me. Analyst role at "
     "Norvik Foods Ltd, Leeds.", "Norvik Foods"),
    # no agency word anywhere: the notes name the client again, in full
    ("Call with Ms. Okafor (Adeyemi & Partners) – Kestrel", "She calls me about the Finance Manager job at Kestrel "
     "Logistics Ltd, Ikeja. okafor@adeyemi-partners.example", "Kestrel Logistics"),
    # the client after a word for the post
    ("Anruf mit Jonas (Falkner Personalberatung) bzgl. Stelle bei Alpenmilch", "Stelle: Controller bei Alpenmilch "
     "GmbH, Salzburg. jonas@falkner-pb.example", "Alpenmilch"),
    # a call the user expects, in Turkish
    ("Mehmet Bey (Anadolu Talent) arayacak – Ege Tekstil", "mehmet@anadolutalent.example\nPozisyon: Satın Alma "
     "Uzmanı – Ege Tekstil A.Ş.", "Ege Tekstil"),
])
def test_the_client_a_go_between_calls_about_is_the_company(title, description, company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("title, description, company", [
    # what the call is about is a role, not an organisation
    ("Call with Marta (Brightpath Talent) – Senior Analyst", "marta@brightpathtalent.example", "Brightpath Talent"),
    # the organisation's own person about a role there
    ("Llamada con Lucía (Molinos Sur) x puesto de Analista", "lucia@molinossur.example", "Molinos Sur"),
])
def test_a_call_about_a_role_keeps_the_callers_organisation(title, description, company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company
