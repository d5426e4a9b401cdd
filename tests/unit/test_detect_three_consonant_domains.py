"""A three-letter domain that writes a name's first three consonants ("slv.fr" for Salvoria) abbreviates the name
the text writes twice (the title and the team's signature), rather than giving the company as its capitals."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("name, domain", [("Salvoria", "slv.fr"), ("Montedia", "mnt.fr")])
def test_a_domain_of_a_names_first_three_consonants_names_it(name, domain):
    lea = person(f"lea.dupuis@{domain}", "Léa Dupuis")
    found = detect(event(f"Entretien RH – {name}", "Bonjour,\nSuite à votre candidature au poste de Gestionnaire "
                         "paie, nous vous proposons un entretien téléphonique avec Léa Dupuis (RH).\nCordialement,\n"
                         f"L'équipe {name}", organizer=lea, attendees=(lea,)), [ME])
    assert found.interview and found.company == name
