"""Roles the notes or the invitation write in shapes the finders had missed: after an opening that names the employer
or the caller ("Norrvik Energi – Biomass Logistics Coordinator. ..."), in Latin letters inside a Greek sentence, in
capitals before the word for a post with no article (Hindi-English: "... ke liye Warehouse Shift Supervisor role"), a
Hindi notice's label ("पद: ..."), Polish "X ds. Y" and inspectors, Finnish compounds headed by "-esimies", and a Greek
title read in the genitive after "θέση" given in the nominative."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _call_note(title: str, notes: str, address: str, name: str):
    caller = person(address, name)
    return detect(event(title, notes, organizer=caller, attendees=(caller,), minutes=30), [ME])


@pytest.mark.parametrize(("notes", "role"), [
    ("Norrvik Energi – Biomass Logistics Coordinator. Jonas = talent acquisition, Oslo. Speaks English. Asks about "
     "my notice period and when I could start.", "Biomass Logistics Coordinator"),
    ("Ama Owusu (Volta Executive Search) – Plant HSE Superintendent, brewery group, Tema site. Employer's name only "
     "after this call. She will ask current + expected salary.", "Plant HSE Superintendent"),
])
def test_a_role_after_an_opening_that_names_the_employer_or_the_caller(notes, role):
    found = _call_note("Call w/ Jonas", notes, "jonas.berg@norrvik.example", "Jonas Berg")
    assert found.interview and found.role == role


def test_a_title_in_latin_letters_ends_where_the_greek_sentence_goes_on():
    found = _call_note("Κλήση με Νίκο (Voltra)", "Nikos Pappas, recruiter. Firmware Validation Engineer για το "
                       "εργοστάσιο της Voltra στην Πάτρα. Ρωτάει για μισθό, αγγλικά και πότε μπορώ να ξεκινήσω.",
                       "nikos.pappas@voltra.example", "Nikos Pappas")
    assert found.role == "Firmware Validation Engineer"


def test_a_capitalised_title_before_the_word_for_a_post_with_no_article():
    found = _call_note("Ravi sir – HireHub call", "Pune ki ek logistics company ke liye Warehouse Shift Supervisor "
                       "role. Company ka naam baad mein batayenge. Ravi Kulkarni, HireHub Placements.",
                       "ravi@hirehub.example", "Ravi Kulkarni")
    assert found.role == "Warehouse Shift Supervisor"


def test_a_hindi_english_of_after_the_role_is_no_part_of_it():
    found = _call_note("Meeting with Shah sir @ Surat Diamond Lab", "Diamond Grader ki vacancy. Shah sir khud "
                       "interview lenge. Le jaana: certificates, 2 photos.", "shah@suratdiamondlab.example", "")
    assert found.role == "Diamond Grader"


def test_a_hindi_notice_labels_the_post_and_its_contract_is_no_part_of_it():
    found = _call_note("Walk-in interview – Nagar Nigam Lucknow", "पद: कनिष्ठ लेखा सहायक (अनुबंध)\n"
                       "साक्षात्कार हेतु मूल प्रमाण पत्र साथ लाएं।", "bharti@nagarnigam.example", "")
    assert found.role == "कनिष्ठ लेखा सहायक"


def test_a_polish_inspector_and_a_title_for_a_field_in_the_description():
    hr = person("kadry@nadwislanka.example", "Ewa Zając")
    titled = detect(event("Rozmowa kwalifikacyjna – Inspektorka BHP / Nadwiślanka", "", organizer=hr, attendees=(hr,)),
                    [ME])
    assert titled.role == "Inspektorka BHP"
    described = detect(event("Rozmowa kwalifikacyjna – Nadwiślanka", "Dzień dobry,\n\nzapraszamy na rozmowę na "
                             "stanowisko Specjalista ds. logistyki magazynowej. Spotkanie potrwa godzinę.",
                             organizer=hr, attendees=(hr,)), [ME])
    assert described.role == "Specjalista ds. logistyki magazynowej"


def test_a_finnish_compound_headed_by_esimies():
    hr = person("rekry@lapinteras.example", "Mikko Salo")
    found = detect(event("Haastattelu: Kunnossapitoesimies, Lapin Teräs Oy", "", organizer=hr, attendees=(hr,)), [ME])
    assert found.role == "Kunnossapitoesimies"


def test_a_greek_title_in_the_genitive_after_the_word_for_a_post_is_given_in_the_nominative():
    hr = person("hr@delta-meletes.example", "Ελένη Παππά")
    found = detect(event("Συνέντευξη – Δέλτα Μελέτες", "Καλησπέρα σας,\n\nσας επιβεβαιώνω τη συνέντευξη για τη θέση "
                         "Μηχανικού Ποιότητας στα γραφεία μας.", organizer=hr, attendees=(hr,)), [ME])
    assert found.role == "Μηχανικός Ποιότητας"
