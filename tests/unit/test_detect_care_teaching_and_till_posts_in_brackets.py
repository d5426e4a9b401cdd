"""The posts of care, teaching, tills and books, in brackets after the employer a title names, in the languages
people apply to them in: the role, and the employer stays the company (a bracket in capitals is no firm)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, role", [
    ("Entrevista – Clínica Rivadavia (enfermero de quirófano)", "Enfermero de quirófano"),
    ("Entrevista de trabajo – Supermercados Lince (cajero)", "Cajero"),
    ("Entrevista – Escola Horizonte Azul (professora de história)", "Professora de história"),
    ("Entrevista – Drogaria Sereno (Farmacêutica Substituta)", "Farmacêutica Substituta"),
    ("Entretien – Collège Jean Moulin (enseignante de lettres)", "Enseignante de lettres"),
    ("Sollicitatiegesprek – Bakkerij Vos (boekhouder)", "Boekhouder"),
    ("Rozmowa kwalifikacyjna – Budopol (Starszy Kosztorysant)", "Starszy Kosztorysant"),
    ("Entèvyou travay – Sipèmache Lakay (kesye)", "Kesye"),
])
def test_a_post_in_brackets_after_the_employer_is_the_role(title, role):
    found = detect(event(title, "", me_too=False), [ME])
    assert found.interview and found.role == role
    assert found.company and found.company.lower() not in role.lower()
