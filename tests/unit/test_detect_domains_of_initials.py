"""A domain that abbreviates the name the text writes: the initials of its words (small words too), the last
word in full after initials, a town after a hyphen. The company is the name the text writes, never a
capitalised rendering of the domain."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import abbreviates
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("domain, name", [
    ("fhcrafts.co.uk", "Fernhill Crafts"),  # letters of the first word, then the last word in full
    ("rgbakery.com", "Rowan & Gale Bakery"),
    ("cdlm-nantes.fr", "Centre de la Mer"),  # every word's initial, small ones too, then a town
    ("mdp-group.com", "Maison Dupuis"),  # the last word's parts ("Du" + "puis") after the initials
])
def test_a_domain_of_initials_abbreviates_the_name(domain, name):
    assert abbreviates(domain, name, loose=True)


@pytest.mark.parametrize("domain, name", [
    ("fhcrafts.co.uk", "Fernhill Crafting"),
    ("cdlm-nantes.fr", "Centre Marin"),
    ("mdp-group.com", "Maison Lambert"),
])
def test_a_domain_of_initials_does_not_abbreviate_other_names(domain, name):
    assert not abbreviates(domain, name) and not abbreviates(domain, name, loose=True)


@pytest.mark.parametrize("email, title, description, company", [
    ("ruth.okafor@fhcrafts.co.uk", "Coffee with Ruth Okafor",
     "Ruth runs the workshop at the Fernhill Crafts (social enterprise). Ask how she moved out of retail and "
     "whether they hire.", "Fernhill Crafts"),
    ("l.perrin@cdlm-nantes.fr", "Café avec Léa",
     "Léa est médiatrice au Centre de la Mer. Lui demander conseil pour changer de poste, qui recrute.",
     "Centre de la Mer"),
    ("j.roux@mdp-group.com", "Maison Dupuis – entretien avec la DRH",
     "Entretien pour le poste de chargée de collections.", "Maison Dupuis"),  # (its location writes it again)
])
def test_the_company_is_the_name_the_domain_abbreviates(email, title, description, company):
    someone = person(email, "Someone There")
    place = "Maison Dupuis, 12 rue Royale, Paris" if "Maison" in title else ""
    found = detect(event(title, description, organizer=someone, attendees=(someone,), location=place), [ME])
    assert found.interview and found.company == company


def test_an_interview_naming_only_its_domain_takes_the_name_another_event_with_them_writes():
    from dataclasses import replace
    from datetime import timedelta

    from providers.detect import detect_calendar

    amara = person("amara.bello@pkvale.com", "Amara Bello")
    dev = person("dev.rao@pkvale.com", "Dev Rao")
    first = event("Amara Bello / Casey", "Hi Casey, a first conversation about the Associate Curator position "
                  "in our London office. Best, Amara", organizer=amara, attendees=(amara,), minutes=30)
    second = replace(event("Pike & Vale – step 2 (London office)", "Portfolio walk-through with Dev + Amara.",
                           organizer=amara, attendees=(dev,), location="Pike & Vale, 4 Dover Street, London"),
                     event_id="evt-2", start=first.start + timedelta(days=8), end=first.end + timedelta(days=8))
    verdicts = detect_calendar([first, second], [ME])
    assert verdicts[0].interview and verdicts[0].company == "Pike & Vale"
