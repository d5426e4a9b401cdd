"""People's names whose family names the description's addresses spell ("questions from Priya Nair and Tom
Keane ... p.nair@..., t.keane@...") are people, not the company; an agency's name in the user's own title keeps its
last word ("Appel Loire Talents Recrutement")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_names_the_written_addresses_spell_are_no_company():
    found = detect(event("Thornbury – final", "Final stage for the Depot Manager role. 10 min presentation then "
                         "questions from Priya Nair and Tom Keane (COO).\np.nair@thnbry.co.uk / t.keane@thnbry.co.uk",
                         location="Thornbury Foods, 8 Quay Street, Hull", organizer=None), [ME])
    assert found.interview and found.company == "Thornbury Foods"


def test_an_agency_name_in_the_users_title_keeps_its_recruitment_word():
    found = detect(event("Appel Loire Talents Recrutement", "Consultant : Hugo Perrin (hugo.perrin@ltr-conseil.fr)."
                         "\nPoste de Responsable paie chez un industriel, nom du client pas encore donné. Il m'appelle.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Loire Talents Recrutement"
