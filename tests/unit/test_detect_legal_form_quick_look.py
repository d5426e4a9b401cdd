"""``writes_a_legal_form`` looks at the words of a text in Latin letters before its patterns: every form in Latin
letters, written as a company writes it after its name, is still found, and words that only start or end like one
are not."""
import pytest

from providers.detection.company_names import writes_a_legal_form

_FORMS = ("B.V.", "BV", "N.V.", "GmbH", "AG", "S.A.", "SA", "A/S", "Ltd", "Ltd.", "Ltda.", "Lda.", "Unipessoal, Lda.",
          "Limited", "Pvt. Ltd.", "Private Limited", "LLP", "Pte. Ltd.", "Inc.", "LLC", "PLC", "plc", "Corp.", "SARL",
          "S.L.", "S.p.A.", "SpA", "Pty Ltd", "AB", "AS", "ASA", "ApS", "Oy", "Oyj", "Bpk", "s.r.o.", "S.R.O.",
          "spol. s r.o.", "a.s.", "a. s.", "v.o.s.", "k.s.", "Kft.", "Zrt.", "Nyrt.", "Bt.", "Kkt.", "Cyf", "Cyfyngedig",
          "CCC", "Teoranta", "Teo.", "HJ", "FZE", "FZCO", "FZ-LLC", "PJSC", "WLL")


@pytest.mark.parametrize("form", _FORMS)
def test_each_form_in_latin_letters_is_found(form):
    assert writes_a_legal_form(f"Onboarding call – Brightwater Tiles {form}\nSee you there")
    assert writes_a_legal_form(f"(Brightwater Tiles {form})")


@pytest.mark.parametrize("text", ["Incoming call about the Agile role", "Call with Corpus Labs.", "AGM prep at Ostara",
                                  "Bltd review", "Java. Then lunch", "Tiles3Ltd notes"])
def test_words_that_only_look_like_a_form_are_not(text):
    assert not writes_a_legal_form(text)
