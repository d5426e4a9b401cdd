"""A three-letter domain that gives the initial of a name's first word and two letters of its last, a compound
("nkh" for Noordveld Kraamhuis: kraam + huis), is that name when the text writes it as a company's."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.company_names import abbreviates
from tests.unit.test_detect import ME, event, person


def test_a_three_letter_domain_of_a_compound_names_the_organisation_the_text_writes():
    manager = person("p.smit@nkh.example", "Petra Smit")
    found = detect(event("Kennismaking Noordveld Kraamhuis", "Kennismakingsgesprek voor de vacature Kraamverzorgende "
                         "Teamleider.", organizer=manager, attendees=(manager,), minutes=60,
                         location="Noordveld Kraamhuis, Zwolle"), [ME])
    assert found.interview and found.company == "Noordveld Kraamhuis"


def test_three_letters_need_the_other_words_initials_before_the_compound():
    assert not abbreviates("nkh.example", "Noordveld Oost Kraamhuis", loose=True)


def test_three_letters_do_not_read_a_letter_of_the_compounds_first_syllable():
    assert not abbreviates("nlg.example", "Noordveld Logistics", loose=True)
