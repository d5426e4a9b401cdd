"""The company: the registered name of a group's company in a country ("Casa Brunelli Portugal, Lda.") is the
group's name the title writes ("Casa Brunelli"), as people call it; Portugal's "Lda." is a legal form."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import without_legal_form
from tests.unit.test_detect import ME, event

_FORWARDED = ("---------- Mensagem encaminhada ---------\nDe: Marta Lobo <marta.lobo@talentonorte.example>\n"
              "Assunto: Entrevista Casa Brunelli\nPara: Casey Nguyen <casey.nguyen@proton.me>\n\nOlá Casey,\n\n"
              "já posso revelar: o cliente é a {registered} (a fábrica portuguesa da Brunelli, Milão). A entrevista "
              "para Modelista é com o diretor fabril.\n\nCumprimentos,\nMarta Lobo\nTalento Norte")


@pytest.mark.parametrize("registered", ["Casa Brunelli Portugal, Unipessoal Lda.", "Casa Brunelli Portugal, Lda."])
def test_a_country_firm_registered_with_a_legal_form_is_the_group_the_title_names(registered):
    found = detect(event("Fwd: Entrevista Casa Brunelli – Casey Nguyen", _FORWARDED.format(registered=registered),
                         organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert found.company == "Casa Brunelli"


def test_portugals_legal_form_is_no_part_of_the_name():
    assert without_legal_form("Sapatos do Vale, Lda.") == "Sapatos do Vale"
    assert without_legal_form("Sapatos do Vale, Unipessoal Lda.") == "Sapatos do Vale"
