"""A company a letterhead writes in capitals is named as a person writes it, since a note copies it: the
spelling an invitation gives it elsewhere, else each word capitalised, keeping initials and the domain's acronym."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.company_names import in_everyday_case
from tests.unit.test_detect import ME, event, person


def test_a_letterhead_in_capitals_is_named_in_everyday_case():
    officer = person("p.mwangi@rvcu-coop.example", "P Mwangi")
    found = detect(event("RVCU – Interview (Loans Officer)",
                         "RIFT VALLEY COOPERATIVE UNION\nP.O. Box 118, Nakuru\n\nDear Mr. Otieno,\n\nRE: INVITATION "
                         "FOR INTERVIEW – LOANS OFFICER\n\nYou are invited to an interview before the panel below.",
                         organizer=officer, attendees=(person("j.kamau@rvcu-coop.example", "J Kamau"),)), [ME])
    assert found.interview
    assert found.company == "Rift Valley Cooperative Union"


def test_the_spelling_a_text_gives_the_name_wins():
    assert in_everyday_case("MCKENNA AND DE WITT PARTNERS", ["MCKENNA AND DE WITT PARTNERS",
                                                             "Regards, McKenna and de Witt Partners"], ()) \
        == "McKenna and de Witt Partners"


def test_initials_connectors_and_the_domains_acronym_keep_their_case():
    assert in_everyday_case("KPMG ADVISORY SERVICES", [], ()) == "KPMG Advisory Services"
    assert in_everyday_case("BANK OF THE NORTH", [], ()) == "Bank of the North"
    assert in_everyday_case("NOVA PORT AUTHORITY", [], ("nova",)) == "NOVA Port Authority"


def test_a_name_in_mixed_case_or_a_single_word_is_left_alone():
    assert in_everyday_case("Great Fen Foods", [], ()) == "Great Fen Foods"
    assert in_everyday_case("VANTORIX", [], ()) == "VANTORIX"
    assert in_everyday_case("IBM UK", [], ()) == "IBM UK"
